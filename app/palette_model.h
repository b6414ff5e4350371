// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource.h"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The components a user can drag onto the canvas, grouped by category (each category's first
/// row carries its heading) and filtered by the search field. Only kinds that one drop can create
/// are listed: a peering connection or a VPN needs two ends and is made by connecting items
/// instead.
class PaletteModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // the stable kind name ("nat-gateway"), what a drop carries
        LabelRole,                   // "NAT gateway"
        CategoryRole,                // "Networks", "Gateways", "Compute and data"
        IconSourceRole,
        HintRole,           // where it goes: "inside a subnet"
        StartsCategoryRole, // true for the first visible entry of its category: draw a heading
    };
    Q_ENUM(Role)

    struct Entry {
        ResourceKind kind;
        QString category;
        QString hint;
    };

    explicit PaletteModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return filterText_; }
    /// Shows the entries whose label, kind name or category contains every word of `text`,
    /// ignoring case; an empty text shows everything.
    void setFilterText(const QString& text);
    int count() const { return static_cast<int>(visible_.size()); }

    /// Every entry, filtered or not, in palette order.
    static const std::vector<Entry>& entries();

signals:
    void filterTextChanged();
    void countChanged();

private:
    QString filterText_;
    std::vector<std::size_t> visible_; // indexes into entries()
};

} // namespace topograph
