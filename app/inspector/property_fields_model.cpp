// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/property_fields_model.h"

#include "app/inspector/followed_document.h"

#include <algorithm>

namespace topograph {

namespace {

QString typeName(FieldType type) {
    switch (type) {
    case FieldType::Flag:
        return QStringLiteral("flag");
    case FieldType::Choice:
        return QStringLiteral("choice");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::NumberList:
        return QStringLiteral("numberList");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::References:
        return QStringLiteral("references");
    }
    return {};
}

QStringList referencedIds(const PropertyField& field) {
    QStringList ids;
    for (const QString& id : QString::fromStdString(field.value).split(u',', Qt::SkipEmptyParts)) {
        ids.append(id.trimmed());
    }
    return ids;
}

bool sameKeys(const std::vector<PropertyField>& a, const std::vector<PropertyField>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PropertyField& x, const PropertyField& y) {
                          return x.key == y.key && x.type == y.type;
                      });
}

bool sameField(const PropertyField& a, const PropertyField& b) {
    return a.key == b.key && a.label == b.label && a.type == b.type && a.value == b.value &&
           a.choices == b.choices && a.help == b.help;
}

} // namespace

PropertyFieldsModel::PropertyFieldsModel(QObject* parent) : QAbstractListModel(parent) {}

void PropertyFieldsModel::setController(DocumentController* controller) {
    if (followDocument(controller_, changed_, controller, this, &PropertyFieldsModel::reload)) {
        emit controllerChanged();
        reload();
    }
}

void PropertyFieldsModel::setResourceId(const QString& id) {
    if (resourceId_ == id) {
        return;
    }
    resourceId_ = id;
    emit resourceIdChanged();
    setLastError({});
    reload();
}

const Resource* PropertyFieldsModel::resource() const {
    if (controller_ == nullptr || resourceId_.isEmpty()) {
        return nullptr;
    }
    return controller_->document().find(resourceId_.toStdString());
}

void PropertyFieldsModel::reload() {
    const Resource* shown = resource();
    std::vector<PropertyField> fresh = shown == nullptr
                                           ? std::vector<PropertyField>{}
                                           : propertyFieldsOf(controller_->document(), *shown);
    if (sameKeys(fresh, fields_)) {
        // Only the fields that read differently: an edit elsewhere in a large model leaves
        // every editor alone instead of having QML rebuild each one's choices.
        for (std::size_t row = 0; row < fresh.size(); ++row) {
            if (!sameField(fresh[row], fields_[row])) {
                fields_[row] = std::move(fresh[row]);
                emit dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
            }
        }
        return;
    }
    beginResetModel();
    fields_ = std::move(fresh);
    endResetModel();
    emit countChanged();
}

int PropertyFieldsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PropertyFieldsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) {
        return {};
    }
    const PropertyField& field = fields_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return QString::fromStdString(field.key);
    case LabelRole:
        return QString::fromStdString(field.label);
    case TypeRole:
        return typeName(field.type);
    case ValueRole:
        return QString::fromStdString(field.value);
    case HelpRole:
        return QString::fromStdString(field.help);
    case ChoicesRole: {
        const QStringList chosen = referencedIds(field);
        QVariantList choices;
        for (const FieldChoice& choice : field.choices) {
            const QString value = QString::fromStdString(choice.value);
            choices.append(QVariantMap{
                {QStringLiteral("value"), value},
                {QStringLiteral("label"), QString::fromStdString(choice.label)},
                {QStringLiteral("selected"), field.type == FieldType::References
                                                 ? chosen.contains(value)
                                                 : choice.value == field.value},
            });
        }
        return choices;
    }
    case ChoiceIndexRole: {
        const auto found =
            std::find_if(field.choices.begin(), field.choices.end(),
                         [&](const FieldChoice& choice) { return choice.value == field.value; });
        return found == field.choices.end()
                   ? -1
                   : static_cast<int>(std::distance(field.choices.begin(), found));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PropertyFieldsModel::roleNames() const {
    return {
        {KeyRole, "key"},     {LabelRole, "label"},     {TypeRole, "type"},
        {ValueRole, "value"}, {ChoicesRole, "choices"}, {ChoiceIndexRole, "choiceIndex"},
        {HelpRole, "help"},
    };
}

const PropertyField* PropertyFieldsModel::fieldOf(const QString& key) const {
    const auto found = std::find_if(fields_.begin(), fields_.end(), [&](const PropertyField& f) {
        return QString::fromStdString(f.key) == key;
    });
    return found == fields_.end() ? nullptr : &*found;
}

bool PropertyFieldsModel::setValue(const QString& key, const QString& text) {
    const Resource* shown = resource();
    const PropertyField* field = fieldOf(key);
    if (shown == nullptr || field == nullptr) {
        // A field of an item no longer shown (an editor finishing as it is torn down).
        return false;
    }
    auto result =
        propertyEdit(controller_->document(), *shown, key.toStdString(), text.toStdString());
    if (const auto* refusal = std::get_if<FieldError>(&result)) {
        setLastError(QString::fromStdString(refusal->message));
        return false;
    }
    setLastError({});
    DocumentEdit& edit = std::get<DocumentEdit>(result);
    if (edit.empty()) {
        return true;
    }
    controller_->pushEdit(std::move(edit), tr("Set %1 of %2")
                                               .arg(QString::fromStdString(field->label).toLower(),
                                                    QString::fromStdString(shown->label())));
    return true;
}

bool PropertyFieldsModel::setReference(const QString& key, const QString& id, bool on) {
    const PropertyField* field = fieldOf(key);
    if (field == nullptr || field->type != FieldType::References) {
        return false;
    }
    QStringList ids = referencedIds(*field);
    ids.removeAll(id);
    if (on) {
        ids.append(id);
    }
    return setValue(key, ids.join(QStringLiteral(", ")));
}

void PropertyFieldsModel::setLastError(const QString& error) {
    if (lastError_ != error) {
        lastError_ = error;
        emit lastErrorChanged();
    }
}

} // namespace topograph
