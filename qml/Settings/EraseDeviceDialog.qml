import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Deletes this device's copy of the passbook, after the password. Says plainly what goes and what
// stays, and that the recovery phrase is the way back.
Dialog {
    id: dialog
    objectName: "eraseDeviceDialog"
    title: qsTr("Delete this device's copy")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 440) - 2 * Theme.margin, 480)
    standardButtons: Dialog.Cancel
    onOpened: { Vault.clearError(); password.clear(); understood.checked = false }
    onClosed: password.clear()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Every record, key and setting of your passbook is deleted from this device. Without your recovery phrase you cannot get this account back.")
        }
        CheckBox {
            id: understood
            objectName: "eraseUnderstood"
            Layout.fillWidth: true
            text: qsTr("I have my recovery phrase")
        }
        PasswordField { id: password; objectName: "erasePasswordField"; label: qsTr("Password") }
        ErrorBanner { text: Vault.errorMessage }
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; visible: Vault.busy; running: Vault.busy }
        Button {
            objectName: "eraseConfirmButton"
            Layout.fillWidth: true
            text: qsTr("Delete from this device")
            enabled: understood.checked && password.text.length > 0 && !Vault.busy
            Material.background: "#c62828"
            Material.foreground: "white"
            onClicked: {
                Vault.eraseDeviceCopy(password.text)
                password.clear()
            }
        }
    }
    Connections {
        target: Vault
        function onDeviceCopyErased() { dialog.close() }
    }
}
