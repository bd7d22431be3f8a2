pragma Singleton
import QtQuick

// Why a request cannot be approved (ConsentStore concerns), in words.
QtObject {
    function text(key) {
        const names = {
            "unknown-requester": qsTr("The requester is not in the consortium's directory."),
            "inactive-requester": qsTr("The requester has been suspended from the consortium."),
            "unknown-custodian": qsTr("The hospital said to hold the records is not in the directory."),
            "inactive-custodian": qsTr("The hospital said to hold the records has been suspended."),
            "malformed-scope": qsTr("The request names no valid record category."),
            "unknown-purpose": qsTr("The request gives no valid purpose."),
            "expired": qsTr("The request has already expired.")
        }
        return names[key] || key
    }
}
