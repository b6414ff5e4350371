// SPDX-License-Identifier: Apache-2.0
// A question with a destructive answer (Delete) and Cancel; Escape cancels.
import QtQuick
import QtQuick.Controls

Dialog {
    id: dialog

    property string text
    property string confirmText: qsTr("Delete")

    signal confirmed()

    function ask(heading: string, message: string) {
        title = heading
        text = message
        open()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 560, 560)

    Label {
        width: parent.width
        text: dialog.text
        wrapMode: Text.Wrap
    }

    footer: Row {
        layoutDirection: Qt.RightToLeft
        spacing: 8
        padding: 12
        Button {
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
        Button {
            objectName: "confirmButton"
            text: dialog.confirmText
            highlighted: true
            onClicked: dialog.accept()
        }
    }

    onAccepted: confirmed()
}
