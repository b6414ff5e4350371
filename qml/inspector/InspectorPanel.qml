// SPDX-License-Identifier: Apache-2.0
// The inspector: what the selected item is, its name, CIDR block, notes and tags, and the rule
// tables that apply to it (a subnet's route table and network ACL, a workload's security
// groups). Every edit is one undo step; the C++ controller decides what is valid.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Pane {
    id: panel

    required property DocumentController controller
    property string selectedId

    padding: 0

    InspectorController {
        id: inspector
        objectName: "inspector"
        controller: panel.controller
        selectedId: panel.selectedId
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 32
        visible: !inspector.hasSelection
        text: qsTr("Select an item on the canvas to inspect it.")
        color: Theme.secondaryText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: inspector.hasSelection
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth - 24
            x: 12
            spacing: 6

            Label {
                Layout.topMargin: 12
                text: inspector.kindLabel + "  ·  " + inspector.selectedId
                color: Theme.secondaryText
                font.pixelSize: 12
            }
            TextField {
                id: nameField
                objectName: "nameField"
                Layout.fillWidth: true
                text: inspector.name
                placeholderText: qsTr("Name (shown on the canvas)")
                font.pixelSize: 16
                font.bold: true
                selectByMouse: true
                onEditingFinished: {
                    if (text !== inspector.name)
                        inspector.setName(text)
                }
                Keys.onEscapePressed: text = inspector.name
            }
            CidrField {
                Layout.fillWidth: true
                visible: inspector.hasCidr
                inspector: inspector
            }
            PropertiesEditor {
                Layout.fillWidth: true
                controller: panel.controller
                resourceId: inspector.hasSelection ? inspector.selectedId : ""
            }
            Label {
                text: qsTr("Notes")
                font.pixelSize: 12
                color: Theme.secondaryText
            }
            TextArea {
                id: notesField
                Layout.fillWidth: true
                Layout.minimumHeight: 56
                text: inspector.notes
                placeholderText: qsTr("Why this item is here, who owns it…")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                onEditingFinished: {
                    if (text !== inspector.notes)
                        inspector.setNotes(text)
                }
            }
            TagsEditor {
                Layout.fillWidth: true
                inspector: inspector
                error: inspector.lastError
            }
            RouteTableEditor {
                Layout.fillWidth: true
                controller: panel.controller
                resourceId: inspector.routeTableId
            }
            NaclEntriesEditor {
                Layout.fillWidth: true
                controller: panel.controller
                resourceId: inspector.networkAclId
            }
            Repeater {
                model: inspector.securityGroupIds
                delegate: SecurityGroupRulesEditor {
                    required property string modelData
                    Layout.fillWidth: true
                    controller: panel.controller
                    resourceId: modelData
                }
            }
            Item {
                Layout.preferredHeight: 12
            }
        }
    }
}
