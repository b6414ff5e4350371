// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The files opened or saved last, newest first, kept in QSettings so that File > Open Recent
/// lists them in the next session. Paths only: a file that has gone since is dropped when
/// opening it fails, not by checking the disk at every start.
class RecentFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RecentFiles belongs to the DocumentController")
    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)

public:
    static constexpr int maximumCount = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList paths() const { return paths_; }

    /// Puts `path` first (moving it if listed) and saves the list.
    void add(const QString& path);
    void remove(const QString& path);
    Q_INVOKABLE void clear();

signals:
    void pathsChanged();

private:
    void store(QStringList paths);

    QStringList paths_;
};

} // namespace topograph
