import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A large button in the top or bottom bar: icon over or beside a label.
AbstractButton {
    id: button
    property string iconName: "home"
    property bool filled: false
    property bool darkBackground: false
    implicitHeight: Theme.minTarget
    implicitWidth: text === "" ? Theme.minTarget : Math.max(Theme.minTarget * 1.6, Theme.s(40) + Theme.s(14) + label.implicitWidth + Theme.s(48))
    focusPolicy: Qt.NoFocus
    hoverEnabled: false

    background: Rectangle {
        radius: Theme.radius
        color: button.filled ? (button.down ? Theme.accentPressed : Theme.accent)
                             : (button.down ? (button.darkBackground ? Theme.primaryDark : Theme.surfacePressed)
                                            : (button.darkBackground ? "transparent" : Theme.surface))
        border.color: button.filled ? "transparent" : (button.darkBackground ? Theme.inkOnPrimaryMuted : Theme.divider)
        border.width: button.filled ? 0 : Theme.s(2)
        opacity: button.enabled ? 1 : 0.45
    }
    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.s(14)
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.s(40); height: width
                name: button.iconName
                light: button.filled || button.darkBackground
            }
            KText {
                id: label
                anchors.verticalCenter: parent.verticalCenter
                text: button.text
                color: (button.filled || button.darkBackground) ? Theme.inkOnPrimary : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
                visible: text !== ""
            }
        }
    }
}
