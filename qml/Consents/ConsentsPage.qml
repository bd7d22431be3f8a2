import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Who may receive which of your records: active consents first, then expired and revoked ones.
PageColumn {
    id: page
    objectName: "consentsPage"

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Passbook.consents.length === 0
        color: Material.hintTextColor
        text: qsTr("You have not shared any records. Consents you give appear here, and you can see when they end.")
    }
    Repeater {
        model: Passbook.consents.filter(c => c.state === "active").concat(Passbook.consents.filter(c => c.state !== "active"))
        delegate: Pane {
            id: card
            required property var modelData
            Layout.fillWidth: true
            Material.elevation: modelData.state === "active" ? 2 : 0
            opacity: modelData.state === "active" ? 1 : 0.7
            ColumnLayout {
                width: card.availableWidth
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: (modelData.emergency ? qsTr("EMERGENCY ACCESS: ") : "") +
                          qsTr("%1 may receive your %2").arg(modelData.grantee).arg(Purposes.categories(modelData.categories))
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("From %1, for %2, until %3.").arg(modelData.custodian || qsTr("any hospital"))
                          .arg(Purposes.purpose(modelData.purpose)).arg(modelData.expires)
                }
                Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: Purposes.state(modelData.state); color: Material.hintTextColor }
            }
        }
    }
}
