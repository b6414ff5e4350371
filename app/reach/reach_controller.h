// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/reach/reach_hops_model.h"
#include "app/reach/reach_path_model.h"
#include "core/reach/query.h"

#include <optional>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace topograph {

class DocumentController;

/// The reachability tool of the canvas: asks the engine whether `source` can open a connection
/// to `destination` and keeps the answer for the panel (verdict, codes, explanation, fix, hops)
/// and the overlay (path). A pinned query is asked again after every change of the network, so
/// an edit that breaks the path turns it red at once; an unpinned answer is cleared instead,
/// because it would describe a network that no longer exists.
class ReachController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY queryChanged)
    Q_PROPERTY(QString destination READ destination WRITE setDestination NOTIFY queryChanged)
    Q_PROPERTY(QString protocol READ protocol WRITE setProtocol NOTIFY queryChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY queryChanged)
    Q_PROPERTY(bool pinned READ pinned WRITE setPinned NOTIFY pinnedChanged)
    Q_PROPERTY(QString verdict READ verdict NOTIFY answerChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY answerChanged)
    Q_PROPERTY(QString blockingCode READ blockingCode NOTIFY answerChanged)
    Q_PROPERTY(QString raCode READ raCode NOTIFY answerChanged)
    Q_PROPERTY(QString blockedAt READ blockedAt NOTIFY answerChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY answerChanged)
    Q_PROPERTY(QString fix READ fix NOTIFY answerChanged)
    Q_PROPERTY(bool canApplyFix READ canApplyFix NOTIFY answerChanged)
    Q_PROPERTY(QStringList appliedFix READ appliedFix NOTIFY answerChanged)
    Q_PROPERTY(QString fixRefusal READ fixRefusal NOTIFY answerChanged)
    Q_PROPERTY(QString ephemeralPorts READ ephemeralPorts NOTIFY answerChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY answerChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY answerChanged)
    Q_PROPERTY(topograph::ReachHopsModel* hops READ hops CONSTANT)
    Q_PROPERTY(topograph::ReachPathModel* path READ path CONSTANT)

public:
    explicit ReachController(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString source() const { return source_; }
    void setSource(const QString& source);
    QString destination() const { return destination_; }
    void setDestination(const QString& destination);
    QString protocol() const { return protocol_; }
    void setProtocol(const QString& protocol);
    int port() const { return port_; }
    void setPort(int port);
    bool pinned() const { return pinned_; }
    void setPinned(bool pinned);

    /// "reachable", "blocked", or "" when nothing was asked (or the question was refused).
    QString verdict() const { return verdict_; }
    QString summary() const { return summary_; }
    QString blockingCode() const { return blockingCode_; }
    QString raCode() const { return raCode_; }
    QString blockedAt() const { return blockedAt_; }
    QString explanation() const { return explanation_; }
    QString fix() const { return fix_; }
    /// Whether the blocked answer's fix is a rule the designer can add in one click.
    bool canApplyFix() const { return canApplyFix_; }
    /// The rules the last applied fix added, in words, until the next question.
    QStringList appliedFix() const { return appliedFix_; }
    /// Why Apply fix added nothing, or "".
    QString fixRefusal() const { return fixRefusal_; }
    QString ephemeralPorts() const { return ephemeralPorts_; }
    QStringList warnings() const { return warnings_; }
    /// Why the last question could not be asked (an unknown id, a bad address), or "".
    QString errorString() const { return errorString_; }
    ReachHopsModel* hops() { return &hops_; }
    ReachPathModel* path() { return &path_; }

    /// Asks the question on the current document.
    Q_INVOKABLE void run();
    /// Adds the rules that open the blocked path (core/check/path_fix.h) of the question last
    /// answered (not of boxes edited since) as one undo step, then asks again. False when there
    /// is nothing to apply; fixRefusal then says why.
    Q_INVOKABLE bool applyFix();
    /// Forgets the answer (the query fields stay).
    Q_INVOKABLE void clear();
    /// What the endpoint boxes offer: "id — label" for every workload, then internet, s3 and
    /// dynamodb. The text before " — " is what is asked, so a typed id or IP works as well.
    Q_INVOKABLE QStringList endpointChoices() const;
    /// The endpoint a box's text names: "app-a — App server A" gives "app-a".
    Q_INVOKABLE QString endpointOf(const QString& text) const;

signals:
    void controllerChanged();
    void queryChanged();
    void pinnedChanged();
    void answerChanged();

private:
    void documentChanged();
    void fail(const QString& message);
    /// Asks `query` and shows its answer.
    void ask(const reach::ReachQuery& query);
    /// The query the boxes describe, or the reason it cannot be asked.
    std::optional<reach::ReachQuery> boxesQuery(QString& whyNot) const;

    QPointer<DocumentController> controller_;
    QString source_;
    QString destination_;
    QString protocol_ = QStringLiteral("tcp");
    int port_ = 443;
    bool pinned_ = false;
    QString verdict_;
    QString summary_;
    QString blockingCode_;
    QString raCode_;
    QString blockedAt_;
    QString explanation_;
    QString fix_;
    bool canApplyFix_ = false;
    QStringList appliedFix_;
    QString fixRefusal_;
    std::optional<reach::ReachQuery> answered_; // the question the shown answer is for
    QString ephemeralPorts_;
    QStringList warnings_;
    QString errorString_;
    ReachHopsModel hops_;
    ReachPathModel path_;
};

} // namespace topograph
