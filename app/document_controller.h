// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/attachment_model.h"
#include "app/diagram_layer.h"
#include "app/diagram_model.h"
#include "app/edge_model.h"
#include "app/findings_model.h"
#include "app/recent_files.h"
#include "core/engine/engine.h"
#include "core/model/document.h"
#include "core/model/document_edit.h"

#include <atomic>
#include <map>
#include <memory>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <QUndoStack>
#include <QUrl>
#include <vector>

namespace topograph {

struct OpenedFile;
struct PasteOptions;
struct PreparedDocument;

/// Owns the open document and its undo history, and turns what the user asks for into undoable
/// commands. QML gets it as the required property `controller` of Main.qml and reads the
/// diagram through `items` and `edges`. The window opens files with openAsync(): reading,
/// layout and validation run on a worker thread (app/document_opening.h) while the window
/// stays responsive and says what is opening; open() does the same synchronously.
class DocumentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the DocumentController")
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY titleChanged)
    Q_PROPERTY(QString windowTitle READ windowTitle NOTIFY titleChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(bool hasSavePath READ hasSavePath NOTIFY filePathChanged)
    Q_PROPERTY(QStringList importNotes READ importNotes NOTIFY importNotesChanged)
    Q_PROPERTY(QString importNotesText READ importNotesText NOTIFY importNotesChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString loadingName READ loadingName NOTIFY loadingNameChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY canRedoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoTextChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY redoTextChanged)
    Q_PROPERTY(topograph::DiagramModel* items READ items CONSTANT)
    Q_PROPERTY(topograph::EdgeModel* edges READ edges CONSTANT)
    Q_PROPERTY(topograph::AttachmentModel* attachments READ attachments CONSTANT)
    Q_PROPERTY(topograph::DiagramLayer* containers READ containers CONSTANT)
    Q_PROPERTY(topograph::DiagramLayer* nodes READ nodes CONSTANT)
    Q_PROPERTY(topograph::FindingsModel* findings READ findings CONSTANT)
    Q_PROPERTY(topograph::RecentFiles* recentFiles READ recentFiles CONSTANT)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY canPasteChanged)

