import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// The caregiver's side: my caregiver code to show the person I help, the people I care for (their
// passbooks, opened from here or the profile switch), and adding one from their invite code.
PageColumn {
    id: view
    objectName: "caredForView"
    Rights { id: rights }

    Label { textFormat: Text.PlainText; text: qsTr("People I care for"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
    Label {
        textFormat: Text.PlainText
        objectName: "noPeople"
        Layout.fillWidth: true
        visible: Care.people.count === 0
        wrapMode: Text.Wrap
        color: Material.hintTextColor
        text: qsTr("Nobody yet. When someone makes you their caregiver, add them here with the invite code they give you.")
    }
    Repeater {
        model: Care.people
        delegate: Pane {
            required property var model // the row (core/models)
            readonly property var modelData: model
            Layout.fillWidth: true
            padding: Theme.spacing
            Material.elevation: 1
            ColumnLayout {
                width: parent.width
                Label { textFormat: Text.PlainText; text: modelData.name; font.bold: true; font.pixelSize: Theme.px(16) }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.active
                          ? (modelData.expires.length ? qsTr("You may %1, until %2").arg(rights.describe(modelData.rights)).arg(modelData.expires)
                                                      : qsTr("You may %1.").arg(rights.describe(modelData.rights)))
                          : modelData.endedText
                    color: modelData.active ? Material.foreground : Theme.warn
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "pendingForThem"
                    Layout.fillWidth: true
                    visible: modelData.pending > 0
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: Theme.warn
                    text: qsTr("%n request(s) wait for a decision.", "", modelData.pending)
                }
                RowLayout {
                    Button {
                        objectName: "openPassbook"
                        visible: modelData.active && (modelData.rights & rights.view) !== 0
                        highlighted: true
                        text: modelData.viewing ? qsTr("Showing now") : qsTr("Open their passbook")
                        enabled: !modelData.viewing
                        onClicked: if (Care.viewAs(modelData.patient)) Navigation.passbookRequested()
                    }
                    Button {
                        objectName: "removePerson"
                        text: qsTr("Remove")
                        onClicked: Care.removePerson(modelData.patient)
                    }
                }
            }
        }
    }
    Label { textFormat: Text.PlainText; text: qsTr("Add someone I care for"); font.bold: true }
    TextField {
        id: inviteField
        objectName: "inviteCodeField"
        Layout.fillWidth: true
        placeholderText: qsTr("Invite code (HPCARE1.…)")
        font.family: "monospace"
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Invite code")
    }
    TextField {
        id: nameField
        objectName: "personNameField"
        Layout.fillWidth: true
        placeholderText: qsTr("What you call them (for example, Dad)")
        maximumLength: 64
        Accessible.name: qsTr("What you call them")
    }
    RowLayout {
        Layout.fillWidth: true
        ScanCodeButton { onScanned: text => inviteField.text = text }
        Button {
            objectName: "inviteFromPicture"
            text: qsTr("Read from a picture…")
            onClicked: picture.open()
        }
        Button {
            objectName: "addPersonButton"
            highlighted: true
            text: qsTr("Add")
            enabled: inviteField.text.trim().length > 0 && !Care.busy && Passbook.hasNetwork
            onClicked: Care.addPerson(inviteField.text, nameField.text)
        }
        BusyIndicator { running: Care.busy; visible: running; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
    }
    ErrorBanner { objectName: "careError"; text: Care.errorMessage }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: Care.message.length > 0
        wrapMode: Text.Wrap
        color: Theme.good
        text: Care.message
    }
    MenuSeparator { Layout.fillWidth: true }
    Label { textFormat: Text.PlainText; text: qsTr("My caregiver code"); font.bold: true; font.pixelSize: Theme.px(16); Accessible.role: Accessible.Heading }
    QrCodeCard {
        objectName: "caregiverCode"
        Layout.fillWidth: true
        code: Care.myAddress
        copyText: qsTr("Copy my code")
        explanation: qsTr("Show this to the person you help, so that they can add you as their caregiver. It is your account address; it lets nobody into your own records.")
    }

    FileDialog {
        id: picture
        title: qsTr("A picture of the invite's QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: {
            const text = Care.readCodeFromImage(selectedFile)
            if (text.length > 0)
                inviteField.text = text
        }
    }
    Connections {
        target: Care
        function onPersonAdded() { inviteField.clear(); nameField.clear() }
    }
}
