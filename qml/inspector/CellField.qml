// SPDX-License-Identifier: Apache-2.0
// A table cell typed in place: `committed` is sent on Enter or when the cell loses focus, only
// when the text differs from the value shown; the model accepts or refuses it.
import QtQuick
import QtQuick.Controls

TextField {
    id: cell

    property string value

    signal committed(string text)

    text: value
    selectByMouse: true
    font.pixelSize: 12
    onEditingFinished: {
        if (text !== value)
            cell.committed(text)
    }
    Keys.onEscapePressed: text = value
    // Show the start of a long value (a description), not its end.
    Component.onCompleted: cursorPosition = 0
}
