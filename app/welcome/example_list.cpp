// SPDX-License-Identifier: Apache-2.0
#include "app/welcome/example_list.h"

#include "exporters/model_yaml/model_file.h"

#include <exception>
#include <QDir>
#include <QFile>

namespace topograph {

ExampleList::ExampleList(QObject* parent) : QAbstractListModel(parent) {
    const QDir folder(QStringLiteral(":/examples"));
    for (const QString& name :
         folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Example example;
        example.fileName = name;
        example.url = QUrl(QStringLiteral("qrc:/examples/") + name);
        try {
            const Document document =
                readModel(file.readAll().toStdString(), example.url.toString().toStdString());
            example.title = QString::fromStdString(document.title);
            example.description = QString::fromStdString(document.description);
        } catch (const std::exception&) {
            // A broken example still opens, and shows its error there; list it by file name.
        }
        if (example.title.isEmpty()) {
            example.title = name;
        }
        examples_.push_back(std::move(example));
    }
}

QUrl ExampleList::urlAt(int row) const {
    return row >= 0 && row < count() ? examples_[static_cast<std::size_t>(row)].url : QUrl();
}

int ExampleList::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ExampleList::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) {
        return {};
    }
    const Example& example = examples_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case TitleRole:
        return example.title;
    case DescriptionRole:
        return example.description;
    case UrlRole:
        return example.url.toString(); // a string, which QML passes on as it is
    case FileNameRole:
        return example.fileName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ExampleList::roleNames() const {
    return {{TitleRole, "title"},
            {DescriptionRole, "description"},
            {UrlRole, "url"},
            {FileNameRole, "fileName"}};
}

} // namespace topograph
