// SPDX-License-Identifier: Apache-2.0
// The theme switch: View > Theme sets ThemeController.mode, and every Theme colour follows.
import QtQuick
import QtTest
import Topograph

TestCase {
    name: "Theme"

    function cleanup() {
        ThemeController.mode = "system"
    }

    function test_switchingModeChangesTheColours() {
        ThemeController.mode = "light"
        compare(Theme.dark, false)
        // Copied as text: a colour read from a property follows the property.
        const light = { window: Theme.window.toString(), text: Theme.text.toString(),
                        panel: Theme.panel.toString(), vpcFill: Theme.vpcFill.toString() }
        // Light: dark text on a light window.
        verify(Theme.text.hslLightness < 0.3)
        verify(Theme.window.hslLightness > 0.8)

        ThemeController.mode = "dark"
        compare(ThemeController.dark, true)
        compare(Theme.dark, true)
        // Dark: light text on a dark window and canvas; every surface changed.
        verify(Theme.text.hslLightness > 0.8)
        verify(Theme.window.hslLightness < 0.2)
        verify(Theme.canvas.hslLightness < 0.2)
        verify(!Qt.colorEqual(Theme.window, light.window))
        verify(!Qt.colorEqual(Theme.panel, light.panel))
        verify(!Qt.colorEqual(Theme.vpcFill, light.vpcFill))
        // The brand accent is the same in both.
        verify(Qt.colorEqual(Theme.accent, "#0972D3"))

        ThemeController.mode = "light"
        verify(Qt.colorEqual(Theme.window, light.window))
        verify(Qt.colorEqual(Theme.text, light.text))
    }

    function test_unknownModeIsIgnored() {
        ThemeController.mode = "dark"
        ThemeController.mode = "sepia"
        compare(ThemeController.mode, "dark")
        compare(Theme.dark, true)
    }
}
