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
}
