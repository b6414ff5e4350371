// SPDX-License-Identifier: Apache-2.0
// The reachability path over the diagram, in scene coordinates: green where the packet got
// through, red into the item that stopped it, the response dashed beside the request, and the
// blocking item outlined in red with its code. Lives inside the canvas's scene item.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes
import Topograph

Item {
    id: overlay

    required property ReachPathModel path
    /// The canvas zoom, so that lines and labels keep a readable width when zoomed out.
    property real zoom: 1

    readonly property color allowedColor: Theme.ok
    readonly property color blockedColor: Theme.error
    readonly property real lineWidth: 3 / Math.max(zoom, 0.25)

    // Above the lines and the workloads (z 100), below the selection outline (z 200).
    z: 150

    Repeater {
        model: overlay.path
        delegate: Shape {
            id: segment

            required property real x1
            required property real y1
            required property real x2
            required property real y2
            required property bool allowed
            required property bool isResponse

            antialiasing: true

            ShapePath {
                strokeColor: segment.allowed ? overlay.allowedColor : overlay.blockedColor
                strokeWidth: overlay.lineWidth
                strokeStyle: segment.isResponse ? ShapePath.DashLine : ShapePath.SolidLine
                dashPattern: [3, 2]
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                startX: segment.x1
                startY: segment.y1
                PathLine { x: segment.x2; y: segment.y2 }
            }

            // A dot where the segment arrives, so the direction reads without arrowheads.
            Rectangle {
                x: segment.x2 - width / 2
                y: segment.y2 - height / 2
                width: overlay.lineWidth * 3
                height: width
                radius: width / 2
                color: segment.allowed ? overlay.allowedColor : overlay.blockedColor
            }
        }
    }

    Rectangle {
        id: blockedOutline
        objectName: "reachBlockedOutline"
        visible: overlay.path.hasBlocked
        x: overlay.path.blockedX - 6
        y: overlay.path.blockedY - 6
        width: overlay.path.blockedWidth + 12
        height: overlay.path.blockedHeight + 12
        color: "transparent"
        border.color: overlay.blockedColor
        border.width: overlay.lineWidth
        radius: 6

        Rectangle {
            anchors.left: parent.left
            anchors.bottom: parent.top
            anchors.bottomMargin: 2
            width: codeLabel.implicitWidth + 10
            height: codeLabel.implicitHeight + 4
            radius: 3
            color: overlay.blockedColor
            scale: 1 / Math.max(overlay.zoom, 0.25)
            transformOrigin: Item.BottomLeft

            Text {
                id: codeLabel
                anchors.centerIn: parent
                text: overlay.path.blockedCode
                color: Theme.textOnAccent
                font.pixelSize: 11
                font.bold: true
            }
        }
    }
}
