import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Passbook.App
import Passbook.Components

// "Scan with the camera", on a device that has one: a preview, and the first QR code read in it
// goes to `scanned`. Without a camera the button is not shown; a picture or pasting still works.
Button {
    id: button
    objectName: "scanWithCamera"
    signal scanned(string text)
    visible: devices.videoInputs.length > 0
    text: qsTr("Scan with the camera")
    onClicked: popup.open()

    MediaDevices { id: devices }

    Popup {
        id: popup
        parent: Overlay.overlay
        modal: true
        anchors.centerIn: parent
        width: Math.min((parent ? parent.width : 420) - 2 * Theme.margin, 420)
        height: width + 120
        Loader {
            anchors.fill: parent
            active: popup.opened // the camera runs only while the preview is open
            sourceComponent: ColumnLayout {
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Point the camera at the QR code.")
                }
                VideoOutput {
                    id: output
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Accessible.role: Accessible.Animation
                    Accessible.name: qsTr("Camera preview")
                }
                CaptureSession {
                    camera: Camera { active: true }
                    videoOutput: output
                }
                QrScanner {
                    videoSink: output.videoSink
                    onFound: text => { button.scanned(text); popup.close() }
                }
                Button {
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Cancel")
                    onClicked: popup.close()
                }
            }
        }
    }
}
