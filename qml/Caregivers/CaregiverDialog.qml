import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Adding a caregiver, or changing what one may do: their caregiver code (pasted, or read from a
// picture of its QR code), the rights, and until when. The decision dialog then asks for the password.
Dialog {
    id: dialog
    objectName: "caregiverDialog"
    // set to change an existing caregiver's rights
    property string address
    property int rights: Domain.View
    title: address.length ? qsTr("Change caregiver") : qsTr("Add a caregiver")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 480) - 2 * Theme.margin, 520)
    height: Math.min((parent ? parent.height : 700) - 2 * Theme.margin, implicitHeight)
    standardButtons: Dialog.Cancel
    // asks the page to confirm: (address, rights, expiresAt, summary)
    signal chosen(string address, int rights, double expiresAt, string summary)

    readonly property var durations: [30, 90, 180, 365]
    Rights { id: rightsText }

    onOpened: { codeField.text = address; Care.clearMessages() }

    FileDialog {
        id: picture
        title: qsTr("A picture of the caregiver's QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: {
            const text = Care.readCodeFromImage(selectedFile)
            if (text.length > 0)
                codeField.text = text
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8
            Label { textFormat: Text.PlainText; text: qsTr("Caregiver code"); font.bold: true }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.hintTextColor
                visible: dialog.address.length === 0
                text: qsTr("Ask your caregiver to open Family › People I care for in their Health Passbook and show you their code.")
            }
            TextField {
                id: codeField
                objectName: "caregiverCodeField"
                Layout.fillWidth: true
                readOnly: dialog.address.length > 0
                placeholderText: "0x…"
                font.family: "monospace"
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Caregiver code")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                visible: dialog.address.length === 0
                ScanCodeButton { onScanned: text => codeField.text = text }
                Button {
                    objectName: "caregiverFromPicture"
                    text: qsTr("Read from a picture…")
                    onClicked: picture.open()
                }
            }
            ErrorBanner { text: Care.errorMessage }
            Label { textFormat: Text.PlainText; text: qsTr("They may"); font.bold: true }
            CheckBox {
                objectName: "rightView"
                text: qsTr("See my records")
                checked: (dialog.rights & rightsText.view) !== 0
                onToggled: dialog.rights = checked ? dialog.rights | rightsText.view : dialog.rights & ~rightsText.view
            }
            CheckBox {
                objectName: "rightApprove"
                text: qsTr("Decide on requests for me")
                checked: (dialog.rights & rightsText.approve) !== 0
                onToggled: dialog.rights = checked ? dialog.rights | rightsText.approve : dialog.rights & ~rightsText.approve
            }
            CheckBox {
                objectName: "rightManage"
                text: qsTr("Manage my consents")
                checked: (dialog.rights & rightsText.manage) !== 0
                onToggled: dialog.rights = checked ? dialog.rights | rightsText.manage : dialog.rights & ~rightsText.manage
            }
            Label { textFormat: Text.PlainText; text: qsTr("For how long"); font.bold: true }
            ComboBox {
                id: duration
                objectName: "caregiverDuration"
                Layout.fillWidth: true
                currentIndex: 3
                model: dialog.durations.map(d => qsTr("For %n day(s)", "", d))
                Accessible.name: qsTr("For how long")
            }
            Button {
                objectName: "caregiverContinue"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Continue")
                enabled: dialog.rights !== 0 && /^0x[0-9a-fA-F]{40}$/.test(codeField.text.trim())
                onClicked: {
                    const until = Math.floor(Date.now() / 1000) + dialog.durations[duration.currentIndex] * 86400
                    const who = codeField.text.trim()
                    dialog.chosen(who, dialog.rights, until,
                                  qsTr("Let %1 %2 (%3)?").arg(who.substring(0, 10) + "…")
                                      .arg(rightsText.describe(dialog.rights))
                                      .arg(duration.currentText.toLowerCase()))
                    dialog.close()
                }
            }
        }
    }
}
