import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Whether a record matches what its hospital anchored on the ledger, in words (never colour alone).
Label {
    textFormat: Text.PlainText
    id: badge
    property string integrity: "unproven"
    readonly property var texts: ({
        verified: qsTr("✓ Verified"),
        pending: qsTr("… Not yet anchored"),
        tampered: qsTr("✗ Altered after anchoring"),
        unproven: qsTr("No proof")
    })
    text: texts[integrity] || integrity
    font.pixelSize: Theme.px(12)
    font.bold: integrity === "tampered"
    color: integrity === "verified" ? (Material.theme === Material.Dark ? "#81c784" : "#2e7d32")
         : integrity === "tampered" ? (Material.theme === Material.Dark ? "#ef9a9a" : "#c62828")
         : Material.hintTextColor
    Accessible.name: text
}
