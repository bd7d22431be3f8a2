import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Covers a page while the vault works (Argon2id takes about a second by design).
Rectangle {
    id: overlay
    property string text
    anchors.fill: parent
    color: Qt.rgba(0, 0, 0, 0.35)
    visible: false
    z: 100
    Accessible.role: Accessible.Animation
    Accessible.name: text

    MouseArea { anchors.fill: parent } // swallow input while busy

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: overlay.visible }
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: overlay.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: overlay.text
            color: "white"
        }
    }
}
