pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The accessibility panel, over the page: read aloud, larger text, high
// contrast, low reach and less motion as large switches, the volume with
// − and +, and Done. It sits low on the screen, within reach. Only what
// staff chose to offer (setting access.offered) is shown. A tap beside the
// panel closes it, as Done, Back and Escape do.
Rectangle {
    id: panel
    objectName: "accessPanel"
    // Room at the bottom the panel keeps clear (the bottom bar).
    property real bottomRoom: 0
    // Room at the top the panel keeps clear (out of reach with Low reach).
    property real topRoom: 0
    signal done()

    color: Theme.scrim
    // The panel's own items come first for the keypad (see Keypad): a modal.
    readonly property bool modal: true

    function offers(name: string): bool { return Access.offered.indexOf(name) >= 0 }
    function focusFirst() { first.forceActiveFocus(Qt.TabFocusReason) }

    MultiPointTouchArea {
        anchors.fill: parent
        mouseEnabled: true
        onPressed: panel.done()
    }

    Rectangle {
        id: card
        objectName: "accessCard"
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: panel.bottomRoom + Theme.gap }
        width: Math.min(parent.width - Theme.margin * 2, Theme.s(1400))
        height: Math.min(column.implicitHeight + Theme.s(64), parent.height - panel.bottomRoom - panel.topRoom - Theme.gap * 2)
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.divider
        border.width: Theme.s(2)
        // Presses on the card itself stay on the card.
        MultiPointTouchArea { anchors.fill: parent; mouseEnabled: true }

        Flickable {
            id: flick
            anchors { fill: parent; margins: Theme.s(32) }
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ColumnLayout {
                id: column
                width: flick.width
                spacing: Theme.gap
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.s(20)
                    Rectangle {
                        Layout.preferredWidth: Theme.s(72); Layout.preferredHeight: Theme.s(72)
                        radius: width / 2
                        color: Theme.primary
                        Icon { anchors.centerIn: parent; width: parent.width * 0.7; height: width; name: "access"; light: true }
                    }
                    KText {
                        Layout.fillWidth: true
                        objectName: "accessTitle"
                        text: qsTr("Accessibility")
                        color: Theme.primary
                        font.pixelSize: Theme.fontHeading
                        font.weight: Font.Bold
                        maximumLineCount: 2
                    }
                    BarButton {
                        objectName: "accessDone"
                        text: qsTr("Done")
                        iconName: "close"
                        filled: true
                        onClicked: panel.done()
                    }
                }
                KText {
                    Layout.fillWidth: true
                    text: qsTr("These choices last until the screen returns to the start.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: Theme.portrait || Theme.largerText ? 1 : 2
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.s(16)
                    AccessToggle {
                        id: first
                        objectName: "toggle-readAloud"
                        Layout.fillWidth: true
                        visible: panel.offers("readAloud")
                        text: qsTr("Read aloud")
                        on: Access.readAloud
                        onClicked: Access.readAloud = !Access.readAloud
                    }
                    AccessToggle {
                        objectName: "toggle-largerText"
                        Layout.fillWidth: true
                        visible: panel.offers("largerText")
                        text: qsTr("Larger text")
                        on: Access.largerText
                        onClicked: Access.largerText = !Access.largerText
                    }
                    AccessToggle {
                        objectName: "toggle-highContrast"
                        Layout.fillWidth: true
                        visible: panel.offers("highContrast")
                        text: qsTr("High contrast")
                        on: Access.highContrast
                        onClicked: Access.highContrast = !Access.highContrast
                    }
                    AccessToggle {
                        objectName: "toggle-lowReach"
                        Layout.fillWidth: true
                        visible: panel.offers("lowReach")
                        text: qsTr("Low reach")
                        on: Access.lowReach
                        onClicked: Access.lowReach = !Access.lowReach
                    }
                    AccessToggle {
                        objectName: "toggle-lessMotion"
                        Layout.fillWidth: true
                        visible: panel.offers("lessMotion")
                        text: qsTr("Less motion")
                        on: Access.lessMotion
                        onClicked: Access.lessMotion = !Access.lessMotion
                    }
                }
                // The volume, in steps of a tenth.
                Flow {
                    Layout.fillWidth: true
                    visible: panel.offers("volume")
                    spacing: Theme.s(16)
                    KText {
                        height: Theme.minTarget
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Volume")
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                    }
                    BarButton {
                        objectName: "volumeDown"
                        text: qsTr("Quieter")
                        iconName: "volume-down"
                        enabled: Access.volume > 0
                        onClicked: Access.volume = Math.max(0, Math.round(Access.volume * 10 - 1) / 10)
                    }
                    KText {
                        objectName: "volumeLevel"
                        height: Theme.minTarget
                        width: Theme.s(120)
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("%1 %").arg(Math.round(Access.volume * 100))
                        font.pixelSize: Theme.fontLead
                        font.weight: Font.Bold
                        wrapMode: Text.NoWrap
                    }
                    BarButton {
                        objectName: "volumeUp"
                        text: qsTr("Louder")
                        iconName: "volume-up"
                        enabled: Access.volume < 1
                        onClicked: Access.volume = Math.min(1, Math.round(Access.volume * 10 + 1) / 10)
                    }
                }
            }
        }
    }
}
