import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Sharing without being asked first: choose a participant from the consortium's directory (an
// insurer for a claim, a research unit, another hospital), the categories, why and for how long.
// The decision dialog then asks for the password.
Dialog {
    id: dialog
    objectName: "grantDialog"
    title: qsTr("Share records")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 480) - 2 * Theme.margin, 520)
    height: Math.min((parent ? parent.height : 700) - 2 * Theme.margin, implicitHeight)
    standardButtons: Dialog.Cancel
    property int scopes: 0
    // asks the page to confirm: (grantee, custodian, scopes, purpose, expiresAt, summary)
    signal chosen(string grantee, string custodian, int scopes, int purpose, double expiresAt, string summary)

    readonly property var purposes: [
        { value: Domain.Purpose.InsuranceClaim, text: qsTr("An insurance claim") },
        { value: Domain.Purpose.Treatment, text: qsTr("Treatment") },
        { value: Domain.Purpose.Research, text: qsTr("Research (de-identified)") },
        { value: Domain.Purpose.PersonalShare, text: qsTr("Personal sharing") }
    ]
    readonly property var durations: [7, 30, 90, 365]

    // Every choice is kept as a draft (Sharing.grantDraft) so a lock in the middle loses nothing.
    function saveDraft() {
        if (!visible)
            return
        Sharing.grantDraft = { grantee: grantee.currentValue || "", custodian: custodian.currentValue || "",
                               scopes: dialog.scopes, purpose: purpose.currentIndex, duration: duration.currentIndex }
    }
    onOpened: {
        const d = Sharing.grantDraft
        scopes = d.scopes || 0
        if (d.grantee) grantee.currentIndex = Math.max(0, grantee.indexOfValue(d.grantee))
        if (d.custodian !== undefined) custodian.currentIndex = Math.max(0, custodian.indexOfValue(d.custodian))
        if (d.purpose !== undefined) purpose.currentIndex = d.purpose
        if (d.duration !== undefined) duration.currentIndex = d.duration
    }
    onScopesChanged: saveDraft()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label { textFormat: Text.PlainText; text: qsTr("With"); font.bold: true }
            PlainComboBox {
                id: grantee
                objectName: "grantGrantee"
                Layout.fillWidth: true
                model: Passbook.directory
                textRole: "name"
                valueRole: "participant"
                Accessible.name: qsTr("Who receives the records")
                onActivated: dialog.saveDraft()
            }
            Label { textFormat: Text.PlainText; text: qsTr("From"); font.bold: true }
            PlainComboBox {
                id: custodian
                objectName: "grantCustodian"
                Layout.fillWidth: true
                model: [{ name: qsTr("Any hospital that holds them"), participant: "" }].concat(
                           Passbook.directory.toList().filter(d => d.kind === "hospital" || d.kind === "clinic"))
                textRole: "name"
                valueRole: "participant"
                Accessible.name: qsTr("Which hospital releases them")
                onActivated: dialog.saveDraft()
            }
            Label { textFormat: Text.PlainText; text: qsTr("Records"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: Categories.all
                    delegate: CheckBox {
                        required property var modelData
                        objectName: "grant_" + modelData.key
                        text: modelData.label
                        checked: (dialog.scopes & (1 << modelData.bit)) !== 0
                        onToggled: dialog.scopes = checked ? (dialog.scopes | (1 << modelData.bit))
                                                           : (dialog.scopes & ~(1 << modelData.bit))
                    }
                }
            }
            Label { textFormat: Text.PlainText; text: qsTr("Why"); font.bold: true }
            ComboBox {
                id: purpose
                objectName: "grantPurpose"
                Layout.fillWidth: true
                model: dialog.purposes
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Why")
                onActivated: dialog.saveDraft()
            }
            Label { textFormat: Text.PlainText; text: qsTr("For how long"); font.bold: true }
            ComboBox {
                id: duration
                objectName: "grantDuration"
                Layout.fillWidth: true
                model: dialog.durations.map(d => qsTr("For %n day(s)", "", d))
                Accessible.name: qsTr("For how long")
                onActivated: dialog.saveDraft()
            }
            Button {
                objectName: "grantContinue"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Continue")
                enabled: dialog.scopes !== 0 && grantee.currentIndex >= 0
                onClicked: {
                    const names = Categories.all.filter(c => (dialog.scopes & (1 << c.bit)) !== 0).map(c => c.label).join(qsTr(", "))
                    const until = Math.floor(Date.now() / 1000) + dialog.durations[duration.currentIndex] * 86400
                    dialog.chosen(grantee.currentValue, custodian.currentValue, dialog.scopes, purpose.currentValue, until,
                                  qsTr("Let %1 receive your %2, for %3?").arg(grantee.currentText).arg(names).arg(purpose.currentText.toLowerCase()))
                    dialog.close()
                }
            }
        }
    }
}
