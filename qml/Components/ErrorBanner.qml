import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A sentence telling the person what went wrong and what to do. Hidden when empty.
Pane {
    id: banner
    property string text
    visible: text.length > 0
    Layout.fillWidth: true
    padding: 12
    Material.elevation: 0
    background: Rectangle {
        radius: Theme.cornerRadius
        color: Material.theme === Material.Dark ? "#4a1c1c" : "#fdecea"
        border.color: "#e57373"
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        textFormat: Text.PlainText
        width: parent.width
        text: banner.text
        wrapMode: Text.Wrap
        color: Material.theme === Material.Dark ? "#ffcdd2" : "#8e0000"
    }
}
