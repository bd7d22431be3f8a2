import QtQuick
import Passbook.App

// Delegate rights (Domain.View, Domain.Approve, Domain.Manage) in words.
QtObject {
    readonly property int view: Domain.View
    readonly property int approve: Domain.Approve
    readonly property int manage: Domain.Manage
    function describe(bits) {
        const parts = []
        if (bits & view) parts.push(qsTr("see records"))
        if (bits & approve) parts.push(qsTr("decide on requests"))
        if (bits & manage) parts.push(qsTr("manage consents"))
        return parts.length ? parts.join(qsTr(", ")) : qsTr("nothing")
    }
}
