import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passbook.Activity
import Passbook.App
import Passbook.Components
import Passbook.Consents
import Passbook.Requests

// Who asks for, holds permission to, and received your records: requests, consents, activity.
Page {
    id: page
    objectName: "sharingPage"
    title: qsTr("Sharing")

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
                    objectName: "sharingRefresh"
                    text: qsTr("Refresh")
                    enabled: Passbook.hasNetwork && !Passbook.syncing
                    onClicked: Passbook.sync()
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "sharingTabs"
            Layout.fillWidth: true
            TabButton {
                objectName: "requestsTab"
                text: Passbook.pendingRequests > 0 ? qsTr("Requests (%1)").arg(Passbook.pendingRequests) : qsTr("Requests")
                onClicked: tabs.currentIndex = 0
            }
            TabButton { objectName: "consentsTab"; text: qsTr("Consents"); onClicked: tabs.currentIndex = 1 }
            TabButton { objectName: "activityTab"; text: qsTr("Activity"); onClicked: tabs.currentIndex = 2 }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        RequestsPage {}
        ConsentsPage {}
        ActivityPage {}
    }
}
