import QtQuick
import Kiosk

// The keypad's focus ring: laid over the focused control (it becomes the
// control's child, so it moves and scrolls with it), dark outside and light
// inside so it shows on any background. Shown once the visitor uses keys.
Item {
    id: ring
    objectName: "focusRing"
    // The control it rings (null: none, and the ring waits in `fallback`).
    property Item target: null
    property Item fallback: null
    parent: ring.target !== null ? ring.target : ring.fallback
    visible: ring.target !== null
    z: 1000
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth * 2

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius + Theme.focusWidth * 2
        color: "transparent"
        border.color: Theme.focusOuter
        border.width: Theme.focusWidth
    }
    Rectangle {
        anchors { fill: parent; margins: Theme.focusWidth }
        radius: Theme.radius + Theme.focusWidth
        color: "transparent"
        border.color: Theme.focusInner
        border.width: Theme.focusWidth
    }
}
