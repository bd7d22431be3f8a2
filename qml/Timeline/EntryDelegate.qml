import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.Components

// One record in the timeline: category, title, summary with values, hospital, integrity.
ItemDelegate {
    id: row
    property var entryId: 0
    property string categoryKey
    property string title
    property string summary
    property string hospitalName
    property string integrity: "unproven"
    property bool outOfRange: false
    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: selected
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3, from %4").arg(Categories.label(categoryKey)).arg(title).arg(summary).arg(hospitalName)

    contentItem: RowLayout {
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            implicitWidth: 44
            implicitHeight: 24
            radius: 12
            color: Categories.colour(row.categoryKey)
            Accessible.ignored: true
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 4
                horizontalAlignment: Text.AlignHCenter
                text: Categories.symbol(row.categoryKey)
                font.pixelSize: Theme.px(11)
                font.bold: true
                color: "white"
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 8
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.px(15)
                font.bold: true
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: row.summary.length > 0
                text: (row.outOfRange ? "▲ " : "") + row.summary
                color: row.outOfRange ? (Material.theme === Material.Dark ? "#ffb74d" : "#e65100") : Material.foreground
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    text: row.hospitalName + " · " + Categories.label(row.categoryKey)
                    color: Material.hintTextColor
                    font.pixelSize: Theme.px(12)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                IntegrityBadge { integrity: row.integrity }
            }
        }
    }
}
