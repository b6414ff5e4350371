// SPDX-License-Identifier: Apache-2.0
// A titled block of the inspector: a heading, an optional Add button, its content, and the
// message that says why the last value typed in it was refused.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

ColumnLayout {
    id: section

    property string heading
    property string subheading
    property string addText
    property string error
    default property alias content: body.data

    signal addClicked()

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 8
        Label {
            Layout.fillWidth: true
            text: section.heading
            font.bold: true
            elide: Text.ElideRight
        }
        Button {
            visible: section.addText.length > 0
            text: section.addText
            flat: true
            onClicked: section.addClicked()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: section.subheading.length > 0
        text: section.subheading
        color: Theme.secondaryText
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: 2
    }
    Label {
        objectName: "sectionError"
        Layout.fillWidth: true
        visible: section.error.length > 0
        text: section.error
        color: Theme.error
        wrapMode: Text.Wrap
    }
}
