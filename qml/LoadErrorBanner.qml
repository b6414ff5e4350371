// SPDX-License-Identifier: Apache-2.0
// Why the last file did not open: "file:line:column: message", selectable so it can be copied.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Rectangle {
    id: banner

    required property string message
    signal dismissRequested()

    implicitHeight: layout.implicitHeight + 24
    radius: 6
    color: Theme.errorFill
    border.color: Theme.error
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
                color: Theme.error
            }
            TextEdit {
                text: banner.message
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                color: Theme.text
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Dismiss")
            onClicked: banner.dismissRequested()
        }
    }
}
