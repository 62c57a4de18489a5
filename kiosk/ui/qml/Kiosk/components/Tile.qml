import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A big section tile on Home: icon, name, how many records it opens.
AbstractButton {
    id: tile
    property string kind: ""
    property string label: ""
    property int count: 0
    property string iconName: "image"
    property color tint: Theme.sectorTint("")
    property color ink: Theme.primary

    implicitHeight: Math.max(Theme.minTarget * 2, implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    scale: down ? 0.97 : 1.0

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.surfacePressed : Theme.surface
        border.color: tile.down ? tile.ink : Theme.divider
        border.width: tile.down ? Theme.s(3) : 1
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Theme.s(8)
            radius: Theme.radius
            color: tile.ink
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.s(8)
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s(24)
            Layout.rightMargin: Theme.s(24)
            Layout.topMargin: Theme.s(24)
            Rectangle {
                Layout.preferredWidth: Theme.small ? Theme.s(72) : Theme.s(88)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: tile.tint
                Icon { anchors.centerIn: parent; width: parent.width * 0.58; height: width; name: tile.iconName }
            }
            Item { Layout.fillWidth: true }
            Rectangle {
                Layout.preferredWidth: Theme.s(56)
                Layout.preferredHeight: Theme.s(56)
                Layout.alignment: Qt.AlignTop
                radius: width / 2
                color: tile.down ? Theme.accentPressed : Theme.accent
                Icon { anchors.centerIn: parent; width: parent.width * 0.5; height: width; name: "back"; light: true; rotation: 180 }
            }
        }
        Item { Layout.fillHeight: true }
        KText {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s(24)
            Layout.rightMargin: Theme.s(24)
            // Two lines; long words shrink rather than break.
            Layout.preferredHeight: Math.ceil(Theme.fontTitle * 0.9 * 1.5 * 2)
            text: tile.label
            font.pixelSize: Theme.fontTitle * 0.9
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.small ? 14 : Theme.s(20)
            verticalAlignment: Text.AlignBottom
            elide: Text.ElideNone
        }
        KText {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s(24)
            Layout.rightMargin: Theme.s(24)
            Layout.bottomMargin: Theme.s(16)
            text: qsTr("%n entries", "", tile.count)
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            maximumLineCount: 1
        }
    }
}
