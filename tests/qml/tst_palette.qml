// SPDX-License-Identifier: Apache-2.0
// The component palette: its categories, and the search field narrowing the tiles as one types.
import QtQuick
import QtTest
import Topograph

// TestCase itself is invisible: the components under test live in this visible item.
Item {
    id: stage
    width: 300
    height: 1200

    TestCase {
        id: testCase
        name: "Palette"
        when: windowShown

        Component {
            id: paletteComponent
            Palette {
                width: 260
                height: 1150
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

        /// The tiles the list shows, top to bottom: [{kind, category, startsCategory}].
        function tiles(list) {
            const shown = []
            for (let row = 0; row < list.count; ++row) {
                const tile = list.itemAtIndex(row)
                verify(tile !== null, "tile " + row + " is not instantiated")
                shown.push({ kind: tile.kind, category: tile.category,
                             startsCategory: tile.startsCategory, label: tile.label })
            }
            return shown
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_showsEveryCategoryWithAHeading() {
            const palette = createTemporaryObject(paletteComponent, stage)
            const list = findChild(palette, "paletteList")
            verify(list !== null)
            // The layout sizes the list at the next polish.
            tryVerify(() => list.height > 1000)
            tryVerify(() => list.count > 10)
            list.forceLayout()
            const shown = tiles(list)
            const headings = shown.filter(tile => tile.startsCategory).map(tile => tile.category)
            compare(headings, ["Networks", "Gateways and endpoints", "Compute and data",
                               "Routing and firewalls"])
            // Each category's tiles sit together under its one heading.
            for (let row = 1; row < shown.length; ++row) {
                if (shown[row].category !== shown[row - 1].category)
                    verify(shown[row].startsCategory, shown[row].kind + " starts its category")
            }
            verify(shown.some(tile => tile.kind === "vpc"))
            verify(shown.some(tile => tile.kind === "nat-gateway"))
            verify(shown.some(tile => tile.kind === "instance"))
        }

        function test_searchFiltersTheTiles() {
            const palette = createTemporaryObject(paletteComponent, stage)
            const list = findChild(palette, "paletteList")
            const search = findChild(palette, "paletteSearch")
            verify(search !== null)
            const everything = list.count

            search.forceActiveFocus()
            verify(search.activeFocus)
            typeText("nat")
            compare(search.text, "nat")
            tryCompare(list, "count", 1)
            const shown = tiles(list)
            compare(shown[0].kind, "nat-gateway")
            // The one tile left still shows its category's heading.
            verify(shown[0].startsCategory)
            compare(shown[0].category, "Gateways and endpoints")

            // A word nothing matches: no tile, and the palette says so.
            keyClick("x")
            tryCompare(list, "count", 0)

            // Escape clears the search and every tile comes back.
            keyClick(Qt.Key_Escape)
            compare(search.text, "")
            tryCompare(list, "count", everything)
        }
    }
}
