// SPDX-License-Identifier: Apache-2.0
// The mark on an item that a finding names: red for an error, amber for a warning.
import QtQuick
import Topograph

Rectangle {
    id: badge

    /// "error", "warning" or "" (no badge).
    property string severity

    visible: severity.length > 0
    width: 18
    height: 18
    radius: 9
    color: severity === "error" ? Theme.error : Theme.warning
    border.color: Theme.canvas
    border.width: 1.5

    Text {
        anchors.centerIn: parent
        text: "!"
        color: Theme.textOnAccent
        font.pixelSize: 12
        font.bold: true
    }
}
