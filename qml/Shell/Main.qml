import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Passbook.App
import Passbook.Components
import Passbook.Onboarding
import Passbook.Settings
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
    Material.theme: Material.System
    Material.accent: Material.Teal
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
            if (!onboarding)
                stack.replace(null, homePage)
            break
        }
    }

    Component { id: welcomePage; WelcomePage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component { id: createPage; CreatePasswordPage {} }
    Component { id: phrasePage; RecoveryPhrasePage {} }
    Component { id: confirmPage; ConfirmPhrasePage {} }
    Component { id: restorePage; RestorePage {} }
    Component { id: homePage; HomePage {} }
    Component { id: settingsPage; SettingsPage {} }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        Component.onCompleted: window.showForState()
    }

    Connections {
        target: Vault
        function onStateChanged() { window.showForState() }
        function onVaultCreated() { stack.push(phrasePage) }
    }

    Connections {
        target: Navigation
        function onCreateRequested() { window.onboarding = true; Vault.clearError(); stack.push(createPage) }
        function onRestoreRequested() { Vault.clearError(); stack.push(restorePage) }
        function onPhraseWritten() { stack.push(confirmPage) }
        function onOnboardingFinished() { window.onboarding = false; stack.replace(null, homePage) }
        function onSettingsRequested() { stack.push(settingsPage) }
        function onBackRequested() {
            Vault.clearError()
            if (stack.depth > 1)
                stack.pop()
            if (stack.depth <= 1 && Vault.state === Vault.NoVault)
                window.onboarding = false
        }
    }
}
