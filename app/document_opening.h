// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/engine/engine.h"
#include "core/model/document.h"

#include <functional>
#include <memory>
#include <optional>
#include <QString>
#include <QStringList>
#include <QUrl>

// Opening a file without the GUI: reading, parsing (or importing), laying out and building the
// incremental engine. These are the slow steps of File > Open (about a second for a model of
// 2,000 drawn items) and touch no QObject, so the DocumentController runs them on a worker
// thread and only swaps the result in on the GUI thread.

namespace topograph {

/// A document ready to be shown: laid out, with the incremental engine (indexes and the full
/// validation) built over a copy of it.
struct PreparedDocument {
    Document document;
    std::unique_ptr<engine::Engine> engine;
};

/// Lays out what has no geometry and builds the engine. Any thread.
PreparedDocument prepareDocument(Document document);

/// What reading a file for File > Open gave: a prepared document, or the message to show.
struct OpenedFile {
    std::optional<PreparedDocument> prepared;
    QString filePath;        // the document's file; "" for an import (untitled until saved)
    QString importedFrom;    // the template an import came from; "" for a model
    QStringList importNotes; // what the importer noted, one line each
    QString recentPath;      // the local file to list under Open Recent; "" for qrc:
    QString error;           // without `prepared`: file, line and what to do
    QString forgetPath;      // a local file that could not be read: it leaves Open Recent
    bool canceled = false;   // `canceled` said stop: nothing else is set
};

/// Reads the model or CloudFormation template (told apart by content) that `url` names, a local
/// file or an embedded resource (qrc:), and prepares it. Never throws; touches no QObject, so
/// any thread may call it. `canceled`, when given, is asked between the steps.
OpenedFile openDocumentFile(const QUrl& url, const std::function<bool()>& canceled = {});

/// The local file `url` names, or "".
QString localPathOf(const QUrl& url);

/// The name to show while `url` opens: its file name.
QString shownNameOf(const QUrl& url);

} // namespace topograph
