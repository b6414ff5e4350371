// SPDX-License-Identifier: Apache-2.0
#include "app/autosave/recovery_store.h"

#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <stdexcept>
#include <string>

namespace topograph {

namespace {

// The first line of every recovery file; YAML readers take it for a comment.
const QByteArray headerPrefix = QByteArrayLiteral("# topograph-recovery ");

std::runtime_error corrupted(const QString& path, const QString& why) {
    return std::runtime_error(
        QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why).toStdString());
}

} // namespace

RecoveryStore::RecoveryStore(QString directory) : directory_(std::move(directory)) {}

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::newSessionPath() const {
    return QDir(directory_)
        .filePath(QStringLiteral("session-%1.yaml")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void RecoveryStore::write(const QString& path, const Document& document,
                          const RecoveryInfo& info) const {
    if (!QDir().mkpath(directory_)) {
        throw std::runtime_error(
            QStringLiteral("%1: cannot create the recovery folder").arg(directory_).toStdString());
    }
    const QJsonObject header{{QStringLiteral("original"), info.originalPath},
                             {QStringLiteral("name"), info.name},
                             {QStringLiteral("savedAt"), info.savedAt.toString(Qt::ISODate)}};
    // Compact JSON has no line breaks, so the header stays one comment line.
    const std::string text =
        (headerPrefix + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n').toStdString() +
        writeModel(document);
    writeFileAtomically(path.toStdString(), text);
}

LeftoverRecovery RecoveryStore::read(const QString& path) {
    const std::string text = readWholeFile(path.toStdString());
    const auto lineEnd = text.find('\n');
    const QByteArray firstLine = QByteArray::fromStdString(text.substr(0, lineEnd));
    if (lineEnd == std::string::npos || !firstLine.startsWith(headerPrefix)) {
        throw corrupted(path, QStringLiteral("not a Topograph recovery file (no header line)"));
    }
    const QJsonDocument json = QJsonDocument::fromJson(firstLine.mid(headerPrefix.size()));
    if (!json.isObject()) {
        throw corrupted(path, QStringLiteral("the header line is not a JSON object"));
    }
    const QJsonObject header = json.object();
    LeftoverRecovery leftover;
    leftover.path = path;
    leftover.info.originalPath = header.value(QStringLiteral("original")).toString();
    leftover.info.name = header.value(QStringLiteral("name")).toString();
    leftover.info.savedAt =
        QDateTime::fromString(header.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    leftover.document = readModel(text, path.toStdString());
    return leftover;
}

LeftoverScan RecoveryStore::findLeftovers(const QString& ownPath) const {
    LeftoverScan scan;
    const QDir folder(directory_);
    const QStringList names =
        folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QString& name : names) {
        const QString path = folder.filePath(name);
        if (path == ownPath) {
            continue;
        }
        // A lock we can take belongs to no running session; a live session keeps its own.
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            continue;
        }
        lock.unlock();
        try {
            scan.recoverable.push_back(read(path));
        } catch (const ModelLoadError& error) {
            scan.problems.append(QString::fromStdString(error.error().toString()));
            remove(path);
        } catch (const std::exception& error) {
            scan.problems.append(QString::fromUtf8(error.what()));
            remove(path);
        }
    }
    return scan;
}

void RecoveryStore::remove(const QString& path) {
    QFile::remove(path);
    QFile::remove(lockPathOf(path));
}

} // namespace topograph
