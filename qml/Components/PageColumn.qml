import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A scrollable, centred column: full width on a phone, a readable width on a desktop.
ScrollView {
    id: root
    default property alias content: column.data
    property alias columnSpacing: column.spacing
    contentWidth: availableWidth
    // fixed implicit size: the content width follows the available width, so deriving the implicit
    // width from the content would be circular
    implicitWidth: Theme.maxContentWidth
    implicitHeight: 480
    clip: true

    ColumnLayout {
        id: column
        width: Math.min(root.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
        x: (root.availableWidth - width) / 2
        spacing: Theme.spacing
        Item { Layout.preferredHeight: Theme.margin }
    }
}
