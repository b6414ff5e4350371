// SPDX-License-Identifier: Apache-2.0
// The diagram: a Flickable panned with the middle button, space+drag, the scroll bars and the
// touchpad, zoomed with the wheel or a pinch around the pointer, fitted to the window; and the
// selection: click, shift+click, rubber band, drag to move, arrow keys to nudge, a handle to
// resize a container. Items and edges come positioned from C++, and every edit is a call of the
// DocumentController (app/canvas_edits.cpp); this file places the scene and scales it.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Topograph

Flickable {
    id: canvas

    required property DiagramModel items
    required property DiagramLayer containers
    required property DiagramLayer nodes
    required property EdgeModel edges

    /// Edits of the selection (move, resize, rubber band) go through it; null shows only.
    property DocumentController controller

    property real zoom: 1
    /// The current item (clicked, added, or named by a finding): what the inspector shows and
    /// the connect tool starts from. Always one of selectedIds when set.
    property string selectedId
    /// Every selected item (shift+click, rubber band, Select All), outlined; the top-most
    /// ones only: an item inside a selected container goes along with it.
    property var selectedIds: []
    /// Bumped whenever drawn geometry changes, so that bindings reading rectOf() follow.
    property int geometryRevision: 0
    /// True while the space bar is held: a left drag then pans.
    property bool spaceHeld: false
    /// The pointer on the canvas, in scene coordinates, while it is over the canvas: Paste
    /// puts the copies there.
    readonly property bool pointerInside: pointer.containsMouse
    readonly property point pointerScenePoint: Qt.point(pointer.mouseX, pointer.mouseY)

    /// Where the item is drawn (scene coordinates), re-read whenever geometry changes; an
    /// empty rectangle for "" and for what is not drawn.
    function rectOf(id: string): rect {
        return geometryRevision >= 0 && id.length > 0 ? items.rectOf(id) : Qt.rect(0, 0, 0, 0)
    }

    /// Selects `ids` with `current` (default: the last of them) as the current item.
    function select(ids: var, current: string) {
        selectedIds = ids
        selectedId = current.length > 0 ? current : (ids.length > 0 ? ids[ids.length - 1] : "")
    }

    function clearSelection() {
        select([], "")
    }

    /// Adds the item to the selection, or takes it out when it is in it (shift+click).
    function toggle(id: string) {
        const index = selectedIds.indexOf(id)
        if (index < 0) {
            select(controller ? controller.topMost(selectedIds.concat([id])) : [id], id)
            return
        }
        const rest = selectedIds.filter((other) => other !== id)
        select(rest, rest.length > 0 ? rest[rest.length - 1] : "")
    }

    onSelectedIdChanged: {
        if (selectedId.length === 0)
            selectedIds = []
        else if (selectedIds.indexOf(selectedId) < 0)
            selectedIds = [selectedId]
    }

    /// The item that holds the diagram: an item given it as parent (the reachability path) is
    /// drawn in scene coordinates and pans and zooms with the diagram.
    readonly property alias sceneItem: scene

    /// A component from the palette was dropped at `scenePoint` (canvas coordinates).
    signal dropRequested(string kind, point scenePoint)
    /// A route table, network ACL or security group chip was clicked: the item is selected, and
    /// the window shows it in the Inspector.
    signal attachmentOpened(string id)
    readonly property rect selectedRect: rectOf(selectedId)
    /// The part of the scene in view with a margin of one to two steps of `pixels` view pixels
    /// (at a power-of-two zoom), in scene coordinates, rounded out to a grid of such steps so
    /// that it changes every few hundred pixels of panning rather than every frame.
    function viewOnGrid(pixels: real): rect {
        const step = pixels / Math.pow(2, Math.floor(Math.log(zoom) / Math.LN2))
        const left = (Math.floor(contentX / zoom / step) - 1) * step
        const top = (Math.floor(contentY / zoom / step) - 1) * step
        const right = (Math.ceil((contentX + width) / zoom / step) + 1) * step
        const bottom = (Math.ceil((contentY + height) / zoom / step) + 1) * step
        return Qt.rect(left, top, right - left, bottom - top)
    }
    /// What the far-zoom image covers: the view with a margin of 384-768 pixels, so that it is
    /// repainted every few hundred pixels of panning and stays a few megapixels.
    readonly property rect overviewRect: viewOnGrid(384)
    /// Which items have a delegate when zoomed in: the view with a narrow margin, so that
    /// entering the detailed zoom or panning creates few delegates at a time (creating one costs
    /// about 0.3 ms; the software renderer walks every one each frame, docs/GUI-PERFORMANCE.md).
    readonly property rect delegateRect: viewOnGrid(128)
    /// From 70 % up the items are drawn one by one (delegates with their labels, only those in
    /// delegateRect exist). Below it the 12-pixel labels are under 8.5 pixels high and, on a
    /// large model, so many items are on screen that delegates cost 60-90 ms a frame at 50-70 %
    /// on the 2-core machine: one DiagramOverview image draws the diagram instead. A model of
    /// a few hundred items costs little either way, so it keeps its labels down to 35 % (a
    /// class diagram zoomed out to fit a projector still says what is what).
    readonly property int smallModelItems: 300
    readonly property bool detailed: zoom >= 0.7
                                     || (zoom >= 0.35 && items.count <= smallModelItems)
    /// How many containers and how many nodes get their delegate in one frame on entering the
    /// detailed zoom: all at once, a hundred delegates made one frame of 100-400 ms on the
    /// 2-core machine (docs/GUI-PERFORMANCE.md).
    property int delegateBatch: 16
    /// Delegates in view are still being created (the far-zoom image stays under them).
    readonly property bool delegatesPending: containersInView.pending || nodesInView.pending
    /// The overview image's pixels per scene unit: the zoom rounded up to a power of two, at
    /// most 0.5 (0.125, 0.25, 0.5), so that zooming repaints it only at each doubling; at 25 %
    /// exactly it is drawn 1:1, and from 50 to 70 % it is stretched a little (it has no text).
    readonly property real overviewScale: Math.min(0.5, Math.pow(2, Math.ceil(Math.log(zoom) / Math.LN2 - 1e-9)))
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

    /// Selects the drawn items among `ids` (a finding's resources) and frames them: zooms out
    /// until they all fit, or in (up to 100 %) when they would be too small to make out.
    function showItems(ids: var) {
        const drawn = items.drawnOf(ids)
        if (drawn.length === 0)
            return
        select(drawn, drawn[0])
        const bounds = geometryRevision >= 0 ? items.boundsOf(drawn) : Qt.rect(0, 0, 0, 0)
        if (bounds.width <= 0 || bounds.height <= 0)
            return
        userMoved = true
        const fits = Math.min(1, Math.min(width / (bounds.width * 1.2),
                                          height / (bounds.height * 1.2)))
        const shown = bounds.width * zoom <= width && bounds.height * zoom <= height
        if (zoom < fits || !shown)
            zoom = clampedZoom(fits)
        contentX = (bounds.x + bounds.width / 2) * zoom - width / 2
        contentY = (bounds.y + bounds.height / 2) * zoom - height / 2
        returnToBounds()
    }

    /// Scrolls the view by (dx, dy) view pixels, staying inside the scene.
    function panBy(dx: real, dy: real) {
        userMoved = true
        contentX = Math.max(-leftMargin, Math.min(contentWidth - width, contentX + dx))
        contentY = Math.max(-topMargin, Math.min(contentHeight - height, contentY + dy))
    }

    clip: true
    // A left drag draws a rubber band or moves the selection: the view pans with the middle
    // button, space+drag, the scroll bars and the touchpad instead.
    interactive: false
    boundsBehavior: Flickable.StopAtBounds
    focus: true
    ScrollBar.horizontal: ScrollBar {}
    ScrollBar.vertical: ScrollBar {}

    Connections {
        target: canvas.items
        function onDataChanged() { canvas.geometryRevision++ }
        function onModelReset() { canvas.geometryRevision++ }
    }

    Keys.onPressed: (event) => {
        const step = (event.modifiers & Qt.ShiftModifier) ? 10 : 1
        if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
            spaceHeld = true
        } else if (event.key === Qt.Key_Escape) {
            clearSelection()
        } else if (controller && selectedIds.length > 0 && (event.key === Qt.Key_Left
                   || event.key === Qt.Key_Right || event.key === Qt.Key_Up
                   || event.key === Qt.Key_Down)) {
            const dx = event.key === Qt.Key_Left ? -step : event.key === Qt.Key_Right ? step : 0
            const dy = event.key === Qt.Key_Up ? -step : event.key === Qt.Key_Down ? step : 0
            controller.nudgeItems(selectedIds, dx, dy)
        } else {
            return
        }
        event.accepted = true
    }
    Keys.onReleased: (event) => {
        if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
            spaceHeld = false
            event.accepted = true
        }
    }
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

    // A mouse wheel (or Ctrl with a touchpad) zooms around the pointer; two fingers on a
    // touchpad pan.
    WheelHandler {
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: (event) => {
            canvas.userMoved = true
            const touchpad = event.pixelDelta.x !== 0 || event.pixelDelta.y !== 0
            if (touchpad && !(event.modifiers & Qt.ControlModifier)) {
                canvas.panBy(-event.pixelDelta.x, -event.pixelDelta.y)
                return
            }
            canvas.zoomAround(event.angleDelta.y > 0 ? 1.15 : 1 / 1.15,
                              Qt.point(event.x, event.y))
        }
    }

    // Pinch (a touch screen, or a touchpad that reports it) zooms around the fingers.
    PinchHandler {
        target: null
        property real lastScale: 1
        onActiveChanged: lastScale = 1
        onActiveScaleChanged: {
            canvas.userMoved = true
            canvas.zoomAround(activeScale / lastScale, centroid.position)
            lastScale = activeScale
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
        border.color: Theme.selection
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
        // Every press on the scene lands here (the delegates take no mouse input): a click
        // selects, shift+click toggles; a left drag on a workload or gateway or on a
        // container's title band moves the selection; a left drag anywhere else (empty canvas,
        // the body of a container) draws a rubber band; a middle drag or space+drag pans.
        MouseArea {
            id: pointer

            /// "", "pan", "band" or "move": what the current press does.
            property string mode
            property point pressPoint
            property point pressView
            property bool additive
            /// The item under the press ("" for empty canvas).
            property string pressedId
            /// The selection's offset while it is dragged, in scene coordinates.
            property point dragOffset: Qt.point(0, 0)
            readonly property bool banding: mode === "band" && band.width + band.height > 0
            property rect band: Qt.rect(0, 0, 0, 0)

            function viewPoint(mouse: var): point {
                return mapToItem(canvas, mouse.x, mouse.y)
            }

            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.MiddleButton
            hoverEnabled: true
            preventStealing: true

            onPressed: (mouse) => {
                canvas.forceActiveFocus()
                pressPoint = Qt.point(mouse.x, mouse.y)
                pressView = viewPoint(mouse)
                additive = (mouse.modifiers & Qt.ShiftModifier) !== 0
                dragOffset = Qt.point(0, 0)
                band = Qt.rect(0, 0, 0, 0)
                if (mouse.button === Qt.MiddleButton || canvas.spaceHeld) {
                    mode = "pan"
                    return
                }
                const hit = canvas.items.itemAt(mouse.x, mouse.y)
                pressedId = hit
                const box = canvas.rectOf(hit)
                const grabbed = hit.length > 0 && (!canvas.items.isContainer(hit)
                                                   || mouse.y < box.y + canvas.items.titleBandHeight)
                if (grabbed && !additive) {
                    mode = "move"
                    if (canvas.selectedIds.indexOf(hit) < 0)
                        canvas.select([hit], hit)
                    else
                        canvas.selectedId = hit
                } else {
                    mode = "band"
                }
            }
            onPositionChanged: (mouse) => {
                if (!pressed)
                    return
                if (mode === "pan") {
                    const view = viewPoint(mouse)
                    canvas.panBy(pressView.x - view.x, pressView.y - view.y)
                    pressView = view
                } else if (mode === "band" && (band.width + band.height > 0
                           || Math.abs(mouse.x - pressPoint.x) + Math.abs(mouse.y - pressPoint.y)
                              > 4 / canvas.zoom)) {
                    band = Qt.rect(Math.min(pressPoint.x, mouse.x), Math.min(pressPoint.y, mouse.y),
                                   Math.abs(mouse.x - pressPoint.x),
                                   Math.abs(mouse.y - pressPoint.y))
                } else if (mode === "move") {
                    const view = viewPoint(mouse)
                    // Past a few pixels of the press, so a click does not nudge.
                    if (dragOffset.x !== 0 || dragOffset.y !== 0
                            || Math.abs(view.x - pressView.x) + Math.abs(view.y - pressView.y) > 4)
                        dragOffset = Qt.point(mouse.x - pressPoint.x, mouse.y - pressPoint.y)
                }
            }
            onReleased: {
                if (mode === "band" && banding && canvas.controller) {
                    const inside = canvas.controller.itemsInside(band.x, band.y, band.width,
                                                                 band.height)
                    const ids = additive ? canvas.controller.topMost(canvas.selectedIds.concat(inside))
                                         : inside
                    canvas.select(ids, "")
                } else if (mode === "band") {
                    // A click: select what is under it, or toggle it with shift.
                    if (additive && pressedId.length > 0)
                        canvas.toggle(pressedId)
                    else if (!additive)
                        canvas.select(pressedId.length > 0 ? [pressedId] : [], pressedId)
                } else if (mode === "move" && canvas.controller
                           && (dragOffset.x !== 0 || dragOffset.y !== 0)) {
                    canvas.controller.moveItems(canvas.selectedIds, dragOffset.x, dragOffset.y)
                }
                mode = ""
                band = Qt.rect(0, 0, 0, 0)
                dragOffset = Qt.point(0, 0)
            }
            onCanceled: {
                mode = ""
                band = Qt.rect(0, 0, 0, 0)
                dragOffset = Qt.point(0, 0)
            }
        }

        // Zoomed far out: the whole diagram as one image, repainted (on a worker thread) only
        // when the model, the colours, overviewRect or the overview's scale change. It stays
        // under the delegates while they are being created, a batch a frame, on zooming in.
        DiagramOverview {
            objectName: "diagramOverview"
            visible: !canvas.detailed || canvas.delegatesPending
            items: canvas.items
            edges: canvas.edges
            area: canvas.overviewRect
            renderScale: canvas.overviewScale
            colors: ({
                canvas: Theme.canvas, error: Theme.error, warning: Theme.warning,
                regionStroke: Theme.regionStroke, regionFill: Theme.regionFill,
                zoneStroke: Theme.zoneStroke, vpcStroke: Theme.vpcStroke, vpcFill: Theme.vpcFill,
                publicSubnetStroke: Theme.publicSubnetStroke,
                publicSubnetFill: Theme.publicSubnetFill,
                privateSubnetStroke: Theme.privateSubnetStroke,
                privateSubnetFill: Theme.privateSubnetFill, routeLine: Theme.routeLine,
                loadBalancingLine: Theme.loadBalancingLine, vpnLine: Theme.vpnLine,
                otherLine: Theme.otherLine
            })
        }

        // Zoomed in: a delegate for each item in delegateRect; none at all zoomed out. Zooming
        // in past the threshold creates them a batch a frame, nearest the centre first.
        ViewWindowFilter {
            id: containersInView
            objectName: "containersInView"
            sourceModel: canvas.containers
            window: canvas.delegateRect
            active: canvas.detailed
            batchSize: canvas.delegateBatch
        }
        ViewWindowFilter {
            id: nodesInView
            objectName: "nodesInView"
            sourceModel: canvas.nodes
            window: canvas.delegateRect
            active: canvas.detailed
            batchSize: canvas.delegateBatch
        }
        // One batch a frame: in the frame's animation step, so that the batch is drawn in the
        // same frame (a timer or FrameAnimation may tick twice between two slow frames).
        Connections {
            target: canvas.Window.window
            enabled: canvas.delegatesPending
            function onAfterAnimating() {
                containersInView.admitNext()
                nodesInView.admitNext()
                if (canvas.delegatesPending)
                    canvas.Window.window.update()
            }
        }

        Repeater {
            model: containersInView
            delegate: ContainerDelegate {
                titleBandHeight: canvas.items.titleBandHeight
            }
        }

        Repeater {
            model: canvas.detailed && !canvas.delegatesPending ? canvas.edges : null
            delegate: EdgeDelegate {
                window: containersInView.covered
            }
        }

        Repeater {
            model: nodesInView
            delegate: NodeDelegate {}
        }

        // Route tables, ACLs and security groups on their subnets and workloads: only those in
        // view are rows, and none when zoomed out too far to read them. They follow the
        // containers' delegates, whose window changes seldom: every change resets the chips.
        Binding {
            target: canvas.controller ? canvas.controller.attachments : null
            property: "visibleRect"
            value: containersInView.covered
            when: canvas.controller !== null
        }
        Repeater {
            model: canvas.controller && canvas.detailed && !canvas.delegatesPending
                   ? canvas.controller.attachments : null
            delegate: AttachmentChip {
                selectedId: canvas.selectedId
                onClicked: (id) => {
                    canvas.select([id], id)
                    canvas.attachmentOpened(id)
                }
            }
        }

        // Every selected item outlined (the current one thicker), following a drag.
        Item {
            z: 200
            x: pointer.dragOffset.x
            y: pointer.dragOffset.y
            Repeater {
                model: canvas.selectedIds
                delegate: Rectangle {
                    required property string modelData
                    readonly property rect box: canvas.rectOf(modelData)
                    readonly property bool current: modelData === canvas.selectedId
                    visible: box.width > 0
                    x: box.x - 4
                    y: box.y - 4
                    width: box.width + 8
                    height: box.height + 8
                    color: "transparent"
                    border.color: Theme.selection
                    border.width: (current ? 3 : 2) / Math.max(canvas.zoom, 0.25)
                    radius: 4
                }
            }
        }

        // The rubber band while it is drawn.
        Rectangle {
            objectName: "rubberBand"
            z: 210
            visible: pointer.banding
            x: pointer.band.x
            y: pointer.band.y
            width: pointer.band.width
            height: pointer.band.height
            color: Qt.rgba(Theme.selection.r, Theme.selection.g, Theme.selection.b, 0.12)
            border.color: Theme.selection
            border.width: 1 / canvas.zoom
        }

        // Resizing the current container: a square at its bottom-right corner, shown when it
        // is the only selected item. The outline follows the drag; the size is set on release
        // (the controller keeps it around the children).
        Rectangle {
            id: resizeHandle
            objectName: "resizeHandle"
            readonly property real size: 12 / Math.max(canvas.zoom, 0.1)
            readonly property bool shown: canvas.selectedIds.length === 1 && canvas.controller !== null
                                          && canvas.items.isContainer(canvas.selectedId)
            property point dragged: Qt.point(0, 0)
            z: 220
            visible: shown && canvas.selectedRect.width > 0
            x: canvas.selectedRect.x + canvas.selectedRect.width + dragged.x - size / 2
            y: canvas.selectedRect.y + canvas.selectedRect.height + dragged.y - size / 2
            width: size
            height: size
            color: Theme.selection
            border.color: Theme.panel
            border.width: 1 / Math.max(canvas.zoom, 0.1)

            MouseArea {
                property point start
                anchors.fill: parent
                anchors.margins: -resizeHandle.size / 3
                preventStealing: true
                cursorShape: Qt.SizeFDiagCursor
                onPressed: (mouse) => start = mapToItem(scene, mouse.x, mouse.y)
                onPositionChanged: (mouse) => {
                    const at = mapToItem(scene, mouse.x, mouse.y)
                    resizeHandle.dragged = Qt.point(at.x - start.x, at.y - start.y)
                }
                onReleased: {
                    const box = canvas.selectedRect
                    canvas.controller.resizeItem(canvas.selectedId, box.width + resizeHandle.dragged.x,
                                                 box.height + resizeHandle.dragged.y)
                    resizeHandle.dragged = Qt.point(0, 0)
                }
                onCanceled: resizeHandle.dragged = Qt.point(0, 0)
            }
        }

        // The container's new outline while its handle is dragged.
        Rectangle {
            z: 215
            visible: resizeHandle.dragged.x !== 0 || resizeHandle.dragged.y !== 0
            x: canvas.selectedRect.x
            y: canvas.selectedRect.y
            width: Math.max(1, canvas.selectedRect.width + resizeHandle.dragged.x)
            height: Math.max(1, canvas.selectedRect.height + resizeHandle.dragged.y)
            color: "transparent"
            border.color: Theme.selection
            border.width: 1 / canvas.zoom
        }
    }
}
