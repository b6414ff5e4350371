// SPDX-License-Identifier: Apache-2.0
// The reachability panel: it starts on a question about the open model, and another model
// (File > New, Open) replaces the previous model's ids in its boxes instead of keeping them.
import QtQuick
import QtTest
import Topograph
import TopographTest

Item {
    id: stage
    width: 420
    height: 900

    TestCase {
        name: "ReachPanel"
        when: windowShown

        Component {
            id: panelComponent
            ReachPanel {
                width: 400
                height: 880
                controller: Fixture.controller
            }
        }

        function test_applyFixOpensTheBrokenPathInOneClick() {
            verify(Fixture.openExample())
            const panel = createTemporaryObject(panelComponent, stage)
            verify(panel !== null)
            verify(Fixture.breakDatabaseNacl())
            panel.reach.source = "app-instance-a"
            panel.reach.destination = "db"
            panel.reach.port = 5432
            panel.reach.run()
            compare(panel.reach.verdict, "blocked")
            const button = findChild(panel, "applyReachFix")
            verify(button !== null)
            tryCompare(button, "visible", true)
            mouseClick(button)
            compare(panel.reach.verdict, "reachable")
            compare(button.visible, false)
            compare(panel.reach.appliedFix.length, 1)
            compare(Fixture.controller.undoText.indexOf("Open tcp/5432"), 0)
        }

        function test_anotherModelReplacesTheQuestion() {
            verify(Fixture.openExample())
            const panel = createTemporaryObject(panelComponent, stage)
            verify(panel !== null)
            const first = panel.reach.source
            verify(first.length > 0, "a workload of the example to start with")
            compare(panel.reach.destination.indexOf("internet"), 0)
            panel.reach.run()
            compare(panel.reach.errorString, "")

            // A model whose only workload is another one: the box names it, not the old id.
            Fixture.controller.newDocument()
            compare(panel.reach.source.indexOf(first.split(" ")[0]), -1)
            verify(Fixture.openExample())
            compare(panel.reach.source, first)
        }
    }
}
