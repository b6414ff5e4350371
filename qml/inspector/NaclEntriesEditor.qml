// SPDX-License-Identifier: Apache-2.0
// A network ACL's entries in the order AWS evaluates them (inbound, then outbound, by rule
// number), each cell editable; the model refuses bad values and says why.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

InspectorSection {
    id: editor

    required property DocumentController controller
    property alias resourceId: entries.resourceId

    visible: entries.valid
    heading: qsTr("Network ACL: %1").arg(entries.title)
    subheading: qsTr("Evaluated from the lowest rule number up; the first match decides. "
                     + "Stateless: responses need their own rules.")
    addText: qsTr("Add rule")
    error: entries.lastError
    onAddClicked: entries.addEntry()

    NaclEntriesModel {
        id: entries
        controller: editor.controller
    }

    ListView {
        objectName: "naclEntries"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        model: entries
        delegate: Rectangle {
            id: row

            required property int index
            required property int ruleNumber
            required property string direction
            required property string action
            required property string protocol
            required property string ports
            required property string cidr
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

                CellField {
                    Layout.preferredWidth: 64
                    value: String(row.ruleNumber)
                    validator: IntValidator { bottom: 1; top: 32766 }
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Rule number")
                    onCommitted: (text) => entries.setEntryField(row.index, "ruleNumber", text)
                }
                CellChoice {
                    Layout.preferredWidth: 100
                    value: row.direction
                    choices: ["inbound", "outbound"]
                    onCommitted: (text) => entries.setEntryField(row.index, "direction", text)
                }
                CellChoice {
                    Layout.fillWidth: true
                    value: row.action
                    choices: ["allow", "deny"]
                    onCommitted: (text) => entries.setEntryField(row.index, "action", text)
                }
                ToolButton {
                    text: "✕"
                    onClicked: entries.removeEntry(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this rule")
                }
                CellChoice {
                    Layout.preferredWidth: 64
                    value: row.protocol
                    choices: ["tcp", "udp", "icmp", "icmpv6", "all"]
                    onCommitted: (text) => entries.setEntryField(row.index, "protocol", text)
                }
                CellField {
                    Layout.preferredWidth: 100
                    value: row.ports
                    enabled: row.hasPorts
                    placeholderText: row.hasPorts ? qsTr("all ports") : qsTr("n/a")
                    onCommitted: (text) => entries.setEntryField(row.index, "ports", text)
                }
                CellField {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    value: row.cidr
                    onCommitted: (text) => entries.setEntryField(row.index, "cidr", text)
                }
            }
        }
    }
}
