// SPDX-License-Identifier: Apache-2.0
#include "app/document_controller.h"

#include "app/document_export.h"
#include "app/move_command.h"
#include "app/replace_resource_command.h"
#include "core/check/validator.h"
#include "core/layout/layout.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace topograph {

namespace {

/// The local file `url` names, or "". Qt 6.4's own (non-native) file dialog returns a name typed
/// into its field as a URL without the file: scheme ("/home/me/stack.yaml"): a local path too.
QString localPathOf(const QUrl& url) {
    if (url.isLocalFile()) {
        return url.toLocalFile();
    }
    if (url.scheme().isEmpty() && QDir::isAbsolutePath(url.path())) {
        return url.path();
    }
    return {};
}

} // namespace

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
    setStatus(Status::Loading);
    // Resources are read through QFile (the readers know nothing of qrc:); local files through
    // readWholeFile, whose message names the file. The content, never the name, tells a
    // CloudFormation template from a model.
    const bool embedded = url.scheme() == QLatin1String("qrc");
    const QString path = embedded ? QLatin1Char(':') + url.path() : localPathOf(url);
    if (path.isEmpty()) {
        fail(tr("%1: cannot open this address; choose a local file").arg(url.toString()));
        return false;
    }
    const QString shownPath = embedded ? url.toString() : path;
    std::string text;
    if (embedded) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("%1: the embedded file is missing from this build").arg(url.toString()));
            return false;
        }
        text = file.readAll().toStdString();
    } else {
        try {
            text = readWholeFile(path.toStdString());
        } catch (const std::exception& error) {
            recentFiles_.remove(path);
            fail(QString::fromUtf8(error.what()));
            return false;
        }
    }
    try {
        if (looksLikeCloudFormation(text)) {
            ImportResult imported = importTemplate(text, shownPath.toStdString());
            QStringList notes;
            for (const ImportNote& note : imported.notes) {
                notes.append(QStringLiteral("%1 %2: %3")
                                 .arg(note.severity == Severity::Warning ? QStringLiteral("\u26A0")
                                                                         : QStringLiteral("\u2139"),
                                      QString::fromStdString(note.code),
                                      QString::fromStdString(note.message)));
            }
            importedFrom_ = shownPath;
            setDocument(std::move(imported.document), {});
            if (!embedded) {
                recentFiles_.add(path);
            }
            setUnsavedImport(true);
            if (importNotes_ != notes) {
                importNotes_ = notes;
                emit importNotesChanged();
            }
            return true;
        }
        setDocument(readModel(text, shownPath.toStdString()), shownPath);
        if (!embedded) {
            recentFiles_.add(path);
        }
        return true;
    } catch (const ModelLoadError& error) {
        fail(QString::fromStdString(error.error().toString()));
    } catch (const std::exception& error) {
        fail(tr("%1: %2").arg(shownPath, QString::fromUtf8(error.what())));
    }
    return false;
}

void DocumentController::setDocument(Document document, const QString& filePath) {
    layOut(document);
    document_ = std::move(document);
    engine_ = std::make_unique<engine::Engine>(document_);
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
    emit documentOpened();
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

void DocumentController::setErrorString(const QString& message) {
    if (errorString_ != message) {
        errorString_ = message;
        emit errorStringChanged();
    }
}

} // namespace topograph
