// SPDX-License-Identifier: Apache-2.0
// A menu item that shows its action's shortcut on the right, as desktop menus do; the Qt Quick
// Controls styles of Qt 6.4 show only the text.
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

    contentItem: RowLayout {
        spacing: 32
        Label {
            text: control.text.replace("&", "")
            color: control.textColor
            Layout.fillWidth: true
            // Room for the check mark of a checkable action (View > Minimap).
            Layout.leftMargin: control.checkable && control.indicator
                               ? control.indicator.width + control.spacing : 0
        }
        Label {
            text: control.shortcutText
            color: control.textColor
            opacity: 0.7
        }
    }
}
