import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// The locked screen: password to unlock, waits after repeated mistakes, and a way back in with the
// recovery phrase. Shows no medical data and no hospital names.
Page {
    id: page
    objectName: "unlockPage"
    title: qsTr("Unlock")

    function submit() {
        if (password.text.length === 0 || Vault.busy || Vault.throttleSeconds > 0)
            return
        Vault.unlock(password.text)
        password.clear()
    }

    PageColumn {
        anchors.fill: parent
        columnSpacing: Theme.spacing * 1.5
        Item { Layout.preferredHeight: page.height > 700 ? 60 : 12 }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Health Passbook")
            font.pixelSize: Theme.px(28)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Locked")
            horizontalAlignment: Text.AlignHCenter
            color: Material.hintTextColor
        }
        Label {
            textFormat: Text.PlainText
            objectName: "lockedAddress"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: Vault.address.length > 0
            text: qsTr("Account %1…%2").arg(Vault.address.substring(0, 6)).arg(Vault.address.substring(38))
            font.family: "monospace"
            color: Material.hintTextColor
        }
        PasswordField {
            id: password
            objectName: "unlockPasswordField"
            label: qsTr("Password")
            focus: true
            enabled: !Vault.busy && Vault.throttleSeconds === 0
            onAccepted: page.submit()
            onTextChanged: if (text.length > 0) Vault.clearError()
        }
        ErrorBanner {
            text: Vault.throttleSeconds > 0
                  ? (Vault.throttleSeconds === 1 ? qsTr("Too many wrong passwords. For your safety, try again in 1 second.")
                                                 : qsTr("Too many wrong passwords. For your safety, try again in %1 seconds.").arg(Vault.throttleSeconds))
                  : Vault.errorMessage
        }
        Button {
            objectName: "unlockButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Unlock")
            enabled: password.text.length > 0 && !Vault.busy && Vault.throttleSeconds === 0
            onClicked: page.submit()
        }
        Button {
            objectName: "biometricUnlockButton"
            Layout.fillWidth: true
            visible: Biometric.ready && Biometric.available
            enabled: !Biometric.busy && !Vault.busy && Vault.throttleSeconds === 0
            text: qsTr("Unlock with fingerprint")
            onClicked: Biometric.unlock()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "biometricStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            // on, but this login's key store forgot the key: the password once, then the finger
            readonly property bool waiting: Biometric.enabled && Biometric.available && !Biometric.ready
            text: Biometric.busy ? Biometric.prompt
                                 : Biometric.errorMessage.length > 0 ? Biometric.errorMessage
                                 : waiting ? Biometric.passwordFirst : ""
            color: Biometric.busy ? Material.foreground
                                  : Biometric.errorMessage.length > 0 ? Theme.bad : Material.hintTextColor
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "rebuildButton"
            Layout.fillWidth: true
            visible: Vault.errorKind === Vault.DamagedDatabase
            text: qsTr("Rebuild the record database")
            onClicked: rebuildDialog.open()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("Forgot your password?")
        }
        Button {
            objectName: "restoreLink"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Restore with recovery phrase")
            onClicked: Navigation.restoreRequested()
        }
    }

    Dialog {
        id: rebuildDialog
        objectName: "rebuildDialog"
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 440)
        modal: true
        title: qsTr("Rebuild the record database?")
        standardButtons: Dialog.Cancel
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("A new, empty database will be made and your records downloaded again from your hospitals. The damaged one is kept on this device, not deleted.")
            }
            PasswordField {
                id: rebuildPassword
                objectName: "rebuildPasswordField"
                label: qsTr("Password")
            }
            Button {
                objectName: "rebuildConfirmButton"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Rebuild")
                enabled: rebuildPassword.text.length > 0 && !Vault.busy
                onClicked: {
                    Vault.rebuildDatabase(rebuildPassword.text)
                    rebuildPassword.clear()
                    rebuildDialog.close()
                }
            }
        }
    }

    BusyOverlay {
        visible: Vault.busy
        text: qsTr("Unlocking…")
    }
}
