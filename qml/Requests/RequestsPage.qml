import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Requests from one participant for records another holds, newest first, with their state. A
// pending one opens for review (approve or deny, after re-authentication).
PageColumn {
    id: page
    objectName: "requestsPage"

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Passbook.requests.count === 0
        color: Material.hintTextColor
        text: qsTr("No hospital has asked for your records yet. When one does, the request appears here.")
    }
    Repeater {
        model: Passbook.requests
        delegate: Pane {
            id: card
            required property var model // the row (core/models)
            readonly property var modelData: model
            Layout.fillWidth: true
            Material.elevation: modelData.status === "pending" ? 3 : 1
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1 asks for %2 from %3").arg(modelData.requester).arg(Purposes.categories(modelData.categories)).arg(modelData.custodian)
            ColumnLayout {
                width: card.availableWidth
                spacing: 4
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: Passbook.subject.length > 0
                          ? qsTr("%1 asks for %2's %3").arg(modelData.requester).arg(Passbook.subjectName).arg(Purposes.categories(modelData.categories))
                          : qsTr("%1 asks for your %2").arg(modelData.requester).arg(Purposes.categories(modelData.categories))
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Held by %1, for %2, until %3.").arg(modelData.custodian || qsTr("any hospital"))
                          .arg(Purposes.purpose(modelData.purpose)).arg(modelData.expires)
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: Purposes.state(modelData.status, Passbook.subject.length > 0) + " · " + qsTr("asked %1").arg(modelData.requested)
                    color: modelData.status === "pending" ? Material.accentColor : Material.hintTextColor
                    font.bold: modelData.status === "pending"
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: modelData.status === "pending" && modelData.concerns.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.warn
                    text: qsTr("Looks wrong: %1").arg(modelData.concerns.map(c => Concerns.text(c)).join(" "))
                }
                Button {
                    objectName: "reviewButton_" + modelData.id
                    visible: modelData.status === "pending"
                    highlighted: true
                    text: qsTr("Review")
                    Accessible.name: qsTr("Review the request from %1").arg(modelData.requester)
                    onClicked: Navigation.reviewRequested(modelData.id)
                }
            }
        }
    }
    OutboxList { Layout.fillWidth: true; Layout.topMargin: Theme.spacing }
}
