import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A ComboBox whose list shows each entry as plain text (Material's own list items read markup):
// for lists of hospitals' and people's names, which come from the ledger and from other people.
ComboBox {
    id: combo
    Accessible.name: qsTr("Choose from the list") // each use names what is chosen
    delegate: MenuItem {
        id: item
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: combo.highlightedIndex === index
        hoverEnabled: combo.hoverEnabled
        text: combo.textAt(index)
        contentItem: Label {
            textFormat: Text.PlainText
            text: item.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
    }
}
