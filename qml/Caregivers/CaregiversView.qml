import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components
import Passbook.Requests

// The patient's side: who helps with my care, what they may do, until when; and the invite code
// I give them.
PageColumn {
    id: view
    objectName: "caregiversView"
    Rights { id: rights }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("A family member or friend who helps with your care can see your records and, if you allow it, decide on hospitals' requests for you. It is recorded on the hospitals' ledger, and you can change or end it at any time.")
    }
    Label { textFormat: Text.PlainText; text: qsTr("My caregivers"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
    Label {
        textFormat: Text.PlainText
        objectName: "noCaregivers"
        Layout.fillWidth: true
        visible: Care.caregivers.count === 0
        wrapMode: Text.Wrap
        color: Material.hintTextColor
        text: qsTr("Nobody yet.")
    }
    Repeater {
        model: Care.caregivers
        delegate: Pane {
            required property var model // the row (core/models)
            readonly property var modelData: model
            Layout.fillWidth: true
            padding: Theme.spacing
            Material.elevation: 1
            ColumnLayout {
                width: parent.width
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: modelData.address
                    font.family: "monospace"
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 9
                    Accessible.name: qsTr("Caregiver %1").arg(modelData.address)
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.active ? qsTr("May %1, until %2").arg(rights.describe(modelData.rights)).arg(modelData.expires)
                                           : qsTr("Ended on %1").arg(modelData.expires)
                    color: modelData.active ? Material.foreground : Material.hintTextColor
                }
                RowLayout {
                    Button {
                        objectName: "changeCaregiver"
                        text: qsTr("Change")
                        onClicked: { dialog.address = modelData.address; dialog.rights = modelData.rights; dialog.open() }
                    }
                    Button {
                        objectName: "removeCaregiver"
                        text: qsTr("Remove")
                        onClicked: {
                            decision.actionText = qsTr("Remove caregiver")
                            decision.destructive = true
                            decision.summary = qsTr("%1 will no longer see your records or act for you. Hospitals refuse them from now on.").arg(modelData.address.substring(0, 10) + "…")
                            const who = modelData.address
                            decision.perform = pw => Sharing.setCaregiver(who, 0, 0, pw)
                            decision.open()
                        }
                    }
                }
            }
        }
    }
    Button {
        objectName: "addCaregiverButton"
        highlighted: true
        text: qsTr("Add a caregiver")
        enabled: Passbook.hasNetwork
        onClicked: { dialog.address = ""; dialog.rights = rights.view; dialog.open() }
    }
    MenuSeparator { Layout.fillWidth: true }
    Label { textFormat: Text.PlainText; text: qsTr("Invite code for your caregiver"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
    QrCodeCard {
        objectName: "inviteCode"
        Layout.fillWidth: true
        code: Care.inviteCode
        showText: false
        copyText: qsTr("Copy invite code")
        explanation: qsTr("After you add them, your caregiver scans or pastes this code to follow your passbook. It holds your account address and the %n hospital(s) you are connected to — no medical records.", "", Care.inviteHospitals)
    }

    CaregiverDialog {
        id: dialog
        onChosen: (address, bits, expiresAt, summary) => {
            decision.actionText = dialog.address.length ? qsTr("Change caregiver") : qsTr("Add caregiver")
            decision.destructive = false
            decision.summary = summary
            decision.perform = pw => Sharing.setCaregiver(address, bits, expiresAt, pw)
            decision.open()
        }
    }
    DecisionDialog { id: decision }
}
