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
