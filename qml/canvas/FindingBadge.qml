// SPDX-License-Identifier: Apache-2.0
// The mark on an item that a finding names: red for an error, amber for a warning.
import QtQuick

Rectangle {
    id: badge

    /// "error", "warning" or "" (no badge).
    property string severity

    visible: severity.length > 0
    width: 18
    height: 18
    radius: 9
    color: severity === "error" ? "#D13212" : "#F2A100"
    border.color: "white"
    border.width: 1.5

    Text {
        anchors.centerIn: parent
        text: "!"
        color: "white"
        font.pixelSize: 12
        font.bold: true
    }
}
