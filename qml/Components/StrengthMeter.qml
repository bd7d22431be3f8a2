import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Password strength, 0 (very weak) to 4 (strong), as a bar and words.
ColumnLayout {
    id: meter
    property int score: 0
    property int length: 0
    property int minimumLength: 8
    readonly property var labels: [qsTr("Very weak"), qsTr("Weak"), qsTr("Fair"), qsTr("Good"), qsTr("Strong")]
    readonly property var colors: ["#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1b5e20"]
    spacing: 4
    Layout.fillWidth: true
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Password strength: %1").arg(labels[score])

    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            model: 4
            Rectangle {
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: 6
                radius: 3
                color: meter.length > 0 && index < Math.max(1, meter.score) ? meter.colors[meter.score]
                                                                              : Material.dividerColor
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.px(13)
        color: meter.length === 0 ? Material.hintTextColor : meter.colors[meter.score]
        text: meter.length === 0 ? qsTr("Use at least %1 characters. A short sentence works well.").arg(meter.minimumLength)
              : meter.length < meter.minimumLength ? qsTr("%1 — use at least %2 characters.").arg(meter.labels[meter.score]).arg(meter.minimumLength)
              : meter.score < 2 ? qsTr("%1 — add more words or characters.").arg(meter.labels[meter.score])
              : meter.labels[meter.score]
    }
}
