import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A filter chip: tap to choose, the chosen one is filled.
AbstractButton {
    id: chip
    checkable: false
    property bool selected: false
    property color ink: Theme.primary
    implicitHeight: Theme.minTarget
    implicitWidth: Math.max(Theme.minTarget * 1.4, label.implicitWidth + Theme.s(56))
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: chip.text
    Accessible.checkable: true
    Accessible.checked: chip.selected

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? chip.ink : (chip.down ? Theme.surfacePressed : Theme.surface)
        border.color: chip.selected ? chip.ink : Theme.divider
        border.width: Theme.s(2)
    }
    contentItem: KText {
        id: label
        text: chip.text
        color: chip.selected ? Theme.inkOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.fontBody
        font.weight: chip.selected ? Font.Bold : Font.Normal
        wrapMode: Text.NoWrap
        maximumLineCount: 1
    }
}
