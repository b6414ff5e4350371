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

    width: Math.min(1600, Screen.desktopAvailableWidth)
    height: Math.min(1000, Screen.desktopAvailableHeight)
    visible: true
    title: controller.title.length > 0 ? qsTr("%1 — Topograph").arg(controller.title)
                                        : qsTr("Topograph")
    color: "#F4F5F7"

    Action {
        id: openAction
        text: qsTr("&Open…")
        shortcut: "Ctrl+O"
        onTriggered: openDialog.open()
    }
    Action {
        id: quitAction
        text: qsTr("&Quit")
        shortcut: "Ctrl+Q"
        onTriggered: Qt.quit()
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
        id: fitAction
        text: qsTr("&Fit to Window")
        shortcut: "Ctrl+0"
        onTriggered: canvas.fitToWindow()
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            ShortcutMenuItem { action: openAction }
            MenuSeparator {}
            ShortcutMenuItem { action: quitAction }
        }
        Menu {
            title: qsTr("&Edit")
            ShortcutMenuItem { action: undoAction }
            ShortcutMenuItem { action: redoAction }
        }
        Menu {
            title: qsTr("&View")
            ShortcutMenuItem { action: fitAction }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a Topograph model")
        nameFilters: [qsTr("Topograph models (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: window.controller.open(selectedFile)
    }

    DiagramCanvas {
        id: canvas
        anchors.fill: parent
        items: window.controller.items
        containers: window.controller.containers
        nodes: window.controller.nodes
        edges: window.controller.edges
        visible: window.controller.items.count > 0
    }

    Connections {
        target: window.controller
        function onDocumentOpened() { canvas.fitToWindow() }
    }

    Label {
        anchors.centerIn: parent
        visible: window.controller.items.count === 0
                 && window.controller.status !== DocumentController.Error
        text: window.controller.status === DocumentController.Loading
              ? qsTr("Loading…") : qsTr("Open a Topograph model with File > Open.")
        color: "#545B64"
        font.pixelSize: 16
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
                text: window.controller.fileName.length > 0 ? window.controller.fileName
                                                             : qsTr("No file")
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 items, %2 connections").arg(window.controller.items.count)
                                                      .arg(window.controller.edges.count)
                color: "#545B64"
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(canvas.zoom * 100))
                color: "#545B64"
                Layout.leftMargin: 16
            }
        }
    }
}
