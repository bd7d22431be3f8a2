import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Passbook.App
import Passbook.Caregivers
import Passbook.Components
import Passbook.Hospitals
import Passbook.Onboarding
import Passbook.Record
import Passbook.Requests
import Passbook.Settings
import Passbook.Timeline
import Passbook.Unlock

// The window and its navigation. What is on screen follows the vault: no vault -> welcome,
// locked -> unlock (everything else is dropped), unlocked -> home.
ApplicationWindow {
    id: window
    width: 1100
    height: 760
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Health Passbook")
    // Light or dark as the system says (QT_QUICK_CONTROLS_MATERIAL_THEME, set to System by main.cpp
    // unless given); Theme.dark lets every screen pick colours that keep their contrast.
    Binding { target: Theme; property: "dark"; value: window.Material.theme === Material.Dark }
    // Text follows the system's font size (main.cpp reads it from the platform font).
    property real fontScale: 1.0
    Binding { target: Theme; property: "fontScale"; value: window.fontScale }
    font.pixelSize: Theme.px(14)
    // dark theme: the same teal as in light (Material would lighten it, and white button text with it)
    Material.accent: Theme.dark ? "#00897B" : Material.Teal
    Material.primary: Material.BlueGrey

    // true from "Create" until the phrase is confirmed: the vault is unlocked then, but the
    // person still has to see and confirm the words before reaching home.
    property bool onboarding: false

    function showForState() {
        switch (Vault.state) {
        case Vault.NoVault:
            onboarding = false
            stack.replace(null, welcomePage)
            break
        case Vault.Locked:
            onboarding = false
            stack.replace(null, unlockPage)
            break
        case Vault.Unlocked:
            if (!onboarding) {
                tabs.currentIndex = 0
                stack.replace(null, homePage)
            }
            break
        }
    }

    Component { id: welcomePage; WelcomePage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component { id: createPage; CreatePasswordPage {} }
    Component { id: phrasePage; RecoveryPhrasePage {} }
    Component { id: confirmPage; ConfirmPhrasePage {} }
    Component { id: restorePage; RestorePage {} }
    Component { id: homePage; TimelinePage {} }
    Component { id: settingsPage; SettingsPage {} }
    Component { id: hospitalsPage; HospitalsPage {} }
    Component { id: sharingPage; SharingPage {} }
    Component { id: familyPage; FamilyPage {} }
    Component { id: recordPage; RecordPage {} }
    Component { id: reviewPage; RequestReviewPage {} }

    header: ColumnLayout {
        spacing: 0
        visible: Vault.state === Vault.Unlocked && !window.onboarding
        // Whose passbook is on screen, whenever it is not the owner's: always in sight.
        Pane {
            id: subjectBanner
            objectName: "subjectBanner"
            Layout.fillWidth: true
            visible: Passbook.subject.length > 0
            padding: 8
            Material.background: Theme.dark ? "#4a3b00" : "#fff3c4"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: subjectText.text
            RowLayout {
                width: parent.width
                Label {
                    textFormat: Text.PlainText
                    id: subjectText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: qsTr("%1's passbook — you are their caregiver").arg(Passbook.subjectName)
                }
                Button {
                    objectName: "backToMine"
                    text: qsTr("Back to mine")
                    onClicked: Care.viewAs("")
                }
            }
        }
        // A caregiver's access that ended: said in plain words until dismissed.
        Pane {
            objectName: "careNotice"
            Layout.fillWidth: true
            visible: Passbook.careNotice.length > 0
            padding: 8
            Material.background: Theme.dark ? "#4a1c1c" : "#fdecea"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: Passbook.careNotice
            RowLayout {
                width: parent.width
                Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.Wrap; text: Passbook.careNotice }
                ToolButton {
                    objectName: "careNoticeDismiss"
                    text: "✕"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: Passbook.dismissCareNotice()
                }
            }
        }
        // A new request while the app is open: a banner on every screen, with the way to review it.
        Pane {
            id: alertBanner
            Layout.fillWidth: true
            objectName: "requestBanner"
            visible: Sharing.alertText.length > 0 // the header shows only while unlocked, past onboarding
            padding: 8
            Material.background: Material.theme === Material.Dark ? "#004d40" : "#e0f2f1"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: Sharing.alertText
            RowLayout {
                width: parent.width
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: Sharing.alertText
                }
                Button {
                    objectName: "bannerReview"
                    text: qsTr("Review")
                    highlighted: true
                    onClicked: Navigation.reviewRequested(Sharing.alertRequestId)
                }
                ToolButton {
                    objectName: "bannerDismiss"
                    text: "✕"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: Sharing.dismissAlert()
                }
            }
        }
    }

    readonly property var places: [homePage, sharingPage, familyPage, hospitalsPage, settingsPage]
    function go(index) {
        tabs.currentIndex = index
        stack.replace(null, places[index])
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Desktop: the places of the app in a side rail; the passbook's detail pane is beside the list.
        Pane {
            id: rail
            objectName: "sideNavigation"
            visible: !window.phone && Vault.state === Vault.Unlocked && !window.onboarding
            Layout.fillHeight: true
            Layout.preferredWidth: 208
            padding: 0
            Material.elevation: 2
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Places")
            ColumnLayout {
                width: parent.width
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.margins: Theme.margin
                    text: qsTr("Health Passbook")
                    font.bold: true
                    font.pixelSize: Theme.px(16)
                    elide: Text.ElideRight
                }
                Repeater {
                    model: [
                        { name: "passbookButton", text: qsTr("Passbook") },
                        { name: "sharingButton", text: Passbook.pendingRequests > 0 ? qsTr("Sharing (%1)").arg(Passbook.pendingRequests) : qsTr("Sharing") },
                        { name: "familyButton", text: qsTr("Family") },
                        { name: "hospitalsButton", text: qsTr("Hospitals") },
                        { name: "settingsButton", text: qsTr("Settings") }
                    ]
                    delegate: ItemDelegate {
                        required property var modelData
                        required property int index
                        objectName: modelData.name
                        Layout.fillWidth: true
                        text: modelData.text
                        highlighted: tabs.currentIndex === index
                        font.bold: highlighted
                        Accessible.role: Accessible.PageTab
                        onClicked: window.go(index)
                    }
                }
            }
        }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            Component.onCompleted: window.showForState()
        }
    }

    // Phone: the places of the app at the bottom. Desktop: the passbook's toolbar has them,
    // and a record opens beside the list.
    readonly property bool phone: width < 900
    footer: TabBar {
        id: tabs
        objectName: "bottomNavigation"
        visible: window.phone && Vault.state === Vault.Unlocked && !window.onboarding
        height: visible ? implicitHeight : 0
        position: TabBar.Footer
        currentIndex: 0
        // five places on a phone: mixed case, a little smaller, so every name fits
        font.capitalization: Font.MixedCase
        font.pixelSize: Theme.px(12)
        TabButton { objectName: "passbookTab"; leftPadding: 2; rightPadding: 2; text: qsTr("Passbook"); onClicked: window.go(0) }
        TabButton {
            objectName: "sharingTab"
            leftPadding: 2
            rightPadding: 2
            text: Passbook.pendingRequests > 0 ? qsTr("Sharing (%1)").arg(Passbook.pendingRequests) : qsTr("Sharing")
            onClicked: window.go(1)
        }
        TabButton { objectName: "familyTab"; leftPadding: 2; rightPadding: 2; text: qsTr("Family"); onClicked: window.go(2) }
        TabButton { objectName: "hospitalsTab"; leftPadding: 2; rightPadding: 2; text: qsTr("Hospitals"); onClicked: window.go(3) }
        TabButton { objectName: "settingsTab"; leftPadding: 2; rightPadding: 2; text: qsTr("Settings"); onClicked: window.go(4) }
    }

    Connections {
        target: Vault
        function onStateChanged() { window.showForState() }
        function onVaultCreated() { stack.push(phrasePage) }
    }

    // The person opened the system notification: bring the window forward and, once unlocked, the request.
    Connections {
        target: Sharing
        function onReviewRequested(requestId) {
            window.raise()
            window.requestActivate()
            if (Vault.state === Vault.Unlocked && requestId > 0)
                Navigation.reviewRequested(requestId)
        }
    }

    Connections {
        target: Navigation
        function onCreateRequested() { window.onboarding = true; Vault.clearError(); stack.push(createPage) }
        function onRestoreRequested() { Vault.clearError(); stack.push(restorePage) }
        function onPhraseWritten() { stack.push(confirmPage) }
        function onOnboardingFinished() { window.onboarding = false; tabs.currentIndex = 0; stack.replace(null, homePage) }
        function onSettingsRequested() { window.go(4) }
        function onHospitalsRequested() { window.go(3) }
        function onFamilyRequested() { window.go(2) }
        function onSharingRequested() { window.go(1) }
        function onPassbookRequested() { window.go(0) }
        function onRecordRequested(entryId) { stack.push(recordPage, { entryId: entryId }) }
        function onReviewRequested(requestId) {
            Sharing.dismissAlert()
            tabs.currentIndex = 1
            stack.push(reviewPage, { requestId: requestId })
        }
        function onBackRequested() {
            Vault.clearError()
            if (stack.depth > 1)
                stack.pop()
            else if (Vault.state === Vault.Unlocked && !window.onboarding) {
                tabs.currentIndex = 0
                stack.replace(null, homePage)
            }
            if (stack.depth <= 1 && Vault.state === Vault.NoVault)
                window.onboarding = false
        }
    }
}
