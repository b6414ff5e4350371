// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The containers or the nodes of a DiagramModel, so that the canvas can give each its own
/// delegate with plain Repeaters (Qt 6.4 has no DelegateChooser outside Qt.labs, and its Loader
/// cannot instantiate bound components inside a delegate). Keeps the source's order, so
/// containers still come before what they contain.
class DiagramLayer : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DiagramLayer belongs to the DocumentController")

public:
    enum class Content { Containers, Nodes };

    explicit DiagramLayer(Content content, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Content content_;
};

} // namespace topograph
