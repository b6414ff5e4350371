// SPDX-License-Identifier: Apache-2.0
#include "app/diagram_model.h"

#include "app/kind_icons.h"
#include "core/layout/drawing_tree.h"
#include "core/layout/labels.h"
#include "core/layout/subnet_exposure.h"

#include <optional>
#include <utility>

namespace topograph {

namespace {

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QRectF toRect(const Geometry& geometry) {
    return {geometry.x, geometry.y, geometry.width, geometry.height};
}

} // namespace

DiagramModel::DiagramModel(QObject* parent) : QAbstractListModel(parent) {}

int DiagramModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DiagramModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case ItemIdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case SubtitleRole:
        return row.subtitle;
    case XRole:
        return row.rect.x();
    case YRole:
        return row.rect.y();
    case WidthRole:
        return row.rect.width();
    case HeightRole:
        return row.rect.height();
    case DepthRole:
        return row.depth;
    case IsContainerRole:
        return row.isContainer;
    case IsPublicRole:
        return row.isPublic;
    case IconSourceRole:
        return row.iconSource;
    case BadgeRole:
        return badgeOfId_.value(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> DiagramModel::roleNames() const {
    return {{ItemIdRole, "itemId"},     {KindRole, "kind"},
            {NameRole, "name"},         {SubtitleRole, "subtitle"},
            {XRole, "itemX"},           {YRole, "itemY"},
            {WidthRole, "itemWidth"},   {HeightRole, "itemHeight"},
            {DepthRole, "depth"},       {IsContainerRole, "isContainer"},
            {IsPublicRole, "isPublic"}, {IconSourceRole, "iconSource"},
            {BadgeRole, "badge"}};
}

namespace {

// Visits the laid-out items of `tree` top-down with their depth, in the rows' order; stops when
// `visit` returns false, and then returns false itself.
template <typename Visit>
bool visitDrawn(const DrawingTree& tree, const GeometryMap& absolute, Visit visit) {
    std::vector<int> depth(tree.nodes.size(), 0);
    for (const std::size_t node : tree.topDown) {
        const auto& treeNode = tree.nodes[node];
        if (treeNode.parent != DrawingTree::none) {
            depth[node] = depth[treeNode.parent] + 1;
        }
        const auto found = absolute.find(treeNode.resource->id);
        if (found == absolute.end()) {
            continue; // not laid out: nothing to draw it with
        }
        if (!visit(treeNode, found->second, depth[node])) {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<DiagramModel::Row> DiagramModel::buildRows(const Document& document,
                                                       const GeometryMap& absolute) {
    const DrawingTree tree(document);
    const SubnetExposure exposure(document);
    std::vector<Row> rows;
    rows.reserve(tree.nodes.size());
    visitDrawn(tree, absolute, [&](const auto& treeNode, const Geometry& geometry, int depth) {
        const Resource& resource = *treeNode.resource;
        rows.push_back(Row{
            QString::fromStdString(resource.id), toQString(kindName(resource.kind())),
            QString::fromStdString(resource.label()), QString::fromStdString(subtitleOf(resource)),
            toRect(geometry), depth, isContainerKind(resource.kind()) || !treeNode.children.empty(),
            exposure.isPublic(resource.id),
            iconSourceFor(resource.kind(), exposure.isPublic(resource.id))});
        return true;
    });
    return rows;
}

void DiagramModel::reset(const Document& document, const GeometryMap& absolute) {
    const int previousCount = count();
    beginResetModel();
    rows_ = buildRows(document, absolute);
    rowOfId_.clear();
    rowOfId_.reserve(count());
    for (int row = 0; row < count(); ++row) {
        rowOfId_.insert(rows_[static_cast<std::size_t>(row)].id, row);
    }
    endResetModel();
    if (count() != previousCount) {
        emit countChanged();
    }
    updateBounds();
}

void DiagramModel::apply(const Document& document, const GeometryMap& absolute,
                         const ChangeSet& changes) {
    if (changes.empty()) {
        return;
    }
    if (!changes.added.empty() || !changes.removed.empty()) {
        reset(document, absolute);
        return;
    }
    // A move changes the moved item and everything inside it; compare every row's geometry, and
    // the other roles unless only geometry changed (a route table can make other subnets
    // public). Rows are compared with the document as it is now, field by field, and a string
    // is built only for a field that changed: one edit of a 2,000-item model builds a few, not
    // thousands.
    const DrawingTree tree(document);
    std::optional<SubnetExposure> exposure;
    if (!changes.geometryOnly) {
        exposure.emplace(document);
    }
    std::size_t drawn = 0;
    const bool matched =
        visitDrawn(tree, absolute, [&](const auto& treeNode, const Geometry& geometry, int depth) {
            const Resource& resource = *treeNode.resource;
            // The row order follows the tree's, so the next row is almost always this item's.
            const QUtf8StringView id(resource.id.data(),
                                     static_cast<qsizetype>(resource.id.size()));
            int row = drawn < rows_.size() && QAnyStringView::equal(rows_[drawn].id, id)
                          ? static_cast<int>(drawn)
                          : rowOf(QString::fromStdString(resource.id));
            ++drawn;
            if (row < 0) {
                return false;
            }
            Row& current = rows_[static_cast<std::size_t>(row)];
            QList<int> roles;
            const QRectF rect = toRect(geometry);
            if (current.rect != rect) {
                current.rect = rect;
                roles = {XRole, YRole, WidthRole, HeightRole};
            }
            if (exposure) {
                const auto updateText = [&](QString& field, std::string_view value, int role) {
                    if (!QAnyStringView::equal(
                            field,
                            QUtf8StringView(value.data(), static_cast<qsizetype>(value.size())))) {
                        field = toQString(value);
                        roles.push_back(role);
                    }
                };
                const auto update = [&roles](auto& field, const auto& value, int role) {
                    if (field != value) {
                        field = value;
                        roles.push_back(role);
                    }
                };
                updateText(current.kind, kindName(resource.kind()), KindRole);
                updateText(current.name, resource.label(), NameRole);
                updateText(current.subtitle, subtitleOf(resource), SubtitleRole);
                update(current.depth, depth, DepthRole);
                update(current.isContainer,
                       isContainerKind(resource.kind()) || !treeNode.children.empty(),
                       IsContainerRole);
                const bool isPublic = exposure->isPublic(resource.id);
                update(current.isPublic, isPublic, IsPublicRole);
                if (roles.contains(KindRole) || roles.contains(IsPublicRole)) {
                    // The icon follows the kind and, for a subnet, whether it is public.
                    update(current.iconSource, iconSourceFor(resource.kind(), isPublic),
                           IconSourceRole);
                }
            }
            if (!roles.isEmpty()) {
                emit dataChanged(index(row), index(row), roles);
            }
            return true;
        });
    if (!matched || drawn != rows_.size()) {
        reset(document, absolute);
        return;
    }
    updateBounds();
}

QStringList DiagramModel::drawnOf(const QStringList& ids) const {
    QStringList drawn;
    for (const QString& id : ids) {
        if (rowOfId_.contains(id) && !drawn.contains(id)) {
            drawn.append(id);
        }
    }
    return drawn;
}

QRectF DiagramModel::boundsOf(const QStringList& ids) const {
    QRectF bounds;
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            bounds = bounds.united(rows_[static_cast<std::size_t>(row)].rect);
        }
    }
    return bounds;
}

QRectF DiagramModel::rectOf(const QString& id) const {
    const int row = rowOf(id);
    return row < 0 ? QRectF() : rows_[static_cast<std::size_t>(row)].rect;
}

QString DiagramModel::itemAt(double x, double y) const {
    const QPointF point(x, y);
    const Row* best = nullptr;
    for (const Row& row : rows_) {
        if (!row.rect.contains(point)) {
            continue;
        }
        const bool better = best == nullptr || (best->isContainer && !row.isContainer) ||
                            (best->isContainer == row.isContainer && row.depth > best->depth);
        if (better) {
            best = &row;
        }
    }
    return best != nullptr ? best->id : QString();
}

QStringList DiagramModel::itemsInside(const QRectF& rect) const {
    QStringList ids;
    for (const Row& row : rows_) {
        if (rect.contains(row.rect)) {
            ids.append(row.id);
        }
    }
    return ids;
}

void DiagramModel::setFindings(const std::vector<Finding>& findings) {
    QHash<QString, QString> badges;
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::Info) {
            continue;
        }
        const QString badge = toQString(severityName(finding.severity));
        for (const ResourceId& id : finding.resources) {
            QString& current = badges[QString::fromStdString(id)];
            if (current != QLatin1String("error")) {
                current = badge;
            }
        }
    }
    if (badges == badgeOfId_) {
        return;
    }
    const QHash<QString, QString> previous = std::exchange(badgeOfId_, std::move(badges));
    for (int row = 0; row < count(); ++row) {
        const QString& id = rows_[static_cast<std::size_t>(row)].id;
        if (previous.value(id) != badgeOfId_.value(id)) {
            emit dataChanged(index(row), index(row), {BadgeRole});
        }
    }
}

void DiagramModel::updateBounds() {
    QRectF united;
    for (const Row& row : rows_) {
        if (row.depth == 0) {
            united = united.isNull() ? row.rect : united.united(row.rect);
        }
    }
    if (united != bounds_) {
        bounds_ = united;
        emit boundsChanged();
    }
}

} // namespace topograph
