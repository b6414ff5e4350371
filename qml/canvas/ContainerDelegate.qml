// SPDX-License-Identifier: Apache-2.0
// A group box in the AWS architecture-diagram style: the kind's icon in the top-left corner,
// the name and CIDR in the title band; dashed outlines for regions and availability zones.
import QtQuick
import QtQuick.Shapes
import Topograph

Item {
    id: container

    required property real itemX
    required property real itemY
    required property real itemWidth
    required property real itemHeight
    required property string itemId
    required property int depth
    required property string kind
    required property string name
    required property string subtitle
    required property string iconSource
    required property bool isPublic
    required property real titleBandHeight
    required property string badge

    z: depth
    // Created only while in view and zoomed in (DiagramCanvas's ViewWindowFilter); zoomed
    // out, DiagramOverview draws the item.

    objectName: itemId
    x: itemX
    y: itemY
    width: itemWidth
    height: itemHeight

    readonly property bool dashed: kind === "region" || kind === "availability-zone"
    readonly property bool showsIcon: kind !== "availability-zone"
    readonly property color strokeColor: {
        switch (kind) {
        case "region": return Theme.regionStroke
        case "availability-zone": return Theme.zoneStroke
        case "subnet": return isPublic ? Theme.publicSubnetStroke : Theme.privateSubnetStroke
        default: return Theme.vpcStroke
        }
    }
    readonly property color fillColor: {
        switch (kind) {
        case "subnet": return isPublic ? Theme.publicSubnetFill : Theme.privateSubnetFill
        case "vpc": return Theme.vpcFill
        case "region": return Theme.regionFill
        default: return "transparent"
        }
    }
    readonly property color titleColor: kind === "subnet" ? strokeColor : Theme.text

    Rectangle {
        anchors.fill: parent
        visible: !container.dashed
        color: container.fillColor
        border.color: container.strokeColor
        border.width: container.kind === "vpc" ? 2 : 1.5
        radius: 3
    }

    Rectangle {
        anchors.fill: parent
        visible: container.dashed
        color: container.fillColor
    }

    Shape {
        anchors.fill: parent
        visible: container.dashed
        ShapePath {
            strokeColor: container.strokeColor
            strokeWidth: 1.5
            strokeStyle: ShapePath.DashLine
            dashPattern: [5, 3]
            fillColor: "transparent"
            startX: 0
            startY: 0
            PathLine { x: container.width; y: 0 }
            PathLine { x: container.width; y: container.height }
            PathLine { x: 0; y: container.height }
            PathLine { x: 0; y: 0 }
        }
    }

    Image {
        id: icon
        visible: container.showsIcon
        x: 0
        y: 0
        width: container.titleBandHeight - 4
        height: width
        source: container.iconSource
        sourceSize.width: 64
        sourceSize.height: 64
    }

    Row {
        x: container.showsIcon ? icon.width + 8 : 10
        height: container.titleBandHeight - 4
        width: container.width - x - (container.badge.length > 0 ? 32 : 8)
        spacing: 8
        clip: true

        Text {
            id: nameText
            anchors.verticalCenter: parent.verticalCenter
            text: container.name
            color: container.titleColor
            font.pixelSize: 13
            font.bold: true
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: container.subtitle !== container.name ? container.subtitle : ""
            color: Theme.secondaryText
            font.pixelSize: 12
            elide: Text.ElideRight
            width: Math.max(0, parent.width - nameText.width - parent.spacing)
        }
    }

    FindingBadge {
        anchors.right: parent.right
        anchors.rightMargin: 8
        y: (container.titleBandHeight - 4 - height) / 2
        severity: container.badge
    }
}
