import QtQuick
import Kiosk

// One fact about a record, large (level, sector, kind): read, not tapped.
Rectangle {
    id: chip
    property string text: ""
    property color fill: Theme.surface
    property color ink: Theme.text
    property string iconName: ""
    readonly property int iconRoom: chip.iconName !== "" ? Theme.s(44) : 0
    readonly property int pad: Theme.s(24)
    visible: text !== ""
    width: Math.min(label.implicitWidth + chip.iconRoom + chip.pad * 2, parent ? parent.width : 10000)
    height: Theme.s(64)
    radius: height / 2
    color: fill
    border.color: Qt.darker(fill, 1.08)
    border.width: 1

    Icon {
        visible: chip.iconName !== ""
        x: chip.pad
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.s(32)
        height: width
        name: chip.iconName !== "" ? chip.iconName : "image"
    }
    KText {
        id: label
        x: chip.pad + chip.iconRoom
        width: chip.width - x - chip.pad
        anchors.verticalCenter: parent.verticalCenter
        text: chip.text
        color: chip.ink
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
        maximumLineCount: 1
    }
}
