import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Shows the 24 recovery words again, after the password; they are dropped when the dialog closes
// or the vault locks. No copy button: the phrase belongs on paper.
Dialog {
    id: dialog
    objectName: "recoveryPhraseDialog"
    title: qsTr("Your recovery phrase")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 440) - 2 * Theme.margin, 520)
    standardButtons: Dialog.Close
    readonly property bool shown: Vault.revealedWords.length > 0
    onOpened: { Vault.clearError(); password.clear(); password.forceActiveFocus() }
    onClosed: { password.clear(); Vault.hideRecoveryPhrase() }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.shown ? qsTr("Make sure nobody can see your screen. Anyone who has these words can act as you.")
                               : qsTr("Enter your password to see your 24 recovery words.")
        }
        PasswordField {
            id: password
            objectName: "revealPasswordField"
            label: qsTr("Password")
            visible: !dialog.shown
            onAccepted: revealButton.clicked()
        }
        ErrorBanner { text: dialog.shown ? "" : Vault.errorMessage }
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; visible: Vault.busy; running: Vault.busy }
        Button {
            id: revealButton
            objectName: "revealButton"
            Layout.fillWidth: true
            visible: !dialog.shown
            highlighted: true
            text: qsTr("Show the words")
            enabled: password.text.length > 0 && !Vault.busy
            onClicked: {
                if (!enabled)
                    return
                Vault.revealRecoveryPhrase(password.text)
                password.clear()
            }
        }
        GridLayout {
            objectName: "revealedWords"
            visible: dialog.shown
            Layout.fillWidth: true
            columns: dialog.width < Theme.phoneBreakpoint ? 2 : 3
            columnSpacing: Theme.spacing
            rowSpacing: 4
            flow: GridLayout.TopToBottom
            rows: Math.ceil(Vault.revealedWords.length / columns)
            Repeater {
                model: Vault.revealedWords
                Label {
                    textFormat: Text.PlainText
                    required property int index
                    required property string modelData
                    Layout.fillWidth: true
                    text: (index + 1) + ". " + modelData
                    font.pixelSize: Theme.px(16)
                    font.family: "Noto Sans Mono CJK TC"
                    Accessible.name: qsTr("Word %1: %2").arg(index + 1).arg(modelData)
                }
            }
        }
    }
}
