import QtQuick
import Kiosk
import Kiosk.Bridge

// The accessibility button: the international symbol of accessibility and
// its label, always at the left of the bottom bar (within reach from a
// wheelchair), on every page and over the attract loop. It opens the
// accessibility panel; a thick ring shows when a mode is on.
BarButton {
    id: button
    objectName: "accessButton"
    text: qsTr("Accessibility")
    iconName: "access"
    darkBackground: true
    Accessible.name: Access.anyOn ? qsTr("Accessibility (on)") : button.text
    Accessible.description: qsTr("Read aloud, larger text, high contrast, low reach, less motion and volume")

    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.primaryDark : Theme.primary
        border.color: Access.anyOn ? Theme.accent : Theme.primary
        border.width: Access.anyOn ? Theme.s(6) : 0
    }
}
