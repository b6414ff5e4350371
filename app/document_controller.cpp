// SPDX-License-Identifier: Apache-2.0
#include "app/document_controller.h"

#include "app/move_command.h"
#include "core/layout/layout.h"
#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QFile>
#include <QFileInfo>

namespace topograph {

DocumentController::DocumentController(QObject* parent) : QObject(parent) {
    containers_.setSourceModel(&items_);
    nodes_.setSourceModel(&items_);
    connect(&undoStack_, &QUndoStack::canUndoChanged, this, &DocumentController::canUndoChanged);
    connect(&undoStack_, &QUndoStack::canRedoChanged, this, &DocumentController::canRedoChanged);
    connect(&undoStack_, &QUndoStack::undoTextChanged, this, &DocumentController::undoTextChanged);
    connect(&undoStack_, &QUndoStack::redoTextChanged, this, &DocumentController::redoTextChanged);
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

bool DocumentController::open(const QUrl& url) {
    setStatus(Status::Loading);
    // Resources are read through QFile (the model reader knows nothing of qrc:); local files go
    // through loadModelFile, whose messages already say what to do about unreadable files.
    const bool embedded = url.scheme() == QLatin1String("qrc");
    const QString path = embedded ? QLatin1Char(':') + url.path() : url.toLocalFile();
    if (path.isEmpty()) {
        fail(tr("%1: cannot open this address; choose a local file").arg(url.toString()));
        return false;
    }
    try {
        Document loaded;
        if (embedded) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(tr("%1: the embedded file is missing from this build").arg(url.toString()));
                return false;
            }
            const QByteArray text = file.readAll();
            loaded =
                readModel(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                          url.toString().toStdString());
        } else {
            loaded = loadModelFile(path.toStdString());
        }
        setDocument(std::move(loaded), embedded ? url.toString() : path);
        return true;
    } catch (const ModelLoadError& error) {
        fail(QString::fromStdString(error.error().toString()));
    } catch (const std::exception& error) {
        fail(tr("%1: %2").arg(path, QString::fromUtf8(error.what())));
    }
    return false;
}

void DocumentController::setDocument(Document document, const QString& filePath) {
    layOut(document);
    document_ = std::move(document);
    undoStack_.clear();
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.reset(document_, absolute);
    edges_.reset(document_, absolute);
    if (filePath_ != filePath) {
        filePath_ = filePath;
        emit filePathChanged();
    }
    emit titleChanged();
    setErrorString({});
    setStatus(Status::Ready);
    emit documentOpened();
}

bool DocumentController::moveItem(const QString& id, double dx, double dy) {
    return pushMove(id, dx, dy, false);
}

bool DocumentController::nudgeItem(const QString& id, double dx, double dy) {
    return pushMove(id, dx, dy, true);
}

bool DocumentController::pushMove(const QString& id, double dx, double dy, bool mergeNudges) {
    const ResourceId resourceId = id.toStdString();
    const Resource* resource = document_.find(resourceId);
    if (resource == nullptr || !resource->geometry || (dx == 0 && dy == 0)) {
        return false;
    }
    const Geometry before = *resource->geometry;
    Geometry after = before;
    after.x += dx;
    after.y += dy;
    undoStack_.push(new MoveCommand(
        [this](const ResourceId& target, std::optional<Geometry> geometry) {
            applyGeometry(target, geometry);
        },
        resourceId, before, after,
        mergeNudges ? MoveCommand::Merge::WithNudgesOfSameItem : MoveCommand::Merge::Never));
    return true;
}

void DocumentController::applyGeometry(const ResourceId& id, std::optional<Geometry> geometry) {
    const ChangeSet changes = document_.setGeometry(id, geometry);
    const GeometryMap absolute = absoluteGeometry(document_);
    items_.apply(document_, absolute, changes);
    edges_.apply(document_, absolute);
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
