import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A large, plain button of the staff menu.
AbstractButton {
    id: button
    property bool primary: false
    property bool danger: false
    implicitHeight: Theme.minTarget
    implicitWidth: Math.max(Theme.minTarget * 1.5, label.implicitWidth + Theme.s(48))
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.divider
             : button.danger ? (button.down ? "#7F1D1D" : "#B91C1C")
             : button.primary ? (button.down ? Theme.primaryDark : Theme.primary)
             : (button.down ? Theme.surfacePressed : Theme.surface)
        border.color: button.primary || button.danger ? "transparent" : Theme.divider
        border.width: Theme.s(2)
    }
    contentItem: KText {
        id: label
        text: button.text
        color: button.primary || button.danger ? Theme.inkOnPrimary : Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        maximumLineCount: 2
    }
}
