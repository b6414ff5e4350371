// SPDX-License-Identifier: Apache-2.0
// Confirms a connection drawn on the canvas: what will change, with the protocol and port of a
// workload-to-workload connection and the routes of a peering or attachment as choices. OK
// applies it as one undo step; Escape or Cancel leaves the model as it was.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Dialog {
    id: dialog

    required property ConnectionController connector
    property string fromId
    property string toId
    property bool needsPort
    property bool offersRoutes

    /// What the connection does with the choices as they stand.
    readonly property var proposal: visible && fromId.length > 0
                                    ? connector.preview(fromId, toId, protocolBox.currentText,
                                                        portBox.value, routesBox.checked)
                                    : null
    readonly property bool portApplies: protocolBox.currentText === "tcp"
                                        || protocolBox.currentText === "udp"

    function ask(from: string, to: string, withPort: bool, withRoutes: bool) {
        fromId = from
        toId = to
        needsPort = withPort
        offersRoutes = withRoutes
        routesBox.checked = true
        open()
    }

    objectName: "connectDialog"
    title: proposal && proposal.label.length > 0 ? proposal.label : qsTr("Connect")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    ColumnLayout {
        width: parent.width
        spacing: 10

        RowLayout {
            visible: dialog.needsPort
            spacing: 8
            Label { text: qsTr("Protocol") }
            ComboBox {
                id: protocolBox
                objectName: "connectProtocol"
                model: ["tcp", "udp", "icmp", "all"]
            }
            Label {
                text: qsTr("Port")
                enabled: dialog.portApplies
            }
            SpinBox {
                id: portBox
                objectName: "connectPort"
                enabled: dialog.portApplies
                from: 0
                to: 65535
                value: 443
                editable: true
                textFromValue: (value) => String(value)
                valueFromText: (text) => Number(text)
            }
        }

        CheckBox {
            id: routesBox
            objectName: "connectRoutes"
            visible: dialog.offersRoutes
            text: qsTr("Add routes on both sides")
            checked: true
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.proposal && !dialog.proposal.allowed ? dialog.proposal.hint : ""
            color: Theme.error
            wrapMode: Text.Wrap
        }

        Label {
            visible: dialog.proposal !== null && dialog.proposal.allowed
            text: qsTr("This will change:")
            font.bold: true
        }

        Repeater {
            model: dialog.proposal && dialog.proposal.allowed ? dialog.proposal.changes : []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "\u2022 " + modelData
                wrapMode: Text.Wrap
            }
        }
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
            objectName: "connectOk"
            text: qsTr("OK")
            highlighted: true
            enabled: dialog.proposal !== null && dialog.proposal.allowed
            onClicked: dialog.accept()
        }
    }

    onAccepted: connector.connect(fromId, toId, protocolBox.currentText, portBox.value,
                                  routesBox.checked)
}
