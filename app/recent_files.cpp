// SPDX-License-Identifier: Apache-2.0
#include "app/recent_files.h"

#include <QSettings>

namespace topograph {

namespace {

const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    paths_ = QSettings().value(settingsKey).toStringList().mid(0, maximumCount);
}

void RecentFiles::add(const QString& path) {
    QStringList paths = paths_;
    paths.removeAll(path);
    paths.prepend(path);
    store(paths.mid(0, maximumCount));
}

void RecentFiles::remove(const QString& path) {
    QStringList paths = paths_;
    if (paths.removeAll(path) > 0) {
        store(paths);
    }
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(QStringList paths) {
    if (paths == paths_) {
        return;
    }
    paths_ = std::move(paths);
    QSettings().setValue(settingsKey, paths_);
    emit pathsChanged();
}

} // namespace topograph
