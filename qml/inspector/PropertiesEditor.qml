// SPDX-License-Identifier: Apache-2.0
// The selected item's own settings (a load balancer's subnets, scheme, listeners and targets, a
// database's engine and Multi-AZ, a subnet's public IP on launch, ...): one editor per setting,
// chosen by its type. The C++ model decides which settings exist and whether a value is valid.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

InspectorSection {
    id: editor

    required property DocumentController controller
    property string resourceId

    visible: fields.count > 0
    heading: qsTr("Settings")
    error: fields.lastError

    PropertyFieldsModel {
        id: fields
        objectName: "propertyFields"
        controller: editor.controller
        resourceId: editor.resourceId
    }

    Repeater {
        model: fields
        delegate: ColumnLayout {
            id: fieldRow

            required property string key
            required property string label
            required property string type
            required property string value
            required property var choices
            required property int choiceIndex
            required property string help
            // Settings typed as text: names, numbers, lists of numbers.
            readonly property bool isTyped: type === "text" || type === "number"
                                            || type === "numberList"

            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 2

            Label {
                visible: fieldRow.type !== "flag"
                text: fieldRow.label
                font.pixelSize: 12
                color: Theme.secondaryText
            }
            CheckBox {
                objectName: fieldRow.type === "flag" ? "field_" + fieldRow.key : ""
                visible: fieldRow.type === "flag"
                text: fieldRow.label
                checked: fieldRow.value === "true"
                // Toggling replaces the binding: put it back so undo shows here too.
                onToggled: {
                    fields.setValue(fieldRow.key, checked ? "true" : "false")
                    checked = Qt.binding(() => fieldRow.value === "true")
                }
            }
            ComboBox {
                objectName: fieldRow.type === "choice" ? "field_" + fieldRow.key : ""
                Layout.fillWidth: true
                visible: fieldRow.type === "choice"
                model: fieldRow.type === "choice" ? fieldRow.choices : []
                textRole: "label"
                valueRole: "value"
                currentIndex: fieldRow.choiceIndex
                onActivated: index => {
                    fields.setValue(fieldRow.key, fieldRow.choices[index].value)
                    currentIndex = Qt.binding(() => fieldRow.choiceIndex)
                }
            }
            TextField {
                objectName: fieldRow.isTyped ? "field_" + fieldRow.key : ""
                Layout.fillWidth: true
                visible: fieldRow.isTyped
                text: fieldRow.value
                selectByMouse: true
                inputMethodHints: fieldRow.type === "text" ? Qt.ImhNone : Qt.ImhDigitsOnly
                // A refused value stays to be corrected (the reason shows below the section);
                // Escape brings the current one back.
                onEditingFinished: {
                    if (text === fieldRow.value || fields.setValue(fieldRow.key, text))
                        text = Qt.binding(() => fieldRow.value)
                }
                Keys.onEscapePressed: {
                    text = Qt.binding(() => fieldRow.value)
                    fields.clearError()
                }
            }
            Repeater {
                model: fieldRow.type === "references" ? fieldRow.choices : []
                delegate: CheckBox {
                    required property var modelData

                    objectName: "field_" + fieldRow.key + "_" + modelData.value
                    Layout.fillWidth: true
                    text: modelData.label
                    checked: modelData.selected
                    onToggled: {
                        fields.setReference(fieldRow.key, modelData.value, checked)
                        checked = Qt.binding(() => modelData.selected)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: fieldRow.type === "references" && fieldRow.choices.length === 0
                text: qsTr("Nothing to choose from in this VPC yet.")
                font.pixelSize: 12
                color: Theme.secondaryText
            }
            Label {
                Layout.fillWidth: true
                visible: fieldRow.help.length > 0
                text: fieldRow.help
                font.pixelSize: 11
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }
}
