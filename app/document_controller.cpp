// SPDX-License-Identifier: Apache-2.0
#include "app/document_controller.h"

#include "app/document_export.h"
#include "app/document_opening.h"
#include "app/move_command.h"
#include "app/replace_resource_command.h"
#include "core/check/validator.h"
#include "core/layout/layout.h"
#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QStandardPaths>
#include <QThreadPool>

namespace topograph {

DocumentController::DocumentController(QObject* parent)
    : QObject(parent), engine_(std::make_unique<engine::Engine>(Document{})) {
    containers_.setSourceModel(&items_);
    nodes_.setSourceModel(&items_);
    connect(&findings_, &FindingsModel::fixRequested, this, &DocumentController::applyFix);
    connect(&undoStack_, &QUndoStack::canUndoChanged, this, &DocumentController::canUndoChanged);
    connect(&undoStack_, &QUndoStack::canRedoChanged, this, &DocumentController::canRedoChanged);
    connect(&undoStack_, &QUndoStack::undoTextChanged, this, &DocumentController::undoTextChanged);
    connect(&undoStack_, &QUndoStack::redoTextChanged, this, &DocumentController::redoTextChanged);
    connect(&undoStack_, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged();
        emit titleChanged();
    });
    // An edit, undo or redo while a file opens would be discarded without a question when the
    // file arrives; the newest action wins, as with a second open, so the open stops instead.
    connect(&undoStack_, &QUndoStack::indexChanged, this, [this] {
        if (!openCanceled_) {
            return;
        }
        const QString name = loadingName_;
        cancelPendingOpen();
        setLoadingName({});
        fail(tr("Stopped opening %1: the open document was edited meanwhile, and opening would "
                "have discarded that edit. Save it if you want to keep it, then open %1 again.")
                 .arg(name));
        emit openFinished(false);
    });
}

DocumentController::~DocumentController() {
    cancelPendingOpen();
}

QString DocumentController::fileName() const {
    return QFileInfo(filePath_).fileName();
}

QString DocumentController::title() const {
    if (!document_.title.empty()) {
        return QString::fromStdString(document_.title);
    }
    return fileName();
}

QString DocumentController::displayName() const {
    if (!filePath_.isEmpty()) {
        return fileName();
    }
    if (!importedFrom_.isEmpty()) {
        return tr("%1 (imported)").arg(QFileInfo(importedFrom_).fileName());
    }
    return tr("Untitled");
}

QString DocumentController::windowTitle() const {
    // The bullet follows the name, as desktop editors mark unsaved documents.
    return modified() ? tr("%1 \u2022 \u2014 Topograph").arg(displayName())
                      : tr("%1 \u2014 Topograph").arg(displayName());
}

bool DocumentController::hasSavePath() const {
    return !filePath_.isEmpty() && !filePath_.startsWith(QLatin1String("qrc:"));
}

bool DocumentController::open(const QUrl& url) {
    cancelPendingOpen();
    setLoadingName(shownNameOf(url));
    setStatus(Status::Loading);
    return finishOpening(openDocumentFile(url));
}

void DocumentController::openAsync(const QUrl& url) {
    cancelPendingOpen();
    setLoadingName(shownNameOf(url));
    setStatus(Status::Loading);
    const quint64 generation = openGeneration_;
    auto canceled = std::make_shared<std::atomic<bool>>(false);
    openCanceled_ = canceled;
    // The worker shares nothing with the controller but the flag and the promise: the watcher
    // (a child of the controller) delivers the result on this thread, or never if the
    // controller is gone by then.
    using Result = std::shared_ptr<OpenedFile>;
    auto promise = std::make_shared<QPromise<Result>>();
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QList<Result> results = watcher->future().results();
        if (generation != openGeneration_ || results.isEmpty() || results.front()->canceled) {
            return; // superseded by a later request
        }
        openCanceled_.reset();
        finishOpening(std::move(*results.front()));
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, canceled, url] {
        promise->addResult(std::make_shared<OpenedFile>(
            openDocumentFile(url, [&canceled] { return canceled->load(); })));
        promise->finish();
    });
}

