// SPDX-License-Identifier: Apache-2.0
// A short message over the canvas (why a drop was refused), gone after a few seconds or a click.
import QtQuick
import QtQuick.Controls
import Topograph

Rectangle {
    id: bar

    function show(message: string) {
        text.text = message
        visible = true
        hideTimer.restart()
    }

    objectName: "hintBar"
    visible: false
    z: 300
    height: text.implicitHeight + 20
    radius: 6
    color: Theme.hintFill

    Label {
        id: text
        objectName: "hintText"
        anchors.fill: parent
        anchors.margins: 10
        color: Theme.hintText
        wrapMode: Text.Wrap
    }

    TapHandler {
        onTapped: bar.visible = false
    }

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: bar.visible = false
    }
}
