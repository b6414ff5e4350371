// SPDX-License-Identifier: Apache-2.0
// The inspector's editors: the CIDR field saying why a block is wrong while one types, the
// NACL table listing entries as AWS evaluates them and editing the document through its cells,
// and the security group rules naming a peer group by its name.
import QtQuick
import QtTest
import Topograph
import TopographTest

// TestCase itself is invisible: the components under test live in this visible item.
Item {
    id: stage
    width: 500
    height: 900

    TestCase {
        id: testCase
        name: "InspectorEditors"
        when: windowShown

        // The field owns its InspectorController, so that both go together after each test.
        Component {
            id: cidrComponent
            CidrField {
                width: 400
                inspector: InspectorController {
                    controller: Fixture.controller
                }
            }
        }

        Component {
            id: naclComponent
            NaclEntriesEditor {
                width: 480
                controller: Fixture.controller
            }
        }

        Component {
            id: groupRulesComponent
            SecurityGroupRulesEditor {
                width: 480
                controller: Fixture.controller
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

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        /// Focuses `field`, selects what it holds and types `text` over it.
        function retype(field, text) {
            field.forceActiveFocus()
            verify(field.activeFocus)
            field.selectAll()
            typeText(text)
            compare(field.text, text)
        }

        function init() {
            verify(Fixture.openExample())
        }

        function createCidrField(subnetId) {
            const editor = createTemporaryObject(cidrComponent, stage)
            const inspector = editor.inspector
            inspector.selectedId = subnetId
            verify(inspector.hasCidr)
            return { inspector: inspector, field: findChild(editor, "cidrField"),
                     problem: findChild(editor, "cidrProblem") }
        }

        function test_cidrFieldSaysWhyABlockIsWrong() {
            const editor = createCidrField("db-a")
            verify(editor.field !== null && editor.problem !== null)
            compare(editor.field.text, "10.0.20.0/24")
            verify(!editor.problem.visible)

            retype(editor.field, "10.0.20.1/24")
            verify(editor.problem.visible)
            verify(editor.problem.text.length > 0)
            compare(editor.problem.text, editor.inspector.checkCidr("10.0.20.1/24"))
            verify(Qt.colorEqual(editor.field.color, Theme.error))
            // A wrong block is not committed, even on Enter.
            keyClick(Qt.Key_Return)
            compare(editor.inspector.cidr, "10.0.20.0/24")
            verify(!Fixture.controller.canUndo)
        }

        function test_cidrFieldAcceptsAValidBlock() {
            const editor = createCidrField("db-a")
            retype(editor.field, "10.0.30.0/24")
            verify(!editor.problem.visible)
            verify(!Qt.colorEqual(editor.field.color, Theme.error))
            keyClick(Qt.Key_Return)
            compare(editor.inspector.cidr, "10.0.30.0/24")
            verify(Fixture.controller.canUndo)
        }

        /// The editor's rows top to bottom, as "inbound 100".
        function shownRules(list) {
            const rules = []
            for (let row = 0; row < list.count; ++row) {
                const entry = list.itemAtIndex(row)
                verify(entry !== null, "row " + row + " is not instantiated")
                rules.push(entry.direction + " " + entry.ruleNumber)
            }
            return rules
        }

        function test_naclEntriesInEvaluationOrder() {
            // Stored backwards, so that the document's order is not the one AWS evaluates.
            verify(Fixture.reverseNaclEntries("app-nacl"))
            const stored = Fixture.naclRules("app-nacl")
            compare(stored, ["outbound 120", "outbound 110", "outbound 100", "inbound 110",
                             "inbound 100"])
            const editor = createTemporaryObject(naclComponent, stage, { resourceId: "app-nacl" })
            verify(editor.visible)
            const list = findChild(editor, "naclEntries")
            verify(list !== null)
            compare(shownRules(list), ["inbound 100", "inbound 110", "outbound 100", "outbound 110",
                                       "outbound 120"])
        }

        function test_editingARuleNumberChangesTheDocument() {
            const editor = createTemporaryObject(naclComponent, stage, { resourceId: "db-nacl" })
            const list = findChild(editor, "naclEntries")
            const before = Fixture.naclRules("db-nacl")
            compare(before, ["inbound 100", "outbound 100"])
            // The first row's first cell is its rule number.
            const row = list.itemAtIndex(0)
            compare(row.direction + " " + row.ruleNumber, "inbound 100")
            const ruleField = row.children[0].children[0]
            compare(ruleField.text, "100")

            retype(ruleField, "105")
            keyClick(Qt.Key_Return)
            compare(Fixture.naclRules("db-nacl"), ["inbound 105", "outbound 100"])
            compare(shownRules(list), ["inbound 105", "outbound 100"])

            Fixture.controller.undo()
            compare(Fixture.naclRules("db-nacl"), before)
            compare(shownRules(list), ["inbound 100", "outbound 100"])
        }

        function test_securityGroupPeerShowsTheGroupsNameAndTakesOne() {
            const editor = createTemporaryObject(groupRulesComponent, stage, { resourceId: "app-sg" })
            verify(editor.visible)
            const list = findChild(editor, "securityGroupRules")
            const row = list.itemAtIndex(0)
            compare(row.peerId, "alb-sg")
            // Direction, protocol, ports, remove, then the peer.
            const peerField = row.children[0].children[4]
            compare(peerField.text, "ALB security group")

            retype(peerField, "Database security group")
            keyClick(Qt.Key_Return)
            compare(list.itemAtIndex(0).peerId, "db-sg")
            compare(list.itemAtIndex(0).peer, "Database security group")

            Fixture.controller.undo()
            compare(list.itemAtIndex(0).peerId, "alb-sg")
        }
    }
}
