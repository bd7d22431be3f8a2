pragma Singleton
import QtQuick

// Purposes and request states of the consent registry, with names for people.
QtObject {
    function purpose(key) {
        const names = { treatment: qsTr("treatment"), insurance: qsTr("an insurance claim"), research: qsTr("research"),
            emergency: qsTr("an emergency"), personal: qsTr("personal sharing") }
        return names[key] || key
    }
    // forSomeone: a caregiver looking at the person they care for ("a decision", not "your decision")
    function state(key, forSomeone) {
        const names = { pending: forSomeone ? qsTr("Waiting for a decision") : qsTr("Waiting for your decision"), approved: qsTr("Approved"), denied: qsTr("Denied"),
            expired: qsTr("Expired"), active: qsTr("Active"), revoked: qsTr("Revoked") }
        return names[key] || key
    }
    function categories(keys) {
        return keys.map(k => Categories.label(k)).join(qsTr(", "))
    }
}
