import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Decisions on their way to the ledger and what became of them (the outbox): saved while the
// ledger could not be reached, signed, sent, confirmed, or failed with the reason.
ColumnLayout {
    id: root
    objectName: "outboxList"
    spacing: 6
    visible: Sharing.outbox.count > 0
    readonly property bool waiting: Sharing.outbox.waiting

    function statusText(s) {
        const names = { queued: qsTr("Saved — will be sent when the ledger can be reached"), signed: qsTr("Signed, sending…"),
            sent: qsTr("Sent, waiting for confirmation"), mined: qsTr("Confirmed"), failed: qsTr("Failed") }
        return names[s] || s
    }

    RowLayout {
        Layout.fillWidth: true
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; font.bold: true; text: qsTr("Your decisions on the ledger") }
        Button {
            objectName: "outboxRetry"
            visible: root.waiting
            enabled: !Sharing.working
            text: qsTr("Send now")
            onClicked: Sharing.retryPending()
        }
    }
    Repeater {
        model: Sharing.outbox.toList().slice(0, 5)
        delegate: Label {
            textFormat: Text.PlainText
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: modelData.status === "failed" ? Theme.bad : Material.foreground
            text: modelData.description + " — " + root.statusText(modelData.status) +
                  (modelData.error ? ": " + modelData.error : "") + " · " + modelData.when
        }
    }
}
