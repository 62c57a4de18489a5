import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One choice in the accessibility panel: its name and a large On/Off switch.
AbstractButton {
    id: toggle
    property bool on: false
    property string iconName: ""
    implicitHeight: Math.max(Theme.minTarget, label.implicitHeight + Theme.s(32))
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.CheckBox
    Accessible.name: toggle.text
    Accessible.checkable: true
    Accessible.checked: toggle.on

    background: Rectangle {
        radius: Theme.radius
        color: toggle.down ? Theme.surfacePressed : Theme.surface
        border.color: toggle.on ? Theme.primary : Theme.divider
        border.width: toggle.on ? Theme.s(4) : Theme.s(2)
    }
    contentItem: RowLayout {
        spacing: Theme.s(16)
        KText {
            id: label
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s(24)
            text: toggle.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            maximumLineCount: 2
        }
        // The switch: a pill that says its state in words, not by colour alone.
        Rectangle {
            Layout.rightMargin: Theme.s(16)
            Layout.preferredWidth: Math.max(Theme.s(120), stateLabel.implicitWidth + Theme.s(40))
            Layout.preferredHeight: Math.max(Theme.s(56), stateLabel.implicitHeight + Theme.s(12))
            radius: height / 2
            color: toggle.on ? Theme.primary : Theme.surface
            border.color: toggle.on ? Theme.primary : Theme.divider
            border.width: Theme.s(3)
            KText {
                id: stateLabel
                anchors.centerIn: parent
                text: toggle.on ? qsTr("On") : qsTr("Off")
                color: toggle.on ? Theme.inkOnPrimary : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
        }
    }
}
