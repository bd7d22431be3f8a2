import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A dialog's title as plain text (Material's own title label reads markup): for titles that carry a
// hospital's or a person's name. Use as `header: DialogTitle { text: dialog.title }`.
Label {
    textFormat: Text.PlainText
    visible: text.length > 0
    elide: Label.ElideRight
    font.bold: true
    font.pixelSize: Theme.px(16)
    padding: 24
    bottomPadding: 0
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
