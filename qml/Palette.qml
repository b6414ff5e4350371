// SPDX-License-Identifier: Apache-2.0
// The component palette: a search field and the components by category. Dragging a tile onto
// the canvas asks the controller to add one there; the palette knows nothing of the model.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Pane {
    id: palette

    padding: 0

    PaletteModel {
        id: paletteModel
        filterText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            objectName: "paletteSearch"
            Layout.fillWidth: true
            Layout.margins: 8
            placeholderText: qsTr("Search components")
            selectByMouse: true
            Keys.onEscapePressed: text = ""
        }

        ListView {
            id: list
            objectName: "paletteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: paletteModel
            ScrollBar.vertical: ScrollBar {}
            delegate: Item {
                id: tile

                required property string kind
                required property string label
                required property string category
                required property string iconSource
                required property string hint
                required property bool startsCategory

                objectName: "palette-" + kind
                width: ListView.view.width
                height: 44 + (startsCategory ? heading.height : 0)

                Label {
                    id: heading
                    visible: tile.startsCategory
                    width: parent.width
                    leftPadding: 12
                    topPadding: 10
                    bottomPadding: 4
                    text: tile.category
                    font.bold: true
                    font.pixelSize: 12
                    color: Theme.secondaryText
                }

                Item {
                    id: body
                    y: tile.startsCategory ? heading.height : 0
                    width: parent.width
                    height: 44

                    Rectangle {
                        anchors.fill: parent
                        anchors.leftMargin: 6
                        anchors.rightMargin: 6
                        radius: 4
                        color: hover.hovered ? Theme.hover : "transparent"
                    }

                    Image {
                        id: icon
                        x: 12
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: 28
                        source: tile.iconSource
                        sourceSize.width: 56
                        sourceSize.height: 56
                    }

                    Column {
                        anchors.left: icon.right
                        anchors.leftMargin: 10
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        Label {
                            width: parent.width
                            text: tile.label
                            elide: Text.ElideRight
                        }
                        Label {
                            width: parent.width
                            text: tile.hint
                            elide: Text.ElideRight
                            color: Theme.mutedText
                            font.pixelSize: 11
                        }
                    }
                }

                HoverHandler {
                    id: hover
                    cursorShape: Qt.OpenHandCursor
                }

                ToolTip.visible: hover.hovered && !drag.active
                ToolTip.delay: 800
                ToolTip.text: qsTr("Drag onto the canvas: %1").arg(tile.hint)

                DragHandler {
                    id: drag
                    target: null
                    onActiveChanged: {
                        if (!active)
                            ghost.Drag.drop()
                    }
                }

                // The tile as it follows the pointer; it carries the kind to the canvas's
                // DropArea.
                Rectangle {
                    id: ghost
                    // Drawn in the window's overlay, above the canvas and its panels.
                    parent: Overlay.overlay
                    visible: drag.active
                    width: 132
                    height: 40
                    radius: 6
                    color: Theme.panel
                    border.color: Theme.accent
                    opacity: 0.9
                    x: drag.centroid.scenePosition.x - width / 2
                    y: drag.centroid.scenePosition.y - height / 2
                    Drag.active: drag.active
                    // The second key names the kind: the canvas reads it from the drop.
                    Drag.keys: ["topograph/kind", tile.kind]
                    Drag.hotSpot.x: width / 2
                    Drag.hotSpot.y: height / 2
                    Row {
                        anchors.centerIn: parent
                        spacing: 6
                        Image {
                            width: 24
                            height: 24
                            source: tile.iconSource
                            sourceSize.width: 48
                            sourceSize.height: 48
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: tile.label
                        }
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            visible: paletteModel.count === 0
            text: qsTr("No component matches \u201c%1\u201d.").arg(search.text)
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
    }
}
