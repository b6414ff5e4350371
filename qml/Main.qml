// SPDX-License-Identifier: Apache-2.0
// The main window: menus, the diagram canvas, load errors and a status bar. Binds to the
// DocumentController handed in by main.cpp; holds no business logic.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQuick.Window
import Topograph

ApplicationWindow {
    id: window

    required property DocumentController controller
    /// Recovery after a crash (main.cpp); null where a test loads the window without one.
    property Autosaver autosaver

    width: Math.min(1600, Screen.desktopAvailableWidth)
    height: Math.min(1000, Screen.desktopAvailableHeight)
    visible: true
    title: controller.windowTitle
    color: Theme.canvas

    // The standard controls follow the theme too.
    ThemedPalette {
        id: themedPalette
        Component.onCompleted: themedPalette.target = window.palette
    }

    /// What to do once unsaved changes are saved or discarded: "new", "open", "import",
    /// "recent", "example", "close" or "quit".
    property string pendingAction
    property bool closeConfirmed: false
    /// The file of a pending "recent" action, the address of a pending "example".
    property string pendingPath

    function proceed(action: string) {
        if (action === "new")
            controller.newDocument()
        else if (action === "open")
            openDialog.open()
        else if (action === "import")
            importDialog.open()
        else if (action === "recent")
            controller.openFileAsync(pendingPath)
        else if (action === "example")
            controller.openAsync(pendingPath)
        else if (action === "close")
            controller.closeDocument()
        else if (action === "quit") {
            closeConfirmed = true
            close()
        }
    }

    function openRecent(path: string) {
        pendingPath = path
        afterUnsavedChanges("recent")
    }

    /// Runs `action` now, or after asking what to do with unsaved changes.
    function afterUnsavedChanges(action: string) {
        if (!controller.modified) {
            proceed(action)
            return
        }
        pendingAction = action
        unsavedDialog.open()
    }

    function saveThen(action: string) {
        if (controller.hasSavePath) {
            if (controller.save())
                proceed(action)
        } else {
            saveDialog.continuation = action
            saveDialog.open()
        }
    }

    /// A file chosen in the save ("save") or export (its format) dialog: written at once, or
    /// after asking when it would replace another file (Qt 6.4's own dialog does not ask).
    function fileChosen(format: string, file: url) {
        const existing = controller.otherExistingFile(file)
        if (existing.length === 0) {
            writeChosen(format, file)
            return
        }
        confirmReplace.format = format
        confirmReplace.file = file
        confirmReplace.ask(qsTr("Replace %1?").arg(existing),
                           qsTr("A file named %1 already exists there. Replacing it overwrites its contents.").arg(existing))
    }

    function writeChosen(format: string, file: url) {
        if (format !== "save") {
            exportChosen(format, file)
            return
        }
        if (controller.saveAs(file))
            proceed(saveDialog.continuation)
        saveDialog.continuation = ""
    }

    /// Writes the export chosen in the export file dialog; the image options apply to images.
    function exportChosen(format: string, file: url) {
        const image = format === "png" || format === "svg"
        const error = image ? controller.exportTo(format, file, imageExportDialog.pngScale,
                                                  imageExportDialog.transparent,
                                                  imageExportDialog.badges,
                                                  imageExportDialog.legend)
                            : controller.exportTo(format, file)
        if (error.length > 0)
            messageBox.show(qsTr("Export failed"), error)
    }

    function exportAs(format: string, title: string, filter: string, suffix: string) {
        exportDialog.format = format
        exportDialog.title = title
        exportDialog.nameFilters = [filter, qsTr("All files (*)")]
        exportDialog.defaultSuffix = suffix
        // A proposed name beside the document: Qt 6.4's own dialog keeps Export disabled
        // until a typed name is confirmed with Enter, so an empty field would stall users.
        exportDialog.currentFolder = controller.suggestedExportFolder()
        exportDialog.selectedFile = controller.suggestedExportFile(format, suffix)
        exportDialog.open()
    }

    onClosing: (close) => {
        if (controller.modified && !closeConfirmed) {
            close.accepted = false
            afterUnsavedChanges("quit")
        }
    }

    Action {
        id: newAction
        text: qsTr("&New")
        shortcut: "Ctrl+N"
        onTriggered: window.afterUnsavedChanges("new")
    }
    Action {
        id: openAction
        text: qsTr("&Open…")
        shortcut: "Ctrl+O"
        onTriggered: window.afterUnsavedChanges("open")
    }
    Action {
        id: importAction
        text: qsTr("&Import CloudFormation…")
        shortcut: "Ctrl+I"
        onTriggered: window.afterUnsavedChanges("import")
    }
    Action {
        id: saveAction
        text: qsTr("&Save")
        shortcut: "Ctrl+S"
        onTriggered: window.saveThen("")
    }
    Action {
        id: saveAsAction
        text: qsTr("Save &As…")
        shortcut: "Ctrl+Shift+S"
        onTriggered: saveDialog.open()
    }
    Action {
        id: exportCloudFormationAction
        text: qsTr("&CloudFormation…")
        onTriggered: window.exportAs("cloudformation", qsTr("Export a CloudFormation template"),
                                     qsTr("CloudFormation templates (*.yaml)"), "yaml")
    }
    Action {
        id: exportPngAction
        text: qsTr("&PNG Image…")
        shortcut: "Ctrl+E"
        onTriggered: {
            imageExportDialog.format = "png"
            imageExportDialog.open()
        }
    }
    Action {
        id: exportSvgAction
        text: qsTr("S&VG Image…")
        onTriggered: {
            imageExportDialog.format = "svg"
            imageExportDialog.open()
        }
    }
    Action {
        id: exportDrawIoAction
        text: qsTr("&draw.io Diagram…")
        onTriggered: window.exportAs("drawio", qsTr("Export a draw.io diagram"),
                                     qsTr("draw.io diagrams (*.drawio)"), "drawio")
    }
    Action {
        id: exportDotAction
        text: qsTr("Graphviz &DOT…")
        onTriggered: window.exportAs("dot", qsTr("Export a Graphviz graph"),
                                     qsTr("Graphviz graphs (*.dot)"), "dot")
    }
    Action {
        id: exportMermaidAction
        text: qsTr("&Mermaid…")
        onTriggered: window.exportAs("mermaid", qsTr("Export a Mermaid flowchart"),
                                     qsTr("Mermaid flowcharts (*.mmd)"), "mmd")
    }
    Action {
        id: quitAction
        text: qsTr("&Quit")
        shortcut: "Ctrl+Q"
        onTriggered: window.close()
    }
    Action {
        id: undoAction
        text: window.controller.undoText.length > 0 ? qsTr("&Undo %1").arg(window.controller.undoText)
                                                    : qsTr("&Undo")
        shortcut: "Ctrl+Z"
        enabled: window.controller.canUndo
        onTriggered: window.controller.undo()
    }
    Action {
        id: redoAction
        text: window.controller.redoText.length > 0 ? qsTr("&Redo %1").arg(window.controller.redoText)
                                                    : qsTr("&Redo")
        shortcut: "Ctrl+Shift+Z"
        enabled: window.controller.canRedo
        onTriggered: window.controller.redo()
    }
    Action {
        id: deleteAction
        text: qsTr("&Delete")
        shortcut: "Delete"
        enabled: canvas.selectedIds.length > 0
        onTriggered: {
            const summary = window.controller.deletionSummaryOf(canvas.selectedIds)
            if (summary.length > 0)
                confirmDelete.ask(qsTr("Delete"), summary)
        }
    }
    Action {
        id: cutAction
        text: qsTr("Cu&t")
        shortcut: "Ctrl+X"
        enabled: canvas.selectedIds.length > 0
        // Copy, then delete without asking: the deletion is one undo step away.
        onTriggered: {
            if (window.controller.copyItems(canvas.selectedIds)) {
                window.controller.deleteItems(canvas.selectedIds)
                canvas.clearSelection()
            }
        }
    }
    Action {
        id: copyAction
        text: qsTr("&Copy")
        shortcut: "Ctrl+C"
        enabled: canvas.selectedIds.length > 0
        onTriggered: window.controller.copyItems(canvas.selectedIds)
    }
    Action {
        id: pasteAction
        text: qsTr("&Paste")
        shortcut: "Ctrl+V"
        enabled: window.controller.canPaste
        // At the pointer when it is over the canvas, else next to the originals.
        onTriggered: canvas.select(canvas.pointerInside
                                   ? window.controller.pasteAt(canvas.pointerScenePoint.x,
                                                               canvas.pointerScenePoint.y)
                                   : window.controller.paste(), "")
    }
    Action {
        id: duplicateAction
        text: qsTr("D&uplicate")
        shortcut: "Ctrl+D"
        enabled: canvas.selectedIds.length > 0
        onTriggered: canvas.select(window.controller.duplicateItems(canvas.selectedIds), "")
    }
    Action {
        id: selectAllAction
        text: qsTr("Select &All")
        shortcut: "Ctrl+A"
        enabled: window.controller.items.count > 0
        onTriggered: canvas.select(window.controller.allItems(), "")
    }
    Action {
        id: connectAction
        objectName: "connectAction"
        text: qsTr("Co&nnect To\u2026")
        shortcut: "Ctrl+K"
        // Connecting by keyboard: the same connections as dragging the selection's handle.
        enabled: connectTool.canConnectSelected
        onTriggered: connectTool.pickTarget()
    }
    Action {
        id: findAction
        objectName: "findAction"
        text: qsTr("&Find Item\u2026")
        shortcut: "Ctrl+F"
        // Selecting without the mouse: then Connect To…, Delete, the arrows and the inspector apply.
        enabled: window.controller.items.count > 0
        onTriggered: findPicker.ask()
    }
    Action {
        id: minimapAction
        text: qsTr("&Minimap")
        shortcut: "Ctrl+M"
        checkable: true
        checked: true
    }
    Action {
        id: fitAction
        text: qsTr("&Fit to Window")
        shortcut: "Ctrl+0"
        onTriggered: canvas.fitToWindow()
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            // The Fusion menu of Qt 6.4 sizes itself to the text alone, not the shortcut column.
            width: 320
            ShortcutMenuItem { action: newAction }
            ShortcutMenuItem { action: openAction }
            Menu {
                id: recentMenu
                title: qsTr("Open &Recent")
                width: 420
                enabled: window.controller.recentFiles.paths.length > 0
                Instantiator {
                    model: window.controller.recentFiles.paths
                    delegate: MenuItem {
                        required property string modelData
                        text: modelData
                        onTriggered: window.openRecent(modelData)
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("&Clear Recent Files")
                    onTriggered: window.controller.recentFiles.clear()
                }
            }
            ShortcutMenuItem { action: importAction }
            ShortcutMenuItem {
                action: Action {
                    text: qsTr("&Close")
                    shortcut: "Ctrl+W"
                    onTriggered: window.afterUnsavedChanges("close")
                }
            }
            MenuItem {
                text: qsTr("&Welcome")
                onTriggered: welcomeScreen.requested = true
            }
            MenuSeparator {}
            ShortcutMenuItem { action: saveAction }
            ShortcutMenuItem { action: saveAsAction }
            Menu {
                title: qsTr("&Export")
                width: 240
                ShortcutMenuItem { action: exportCloudFormationAction }
                MenuSeparator {}
                ShortcutMenuItem { action: exportPngAction }
                ShortcutMenuItem { action: exportSvgAction }
                ShortcutMenuItem { action: exportDrawIoAction }
                ShortcutMenuItem { action: exportDotAction }
                ShortcutMenuItem { action: exportMermaidAction }
            }
            MenuSeparator {}
            ShortcutMenuItem { action: quitAction }
        }
        Menu {
            title: qsTr("&Edit")
            id: editMenu
            // As wide as the undo and redo texts ("Undo Allow tcp/5433 from App server A to…")
            // up to a sensible limit; ShortcutMenuItem elides what is longer. (Menus of Qt 6.4
            // do not size themselves to their items.)
            width: Math.min(460, Math.max(260, undoItem.implicitWidth, redoItem.implicitWidth)
                                 + editMenu.leftPadding + editMenu.rightPadding)
            ShortcutMenuItem {
                id: undoItem
                action: undoAction
            }
            ShortcutMenuItem {
                id: redoItem
                action: redoAction
            }
            MenuSeparator {}
            ShortcutMenuItem { action: deleteAction }
            MenuSeparator {}
            ShortcutMenuItem { action: cutAction }
            ShortcutMenuItem { action: copyAction }
            ShortcutMenuItem { action: pasteAction }
            ShortcutMenuItem { action: duplicateAction }
            MenuSeparator {}
            ShortcutMenuItem { action: connectAction }
            MenuSeparator {}
            ShortcutMenuItem { action: findAction }
            ShortcutMenuItem { action: selectAllAction }
        }
        Menu {
            title: qsTr("&Arrange")
            width: 260
            // Two or more items of one container; the controller says why otherwise.
            MenuItem {
                text: qsTr("Align &Left Edges")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "left")
            }
            MenuItem {
                text: qsTr("Align &Centres Horizontally")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "hcenter")
            }
            MenuItem {
                text: qsTr("Align &Right Edges")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "right")
            }
            MenuItem {
                text: qsTr("Align &Top Edges")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "top")
            }
            MenuItem {
                text: qsTr("Align Centres &Vertically")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "vcenter")
            }
            MenuItem {
                text: qsTr("Align &Bottom Edges")
                enabled: canvas.selectedIds.length > 1
                onTriggered: window.controller.alignItems(canvas.selectedIds, "bottom")
            }
        }
        Menu {
            title: qsTr("&View")
            ShortcutMenuItem { action: fitAction }
            ShortcutMenuItem { action: minimapAction }
            MenuSeparator {}
            Menu {
                title: qsTr("&Theme")
                // One entry per ThemeController mode, exclusive; the checked one is in use.
                ActionGroup { id: themeGroup }
                MenuItem {
                    action: Action {
                        text: qsTr("&System")
                        checkable: true
                        checked: ThemeController.mode === "system"
                        ActionGroup.group: themeGroup
                        onTriggered: ThemeController.mode = "system"
                    }
                }
                MenuItem {
                    action: Action {
                        text: qsTr("&Light")
                        checkable: true
                        checked: ThemeController.mode === "light"
                        ActionGroup.group: themeGroup
                        onTriggered: ThemeController.mode = "light"
                    }
                }
                MenuItem {
                    action: Action {
                        text: qsTr("&Dark")
                        checkable: true
                        checked: ThemeController.mode === "dark"
                        ActionGroup.group: themeGroup
                        onTriggered: ThemeController.mode = "dark"
                    }
                }
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a Topograph model")
        nameFilters: [qsTr("Topograph models and CloudFormation templates (*.yaml *.yml *.json)"),
                      qsTr("All files (*)")]
        onAccepted: window.controller.openAsync(selectedFile)
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a CloudFormation template")
        nameFilters: [qsTr("CloudFormation templates (*.yaml *.yml *.json *.template)"),
                      qsTr("All files (*)")]
        onAccepted: window.controller.openAsync(selectedFile)
    }

    FileDialog {
        id: saveDialog
        /// The action waiting for this save ("" for none).
        property string continuation
        title: qsTr("Save the model as")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "yaml"
        nameFilters: [qsTr("Topograph models (*.yaml)")]
        onAccepted: window.fileChosen("save", selectedFile)
        onRejected: continuation = ""
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string format
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Export")
        onAccepted: window.fileChosen(format, selectedFile)
    }

    ConfirmDialog {
        id: confirmReplace
        objectName: "confirmReplace"
        /// What waits for the answer: "save", or the export's format, and the file.
        property string format
        property url file
        confirmText: qsTr("Replace")
        onConfirmed: window.writeChosen(format, file)
        onRejected: {
            if (format === "save")
                saveDialog.continuation = ""
        }
    }

    ExportDialog {
        id: imageExportDialog
        objectName: "imageExportDialog"
        controller: window.controller
        onAccepted: format === "svg"
                    ? window.exportAs("svg", qsTr("Export an SVG image"),
                                      qsTr("SVG images (*.svg)"), "svg")
                    : window.exportAs("png", qsTr("Export a PNG image"),
                                      qsTr("PNG images (*.png)"), "png")
    }

    UnsavedChangesDialog {
        id: unsavedDialog
        documentName: window.controller.displayName
        onSaveRequested: window.saveThen(window.pendingAction)
        onDiscardRequested: window.proceed(window.pendingAction)
    }

    MessageBox {
        id: messageBox
    }

    FindItemPicker {
        id: findPicker
        controller: window.controller
        onFound: (id) => {
            canvas.select([id], id)
            canvas.showItem(id)
        }
    }

    ConfirmDialog {
        id: confirmDelete
        onConfirmed: {
            window.controller.deleteItems(canvas.selectedIds)
            canvas.clearSelection()
        }
    }

    SplitView {
        anchors.fill: parent

        Palette {
            SplitView.preferredWidth: 230
            SplitView.minimumWidth: 160
        }

        DiagramCanvas {
            id: canvas
            objectName: "canvas"
            controller: window.controller
            SplitView.fillWidth: true
            items: window.controller.items
            containers: window.controller.containers
            nodes: window.controller.nodes
            edges: window.controller.edges
            onAttachmentOpened: sideTabs.currentIndex = 2 // the Inspector
            onDropRequested: (kind, scenePoint) => {
                const hint = window.controller.addItemAt(kind, scenePoint.x, scenePoint.y)
                if (hint.length > 0)
                    hintBar.show(hint)
            }

            // The reachability path stays on the canvas whichever tab is shown.
            ReachPathOverlay {
                parent: canvas.sceneItem
                path: reachPanel.reach.path
                zoom: canvas.zoom
            }

            // Connect by dragging from the selected item's handle.
            ConnectTool {
                id: connectTool
                diagram: canvas
                controller: window.controller
                onHintRequested: (hint) => hintBar.show(hint)
            }

            Minimap {
                parent: canvas
                diagram: canvas
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 16
                visible: minimapAction.checked && window.controller.items.count > 0
            }

            HintBar {
                id: hintBar
                parent: canvas
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: 16
                width: Math.min(parent.width - 32, 640)
            }
        }

        // The right pane: one tab per tool.
        ColumnLayout {
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 220
            spacing: 0

            TabBar {
                id: sideTabs
                Layout.fillWidth: true
                TabButton { text: qsTr("Findings") }
                TabButton {
                    objectName: "reachTab"
                    text: qsTr("Reachability")
                }
                TabButton {
                    objectName: "inspectorTab"
                    text: qsTr("Inspector")
                }
                TabButton {
                    objectName: "matrixTab"
                    text: qsTr("Matrix")
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: sideTabs.currentIndex

                FindingsPanel {
                    objectName: "findingsPanel"
                    findings: window.controller.findings
                    onFindingClicked: (resources) => canvas.showItems(resources)
                }

                ReachPanel {
                    id: reachPanel
                    controller: window.controller
                    onHopClicked: (anchorId) => canvas.showItem(anchorId)
                }

                InspectorPanel {
                    objectName: "inspectorPanel"
                    controller: window.controller
                    selectedId: canvas.selectedId
                }

                // A cell asks its question in the Reachability tab, which draws the path.
                MatrixPanel {
                    objectName: "matrixPanel"
                    controller: window.controller
                    onPairClicked: (source, destination, protocol, port) => {
                        reachPanel.ask(source, destination, protocol, port)
                        sideTabs.currentIndex = 1
                    }
                }
            }
        }
    }

    Connections {
        target: window.controller
        function onEditRefused(hint: string) {
            hintBar.show(hint)
        }
        function onItemAdded(id: string) {
            canvas.selectedId = id
        }
        function onDocumentOpened() {
            canvas.selectedId = ""
            canvas.fitToWindow()
            if (window.controller.importNotes.length > 0)
                messageBox.show(qsTr("Imported %1").arg(window.controller.displayName),
                                window.controller.importNotesText)
        }
    }

    // While a file opens off the GUI thread, the document it replaces takes no mouse input.
    MouseArea {
        parent: canvas
        anchors.fill: parent
        visible: window.controller.status === DocumentController.Loading
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: (wheel) => wheel.accepted = true
    }

    Label {
        parent: canvas
        anchors.centerIn: parent
        visible: (window.controller.items.count === 0
                  && window.controller.status !== DocumentController.Error)
                 || window.controller.status === DocumentController.Loading
        text: window.controller.status === DocumentController.Loading
              ? qsTr("Opening %1…").arg(window.controller.loadingName)
              : qsTr("Drag a component from the palette onto the canvas,\nor open a model with File > Open.")
        color: Theme.secondaryText
        font.pixelSize: 16
        horizontalAlignment: Text.AlignHCenter
    }

    WelcomeScreen {
        id: welcomeScreen
        objectName: "welcomeScreen"
        anchors.fill: parent
        controller: window.controller
        onNewRequested: window.afterUnsavedChanges("new")
        onOpenRequested: window.afterUnsavedChanges("open")
        onImportRequested: window.afterUnsavedChanges("import")
        onRecentRequested: (path) => window.openRecent(path)
        onExampleRequested: (address) => {
            window.pendingPath = address
            window.afterUnsavedChanges("example")
        }
    }

    RecoveryPrompt {
        anchors.fill: parent
        autosaver: window.autosaver
    }

    LoadErrorBanner {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 16
        width: Math.min(parent.width - 32, 900)
        visible: window.controller.status === DocumentController.Error
        message: window.controller.errorString
        onDismissRequested: window.controller.dismissError()
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: window.controller.filePath.length > 0 ? window.controller.filePath
                                                             : window.controller.displayName
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 items, %2 connections").arg(window.controller.items.count)
                                                      .arg(window.controller.edges.count)
                color: Theme.secondaryText
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(canvas.zoom * 100))
                color: Theme.secondaryText
                Layout.leftMargin: 16
            }
        }
    }
}
