pragma Singleton
import QtQuick

// Requests from pages to the shell, so feature modules do not depend on each other.
QtObject {
    signal createRequested()
    signal restoreRequested()
    signal phraseWritten()
    signal onboardingFinished()
    signal settingsRequested()
    signal hospitalsRequested()
    signal sharingRequested()
    signal familyRequested()
    signal passbookRequested()
    signal recordRequested(var entryId)
    signal reviewRequested(int requestId)
    signal backRequested()
}
