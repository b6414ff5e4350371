// SPDX-License-Identifier: Apache-2.0
// Confirms a connection drawn on the canvas or picked from the keyboard: what will change, with
// the protocol and port of a workload-to-workload connection and the routes of a peering or
// attachment as choices. The port starts at the one the destination listens on (the model says,
// in C++: core/edit/workload_port.h). Enter or Return applies it as one undo step (Return on
// Cancel cancels), Escape leaves the model as it was, Tab walks protocol, port, routes, OK and
// Cancel.
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
    /// Why the port starts where it does, for a workload-to-workload connection.
    property string portReason

    /// What the connection does with the choices as they stand.
    readonly property var proposal: visible && fromId.length > 0
                                    ? connector.preview(fromId, toId, protocolBox.currentText,
                                                        portBox.value, routesBox.checked)
                                    : null
    /// The port's text field (a TextInput in every style), for text typed but not yet taken.
    readonly property var portField: portBox.contentItem
    readonly property bool portApplies: protocolBox.currentText === "tcp"
                                        || protocolBox.currentText === "udp"

    function ask(from: string, to: string, withPort: bool, withRoutes: bool) {
        fromId = from
        toId = to
        needsPort = withPort
        offersRoutes = withRoutes
        routesBox.checked = true
        portReason = ""
        if (withPort) {
            const listening = connector.listeningPort(from, to)
            const protocolIndex = protocolBox.find(listening.protocol)
            protocolBox.currentIndex = protocolIndex >= 0 ? protocolIndex : 0
            portBox.value = listening.port
            portReason = listening.reason
        }
        open()
    }

    /// Enter or Return: a port still being typed counts, then OK if the connection can be made.
    function confirm() {
        const typed = portBox.valueFromText(portField.text, portBox.locale)
        if (!isNaN(typed) && typed !== portBox.value)
            portBox.value = Math.max(portBox.from, Math.min(portBox.to, typed))
        if (proposal && proposal.allowed)
            accept()
    }

    objectName: "connectDialog"
    title: proposal && proposal.label.length > 0 ? proposal.label : qsTr("Connect")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    // The port when there is one to choose (typing replaces it), else OK, else Cancel.
    onOpened: {
        if (needsPort && portApplies) {
            portBox.forceActiveFocus(Qt.TabFocusReason)
            portField.selectAll()
        } else if (okButton.enabled) {
            okButton.forceActiveFocus(Qt.TabFocusReason)
        } else {
            cancelButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    FocusScope {
        id: body
        implicitWidth: layout.implicitWidth
        implicitHeight: layout.implicitHeight
        width: parent.width
        focus: true

        Keys.onReturnPressed: (event) => body.enterPressed(event)
        Keys.onEnterPressed: (event) => body.enterPressed(event)

        function enterPressed(event) {
            event.accepted = true
            if (cancelButton.activeFocus)
                dialog.reject()
            else
                dialog.confirm()
        }

        ColumnLayout {
            id: layout
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
                    Accessible.name: qsTr("Protocol")
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
                    Accessible.name: qsTr("Port")
                }
            }

            Label {
                objectName: "connectPortReason"
                Layout.fillWidth: true
                visible: dialog.needsPort && dialog.portReason.length > 0
                text: dialog.portReason
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            CheckBox {
                id: routesBox
                objectName: "connectRoutes"
                visible: dialog.offersRoutes
                text: qsTr("Add routes on both sides")
                checked: true
            }

            Label {
                objectName: "connectRefusal"
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

            // Inside the focus scope, so Tab reaches them and Return is handled above.
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: 6
                spacing: 8
                Button {
                    id: okButton
                    objectName: "connectOk"
                    text: qsTr("OK")
                    highlighted: true
                    enabled: dialog.proposal !== null && dialog.proposal.allowed
                    onClicked: dialog.confirm()
                }
                Button {
                    id: cancelButton
                    objectName: "connectCancel"
                    text: qsTr("Cancel")
                    onClicked: dialog.reject()
                }
            }
        }
    }

    onAccepted: connector.connect(fromId, toId, protocolBox.currentText, portBox.value,
                                  routesBox.checked)
}
