// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/view_window_filter.h"

#include "app/diagram_model.h"

#include <algorithm>

namespace topograph {

ViewWindowFilter::ViewWindowFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void ViewWindowFilter::setWindow(const QRectF& window) {
    if (window_ == window) {
        return;
    }
    window_ = window;
    // Inactive, no row shows whatever the window: `covered` follows once active again.
    if (active_) {
        cover(false);
    }
    emit windowChanged();
}

void ViewWindowFilter::setActive(bool active) {
    if (active_ == active) {
        return;
    }
    active_ = active;
    if (active) {
        // Shown again: the items of the current view only, however the window moved meanwhile.
        cover(true);
    } else {
        invalidateFilter();
    }
    emit activeChanged();
}

void ViewWindowFilter::setSourceModel(QAbstractItemModel* source) {
    if (sourceModel() != nullptr) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (source != nullptr) {
        // The dynamic filter re-runs only for changes of filterRole, a single role: a move
        // changes x and y.
        connect(source, &QAbstractItemModel::dataChanged, this,
                &ViewWindowFilter::sourceDataChanged);
    }
}

void ViewWindowFilter::sourceDataChanged(const QModelIndex& /*topLeft*/,
                                         const QModelIndex& /*bottomRight*/,
                                         const QList<int>& roles) {
    static const QList<int> geometry{DiagramModel::XRole, DiagramModel::YRole,
                                     DiagramModel::WidthRole, DiagramModel::HeightRole};
    const bool moved = roles.isEmpty() || std::any_of(roles.begin(), roles.end(), [](int role) {
                           return geometry.contains(role);
                       });
    if (moved && active_) {
        invalidateFilter();
    }
}

void ViewWindowFilter::cover(bool force) {
    const auto area = [](const QRectF& rect) {
        return rect.width() * rect.height();
    };
    const bool fits =
        covered_.contains(window_) && area(covered_) <= maximumSlack * std::max(area(window_), 1.0);
    if (!force && fits) {
        return;
    }
    const QRectF next = window_.adjusted(-growth * window_.width(), -growth * window_.height(),
                                         growth * window_.width(), growth * window_.height());
    if (next != covered_) {
        covered_ = next;
        emit coveredChanged();
    }
    invalidateFilter();
}

bool ViewWindowFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!active_) {
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const qreal x = index.data(DiagramModel::XRole).toReal();
    const qreal y = index.data(DiagramModel::YRole).toReal();
    const qreal width = index.data(DiagramModel::WidthRole).toReal();
    const qreal height = index.data(DiagramModel::HeightRole).toReal();
    return x < covered_.right() && x + width > covered_.left() && y < covered_.bottom() &&
           y + height > covered_.top();
}

} // namespace topograph
