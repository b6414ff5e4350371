// SPDX-License-Identifier: Apache-2.0
// The reachability tool: pick a source and a destination (or type an id or an IP address), a
// protocol and a port, and check. The verdict says in words whether the connection works; a
// blocked one names the check that stopped it, why, and how to fix it. The hops list every
// check the packet passed, request then response. A pinned query is checked again after
// every edit. The path itself is drawn on the canvas by ReachPathOverlay.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Pane {
    id: panel

    required property DocumentController controller
    /// The query and its answer; the canvas overlay draws `reach.path`.
    readonly property ReachController reach: ReachController {
        controller: panel.controller
    }
    /// What the endpoint boxes offer, read again when the network changes.
    property var choices: []

    /// A hop was clicked: the drawn item it shows on ("" when it is not drawn).
    signal hopClicked(string anchorId)

    readonly property color allowedColor: Theme.ok
    readonly property color blockedColor: Theme.error
    readonly property color quietColor: Theme.secondaryText

    function refreshChoices() {
        const source = sourceBox.editText
        const destination = destinationBox.editText
        choices = reach.endpointChoices()
        // A new model resets the boxes' text; keep what the user chose or typed.
        sourceBox.editText = source
        destinationBox.editText = destination
    }

    /// Asks one question from elsewhere (a cell of the matrix): fills the fields and checks.
    function ask(source: string, destination: string, protocol: string, port: int) {
        sourceBox.editText = source
        destinationBox.editText = destination
        protocolBox.currentIndex = Math.max(0, protocolBox.find(protocol))
        portBox.value = port
        reach.run()
    }

    /// Another document: its workloads, and something to try at once (the first workload to the
    /// internet) instead of the previous document's ids.
    function resetChoices() {
        choices = reach.endpointChoices()
        sourceBox.currentIndex = 0
        destinationBox.currentIndex = Math.max(0, choices.length - 3)
        // The index may not have changed while the typed text has: set the text too.
        sourceBox.editText = choices.length > 0 ? choices[0] : ""
        destinationBox.editText = choices.length > 0 ? choices[destinationBox.currentIndex] : ""
    }

    padding: 0
    Component.onCompleted: resetChoices()

    Connections {
        target: panel.controller
        function onDocumentChanged() {
            panel.refreshChoices()
        }
        function onDocumentOpened() {
            panel.resetChoices()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            columns: 2
            columnSpacing: 8
            rowSpacing: 6

            Label { text: qsTr("From") }
            ComboBox {
                id: sourceBox
                objectName: "reachSource"
                Layout.fillWidth: true
                editable: true
                model: panel.choices
                onEditTextChanged: panel.reach.source = editText
            }

            Label { text: qsTr("To") }
            ComboBox {
                id: destinationBox
                objectName: "reachDestination"
                Layout.fillWidth: true
                editable: true
                model: panel.choices
                onEditTextChanged: panel.reach.destination = editText
            }

            Label { text: qsTr("Protocol") }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: protocolBox
                    objectName: "reachProtocol"
                    model: ["tcp", "udp", "icmp"]
                    onCurrentTextChanged: panel.reach.protocol = currentText
                }
                Label {
                    text: qsTr("Port")
                    Layout.leftMargin: 8
                }
                SpinBox {
                    id: portBox
                    objectName: "reachPort"
                    Layout.fillWidth: true
                    from: 0
                    to: 65535
                    value: 443
                    editable: true
                    enabled: protocolBox.currentText !== "icmp"
                    textFromValue: (value, locale) => String(value)
                    valueFromText: (text, locale) => parseInt(text)
                    onValueChanged: panel.reach.port = value
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Button {
                objectName: "reachRun"
                text: qsTr("Check")
                highlighted: true
                onClicked: panel.reach.run()
            }
            CheckBox {
                objectName: "reachPin"
                text: qsTr("Pin: check again after every edit")
                checked: panel.reach.pinned
                onToggled: {
                    panel.reach.pinned = checked
                    if (checked)
                        panel.reach.run()
                }
            }
        }

        // Not the list's header: Qt 6.4 cannot create a ListView header in a file with
        // ComponentBehavior: Bound ("Component is not ready").
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 6

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                visible: panel.reach.errorString.length > 0
                text: panel.reach.errorString
                color: panel.blockedColor
                wrapMode: Text.Wrap
            }

            Rectangle {
                objectName: "reachVerdict"
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                visible: panel.reach.verdict.length > 0
                implicitHeight: verdictColumn.implicitHeight + 16
                radius: 4
                readonly property bool reachable: panel.reach.verdict === "reachable"
                color: reachable ? Theme.okFill : Theme.errorFill
                border.color: reachable ? panel.allowedColor : panel.blockedColor

                ColumnLayout {
                    id: verdictColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4

                    Label {
                        text: panel.reach.verdict === "reachable" ? qsTr("✔ Reachable")
                                                                  : qsTr("✘ Blocked")
                        color: panel.reach.verdict === "reachable" ? panel.allowedColor
                                                                   : panel.blockedColor
                        font.bold: true
                        font.pixelSize: 16
                    }
                    Label {
                        Layout.fillWidth: true
                        text: panel.reach.summary
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.blockingCode.length > 0
                        text: qsTr("<b>%1</b> (AWS Reachability Analyzer: %2)")
                              .arg(panel.reach.blockingCode).arg(panel.reach.raCode)
                        textFormat: Text.StyledText
                        color: panel.blockedColor
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.verdict === "blocked"
                        text: qsTr("<b>Why:</b> %1").arg(panel.reach.explanation)
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.fix.length > 0
                        text: qsTr("<b>Fix:</b> %1").arg(panel.reach.fix)
                        textFormat: Text.StyledText
                        color: Theme.okText
                        wrapMode: Text.Wrap
                    }
                    Button {
                        objectName: "applyReachFix"
                        visible: panel.reach.canApplyFix
                        text: qsTr("Apply fix")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Adds the rule, and any other rule the path then "
                                           + "still needs, as one step (Ctrl+Z undoes it)")
                        onClicked: panel.reach.applyFix()
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.fixRefusal.length > 0
                        text: panel.reach.fixRefusal
                        color: panel.blockedColor
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.appliedFix.length > 0
                        text: qsTr("Fixed in one step (Ctrl+Z undoes it). Added:")
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: panel.reach.appliedFix
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: "• " + modelData
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: panel.reach.verdict === "reachable"
                                 && panel.reach.ephemeralPorts.length > 0
                        text: qsTr("Replies come back to client ports %1.")
                              .arg(panel.reach.ephemeralPorts)
                        color: panel.quietColor
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: panel.reach.warnings
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: qsTr("⚠ %1").arg(modelData)
                            color: Theme.warningText
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            Label {
                Layout.leftMargin: 12
                Layout.topMargin: 4
                visible: hopList.count > 0
                text: qsTr("Hop by hop")
                font.bold: true
            }
        }

        ListView {
            id: hopList
            objectName: "reachHops"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 4
            clip: true
            model: panel.reach.hops
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: hop

                required property string direction
                required property string componentId
                required property string componentLabel
                required property string kindLabel
                required property string detail
                required property bool allowed
                required property string anchorId

                width: ListView.view.width
                onClicked: panel.hopClicked(anchorId)

                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 3
                        width: 10
                        height: 10
                        radius: 5
                        color: hop.allowed ? panel.allowedColor : panel.blockedColor
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2: %3").arg(hop.direction === "request"
                                                           ? qsTr("Request") : qsTr("Response"))
                                                      .arg(hop.kindLabel).arg(hop.componentLabel)
                            font.bold: !hop.allowed
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: hop.detail
                            color: hop.allowed ? panel.quietColor : panel.blockedColor
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
