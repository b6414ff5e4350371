// SPDX-License-Identifier: Apache-2.0
// Asks what to do with unsaved changes before they would be lost (closing, opening another
// file): save them, discard them, or stay.
import QtQuick
import QtQuick.Controls

Dialog {
    id: dialog

    /// The document's name, shown in the question.
    property string documentName

    signal saveRequested()
    signal discardRequested()

    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: parent
    // A fixed width: sized by its content, the Fusion dialog of Qt 6.4 loops on implicitWidth.
    width: Math.min(parent ? parent.width - 64 : 520, 520)
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("Save the changes to “%1” before continuing?\nWithout saving, they are lost.")
              .arg(dialog.documentName)
    }

    onAccepted: saveRequested()
    onDiscarded: {
        close()
        discardRequested()
    }
}
