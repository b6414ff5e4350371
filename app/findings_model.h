// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The validator's findings for QML's findings panel, one row per finding in the validator's
/// order. After an edit the rows follow the new findings by inserting, removing and changing
/// only the rows that differ (a diff of the two lists), never by a reset: a 2,000-item model
/// has hundreds of findings, and a reset made the panel recreate its delegates and lose its
/// scroll position and current row on every keystroke.
class FindingsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingsModel belongs to the DocumentController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // "error", "warning", "info"
        CodeRole,
        MessageRole,
        FixRole,
        ResourcesRole,     // QStringList of the ids involved, most relevant first
        FirstResourceRole, // the id to select when the finding is clicked, or ""
        FixLabelRole,      // what the one-click fix button says, or "" when there is none
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(findings_.size()); }
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    /// "No findings: the design checks out." or "1 error, 2 warnings, 3 notes".
    QString summary() const;
    const std::vector<Finding>& findings() const { return findings_; }

    /// Shows `findings`: rows of findings that stay keep their row (moved by the rows inserted
    /// or removed before them), a finding replaced in place becomes a dataChanged, and the rest
    /// are single rowsInserted / rowsRemoved runs; countChanged follows any change. Findings
    /// equal to what is shown change no row. `document` (the one validated, outliving the
    /// model) lets rows offer their fix: labels are computed when a row is first shown, and
    /// refreshed (fixLabel's dataChanged) after every call, as the document changed.
    void setFindings(std::vector<Finding> findings, const Document* document = nullptr);

    /// Asks for the fix of `row` to be applied: the panel's button calls it, the controller
    /// owning the document answers (DocumentController::applyFix).
    Q_INVOKABLE void requestFix(int row) { emit fixRequested(row); }

signals:
    void countChanged();
    void fixRequested(int row);

private:
    QString fixLabel(std::size_t row) const;
    /// Makes rows [first, first + removed) of findings_ into next[from, from + inserted).
    void replaceRows(std::size_t first, std::size_t removed, const std::vector<Finding>& next,
                     std::size_t from, std::size_t inserted);

    std::vector<Finding> findings_;
    const Document* document_ = nullptr;
    // One entry per row, filled on first use: proposing a fix reads the document.
    mutable std::vector<std::optional<QString>> fixLabels_;
    int errors_ = 0;
    int warnings_ = 0;
};

} // namespace topograph
