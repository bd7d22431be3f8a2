import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// The hospitals this passbook is connected to: status, last sync, records; connect and disconnect.
Page {
    id: page
    objectName: "hospitalsPage"
    title: qsTr("Hospitals")

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
        anchors.fill: parent
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !Passbook.hasNetwork
            text: qsTr("Choose your hospitals' network in Settings first.")
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            visible: Passbook.hasNetwork
            text: qsTr("Network: %1").arg(Passbook.networkName)
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Connected")
            font.bold: true
            visible: Passbook.hospitals.count > 0
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: Passbook.hospitals
            delegate: Pane {
                id: card
                required property var model // the row (core/models)
                readonly property var modelData: model
                Layout.fillWidth: true
                Material.elevation: 1
                ColumnLayout {
                    width: card.availableWidth
                    spacing: 4
                    Label { textFormat: Text.PlainText; text: modelData.name; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: modelData.ok ? Material.hintTextColor : Theme.bad
                        text: (modelData.ok ? "" : "⚠ ") + (String(modelData.lastSync) !== ""
                              ? qsTr("Last sync %1").arg(modelData.lastSync)
                              : qsTr("Not synced yet")) + (modelData.ok ? "" : " — " + modelData.status)
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("%n record(s) on this device", "", modelData.records); color: Material.hintTextColor }
                    Button {
                        visible: Passbook.subject.length === 0 // a caregiver follows the patient's hospitals
                        text: qsTr("Disconnect")
                        flat: true
                        onClicked: { confirm.participant = modelData.participant; confirm.name = modelData.name; confirm.open() }
                        Accessible.name: qsTr("Disconnect %1").arg(modelData.name)
                    }
                }
            }
        }
        Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.good; text: Passbook.message; visible: text.length > 0 }
        ErrorBanner { text: connectDialog.visible ? "" : Passbook.errorMessage }
        Button {
            objectName: "connectHospitalButton"
            Layout.fillWidth: true
            highlighted: true
            // a caregiver follows the hospitals in the patient's invite; only the patient enrols
            visible: Passbook.subject.length === 0
            enabled: Passbook.hasNetwork
            text: qsTr("Connect a hospital")
            onClicked: connectDialog.open()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("In the consortium: %1").arg(Passbook.directory.toList().map(d => d.name).join(", "))
            visible: Passbook.directory.count > 0
        }
    }

    ConnectHospitalDialog { id: connectDialog }

    Dialog {
        id: confirm
        property string participant
        property string name
        title: qsTr("Disconnect %1?").arg(name)
        header: DialogTitle { text: confirm.title }
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 420)
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Its records are removed from this device. The hospital keeps them, and you can connect again with a new activation code.")
        }
        onAccepted: Passbook.disconnectHospital(participant)
    }
}
