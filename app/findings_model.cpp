// SPDX-License-Identifier: Apache-2.0
#include "app/findings_model.h"

#include "core/check/fixes.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
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

namespace {

/// A finding present both before and after an edit: its row before and after.
struct KeptFinding {
    std::size_t before;
    std::size_t after;
};

/// Beyond this many cells (rows changed before x rows changed after) the middle of the two
/// lists is not matched up: its rows are replaced in place, which costs data, not a reset.
constexpr std::size_t maxMatchedCells = std::size_t{1} << 20;

/// Which findings stay across an edit: a longest common subsequence of `before` and `after`,
/// found past their common first and last rows (an edit changes a few findings of hundreds).
std::vector<KeptFinding> keptFindings(const std::vector<Finding>& before,
                                      const std::vector<Finding>& after) {
    const std::size_t n = before.size();
    const std::size_t m = after.size();
    std::size_t prefix = 0;
    while (prefix < n && prefix < m && before[prefix] == after[prefix]) {
        ++prefix;
    }
    std::size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           before[n - 1 - suffix] == after[m - 1 - suffix]) {
        ++suffix;
    }
    std::vector<KeptFinding> kept;
    for (std::size_t i = 0; i < prefix; ++i) {
        kept.push_back({i, i});
    }
    const std::size_t a = n - prefix - suffix;
    const std::size_t b = m - prefix - suffix;
    if (a > 0 && b > 0 && a * b <= maxMatchedCells) {
        // Hashes first: most pairs differ, and most differ in their message.
        const auto hashes = [](const std::vector<Finding>& findings, std::size_t from,
                               std::size_t count) {
            std::vector<std::size_t> result(count);
            for (std::size_t k = 0; k < count; ++k) {
                result[k] = std::hash<std::string>{}(findings[from + k].message);
            }
            return result;
        };
        const std::vector<std::size_t> hashBefore = hashes(before, prefix, a);
        const std::vector<std::size_t> hashAfter = hashes(after, prefix, b);
        const auto same = [&](std::size_t i, std::size_t j) {
            return hashBefore[i] == hashAfter[j] && before[prefix + i] == after[prefix + j];
        };
        // length[i * (b + 1) + j]: the longest common subsequence of the middles' tails from i
        // and j. At most 2^20 cells and min(a, b) <= 1,024, so 16 bits hold every length.
        std::vector<std::uint16_t> length((a + 1) * (b + 1), 0);
        const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& {
            return length[i * (b + 1) + j];
        };
        for (std::size_t i = a; i-- > 0;) {
            for (std::size_t j = b; j-- > 0;) {
                at(i, j) = same(i, j) ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                      : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < a && j < b) {
            if (same(i, j)) {
                kept.push_back({prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    for (std::size_t k = suffix; k > 0; --k) {
        kept.push_back({n - k, m - k});
    }
    return kept;
}

} // namespace

void FindingsModel::replaceRows(std::size_t first, std::size_t removed,
                                const std::vector<Finding>& next, std::size_t from,
                                std::size_t inserted) {
    // A finding replaced by another at the same place (a message naming the new block) keeps
    // its row and delegate; only the surplus is removed or inserted.
    const std::size_t changed = std::min(removed, inserted);
    if (changed > 0) {
        std::copy_n(next.begin() + static_cast<std::ptrdiff_t>(from), changed,
                    findings_.begin() + static_cast<std::ptrdiff_t>(first));
        std::fill_n(fixLabels_.begin() + static_cast<std::ptrdiff_t>(first), changed, std::nullopt);
        emit dataChanged(index(static_cast<int>(first)),
                         index(static_cast<int>(first + changed - 1)));
    }
    const auto at = [](auto& list, std::size_t row) {
        return list.begin() + static_cast<std::ptrdiff_t>(row);
    };
    if (removed > changed) {
        const std::size_t begin = first + changed;
        const std::size_t end = first + removed;
        beginRemoveRows({}, static_cast<int>(begin), static_cast<int>(end - 1));
        findings_.erase(at(findings_, begin), at(findings_, end));
        fixLabels_.erase(at(fixLabels_, begin), at(fixLabels_, end));
        endRemoveRows();
    }
    if (inserted > changed) {
        const std::size_t begin = first + changed;
        const auto source = next.begin() + static_cast<std::ptrdiff_t>(from + changed);
        beginInsertRows({}, static_cast<int>(begin), static_cast<int>(first + inserted - 1));
        findings_.insert(at(findings_, begin), source,
                         source + static_cast<std::ptrdiff_t>(inserted - changed));
        fixLabels_.insert(at(fixLabels_, begin), inserted - changed, std::nullopt);
        endInsertRows();
    }
}

void FindingsModel::setFindings(std::vector<Finding> findings, const Document* document) {
    document_ = document;
    const bool changed = findings != findings_;
    if (changed) {
        const std::vector<KeptFinding> kept = keptFindings(findings_, findings);
        std::size_t before = 0;
        std::size_t after = 0;
        const auto replaceUpTo = [&](std::size_t nextBefore, std::size_t nextAfter) {
            // Rows [0, after) already hold findings[0, after); the rest are still the old ones.
            replaceRows(after, nextBefore - before, findings, after, nextAfter - after);
            before = nextBefore + 1;
            after = nextAfter + 1;
        };
        for (const KeptFinding& pair : kept) {
            replaceUpTo(pair.before, pair.after);
        }
        const std::size_t oldCount = findings_.size() - (after - before);
        replaceUpTo(oldCount, findings.size());
        const auto countOf = [this](Severity severity) {
            return static_cast<int>(std::count_if(
                findings_.begin(), findings_.end(),
                [severity](const Finding& finding) { return finding.severity == severity; }));
        };
        errors_ = countOf(Severity::Error);
        warnings_ = countOf(Severity::Warning);
    }
    // The document changed even where the findings stayed: a fix may read differently (another
    // free rule number), so every label is worked out again when next shown.
    fixLabels_.assign(findings_.size(), std::nullopt);
    if (!findings_.empty()) {
        emit dataChanged(index(0), index(count() - 1), {FixLabelRole});
    }
    if (changed) {
        emit countChanged();
    }
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
