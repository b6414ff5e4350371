// SPDX-License-Identifier: Apache-2.0
// The diagram: a Flickable to pan by dragging, zoom with the wheel around the pointer, and fit
// the whole diagram to the window. Items and edges come positioned from C++; this file only
// places the scene and scales it.
pragma ComponentBehavior: Bound

import QtQuick
import Topograph

Flickable {
    id: canvas

    required property DiagramModel items
    required property DiagramLayer containers
    required property DiagramLayer nodes
    required property EdgeModel edges

    property real zoom: 1
    /// The selected item (clicked, added, or named by a finding), outlined until another is
    /// chosen.
    property string selectedId

    /// The item that holds the diagram: an item given it as parent (the reachability path) is
    /// drawn in scene coordinates and pans and zooms with the diagram.
    readonly property alias sceneItem: scene

    /// A component from the palette was dropped at `scenePoint` (canvas coordinates).
    signal dropRequested(string kind, point scenePoint)
    readonly property rect selectedRect: selectedId.length > 0 ? items.rectOf(selectedId)
                                                               : Qt.rect(0, 0, 0, 0)
    /// The part of the scene in view with a margin, in scene coordinates, rounded out to a grid
    /// of about 512 view pixels (at a power-of-two zoom) so that it changes every few hundred
    /// pixels of panning rather than every frame. Delegates outside it hide: the software
    /// renderer walks every visible node each frame, on screen or not (docs/GUI-PERFORMANCE.md).
    readonly property rect cullRect: {
        const step = 512 / Math.pow(2, Math.floor(Math.log(zoom) / Math.LN2))
        const left = (Math.floor(contentX / zoom / step) - 1) * step
        const top = (Math.floor(contentY / zoom / step) - 1) * step
        const right = (Math.ceil((contentX + width) / zoom / step) + 1) * step
        const bottom = (Math.ceil((contentY + height) / zoom / step) + 1) * step
        return Qt.rect(left, top, right - left, bottom - top)
    }
    /// Below 35 % labels are a few pixels high and unreadable: delegates leave them out, which
    /// spares the software renderer their nodes (the bindings re-evaluate only when this flips).
    readonly property bool detailed: zoom >= 0.35
    readonly property real minimumZoom: 0.02
    readonly property real maximumZoom: 4

    function clampedZoom(value: real): real {
        return Math.max(minimumZoom, Math.min(maximumZoom, value))
    }

    function fitToWindow() {
        userMoved = false
        const sceneWidth = canvas.items.sceneWidth
        const sceneHeight = canvas.items.sceneHeight
        if (width <= 0 || height <= 0 || sceneWidth <= 0 || sceneHeight <= 0) {
            zoom = 1
            return
        }
        // Never beyond 100 %: a model of one VPC would otherwise fill the window at 400 %.
        zoom = clampedZoom(Math.min(1, width / sceneWidth, height / sceneHeight))
        contentX = -leftMargin
        contentY = -topMargin
    }

    /// Zooms by `factor` keeping the scene point under `viewPoint` where it is.
    function zoomAround(factor: real, viewPoint: point) {
        const next = clampedZoom(zoom * factor)
        const applied = next / zoom
        const anchorX = contentX + viewPoint.x
        const anchorY = contentY + viewPoint.y
        zoom = next
        contentX = anchorX * applied - viewPoint.x
        contentY = anchorY * applied - viewPoint.y
        returnToBounds()
    }

    /// Outlines the item and scrolls so that it is in the middle of the view, zooming in when
    /// the whole diagram is shown so small that the item could not be made out.
    function showItem(id: string) {
        selectedId = id
        if (id.length === 0 || selectedRect.width <= 0)
            return
        userMoved = true
        const wanted = Math.min(1, Math.min(width / (selectedRect.width * 1.5),
                                            height / (selectedRect.height * 1.5)))
        if (zoom < wanted)
            zoom = clampedZoom(wanted)
        contentX = (selectedRect.x + selectedRect.width / 2) * zoom - width / 2
        contentY = (selectedRect.y + selectedRect.height / 2) * zoom - height / 2
        returnToBounds()
    }

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    contentWidth: scene.width * zoom
    contentHeight: scene.height * zoom
    // Centre a diagram smaller than the window.
    leftMargin: Math.max(0, (width - contentWidth) / 2)
    topMargin: Math.max(0, (height - contentHeight) / 2)

    // Until the user pans or zooms, the diagram follows the window's size.
    property bool userMoved: false
    onWidthChanged: if (!userMoved) fitToWindow()
    onHeightChanged: if (!userMoved) fitToWindow()
    onMovementStarted: userMoved = true

    WheelHandler {
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => {
            canvas.userMoved = true
            canvas.zoomAround(event.angleDelta.y > 0 ? 1.15 : 1 / 1.15,
                              Qt.point(event.x, event.y))
        }
    }

    // Children of a Flickable scroll with its content; this one stays over the view.
    DropArea {
        id: dropArea
        parent: canvas
        anchors.fill: parent
        keys: ["topograph/kind"]
        onDropped: (drop) => {
            // The palette's second key names the kind.
            if (drop.keys.length < 2)
                return
            const point = scene.mapFromItem(dropArea, drop.x, drop.y)
            canvas.dropRequested(drop.keys[1], point)
            drop.accept()
        }
    }

    Rectangle {
        parent: canvas
        anchors.fill: parent
        visible: dropArea.containsDrag
        color: "transparent"
        border.color: "#0972D3"
        border.width: 2
    }

    Item {
        id: scene
        // At least the view's size, so that there is canvas to drop on around a small diagram.
        width: Math.max(canvas.items.sceneWidth, canvas.width / canvas.zoom)
        height: Math.max(canvas.items.sceneHeight, canvas.height / canvas.zoom)
        transformOrigin: Item.TopLeft
        scale: canvas.zoom

        // Containers nest by depth (z = depth), lines run above them (z 50) and below the
        // workloads and gateways (z 100).
        TapHandler {
            onTapped: (eventPoint) => {
                const at = eventPoint.position
                canvas.selectedId = canvas.items.itemAt(at.x, at.y)
            }
        }

        Repeater {
            model: canvas.containers
            delegate: ContainerDelegate {
                titleBandHeight: canvas.items.titleBandHeight
                cullRect: canvas.cullRect
                detailed: canvas.detailed
            }
        }

        Repeater {
            model: canvas.edges
            delegate: EdgeDelegate {}
        }

        Repeater {
            model: canvas.nodes
            delegate: NodeDelegate {
                cullRect: canvas.cullRect
                detailed: canvas.detailed
            }
        }

        Rectangle {
            z: 200
            visible: canvas.selectedRect.width > 0
            x: canvas.selectedRect.x - 4
            y: canvas.selectedRect.y - 4
            width: canvas.selectedRect.width + 8
            height: canvas.selectedRect.height + 8
            color: "transparent"
            border.color: "#0972D3"
            border.width: 3 / Math.max(canvas.zoom, 0.25)
            radius: 4
        }
    }
}
