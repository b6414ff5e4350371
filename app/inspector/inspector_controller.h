// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"
#include "app/inspector/tag_list_model.h"

#include <optional>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace topograph {

/// The inspector's view of the selected resource: what it is, its name, notes, tags and CIDR
/// block, and which rule sets (route table, network ACL, security groups) apply to it, for the
/// rule tables. Every edit is one undo step through the controller; it re-reads the resource
/// after each change of the document, so undo and redo show at once, and shows nothing when the
/// selected id is gone. Refused values leave the document alone and say why in `lastError`.
class InspectorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY selectionChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY selectionChanged)
    Q_PROPERTY(QString name READ name NOTIFY selectionChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY selectionChanged)
    Q_PROPERTY(topograph::TagListModel* tags READ tags CONSTANT)
    Q_PROPERTY(bool hasCidr READ hasCidr NOTIFY selectionChanged)
    Q_PROPERTY(QString cidr READ cidr NOTIFY selectionChanged)
    Q_PROPERTY(QString routeTableId READ routeTableId NOTIFY selectionChanged)
    Q_PROPERTY(QString networkAclId READ networkAclId NOTIFY selectionChanged)
    Q_PROPERTY(QStringList securityGroupIds READ securityGroupIds NOTIFY selectionChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit InspectorController(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);
    QString selectedId() const { return selectedId_; }
    void setSelectedId(const QString& id);

    bool hasSelection() const { return shown_.has_value(); }
    /// The kind's stable name ("subnet"), or "" without a selection.
    QString kind() const;
    /// "Subnet", "NAT gateway".
    QString kindLabel() const;
    QString name() const;
    QString notes() const;
    TagListModel* tags() { return &tags_; }
    /// True for VPCs and subnets: `cidr` is their (primary) IPv4 block.
    bool hasCidr() const;
    QString cidr() const;
    /// The route table a selected subnet uses (its own or the VPC's main table), or the
    /// selected route table itself; "" otherwise.
    QString routeTableId() const { return routeTableId_; }
    /// Likewise for network ACLs (a subnet without one uses the VPC's default ACL).
    QString networkAclId() const { return networkAclId_; }
    /// The groups a selected workload uses (the VPC's default group when it names none), or the
    /// selected group itself.
    QStringList securityGroupIds() const { return securityGroupIds_; }
    QString lastError() const { return lastError_; }

    Q_INVOKABLE bool setName(const QString& name);
    Q_INVOKABLE bool setNotes(const QString& notes);
    /// Adds the tag or changes its value.
    Q_INVOKABLE bool setTag(const QString& key, const QString& value);
    Q_INVOKABLE bool renameTag(const QString& oldKey, const QString& newKey);
    Q_INVOKABLE bool removeTag(const QString& key);
    /// Sets the VPC's primary or the subnet's IPv4 block; refused (lastError) when checkCidr
    /// finds a problem.
    Q_INVOKABLE bool setCidr(const QString& text);
    /// "" when `text` is a block AWS accepts for a VPC (isVpc) or a subnet, else why not.
    Q_INVOKABLE QString cidrProblem(const QString& text, bool isVpc) const;
    /// cidrProblem for the selection; for a subnet it also says when the block lies outside
    /// its VPC. For the CIDR field to show while the user types.
    Q_INVOKABLE QString checkCidr(const QString& text) const;
    Q_INVOKABLE void clearError() { setLastError({}); }

signals:
    void controllerChanged();
    void selectedIdChanged();
    void selectionChanged();
    void lastErrorChanged();

private:
    void reload();
    bool commit(Resource after, const QString& text);
    void setLastError(const QString& error);
    QString label() const;

    QPointer<DocumentController> controller_;
    QMetaObject::Connection changed_;
    QString selectedId_;
    std::optional<Resource> shown_; // a copy: the document may change under it
    QString routeTableId_;
    QString networkAclId_;
    QStringList securityGroupIds_;
    TagListModel tags_;
    QString lastError_;
};

} // namespace topograph
