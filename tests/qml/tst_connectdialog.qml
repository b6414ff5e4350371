// SPDX-License-Identifier: Apache-2.0
// The connection dialog from the keyboard: the port starts where the destination listens (the
// example's PostgreSQL database: 5432), typing replaces it, Return applies, Escape cancels, Tab
// walks protocol, port, OK and Cancel, and Return on Cancel cancels.
import QtQuick
import QtQuick.Controls
import QtTest
import Topograph
import TopographTest

Item {
    id: stage
    width: 800
    height: 700

    TestCase {
        name: "ConnectDialog"
        when: windowShown

        Component {
            id: dialogComponent
            ConnectDialog {
                parent: stage
                connector: ConnectionController {
                    controller: Fixture.controller
                }
            }
        }

        function findChild(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const children = item.children
            for (let i = 0; i < children.length; ++i) {
                const found = findChild(children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function openedDialog(from, to) {
            verify(Fixture.openExample())
            const dialog = createTemporaryObject(dialogComponent, stage)
            verify(dialog !== null)
            dialog.ask(from, to, true, false)
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_thePortIsTheDatabasesAndReturnApplies() {
            const dialog = openedDialog("alb", "db")
            const port = findChild(dialog.contentItem, "connectPort")
            verify(port !== null)
            compare(port.value, 5432)
            verify(findChild(dialog.contentItem, "connectPortReason").text.indexOf("5432") >= 0)
            // The port has the focus with its text selected: typing replaces it.
            verify(port.contentItem.activeFocus, "the port field starts with the focus")
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_0)
            keyClick(Qt.Key_7)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            verify(Fixture.controller.canUndo)
            compare(Fixture.controller.undoText,
                    "Allow tcp/3307 from Web load balancer to PostgreSQL database")
        }

        function test_escapeCancels() {
            const dialog = openedDialog("alb", "db")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            verify(!Fixture.controller.canUndo)
        }

        function test_tabWalksTheChoicesAndReturnOnCancelCancels() {
            const dialog = openedDialog("alb", "db")
            const protocol = findChild(dialog.contentItem, "connectProtocol")
            const port = findChild(dialog.contentItem, "connectPort")
            const ok = findChild(dialog.contentItem, "connectOk")
            const cancel = findChild(dialog.contentItem, "connectCancel")
            verify(port.contentItem.activeFocus)
            keyClick(Qt.Key_Backtab)
            verify(protocol.activeFocus, "Shift+Tab from the port reaches the protocol")
            keyClick(Qt.Key_Tab)
            verify(port.contentItem.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(ok.activeFocus, "Tab from the port reaches OK")
            keyClick(Qt.Key_Tab)
            verify(cancel.activeFocus, "Tab from OK reaches Cancel")
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            verify(!Fixture.controller.canUndo)
        }

        function test_aConnectionWithoutPortStartsOnOk() {
            verify(Fixture.openExample())
            const dialog = createTemporaryObject(dialogComponent, stage)
            // The example's first private subnet, to the other zone's NAT gateway: allowed.
            dialog.ask("app-a", "nat-b", false, false)
            tryCompare(dialog, "opened", true)
            const ok = findChild(dialog.contentItem, "connectOk")
            verify(ok.enabled, dialog.proposal ? dialog.proposal.hint : "no proposal")
            verify(ok.activeFocus)
            keyClick(Qt.Key_Enter)
            tryCompare(dialog, "visible", false)
            compare(Fixture.controller.undoText, "Route 0.0.0.0/0 of App subnet A to NAT gateway B")
        }
    }
}
