import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A large button in the top or bottom bar: icon beside its label, or over it
// (`stacked`) where the bar is too narrow for every label side by side.
AbstractButton {
    id: button
    property string iconName: "home"
    property bool filled: false
    property bool darkBackground: false
    property bool stacked: false
    // The widths side by side and stacked: the bottom bar chooses from them.
    readonly property real wideWidth: text === "" ? Theme.minTarget
        : Math.max(Theme.minTarget * 1.6, Theme.s(40) + Theme.s(14) + label.implicitWidth + Theme.s(48))
    readonly property real stackedWidth: Math.max(Theme.minTarget * 1.1, label.implicitWidth + Theme.s(32))
    implicitHeight: Math.max(Theme.minTarget, stacked ? Theme.s(40) + Theme.s(4) + label.implicitHeight + Theme.s(16)
                                                      : label.implicitHeight + Theme.s(16))
    implicitWidth: stacked ? stackedWidth : wideWidth
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: button.text

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
        Grid {
            anchors.centerIn: parent
            columns: button.stacked ? 1 : 2
            spacing: button.stacked ? Theme.s(4) : Theme.s(14)
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter
            Icon {
                width: Theme.s(40); height: width
                name: button.iconName
                light: button.filled || button.darkBackground
            }
            KText {
                id: label
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
