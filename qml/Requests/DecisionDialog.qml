import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Confirms a decision with the password at the moment it is made (re-authentication), then shows
// what happens to it: checking, signing and sending, confirmed on the ledger, saved for later, or
// failed with the reason and a way to try again.
Dialog {
    id: dialog
    objectName: "decisionDialog"
    property string actionText
    property string summary
    property bool destructive: false
    // function(password): hands the password to the Sharing controller
    property var perform: null
    readonly property bool finished: Sharing.stage === "confirmed" || Sharing.stage === "queued"

    title: actionText
    header: DialogTitle { text: dialog.title }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 440) - 2 * Theme.margin, 480)
    standardButtons: finished ? Dialog.Close : Dialog.Cancel
    closePolicy: Sharing.working ? Popup.NoAutoClose : Popup.CloseOnEscape
    onOpened: { Sharing.clearStage(); password.clear(); password.forceActiveFocus() }
    onClosed: password.clear()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: dialog.summary
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !dialog.finished && !Sharing.working
            color: Material.hintTextColor
            text: qsTr("Enter your password to confirm. Your decision is signed with your key and recorded on the hospitals' ledger.")
        }
        PasswordField {
            id: password
            objectName: "decisionPasswordField"
            label: qsTr("Password")
            visible: !dialog.finished && !Sharing.working
            onAccepted: confirmButton.clicked()
        }
        RowLayout {
            visible: Sharing.working
            Layout.fillWidth: true
            BusyIndicator { running: Sharing.working; Layout.preferredWidth: 40; Layout.preferredHeight: 40 }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: Sharing.stageText }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "decisionOutcome"
            Layout.fillWidth: true
            visible: dialog.finished
            wrapMode: Text.Wrap
            text: Sharing.stageText
            color: Sharing.stage === "confirmed" ? Theme.good : Material.foreground
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ErrorBanner { objectName: "decisionError"; text: Sharing.stage === "failed" ? Sharing.errorMessage : "" }
        Button {
            id: confirmButton
            objectName: "decisionConfirmButton"
            Layout.fillWidth: true
            highlighted: !dialog.destructive
            visible: !dialog.finished && !Sharing.working
            text: Sharing.stage === "failed" ? qsTr("Try again") : dialog.actionText
            enabled: password.text.length > 0
            Material.background: dialog.destructive ? "#c62828" : undefined
            Material.foreground: dialog.destructive ? "white" : undefined
            onClicked: {
                if (!enabled || !dialog.perform)
                    return
                dialog.perform(password.text)
                password.clear()
            }
        }
    }
}
