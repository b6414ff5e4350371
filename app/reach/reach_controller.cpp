// SPDX-License-Identifier: Apache-2.0
#include "app/reach/reach_controller.h"

#include "app/document_controller.h"
#include "app/reach/hop_anchors.h"
#include "core/check/path_fix.h"
#include "core/cidr/ip_address.h"
#include "core/reach/reach.h"

namespace topograph {

namespace {

const QString choiceSeparator = QStringLiteral(" — ");

bool isNamedEndpoint(const std::string& text) {
    AddressError ignored = AddressError::None;
    return text == "internet" || text == "s3" || text == "dynamodb" ||
           IpAddress::tryParse(text, ignored).has_value();
}

// How an endpoint reads in a sentence: the workload's name, "the internet", "Amazon S3".
QString endpointLabel(const Document& document, const std::string& endpoint) {
    if (endpoint == "internet") {
        return ReachController::tr("the internet");
    }
    if (endpoint == "s3") {
        return ReachController::tr("Amazon S3");
    }
    if (endpoint == "dynamodb") {
        return ReachController::tr("Amazon DynamoDB");
    }
    const Resource* resource = document.find(endpoint);
    return QString::fromStdString(resource != nullptr ? resource->label() : endpoint);
}

// How a component reads in a sentence. AWS's implicit defaults are not in the file; the index
// names them ("the default network ACL of VPC 1") instead of by their made-up ids.
QString componentLabel(const Document& document, const reach::NetworkIndex& index,
                       const std::string& id) {
    if (const Resource* resource = document.find(id)) {
        return QString::fromStdString(resource->label());
    }
    const auto labelIn = [&id](const auto& views) -> const std::string* {
        for (const auto& view : views) {
            if (view.id == id) {
                return &view.label;
            }
        }
        return nullptr;
    };
    for (const std::string* label :
         {labelIn(index.nacls), labelIn(index.securityGroups), labelIn(index.tgwRouteTables)}) {
        if (label != nullptr) {
            return QString::fromStdString(*label);
        }
    }
    return QString::fromStdString(id);
}

// A label at the start of a row: "The default network ACL of VPC 1".
QString capitalized(QString text) {
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString protocolAndPort(const reach::ReachQuery& query) {
    const QString protocol = QString::fromStdString(toString(query.protocol));
    const bool hasPorts =
        query.protocol.number == IpProtocol::Tcp || query.protocol.number == IpProtocol::Udp;
    return hasPorts ? QStringLiteral("%1/%2").arg(protocol).arg(query.port) : protocol;
}

} // namespace

ReachController::ReachController(QObject* parent) : QObject(parent) {}

void ReachController::setController(DocumentController* controller) {
    if (controller_ == controller) {
        return;
    }
    if (controller_) {
        disconnect(controller_, nullptr, this, nullptr);
    }
    controller_ = controller;
    if (controller_) {
        connect(controller_, &DocumentController::documentChanged, this,
                &ReachController::documentChanged);
    }
    path_.setItems(controller_ ? controller_->items() : nullptr);
    clear();
    emit controllerChanged();
}

void ReachController::setSource(const QString& source) {
    if (source_ != source) {
        source_ = source;
        emit queryChanged();
    }
}

void ReachController::setDestination(const QString& destination) {
    if (destination_ != destination) {
        destination_ = destination;
        emit queryChanged();
    }
}

void ReachController::setProtocol(const QString& protocol) {
    if (protocol_ != protocol) {
        protocol_ = protocol;
        emit queryChanged();
    }
}

void ReachController::setPort(int port) {
    if (port_ != port) {
        port_ = port;
        emit queryChanged();
    }
}

void ReachController::setPinned(bool pinned) {
    if (pinned_ == pinned) {
        return;
    }
    pinned_ = pinned;
    emit pinnedChanged();
}

QString ReachController::endpointOf(const QString& text) const {
    const qsizetype separator = text.indexOf(choiceSeparator);
    return (separator < 0 ? text : text.left(separator)).trimmed();
}

QStringList ReachController::endpointChoices() const {
    QStringList choices;
    if (controller_) {
        const Document& document = controller_->document();
        for (const Resource& resource : document.resources()) {
            if (isWorkload(resource.kind())) {
                choices.append(QString::fromStdString(resource.id) +
                               (resource.name.empty()
                                    ? QString()
                                    : choiceSeparator + QString::fromStdString(resource.name)));
            }
        }
    }
    choices.append(QStringLiteral("internet") + choiceSeparator + tr("the internet"));
    choices.append(QStringLiteral("s3") + choiceSeparator + tr("Amazon S3"));
    choices.append(QStringLiteral("dynamodb") + choiceSeparator + tr("Amazon DynamoDB"));
    return choices;
}

void ReachController::documentChanged() {
    if (pinned_) {
        run();
    } else {
        clear();
    }
}

void ReachController::clear() {
    verdict_.clear();
    summary_.clear();
    blockingCode_.clear();
    raCode_.clear();
    blockedAt_.clear();
    explanation_.clear();
    fix_.clear();
    canApplyFix_ = false;
    appliedFix_.clear();
    fixRefusal_.clear();
    answered_.reset();
    ephemeralPorts_.clear();
    warnings_.clear();
    errorString_.clear();
    hops_.setRows({});
    path_.clear();
    emit answerChanged();
}

void ReachController::fail(const QString& message) {
    clear();
    errorString_ = message;
    emit answerChanged();
}

std::optional<reach::ReachQuery> ReachController::boxesQuery(QString& whyNot) const {
    reach::ReachQuery query;
    query.source = endpointOf(source_).toStdString();
    query.destination = endpointOf(destination_).toStdString();
    query.port = port_;
    const auto protocol = parseIpProtocol(protocol_.toLower().toStdString());
    if (query.source.empty() || query.destination.empty()) {
        whyNot = tr("Choose a source and a destination.");
        return std::nullopt;
    }
    if (!protocol) {
        whyNot = tr("The protocol must be tcp, udp, icmp or all, not '%1'.").arg(protocol_);
        return std::nullopt;
    }
    if (port_ < 0 || port_ > 65535) {
        whyNot = tr("The port must be a number from 0 to 65535.");
        return std::nullopt;
    }
    query.protocol = *protocol;
    const Document& document = controller_->document();
    for (const std::string* end : {&query.source, &query.destination}) {
        if (!isNamedEndpoint(*end) && !document.contains(*end)) {
            whyNot = tr("'%1' is not a component of this model, internet, an IP address, s3 or "
                        "dynamodb.")
                         .arg(QString::fromStdString(*end));
            return std::nullopt;
        }
    }
    return query;
}

bool ReachController::applyFix() {
    if (!controller_ || !canApplyFix_ || !answered_) {
        return false;
    }
    const reach::ReachQuery query = *answered_;
    std::optional<PathFix> fix;
    try {
        fix = proposePathFix(controller_->document(), query);
    } catch (const reach::ReachQueryError&) {
        fix.reset(); // the question was answered on this document, so this does not happen
    }
    if (!fix) {
        // The filter has no room for the rule, e.g. a deny numbered 1 leaves no NACL rule
        // number before it.
        canApplyFix_ = false;
        fixRefusal_ = tr("No rule could be added in one click: add the rule above in the "
                         "Inspector (an ACL may need its entries renumbered first).");
        emit answerChanged();
        return false;
    }
    controller_->pushEdit(std::move(fix->edit), QString::fromStdString(fix->label));
    ask(query);
    for (const std::string& step : fix->steps) {
        appliedFix_.append(QString::fromStdString(step));
    }
    emit answerChanged();
    return true;
}

void ReachController::run() {
    if (!controller_) {
        return;
    }
    QString whyNot;
    const std::optional<reach::ReachQuery> asked = boxesQuery(whyNot);
    if (!asked) {
        fail(whyNot);
        return;
    }
    ask(*asked);
}

void ReachController::ask(const reach::ReachQuery& query) {
    const Document& document = controller_->document();
    const reach::NetworkIndex& index = controller_->networkIndex();
    reach::ReachAnswer answer;
    try {
        answer = reach::reach(index, query);
    } catch (const reach::ReachQueryError& error) {
        fail(QString::fromUtf8(error.what()));
        return;
    }

    const QString from = endpointLabel(document, query.source);
    const QString to = endpointLabel(document, query.destination);
    verdict_ = answer.reachable ? QStringLiteral("reachable") : QStringLiteral("blocked");
    summary_ = answer.reachable ? tr("%1 can reach %2 on %3.").arg(from, to, protocolAndPort(query))
                                : tr("%1 cannot reach %2 on %3: %4 blocks it.")
                                      .arg(from, to, protocolAndPort(query),
                                           componentLabel(document, index, answer.blockedAt));
    blockingCode_ = QString::fromStdString(answer.code);
    raCode_ = QString::fromStdString(answer.raCode);
    blockedAt_ = QString::fromStdString(answer.blockedAt);
    explanation_ = QString::fromStdString(answer.explanation);
    fix_ = QString::fromStdString(answer.fix);
    // The implicit default ACL or group is not in the file, so a rule cannot be added to it.
    canApplyFix_ = answer.remedy && document.contains(answer.remedy->resource);
    appliedFix_.clear();
    fixRefusal_.clear();
    answered_ = query;
    ephemeralPorts_ = QString::fromStdString(answer.ephemeralPorts);
    warnings_.clear();
    for (const std::string& warning : answer.warnings) {
        warnings_.append(QString::fromStdString(warning));
    }
    errorString_.clear();

    const DiagramModel* items = controller_->items();
    const auto isDrawn = [items](const ResourceId& id) {
        return items->rowOf(QString::fromStdString(id)) >= 0;
    };
    const std::vector<reach_view::PathStep> steps = reach_view::pathSteps(answer);
    const std::vector<ResourceId> anchors = reach_view::anchorSteps(index, query, steps, isDrawn);

    std::vector<ReachHopsModel::Row> rows;
    std::vector<ReachPathModel::Stop> request;
    std::vector<ReachPathModel::Stop> response;
    const auto endpointStop = [&](const std::string& endpoint) {
        const reach::Index workload = reach_view::endpointWorkload(index, endpoint);
        return ReachPathModel::Stop{workload == reach::none
                                        ? QString()
                                        : QString::fromStdString(index.workloads[workload].id),
                                    true};
    };
    request.push_back(endpointStop(query.source));
    // Until the blocking check says it was on the way back, a blocked path stops on the way out.
    bool requestBlocked = !answer.reachable;
    QString blockedAnchor;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const reach::Hop& hop = steps[i].hop;
        const QString anchor = QString::fromStdString(anchors[i]);
        const bool isResponse = hop.direction == "response";
        if (!steps[i].allowed) {
            blockedAnchor = anchor;
            requestBlocked = !isResponse;
        }
        if (isResponse && response.empty()) {
            response.push_back(endpointStop(query.destination));
        }
        (isResponse ? response : request).push_back({anchor, steps[i].allowed});
        rows.push_back({QString::fromStdString(hop.direction),
                        QString::fromStdString(hop.component),
                        capitalized(componentLabel(document, index, hop.component)),
                        ReachHopsModel::kindLabel(QString::fromStdString(hop.kind)),
                        steps[i].allowed ? QString::fromStdString(hop.detail)
                                         : tr("Blocked: %1").arg(blockingCode_),
                        steps[i].allowed, anchor});
    }
    if (!requestBlocked) {
        request.push_back(endpointStop(query.destination));
    }
    if (answer.reachable) {
        if (response.empty()) {
            response.push_back(endpointStop(query.destination));
        }
        response.push_back(endpointStop(query.source));
    }
    hops_.setRows(std::move(rows));
    path_.setPath(std::move(request), std::move(response), blockedAnchor, blockingCode_);
    emit answerChanged();
}

} // namespace topograph
