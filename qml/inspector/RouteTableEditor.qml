// SPDX-License-Identifier: Apache-2.0
// A route table's routes (the local route is implicit): destination, what kind of target and
// which one, each editable in place.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

InspectorSection {
    id: editor

    required property DocumentController controller
    property alias resourceId: routes.resourceId

    visible: routes.valid
    heading: qsTr("Route table: %1").arg(routes.title)
    subheading: qsTr("The most specific destination wins; traffic inside the VPC stays local.")
    addText: qsTr("Add route")
    error: routes.lastError
    onAddClicked: routes.addEntry()

    RouteTableModel {
        id: routes
        controller: editor.controller
    }

    ListView {
        objectName: "routes"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        model: routes
        delegate: Rectangle {
            id: row

            required property int index
            required property string destination
            required property string targetKind
            required property string target
            required property bool needsTarget

            width: ListView.view.width
            implicitHeight: cells.implicitHeight + 8
            color: index % 2 === 0 ? Theme.stripe : "transparent"
            radius: 3

            GridLayout {
                id: cells
                anchors.fill: parent
                anchors.margins: 4
                columns: 3
                columnSpacing: 4
                rowSpacing: 2

                CellField {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    value: row.destination
                    onCommitted: (text) => routes.setEntryField(row.index, "destination", text)
                }
                ToolButton {
                    text: "✕"
                    onClicked: routes.removeEntry(row.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this route")
                }
                CellChoice {
                    Layout.preferredWidth: 170
                    value: row.targetKind
                    choices: routes.targetKinds
                    onCommitted: (text) => routes.setEntryField(row.index, "targetKind", text)
                }
                CellChoice {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    enabled: row.needsTarget
                    value: row.target
                    choices: routes.targetsOfKind(row.targetKind)
                    onCommitted: (text) => routes.setEntryField(row.index, "target", text)
                }
            }
        }
    }
}
