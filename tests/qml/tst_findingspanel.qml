// SPDX-License-Identifier: Apache-2.0
// The findings panel: one row per finding of the model, a click names the finding's resources,
// and the fix button applies the fix (one finding fewer).
import QtQuick
import QtTest
import Topograph
import TopographTest

// TestCase itself is invisible: the components under test live in this visible item.
Item {
    id: stage
    width: 420
    height: 3000

    TestCase {
        id: testCase
        name: "FindingsPanel"
        when: windowShown

        Component {
            id: panelComponent
            FindingsPanel {
                width: 400
                height: 2950
                findings: Fixture.controller.findings
            }
        }

        SignalSpy {
            id: clickedSpy
            signalName: "findingClicked"
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

        /// Every text a row shows (its labels), to check what the user reads.
        function textsOf(item, texts) {
            if (item.text !== undefined && item.visible && typeof item.text === "string")
                texts.push(item.text)
            const children = item.children
            for (let i = 0; i < children.length; ++i)
                textsOf(children[i], texts)
            return texts
        }

        function init() {
            verify(Fixture.openExample())
            verify(Fixture.breakDatabaseNacl())
            // Findings may follow an edit off the GUI thread.
            tryVerify(() => Fixture.findingRows().some(row => row.code === "NACL_EPHEMERAL_BLOCKED"))
        }

        function createPanel() {
            const panel = createTemporaryObject(panelComponent, stage)
            verify(panel !== null)
            const list = findChild(panel, "findingsList")
            verify(list !== null)
            // The layout sizes the list at the next polish; then every row is instantiated.
            tryVerify(() => list.height > 2000)
            list.forceLayout()
            clickedSpy.clear()
            clickedSpy.target = panel
            return { panel: panel, list: list }
        }

        function rowWithCode(list, code) {
            for (let row = 0; row < list.count; ++row) {
                if (list.itemAtIndex(row).code === code)
                    return list.itemAtIndex(row)
            }
            return null
        }

        function test_rowsMatchTheModel() {
            const view = createPanel()
            const rows = Fixture.findingRows()
            verify(rows.length > 0)
            compare(view.list.count, rows.length)
            for (let row = 0; row < rows.length; ++row) {
                const entry = view.list.itemAtIndex(row)
                verify(entry !== null, "row " + row + " is not instantiated")
                const texts = textsOf(entry, [])
                verify(texts.indexOf(rows[row].code) >= 0, rows[row].code + " in " + texts)
                verify(texts.indexOf(rows[row].message) >= 0, rows[row].message + " in " + texts)
            }
            verify(rowWithCode(view.list, "NACL_EPHEMERAL_BLOCKED") !== null)
        }

        function test_clickingARowNamesItsResources() {
            const view = createPanel()
            const rows = Fixture.findingRows()
            const last = rows.length - 1
            const entry = view.list.itemAtIndex(last)
            mouseClick(entry, 20, 8)
            compare(clickedSpy.count, 1)
            compare(clickedSpy.signalArguments[0][0], rows[last].resources)
            compare(view.list.currentIndex, last)
        }

        function test_fixButtonAppliesTheFix() {
            const view = createPanel()
            const before = view.list.count
            const entry = rowWithCode(view.list, "NACL_EPHEMERAL_BLOCKED")
            verify(entry !== null)
            const button = findChild(entry, "fixButton")
            verify(button !== null)
            verify(button.visible)
            const label = button.text
            verify(label.length > 0)
            mouseClick(button)
            tryCompare(view.list, "count", before - 1)
            compare(rowWithCode(view.list, "NACL_EPHEMERAL_BLOCKED"), null)
            compare(Fixture.controller.undoText, label)
            // The fix is one undo step: undoing brings the finding back.
            Fixture.controller.undo()
            tryCompare(view.list, "count", before)
            verify(rowWithCode(view.list, "NACL_EPHEMERAL_BLOCKED") !== null)
        }
    }
}
