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
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: Passbook.activity.length === 0
        color: Material.hintTextColor
        text: qsTr("Nothing has happened yet. Requests, decisions and every release of your records will be listed here.")
    }
    Repeater {
        model: Passbook.activity
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Label { text: modelData.time; color: Material.hintTextColor; font.pixelSize: 12 }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.sentence
                font.bold: modelData.type === "EmergencyAccessed"
            }
            MenuSeparator { Layout.fillWidth: true }
        }
    }
}
