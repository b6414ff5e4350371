// SPDX-License-Identifier: Apache-2.0
#include "app/autosave/autosaver.h"

#include "app/document_controller.h"

#include <exception>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace topograph {

Autosaver::Autosaver(DocumentController* controller, const QString& directory, QObject* parent)
    : QObject(parent), controller_(controller),
      store_(directory.isEmpty() ? RecoveryStore::defaultDirectory() : directory),
      recoveryPath_(store_.newSessionPath()) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(defaultDebounceMs);
    heartbeat_.setInterval(defaultHeartbeatMs);
    connect(&debounce_, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&heartbeat_, &QTimer::timeout, this, &Autosaver::saveNow);
    // documentChanged covers edits, undo and redo but not moves, which only the diagram model
    // sees; modifiedChanged covers saving and undoing back to the saved state.
    connect(controller_, &DocumentController::documentChanged, this, &Autosaver::documentTouched);
    connect(controller_, &DocumentController::modifiedChanged, this, &Autosaver::documentTouched);
    connect(controller_->items(), &QAbstractItemModel::dataChanged, this,
            &Autosaver::documentTouched);
}

Autosaver::~Autosaver() {
    removeRecoveryCopy();
}

void Autosaver::documentTouched() {
    if (controller_->modified() && controller_->status() != DocumentController::Status::Empty) {
        debounce_.start();
        if (!heartbeat_.isActive()) {
            heartbeat_.start();
        }
        return;
    }
    debounce_.stop();
    heartbeat_.stop();
    removeRecoveryCopy();
}

bool Autosaver::saveNow() {
    if (!controller_->modified()) {
        return true;
    }
    if (!lock_) {
        QDir().mkpath(store_.directory());
        auto lock = std::make_unique<QLockFile>(RecoveryStore::lockPathOf(recoveryPath_));
        lock->setStaleLockTime(0);
        // Without the lock a second instance would offer this file as a crash's leftover.
        if (lock->tryLock(0)) {
            lock_ = std::move(lock);
        }
    }
    RecoveryInfo info;
    info.originalPath = controller_->filePath();
    info.name = controller_->displayName();
    info.savedAt = QDateTime::currentDateTime();
    try {
        store_.write(recoveryPath_, controller_->document(), info);
    } catch (const std::exception& error) {
        setLastError(tr("Cannot keep a recovery copy: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    setLastError({});
    return true;
}

void Autosaver::removeRecoveryCopy() {
    if (QFileInfo::exists(recoveryPath_)) {
        QFile::remove(recoveryPath_);
    }
}

void Autosaver::findLeftovers() {
    LeftoverScan scan = store_.findLeftovers(recoveryPath_);
    pending_ = std::move(scan.recoverable);
    emit pendingChanged();
    if (!scan.problems.isEmpty()) {
        problems_.append(scan.problems);
        emit problemsChanged();
    }
}

QString Autosaver::pendingQuestion() const {
    if (pending_.empty()) {
        return {};
    }
    const RecoveryInfo& info = pending_.front().info;
    const QString name = info.name.isEmpty() ? tr("Untitled") : info.name;
    // Minutes are enough to recognise the session; the date only when it was not today.
    const QString when = info.savedAt.date() == QDate::currentDate()
                             ? info.savedAt.toString(QStringLiteral("HH:mm"))
                             : info.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("Topograph closed unexpectedly. Restore \u201C%1\u201D from %2?").arg(name, when);
}

bool Autosaver::restorePending() {
    if (pending_.empty()) {
        return false;
    }
    LeftoverRecovery leftover = std::move(pending_.front());
    pending_.clear();
    controller_->restoreRecovered(std::move(leftover.document), leftover.info.originalPath);
    // The old file goes only once this session's copy is on disk.
    if (saveNow()) {
        RecoveryStore::remove(leftover.path);
    }
    emit pendingChanged();
    return true;
}

void Autosaver::discardPending() {
    if (pending_.empty()) {
        return;
    }
    RecoveryStore::remove(pending_.front().path);
    pending_.erase(pending_.begin());
    emit pendingChanged();
}

void Autosaver::dismissProblems() {
    if (!problems_.isEmpty()) {
        problems_.clear();
        emit problemsChanged();
    }
}

void Autosaver::setLastError(const QString& message) {
    if (lastError_ != message) {
        lastError_ = message;
        emit lastErrorChanged();
    }
}

} // namespace topograph
