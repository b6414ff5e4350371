// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <thread>

namespace topograph {

class DocumentController;
namespace reach {
class VerdictMatrix;
}

/// The reachability matrix of the open model for one protocol and port: rows are the sources,
/// columns the destinations (the workloads that can be queried, in document order); each cell
/// says whether the source can open a connection to the destination, or the code of the check
/// that blocks it. The verdicts are those of `reach --matrix`, held per equivalence class, so
/// 5,000 workloads (25 million cells) cost a few megabytes. Large models are computed off the
/// GUI thread on a copy of the document; `computing` is true meanwhile.
class ReachMatrixModel : public QAbstractTableModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString protocol READ protocol WRITE setProtocol NOTIFY queryChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY queryChanged)
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)
    Q_PROPERTY(int workloadCount READ workloadCount NOTIFY resultChanged)
    Q_PROPERTY(bool computing READ computing NOTIFY computingChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY resultChanged)
    Q_PROPERTY(QString resultProtocol READ resultProtocol NOTIFY resultChanged)
    Q_PROPERTY(int resultPort READ resultPort NOTIFY resultChanged)

public:
    enum Role {
        ReachableRole = Qt::UserRole + 1,
        CodeRole,      // the blocking code, "" when reachable or on the diagonal
        ShortCodeRole, // the code as a cell shows it: "SG out", "NACL in"...
        MeaningRole,   // what the code means, for a tooltip
        LabelRole,     // the cell's text: "✔", the short code, or "" on the diagonal
        SelfRole,      // the diagonal: a workload to itself is not asked
        SourceRole,    // the source's id
        DestinationRole,
    };
    Q_ENUM(Role)

    explicit ReachMatrixModel(QObject* parent = nullptr);
    ~ReachMatrixModel() override;

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString protocol() const { return protocol_; }
    void setProtocol(const QString& protocol);
    int port() const { return port_; }
    void setPort(int port);
    /// Computed again after every change of the network.
    bool live() const { return live_; }
    void setLive(bool live);

    int workloadCount() const { return static_cast<int>(ids_.size()); }
    bool computing() const { return computing_; }
    /// "1,234 of 2,500 pairs reachable", or "" before the first result.
    QString summary() const { return summary_; }
    /// Why the matrix could not be computed (a bad protocol or port), or "".
    QString errorString() const { return errorString_; }
    /// The protocol and port the cells answer for (the fields may have changed since).
    QString resultProtocol() const { return resultProtocol_; }
    int resultPort() const { return resultPort_; }
    /// Models with more workloads than this are computed on a worker thread.
    int backgroundThreshold() const { return backgroundThreshold_; }
    void setBackgroundThreshold(int workloads) { backgroundThreshold_ = workloads; }

    /// Computes the matrix of the current document; returns at once for large models, whose
    /// result arrives later (resultChanged, computing false).
    Q_INVOKABLE void compute();
    /// The id of the workload of a row or column.
    Q_INVOKABLE QString workloadId(int position) const;
    /// What a blocking code means, in a sentence.
    Q_INVOKABLE static QString codeMeaning(const QString& code);
    /// The short form a cell shows: "SG_EGRESS_DENIED" gives "SG out".
    Q_INVOKABLE static QString shortCode(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// One computation's answer; built on whichever thread computes (in the .cpp, away from moc).
    struct Result;

signals:
    void controllerChanged();
    void queryChanged();
    void liveChanged();
    void computingChanged();
    void resultChanged();

private:
    void documentChanged();
    void clearResult();
    void apply(Result&& result);
    void workerDone(Result&& result);
    void setComputing(bool computing);
    void finishWorker();

    QPointer<DocumentController> controller_;
    QString protocol_ = QStringLiteral("tcp");
    int port_ = 443;
    bool live_ = false;
    bool computing_ = false;
    bool computeAgain_ = false; // asked while a worker was busy: its answer is already stale
    bool discard_ = false;      // the network changed under a worker and nobody asked again
    int backgroundThreshold_ = 1000;
    QString summary_;
    QString errorString_;
    QString resultProtocol_;
    int resultPort_ = 0;
    std::unique_ptr<reach::VerdictMatrix> matrix_;
    QStringList ids_;
    QStringList labels_;
    struct Worker;
    std::unique_ptr<Worker> worker_;
};

} // namespace topograph
