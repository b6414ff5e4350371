// SPDX-License-Identifier: Apache-2.0
#include "app/findings_model.h"

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
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
    return {{SeverityRole, "severity"},   {CodeRole, "code"},
            {MessageRole, "message"},     {FixRole, "fix"},
            {ResourcesRole, "resources"}, {FirstResourceRole, "firstResource"}};
}

void FindingsModel::setFindings(std::vector<Finding> findings) {
    if (findings == findings_) {
        return;
    }
    beginResetModel();
    findings_ = std::move(findings);
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
