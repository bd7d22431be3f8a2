import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Shows the 24 recovery words once, right after the vault is made. No copy button on purpose:
// the phrase belongs on paper, not on the clipboard.
Page {
    id: page
    objectName: "recoveryPhrasePage"
    title: qsTr("Your recovery phrase")

    header: ToolBar {
        Label { textFormat: Text.PlainText; anchors.centerIn: parent; text: page.title; font.pixelSize: Theme.px(18) }
    }

    PageColumn {
        anchors.fill: parent
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Write these 24 words on paper, in order, and keep them somewhere safe. They are the only way to restore your passbook if you lose this device or forget your password. Anyone who has them can act as you.")
        }
        Pane {
            Layout.fillWidth: true
            Material.elevation: 1
            GridLayout {
                id: grid
                width: parent.width
                columns: page.width < Theme.phoneBreakpoint ? 2 : 3
                columnSpacing: Theme.spacing
                rowSpacing: 6
                flow: GridLayout.TopToBottom
                rows: Math.ceil(Vault.recoveryWords.length / columns)
                Repeater {
                    model: Vault.recoveryWords
                    RowLayout {
                        required property int index
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Label {
                            textFormat: Text.PlainText
                            text: (index + 1) + "."
                            Layout.preferredWidth: 28
                            horizontalAlignment: Text.AlignRight
                            color: Material.hintTextColor
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: modelData
                            font.pixelSize: Theme.px(17)
                            font.family: "Noto Sans Mono CJK TC"
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Word %1: %2").arg(index + 1).arg(modelData)
                        }
                    }
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("Never type these words into a website or share a photo of them. Health Passbook will never ask for them except to restore.")
        }
        Button {
            objectName: "phraseWrittenButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("I have written them down")
            onClicked: Navigation.phraseWritten()
        }
    }
}
