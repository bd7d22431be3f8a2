import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Choose the recovery phrase's language and the vault password, then create the vault.
Page {
    id: page
    objectName: "createPasswordPage"
    title: qsTr("Protect your passbook")
    readonly property int score: Vault.passwordScore(newPassword.text)
    readonly property bool matches: newPassword.text === confirmPassword.text
    readonly property bool acceptable: score >= 2 && newPassword.text.length >= Vault.minimumPasswordLength

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
            text: qsTr("This password opens your passbook on this device. It cannot be recovered by anyone — if you forget it, your 24-word recovery phrase restores access.")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Recovery phrase language"); font.bold: true }
        ComboBox {
            id: language
            objectName: "phraseLanguage"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "code"
            model: [
                { code: "en", label: "English" },
                { code: "zh_TW", label: "繁體中文" },
                { code: "ko", label: "한국어" }
            ]
            Accessible.name: qsTr("Recovery phrase language")
        }
        PasswordField {
            id: newPassword
            objectName: "newPasswordField"
            label: qsTr("New password")
            onTextChanged: Vault.clearError()
        }
        StrengthMeter {
            score: page.score
            length: newPassword.text.length
            minimumLength: Vault.minimumPasswordLength
        }
        PasswordField {
            id: confirmPassword
            objectName: "confirmPasswordField"
            label: qsTr("Type it again")
        }
        Label {
            textFormat: Text.PlainText
            visible: confirmPassword.text.length > 0 && !page.matches
            text: qsTr("The two passwords are not the same.")
            color: Theme.bad
        }
        ErrorBanner { text: Vault.errorMessage }
        Button {
            objectName: "createVaultButton"
            Layout.fillWidth: true
            text: qsTr("Create passbook")
            highlighted: true
            enabled: page.acceptable && page.matches && !Vault.busy
            onClicked: {
                Vault.createVault(newPassword.text, language.currentValue)
                newPassword.clear()
                confirmPassword.clear()
            }
        }
    }

    BusyOverlay {
        visible: Vault.busy
        text: qsTr("Creating your vault. Your password is being strengthened; this takes a second.")
    }
}
