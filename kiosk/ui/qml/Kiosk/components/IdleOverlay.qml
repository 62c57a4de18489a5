import QtQuick
import QtQuick.Layouts
import Kiosk

// "Are you still there?": a countdown before the kiosk returns to its
// attract loop. Any touch anywhere cancels it.
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    property int remaining: 0
    signal stay()

    color: Theme.scrim

    // Takes every touch and click itself, so the finger that wakes the
    // kiosk never also presses whatever lies underneath.
    MultiPointTouchArea {
        anchors.fill: parent
        mouseEnabled: true
        onPressed: overlay.stay()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, Theme.s(880))
        height: column.implicitHeight + Theme.s(96)
        radius: Theme.radius * 1.5
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(56) }
            spacing: Theme.s(24)
            KText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                color: Theme.primary
            }
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.s(176)
                Layout.preferredHeight: Theme.s(176)
                radius: width / 2
                color: Theme.accentSoft
                border.color: Theme.accent
                border.width: Theme.s(6)
                KText {
                    objectName: "idleCountdown"
                    anchors.centerIn: parent
                    text: overlay.remaining
                    font.pixelSize: Theme.fontFigure
                    font.weight: Font.Bold
                    color: Theme.accent
                    wrapMode: Text.NoWrap
                }
            }
            KText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The screen will return to the start in a few seconds. Touch anywhere to continue.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            BarButton {
                Layout.alignment: Qt.AlignHCenter
                objectName: "stayButton"
                text: qsTr("Continue")
                iconName: "touch"
                filled: true
                onClicked: overlay.stay()
            }
        }
    }
}
