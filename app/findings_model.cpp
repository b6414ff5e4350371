// SPDX-License-Identifier: Apache-2.0
#include "app/findings_model.h"

#include "core/check/fixes.h"

#include <algorithm>
#include <QCoreApplication>
#include <QStringList>

namespace topograph {

FindingsModel::FindingsModel(QObject* parent) : QAbstractListModel(parent) {}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Finding& finding = findings_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return QString::fromStdString(finding.message);
    case SeverityRole: {
        const std::string_view name = severityName(finding.severity);
        return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    case CodeRole:
        return QString::fromStdString(finding.code);
    case FixRole:
        return QString::fromStdString(finding.fix);
    case ResourcesRole: {
        QStringList ids;
        ids.reserve(static_cast<qsizetype>(finding.resources.size()));
        for (const ResourceId& id : finding.resources) {
            ids.append(QString::fromStdString(id));
        }
        return ids;
    }
    case FirstResourceRole:
        return finding.resources.empty() ? QString()
                                         : QString::fromStdString(finding.resources.front());
    case FixLabelRole:
        return fixLabel(static_cast<std::size_t>(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
    return {{SeverityRole, "severity"},   {CodeRole, "code"},
            {MessageRole, "message"},     {FixRole, "fix"},
            {ResourcesRole, "resources"}, {FirstResourceRole, "firstResource"},
            {FixLabelRole, "fixLabel"}};
}

QString FindingsModel::fixLabel(std::size_t row) const {
    if (document_ == nullptr || row >= findings_.size()) {
        return {};
    }
    std::optional<QString>& cached = fixLabels_[row];
    if (!cached) {
        const std::optional<ProposedFix> fix = proposeFix(*document_, findings_[row]);
        cached = fix ? QString::fromStdString(fix->label) : QString();
    }
    return *cached;
}

void FindingsModel::setFindings(std::vector<Finding> findings, const Document* document) {
    document_ = document;
    if (findings == findings_) {
        // The same findings of an edited document: a fix may read differently (another free
        // rule number), so the labels are worked out again.
        fixLabels_.assign(findings_.size(), std::nullopt);
        if (!findings_.empty()) {
            emit dataChanged(index(0), index(count() - 1), {FixLabelRole});
        }
        return;
    }
    beginResetModel();
    findings_ = std::move(findings);
    fixLabels_.assign(findings_.size(), std::nullopt);
    const auto countOf = [this](Severity severity) {
        return static_cast<int>(
            std::count_if(findings_.begin(), findings_.end(), [severity](const Finding& finding) {
                return finding.severity == severity;
            }));
    };
    errors_ = countOf(Severity::Error);
    warnings_ = countOf(Severity::Warning);
    endResetModel();
    emit countChanged();
}

namespace {

QString counted(int count, const char* singular, const char* plural) {
    return QStringLiteral("%1 %2").arg(count).arg(
        QCoreApplication::translate("FindingsModel", count == 1 ? singular : plural));
}

} // namespace

QString FindingsModel::summary() const {
    if (count() == 0) {
        return QCoreApplication::translate("FindingsModel", "No findings: the design checks out.");
    }
    return counted(errors_, "error", "errors") + QStringLiteral(", ") +
           counted(warnings_, "warning", "warnings") + QStringLiteral(", ") +
           counted(count() - errors_ - warnings_, "note", "notes");
}

} // namespace topograph
