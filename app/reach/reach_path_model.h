// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

class DiagramModel;

/// The path of the last reachability answer as lines over the diagram: one segment between the
/// centres of consecutive drawn items the path crossed, request then response, and the
/// rectangle of the item where it was blocked. Follows the items as they move.
class ReachPathModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReachPathModel belongs to a ReachController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasBlocked READ hasBlocked NOTIFY blockedChanged)
    // The rectangle as four numbers: qmllint of Qt 6.4 knows no type for a QRectF property.
    Q_PROPERTY(qreal blockedX READ blockedX NOTIFY blockedChanged)
    Q_PROPERTY(qreal blockedY READ blockedY NOTIFY blockedChanged)
    Q_PROPERTY(qreal blockedWidth READ blockedWidth NOTIFY blockedChanged)
    Q_PROPERTY(qreal blockedHeight READ blockedHeight NOTIFY blockedChanged)
    Q_PROPERTY(QString blockedId READ blockedId NOTIFY blockedChanged)
    Q_PROPERTY(QString blockedCode READ blockedCode NOTIFY blockedChanged)

public:
    enum Role {
        X1Role = Qt::UserRole + 1,
        Y1Role,
        X2Role,
        Y2Role,
        AllowedRole,    // false for the segment into the blocking item
        IsResponseRole, // drawn dashed, a little aside from the request
        FromIdRole,
        ToIdRole,
    };
    Q_ENUM(Role)

    /// One drawn item the path reaches, and whether the packet got there.
    struct Stop {
        QString id;
        bool allowed = true;
    };

    explicit ReachPathModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(segments_.size()); }
    bool hasBlocked() const { return !blockedRect_.isEmpty(); }
    /// Where the blocking item is drawn; empty when the path is not blocked or it is not drawn.
    QRectF blockedRect() const { return blockedRect_; }
    qreal blockedX() const { return blockedRect_.x(); }
    qreal blockedY() const { return blockedRect_.y(); }
    qreal blockedWidth() const { return blockedRect_.width(); }
    qreal blockedHeight() const { return blockedRect_.height(); }
    QString blockedId() const { return blockedId_; }
    QString blockedCode() const { return blockedCode_; }

    /// The rectangles come from `items`, read again whenever it changes.
    void setItems(DiagramModel* items);
    /// The stops of the request and of the response in order (consecutive repeats are
    /// dropped); `blockedId` is the drawn item that stopped the path, or "".
    void setPath(std::vector<Stop> request, std::vector<Stop> response, const QString& blockedId,
                 const QString& blockedCode);
    void clear() { setPath({}, {}, {}, {}); }

signals:
    void countChanged();
    void blockedChanged();

private:
    struct Segment {
        QPointF from;
        QPointF to;
        bool allowed = true;
        bool isResponse = false;
        QString fromId;
        QString toId;
    };

    void rebuild();
    /// Where a path segment meets the item `id` drawn at `rect`.
    QPointF anchorOf(const QString& id, const QRectF& rect) const;
    void appendSegments(const std::vector<Stop>& stops, bool isResponse);

    QPointer<DiagramModel> items_;
    std::vector<Stop> request_;
    std::vector<Stop> response_;
    QString blockedId_;
    QString blockedCode_;
    QRectF blockedRect_;
    std::vector<Segment> segments_;
};

} // namespace topograph
