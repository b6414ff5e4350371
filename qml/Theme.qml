// SPDX-License-Identifier: Apache-2.0
// The named colours of every view, light or dark as ThemeController says (View > Theme, the
// system's palette, or --theme). Views name a role here instead of writing a colour, so that
// both themes stay readable. The exporters' diagram colours are theirs and do not follow.
pragma Singleton

import QtQuick
import Topograph

QtObject {
    readonly property bool dark: ThemeController.dark

    // Surfaces
    /// The main window and the side panes behind their controls.
    readonly property color window: dark ? "#1B1D22" : "#F4F5F7"
    /// The diagram's background.
    readonly property color canvas: dark ? "#131519" : "#F4F5F7"
    /// Cards and tiles raised above the window (palette tiles, welcome cards).
    readonly property color panel: dark ? "#262930" : "#FFFFFF"
    /// A tile or row under the pointer.
    readonly property color hover: dark ? "#30343B" : "#E9EBED"
    /// Every other row of a table.
    readonly property color stripe: dark ? "#22252B" : "#F2F3F3"
    /// Table headers.
    readonly property color header: dark ? "#2C3037" : "#EAEDED"
    readonly property color border: dark ? "#454B54" : "#D5DBDB"

    // Text
    readonly property color text: dark ? "#E9EBED" : "#16191F"
    /// Captions, hints and counts.
    readonly property color secondaryText: dark ? "#AAB1BA" : "#545B64"
    /// Category headings and placeholders, quieter still.
    readonly property color mutedText: dark ? "#8D959E" : "#687078"
    /// Text and icons drawn on accent, error or warning fills.
    readonly property color textOnAccent: "#FFFFFF"

    // Accent and selection
    readonly property color accent: "#0972D3"
    /// The accent as text or a thin line, where #0972D3 is too dark to read on dark fills.
    readonly property color accentText: dark ? "#539FE5" : "#0972D3"
    /// The outline of the selected item and of a drop target.
    readonly property color selection: dark ? "#539FE5" : "#0972D3"

    // States
    readonly property color error: dark ? "#FF6A5C" : "#D13212"
    readonly property color warning: dark ? "#F2B33D" : "#F2A100"
    readonly property color ok: dark ? "#4CB84A" : "#1D8102"
    /// Text saying something works or can be fixed.
    readonly property color okText: dark ? "#6BCB61" : "#037F0C"
    /// Text of a warning.
    readonly property color warningText: dark ? "#E0B13B" : "#8D6605"
    readonly property color errorFill: dark ? "#3D2220" : "#FFF1EF"
    readonly property color okFill: dark ? "#1E3320" : "#F2F8F0"
    /// Matrix cells: blocked, reachable, and a workload against itself.
    readonly property color errorCell: dark ? "#4A2522" : "#FBE3DF"
    readonly property color okCell: dark ? "#22402A" : "#DFF0D8"
    readonly property color neutralCell: stripe
    /// The bar that explains a refused drop.
    readonly property color hintFill: dark ? "#E9EBED" : "#232F3E"
    readonly property color hintText: dark ? "#16191F" : "#FFFFFF"

    // Diagram: container outlines and fills per kind, connection lines per kind
    readonly property color regionStroke: dark ? "#98A3B0" : "#7D8998"
    readonly property color regionFill: dark ? "#181A1F" : "#FBFBFC"
    readonly property color zoneStroke: dark ? "#3D9BE0" : "#147EBA"
    readonly property color vpcStroke: dark ? "#A67CFF" : "#8C4FFF"
    readonly property color vpcFill: dark ? "#1E2026" : "#FFFFFF"
    readonly property color publicSubnetStroke: dark ? "#8DBD1E" : "#7AA116"
    readonly property color publicSubnetFill: dark ? "#232A1B" : "#F2F6E8"
    readonly property color privateSubnetStroke: dark ? "#1FC2C4" : "#00A4A6"
    readonly property color privateSubnetFill: dark ? "#18292B" : "#E6F6F7"
    readonly property color routeLine: dark ? "#9BA3AC" : "#687078"
    readonly property color loadBalancingLine: dark ? "#F58A2A" : "#ED7100"
    readonly property color vpnLine: dark ? "#F0596F" : "#DD344C"
    readonly property color otherLine: dark ? "#A67CFF" : "#8C4FFF"

    // The standard controls' palette (ThemedPalette.qml applies it when the theme and the
    // system disagree; a light system under the light theme keeps its own palette).
    readonly property color controlWindow: dark ? "#202328" : "#EFEFEF"
    readonly property color controlWindowText: dark ? "#E9EBED" : "#000000"
    readonly property color controlBase: dark ? "#25282E" : "#FFFFFF"
    readonly property color controlAlternateBase: dark ? "#2B2E35" : "#F7F7F7"
    readonly property color controlText: dark ? "#E9EBED" : "#000000"
    readonly property color controlButton: dark ? "#30343B" : "#EFEFEF"
    readonly property color controlButtonText: dark ? "#E9EBED" : "#000000"
    readonly property color controlBrightText: "#FFFFFF"
    readonly property color controlHighlight: dark ? "#0972D3" : "#308CC6"
    readonly property color controlHighlightedText: "#FFFFFF"
    readonly property color controlLight: dark ? "#4A5059" : "#FFFFFF"
    readonly property color controlMidlight: dark ? "#3A3F47" : "#CACACA"
    readonly property color controlMid: dark ? "#7A818A" : "#B8B8B8"
    readonly property color controlDark: dark ? "#15171B" : "#9F9F9F"
    readonly property color controlShadow: dark ? "#0B0C0E" : "#767676"
    readonly property color controlPlaceholderText: dark ? "#8D959E" : "#80808080"
    readonly property color controlToolTipBase: dark ? "#30343B" : "#FFFFDC"
    readonly property color controlToolTipText: dark ? "#E9EBED" : "#000000"
    readonly property color controlLink: dark ? "#539FE5" : "#0000FF"
    readonly property color controlDisabledText: dark ? "#6B727B" : "#BEBEBE"
}
