// SPDX-License-Identifier: Apache-2.0
// After a crash: offers each recovery copy the last session left (Restore / Discard), and says
// which copies could not be read or written.
import QtQuick
import QtQuick.Controls
import Topograph

Item {
    id: prompt

    /// main.cpp hands it in; tests that load Main.qml without one get no prompt.
    property Autosaver autosaver

    function askNext() {
        if (autosaver === null)
            return
        if (autosaver.problems.length > 0 && !problemsBox.opened) {
            problemsBox.show(qsTr("Recovery files could not be read"),
                             qsTr("These were removed:\n%1").arg(autosaver.problems))
            autosaver.dismissProblems()
        }
        if (autosaver.pendingQuestion.length > 0)
            question.open()
    }

    Component.onCompleted: askNext()

    Connections {
        target: prompt.autosaver
        function onPendingChanged() {
            prompt.askNext()
        }
        function onProblemsChanged() {
            prompt.askNext()
        }
        function onLastErrorChanged() {
            // Once: the next write would say the same every few seconds.
            if (prompt.autosaver.lastError.length > 0 && !problemsBox.writeErrorShown) {
                problemsBox.writeErrorShown = true
                problemsBox.show(qsTr("No recovery copy"), prompt.autosaver.lastError)
            }
        }
    }

    MessageBox {
        id: problemsBox
        property bool writeErrorShown: false
    }

    Dialog {
        id: question
        objectName: "recoveryQuestion"
        title: qsTr("Restore unsaved changes")
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 64 : 560, 560)
        closePolicy: Popup.CloseOnEscape

        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: prompt.autosaver ? prompt.autosaver.pendingQuestion : ""
        }

        footer: Row {
            layoutDirection: Qt.RightToLeft
            spacing: 8
            padding: 12
            Button {
                text: qsTr("Discard")
                onClicked: {
                    question.close()
                    prompt.autosaver.discardPending()
                }
            }
            Button {
                objectName: "restoreButton"
                text: qsTr("Restore")
                highlighted: true
                onClicked: {
                    question.close()
                    prompt.autosaver.restorePending()
                }
            }
        }
    }
}
