// SPDX-License-Identifier: Apache-2.0
// A workload or gateway: its icon with the name and a short description below.
import QtQuick
import Topograph

Item {
    id: node

    required property real itemX
    required property real itemY
    required property real itemWidth
    required property real itemHeight
    required property string itemId
    required property string name
    required property string subtitle
    required property string iconSource
    required property string badge

    z: 100
    // Created only while in view and zoomed in (DiagramCanvas's ViewWindowFilter); zoomed
    // out, DiagramOverview draws the item.

    objectName: itemId
    x: itemX
    y: itemY
    width: itemWidth
    height: itemHeight

    Image {
        id: icon
        anchors.horizontalCenter: parent.horizontalCenter
        y: 4
        width: 44
        height: 44
        source: node.iconSource
        sourceSize.width: 88
        sourceSize.height: 88
    }

    FindingBadge {
        anchors.left: icon.right
        anchors.leftMargin: -8
        anchors.top: icon.top
        anchors.topMargin: -6
        severity: node.badge
    }

    Text {
        id: nameText
        anchors.top: icon.bottom
        anchors.topMargin: 6
        width: node.width
        horizontalAlignment: Text.AlignHCenter
        text: node.name
        elide: Text.ElideRight
        color: Theme.text
        font.pixelSize: 12
        font.bold: true
    }

    Text {
        anchors.top: nameText.bottom
        anchors.topMargin: 2
        width: node.width
        horizontalAlignment: Text.AlignHCenter
        text: node.subtitle !== node.name ? node.subtitle : ""
        elide: Text.ElideRight
        color: Theme.secondaryText
        font.pixelSize: 11
    }
}
