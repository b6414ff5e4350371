// SPDX-License-Identifier: Apache-2.0
#include "app/diagram_layer.h"

#include "app/diagram_model.h"

namespace topograph {

DiagramLayer::DiagramLayer(Content content, QObject* parent)
    : QSortFilterProxyModel(parent), content_(content) {
    // Re-filter when a row's isContainer changes, not only on resets.
    setDynamicSortFilter(true);
    setFilterRole(DiagramModel::IsContainerRole);
}

bool DiagramLayer::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const bool isContainer = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(DiagramModel::IsContainerRole)
                                 .toBool();
    return isContainer == (content_ == Content::Containers);
}

} // namespace topograph
