// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/route_table_model.h"

#include "app/inspector/cidr_problem.h"
#include "core/model/references.h"
#include "exporters/model_yaml/enum_words.h"

#include <algorithm>

namespace topograph {

namespace {

using model_yaml::routeTargetWords;

QString wordOf(RouteTargetKind kind) {
    for (const auto& entry : routeTargetWords) {
        if (entry.value == kind) {
            return QString::fromUtf8(entry.word.data(), qsizetype(entry.word.size()));
        }
    }
    return {};
}

std::optional<RouteTargetKind> kindOfWord(const QString& word) {
    const std::string text = word.trimmed().toLower().toStdString();
    for (const auto& entry : routeTargetWords) {
        if (entry.word == text) {
            return entry.value;
        }
    }
    return std::nullopt;
}

bool takesTarget(RouteTargetKind kind) {
    return kind != RouteTargetKind::Local && kind != RouteTargetKind::Blackhole;
}

// A placeholder block from the documentation range (RFC 5737): no real traffic goes there.
constexpr const char* newRouteDestination = "192.0.2.0/24";

} // namespace

RouteTableModel::RouteTableModel(QObject* parent) : ResourceRulesModel(parent) {}

QStringList RouteTableModel::targetKinds() {
    QStringList words;
    for (const auto& entry : routeTargetWords) {
        words.append(wordOf(entry.value));
    }
    return words;
}

QStringList RouteTableModel::targetsOfKind(const QString& targetKind) const {
    QStringList ids;
    const auto kind = kindOfWord(targetKind);
    if (!kind || controller() == nullptr) {
        return ids;
    }
    const std::vector<ResourceKind> allowed = routeTargetKinds(*kind);
    for (const Resource& candidate : controller()->document().resources()) {
        if (std::ranges::find(allowed, candidate.kind()) != allowed.end()) {
            ids.append(QString::fromStdString(candidate.id));
        }
    }
    return ids;
}

bool RouteTableModel::readRows(const Resource* resource) {
    const RouteTable* table = resource != nullptr ? resource->as<RouteTable>() : nullptr;
    routes_ = table != nullptr ? table->routes : std::vector<Route>{};
    return table != nullptr;
}

QVariant RouteTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Route& route = routes_[std::size_t(index.row())];
    switch (role) {
    case DestinationRole:
        return QString::fromStdString(route.destination);
    case TargetKindRole:
        return wordOf(route.targetKind);
    case TargetRole:
        return QString::fromStdString(route.target);
    case NeedsTargetRole:
        return takesTarget(route.targetKind);
    default:
        return {};
    }
}

QHash<int, QByteArray> RouteTableModel::roleNames() const {
    return {{DestinationRole, "destination"},
            {TargetKindRole, "targetKind"},
            {TargetRole, "target"},
            {NeedsTargetRole, "needsTarget"}};
}

QString RouteTableModel::editField(Resource& copy, int row, const QString& field,
                                   const QVariant& value) {
    auto& routes = copy.as<RouteTable>()->routes;
    Route& route = routes[std::size_t(row)];
    const QString text = value.toString().trimmed();
    if (field == QLatin1String("destination")) {
        const std::string destination = text.toStdString();
        if (!text.startsWith(QLatin1String("pl-"))) {
            const std::string problem = cidrProblem(destination, CidrUse::RuleBlock);
            if (!problem.empty()) {
                return QString::fromStdString(problem);
            }
        }
        for (std::size_t i = 0; i < routes.size(); ++i) {
            if (i != std::size_t(row) && routes[i].destination == destination) {
                return tr("This table already has a route to %1: AWS allows one route per "
                          "destination.")
                    .arg(text);
            }
        }
        route.destination = destination;
    } else if (field == QLatin1String("targetKind")) {
        const auto kind = kindOfWord(text);
        if (!kind) {
            return tr("\"%1\" is not a route target: choose one of %2.")
                .arg(text, targetKinds().join(QStringLiteral(", ")));
        }
        if (*kind != route.targetKind) {
            route.targetKind = *kind;
            // The old target is of another kind; keep it only when it still fits.
            const QStringList fitting = targetsOfKind(text);
            if (!takesTarget(*kind)) {
                route.target.clear();
            } else if (!fitting.contains(QString::fromStdString(route.target))) {
                route.target = fitting.isEmpty() ? std::string() : fitting.front().toStdString();
            }
        }
    } else if (field == QLatin1String("target")) {
        if (!takesTarget(route.targetKind)) {
            return tr("A %1 route has no target.").arg(wordOf(route.targetKind));
        }
        const std::string id = text.toStdString();
        if (!targetsOfKind(wordOf(route.targetKind)).contains(text) && !isOutsideReference(id)) {
            return tr("Nothing of kind %1 has the id \"%2\" in this model.")
                .arg(wordOf(route.targetKind), text);
        }
        route.target = id;
    } else {
        return tr("A route has no field \"%1\".").arg(field);
    }
    return {};
}

QString RouteTableModel::addRow(Resource& copy) {
    auto& routes = copy.as<RouteTable>()->routes;
    for (const Route& route : routes) {
        if (route.destination == newRouteDestination) {
            return tr("Edit the route to %1 first: it is the new route.")
                .arg(QLatin1String(newRouteDestination));
        }
    }
    routes.push_back({newRouteDestination, RouteTargetKind::Blackhole, {}});
    return {};
}

QString RouteTableModel::removeRow(Resource& copy, int row) {
    auto& routes = copy.as<RouteTable>()->routes;
    routes.erase(routes.begin() + row);
    return {};
}

QString RouteTableModel::editText(int row) const {
    return tr("Edit route to %1 in %2")
        .arg(QString::fromStdString(routes_[std::size_t(row)].destination), title());
}

QString RouteTableModel::addText() const {
    return tr("Add a route to %1").arg(title());
}

QString RouteTableModel::removeText(int row) const {
    return tr("Remove route to %1 from %2")
        .arg(QString::fromStdString(routes_[std::size_t(row)].destination), title());
}

} // namespace topograph
