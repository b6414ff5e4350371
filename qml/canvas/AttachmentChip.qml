// SPDX-License-Identifier: Apache-2.0
// A route table, network ACL or security group drawn on the subnet or workload it applies to;
// a click selects it, so the inspector shows its routes, entries or rules.
import QtQuick
import QtQuick.Controls
import Topograph

Rectangle {
    id: chip

    required property string attachedId
    required property string ownerId
    required property string kind
    required property string shortLabel
    required property string name
    required property real chipX
    required property real chipY
    required property real chipWidth
    required property real chipHeight
    /// The canvas's current item: the chip of the selected table, ACL or group stands out.
    required property string selectedId

    signal clicked(string id)

    objectName: "chip:" + ownerId + ":" + attachedId
    z: 150
    x: chipX
    y: chipY
    width: chipWidth
    height: chipHeight
    radius: 3
    // The AWS icon colours: purple for routing, red for the rule-bearing firewalls.
    color: kind === "route-table" ? "#8C4FFF" : "#DD344C"
    border.width: selectedId === attachedId ? 2 : 0
    border.color: Theme.selection

    Text {
        anchors.centerIn: parent
        text: chip.shortLabel
        color: Theme.textOnAccent
        font.pixelSize: 10
        font.bold: true
    }

    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: chip.clicked(chip.attachedId)
    }

    ToolTip.visible: area.containsMouse
    ToolTip.delay: 400
    ToolTip.text: chip.name + qsTr(" (click to inspect)")
}
