import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// Family caregivers: mine (who helps me) and the people I help.
Page {
    id: page
    objectName: "familyPage"
    title: qsTr("Family")

    header: ColumnLayout {
        spacing: 0
        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                ToolButton {
                    objectName: "backButton"
                    text: qsTr("Back")
                    onClicked: Navigation.backRequested()
                }
                Label { textFormat: Text.PlainText; text: page.title; font.pixelSize: Theme.px(18); Layout.fillWidth: true; elide: Text.ElideRight }
                ToolButton {
                    objectName: "familyRefresh"
                    text: qsTr("Refresh")
                    enabled: Passbook.hasNetwork && !Passbook.syncing
                    onClicked: Passbook.sync()
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "familyTabs"
            Layout.fillWidth: true
            TabButton { objectName: "myCaregiversTab"; text: qsTr("My caregivers"); onClicked: tabs.currentIndex = 0 }
            TabButton { objectName: "caredForTab"; text: qsTr("People I care for"); onClicked: tabs.currentIndex = 1 }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        CaregiversView {}
        CaredForView {}
    }
}
