// SPDX-License-Identifier: Apache-2.0
#include "app/reach/reach_matrix_model.h"

#include "app/document_controller.h"
#include "core/reach/reach_codes.h"
#include "core/reach/reach_matrix.h"

#include <algorithm>
#include <exception>
#include <memory>
#include <QLocale>
#include <QMetaObject>
#include <string_view>
#include <thread>

namespace topograph {

struct ReachMatrixModel::Result {
    reach::VerdictMatrix matrix;
    QStringList ids;
    QStringList labels;
    qint64 reachablePairs = 0;
    QString error;
    QString protocol; // the query answered
    int port = 0;
};

struct ReachMatrixModel::Worker {
    std::thread thread;
};

namespace {

struct CodeText {
    std::string_view code;
    const char* shortForm;
    const char* meaning;
};

// What each stable code of NETWORK_SEMANTICS.md means, in the few words a cell has room for
// and in the sentence its tooltip shows.
constexpr CodeText codeTexts[] = {
    {reach::code::SgEgressDenied, QT_TRANSLATE_NOOP("ReachMatrixModel", "SG out"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "No outbound rule of the source's security groups allows the request.")},
    {reach::code::SgIngressDenied, QT_TRANSLATE_NOOP("ReachMatrixModel", "SG in"),
     QT_TRANSLATE_NOOP("ReachMatrixModel", "No inbound rule of the destination's security "
                                           "groups allows the request.")},
    {reach::code::NaclOutboundDenied, QT_TRANSLATE_NOOP("ReachMatrixModel", "NACL out"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "A network ACL denies the request on its way out of a subnet.")},
    {reach::code::NaclInboundDenied, QT_TRANSLATE_NOOP("ReachMatrixModel", "NACL in"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "A network ACL denies the request on its way into a subnet.")},
    {reach::code::NaclReturnDenied, QT_TRANSLATE_NOOP("ReachMatrixModel", "NACL ret"),
     QT_TRANSLATE_NOOP("ReachMatrixModel", "A network ACL denies the response on the client "
                                           "ports (network ACLs are stateless).")},
    {reach::code::NoRoute, QT_TRANSLATE_NOOP("ReachMatrixModel", "route"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "No route of the source subnet's route table leads to the destination.")},
    {reach::code::BlackholeRoute, QT_TRANSLATE_NOOP("ReachMatrixModel", "blackhole"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The matching route points to a target that no longer exists.")},
    {reach::code::NoReturnRoute, QT_TRANSLATE_NOOP("ReachMatrixModel", "no return"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The destination's route table has no route back to the source.")},
    {reach::code::IgwNotAttached, QT_TRANSLATE_NOOP("ReachMatrixModel", "IGW"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The route uses an internet gateway that is not attached to the VPC.")},
    {reach::code::NoPublicIp, QT_TRANSLATE_NOOP("ReachMatrixModel", "no public IP"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The workload has no public address, so the internet cannot reach it.")},
    {reach::code::NatInPrivateSubnet, QT_TRANSLATE_NOOP("ReachMatrixModel", "NAT private"),
     QT_TRANSLATE_NOOP("ReachMatrixModel", "The NAT gateway sits in a subnet without a route "
                                           "to an internet gateway.")},
    {reach::code::NatNoElasticIp, QT_TRANSLATE_NOOP("ReachMatrixModel", "NAT EIP"),
     QT_TRANSLATE_NOOP("ReachMatrixModel", "The NAT gateway has no Elastic IP address.")},
    {reach::code::NonTransitivePeering, QT_TRANSLATE_NOOP("ReachMatrixModel", "peering"),
     QT_TRANSLATE_NOOP("ReachMatrixModel", "VPC peering is not transitive: the traffic would "
                                           "have to cross two peering connections.")},
    {reach::code::CidrOverlap, QT_TRANSLATE_NOOP("ReachMatrixModel", "overlap"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The two networks use overlapping address blocks, so no route can "
                       "tell them apart.")},
    {reach::code::TgwNoRoute, QT_TRANSLATE_NOOP("ReachMatrixModel", "TGW route"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The transit gateway route table has no route to the destination.")},
    {reach::code::TgwBlackhole, QT_TRANSLATE_NOOP("ReachMatrixModel", "TGW blackhole"),
     QT_TRANSLATE_NOOP("ReachMatrixModel",
                       "The transit gateway route to the destination is a blackhole.")},
};

const CodeText* findCode(const QString& code) {
    const std::string text = code.toStdString();
    const auto* found = std::find_if(std::begin(codeTexts), std::end(codeTexts),
                                     [&text](const CodeText& entry) { return entry.code == text; });
    return found == std::end(codeTexts) ? nullptr : found;
}

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::size_t queryableWorkloadBound(const Document& document) {
    return static_cast<std::size_t>(
        std::count_if(document.resources().begin(), document.resources().end(),
                      [](const Resource& resource) { return isWorkload(resource.kind()); }));
}

// Runs on the GUI thread for small models and on the worker for large ones: it reads only
// `document`, which the worker owns as a copy.
ReachMatrixModel::Result computeResult(const Document& document, const reach::MatrixQuery& query,
                                       const QString& protocol) {
    ReachMatrixModel::Result result;
    result.protocol = protocol;
    result.port = query.port;
    // The index points into `document`, which outlives it here.
    const reach::NetworkIndex index(document);
    try {
        result.matrix = reach::computeVerdictMatrix(index, query);
    } catch (const std::exception& error) {
        result.error = QString::fromUtf8(error.what());
        return result;
    }
    const reach::VerdictMatrix& matrix = result.matrix;
    for (const reach::Index workload : matrix.workloads()) {
        result.ids.append(QString::fromStdString(index.workloads[workload].id));
        result.labels.append(QString::fromStdString(index.workloads[workload].label));
    }
    // Count per class pair, not per cell: 5,000 workloads are 25 million cells but a few
    // hundred classes.
    const std::size_t classes = matrix.classCount();
    std::vector<qint64> members(classes, 0);
    std::vector<std::size_t> representative(classes, 0);
    for (std::size_t position = matrix.workloads().size(); position-- > 0;) {
        ++members[matrix.classOf(position)];
        representative[matrix.classOf(position)] = position;
    }
    for (std::size_t from = 0; from < classes; ++from) {
        for (std::size_t to = 0; to < classes; ++to) {
            if (members[from] > 0 && members[to] > 0 &&
                matrix.code(representative[from], representative[to]).empty()) {
                result.reachablePairs += members[from] * members[to];
            }
        }
    }
    // A workload is not asked about itself.
    for (std::size_t position = 0; position < matrix.workloads().size(); ++position) {
        if (matrix.code(position, position).empty()) {
            --result.reachablePairs;
        }
    }
    return result;
}

} // namespace

ReachMatrixModel::ReachMatrixModel(QObject* parent)
    : QAbstractTableModel(parent), matrix_(std::make_unique<reach::VerdictMatrix>()),
      worker_(std::make_unique<Worker>()) {}

ReachMatrixModel::~ReachMatrixModel() {
    // The worker posts its result to this object; joining here, before QObject's destructor
    // drops the posted events, means it never posts to a dead object.
    finishWorker();
}

void ReachMatrixModel::finishWorker() {
    if (worker_->thread.joinable()) {
        worker_->thread.join();
    }
}

void ReachMatrixModel::setController(DocumentController* controller) {
    if (controller_ == controller) {
        return;
    }
    if (controller_) {
        disconnect(controller_, nullptr, this, nullptr);
    }
    controller_ = controller;
    if (controller_) {
        connect(controller_, &DocumentController::documentChanged, this,
                &ReachMatrixModel::documentChanged);
    }
    documentChanged();
    emit controllerChanged();
}

void ReachMatrixModel::setProtocol(const QString& protocol) {
    if (protocol_ != protocol) {
        protocol_ = protocol;
        emit queryChanged();
    }
}

void ReachMatrixModel::setPort(int port) {
    if (port_ != port) {
        port_ = port;
        emit queryChanged();
    }
}

void ReachMatrixModel::setLive(bool live) {
    if (live_ != live) {
        live_ = live;
        emit liveChanged();
    }
}

void ReachMatrixModel::setComputing(bool computing) {
    if (computing_ != computing) {
        computing_ = computing;
        emit computingChanged();
    }
}

void ReachMatrixModel::documentChanged() {
    if (live_ && controller_) {
        compute();
        return;
    }
    // An answer about a network that no longer exists would mislead; it is asked again on
    // request.
    discard_ = computing_;
    clearResult();
}

void ReachMatrixModel::clearResult() {
    beginResetModel();
    *matrix_ = {};
    ids_.clear();
    labels_.clear();
    endResetModel();
    summary_.clear();
    errorString_.clear();
    resultProtocol_.clear();
    resultPort_ = 0;
    emit resultChanged();
}

void ReachMatrixModel::compute() {
    if (!controller_) {
        return;
    }
    const auto protocol = parseIpProtocol(protocol_.toLower().toStdString());
    if (!protocol || port_ < 0 || port_ > 65535) {
        clearResult();
        errorString_ =
            !protocol ? tr("The protocol must be tcp, udp, icmp or all, not '%1'.").arg(protocol_)
                      : tr("The port must be a number from 0 to 65535.");
        emit resultChanged();
        return;
    }
    if (computing_) {
        computeAgain_ = true;
        discard_ = false;
        return;
    }
    reach::MatrixQuery query;
    query.protocol = *protocol;
    query.port = port_;
    const Document& document = controller_->document();
    if (queryableWorkloadBound(document) <= static_cast<std::size_t>(backgroundThreshold_)) {
        apply(computeResult(document, query, protocol_.toLower()));
        return;
    }
    finishWorker();
    // The worker gets its own copy: the document keeps changing on the GUI thread.
    auto copy = std::make_shared<const Document>(document);
    setComputing(true);
    worker_->thread = std::thread([this, copy, query, name = protocol_.toLower()] {
        Result result = computeResult(*copy, query, name);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { workerDone(std::move(result)); },
            Qt::QueuedConnection);
    });
}

void ReachMatrixModel::workerDone(Result&& result) {
    finishWorker();
    computing_ = false;
    if (computeAgain_) {
        computeAgain_ = false;
        compute();
        if (!computing_) {
            emit computingChanged();
        }
        return;
    }
    if (discard_) {
        discard_ = false;
    } else {
        apply(std::move(result));
    }
    emit computingChanged();
}

void ReachMatrixModel::apply(Result&& result) {
    beginResetModel();
    *matrix_ = std::move(result.matrix);
    ids_ = std::move(result.ids);
    labels_ = std::move(result.labels);
    endResetModel();
    errorString_ = result.error;
    resultProtocol_ = result.error.isEmpty() ? result.protocol : QString();
    resultPort_ = result.error.isEmpty() ? result.port : 0;
    const qint64 count = static_cast<qint64>(ids_.size());
    const QLocale locale;
    summary_ = result.error.isEmpty() ? tr("%1 of %2 pairs reachable")
                                            .arg(locale.toString(result.reachablePairs),
                                                 locale.toString(count * (count - 1)))
                                      : QString();
    if (count == 0 && result.error.isEmpty()) {
        summary_ = tr("No workload in a subnet with an address: nothing to ask.");
    }
    emit resultChanged();
}

QString ReachMatrixModel::workloadId(int position) const {
    return position >= 0 && position < ids_.size() ? ids_[position] : QString();
}

QString ReachMatrixModel::codeMeaning(const QString& code) {
    const CodeText* text = findCode(code);
    return text != nullptr ? tr(text->meaning) : QString();
}

QString ReachMatrixModel::shortCode(const QString& code) {
    const CodeText* text = findCode(code);
    return text != nullptr ? tr(text->shortForm) : code;
}

int ReachMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int ReachMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

QVariant ReachMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto from = static_cast<std::size_t>(index.row());
    const auto to = static_cast<std::size_t>(index.column());
    const bool self = from == to;
    const QString code = self ? QString() : toQString(matrix_->code(from, to));
    switch (role) {
    case ReachableRole:
        return !self && code.isEmpty();
    case CodeRole:
        return code;
    case ShortCodeRole:
        return shortCode(code);
    case MeaningRole:
        return code.isEmpty() ? QString() : codeMeaning(code);
    case Qt::DisplayRole:
    case LabelRole:
        return self ? QString() : code.isEmpty() ? QStringLiteral("✔") : shortCode(code);
    case Qt::ToolTipRole:
        return self ? QString()
               : code.isEmpty()
                   ? tr("%1 can reach %2.").arg(labels_[index.row()], labels_[index.column()])
                   : QStringLiteral("%1: %2").arg(code, codeMeaning(code));
    case SelfRole:
        return self;
    case SourceRole:
        return ids_[index.row()];
    case DestinationRole:
        return ids_[index.column()];
    default:
        return {};
    }
}

QVariant ReachMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    Q_UNUSED(orientation);
    if (section < 0 || section >= labels_.size()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return labels_[section];
    case Qt::ToolTipRole:
        return ids_[section];
    default:
        return {};
    }
}

QHash<int, QByteArray> ReachMatrixModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReachableRole, "reachable");
    names.insert(CodeRole, "code");
    names.insert(ShortCodeRole, "shortCode");
    names.insert(MeaningRole, "meaning");
    names.insert(LabelRole, "label");
    names.insert(SelfRole, "self");
    names.insert(SourceRole, "sourceId");
    names.insert(DestinationRole, "destinationId");
    return names;
}

} // namespace topograph
