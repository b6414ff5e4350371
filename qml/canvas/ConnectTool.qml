// SPDX-License-Identifier: Apache-2.0
// Connect by dragging: a round handle at the right edge of the selected item. Dragged, a dashed
// line follows the pointer and the item under it says what a drop would do (or why it cannot);
// a drop opens ConnectDialog, a refused drop asks for the hint to be shown. From the keyboard,
// pickTarget() (Edit > Connect To…) lists what the selected item can connect to
// (ConnectTargetPicker) and opens the same dialog. What a connection means is decided in C++
// (ConnectionController, core/edit/connection.h).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Topograph

Item {
    id: tool

    required property DiagramCanvas diagram
    required property DocumentController controller

    /// A drop was refused: show why (the window's hint bar).
    signal hintRequested(string hint)

    readonly property real zoom: diagram.zoom
    readonly property string selectedId: diagram.selectedId
    /// The item the line starts from while dragging, else "".
    property string fromId
    /// The pointer, in scene coordinates, while dragging.
    property point pointer
    /// The item under the pointer and what dropping on it would do.
    property string hoverId
    property var preview: null
    readonly property bool dragging: fromId.length > 0
    readonly property rect fromRect: dragging ? diagram.items.rectOf(fromId) : diagram.selectedRect
    // The handle stays while dragging: hiding it would cancel the press that drags.
    readonly property bool showHandle: dragging || selectedId.length > 0 && fromRect.width > 0
                                       && connectionController.canStart(selectedId)
    /// The selected item starts connections: Connect To… applies.
    readonly property bool canConnectSelected: selectedId.length > 0 && !dragging
                                               && connectionController.canStart(selectedId)
    readonly property rect targetRect: preview && preview.to.length > 0 && preview.to !== fromId
                                       ? diagram.items.rectOf(preview.to) : Qt.rect(0, 0, 0, 0)
    readonly property color verdictColor: !preview ? Theme.selection
                                          : preview.allowed || preview.needsPort ? Theme.ok
                                                                                 : Theme.error

    /// Connect To…: the list of what the selected item can connect to.
    function pickTarget() {
        if (canConnectSelected)
            picker.ask(selectedId, connectionController.nameOf(selectedId))
    }

    function track(scenePoint: point) {
        pointer = scenePoint
        const hit = diagram.items.itemAt(scenePoint.x, scenePoint.y)
        if (hit === hoverId)
            return
        hoverId = hit
        preview = hit.length > 0 && hit !== fromId ? connectionController.previewOnListeningPort(fromId, hit) : null
    }

    function finish(scenePoint: point) {
        track(scenePoint)
        const from = fromId
        const result = preview
        fromId = ""
        hoverId = ""
        preview = null
        if (!result)
            return
        // Workloads ask for a port first: the default one may be allowed already.
        if (result.allowed || result.needsPort)
            dialog.ask(result.from, result.to, result.needsPort, result.offersRoutes)
        else
            tool.hintRequested(result.hint)
    }

    function cancel() {
        fromId = ""
        hoverId = ""
        preview = null
    }

    parent: diagram.sceneItem
    anchors.fill: parent
    z: 250

    ConnectionController {
        id: connectionController
        controller: tool.controller
    }

    // The dashed line from the item to the pointer.
    Shape {
        visible: tool.dragging
        ShapePath {
            strokeColor: tool.verdictColor
            strokeWidth: 2 / Math.max(tool.zoom, 0.1)
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "transparent"
            startX: tool.fromRect.x + tool.fromRect.width
            startY: tool.fromRect.y + tool.fromRect.height / 2
            PathLine {
                x: tool.pointer.x
                y: tool.pointer.y
            }
        }
    }

    // The item a drop would connect to: green when it can, red when it cannot.
    Rectangle {
        visible: tool.dragging && tool.targetRect.width > 0
        x: tool.targetRect.x - 3
        y: tool.targetRect.y - 3
        width: tool.targetRect.width + 6
        height: tool.targetRect.height + 6
        radius: 4
        color: "transparent"
        border.color: tool.verdictColor
        border.width: 3 / Math.max(tool.zoom, 0.1)
    }

    // What the drop would do, beside the pointer at a readable size whatever the zoom.
    Rectangle {
        objectName: "connectPreview"
        visible: tool.dragging && tool.preview !== null
        // Beside the pointer, or on its left where the view ends.
        readonly property real viewRight: (tool.diagram.contentX + tool.diagram.width) / tool.zoom
        x: tool.pointer.x + (14 + width) / tool.zoom < viewRight
           ? tool.pointer.x + 14 / tool.zoom : tool.pointer.x - (14 + width) / tool.zoom
        y: tool.pointer.y + 14 / tool.zoom
        scale: 1 / tool.zoom
        transformOrigin: Item.TopLeft
        width: Math.min(previewText.implicitWidth, 360) + 16
        height: previewText.implicitHeight + 12
        radius: 4
        color: Theme.hintFill

        Label {
            id: previewText
            objectName: "connectPreviewText"
            x: 8
            y: 6
            width: Math.min(implicitWidth, 360)
            color: Theme.hintText
            wrapMode: Text.Wrap
            text: !tool.preview ? ""
                  : tool.preview.allowed ? tool.preview.label
                  : tool.preview.hint
        }
    }

    // The handle: a blue dot at the right edge of the selected item.
    Rectangle {
        id: handle
        objectName: "connectHandle"
        readonly property real size: 16 / Math.max(tool.zoom, 0.1)
        visible: tool.showHandle
        x: tool.fromRect.x + tool.fromRect.width - size / 2
        y: tool.fromRect.y + tool.fromRect.height / 2 - size / 2
        width: size
        height: size
        radius: size / 2
        color: Theme.accent
        border.color: Theme.panel
        border.width: 2 / Math.max(tool.zoom, 0.1)

        ToolTip.visible: handleArea.containsMouse
        ToolTip.delay: 400
        ToolTip.text: qsTr("Drag onto a gateway, VPC or workload to connect")

        MouseArea {
            id: handleArea
            anchors.fill: parent
            anchors.margins: -handle.size / 4
            hoverEnabled: true
            // The canvas must not pan while a connection is being drawn.
            preventStealing: true
            cursorShape: Qt.CrossCursor
            onPressed: (mouse) => {
                tool.fromId = tool.selectedId
                tool.track(mapToItem(tool, mouse.x, mouse.y))
            }
            onPositionChanged: (mouse) => {
                if (pressed && tool.dragging)
                    tool.track(mapToItem(tool, mouse.x, mouse.y))
            }
            onReleased: (mouse) => {
                if (tool.dragging)
                    tool.finish(mapToItem(tool, mouse.x, mouse.y))
            }
            onCanceled: tool.cancel()
        }
    }

    ConnectDialog {
        id: dialog
        connector: connectionController
        parent: Overlay.overlay
    }

    ConnectTargetPicker {
        id: picker
        connector: connectionController
        parent: Overlay.overlay
        onPicked: (target) => dialog.ask(target.from, target.to, target.needsPort,
                                         target.offersRoutes)
    }
}
