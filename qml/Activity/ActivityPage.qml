import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Everything the ledger says happened around your records, newest first.
PageColumn {
    id: page
    objectName: "activityPage"

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Passbook.activity.count === 0
        color: Material.hintTextColor
        text: qsTr("Nothing has happened yet. Requests, decisions and every release of your records will be listed here.")
    }
    // One sentence per ledger event, in the app's language.
    function sentence(a) {
        const what = Purposes.categories(a.categories)
        // who decided: the patient, one of their caregivers (the ledger records the caregiver), or me
        const me = a.actor.toLowerCase() === Care.myAddress.toLowerCase()
        const who = a.byPatient ? (Passbook.subject.length > 0 ? Passbook.subjectName : qsTr("You"))
                  : me ? qsTr("You")
                  : a.actor.startsWith("0x") ? qsTr("Caregiver %1").arg(a.actor) : a.actor
        const held = a.custodian || qsTr("any hospital")
        switch (a.type) {
        case "AccessRequested":
            return qsTr("%1 asked for your %2 held by %3, for %4, until %5 (request %6).")
                .arg(a.party).arg(what).arg(held).arg(Purposes.purpose(a.purpose)).arg(a.expires).arg(a.id)
        case "AccessDenied":
            return qsTr("%1 denied request %2.").arg(who).arg(a.id)
        case "ConsentGranted":
            return a.purpose === "emergency" && a.actor === a.party
                ? qsTr("EMERGENCY ACCESS: %1 opened all your records for 24 hours.").arg(a.party)
                : qsTr("%1 gave %2 access to your %3 held by %4 until %5 (consent %6).")
                    .arg(who).arg(a.party).arg(what).arg(held).arg(a.expires).arg(a.id)
        case "ConsentRevoked":
            return qsTr("%1 revoked consent %2.").arg(who).arg(a.id)
        case "DelegateSet":
            return a.rights.length === 0 ? qsTr("You removed caregiver %1.").arg(a.party)
                                         : qsTr("You made %1 a caregiver until %2.").arg(a.party).arg(a.expires)
        case "RecordsReleased":
            return qsTr("%1 received your %2 from %3 on %4.").arg(a.party).arg(what).arg(held).arg(a.time)
        case "EmergencyAccessed":
            return qsTr("EMERGENCY ACCESS by %1 on %2.").arg(a.party).arg(a.time)
        }
        return a.sentence
    }

    Repeater {
        model: Passbook.activity
        delegate: ColumnLayout {
            required property var model // the row (core/models)
            readonly property var modelData: model
            Layout.fillWidth: true
            spacing: 2
            Label { textFormat: Text.PlainText; text: modelData.time; color: Material.hintTextColor; font.pixelSize: Theme.px(12) }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.sentence(modelData)
                font.bold: modelData.type === "EmergencyAccessed"
            }
            MenuSeparator { Layout.fillWidth: true }
        }
    }
}