void DocumentController::cancelPendingOpen() {
    ++openGeneration_;
    if (openCanceled_) {
        openCanceled_->store(true);
        openCanceled_.reset();
    }
}

bool DocumentController::finishOpening(OpenedFile opened) {
    setLoadingName({});
    if (!opened.prepared) {
        if (!opened.forgetPath.isEmpty()) {
            recentFiles_.remove(opened.forgetPath);
        }
        fail(opened.error);
        emit openFinished(false);
        return false;
    }
    if (!opened.importedFrom.isEmpty()) {
        importedFrom_ = opened.importedFrom; // an import stays untitled: showPrepared keeps it
    }
    showPrepared(std::move(*opened.prepared), opened.filePath);
    if (!opened.recentPath.isEmpty()) {
        recentFiles_.add(opened.recentPath);
    }
    if (!opened.importedFrom.isEmpty()) {
        setUnsavedImport(true);
        if (importNotes_ != opened.importNotes) {
            importNotes_ = opened.importNotes;
            emit importNotesChanged();
        }
    }
    // After the import notes, which the window shows when it hears of the new document.
    emit documentOpened();
    emit openFinished(true);
    return true;
}

void DocumentController::setDocument(Document document, const QString& filePath) {
    showPrepared(prepareDocument(std::move(document)), filePath);
    emit documentOpened();
}

void DocumentController::showPrepared(PreparedDocument prepared, const QString& filePath) {
    // Whatever replaces the document wins over an open still running.
    cancelPendingOpen();
    setLoadingName({});
    document_ = std::move(prepared.document);
    engine_ = std::move(prepared.engine);
    undoStack_.clear();
    if (!filePath.isEmpty()) {
        importedFrom_.clear();
    }
    setUnsavedImport(false);
    if (!importNotes_.isEmpty()) {
        importNotes_.clear();
        emit importNotesChanged();
    }
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.reset(document_, absolute);
    edges_.reset(document_, absolute);
    attachments_.update(document_, absolute);
    refreshFindings();
    setFilePath(filePath);
    emit titleChanged();
    setErrorString({});
    setStatus(Status::Ready);
}

bool DocumentController::save() {
    if (!hasSavePath()) {
        fail(tr("This model has no file yet; use File > Save As"));
        return false;
    }
    return writeTo(filePath_);
}

bool DocumentController::saveAs(const QUrl& url) {
    const QString path = localPathOf(url);
    if (path.isEmpty()) {
        fail(tr("%1: cannot save to this address; choose a local file").arg(url.toString()));
        return false;
    }
    if (!writeTo(path)) {
        return false;
    }
    importedFrom_.clear();
    setFilePath(path);
    recentFiles_.add(path);
    emit titleChanged();
    return true;
}

bool DocumentController::writeTo(const QString& path) {
    try {
        saveModelFile(document_, path.toStdString());
    } catch (const std::exception& error) {
        fail(tr("%1: cannot save (%2); choose another folder or free some space")
                 .arg(path, QString::fromUtf8(error.what())));
        return false;
    }
    undoStack_.setClean();
    setUnsavedImport(false);
    return true;
}

QString DocumentController::exportTo(const QString& format, const QUrl& url, double pngScale,
                                     bool transparent, bool badges, bool legend) {
    const QString path = localPathOf(url);
    if (path.isEmpty()) {
        return tr("%1: cannot export to this address; choose a local file").arg(url.toString());
    }
    ExportRequest request{format, path, pngScale, transparent, findings_.findings()};
    request.badges = badges;
    request.legend = legend;
    return exportDocument(document_, request);
}

QString DocumentController::otherExistingFile(const QUrl& url) const {
    const QFileInfo chosen(localPathOf(url));
    if (!chosen.exists() || (!filePath_.isEmpty() && chosen == QFileInfo(filePath_))) {
        return {};
    }
    return chosen.fileName();
}

