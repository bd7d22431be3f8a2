pragma Singleton
import QtQuick
import Passbook.App

// The passbook categories of DESIGN.md §6 (scope bits), with names, marks and colours for people.
QtObject {
    // From core (common/Vocabulary.h): the list exists once; the words are translated here.
    readonly property var all: Domain.categories.map(c => ({ bit: c.bit, key: c.key, label: qsTranslate("passbook", c.title) }))

    function label(key) {
        for (let i = 0; i < all.length; ++i)
            if (all[i].key === key)
                return all[i].label
        return qsTr("Other")
    }

    // A short mark and a colour for the list badge (the mark keeps it readable without colour).
    function symbol(key) {
        const symbols = { visits: qsTr("Visit"), conditions: qsTr("Dx"), medications: qsTr("Rx"), allergies: qsTr("Allergy"),
            labs: qsTr("Lab"), imaging: qsTr("Img"), procedures: qsTr("Proc"), vaccinations: qsTr("Vax"),
            documents: qsTr("Doc"), dental: qsTr("Dent"), tcm: qsTr("TCM"), careplans: qsTr("Plan"),
            directives: qsTr("Dir"), preventive: qsTr("Prev"), vitals: qsTr("Vital"), claims: qsTr("Claim") }
        return symbols[key] || "•"
    }
    function colour(key) {
        const colours = { visits: "#5c6bc0", conditions: "#8d6e63", medications: "#26a69a", allergies: "#ef5350",
            labs: "#42a5f5", imaging: "#7e57c2", procedures: "#ec407a", vaccinations: "#66bb6a", documents: "#78909c",
            dental: "#29b6f6", tcm: "#9ccc65", careplans: "#ffa726", directives: "#8e24aa", preventive: "#26c6da",
            vitals: "#e57373", claims: "#bdbdbd" }
        return colours[key] || "#9e9e9e"
    }
}
