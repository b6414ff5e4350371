// SPDX-License-Identifier: Apache-2.0
// Selecting without the mouse (Edit > Find Item…): every drawn item with its kind and the
// container it is in, filtered in C++ (ItemFinderModel) as the user types. Up/Down choose,
// Enter reports the item (found()) for the window to select and show, Escape cancels.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

Dialog {
    id: picker

    required property DocumentController controller
    /// The id of the current row, "" when nothing matches.
    readonly property string currentId: list.currentIndex >= 0 && list.currentIndex < finder.count
                                        ? finder.idAt(list.currentIndex) : ""

    /// An item was chosen.
    signal found(string id)

    function ask() {
        filter.text = ""
        finder.refresh()
        list.currentIndex = finder.count > 0 ? 0 : -1
        open()
    }

    function choose() {
        const id = currentId
        if (id.length === 0)
            return
        close()
        found(id)
    }

    function move(step: int) {
        if (finder.count > 0)
            list.currentIndex = Math.max(0, Math.min(finder.count - 1, list.currentIndex + step))
    }

    objectName: "findItemPicker"
    title: qsTr("Find an item")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 560, 560)
    height: Math.min(parent ? parent.height - 64 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    onOpened: filter.forceActiveFocus(Qt.TabFocusReason)

    ItemFinderModel {
        id: finder
        controller: picker.controller
        filterText: filter.text
        // Every new filter (and refresh) moves the choice to the first match.
        onModelReset: list.currentIndex = count > 0 ? 0 : -1
    }

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
                objectName: "findItemFilter"
                Layout.fillWidth: true
                placeholderText: qsTr("Type words of the name, kind or id")
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
                objectName: "findItemList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: finder
                activeFocusOnTab: true
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}

                delegate: PickerRow {
                    required property string name
                    required property string container
                    required kind
                    required iconSource
                    required property int index
                    width: ListView.view.width
                    title: name
                    detail: container.length > 0 ? qsTr("in %1").arg(container) : ""
                    Accessible.name: detail.length > 0 ? name + ", " + kind + ", " + detail
                                                       : name + ", " + kind
                    onClicked: list.currentIndex = index
                    onDoubleClicked: {
                        list.currentIndex = index
                        picker.choose()
                    }
                }
            }

            Label {
                objectName: "findItemEmpty"
                Layout.fillWidth: true
                visible: finder.count === 0
                text: finder.totalCount === 0 ? qsTr("Nothing is drawn yet.")
                                              : qsTr("Nothing matches \u201c%1\u201d.").arg(filter.text)
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("\u2191/\u2193 choose, Enter selects and shows the item on the canvas, Esc cancels. Then Ctrl+K connects it, Delete deletes it.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    objectName: "findItemChoose"
                    text: qsTr("Select")
                    highlighted: true
                    enabled: picker.currentId.length > 0
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
