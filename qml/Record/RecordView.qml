import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components

// One record: readable fields (values, units, reference range, flag), codes with their display
// text, the source hospital, integrity with the proof, a trend for repeated measurements, and the
// FHIR JSON as the hospital sent it.
PageColumn {
    id: view
    objectName: "recordView"
    property alias entryId: record.entryId

    RecordController {
        id: record
        controller: Passbook
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: record.title
        font.pixelSize: Theme.px(20)
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: record.dateText + " · " + Categories.label(record.categoryKey)
        color: Material.hintTextColor
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("From %1").arg(record.hospitalName)
        wrapMode: Text.Wrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: 6
        Repeater {
            model: record.fields
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                Layout.row: index
                Layout.column: 0
                text: modelData.label
                color: Material.hintTextColor
                Layout.alignment: Qt.AlignTop
            }
        }
        Repeater {
            model: record.fields
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                required property int index
                Layout.row: index
                Layout.column: 1
                Layout.fillWidth: true
                text: (modelData.flagged ? "▲ " : "") + modelData.value
                font.bold: modelData.flagged
                color: modelData.flagged ? (Material.theme === Material.Dark ? "#ffb74d" : "#e65100") : Material.foreground
                wrapMode: Text.Wrap
            }
        }
    }

    Label { textFormat: Text.PlainText; visible: record.trend.length > 1; text: qsTr("Trend"); font.bold: true; Accessible.role: Accessible.Heading }
    TrendChart {
        objectName: "trendChart"
        visible: record.trend.length > 1
        Layout.fillWidth: true
        points: record.trend
        unit: record.trendUnit
    }

    Label { textFormat: Text.PlainText; visible: record.codes.length > 0; text: qsTr("Codes"); font.bold: true; Accessible.role: Accessible.Heading }
    Repeater {
        model: record.codes
        delegate: Label {
            textFormat: Text.PlainText
            required property var modelData
            Layout.fillWidth: true
            text: modelData.system + " " + modelData.code + (modelData.display ? " — " + modelData.display : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(13)
        }
    }

    Label { textFormat: Text.PlainText; text: qsTr("Integrity"); font.bold: true; Accessible.role: Accessible.Heading }
    IntegrityBadge { integrity: record.integrity; font.pixelSize: Theme.px(14) }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Material.hintTextColor
        font.pixelSize: Theme.px(13)
        text: record.integrity === "verified"
              ? qsTr("This record is exactly what %1 anchored on the ledger in batch %2 (root %3, leaf %4, %5 proof steps).")
                .arg(record.hospitalName).arg(record.proof.seq).arg(String(record.proof.root).substring(0, 18) + "…")
                .arg(record.proof.index).arg(record.proof.steps)
              : record.integrity === "tampered"
                ? qsTr("This record does not match what the hospital anchored on the ledger: it was changed afterwards. Ask the hospital about it before relying on it.")
                : record.integrity === "pending"
                  ? qsTr("The hospital has not anchored this version on the ledger yet; it is checked again at the next refresh.")
                  : qsTr("The hospital sent no proof for this record.")
    }

    Button {
        id: rawToggle
        objectName: "showJsonButton"
        text: checked ? qsTr("Hide FHIR data") : qsTr("Show FHIR data")
        checkable: true
        flat: true
    }
    TextArea {
        objectName: "fhirJson"
        visible: rawToggle.checked
        Layout.fillWidth: true
        readOnly: true
        wrapMode: TextEdit.WrapAnywhere
        font.family: "monospace"
        font.pixelSize: Theme.px(12)
        text: rawToggle.checked ? record.fhirJson : ""
        Accessible.name: qsTr("FHIR data")
    }
    Item { Layout.preferredHeight: Theme.margin }
}
