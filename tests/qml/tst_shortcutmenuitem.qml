// SPDX-License-Identifier: Apache-2.0
// Menu items with their shortcut on the right (ShortcutMenuItem): a text longer than the item
// is elided and never runs into the shortcut column; a short one is shown whole.
import QtQuick
import QtQuick.Controls
import QtTest
import Topograph

Item {
    id: root
    width: 600
    height: 200

    Action {
        id: longAction
        text: "&Undo Add Security group (App server A security group now applies to App server A)"
        shortcut: "Ctrl+Z"
    }
    Action {
        id: shortAction
        text: "&Copy"
        shortcut: "Ctrl+C"
    }

    ShortcutMenuItem {
        id: longItem
        width: 260
        action: longAction
    }
    ShortcutMenuItem {
        id: shortItem
        y: 60
        width: 260
        action: shortAction
    }

    TestCase {
        name: "ShortcutMenuItem"
        when: windowShown

        function labelsOf(item) {
            const row = item.contentItem
            return { text: row.children[0], shortcut: row.children[1] }
        }

        function test_longTextIsElidedBeforeTheShortcut() {
            const labels = labelsOf(longItem)
            compare(labels.shortcut.text, "Ctrl+Z")
            verify(labels.text.truncated)
            verify(labels.text.x + labels.text.width <= labels.shortcut.x)
            // The whole shortcut stays inside the item.
            fuzzyCompare(labels.shortcut.width, labels.shortcut.implicitWidth, 1)
            verify(labels.shortcut.x + labels.shortcut.width <= longItem.contentItem.width)
            compare(longItem.plainText.indexOf("&"), -1)
        }

        function test_shortTextIsWhole() {
            const labels = labelsOf(shortItem)
            verify(!labels.text.truncated)
            compare(labels.text.text, "Copy")
            verify(labels.text.x + labels.text.width <= labels.shortcut.x)
        }
    }
}
