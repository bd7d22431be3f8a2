import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Passbook.Components

// A record on its own page (phone); on a desktop it shows beside the timeline instead.
Page {
    id: page
    objectName: "recordPage"
    property var entryId: 0
    title: qsTr("Record")

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

    RecordView {
        anchors.fill: parent
        entryId: page.entryId
    }
}
