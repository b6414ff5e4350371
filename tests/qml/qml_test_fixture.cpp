// SPDX-License-Identifier: Apache-2.0
#include "tests/qml/qml_test_fixture.h"

#include "app/findings_model.h"
#include "core/edit/property_fields.h"

#include <QUrl>
#include <QVariantMap>

namespace topograph {

QmlTestFixture::QmlTestFixture(QObject* parent) : QObject(parent) {}

bool QmlTestFixture::openExample() {
    return controller_.open(QUrl(QStringLiteral("qrc:/examples/three-tier-web.yaml")));
}

bool QmlTestFixture::breakDatabaseNacl() {
    const Resource* found = controller_.document().find("db-nacl");
    if (found == nullptr) {
        return false;
    }
    Resource acl = *found;
    std::erase_if(acl.as<NetworkAcl>()->entries,
                  [](const NaclEntry& entry) { return entry.egress; });
    return controller_.replaceResource(acl, QStringLiteral("Remove DB responses"));
}

bool QmlTestFixture::reverseNaclEntries(const QString& aclId) {
    const Resource* found = controller_.document().find(aclId.toStdString());
    if (found == nullptr || found->as<NetworkAcl>() == nullptr) {
        return false;
    }
    Resource acl = *found;
    auto& entries = acl.as<NetworkAcl>()->entries;
    std::reverse(entries.begin(), entries.end());
    return controller_.replaceResource(acl, QStringLiteral("Reverse entries"));
}

QStringList QmlTestFixture::naclRules(const QString& aclId) const {
    QStringList rules;
    const Resource* found = controller_.document().find(aclId.toStdString());
    if (found == nullptr || found->as<NetworkAcl>() == nullptr) {
        return rules;
    }
    for (const NaclEntry& entry : found->as<NetworkAcl>()->entries) {
        rules.append(QStringLiteral("%1 %2")
                         .arg(entry.egress ? QStringLiteral("outbound") : QStringLiteral("inbound"))
                         .arg(entry.ruleNumber));
    }
    return rules;
}

QString QmlTestFixture::setting(const QString& id, const QString& key) const {
    const Resource* found = controller_.document().find(id.toStdString());
    if (found == nullptr) {
        return {};
    }
    for (const PropertyField& field : propertyFieldsOf(controller_.document(), *found)) {
        if (QString::fromStdString(field.key) == key) {
            return QString::fromStdString(field.value);
        }
    }
    return {};
}

QVariantList QmlTestFixture::findingRows() const {
    QVariantList rows;
    const FindingsModel* model = const_cast<DocumentController&>(controller_).findings();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        rows.append(QVariantMap{
            {QStringLiteral("code"), index.data(FindingsModel::CodeRole)},
            {QStringLiteral("message"), index.data(FindingsModel::MessageRole)},
            {QStringLiteral("resources"), index.data(FindingsModel::ResourcesRole)},
        });
    }
    return rows;
}

} // namespace topograph
