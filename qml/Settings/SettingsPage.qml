import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Vault settings: automatic lock, password, lock now.
Page {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                text: qsTr("Back")
                onClicked: Navigation.backRequested()
            }
            Label { textFormat: Text.PlainText; text: page.title; font.pixelSize: Theme.px(18); Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    PageColumn {
        objectName: "settingsColumn"
        anchors.fill: parent
        Label { textFormat: Text.PlainText; text: qsTr("Security"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("Lock automatically after")
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: autoLock
                objectName: "autoLockCombo"
                readonly property var minutes: [1, 2, 5, 10, 15, 30, 60]
                model: minutes.map(m => m === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(m))
                implicitContentWidthPolicy: ComboBox.WidestText
                currentIndex: Math.max(0, minutes.indexOf(Vault.autoLockMinutes))
                onActivated: index => Vault.autoLockMinutes = minutes[index]
                Accessible.name: qsTr("Lock automatically after")
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("The passbook also locks when you lock your computer or leave the app on your phone.")
        }
        Switch {
            objectName: "biometricSwitch"
            Layout.fillWidth: true
            visible: Biometric.available
            text: qsTr("Unlock with fingerprint")
            checked: Biometric.enabled
            enabled: !Biometric.busy
            onToggled: {
                if (checked) {
                    checked = Qt.binding(() => Biometric.enabled)
                    biometricDialog.open()
                } else {
                    Biometric.disable()
                    checked = Qt.binding(() => Biometric.enabled)
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "biometricReason"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            visible: !Biometric.available
            text: qsTr("Fingerprint unlock is not offered: %1").arg(Biometric.unavailableReason)
        }
        Label {
            textFormat: Text.PlainText
            objectName: "biometricSettingsScope"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            visible: Biometric.available && Biometric.enabled
            text: Biometric.keyScope
        }
        Label {
            textFormat: Text.PlainText
            objectName: "biometricSettingsError"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.bad
            // e.g. turned off at this login's first unlock because the enrolled fingers changed
            visible: text.length > 0 && !Biometric.busy && !biometricDialog.opened
            text: Biometric.errorMessage
        }
        Button {
            objectName: "changePasswordButton"
            Layout.fillWidth: true
            text: qsTr("Change password")
            onClicked: changePassword.open()
        }
        Button {
            objectName: "showPhraseButton"
            Layout.fillWidth: true
            text: qsTr("Show recovery phrase…")
            onClicked: phraseDialog.open()
        }
        Button {
            objectName: "lockNowButton"
            Layout.fillWidth: true
            text: qsTr("Lock now")
            onClicked: Vault.lock()
        }
        MenuSeparator { Layout.fillWidth: true }
        Label { textFormat: Text.PlainText; text: qsTr("Account"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: Vault.address
            font.family: "monospace"
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            font.pixelSize: Theme.px(15)
            Accessible.name: qsTr("Account address %1").arg(Vault.address)
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "copyAddressButton"
                text: qsTr("Copy address")
                onClicked: Clipboard.copy(Vault.address)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.hintTextColor
                visible: Clipboard.holding
                text: qsTr("Copied. The clipboard is cleared in 30 seconds.")
            }
        }
        MenuSeparator { Layout.fillWidth: true }
        Label { textFormat: Text.PlainText; text: qsTr("Language"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        ComboBox {
            objectName: "languageCombo"
            Layout.fillWidth: true
            model: Language.choices
            textRole: "name"
            valueRole: "code"
            currentIndex: Math.max(0, indexOfValue(Language.code))
            onActivated: Language.code = currentValue
            Accessible.name: qsTr("Language")
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("The language changes at once; dates and numbers follow it.")
        }
        MenuSeparator { Layout.fillWidth: true }
        Label { textFormat: Text.PlainText; text: qsTr("Hospitals' network"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        Label {
            textFormat: Text.PlainText
            objectName: "networkName"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: Passbook.hasNetwork ? qsTr("Using %1.").arg(Passbook.networkName)
                                      : qsTr("No network chosen yet. Your hospitals' consortium gives you a network profile file.")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: profilePath
                objectName: "networkProfilePath"
                Layout.fillWidth: true
                placeholderText: qsTr("Path of the network profile file")
                Accessible.name: qsTr("Path of the network profile file")
            }
            Button {
                objectName: "importNetworkButton"
                text: qsTr("Use")
                enabled: profilePath.text.trim().length > 0
                onClicked: if (Passbook.importNetworkProfile(profilePath.text.trim())) profilePath.text = ""
            }
        }
        MenuSeparator { Layout.fillWidth: true }
        Label { textFormat: Text.PlainText; text: qsTr("Your data"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("Save every record on this device as one FHIR file, to keep or to give to another doctor. The file is not encrypted.")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: exportPath
                objectName: "exportPath"
                Layout.fillWidth: true
                placeholderText: qsTr("Path of the file to write")
                Accessible.name: qsTr("Path of the file to write")
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export")
                enabled: exportPath.text.trim().length > 0
                onClicked: Passbook.exportRecords(exportPath.text.trim())
            }
        }
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: Passbook.message; visible: text.length > 0 }
        ErrorBanner { text: Passbook.errorMessage }
        MenuSeparator { Layout.fillWidth: true }
        Label { textFormat: Text.PlainText; text: qsTr("This device"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("Remove your passbook from this device, for example before you give it away. Your records stay at your hospitals and your consents on the ledger; your recovery phrase brings everything back on any device.")
        }
        Button {
            objectName: "eraseDeviceButton"
            text: qsTr("Delete this device's copy…")
            Material.foreground: Theme.bad
            onClicked: eraseDialog.open()
        }
        ErrorBanner { text: Vault.errorMessage }
    }

    ChangePasswordDialog { id: changePassword }
    EraseDeviceDialog { id: eraseDialog }
    RecoveryPhraseDialog { id: phraseDialog }
    BiometricDialog { id: biometricDialog }
}
