// SPDX-License-Identifier: Apache-2.0
// The validator's findings beside the canvas: errors first, each with its code, what is wrong and
// the fix. Clicking one asks the window to show the first drawn resource it names.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Pane {
    id: panel

    required property FindingsModel findings

    signal findingClicked(var resources)

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            text: panel.findings.summary
            font.bold: true
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "findingsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.findings
            currentIndex: -1
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: entry

                required property int index
                required property string severity
                required property string code
                required property string message
                required property string fix
                required property string fixLabel
                required property var resources

                // The selected row is drawn in the highlight colour; its text follows.
                readonly property color textColor: highlighted ? palette.highlightedText
                                                               : palette.windowText
                readonly property color quietColor: highlighted ? palette.highlightedText
                                                                : Theme.secondaryText
                readonly property color fixColor: highlighted ? palette.highlightedText : Theme.okText

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = index
                    panel.findingClicked(resources)
                }

                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 3
                        width: 10
                        height: 10
                        radius: 5
                        border.color: entry.highlighted ? Theme.textOnAccent : "transparent"
                        color: entry.severity === "error" ? Theme.error
                               : entry.severity === "warning" ? Theme.warning : Theme.accentText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: entry.code
                            font.bold: true
                            font.pixelSize: 11
                            color: entry.quietColor
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.message
                            wrapMode: Text.Wrap
                            color: entry.textColor
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: entry.fix.length > 0
                            text: qsTr("Fix: %1").arg(entry.fix)
                            wrapMode: Text.Wrap
                            color: entry.fixColor
                            font.pixelSize: 12
                        }
                        // The one-click fix, when one can be computed: one undoable edit.
                        Button {
                            objectName: "fixButton"
                            Layout.topMargin: 4
                            Layout.fillWidth: true
                            visible: entry.fixLabel.length > 0
                            text: entry.fixLabel
                            font.pixelSize: 12
                            // Labels name the rule or block they add: wrap rather than elide.
                            contentItem: Label {
                                text: entry.fixLabel
                                font.pixelSize: 12
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignLeft
                            }
                            onClicked: panel.findings.requestFix(entry.index)
                        }
                    }
                }
            }
        }
    }
}
