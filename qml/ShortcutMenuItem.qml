// SPDX-License-Identifier: Apache-2.0
// A menu item that shows its action's shortcut on the right, as desktop menus do; the Qt Quick
// Controls styles of Qt 6.4 show only the text. A text longer than the menu is wide (an undo
// step naming two items) is elided, never drawn over the shortcut; hovering shows it whole.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

MenuItem {
    id: control

    // An action without a shortcut has an undefined one: show nothing rather than "undefined".
    readonly property string shortcutText: control.action && control.action.shortcut
                                           ? String(control.action.shortcut) : ""
    readonly property color textColor: !control.enabled ? control.palette.mid
                                       : control.highlighted ? control.palette.highlightedText
                                                             : control.palette.windowText

    readonly property string plainText: control.text.replace("&", "")

    // The text is elided exactly when the row needs more room than the menu gives it.
    ToolTip.visible: control.hovered && control.implicitContentWidth > control.availableWidth
    ToolTip.text: control.plainText
    ToolTip.delay: 500

    contentItem: RowLayout {
        spacing: 32
        Label {
            text: control.plainText
            color: control.textColor
            elide: Text.ElideRight
            Layout.fillWidth: true
            // Shrinks to the room the shortcut leaves; the menu's width is set, not this text's.
            Layout.minimumWidth: 0
            // Room for the check mark of a checkable action (View > Minimap).
            Layout.leftMargin: control.checkable && control.indicator
                               ? control.indicator.width + control.spacing : 0
        }
        Label {
            text: control.shortcutText
            color: control.textColor
            opacity: 0.7
            Layout.minimumWidth: implicitWidth
        }
    }
}
