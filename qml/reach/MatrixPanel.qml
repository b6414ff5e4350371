// SPDX-License-Identifier: Apache-2.0
// The reachability matrix: every workload to every other workload on one protocol and port.
// A row is a source, a column a destination; a green cell is reachable, a red one shows the
// short code of the check that blocks it (hover for its meaning). Clicking a cell asks that
// question in the reachability tool, which draws the path on the canvas.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Pane {
    id: panel

    required property DocumentController controller
    readonly property ReachMatrixModel matrix: ReachMatrixModel {
        controller: panel.controller
    }

    /// A cell was clicked: the question it answers.
    signal pairClicked(string source, string destination, string protocol, int port)

    readonly property color allowedColor: Theme.ok
    readonly property color blockedColor: Theme.error
    readonly property color quietColor: Theme.secondaryText

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 12
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            ComboBox {
                id: protocolBox
                objectName: "matrixProtocol"
                model: ["tcp", "udp", "icmp"]
                onCurrentTextChanged: panel.matrix.protocol = currentText
            }
            Label {
                text: qsTr("Port")
                Layout.leftMargin: 4
            }
            SpinBox {
                id: portBox
                objectName: "matrixPort"
                Layout.fillWidth: true
                from: 0
                to: 65535
                value: 443
                editable: true
                enabled: protocolBox.currentText !== "icmp"
                textFromValue: (value, locale) => String(value)
                valueFromText: (text, locale) => parseInt(text)
                onValueChanged: panel.matrix.port = value
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Button {
                objectName: "matrixCompute"
                text: qsTr("Compute")
                highlighted: true
                enabled: !panel.matrix.computing
                onClicked: panel.matrix.compute()
            }
            CheckBox {
                objectName: "matrixLive"
                text: qsTr("Live: again after every edit")
                checked: panel.matrix.live
                onToggled: {
                    panel.matrix.live = checked
                    if (checked)
                        panel.matrix.compute()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                visible: panel.matrix.computing
                running: visible
            }
            Label {
                objectName: "matrixSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: panel.matrix.errorString.length > 0 ? panel.blockedColor : panel.quietColor
                text: panel.matrix.computing
                      ? qsTr("Computing…")
                      : panel.matrix.errorString.length > 0
                        ? panel.matrix.errorString
                        : panel.matrix.summary.length > 0
                          ? qsTr("%1 on %2%3 · rows: from, columns: to")
                            .arg(panel.matrix.summary).arg(panel.matrix.resultProtocol)
                            .arg(panel.matrix.resultProtocol === "icmp"
                                 ? "" : "/" + panel.matrix.resultPort)
                          : qsTr("Choose a protocol and port, then Compute.")
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 0
            columnSpacing: 0

            Item {
                implicitWidth: rowHeader.implicitWidth
                implicitHeight: columnHeader.implicitHeight
            }

            HorizontalHeaderView {
                id: columnHeader
                objectName: "matrixColumns"
                Layout.fillWidth: true
                syncView: table
                clip: true
                delegate: Rectangle {
                    id: columnCell
                    required property string display
                    implicitWidth: 76
                    implicitHeight: 28
                    color: Theme.header
                    border.color: Theme.border
                    Label {
                        anchors.fill: parent
                        anchors.margins: 4
                        text: columnCell.display
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        font.bold: true
                    }
                    HoverHandler { id: columnHover }
                    ToolTip.visible: columnHover.hovered
                    ToolTip.text: qsTr("To %1").arg(columnCell.display)
                }
            }

            VerticalHeaderView {
                id: rowHeader
                objectName: "matrixRows"
                Layout.fillHeight: true
                syncView: table
                clip: true
                delegate: Rectangle {
                    id: rowCell
                    required property string display
                    implicitWidth: 110
                    implicitHeight: 28
                    color: Theme.header
                    border.color: Theme.border
                    Label {
                        anchors.fill: parent
                        anchors.margins: 4
                        text: rowCell.display
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        font.bold: true
                    }
                    HoverHandler { id: rowHover }
                    ToolTip.visible: rowHover.hovered
                    ToolTip.text: qsTr("From %1").arg(rowCell.display)
                }
            }

            TableView {
                id: table
                objectName: "matrixTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: panel.matrix
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: cell

                    required property bool reachable
                    required property string code
                    required property string meaning
                    required property string label
                    required property bool self
                    required property string sourceId
                    required property string destinationId

                    implicitWidth: 76
                    implicitHeight: 28
                    color: cell.self ? Theme.neutralCell : cell.reachable ? Theme.okCell : Theme.errorCell
                    border.color: cellHover.hovered && !cell.self ? panel.quietColor : Theme.panel

                    Label {
                        anchors.fill: parent
                        anchors.margins: 2
                        text: cell.label
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        color: cell.reachable ? panel.allowedColor : panel.blockedColor
                    }
                    HoverHandler { id: cellHover }
                    ToolTip.visible: cellHover.hovered && !cell.self
                    ToolTip.delay: 300
                    ToolTip.text: cell.reachable
                                  ? qsTr("%1 → %2: reachable").arg(cell.sourceId)
                                    .arg(cell.destinationId)
                                  : qsTr("%1 → %2: %3\n%4").arg(cell.sourceId)
                                    .arg(cell.destinationId).arg(cell.code).arg(cell.meaning)
                    TapHandler {
                        enabled: !cell.self
                        onTapped: panel.pairClicked(cell.sourceId, cell.destinationId,
                                                    panel.matrix.resultProtocol,
                                                    panel.matrix.resultPort)
                    }
                }
            }
        }
    }
}
