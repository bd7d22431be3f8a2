import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Connect a hospital from the consortium's directory with the activation code it gave you.
Dialog {
    id: dialog
    objectName: "connectHospitalDialog"
    title: qsTr("Connect a hospital")
    modal: true
    standardButtons: Dialog.Cancel
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 400, 460)

    onOpened: { code.text = ""; Passbook.clearMessages() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label { textFormat: Text.PlainText; text: qsTr("Hospital"); Layout.fillWidth: true }
        PlainComboBox {
            id: hospital
            objectName: "directoryCombo"
            Layout.fillWidth: true
            model: Passbook.directory
            textRole: "name"
            valueRole: "participant"
            Accessible.name: qsTr("Hospital")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Activation code"); Layout.fillWidth: true }
        TextField {
            id: code
            objectName: "activationCodeField"
            Layout.fillWidth: true
            placeholderText: "XXXX-XXXX-XXXX"
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Activation code")
            onAccepted: connectButton.clicked()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(13)
            opacity: 0.7
            text: qsTr("The hospital gives you this code at the counter or in its patient portal. It works once.")
        }
        ErrorBanner { text: Passbook.errorMessage }
        Button {
            id: connectButton
            objectName: "connectButton"
            Layout.fillWidth: true
            highlighted: true
            enabled: !Passbook.busy && hospital.currentIndex >= 0 && code.text.trim().length > 0
            text: Passbook.busy ? qsTr("Connecting…") : qsTr("Connect")
            onClicked: Passbook.connectHospital(hospital.currentValue, code.text)
        }
    }

    Connections {
        target: Passbook
        function onHospitalConnected() { dialog.close() }
    }
}
