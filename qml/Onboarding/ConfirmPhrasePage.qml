import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Asks for three of the 24 words, to be sure they were written down correctly.
Page {
    id: page
    objectName: "confirmPhrasePage"
    title: qsTr("Check your recovery phrase")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                text: qsTr("Show words again")
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
            wrapMode: Text.Wrap
            text: qsTr("Type these words from what you wrote down.")
        }
        Repeater {
            id: fields
            model: Vault.confirmPositions
            TextField {
                required property int index
                required property int modelData
                objectName: "confirmField" + index
                Layout.fillWidth: true
                placeholderText: qsTr("Word %1").arg(modelData + 1)
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
                Accessible.name: placeholderText
                onTextChanged: Vault.clearError()
            }
        }
        ErrorBanner { text: Vault.errorMessage }
        Button {
            objectName: "confirmButton"
            Layout.fillWidth: true
            highlighted: true
            text: qsTr("Confirm")
            onClicked: {
                let answers = []
                for (let i = 0; i < fields.count; ++i)
                    answers.push(fields.itemAt(i).text)
                if (Vault.checkConfirmation(answers)) {
                    Vault.finishOnboarding()
                    Navigation.onboardingFinished()
                }
            }
        }
    }
}
