import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Restore a passbook from its 24 words with a new password: same account, records download again.
Page {
    id: page
    objectName: "restorePage"
    title: qsTr("Restore your passbook")
    readonly property string phraseProblem: phrase.text.trim().length === 0 ? "" : Vault.validatePhrase(phrase.text)
    readonly property int score: Vault.passwordScore(newPassword.text)
    readonly property bool ready: phrase.text.trim().length > 0 && phraseProblem.length === 0
                                  && score >= 2 && newPassword.text.length >= Vault.minimumPasswordLength
                                  && newPassword.text === confirmPassword.text

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                text: qsTr("Back")
                enabled: !Vault.busy
                onClicked: Navigation.backRequested()
            }
            Label { textFormat: Text.PlainText; text: page.title; font.pixelSize: Theme.px(18); Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    PageColumn {
        anchors.fill: parent
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Type your 24 words in order, separated by spaces. English, Traditional Chinese and Korean phrases are recognised.")
        }
        TextArea {
            id: phrase
            objectName: "phraseInput"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Recovery phrase")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Recovery phrase")
            onTextChanged: Vault.clearError()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: page.phraseProblem.length > 0
            wrapMode: Text.Wrap
            text: page.phraseProblem
            color: Theme.bad
        }
        PasswordField {
            id: newPassword
            objectName: "restorePasswordField"
            label: qsTr("New password for this device")
        }
        StrengthMeter {
            score: page.score
            length: newPassword.text.length
            minimumLength: Vault.minimumPasswordLength
        }
        PasswordField {
            id: confirmPassword
            objectName: "restoreConfirmField"
            label: qsTr("Type it again")
        }
        ErrorBanner { text: Vault.errorMessage }
        Button {
            objectName: "restoreVaultButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Restore")
            enabled: page.ready && !Vault.busy
            onClicked: {
                // the phrase stays until the restore succeeds, so a failure loses nothing typed
                Vault.restore(phrase.text, newPassword.text)
                newPassword.clear()
                confirmPassword.clear()
            }
        }
    }

    Connections {
        target: Vault
        function onRestored() { phrase.clear() }
    }

    BusyOverlay {
        visible: Vault.busy
        text: qsTr("Restoring your vault…")
    }
}
