// SPDX-License-Identifier: Apache-2.0
// One line of the diagram with its arrowhead; the points come from EdgeModel.
import QtQuick
import QtQuick.Shapes
import Topograph

Shape {
    id: edge

    required property string kind
    required property var points
    required property var arrowHead
    /// The part of the scene with delegates (scene coordinates): a line outside it is hidden.
    /// The software renderer strokes every shown line each frame, dashes and all, at the
    /// current zoom; 49 lines across a large model doubled the cost of a frame at 70-100 %.
    property rect window

    /// The rectangle around the line and its arrow head.
    readonly property rect bounds: {
        let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity
        for (const list of [points, arrowHead]) {
            for (let i = 0; i < list.length; ++i) {
                left = Math.min(left, list[i].x)
                top = Math.min(top, list[i].y)
                right = Math.max(right, list[i].x)
                bottom = Math.max(bottom, list[i].y)
            }
        }
        return left <= right ? Qt.rect(left, top, right - left, bottom - top) : Qt.rect(0, 0, 0, 0)
    }

    readonly property color lineColor: {
        switch (kind) {
        case "route": return Theme.routeLine
        case "load-balancing": return Theme.loadBalancingLine
        case "vpn": return Theme.vpnLine
        default: return Theme.otherLine
        }
    }

    z: 50
    antialiasing: true
    visible: bounds.x <= window.x + window.width && bounds.x + bounds.width >= window.x
             && bounds.y <= window.y + window.height && bounds.y + bounds.height >= window.y

    ShapePath {
        strokeColor: edge.lineColor
        strokeWidth: 1.5
        strokeStyle: edge.kind === "route" ? ShapePath.DashLine : ShapePath.SolidLine
        dashPattern: [4, 3]
        fillColor: "transparent"
        PathPolyline { path: edge.points }
    }

    ShapePath {
        strokeColor: edge.lineColor
        strokeWidth: 1
        fillColor: edge.lineColor
        PathPolyline { path: edge.arrowHead }
    }
}
