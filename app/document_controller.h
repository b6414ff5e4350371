// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/diagram_layer.h"
#include "app/diagram_model.h"
#include "app/edge_model.h"
#include "core/model/document.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QUndoStack>
#include <QUrl>

namespace topograph {

/// Owns the open document and its undo history, and turns what the user asks for into undoable
/// commands. QML gets it as the required property `controller` of Main.qml and reads the
/// diagram through `items` and `edges`. Loading is synchronous for now (a model file of 85,000
/// objects reads in well under a second) but still reports Loading, so views already show every
/// state when loading moves off the GUI thread.
class DocumentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the DocumentController")
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY canRedoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoTextChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY redoTextChanged)
    Q_PROPERTY(topograph::DiagramModel* items READ items CONSTANT)
    Q_PROPERTY(topograph::EdgeModel* edges READ edges CONSTANT)
    Q_PROPERTY(topograph::DiagramLayer* containers READ containers CONSTANT)
    Q_PROPERTY(topograph::DiagramLayer* nodes READ nodes CONSTANT)

public:
    /// Empty: nothing opened yet. Loading: a file is being read. Ready: a document is shown.
    /// Error: the last open() failed; errorString says where and why, and the document shown
    /// before (if any) stays open and editable.
    enum class Status { Empty, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit DocumentController(QObject* parent = nullptr);

    QString filePath() const { return filePath_; }
    QString fileName() const;
    QString title() const;
    Status status() const { return status_; }
    QString errorString() const { return errorString_; }
    bool canUndo() const { return undoStack_.canUndo(); }
    bool canRedo() const { return undoStack_.canRedo(); }
    QString undoText() const { return undoStack_.undoText(); }
    QString redoText() const { return undoStack_.redoText(); }
    DiagramModel* items() { return &items_; }
    EdgeModel* edges() { return &edges_; }
    /// The containers and the nodes of `items`, each drawn by its own delegate.
    DiagramLayer* containers() { return &containers_; }
    DiagramLayer* nodes() { return &nodes_; }

    const Document& document() const { return document_; }

    /// Opens a Topograph model from a local file or an embedded resource (qrc:). Lays out what
    /// has no geometry and clears the undo history. Returns false and sets status Error on any
    /// failure, keeping the document that was open.
    Q_INVOKABLE bool open(const QUrl& url);
    /// Shows a document built elsewhere (an import, a test) as if it had been opened.
    void setDocument(Document document, const QString& filePath);

    Q_INVOKABLE void undo() { undoStack_.undo(); }
    Q_INVOKABLE void redo() { undoStack_.redo(); }
    /// Moves an item (and so everything inside it) by (dx, dy) as one undo step; false when the
    /// id names nothing drawn.
    Q_INVOKABLE bool moveItem(const QString& id, double dx, double dy);
    /// Like moveItem, but consecutive nudges of one item merge into one undo step.
    Q_INVOKABLE bool nudgeItem(const QString& id, double dx, double dy);
    /// Leaves the Error state after the user read the message.
    Q_INVOKABLE void dismissError();

signals:
    void filePathChanged();
    void titleChanged();
    void statusChanged();
    void errorStringChanged();
    void canUndoChanged();
    void canRedoChanged();
    void undoTextChanged();
    void redoTextChanged();
    /// A document was opened (not emitted for edits); views fit it to the window.
    void documentOpened();

private:
    void setStatus(Status status);
    void setErrorString(const QString& message);
    void fail(const QString& message);
    bool pushMove(const QString& id, double dx, double dy, bool mergeNudges);
    void applyGeometry(const ResourceId& id, std::optional<Geometry> geometry);

    Document document_;
    QString filePath_;
    Status status_ = Status::Empty;
    QString errorString_;
    QUndoStack undoStack_;
    DiagramModel items_;
    EdgeModel edges_;
    DiagramLayer containers_{DiagramLayer::Content::Containers};
    DiagramLayer nodes_{DiagramLayer::Content::Nodes};
};

} // namespace topograph
