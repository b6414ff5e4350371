// SPDX-License-Identifier: Apache-2.0
#include "app/document_opening.h"

#include "core/check/finding.h"
#include "core/layout/layout.h"
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace topograph {

namespace {

// The messages keep the DocumentController's translation context, where they were written.
QString tr(const char* text) {
    return QCoreApplication::translate("topograph::DocumentController", text);
}

QStringList noteLines(const std::vector<ImportNote>& notes) {
    QStringList lines;
    for (const ImportNote& note : notes) {
        lines.append(QStringLiteral("%1 %2: %3")
                         .arg(note.severity == Severity::Warning ? QStringLiteral("\u26A0")
                                                                 : QStringLiteral("\u2139"),
                              QString::fromStdString(note.code),
                              QString::fromStdString(note.message)));
    }
    return lines;
}

OpenedFile failure(QString message) {
    OpenedFile result;
    result.error = std::move(message);
    return result;
}

OpenedFile canceledOpening() {
    OpenedFile result;
    result.canceled = true;
    return result;
}

} // namespace

PreparedDocument prepareDocument(Document document) {
    layOut(document);
    PreparedDocument prepared;
    // The engine keeps its own copy (its indexes point into it); the controller edits both.
    prepared.engine = std::make_unique<engine::Engine>(document);
    prepared.document = std::move(document);
    return prepared;
}

OpenedFile openDocumentFile(const QUrl& url, const std::function<bool()>& canceled) {
    const auto stop = [&canceled] {
        return canceled && canceled();
    };
    // Resources are read through QFile (the readers know nothing of qrc:); local files through
    // readWholeFile, whose message names the file. The content, never the name, tells a
    // CloudFormation template from a model.
    const bool embedded = url.scheme() == QLatin1String("qrc");
    const QString path = embedded ? QLatin1Char(':') + url.path() : localPathOf(url);
    if (path.isEmpty()) {
        return failure(tr("%1: cannot open this address; choose a local file").arg(url.toString()));
    }
    const QString shownPath = embedded ? url.toString() : path;
    std::string text;
    if (embedded) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(
                tr("%1: the embedded file is missing from this build").arg(url.toString()));
        }
        text = file.readAll().toStdString();
    } else {
        try {
            text = readWholeFile(path.toStdString());
        } catch (const std::exception& error) {
            OpenedFile result = failure(QString::fromUtf8(error.what()));
            result.forgetPath = path;
            return result;
        }
    }
    if (stop()) {
        return canceledOpening();
    }
    try {
        OpenedFile result;
        Document document;
        if (looksLikeCloudFormation(text)) {
            ImportResult imported = importTemplate(text, shownPath.toStdString());
            result.importNotes = noteLines(imported.notes);
            result.importedFrom = shownPath;
            document = std::move(imported.document);
        } else {
            document = readModel(text, shownPath.toStdString());
            result.filePath = shownPath;
        }
        text = std::string(); // the file's text is no longer needed while the engine builds
        if (stop()) {
            return canceledOpening();
        }
        result.prepared = prepareDocument(std::move(document));
        if (!embedded) {
            result.recentPath = path;
        }
        return result;
    } catch (const ModelLoadError& error) {
        return failure(QString::fromStdString(error.error().toString()));
    } catch (const std::exception& error) {
        return failure(QStringLiteral("%1: %2").arg(shownPath, QString::fromUtf8(error.what())));
    }
}

QString localPathOf(const QUrl& url) {
    // Qt 6.4's own (non-native) file dialog returns a name typed into its field as a URL
    // without the file: scheme ("/home/me/stack.yaml"): a local path too.
    if (url.isLocalFile()) {
        return url.toLocalFile();
    }
    if (url.scheme().isEmpty() && QDir::isAbsolutePath(url.path())) {
        return url.path();
    }
    return {};
}

QString shownNameOf(const QUrl& url) {
    const QString name = QFileInfo(url.path()).fileName();
    return name.isEmpty() ? url.toString() : name;
}

} // namespace topograph
