// SPDX-License-Identifier: Apache-2.0
// A modal message with a title, a text (selectable, to copy into a bug report) and OK.
import QtQuick
import QtQuick.Controls

Dialog {
    id: box

    property string text

    function show(heading: string, message: string) {
        title = heading
        text = message
        open()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 640, 640)
    standardButtons: Dialog.Ok

    ScrollView {
        anchors.fill: parent
        implicitHeight: Math.min(messageText.implicitHeight, 360)
        TextArea {
            id: messageText
            text: box.text
            readOnly: true
            wrapMode: Text.Wrap
            background: null
        }
    }
}
