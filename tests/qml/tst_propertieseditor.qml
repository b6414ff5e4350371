// SPDX-License-Identifier: Apache-2.0
// The inspector's Settings: ticking a load balancer's subnets, typing its listener ports (a bad
// one refused with the reason), turning Multi-AZ off; each a change of the document that undo
// takes back, and the editors follow undo.
import QtQuick
import QtTest
import Topograph
import TopographTest

Item {
    id: stage
    width: 500
    height: 1200

    TestCase {
        name: "PropertiesEditor"
        when: windowShown

        Component {
            id: editorComponent
            PropertiesEditor {
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

        function retype(field, text) {
            field.forceActiveFocus()
            verify(field.activeFocus)
            field.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function init() {
            verify(Fixture.openExample())
        }

        function test_tickingSubnetsMovesTheLoadBalancerAndUndoTicksThemAgain() {
            const editor = createTemporaryObject(editorComponent, stage, { resourceId: "alb" })
            verify(editor.visible)
            const publicA = findChild(editor, "field_subnets_public-a")
            verify(publicA !== null)
            verify(publicA.checked)
            compare(Fixture.setting("alb", "subnets"), "public-a, public-b")

            mouseClick(publicA)
            compare(Fixture.setting("alb", "subnets"), "public-b")
            verify(!findChild(editor, "field_subnets_public-a").checked)

            Fixture.controller.undo()
            compare(Fixture.setting("alb", "subnets"), "public-a, public-b")
            verify(findChild(editor, "field_subnets_public-a").checked)
        }

        function test_badListenerPortsAreRefusedWithTheReason() {
            const editor = createTemporaryObject(editorComponent, stage, { resourceId: "alb" })
            const ports = findChild(editor, "field_listenerPorts")
            verify(ports !== null)
            compare(ports.text, "443")
            const error = findChild(editor, "sectionError")

            retype(ports, "80, web")
            keyClick(Qt.Key_Return)
            compare(Fixture.setting("alb", "listenerPorts"), "443")
            verify(error.visible)
            verify(error.text.indexOf("'web'") >= 0, error.text)
            verify(!Fixture.controller.canUndo)

            retype(ports, "80, 443")
            keyClick(Qt.Key_Return)
            compare(Fixture.setting("alb", "listenerPorts"), "80, 443")
            verify(!error.visible)

            Fixture.controller.undo()
            compare(ports.text, "443")
        }

        function test_multiAzIsACheckBoxThatFollowsUndo() {
            const editor = createTemporaryObject(editorComponent, stage, { resourceId: "db" })
            const multiAz = findChild(editor, "field_multiAz")
            verify(multiAz !== null)
            verify(multiAz.checked)
            mouseClick(multiAz)
            compare(Fixture.setting("db", "multiAz"), "false")
            Fixture.controller.undo()
            compare(Fixture.setting("db", "multiAz"), "true")
            verify(multiAz.checked)
        }

        function test_hiddenForKindsWithoutSettings() {
            const editor = createTemporaryObject(editorComponent, stage, { resourceId: "igw" })
            verify(!editor.visible)
        }
    }
}
