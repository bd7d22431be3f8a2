import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Components
import Passbook.Record

// The passbook: every record from every connected hospital, newest first, grouped by day, with
// category chips, a hospital filter, full-text search and a refresh that syncs. On a wide window
// the selected record opens beside the list.
Page {
    id: page
    objectName: "timelinePage"
    title: Passbook.subject.length > 0 ? qsTr("%1's passbook").arg(Passbook.subjectName) : qsTr("My passbook")
    // the people whose passbooks I may open, besides mine
    readonly property var others: Care.people.toList().filter(p => p.active && (p.rights & Domain.View) !== 0)
    readonly property bool wide: width >= 900
    property var selectedEntry: 0

    TimelineModel {
        id: timeline
        objectName: "timelineModel"
        controller: Passbook
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            Label {
                textFormat: Text.PlainText
                visible: page.others.length === 0
                text: page.title
                font.pixelSize: Theme.px(20)
                Layout.fillWidth: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            // the profile switch: whose passbook is on screen, always named in the title
            ToolButton {
                id: profileSwitch
                objectName: "profileSwitch"
                visible: page.others.length > 0
                Layout.fillWidth: true
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: page.title + " ▾"
                    font.pixelSize: Theme.px(20)
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: qsTr("Whose passbook: %1").arg(page.title)
                onClicked: profiles.open()
                Menu {
                    id: profiles
                    y: profileSwitch.height
                    MenuItem {
                        objectName: "profileMine"
                        text: qsTr("My passbook")
                        checkable: true
                        checked: Passbook.subject.length === 0
                        onTriggered: Care.viewAs("")
                    }
                    Repeater {
                        model: page.others
                        delegate: MenuItem {
                            id: other
                            required property var modelData
                            text: modelData.pending > 0 ? qsTr("%1's passbook (%2)").arg(modelData.name).arg(modelData.pending)
                                                        : qsTr("%1's passbook").arg(modelData.name)
                            // the name came from another person: plain text, beside the check mark
                            contentItem: Label {
                                textFormat: Text.PlainText
                                leftPadding: other.checkable && other.indicator ? other.indicator.width + other.spacing : 0
                                text: other.text
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                            checkable: true
                            checked: modelData.viewing
                            onTriggered: Care.viewAs(modelData.patient)
                        }
                    }
                }
            }
            ToolButton {
                objectName: "refreshButton"
                text: Passbook.syncing ? qsTr("Cancel") : qsTr("Refresh")
                enabled: Passbook.hasNetwork && (Passbook.hospitals.count > 0 || Passbook.subject.length > 0)
                onClicked: Passbook.syncing ? Passbook.cancelSync() : Passbook.sync()
            }
            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                onClicked: Vault.lock()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: page.wide ? 560 : -1
            Layout.preferredWidth: page.wide ? 520 : page.width
            spacing: 0

            ProgressBar {
                objectName: "syncProgress"
                Layout.fillWidth: true
                visible: Passbook.syncing
                value: Passbook.syncProgress
                Accessible.name: qsTr("Sync progress")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin / 2
                visible: Passbook.syncStatus.length > 0
                text: Passbook.syncStatus
                color: Material.hintTextColor
                wrapMode: Text.Wrap
            }
            ErrorBanner {
                Layout.margins: Theme.margin / 2
                text: Passbook.errorMessage
            }

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                placeholderText: qsTr("Search your records")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Search your records")
                onTextChanged: searchDelay.restart()
                Timer { id: searchDelay; interval: 250; onTriggered: timeline.search = searchField.text }
            }

            ListView {
                id: chips
                objectName: "categoryChips"
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                Layout.leftMargin: Theme.margin / 2
                orientation: ListView.Horizontal
                activeFocusOnTab: true
                spacing: 6
                clip: true
                model: Categories.all
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Categories")
                delegate: Button {
                    required property var modelData
                    text: modelData.label
                    checkable: true
                    flat: !checked
                    checked: (timeline.categories & (1 << modelData.bit)) !== 0
                    font.pixelSize: Theme.px(13)
                    onClicked: timeline.categories = timeline.categories ^ (1 << modelData.bit)
                    Accessible.name: qsTr("Show %1").arg(modelData.label)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                PlainComboBox {
                    id: hospitalFilter
                    objectName: "hospitalFilter"
                    Layout.fillWidth: true
                    textRole: "name"
                    valueRole: "participant"
                    model: [{ name: qsTr("All hospitals"), participant: "" }].concat(Passbook.hospitals.toList())
                    onActivated: timeline.hospital = currentValue
                    Accessible.name: qsTr("Hospital")
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "recordCount"
                    text: qsTr("%n record(s)", "", timeline.total)
                    color: Material.hintTextColor
                }
            }

            ListView {
                id: list
                objectName: "timelineList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: timeline
                keyNavigationEnabled: true
                activeFocusOnTab: true
                focus: true
                reuseItems: true
                // a page ahead of the reader: keep about two screens below what is shown
                onContentYChanged: if (contentY + 3 * height > originY + contentHeight) timeline.loadMore()
                onCountChanged: if (count > 0 && contentHeight < 3 * height) timeline.loadMore()
                // where the keyboard is: arrows move it, Return opens the record
                highlightFollowsCurrentItem: true
                highlight: Rectangle {
                    color: "transparent"
                    border.width: list.activeFocus ? 2 : 0
                    border.color: Material.accentColor
                    radius: 4
                }
                ScrollBar.vertical: ScrollBar {}
                section.property: "dayLabel"
                section.criteria: ViewSection.FullString
                section.delegate: Label {
                    textFormat: Text.PlainText
                    required property string section
                    width: ListView.view.width
                    leftPadding: Theme.margin
                    topPadding: 10
                    bottomPadding: 4
                    text: section
                    font.bold: true
                    color: Material.accentColor
                    Accessible.role: Accessible.Heading
                }
                delegate: EntryDelegate {
                    required property var model
                    required property int index
                    entryId: model.entryId
                    categoryKey: model.categoryKey
                    title: model.title
                    summary: model.summary
                    hospitalName: model.hospitalName
                    integrity: model.integrity
                    outOfRange: model.outOfRange
                    selected: page.wide && page.selectedEntry === entryId
                    onClicked: {
                        page.selectedEntry = entryId
                        list.currentIndex = index
                        if (!page.wide)
                            Navigation.recordRequested(entryId)
                    }
                    Keys.onReturnPressed: clicked()
                }

                // What a new user should do next.
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.margin, 420)
                    visible: list.count === 0
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        objectName: "emptyTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.px(20)
                        wrapMode: Text.Wrap
                        text: Passbook.hospitals.count === 0 ? qsTr("No records yet")
                            : (timeline.search.length > 0 || timeline.categories !== 0 || timeline.hospital !== "")
                              ? qsTr("Nothing matches") : qsTr("No records yet")
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Material.hintTextColor
                        text: !Passbook.hasNetwork
                              ? qsTr("First choose your hospitals' network in Settings, then connect each hospital with the activation code it gives you.")
                              : Passbook.subject.length > 0 && Passbook.hospitals.count === 0
                                ? qsTr("Refresh to fetch %1's records from their hospitals. The hospitals check on the ledger that you may see them.").arg(Passbook.subjectName)
                              : Passbook.hospitals.count === 0
                                ? qsTr("Connect the hospitals that treat you, with the activation code each gives you. Your records then appear here, verified against the ledger.")
                                : (timeline.search.length > 0 || timeline.categories !== 0 || timeline.hospital !== "")
                                  ? qsTr("Try fewer categories or other words.")
                                  : qsTr("Pull the latest records with Refresh.")
                    }
                    Button {
                        Layout.alignment: Qt.AlignHCenter
                        visible: Passbook.hospitals.count === 0 && Passbook.subject.length === 0
                        text: Passbook.hasNetwork ? qsTr("Connect a hospital") : qsTr("Open settings")
                        highlighted: true
                        onClicked: Passbook.hasNetwork ? Navigation.hospitalsRequested() : Navigation.settingsRequested()
                    }
                }
            }
        }

        ToolSeparator { visible: page.wide; orientation: Qt.Vertical; Layout.fillHeight: true }

        Loader {
            objectName: "detailPane"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.wide
            active: page.wide
            sourceComponent: page.selectedEntry ? detail : placeholder
            Component { id: detail; RecordView { entryId: page.selectedEntry } }
            Component {
                id: placeholder
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Choose a record to see its details.")
                    color: Material.hintTextColor
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
