// SPDX-License-Identifier: Apache-2.0
// The whole diagram small, in a corner of the canvas: the regions, VPCs and zones as outlines
// (only containers, and only the outer three levels: a few hundred rectangles at most for a
// 2,000-item model, drawn once and moved by nothing but edits) and the part in view as a
// rectangle. A click or a drag centres the view there.
pragma ComponentBehavior: Bound

import QtQuick
import Topograph

Rectangle {
    id: minimap

    required property DiagramCanvas diagram

    readonly property real sceneWidth: Math.max(1, diagram.items.sceneWidth)
    readonly property real sceneHeight: Math.max(1, diagram.items.sceneHeight)
    /// Scene units to minimap pixels, leaving a margin of 6 pixels.
    readonly property real factor: Math.min((width - 12) / sceneWidth, (height - 12) / sceneHeight)

    /// Centres the diagram's view on the minimap point (x, y).
    function centreOn(x: real, y: real) {
        const sceneX = (x - map.x) / factor
        const sceneY = (y - map.y) / factor
        diagram.panBy(sceneX * diagram.zoom - diagram.width / 2 - diagram.contentX,
                      sceneY * diagram.zoom - diagram.height / 2 - diagram.contentY)
    }

    objectName: "minimap"
    width: 220
    height: 150
    radius: 4
    color: Theme.panel
    border.color: Theme.border
    opacity: 0.92

    Item {
        id: map
        x: (minimap.width - minimap.sceneWidth * minimap.factor) / 2
        y: (minimap.height - minimap.sceneHeight * minimap.factor) / 2
        width: minimap.sceneWidth * minimap.factor
        height: minimap.sceneHeight * minimap.factor
        clip: true

        Repeater {
            model: minimap.diagram.containers
            delegate: Rectangle {
                required property real itemX
                required property real itemY
                required property real itemWidth
                required property real itemHeight
                required property int depth
                required property string kind
                visible: depth <= 2
                x: itemX * minimap.factor
                y: itemY * minimap.factor
                width: itemWidth * minimap.factor
                height: itemHeight * minimap.factor
                color: "transparent"
                border.width: 1
                border.color: kind === "vpc" ? Theme.vpcStroke
                              : kind === "region" ? Theme.regionStroke : Theme.zoneStroke
            }
        }

        // The part of the diagram in view.
        Rectangle {
            objectName: "minimapView"
            x: minimap.diagram.contentX / minimap.diagram.zoom * minimap.factor
            y: minimap.diagram.contentY / minimap.diagram.zoom * minimap.factor
            width: minimap.diagram.width / minimap.diagram.zoom * minimap.factor
            height: minimap.diagram.height / minimap.diagram.zoom * minimap.factor
            color: Qt.rgba(Theme.selection.r, Theme.selection.g, Theme.selection.b, 0.15)
            border.color: Theme.selection
            border.width: 1.5
        }
    }

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onPressed: (mouse) => minimap.centreOn(mouse.x, mouse.y)
        onPositionChanged: (mouse) => {
            if (pressed)
                minimap.centreOn(mouse.x, mouse.y)
        }
    }
}
