// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/autosave/recovery_store.h"

#include <memory>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

class DocumentController;

/// Keeps a recovery copy of the open document while it has unsaved changes, and offers the
/// copies a crashed session left behind. Writes a few seconds after the last change (so a
/// drag writes once) and every minute while changes stay unsaved; saving, undoing back to the
/// saved state, discarding or closing cleanly removes the copy. Listens to the controller's
/// signals only: the controller knows nothing of recovery.
class Autosaver : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("main.cpp creates the Autosaver")
    /// The question for the first leftover to restore, "" when none is waiting.
    Q_PROPERTY(QString pendingQuestion READ pendingQuestion NOTIFY pendingChanged)
    /// What was wrong with the recovery files that could not be read (they are removed).
    Q_PROPERTY(QString problems READ problems NOTIFY problemsChanged)
    /// Why the last recovery write failed; "" after a successful one.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static constexpr int defaultDebounceMs = 3000;
    static constexpr int defaultHeartbeatMs = 60000;

    /// `directory` "" means RecoveryStore::defaultDirectory().
    explicit Autosaver(DocumentController* controller, const QString& directory = {},
                       QObject* parent = nullptr);
    /// A clean close: the recovery copy is no longer needed.
    ~Autosaver() override;

    Autosaver(const Autosaver&) = delete;
    Autosaver& operator=(const Autosaver&) = delete;

    void setDebounceInterval(int milliseconds) { debounce_.setInterval(milliseconds); }
    void setHeartbeatInterval(int milliseconds) { heartbeat_.setInterval(milliseconds); }
    /// This session's recovery file (it exists only while there are unsaved changes).
    QString recoveryPath() const { return recoveryPath_; }
    const RecoveryStore& store() const { return store_; }

    /// Writes the recovery copy now; false (and lastError says why) when writing fails.
    bool saveNow();
    /// Reads the leftovers of crashed sessions into the pending list; main.cpp calls it once
    /// at start.
    void findLeftovers();
    int pendingCount() const { return static_cast<int>(pending_.size()); }

    QString pendingQuestion() const;
    QString problems() const { return problems_.join(QLatin1Char('\n')); }
    QString lastError() const { return lastError_; }

    /// Opens the first pending leftover as an unsaved document (saving goes to its original
    /// file when it had one) and removes its file once this session holds a copy. The other
    /// leftovers stay on disk for the next start: one window shows one document.
    Q_INVOKABLE bool restorePending();
    /// Removes the first pending leftover.
    Q_INVOKABLE void discardPending();
    Q_INVOKABLE void dismissProblems();

signals:
    void pendingChanged();
    void problemsChanged();
    void lastErrorChanged();

private:
    void documentTouched();
    void removeRecoveryCopy();
    void setLastError(const QString& message);

    DocumentController* controller_;
    RecoveryStore store_;
    QString recoveryPath_;
    std::unique_ptr<QLockFile> lock_;
    QTimer debounce_;
    QTimer heartbeat_;
    std::vector<LeftoverRecovery> pending_;
    QStringList problems_;
    QString lastError_;
};

} // namespace topograph