public:
    /// Empty: nothing opened yet. Loading: a file is being read (the document shown before, if
    /// any, stays until it is replaced). Ready: a document is shown.
    /// Error: the last open() failed; errorString says where and why, and the document shown
    /// before (if any) stays open and editable.
    enum class Status { Empty, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit DocumentController(QObject* parent = nullptr);
    ~DocumentController() override;

    QString filePath() const { return filePath_; }
    QString fileName() const;
    QString title() const;
    /// The file name; for an unsaved import "NAME (imported)"; else "Untitled".
    QString displayName() const;
    /// "NAME • — Topograph" while there are unsaved changes, "NAME — Topograph" otherwise.
    QString windowTitle() const;
    /// Unsaved changes: the undo history left its clean state, or an import was never saved.
    bool modified() const { return !undoStack_.isClean() || unsavedImport_; }
    /// False for untitled documents, imports and the bundled example: Save must ask where.
    bool hasSavePath() const;
    /// What the CloudFormation importer noted about the last imported template, one line each.
    QStringList importNotes() const { return importNotes_; }
    /// The notes one a line, for a message box.
    QString importNotesText() const { return importNotes_.join(QLatin1Char('\n')); }
    Status status() const { return status_; }
    QString errorString() const { return errorString_; }
    /// The name of the file being opened while the status is Loading, else "".
    QString loadingName() const { return loadingName_; }
    bool canUndo() const { return undoStack_.canUndo(); }
    bool canRedo() const { return undoStack_.canRedo(); }
    QString undoText() const { return undoStack_.undoText(); }
    QString redoText() const { return undoStack_.redoText(); }
    DiagramModel* items() { return &items_; }
    EdgeModel* edges() { return &edges_; }
    /// The route tables, ACLs and security groups drawn as chips on their subnets and workloads.
    AttachmentModel* attachments() { return &attachments_; }
    /// The containers and the nodes of `items`, each drawn by its own delegate.
    DiagramLayer* containers() { return &containers_; }
    DiagramLayer* nodes() { return &nodes_; }
    FindingsModel* findings() { return &findings_; }
    RecentFiles* recentFiles() { return &recentFiles_; }

    const Document& document() const { return document_; }
    /// The reachability index of the document as it stands, which the incremental engine keeps
    /// up to date edit by edit: for queries asked on the GUI thread, so that they do not build
    /// one each time. Never hand it to another thread (the next edit changes it).
    const reach::NetworkIndex& networkIndex() const;

    /// Pushes an edit as one undo step and applies it; for the C++ parts of the GUI (inspector,
    /// fixes, connections) that build their edits from the document.
    void pushEdit(DocumentEdit edit, const QString& text);
    /// Replaces one resource by an edited copy as one undo step; false when no resource has its
    /// id or nothing changed.
    bool replaceResource(const Resource& after, const QString& text);

    /// Opens a Topograph model or imports a CloudFormation template (told apart by content)
    /// from a local file or an embedded resource (qrc:). Lays out what has no geometry and
    /// clears the undo history; an import is untitled and unsaved, with its notes in
    /// importNotes. Returns false and sets status Error on any failure, keeping the document
    /// that was open.
    Q_INVOKABLE bool open(const QUrl& url);
    /// open() for a local path, as File > Open Recent lists them.
    Q_INVOKABLE bool openFile(const QString& path) { return open(QUrl::fromLocalFile(path)); }
    /// open() without blocking: status Loading (loadingName says what) at once, the reading,
    /// layout and validation on a worker thread, then the document swapped in on this thread
    /// and openFinished. The latest request wins: opening again, open(), New, Close or a
    /// restore while this one runs discards it. On failure the document shown stays, as with
    /// open().
    Q_INVOKABLE void openAsync(const QUrl& url);
    /// openAsync() for a local path.
    Q_INVOKABLE void openFileAsync(const QString& path) { openAsync(QUrl::fromLocalFile(path)); }
    /// Writes the model atomically to the file it came from; false (status Error) without a
    /// save path or when writing fails. Marks the history clean on success.
    Q_INVOKABLE bool save();
    /// Writes the model to `url`, which becomes the document's file.
    Q_INVOKABLE bool saveAs(const QUrl& url);
    /// Exports to `url` in `format` ("cloudformation", "svg", "drawio", "dot", "mermaid",
    /// "png"; see document_export.h) with the export dialog's options (scale for PNG; the
    /// others for PNG and SVG). Returns "" on success, else the message to show.
    Q_INVOKABLE QString exportTo(const QString& format, const QUrl& url, double pngScale = 1.0,
                                 bool transparent = false, bool badges = true, bool legend = true);
    /// Where an export in `format` with `suffix` ("png", "png") is proposed: beside the
    /// document's file (or the template it was imported from) under the same name, else
    /// "Untitled.png" in Documents; a CloudFormation template gets "-cloudformation" after the
    /// name, and a proposal that would be the document's own file gets "-export": the model
    /// and the template are both YAML. The file dialog opens with it, so Export works without
    /// typing a name.
    Q_INVOKABLE QUrl suggestedExportFile(const QString& format, const QString& suffix) const;
    /// The file name of `url` when a file other than the document's own is there, else "":
    /// Qt 6.4's own file dialog does not ask before replacing a file, so the window does.
    Q_INVOKABLE QString otherExistingFile(const QUrl& url) const;
    /// The folder of suggestedExportFile(), where the dialog opens.
    Q_INVOKABLE QUrl suggestedExportFolder() const;
    /// Sets a subnet's IPv4 CIDR as one undo step; false when the id is no subnet or the CIDR
    /// is unchanged. The text is stored as typed: the validator says what is wrong with it.
    Q_INVOKABLE bool setSubnetCidr(const QString& id, const QString& cidr);
    /// Shows a document built elsewhere (an import, a test) as if it had been opened.
    void setDocument(Document document, const QString& filePath);
    /// Shows a recovered copy as unsaved changes to `filePath` ("" for untitled); Save writes
    /// there (app/document_lifecycle.cpp).
    void restoreRecovered(Document document, const QString& filePath);
    /// Closes the document without asking (File > Close; the caller asks about unsaved
    /// changes): status Empty, and the window shows the welcome screen.
    Q_INVOKABLE void closeDocument();

    Q_INVOKABLE void undo() { undoStack_.undo(); }
    Q_INVOKABLE void redo() { undoStack_.redo(); }
    /// Moves an item (and so everything inside it) by (dx, dy) as one undo step; false when the
    /// id names nothing drawn.
    Q_INVOKABLE bool moveItem(const QString& id, double dx, double dy);
    /// Like moveItem, but consecutive nudges of one item merge into one undo step.
    Q_INVOKABLE bool nudgeItem(const QString& id, double dx, double dy);

    // Editing a selection (app/canvas_edits.cpp). Each call is one undo step; an item listed
    // with one of its containers goes along inside that container.

    /// The drawn ids among `ids` that no other of them contains, in file order.
    Q_INVOKABLE QStringList topMost(const QStringList& ids) const;
    /// Every top-level item: what Select All selects.
    Q_INVOKABLE QStringList allItems() const;
    /// The top-most items lying wholly inside the canvas rectangle: a rubber band's selection.
    Q_INVOKABLE QStringList itemsInside(double x, double y, double width, double height) const;
    /// Moves the items by (dx, dy). No item crosses its container's left edge or title band
    /// (the move stops there, for all of them alike); containers grow to hold what moves right
    /// or down, so children never escape. False when nothing moved.
    Q_INVOKABLE bool moveItems(const QStringList& ids, double dx, double dy);
    /// Like moveItems, but consecutive nudges of the same items merge into one undo step.
    Q_INVOKABLE bool nudgeItems(const QStringList& ids, double dx, double dy);
    /// Lines up two or more items of one container: `edge` is "left", "right", "top",
    /// "bottom", "hcenter" or "vcenter" (centres on the middle of their bounding box).
    /// Emits editRefused and returns false for fewer items or items of different containers.
    Q_INVOKABLE bool alignItems(const QStringList& ids, const QString& edge);
    /// Resizes a container, never below its children's bounds plus padding nor below the
    /// smallest container; its own containers grow to hold it. False for a non-container.
    Q_INVOKABLE bool resizeItem(const QString& id, double width, double height);
    /// The confirmation text for deleting all of `ids` ("" for nothing to delete).
    Q_INVOKABLE QString deletionSummaryOf(const QStringList& ids) const;
    /// Deletes the items with what they contain and what would dangle without them, and mends
    /// what merely refers to them (core/edit/dependents.h).
    Q_INVOKABLE bool deleteItems(const QStringList& ids);
    /// Keeps the items and everything inside them, as they are now, for paste().
    Q_INVOKABLE bool copyItems(const QStringList& ids);
    bool canPaste() const { return !clipboard_.empty(); }
    /// Pastes the copied items next to where they were (core/edit/duplicate.h): fresh ids,
    /// references among the copies remapped, new CIDR blocks. Returns the ids of the pasted
    /// top items (to select them); on refusal emits editRefused and returns an empty list.
    Q_INVOKABLE QStringList paste();
    /// paste() with the copies' top-left corner at the canvas point, inside the container under
    /// it when that may hold them.
    Q_INVOKABLE QStringList pasteAt(double x, double y);
    /// Copies and pastes the items in one step, leaving the clipboard alone.
    Q_INVOKABLE QStringList duplicateItems(const QStringList& ids);
    /// Leaves the Error state after the user read the message.
    Q_INVOKABLE void dismissError();

    /// Starts an empty, untitled model (File > New); the caller asks about unsaved changes.
    Q_INVOKABLE void newDocument();
    /// Adds a new item of `kind` (a stable kind name, "subnet") dropped at the canvas point
    /// (x, y) as one undo step: it goes into the innermost container under the point that may
    /// hold it (a gateway dropped on a subnet lands in the subnet's VPC), gets a fresh id, a
    /// proposed CIDR where it has one, and its containers grow to fit it. Returns "" on
    /// success (and emits itemAdded), else a hint saying where such an item can go.
    Q_INVOKABLE QString addItemAt(const QString& kind, double x, double y);
    /// What deleting `id` takes with it, as a sentence for the confirmation ("" for nothing).
    Q_INVOKABLE QString deletionSummary(const QString& id) const;
    /// Deletes the item, what it contains and what would dangle without it, and mends what
    /// merely refers to it (routes, rules, associations), as one undo step.
    Q_INVOKABLE bool deleteItem(const QString& id);
    /// Applies the proposed fix of the finding at `findingRow` of findings() as one undo step
    /// named by the fix's label; false when the row has no fix (app/finding_fixes.cpp).
    Q_INVOKABLE bool applyFix(int findingRow);

signals:
    void filePathChanged();
    void titleChanged();
    void statusChanged();
    void errorStringChanged();
    void canUndoChanged();
    void canRedoChanged();
    void undoTextChanged();
    void redoTextChanged();
    void modifiedChanged();
    void importNotesChanged();
    void loadingNameChanged();
    /// An open() or openAsync() that was not superseded ended: the document is shown, or the
    /// status is Error with errorString saying why.
    void openFinished(bool succeeded);
    /// A document was opened (not emitted for edits); views fit it to the window.
    void documentOpened();
    /// The network changed (an edit, undo, redo, or another document): what shows more than
    /// the drawing (inspector, pinned queries) reads the document again. Not sent for moves.
    void documentChanged();
    /// addItemAt created this item; views select it.
    void itemAdded(const QString& id);
    /// An edit of the selection was refused; the hint says why and what to do instead.
    void editRefused(const QString& hint);
    void canPasteChanged();

private:
    void setStatus(Status status);
    void setErrorString(const QString& message);
    void setLoadingName(const QString& name);
    /// Forgets an openAsync() still running, so that its result is dropped.
    void cancelPendingOpen();
    bool finishOpening(OpenedFile opened);
    /// Shows a prepared document, clearing the history; emits no documentOpened.
    void showPrepared(PreparedDocument prepared, const QString& filePath);
    void fail(const QString& message);
    bool pushMoves(const QStringList& ids, double dx, double dy, bool mergeNudges);
    /// Pushes new geometry for items as one MoveCommand, growing containers to hold them;
    /// false when nothing changes.
    bool pushGeometry(std::map<ResourceId, Geometry> after, bool mergeNudges, const QString& text);
    void applyGeometries(const std::vector<std::pair<ResourceId, Geometry>>& geometries);
    QStringList pasteWith(const std::vector<Resource>& copies, const PasteOptions& options);
    void applyResource(const Resource& resource);
    void applyEdit(const DocumentEdit& edit, bool forward);
    void refreshFindings();
    void setFilePath(const QString& filePath);
    void setUnsavedImport(bool unsaved);
    bool writeTo(const QString& path);

    Document document_;
    /// The same network in the incremental engine, which keeps the findings up to date edit
    /// by edit (rerunning only the VPC scopes an edit touches) instead of validating the whole
    /// model on the GUI thread after every keystroke. Every change of document_ is mirrored.
    std::unique_ptr<engine::Engine> engine_;
    QString filePath_;
    QString importedFrom_; // the template an unsaved import came from
    bool unsavedImport_ = false;
    QStringList importNotes_;
    Status status_ = Status::Empty;
    QString errorString_;
    QString loadingName_;
    /// Counts open requests; an openAsync() result is shown only if none came after it.
    quint64 openGeneration_ = 0;
    /// Tells the worker of the openAsync() in flight to stop early.
    std::shared_ptr<std::atomic<bool>> openCanceled_;
    QUndoStack undoStack_;
    DiagramModel items_;
    EdgeModel edges_;
    AttachmentModel attachments_;
    DiagramLayer containers_{DiagramLayer::Content::Containers};
    DiagramLayer nodes_{DiagramLayer::Content::Nodes};
    FindingsModel findings_;
    RecentFiles recentFiles_;
    /// What Copy kept (core/edit/duplicate.h: collectCopies).
    std::vector<Resource> clipboard_;
};

} // namespace topograph
