import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A call to go somewhere, in the colour of what can be tapped: an icon,
// its words and an arrow, one touch target high.
AbstractButton {
    id: link
    property string iconName: ""
    Accessible.name: link.text
    implicitHeight: Theme.minTarget
    implicitWidth: row.implicitWidth + Theme.s(48)
    focusPolicy: Qt.NoFocus
    hoverEnabled: false

    background: Rectangle {
        radius: height / 2
        color: link.down ? Theme.accentPressed : Theme.accent
    }
    contentItem: Item {
        RowLayout {
            id: row
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: Theme.s(24); rightMargin: Theme.s(24) }
            spacing: Theme.s(12)
            Icon {
                visible: link.iconName !== ""
                Layout.preferredWidth: Theme.s(36)
                Layout.preferredHeight: Theme.s(36)
                name: link.iconName
                light: true
            }
            KText {
                Layout.fillWidth: true
                text: link.text
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
                maximumLineCount: 1
            }
            Icon {
                Layout.preferredWidth: Theme.s(32)
                Layout.preferredHeight: Theme.s(32)
                name: "back"
                light: true
                rotation: 180
            }
        }
    }
}
