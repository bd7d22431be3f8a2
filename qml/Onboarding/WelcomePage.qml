import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.Components

// First screen on a new device: create a passbook, or restore one from a recovery phrase.
Page {
    id: page
    title: qsTr("Welcome")
    objectName: "welcomePage"

    PageColumn {
        anchors.fill: parent
        columnSpacing: Theme.spacing * 1.5

        Item { Layout.preferredHeight: page.height > 700 ? 40 : 8 }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Health Passbook")
            font.pixelSize: Theme.px(30)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("One passbook for the records your hospitals keep about you — and your say over who may see them.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(17)
            horizontalAlignment: Text.AlignHCenter
        }
        Pane {
            Layout.fillWidth: true
            Material.elevation: 1
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Repeater {
                    model: [
                        qsTr("Your keys stay on this device, in a vault only your password opens."),
                        qsTr("Hospitals ask before passing your records to each other; you approve or deny."),
                        qsTr("Every decision is recorded on the hospitals' shared ledger, signed by you.")
                    ]
                    Label {
                        textFormat: Text.PlainText
                        required property string modelData
                        Layout.fillWidth: true
                        text: "•  " + modelData
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Button {
            objectName: "createButton"
            Layout.fillWidth: true
            text: qsTr("Create my passbook")
            highlighted: true
            onClicked: Navigation.createRequested()
        }
        Button {
            objectName: "restoreButton"
            Layout.fillWidth: true
            text: qsTr("Restore with a recovery phrase")
            flat: true
            onClicked: Navigation.restoreRequested()
        }
    }
}
