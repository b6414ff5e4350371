// SPDX-License-Identifier: Apache-2.0
// A table cell chosen from a list; `committed` is sent when the user picks another entry.
import QtQuick
import QtQuick.Controls

ComboBox {
    id: choice

    property string value
    property var choices: []

    signal committed(string text)

    model: choices
    currentIndex: choice.choices.indexOf(choice.value)
    font.pixelSize: 12
    onActivated: (index) => {
        const picked = choice.choices[index]
        // Picking breaks the binding; the model decides what the cell shows, so a refused
        // choice shows the stored value again.
        currentIndex = Qt.binding(() => choice.choices.indexOf(choice.value))
        if (picked !== choice.value)
            choice.committed(picked)
    }
}
