// SPDX-License-Identifier: Apache-2.0
// Shown while no document is open (File > Close, --welcome): start a new model, open or import
// one, open a bundled example or a recent file, each with one click.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Topograph

Rectangle {
    id: welcome

    required property DocumentController controller

    /// File > Welcome shows it over an open document until a document opens or the user goes
    /// back; with no document (status Empty) it always shows.
    property bool requested: false

    signal newRequested()
    signal openRequested()
    signal importRequested()
    signal exampleRequested(address: string)
    signal recentRequested(path: string)

    visible: requested || controller.status === DocumentController.Empty
    color: Theme.window

    Connections {
        target: welcome.controller
        function onDocumentOpened() {
            welcome.requested = false
        }
    }

    ExampleList {
        id: examples
    }

    // Clicks and wheel events stop here instead of reaching the canvas underneath.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: (wheel) => wheel.accepted = true
    }

    // Positioners with explicit widths: wrapped text in Qt Quick Layouts of Qt 6.4 makes
    // polish loops.
    component Entry: ItemDelegate {
        id: entry
        property string detail
        width: parent ? parent.width : 0
        contentItem: Column {
            spacing: 2
            Label {
                width: parent.width
                text: entry.text
                font.pixelSize: 15
                color: Theme.accentText
                elide: Text.ElideRight
            }
            Label {
                width: parent.width
                visible: entry.detail.length > 0
                text: entry.detail
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
    }

    component Heading: Label {
        font.pixelSize: 13
        font.bold: true
        color: Theme.secondaryText
        topPadding: 16
        bottomPadding: 4
        leftPadding: 12
    }

    Flickable {
        anchors.fill: parent
        contentHeight: columns.height + 96
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Row {
            id: columns
            readonly property real columnWidth: (width - spacing) / 2
            width: Math.min(welcome.width - 64, 1000)
            x: (welcome.width - width) / 2
            y: 48
            spacing: 48

            Column {
                width: Math.min(columns.columnWidth, 400)
                spacing: 2

                Label {
                    text: qsTr("Topograph")
                    font.pixelSize: 30
                    color: Theme.text
                    leftPadding: 12
                }
                Label {
                    width: parent.width
                    text: qsTr("Design AWS networks and know at once whether they work.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    leftPadding: 12
                }
                Entry {
                    visible: welcome.controller.status !== DocumentController.Empty
                    text: qsTr("Back to %1").arg(welcome.controller.displayName)
                    onClicked: welcome.requested = false
                }

                Heading { text: qsTr("Start") }
                Entry {
                    objectName: "welcomeNew"
                    text: qsTr("New model")
                    detail: qsTr("An empty canvas; drag components from the palette.")
                    onClicked: welcome.newRequested()
                }
                Entry {
                    text: qsTr("Open…")
                    detail: qsTr("A Topograph model (.yaml).")
                    onClicked: welcome.openRequested()
                }
                Entry {
                    text: qsTr("Import CloudFormation…")
                    detail: qsTr("A template in YAML or JSON, drawn as a diagram.")
                    onClicked: welcome.importRequested()
                }

                Heading {
                    text: qsTr("Recent")
                    visible: welcome.controller.recentFiles.paths.length > 0
                }
                Repeater {
                    model: welcome.controller.recentFiles.paths
                    delegate: Entry {
                        required property string modelData
                        text: modelData.substring(modelData.lastIndexOf("/") + 1)
                        detail: modelData
                        onClicked: welcome.recentRequested(modelData)
                    }
                }
            }

            Column {
                width: columns.width - columns.spacing - Math.min(columns.columnWidth, 400)
                spacing: 2

                Heading {
                    text: qsTr("Examples")
                    topPadding: 0
                }
                Repeater {
                    model: examples
                    delegate: Entry {
                        required property string title
                        required property string description
                        required property string url
                        required property string fileName
                        objectName: "welcomeExample-" + fileName
                        text: title
                        detail: description
                        onClicked: welcome.exampleRequested(url)
                    }
                }
            }
        }
    }
}
