import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// A code to pass to another phone: as a QR code to scan and as text to copy (the clipboard is
// cleared 30 seconds later).
ColumnLayout {
    id: card
    property string code
    property string copyText: qsTr("Copy")
    property string explanation
    property bool showText: true
    spacing: Theme.spacing / 2

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: card.explanation.length > 0
        wrapMode: Text.Wrap
        color: Material.hintTextColor
        text: card.explanation
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(card.width, 240)
        Layout.preferredHeight: Layout.preferredWidth
        color: "white"
        radius: Theme.cornerRadius
        visible: card.code.length > 0
        Image {
            objectName: "qrImage"
            anchors.fill: parent
            anchors.margins: 4
            source: card.code.length > 0 ? "image://qr/" + encodeURIComponent(card.code) : ""
            sourceSize.width: width
            fillMode: Image.PreserveAspectFit
            smooth: false
            cache: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code")
        }
    }
    TextArea {
        Layout.fillWidth: true
        visible: card.showText && card.code.length > 0
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        font.family: "monospace"
        font.pixelSize: Theme.px(12)
        text: card.code
        Accessible.name: card.copyText
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: card.objectName + "Copy"
            text: card.copyText
            enabled: card.code.length > 0
            onClicked: Clipboard.copy(card.code)
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            visible: Clipboard.holding
            text: qsTr("Copied. The clipboard is cleared in 30 seconds.")
        }
    }
}
