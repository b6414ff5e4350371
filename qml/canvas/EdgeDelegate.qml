// SPDX-License-Identifier: Apache-2.0
// One line of the diagram with its arrowhead; the points come from EdgeModel.
import QtQuick
import QtQuick.Shapes

Shape {
    id: edge

    required property string kind
    required property var points
    required property var arrowHead

    readonly property color lineColor: {
        switch (kind) {
        case "route": return "#687078"
        case "load-balancing": return "#ED7100"
        case "vpn": return "#DD344C"
        default: return "#8C4FFF"
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
