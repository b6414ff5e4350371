// SPDX-License-Identifier: Apache-2.0
// The selected resource's tags: a key and a value per row, edited in place.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

InspectorSection {
    id: tagsEditor

    required property InspectorController inspector

    heading: qsTr("Tags")
    addText: qsTr("Add tag")
    onAddClicked: {
        if (newKey.text.length > 0 && tagsEditor.inspector.setTag(newKey.text, newValue.text)) {
            newKey.text = ""
            newValue.text = ""
        }
    }

    Repeater {
        model: tagsEditor.inspector.tags
        delegate: RowLayout {
            id: tagRow

            required property string key
            required property string value

            Layout.fillWidth: true
            TextField {
                Layout.preferredWidth: 120
                text: tagRow.key
                selectByMouse: true
                onEditingFinished: {
                    if (text !== tagRow.key)
                        tagsEditor.inspector.renameTag(tagRow.key, text)
                }
            }
            TextField {
                Layout.fillWidth: true
                text: tagRow.value
                selectByMouse: true
                onEditingFinished: {
                    if (text !== tagRow.value)
                        tagsEditor.inspector.setTag(tagRow.key, text)
                }
            }
            ToolButton {
                text: "✕"
                onClicked: tagsEditor.inspector.removeTag(tagRow.key)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this tag")
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: newKey
            Layout.preferredWidth: 120
            placeholderText: qsTr("New key")
            selectByMouse: true
        }
        TextField {
            id: newValue
            Layout.fillWidth: true
            placeholderText: qsTr("Value")
            selectByMouse: true
            onAccepted: tagsEditor.addClicked()
        }
    }
}
