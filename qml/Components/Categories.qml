pragma Singleton
import QtQuick

// The passbook categories of DESIGN.md §6 (scope bits), with names for people.
QtObject {
    readonly property var all: [
        { bit: 0, key: "visits", label: qsTr("Visits") },
        { bit: 1, key: "conditions", label: qsTr("Conditions") },
        { bit: 2, key: "medications", label: qsTr("Medications") },
        { bit: 3, key: "allergies", label: qsTr("Allergies") },
        { bit: 4, key: "labs", label: qsTr("Lab results") },
        { bit: 5, key: "imaging", label: qsTr("Imaging & pathology") },
        { bit: 6, key: "procedures", label: qsTr("Procedures & surgery") },
        { bit: 7, key: "vaccinations", label: qsTr("Vaccinations") },
        { bit: 8, key: "documents", label: qsTr("Documents & discharge summaries") },
        { bit: 9, key: "dental", label: qsTr("Dental") },
        { bit: 10, key: "tcm", label: qsTr("Chinese medicine") },
        { bit: 11, key: "careplans", label: qsTr("Care plans & goals") },
        { bit: 12, key: "directives", label: qsTr("Directives") },
        { bit: 13, key: "preventive", label: qsTr("Preventive care & screenings") },
        { bit: 14, key: "vitals", label: qsTr("Vital signs") },
        { bit: 15, key: "claims", label: qsTr("Claims & costs") }
    ]

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
