// SPDX-License-Identifier: Apache-2.0
#include "app/canvas/view_window_filter.h"

#include "app/diagram_model.h"

#include <algorithm>
#include <cmath>

namespace topograph {

namespace {

QRectF rectOf(const QAbstractItemModel& model, int row) {
    const QModelIndex index = model.index(row, 0);
    return {index.data(DiagramModel::XRole).toReal(), index.data(DiagramModel::YRole).toReal(),
            index.data(DiagramModel::WidthRole).toReal(),
            index.data(DiagramModel::HeightRole).toReal()};
}

/// How far the rectangle is from the point (0 when it holds it).
qreal distance(const QRectF& rect, const QPointF& point) {
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

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
        // Shown again: the items of the current view only, however the window moved meanwhile,
        // the first batch of them now.
        placeCovered();
        deferRows(batchSize_);
    } else {
        admitAll();
    }
    invalidateFilter();
    emit activeChanged();
}

void ViewWindowFilter::setBatchSize(int size) {
    if (batchSize_ == size) {
        return;
    }
    batchSize_ = size;
    emit batchSizeChanged();
}

void ViewWindowFilter::setSourceModel(QAbstractItemModel* source) {
    if (sourceModel() != nullptr) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    // Waiting rows are source row numbers: a new source, or rows added, removed or moved,
    // admits them all (before the proxy maps the change, so that it maps them as rows).
    admitAll();
    QSortFilterProxyModel::setSourceModel(source);
    if (source == nullptr) {
        return;
    }
    // The dynamic filter re-runs only for changes of filterRole, a single role: a move
    // changes x and y.
    connect(source, &QAbstractItemModel::dataChanged, this, &ViewWindowFilter::sourceDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { admitAll(); });
    const auto admitBeforeChange = [this] {
        if (pending()) {
            admitAll();
            refilterAfterChange_ = true;
        }
    };
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, admitBeforeChange);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, admitBeforeChange);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, admitBeforeChange);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, admitBeforeChange);
    // The proxy mapped the change with the rows held back as they were: map them now.
    const auto refilter = [this] {
        if (refilterAfterChange_) {
            refilterAfterChange_ = false;
            invalidateFilter();
        }
    };
    connect(source, &QAbstractItemModel::rowsInserted, this, refilter);
    connect(source, &QAbstractItemModel::rowsRemoved, this, refilter);
    connect(source, &QAbstractItemModel::rowsMoved, this, refilter);
    connect(source, &QAbstractItemModel::layoutChanged, this, refilter);
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

void ViewWindowFilter::placeCovered() {
    const QRectF next = window_.adjusted(-growth * window_.width(), -growth * window_.height(),
                                         growth * window_.width(), growth * window_.height());
    if (next != covered_) {
        covered_ = next;
        emit coveredChanged();
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
    placeCovered();
    if (pending()) {
        // Still creating the delegates of becoming active (the zoom went on meanwhile): the
        // rows of the new place wait their turn too.
        deferRows(0);
    }
    // Panning: the rows entering are at the margin, out of view; they come at once.
    invalidateFilter();
}

void ViewWindowFilter::deferRows(int admitNow) {
    const QAbstractItemModel* source = sourceModel();
    if (batchSize_ <= 0 || source == nullptr) {
        admitAll();
        return;
    }
    struct Candidate {
        int row;
        qreal distance;
    };
    std::vector<Candidate> candidates;
    const QPointF centre = window_.center();
    for (int row = 0; row < source->rowCount(); ++row) {
        const bool isRow = mapFromSource(source->index(row, 0)).isValid();
        if (!isRow && overlapsCovered(row)) {
            candidates.push_back({row, distance(rectOf(*source, row), centre)});
        }
    }
    std::vector<int> rows;
    if (static_cast<int>(candidates.size()) > admitNow) {
        // Farthest first: the next to admit is taken from the back.
        std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.distance > b.distance; });
        for (auto candidate = candidates.begin(); candidate != candidates.end() - admitNow;
             ++candidate) {
            rows.push_back(candidate->row);
        }
    }
    hold(std::move(rows));
}

void ViewWindowFilter::hold(std::vector<int> rows) {
    const bool wasPending = pending();
    waiting_ = std::move(rows);
    deferred_.clear();
    if (!waiting_.empty()) {
        deferred_.assign(static_cast<std::size_t>(sourceModel()->rowCount()), false);
        for (const int row : waiting_) {
            deferred_[static_cast<std::size_t>(row)] = true;
        }
    }
    if (pending() != wasPending) {
        emit pendingChanged();
    }
}

void ViewWindowFilter::admitAll() {
    hold({});
}

void ViewWindowFilter::admitNext() {
    if (waiting_.empty()) {
        return;
    }
    const std::size_t admitted =
        batchSize_ > 0 ? std::min(waiting_.size(), static_cast<std::size_t>(batchSize_))
                       : waiting_.size();
    hold(std::vector<int>(waiting_.begin(), waiting_.end() - static_cast<long>(admitted)));
    invalidateRowsFilter();
}

bool ViewWindowFilter::overlapsCovered(int sourceRow) const {
    const QRectF rect = rectOf(*sourceModel(), sourceRow);
    return rect.x() < covered_.right() && rect.right() > covered_.left() &&
           rect.y() < covered_.bottom() && rect.bottom() > covered_.top();
}

bool ViewWindowFilter::filterAcceptsRow(int sourceRow, const QModelIndex& /*sourceParent*/) const {
    if (!active_) {
        return false;
    }
    if (static_cast<std::size_t>(sourceRow) < deferred_.size() &&
        deferred_[static_cast<std::size_t>(sourceRow)]) {
        return false;
    }
    return overlapsCovered(sourceRow);
}

} // namespace topograph
