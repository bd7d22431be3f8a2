import QtQuick

// Delegate rights in words (DESIGN.md §4: 1 VIEW, 2 APPROVE, 4 MANAGE).
QtObject {
    readonly property int view: 1
    readonly property int approve: 2
    readonly property int manage: 4
    function describe(bits) {
        const parts = []
        if (bits & view) parts.push(qsTr("see records"))
        if (bits & approve) parts.push(qsTr("decide on requests"))
        if (bits & manage) parts.push(qsTr("manage consents"))
        return parts.length ? parts.join(qsTr(", ")) : qsTr("nothing")
    }
}
