// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace topograph {

/// What the Qt Quick tests reach as the `Fixture` singleton: a DocumentController on the
/// bundled three-tier example, the edits a test starts from, and the document as core sees it,
/// so that a test checks what a component did to the model rather than what it shows.
class QmlTestFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(topograph::DocumentController* controller READ controller CONSTANT)

public:
    explicit QmlTestFixture(QObject* parent = nullptr);

    DocumentController* controller() { return &controller_; }

    /// Opens the bundled three-tier example afresh (no undo history).
    Q_INVOKABLE bool openExample();
    /// Removes the database NACL's outbound rules: NACL_EPHEMERAL_BLOCKED, with a fix.
    Q_INVOKABLE bool breakDatabaseNacl();
    /// Stores `aclId`'s entries in reverse, so that the document's order is not AWS's.
    Q_INVOKABLE bool reverseNaclEntries(const QString& aclId);
    /// `aclId`'s entries in the document's order, as "inbound 100" or "outbound 120".
    Q_INVOKABLE QStringList naclRules(const QString& aclId) const;

    /// The setting `key` of resource `id` as core/edit/property_fields.h reads it ("" when
    /// either is unknown): what the inspector's Settings show, read from the document.
    Q_INVOKABLE QString setting(const QString& id, const QString& key) const;

    /// The findings model's rows, read through its roles: code, message, resources.
    Q_INVOKABLE QVariantList findingRows() const;

private:
    DocumentController controller_;
};

} // namespace topograph
