// SPDX-License-Identifier: Apache-2.0
// The IPv4 block of a VPC or subnet. While the user types, the controller says what is wrong
// with the text (red, below); Enter or leaving the field commits it only when nothing is.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

ColumnLayout {
    id: cidrField

    required property InspectorController inspector
    readonly property string problem: inspector.checkCidr(field.text)

    spacing: 2

    Label {
        text: qsTr("IPv4 CIDR block")
        font.pixelSize: 12
        color: Theme.secondaryText
    }
    TextField {
        id: field
        objectName: "cidrField"
        Layout.fillWidth: true
        text: cidrField.inspector.cidr
        selectByMouse: true
        placeholderText: "10.0.0.0/16"
        color: cidrField.problem.length > 0 ? Theme.error : palette.text
        onEditingFinished: {
            if (cidrField.problem.length === 0 && text !== cidrField.inspector.cidr)
                cidrField.inspector.setCidr(text)
        }
        Keys.onEscapePressed: text = cidrField.inspector.cidr
    }
    Label {
        objectName: "cidrProblem"
        Layout.fillWidth: true
        visible: cidrField.problem.length > 0
        text: cidrField.problem
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: 12
    }
}
