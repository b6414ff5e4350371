// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace topograph {

/// What a recovery file says about the document it holds.
struct RecoveryInfo {
    QString originalPath; // the document's file ("" when untitled or an unsaved import)
    QString name;         // the name the window showed, for the question to the user
    QDateTime savedAt;
};

/// A recovery file left behind by a session that did not close cleanly, read back.
struct LeftoverRecovery {
    QString path;
    RecoveryInfo info;
    Document document;
};

/// The leftovers of crashed sessions, and what was wrong with those that could not be read
/// (one message each; those files are removed).
struct LeftoverScan {
    std::vector<LeftoverRecovery> recoverable;
    QStringList problems;
};

/// The folder of recovery files: each is a model YAML file whose first line is a comment
/// holding RecoveryInfo as JSON, so one atomic write keeps the model and its origin together.
/// A running session holds a lock file beside its recovery file; files whose lock is free
/// (their process is gone) are leftovers of a crash.
class RecoveryStore {
public:
    explicit RecoveryStore(QString directory);

    /// AppDataLocation/recovery.
    static QString defaultDirectory();

    QString directory() const { return directory_; }
    /// A fresh file name for one session's recovery file.
    QString newSessionPath() const;
    /// Writes atomically (creating the folder); throws std::runtime_error naming the file.
    void write(const QString& path, const Document& document, const RecoveryInfo& info) const;
    /// Reads one recovery file; throws std::runtime_error (or ModelLoadError) when corrupted.
    static LeftoverRecovery read(const QString& path);
    /// Recovery files no running session holds, except `ownPath`. Unreadable ones are removed
    /// and reported in `problems`.
    LeftoverScan findLeftovers(const QString& ownPath) const;
    /// Removes a recovery file and its lock; missing files are fine.
    static void remove(const QString& path);
    static QString lockPathOf(const QString& path) { return path + QStringLiteral(".lock"); }

private:
    QString directory_;
};

} // namespace topograph
