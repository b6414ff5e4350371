// SPDX-License-Identifier: Apache-2.0
// Connecting from the keyboard (Edit > Connect To…): the items the selected one can be
// connected to, as the connection rules in C++ list them (core/edit/connection_targets.h).
// Allowed ones come first; refused ones stay in the list, greyed, with the reason, so that a
// student learns why a gateway of another VPC does not serve this subnet. Type to filter,
// Up/Down to choose, Enter to go on to ConnectDialog (picked()), Escape to cancel.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Dialog {
    id: picker

    required property ConnectionController connector
    /// The item connections start from, and its name for the title.
    property string fromId
    property string fromName
    /// Every target of fromId (ConnectionController.targets()).
    property var targets: []
    /// The targets the filter keeps.
    readonly property var shown: targets.filter((target) => picker.matches(target, filter.text))
    readonly property var current: list.currentIndex >= 0 && list.currentIndex < shown.length
                                   ? shown[list.currentIndex] : null

    /// A target was chosen: ConnectDialog asks the rest (port, routes) and confirms.
    signal picked(var target)

    function ask(from: string, name: string) {
        fromId = from
        fromName = name
        targets = connector.targets(from)
        filter.text = ""
        list.currentIndex = targets.length > 0 ? 0 : -1
        open()
    }

    // Untyped on purpose: with type annotations here, qmllint 6.4 crashes on this file (about
    // one run in two, a segmentation fault), which would fail the app_qmllint test at random.
    function matches(target, text) {
        const words = text.trim().toLowerCase()
        return words.length === 0 || target.name.toLowerCase().indexOf(words) >= 0
               || target.kind.toLowerCase().indexOf(words) >= 0
    }

    /// Enter: a refused target stays (its reason is on screen); an allowed one goes on.
    function choose() {
        if (!current || !current.allowed)
            return
        const target = current
        close()
        picked(target)
    }

    function move(step: int) {
        if (shown.length > 0)
            list.currentIndex = Math.max(0, Math.min(shown.length - 1, list.currentIndex + step))
    }

    objectName: "connectTargetPicker"
    title: qsTr("Connect %1 to…").arg(fromName)
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 560, 560)
    height: Math.min(parent ? parent.height - 64 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    onOpened: filter.forceActiveFocus(Qt.TabFocusReason)

    // The filter moves the choice to the first match.
    onShownChanged: list.currentIndex = shown.length > 0 ? 0 : -1

    FocusScope {
        anchors.fill: parent
        focus: true

        Keys.onReturnPressed: (event) => {
            event.accepted = true
            if (cancelButton.activeFocus)
                picker.reject()
            else
                picker.choose()
        }
        Keys.onEnterPressed: (event) => {
            event.accepted = true
            picker.choose()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8

            TextField {
                id: filter
                objectName: "connectTargetFilter"
                Layout.fillWidth: true
                placeholderText: qsTr("Type to filter by name or kind")
                Accessible.name: qsTr("Filter")
                Keys.onUpPressed: picker.move(-1)
                Keys.onDownPressed: picker.move(1)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                        picker.move(event.key === Qt.Key_PageUp ? -8 : 8)
                        event.accepted = true
                    }
                }
            }

            ListView {
                id: list
                objectName: "connectTargetList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: picker.shown
                activeFocusOnTab: true
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}

                delegate: PickerRow {
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    title: modelData.name
                    kind: modelData.kind
                    detail: modelData.allowed ? modelData.label : modelData.hint
                    titleColor: modelData.allowed ? Theme.text : Theme.mutedText
                    detailColor: modelData.allowed ? Theme.secondaryText : Theme.error
                    Accessible.name: modelData.name + ", " + modelData.kind + ": " + detail
                    onClicked: list.currentIndex = index
                    onDoubleClicked: {
                        list.currentIndex = index
                        picker.choose()
                    }
                }
            }

            Label {
                objectName: "connectTargetEmpty"
                Layout.fillWidth: true
                visible: picker.shown.length === 0
                text: picker.targets.length === 0
                      ? qsTr("%1 This model has nothing of that kind to connect to yet.")
                        .arg(picker.connector.whatConnects(picker.fromId))
                      : qsTr("Nothing matches \u201c%1\u201d.").arg(filter.text)
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("\u2191/\u2193 choose, Enter connects, Esc cancels. Greyed items cannot be connected: the red line says why.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    objectName: "connectTargetChoose"
                    text: qsTr("Connect\u2026")
                    highlighted: true
                    enabled: picker.current !== null && picker.current.allowed
                    onClicked: picker.choose()
                }
                Button {
                    id: cancelButton
                    text: qsTr("Cancel")
                    onClicked: picker.reject()
                }
            }
        }
    }
}
