import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// One request, reviewed: who asks, for which records, held where, why and until when. The patient
// may share fewer categories and for less time than asked (never more), approve or deny; both
// need the password at that moment. A request that looks wrong says why and can only be denied.
Page {
    id: page
    objectName: "requestReviewPage"
    property int requestId: 0
    title: qsTr("Request")

    readonly property var request: Passbook.requests.count >= 0 ? Sharing.request(requestId) : ({})
    readonly property bool known: request.id !== undefined
    readonly property bool pending: known && request.status === "pending"
    readonly property bool suspicious: known && request.concerns.length > 0
    readonly property var asked: known ? Categories.all.filter(c => (request.scopes & (1 << c.bit)) !== 0) : []
    // what the patient chooses to share; starts as everything asked for
    property int chosenScopes: 0
    function resetChoice() { if (known && chosenScopes === 0 && pending) chosenScopes = request.scopes }
    onRequestChanged: resetChoice()
    Component.onCompleted: resetChoice()

    function capitalised(text) { return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text }

    // Expiry choices: as asked, or sooner.
    readonly property var expiryChoices: {
        if (!known)
            return []
        const now = Math.floor(Date.now() / 1000)
        let out = [{ text: qsTr("As asked: until %1").arg(request.expires), value: 0 }]
        for (const days of [1, 7, 30, 90]) {
            const until = now + days * 86400
            if (until < request.expiresAt)
                out.push({ text: qsTr("For %n day(s)", "", days), value: until })
        }
        return out
    }

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
            visible: !page.known
            wrapMode: Text.Wrap
            text: qsTr("This request is not on this device yet. Refresh to fetch it from the ledger.")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "reviewTitle"
            Layout.fillWidth: true
            visible: page.known
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(20)
            font.bold: true
            text: !page.known ? ""
                  : Passbook.subject.length > 0 ? qsTr("%1 asks for %2's records").arg(page.request.requester).arg(Passbook.subjectName)
                  : qsTr("%1 asks for your records").arg(page.request.requester)
        }
        GridLayout {
            visible: page.known
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 6
            Label { textFormat: Text.PlainText; text: qsTr("Records"); color: Material.hintTextColor }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.known ? Purposes.categories(page.request.categories) : "" }
            Label { textFormat: Text.PlainText; text: qsTr("Held by"); color: Material.hintTextColor }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.known ? (page.request.custodian || qsTr("any hospital")) : "" }
            Label { textFormat: Text.PlainText; text: qsTr("Why"); color: Material.hintTextColor }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.known ? page.capitalised(Purposes.purpose(page.request.purpose)) : "" }
            Label { textFormat: Text.PlainText; text: qsTr("Until"); color: Material.hintTextColor }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.known ? page.request.expires : "" }
            Label { textFormat: Text.PlainText; text: qsTr("Asked"); color: Material.hintTextColor }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.known ? page.request.requested : "" }
            Label { textFormat: Text.PlainText; text: qsTr("Status"); color: Material.hintTextColor }
            Label {
                textFormat: Text.PlainText
                objectName: "reviewStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: page.pending
                text: page.known ? Purposes.state(page.request.status, Passbook.subject.length > 0) : ""
            }
        }

        Pane {
            objectName: "reviewConcerns"
            visible: page.pending && page.suspicious
            Layout.fillWidth: true
            background: Rectangle {
                radius: Theme.cornerRadius
                color: Material.theme === Material.Dark ? "#4a3300" : "#fff4e5"
                border.color: "#ffa726"
            }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: concernText.text
            Label {
                textFormat: Text.PlainText
                id: concernText
                width: parent.width
                wrapMode: Text.Wrap
                color: Material.theme === Material.Dark ? "#ffe0b2" : "#6d4c00"
                text: page.known ? qsTr("This request looks wrong, so it cannot be approved:") + "\n• " +
                                   page.request.concerns.map(c => Concerns.text(c)).join("\n• ") : ""
            }
        }

        Label {
            textFormat: Text.PlainText
            visible: page.pending && !page.suspicious
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: qsTr("What to share")
        }
        Repeater {
            model: page.pending && !page.suspicious ? page.asked : []
            delegate: CheckBox {
                required property var modelData
                objectName: "share_" + modelData.key
                text: modelData.label
                checked: (page.chosenScopes & (1 << modelData.bit)) !== 0
                onToggled: page.chosenScopes = checked ? (page.chosenScopes | (1 << modelData.bit))
                                                       : (page.chosenScopes & ~(1 << modelData.bit))
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: page.pending && !page.suspicious
            Layout.fillWidth: true
            font.bold: true
            text: qsTr("For how long")
        }
        ComboBox {
            id: expiry
            objectName: "expiryChoice"
            visible: page.pending && !page.suspicious
            Layout.fillWidth: true
            model: page.expiryChoices
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("For how long")
        }
        // a caregiver decides only with the APPROVE right the patient gave them on the ledger
        Label {
            textFormat: Text.PlainText
            objectName: "noApproveRight"
            Layout.fillWidth: true
            visible: page.pending && (Passbook.subjectRights & Domain.Approve) === 0
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("%1 has not given you the right to decide on requests for them. They can decide in their own app.").arg(Passbook.subjectName)
        }
        RowLayout {
            visible: page.pending && (Passbook.subjectRights & Domain.Approve) !== 0
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "denyButton"
                Layout.fillWidth: true
                text: qsTr("Deny")
                onClicked: {
                    decision.actionText = qsTr("Deny")
                    decision.destructive = true
                    decision.summary = qsTr("Deny %1's request? Nothing will be sent.").arg(page.request.requester)
                    decision.perform = password => Sharing.deny(page.requestId, password)
                    decision.open()
                }
            }
            Button {
                objectName: "approveButton"
                Layout.fillWidth: true
                highlighted: true
                visible: !page.suspicious
                enabled: page.chosenScopes !== 0
                text: qsTr("Approve")
                onClicked: {
                    const scopes = page.chosenScopes
                    const until = expiry.currentValue || 0
                    const names = Categories.all.filter(c => (scopes & (1 << c.bit)) !== 0).map(c => c.label).join(qsTr(", "))
                    decision.actionText = qsTr("Approve")
                    decision.destructive = false
                    const from = page.request.custodian || qsTr("any hospital")
                    decision.summary = Passbook.subject.length > 0
                        ? qsTr("Let %1 receive %2's %3 from %4?").arg(page.request.requester).arg(Passbook.subjectName).arg(names).arg(from)
                        : qsTr("Let %1 receive your %2 from %3?").arg(page.request.requester).arg(names).arg(from)
                    decision.perform = password => Sharing.approve(page.requestId, scopes, until, password)
                    decision.open()
                }
            }
        }
    }

    DecisionDialog { id: decision }
}
