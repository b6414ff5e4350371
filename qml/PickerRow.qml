// SPDX-License-Identifier: Apache-2.0
// One row of the keyboard pickers (Edit > Connect To…, Edit > Find Item…): the name in bold with
// its kind on the right, and a line below. The list's current row gets a light tint with an
// outline, so both lines stay readable.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Topograph

ItemDelegate {
    id: row

    property string title
    property string kind
    property string detail
    /// An icon before the name; none when empty.
    property string iconSource
    property color titleColor: Theme.text
    property color detailColor: Theme.secondaryText

    focusPolicy: Qt.NoFocus
    background: Rectangle {
        readonly property bool current: row.ListView.isCurrentItem
        color: current ? Qt.rgba(Theme.selection.r, Theme.selection.g, Theme.selection.b, 0.15)
                       : "transparent"
        border.color: current ? Theme.selection : "transparent"
        border.width: 2
        radius: 4
    }
    contentItem: RowLayout {
        spacing: 8
        Image {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            Layout.alignment: Qt.AlignTop
            visible: row.iconSource.length > 0
            source: row.iconSource
            sourceSize.width: 24
            sourceSize.height: 24
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    font.bold: true
                    color: row.titleColor
                    elide: Text.ElideRight
                }
                Label {
                    text: row.kind
                    color: Theme.secondaryText
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.detail
                color: row.detailColor
                wrapMode: Text.Wrap
                font.pixelSize: Math.round(row.font.pixelSize * 0.9)
            }
        }
    }
}
