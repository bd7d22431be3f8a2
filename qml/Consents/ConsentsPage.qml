import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components
import Passbook.Requests

// Who may receive which of your records: active consents first, then expired and revoked ones.
// An active consent can be revoked, and records can be shared without a request (e.g. with an
// insurer for a claim); both need the password at that moment.
PageColumn {
    id: page
    objectName: "consentsPage"

    Label {
        textFormat: Text.PlainText
        objectName: "grantDraftNote"
        Layout.fillWidth: true
        visible: (Sharing.grantDraft.scopes || 0) !== 0
        wrapMode: Text.Wrap
        color: Material.accentColor
        text: qsTr("You have a share you did not finish. Open “Share records” to go on where you left off.")
    }
    Button {
        objectName: "shareRecordsButton"
        visible: (Passbook.subjectRights & Domain.Manage) !== 0
        text: qsTr("Share records…")
        enabled: Passbook.hasNetwork && Passbook.directory.count > 0
        onClicked: grantDialog.open()
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Passbook.consents.count === 0
        color: Material.hintTextColor
        text: qsTr("You have not shared any records. Consents you give appear here, and you can see when they end.")
    }
    Repeater {
        model: Passbook.consents // the active ones first
        delegate: Pane {
            id: card
            required property var model // the row (core/models)
            readonly property var modelData: model
            Layout.fillWidth: true
            Material.elevation: modelData.state === "active" ? 2 : 0
            opacity: modelData.state === "active" ? 1 : 0.7
            ColumnLayout {
                width: card.availableWidth
                spacing: 4
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: (modelData.emergency ? qsTr("EMERGENCY ACCESS: ") : "") +
                          qsTr("%1 may receive your %2").arg(modelData.grantee).arg(Purposes.categories(modelData.categories))
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("From %1, for %2, until %3.").arg(modelData.custodian || qsTr("any hospital"))
                          .arg(Purposes.purpose(modelData.purpose)).arg(modelData.expires)
                }
                Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: Purposes.state(modelData.state); color: Material.hintTextColor }
                Button {
                    objectName: "revokeButton_" + modelData.id
                    visible: modelData.state === "active" && (Passbook.subjectRights & Domain.Manage) !== 0
                    text: qsTr("Revoke")
                    Accessible.name: qsTr("Revoke what %1 may receive").arg(modelData.grantee)
                    onClicked: {
                        const id = modelData.id
                        decision.actionText = qsTr("Revoke")
                        decision.destructive = true
                        decision.summary = qsTr("Stop %1 from receiving your %2? Hospitals will refuse it from now on.")
                            .arg(modelData.grantee).arg(Purposes.categories(modelData.categories))
                        decision.perform = password => Sharing.revoke(id, password)
                        decision.open()
                    }
                }
            }
        }
    }

    GrantDialog {
        id: grantDialog
        onChosen: (grantee, custodian, scopes, purpose, expiresAt, summary) => {
            decision.actionText = qsTr("Share")
            decision.destructive = false
            decision.summary = summary
            decision.perform = password => Sharing.grant(grantee, custodian, scopes, purpose, expiresAt, password)
            decision.open()
        }
    }
    DecisionDialog { id: decision }
}
