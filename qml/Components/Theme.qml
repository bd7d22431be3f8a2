pragma Singleton
import QtQuick

// Sizes and spacing shared by every screen. Colours come from the Material style, which follows
// the system's light or dark theme.
QtObject {
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int maxContentWidth: 560
    readonly property int phoneBreakpoint: 600
    readonly property int cornerRadius: 8
    // The system's text size relative to the usual default (set by the window from the platform
    // font); every font size in the app is Theme.px(size at the default).
    property real fontScale: 1.0
    function px(size) { return Math.round(size * fontScale) }
    // Set by the window from its Material theme (light or dark, following the system).
    property bool dark: false
    // Text colours that keep their contrast on both backgrounds.
    readonly property color good: dark ? "#81c784" : "#2e7d32"
    readonly property color bad: dark ? "#ef9a9a" : "#c62828"
    readonly property color warn: dark ? "#ffb74d" : "#e65100"
}
