// SPDX-License-Identifier: Apache-2.0
// File > Export > PNG / SVG: the options and a preview of the file as it will look, with its
// size; accepting asks where to write it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Dialog {
    id: dialog

    required property DocumentController controller
    /// "png" or "svg"; set before open().
    property string format: "png"

    readonly property real pngScale: scaleBox.currentIndex === 2 ? 4
                                  : scaleBox.currentIndex === 1 ? 2 : 1
    readonly property bool transparent: transparentBox.checked
    readonly property bool badges: badgesBox.checked
    readonly property bool legend: legendBox.checked

    title: format === "svg" ? qsTr("Export SVG") : qsTr("Export PNG")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Export…")

    ExportPreview {
        id: preview
        controller: dialog.controller
        active: dialog.visible
        format: dialog.format
        scale: dialog.pngScale
        transparent: dialog.transparent
        badges: dialog.badges
        legend: dialog.legend
        maximumWidth: 640
        maximumHeight: 400
    }

    ColumnLayout {
        spacing: 12

        GridLayout {
            columns: 2
            columnSpacing: 12
            Label {
                text: qsTr("Scale:")
                visible: dialog.format === "png"
            }
            ComboBox {
                id: scaleBox
                visible: dialog.format === "png"
                model: [qsTr("1× (screen)"), qsTr("2× (sharp on high-DPI)"), qsTr("4× (print)")]
                currentIndex: 1
                Layout.preferredWidth: 220
            }
            Label { text: qsTr("Background:") }
            CheckBox {
                id: transparentBox
                text: qsTr("Transparent")
            }
            Label { text: qsTr("Show:") }
            RowLayout {
                CheckBox {
                    id: badgesBox
                    text: qsTr("Finding badges")
                    checked: true
                }
                CheckBox {
                    id: legendBox
                    text: qsTr("Legend")
                    checked: true
                }
            }
        }

        // A checkerboard shows through where the image is transparent.
        Rectangle {
            Layout.preferredWidth: 640
            Layout.preferredHeight: 400
            color: Theme.panel
            border.color: Theme.border
            Grid {
                anchors.fill: parent
                anchors.margins: 1
                visible: dialog.transparent
                clip: true
                columns: Math.ceil(width / 16)
                Repeater {
                    model: Math.ceil(640 / 16) * Math.ceil(400 / 16)
                    Rectangle {
                        required property int index
                        readonly property int column: index % Math.ceil(640 / 16)
                        readonly property int row: Math.floor(index / Math.ceil(640 / 16))
                        width: 16
                        height: 16
                        color: (column + row) % 2 === 0 ? "#FFFFFF" : "#D5DBDB"
                    }
                }
            }
            Image {
                id: previewImage
                objectName: "exportPreviewImage"
                anchors.centerIn: parent
                source: preview.imageUrl
                fillMode: Image.PreserveAspectFit
                width: Math.min(implicitWidth, parent.width - 2)
                height: Math.min(implicitHeight, parent.height - 2)
                cache: false
            }
            Label {
                anchors.centerIn: parent
                visible: previewImage.status !== Image.Ready
                text: qsTr("Drawing the preview…")
                color: Theme.secondaryText
            }
        }

        Label {
            text: preview.sizeText
            color: Theme.secondaryText
        }
        Label {
            visible: preview.error.length > 0
            text: preview.error
            color: Theme.error
            wrapMode: Text.WordWrap
            Layout.preferredWidth: 640
        }
    }
}
