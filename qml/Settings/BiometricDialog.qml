import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Turns fingerprint unlock on: the password at this moment, then a finger on the reader.
Dialog {
    id: dialog
    objectName: "biometricDialog"
    title: qsTr("Unlock with fingerprint")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 440) - 2 * Theme.margin, 460)
    standardButtons: Dialog.Cancel
    onOpened: { password.clear(); password.forceActiveFocus() }
    onClosed: { password.clear(); if (Biometric.busy) Biometric.cancel() }

    Connections {
        target: Biometric
        function onEnabledNow() { dialog.close() }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Your password stays the way to unlock on any device. On this device, a fingerprint can open the vault instead.")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "biometricScope"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: Biometric.keyScope
        }
        PasswordField {
            id: password
            objectName: "biometricPasswordField"
            label: qsTr("Password")
            visible: !Biometric.busy
            onAccepted: confirm.clicked()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: Biometric.busy
            text: Biometric.prompt
        }
        ErrorBanner { text: Biometric.busy ? "" : Biometric.errorMessage }
        Button {
            id: confirm
            objectName: "biometricConfirmButton"
            Layout.fillWidth: true
            highlighted: true
            visible: !Biometric.busy
            enabled: password.text.length > 0
            text: qsTr("Continue")
            onClicked: {
                if (!enabled)
                    return
                Biometric.enable(password.text)
                password.clear()
            }
        }
    }
}
