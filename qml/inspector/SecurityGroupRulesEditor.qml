// SPDX-License-Identifier: Apache-2.0
// A security group's rules, inbound then outbound; all of them apply together (stateful: a
// response needs no rule).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

InspectorSection {
    id: editor

    required property DocumentController controller
    property alias resourceId: rules.resourceId

    visible: rules.valid
    heading: qsTr("Security group: %1").arg(rules.title)
    subheading: qsTr("Stateful: allowing a request allows its response.")
    addText: qsTr("Add rule")
    error: rules.lastError
    onAddClicked: rules.addEntry()

    SecurityGroupRulesModel {
        id: rules
        controller: editor.controller
    }

    ListView {
        objectName: "securityGroupRules"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        model: rules
        delegate: Rectangle {
            id: row

            required property int index
            required property string direction
            required property string protocol
            required property string ports
            required property string peer
            required property string peerId
            required property string description
            required property bool hasPorts

            width: ListView.view.width
            implicitHeight: cells.implicitHeight + 8
            color: index % 2 === 0 ? Theme.stripe : "transparent"
            radius: 3

            GridLayout {
                id: cells
                anchors.fill: parent
                anchors.margins: 4
                columns: 4
                columnSpacing: 4
                rowSpacing: 2

                CellChoice {
                    Layout.preferredWidth: 100
                    value: row.direction
                    choices: ["inbound", "outbound"]
                    onCommitted: (text) => rules.setEntryField(row.index, "direction", text)
                }
                CellChoice {
                    Layout.preferredWidth: 80
                    value: row.protocol
                    choices: ["tcp", "udp", "icmp", "icmpv6", "all"]
                    onCommitted: (text) => rules.setEntryField(row.index, "protocol", text)
                }
                CellField {
                    Layout.fillWidth: true
                    value: row.ports
                    enabled: row.hasPorts
                    placeholderText: row.hasPorts ? qsTr("all ports") : qsTr("n/a")
                    onCommitted: (text) => rules.setEntryField(row.index, "ports", text)
                }
                ToolButton {
                    text: "✕"
                    onClicked: rules.removeEntry(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this rule")
                }
                CellField {
                    Layout.preferredWidth: 184
                    Layout.columnSpan: 2
                    value: row.peer
                    placeholderText: qsTr("CIDR, or a security group's name or id")
                    // A group shows by its name; its id is one hover away.
                    ToolTip.visible: hovered && row.peerId !== row.peer
                    ToolTip.text: row.peerId
                    onCommitted: (text) => rules.setEntryField(row.index, "peer", text)
                }
                CellField {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    value: row.description
                    placeholderText: qsTr("Description")
                    onCommitted: (text) => rules.setEntryField(row.index, "description", text)
                }
            }
        }
    }
}
