// SPDX-License-Identifier: Apache-2.0
// Why the last file did not open: "file:line:column: message", selectable so it can be copied.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: banner

    required property string message
    signal dismissRequested()

    implicitHeight: layout.implicitHeight + 24
    radius: 6
    color: "#FDF3F4"
    border.color: "#D13212"
    border.width: 1

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("The file could not be opened")
                font.bold: true
                color: "#D13212"
            }
            TextEdit {
                text: banner.message
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                color: "#16191F"
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Dismiss")
            onClicked: banner.dismissRequested()
        }
    }
}
