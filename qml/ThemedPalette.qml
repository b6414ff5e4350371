// SPDX-License-Identifier: Apache-2.0
// Gives the standard controls the theme's palette (Theme.control*) where the theme and the
// system disagree: a dark theme, or a light one on a dark desktop. On a light desktop under the
// light theme the controls keep the palette they had, and leaving the dark theme restores it.
import QtQuick
import Topograph

Item {
    id: themedPalette

    /// The palette to colour, usually the window's. Assign it once rather than bind it: a
    /// binding would run again whenever the palette changes, that is at every colour set here.
    property var target
    readonly property bool active: ThemeController.dark || ThemeController.systemDark

    visible: false

    Binding { target: themedPalette.target; property: "window"; value: Theme.controlWindow; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "windowText"; value: Theme.controlWindowText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "base"; value: Theme.controlBase; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "alternateBase"; value: Theme.controlAlternateBase; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "text"; value: Theme.controlText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "button"; value: Theme.controlButton; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "buttonText"; value: Theme.controlButtonText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "brightText"; value: Theme.controlBrightText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "highlight"; value: Theme.controlHighlight; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "highlightedText"; value: Theme.controlHighlightedText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "light"; value: Theme.controlLight; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "midlight"; value: Theme.controlMidlight; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "mid"; value: Theme.controlMid; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "dark"; value: Theme.controlDark; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "shadow"; value: Theme.controlShadow; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "placeholderText"; value: Theme.controlPlaceholderText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "toolTipBase"; value: Theme.controlToolTipBase; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "toolTipText"; value: Theme.controlToolTipText; when: themedPalette.active }
    Binding { target: themedPalette.target; property: "link"; value: Theme.controlLink; when: themedPalette.active }
    // Greyed-out text of disabled controls and menu items.
    Binding { target: themedPalette.target.disabled; property: "text"; value: Theme.controlDisabledText; when: themedPalette.active }
    Binding { target: themedPalette.target.disabled; property: "windowText"; value: Theme.controlDisabledText; when: themedPalette.active }
    Binding { target: themedPalette.target.disabled; property: "buttonText"; value: Theme.controlDisabledText; when: themedPalette.active }
}
