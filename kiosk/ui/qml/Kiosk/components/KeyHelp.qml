pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// How to use the kiosk with keys, opened by the Help key (or F1): a short
// list, one key per line, and Close. `spoken` is the same text as one
// string (read aloud reads it).
Rectangle {
    id: help
    objectName: "keyHelp"
    property real bottomRoom: 0
    signal done()
    color: Theme.scrim

    readonly property var keys: [
        { key: qsTr("Tab or ↓"), does: qsTr("next item") },
        { key: qsTr("Shift+Tab or ↑"), does: qsTr("previous item") },
        { key: qsTr("Enter"), does: qsTr("choose the item") },
        { key: qsTr("Back or Esc"), does: qsTr("go back, or close this") },
        { key: qsTr("Help or F1"), does: qsTr("this help") }
    ]
    readonly property string spoken: help.keys.map(k => k.key + ": " + k.does).join(". ")

    function focusFirst() { close.forceActiveFocus(Qt.TabFocusReason) }

    MultiPointTouchArea { anchors.fill: parent; mouseEnabled: true; onPressed: help.done() }

    Rectangle {
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: help.bottomRoom + Theme.gap }
        width: Math.min(parent.width - Theme.margin * 2, Theme.s(1200))
        height: column.implicitHeight + Theme.s(64)
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.divider
        border.width: Theme.s(2)
        MultiPointTouchArea { anchors.fill: parent; mouseEnabled: true }
        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.s(32) }
            spacing: Theme.s(16)
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                KText {
                    Layout.fillWidth: true
                    objectName: "keyHelpTitle"
                    text: qsTr("Using the keys")
                    color: Theme.primary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    maximumLineCount: 2
                }
                BarButton {
                    id: close
                    objectName: "keyHelpClose"
                    text: qsTr("Close")
                    iconName: "close"
                    filled: true
                    onClicked: help.done()
                }
            }
            Repeater {
                model: help.keys
                delegate: RowLayout {
                    id: line
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KText {
                        Layout.preferredWidth: Math.round(column.width * 0.4)
                        text: line.modelData.key
                        font.pixelSize: Theme.fontLead
                        font.weight: Font.Bold
                        maximumLineCount: 2
                    }
                    KText {
                        Layout.fillWidth: true
                        text: line.modelData.does
                        font.pixelSize: Theme.fontLead
                        maximumLineCount: 2
                    }
                }
            }
        }
    }
}
