import QtQuick
import Kiosk

// The keypad's focus ring: drawn over the focused control, dark outside and
// light inside so that it shows on light cards and on the navy bars alike.
// It lies over the scene rather than inside the control (a list may drop a
// card at any time), and follows the control while it is shown: a check
// ten times a second, only while a visitor uses the keys.
Item {
    id: ring
    objectName: "focusRing"
    // The control it rings; null: none, and the ring is hidden.
    property Item target: null
    visible: ring.target !== null
    z: 1000

    function follow() {
        const control = ring.target
        if (control === null || ring.parent === null)
            return
        const box = control.mapToItem(ring.parent, 0, 0, control.width, control.height)
        const pad = Theme.focusWidth * 2
        ring.x = box.x - pad
        ring.y = box.y - pad
        ring.width = box.width + pad * 2
        ring.height = box.height + pad * 2
    }
    onTargetChanged: ring.follow()
    Timer {
        interval: 100
        repeat: true
        running: ring.visible
        onTriggered: ring.follow()
    }

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
