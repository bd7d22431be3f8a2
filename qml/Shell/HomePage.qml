import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// The unlocked home: who you are on the ledger, and your (so far empty) passbook.
Page {
    id: page
    objectName: "homePage"
    title: qsTr("My passbook")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                onClicked: Navigation.settingsRequested()
            }
            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                onClicked: Vault.lock()
            }
        }
    }

    PageColumn {
        anchors.fill: parent
        Pane {
            Layout.fillWidth: true
            Material.elevation: 2
            ColumnLayout {
                width: parent.width
                spacing: 6
                Label { text: qsTr("Your account"); font.bold: true }
                Label {
                    objectName: "accountAddress"
                    Layout.fillWidth: true
                    text: Vault.address
                    font.family: "monospace"
                    // one line: shrink to fit a phone rather than break the address
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 9
                    font.pixelSize: 15
                    Accessible.name: qsTr("Account address %1").arg(Vault.address)
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Material.hintTextColor
                    text: qsTr("Hospitals see this address, never your password or recovery phrase.")
                }
            }
        }
        Pane {
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("No records yet")
                    font.pixelSize: 20
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Material.hintTextColor
                    text: qsTr("Your vault is ready. Records appear here once you connect the hospitals that treat you, with the activation code each gives you.")
                }
            }
        }
    }
}
