// SPDX-License-Identifier: Apache-2.0
#include "app/find/item_finder_model.h"

#include "app/diagram_model.h"
#include "app/document_controller.h"
#include "app/find/word_match.h"
#include "core/model/references.h"

namespace topograph {

namespace {

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// "EC2 instance", as the palette writes it: the kind's label with a capital.
QString kindText(ResourceKind kind) {
    QString text = toQString(kindLabel(kind));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace

ItemFinderModel::ItemFinderModel(QObject* parent) : QAbstractListModel(parent) {}

int ItemFinderModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ItemFinderModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= count()) {
        return {};
    }
    const Entry& entry = entries_[visible_[static_cast<std::size_t>(index.row())]];
    switch (role) {
    case ItemIdRole:
        return entry.id;
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case KindRole:
        return entry.kind;
    case ContainerRole:
        return entry.container;
    case IconSourceRole:
        return entry.iconSource;
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemFinderModel::roleNames() const {
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {ContainerRole, "container"},
            {IconSourceRole, "iconSource"}};
}

void ItemFinderModel::setController(DocumentController* controller) {
    if (controller == controller_) {
        return;
    }
    controller_ = controller;
    emit controllerChanged();
    refresh();
}

void ItemFinderModel::setFilterText(const QString& text) {
    if (text == filterText_) {
        return;
    }
    filterText_ = text;
    applyFilter();
    emit filterTextChanged();
}

void ItemFinderModel::refresh() {
    std::vector<Entry> entries;
    if (controller_ != nullptr) {
        const Document& document = controller_->document();
        const DiagramModel& items = *controller_->items();
        entries.reserve(static_cast<std::size_t>(items.count()));
        for (int row = 0; row < items.count(); ++row) {
            const QModelIndex index = items.index(row);
            const QString id = items.data(index, DiagramModel::ItemIdRole).toString();
            const Resource* resource = document.find(id.toStdString());
            if (resource == nullptr) {
                continue;
            }
            Entry entry{id,
                        QString::fromStdString(resource->label()),
                        kindText(resource->kind()),
                        {},
                        items.data(index, DiagramModel::IconSourceRole).toString(),
                        {}};
            if (const auto container = containerOf(document, *resource)) {
                const Resource* holder = document.find(*container);
                entry.container = holder != nullptr ? QString::fromStdString(holder->label())
                                                    : QString::fromStdString(*container);
            }
            // Without repeats: "App subnet B" (id app-b) holds one "app", so "app a" misses it.
            entry.words = matchWords(entry.name + QLatin1Char(' ') + entry.kind + QLatin1Char(' ') +
                                     entry.id);
            entry.words.removeDuplicates();
            entries.push_back(std::move(entry));
        }
    }
    beginResetModel();
    entries_ = std::move(entries);
    visible_ = matching();
    endResetModel();
    emit countChanged();
}

QString ItemFinderModel::idAt(int row) const {
    return row >= 0 && row < count() ? entries_[visible_[static_cast<std::size_t>(row)]].id
                                     : QString();
}

std::vector<std::size_t> ItemFinderModel::matching() const {
    const QStringList typed = matchWords(filterText_);
    std::vector<std::size_t> visible;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (matchesEveryWord(typed, entries_[i].words)) {
            visible.push_back(i);
        }
    }
    return visible;
}

void ItemFinderModel::applyFilter() {
    std::vector<std::size_t> visible = matching();
    if (visible == visible_) {
        return;
    }
    beginResetModel();
    visible_ = std::move(visible);
    endResetModel();
    emit countChanged();
}

} // namespace topograph
