import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Change the vault password: asks for the current one at the moment of the change.
Dialog {
    id: dialog
    objectName: "changePasswordDialog"
    title: qsTr("Change password")
    modal: true
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 440) - 2 * Theme.margin, 460)
    standardButtons: Dialog.Cancel
    readonly property int score: Vault.passwordScore(newPassword.text)
    property bool done: false
    // fingerprint unlock was on when the change began (new keys turn it off)
    property bool hadFingerprint: false

    onOpened: { done = false; Vault.clearError() }
    onClosed: { current.clear(); newPassword.clear(); confirm.clear() }

    Connections {
        target: Vault
        function onPasswordChanged() { dialog.done = true }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: dialog.done
            wrapMode: Text.Wrap
            text: qsTr("Your password was changed and your records on this device were encrypted again with new keys. Use the new password from now on.")
            color: Theme.good
        }
        Label {
            textFormat: Text.PlainText
            objectName: "fingerprintOffAfterChange"
            Layout.fillWidth: true
            visible: dialog.done && dialog.hadFingerprint
            wrapMode: Text.Wrap
            text: qsTr("Fingerprint unlock was turned off with the old keys. Turn it on again in Settings if you use it.")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "rekeyExplanation"
            Layout.fillWidth: true
            visible: !dialog.done
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("Your records on this device are encrypted again with new keys. A backup copy made before the change still opens only with the old password, and holds only what it held then.")
        }
        PasswordField { id: current; objectName: "currentPasswordField"; label: qsTr("Current password"); visible: !dialog.done }
        PasswordField { id: newPassword; objectName: "changeNewPasswordField"; label: qsTr("New password"); visible: !dialog.done }
        StrengthMeter {
            visible: !dialog.done
            score: dialog.score
            length: newPassword.text.length
            minimumLength: Vault.minimumPasswordLength
        }
        PasswordField { id: confirm; objectName: "changeConfirmField"; label: qsTr("Type the new password again"); visible: !dialog.done }
        Label {
            textFormat: Text.PlainText
            visible: !dialog.done && confirm.text.length > 0 && confirm.text !== newPassword.text
            text: qsTr("The two passwords are not the same.")
            color: Theme.bad
        }
        ErrorBanner { text: Vault.errorMessage }
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; visible: Vault.busy; running: Vault.busy }
        Button {
            objectName: "changePasswordConfirmButton"
            Layout.fillWidth: true
            highlighted: true
            visible: !dialog.done
            text: qsTr("Change password")
            enabled: current.text.length > 0 && dialog.score >= 2 && newPassword.text.length >= Vault.minimumPasswordLength
                     && newPassword.text === confirm.text && !Vault.busy
            onClicked: {
                dialog.hadFingerprint = Biometric.enabled
                Vault.changePassword(current.text, newPassword.text)
                current.clear()
                newPassword.clear()
                confirm.clear()
            }
        }
    }
}
