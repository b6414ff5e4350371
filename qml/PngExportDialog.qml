// SPDX-License-Identifier: Apache-2.0
// The PNG export's options: scale and background; accepting asks for the file.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    readonly property real pngScale: scaleBox.currentIndex === 2 ? 4
                                  : scaleBox.currentIndex === 1 ? 2 : 1
    readonly property bool pngTransparent: transparentBox.checked

    title: qsTr("Export PNG")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel

    GridLayout {
        columns: 2
        columnSpacing: 12
        Label { text: qsTr("Scale:") }
        ComboBox {
            id: scaleBox
            model: [qsTr("1× (screen)"), qsTr("2× (sharp on high-DPI)"), qsTr("4× (print)")]
            currentIndex: 1
            Layout.preferredWidth: 220
        }
        Label { text: qsTr("Background:") }
        CheckBox {
            id: transparentBox
            text: qsTr("Transparent")
        }
    }
}
