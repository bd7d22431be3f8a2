import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A password entry with a show/hide toggle. Callers hand `text` to the vault controller and then
// call clear(): the controller moves it into secure memory.
TextField {
    id: field
    property string label: qsTr("Password")
    property bool revealed: false
    placeholderText: label
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    Layout.fillWidth: true
    rightPadding: toggle.width + 8
    Accessible.name: field.label

    ToolButton {
        id: toggle
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: field.revealed ? qsTr("Hide") : qsTr("Show")
        font.pixelSize: Theme.px(12)
        Accessible.name: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: field.revealed = !field.revealed
    }
}
