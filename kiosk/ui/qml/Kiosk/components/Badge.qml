import QtQuick
import Kiosk

// A small filled label (level, kind, fallback language).
Rectangle {
    id: badge
    property string text: ""
    property color fill: Theme.primary
    property color ink: Theme.inkOnPrimary
    implicitWidth: label.implicitWidth + Theme.s(24)
    implicitHeight: label.implicitHeight + Theme.s(8)
    width: Math.min(implicitWidth, parent ? parent.width : implicitWidth)
    radius: height / 2
    color: fill
    visible: text !== ""

    KText {
        id: label
        anchors.centerIn: parent
        width: parent.width - Theme.s(24)
        horizontalAlignment: Text.AlignHCenter
        text: badge.text
        color: badge.ink
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
        maximumLineCount: 1
    }
}