QUrl DocumentController::suggestedExportFolder() const {
    const QString file = suggestedExportFile(QString(), QStringLiteral("x")).toLocalFile();
    return QUrl::fromLocalFile(QFileInfo(file).absolutePath());
}

QUrl DocumentController::suggestedExportFile(const QString& format, const QString& suffix) const {
    const QString source = !filePath_.isEmpty() ? filePath_ : importedFrom_;
    QString folder;
    QString name;
    if (!source.isEmpty()) {
        const QFileInfo info(source);
        folder = info.absolutePath();
        name = info.completeBaseName();
    } else {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        name = tr("Untitled");
    }
    if (format == QLatin1String("cloudformation")) {
        name += QStringLiteral("-cloudformation");
    }
    const QDir dir(folder);
    QString path = dir.filePath(name + QLatin1Char('.') + suffix);
    for (const QString& taken : {filePath_, importedFrom_}) {
        if (!taken.isEmpty() && QFileInfo(path) == QFileInfo(taken)) {
            path = dir.filePath(name + QStringLiteral("-export.") + suffix);
        }
    }
    return QUrl::fromLocalFile(path);
}

bool DocumentController::setSubnetCidr(const QString& id, const QString& cidr) {
    const Resource* resource = document_.find(id.toStdString());
    if (resource == nullptr || resource->as<Subnet>() == nullptr ||
        resource->as<Subnet>()->ipv4Cidr == cidr.toStdString()) {
        return false;
    }
    Resource after = *resource;
    after.as<Subnet>()->ipv4Cidr = cidr.toStdString();
    undoStack_.push(new ReplaceResourceCommand(
        [this](const Resource& value) { applyResource(value); }, *resource, std::move(after),
        tr("Change CIDR of %1").arg(QString::fromStdString(resource->label()))));
    return true;
}

void DocumentController::applyResource(const Resource& resource) {
    const ChangeSet changes = document_.replace(resource);
    engine_->replace(resource);
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.apply(document_, absolute, changes);
    edges_.apply(document_, absolute);
    attachments_.update(document_, absolute);
    refreshFindings();
}

const reach::NetworkIndex& DocumentController::networkIndex() const {
    return engine_->networkIndex();
}

void DocumentController::refreshFindings() {
    std::vector<Finding> findings = engine_->findings();
    items_.setFindings(findings);
    findings_.setFindings(std::move(findings), &document_);
    // Every change of the network passes here, so this is where its listeners hear of it.
    emit documentChanged();
}

void DocumentController::setFilePath(const QString& filePath) {
    if (filePath_ != filePath) {
        filePath_ = filePath;
        emit filePathChanged();
    }
}

void DocumentController::setUnsavedImport(bool unsaved) {
    if (unsavedImport_ != unsaved) {
        unsavedImport_ = unsaved;
        emit modifiedChanged();
        emit titleChanged();
    }
}

bool DocumentController::moveItem(const QString& id, double dx, double dy) {
    return pushMoves({id}, dx, dy, false);
}

bool DocumentController::nudgeItem(const QString& id, double dx, double dy) {
    return pushMoves({id}, dx, dy, true);
}

void DocumentController::dismissError() {
    if (status_ == Status::Error) {
        setErrorString({});
        setStatus(document_.size() > 0 || !filePath_.isEmpty() ? Status::Ready : Status::Empty);
    }
}

void DocumentController::fail(const QString& message) {
    setErrorString(message);
    setStatus(Status::Error);
}

void DocumentController::setStatus(Status status) {
    if (status_ != status) {
        status_ = status;
        emit statusChanged();
    }
}

void DocumentController::setLoadingName(const QString& name) {
    if (loadingName_ != name) {
        loadingName_ = name;
        emit loadingNameChanged();
    }
}

void DocumentController::setErrorString(const QString& message) {
    if (errorString_ != message) {
        errorString_ = message;
        emit errorStringChanged();
    }
}

} // namespace topograph
