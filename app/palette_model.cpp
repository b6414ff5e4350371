// SPDX-License-Identifier: Apache-2.0
#include "app/palette_model.h"

#include "app/kind_icons.h"

namespace topograph {

namespace {

QString labelOf(ResourceKind kind) {
    const std::string_view label = kindLabel(kind);
    QString text = QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString nameOf(ResourceKind kind) {
    const std::string_view name = kindName(kind);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

const std::vector<PaletteModel::Entry>& PaletteModel::entries() {
    static const std::vector<Entry> all = [] {
        const QString networks = QObject::tr("Networks");
        const QString gateways = QObject::tr("Gateways and endpoints");
        const QString compute = QObject::tr("Compute and data");
        const QString rules = QObject::tr("Routing and firewalls");
        return std::vector<Entry>{
            {ResourceKind::Region, networks, QObject::tr("on the canvas")},
            {ResourceKind::Vpc, networks, QObject::tr("inside a region")},
            {ResourceKind::AvailabilityZone, networks, QObject::tr("inside a VPC")},
            {ResourceKind::Subnet, networks, QObject::tr("inside an availability zone")},
            {ResourceKind::InternetGateway, gateways, QObject::tr("inside a VPC")},
            {ResourceKind::EgressOnlyInternetGateway, gateways, QObject::tr("inside a VPC")},
            {ResourceKind::NatGateway, gateways, QObject::tr("inside a public subnet")},
            {ResourceKind::TransitGateway, gateways, QObject::tr("inside a region")},
            {ResourceKind::VpnGateway, gateways, QObject::tr("inside a VPC")},
            {ResourceKind::CustomerGateway, gateways, QObject::tr("inside a region")},
            {ResourceKind::GatewayEndpoint, gateways, QObject::tr("inside a VPC")},
            {ResourceKind::InterfaceEndpoint, gateways, QObject::tr("inside a subnet")},
            {ResourceKind::Instance, compute, QObject::tr("inside a subnet")},
            {ResourceKind::LoadBalancer, compute, QObject::tr("inside a subnet")},
            {ResourceKind::RdsInstance, compute, QObject::tr("inside a subnet")},
            {ResourceKind::LambdaFunction, compute, QObject::tr("inside a subnet")},
            {ResourceKind::EcsService, compute, QObject::tr("inside a subnet")},
            {ResourceKind::RouteTable, rules, QObject::tr("onto a subnet")},
            {ResourceKind::NetworkAcl, rules, QObject::tr("onto a subnet")},
            {ResourceKind::SecurityGroup, rules, QObject::tr("onto a workload")},
        };
    }();
    return all;
}

PaletteModel::PaletteModel(QObject* parent) : QAbstractListModel(parent) {
    for (std::size_t i = 0; i < entries().size(); ++i) {
        visible_.push_back(i);
    }
}

int PaletteModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PaletteModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= count()) {
        return {};
    }
    const Entry& entry = entries()[visible_[static_cast<std::size_t>(index.row())]];
    switch (role) {
    case KindRole:
        return nameOf(entry.kind);
    case Qt::DisplayRole:
    case LabelRole:
        return labelOf(entry.kind);
    case CategoryRole:
        return entry.category;
    case IconSourceRole:
        return iconSourceFor(entry.kind, false);
    case HintRole:
        return entry.hint;
    case StartsCategoryRole:
        return index.row() == 0 ||
               entries()[visible_[static_cast<std::size_t>(index.row() - 1)]].category !=
                   entry.category;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const {
    return {{KindRole, "kind"},         {LabelRole, "label"},
            {CategoryRole, "category"}, {IconSourceRole, "iconSource"},
            {HintRole, "hint"},         {StartsCategoryRole, "startsCategory"}};
}

void PaletteModel::setFilterText(const QString& text) {
    if (text == filterText_) {
        return;
    }
    filterText_ = text;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::size_t> visible;
    for (std::size_t i = 0; i < entries().size(); ++i) {
        const Entry& entry = entries()[i];
        const QString haystack = labelOf(entry.kind) + QLatin1Char(' ') + nameOf(entry.kind) +
                                 QLatin1Char(' ') + entry.category;
        bool matches = true;
        for (const QString& word : words) {
            matches = matches && haystack.contains(word, Qt::CaseInsensitive);
        }
        if (matches) {
            visible.push_back(i);
        }
    }
    if (visible != visible_) {
        beginResetModel();
        visible_ = std::move(visible);
        endResetModel();
        emit countChanged();
    }
    emit filterTextChanged();
}

} // namespace topograph
