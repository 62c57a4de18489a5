import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A big section tile on Home: the section's illustration edge to edge, its
// short name and how many records it opens, under the picture (or beside it
// when `horizontal`).
AbstractButton {
    id: tile
    property string kind: ""
    property string label: ""
    property int count: 0
    property color ink: Theme.primary
    property bool horizontal: false

    implicitHeight: Math.max(Theme.minTarget * 1.4, words.implicitHeight + Theme.s(32) + (horizontal ? 0 : Theme.s(Theme.small ? 56 : (Theme.portrait ? 24 : 80))))
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: tile.label
    Accessible.description: qsTr("%n entries", "", tile.count)
    scale: down ? 0.97 : 1.0

    background: Rectangle {
        radius: Theme.cardRadius
        color: tile.down ? Theme.surfacePressed : Theme.surface
        border.color: tile.down ? tile.ink : Theme.divider
        border.width: tile.down ? Theme.s(3) : 1
    }

    contentItem: Item {
        Picture {
            id: picture
            objectName: "tilePicture"
            x: 1
            y: 1
            width: tile.horizontal ? Math.round(parent.width * 0.42) : parent.width - 2
            height: tile.horizontal ? parent.height - 2 : Math.max(0, parent.height - words.implicitHeight - Theme.s(32))
            radius: Theme.cardRadius
            section: tile.kind
            drawSize: Theme.artThumb
        }
        ColumnLayout {
            id: words
            anchors {
                left: tile.horizontal ? picture.right : parent.left
                right: parent.right
                bottom: parent.bottom
                top: tile.horizontal ? parent.top : picture.bottom
                margins: Theme.s(16)
                leftMargin: Theme.s(20)
            }
            spacing: Theme.s(4)
            Item { Layout.fillHeight: true; visible: tile.horizontal }
            KText {
                Layout.fillWidth: true
                text: tile.label
                color: Theme.text
                font.pixelSize: Theme.small ? Theme.fontBody : Math.max(Theme.fontTitle * 0.8, Theme.fontBody)
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.s(12)
                KText {
                    Layout.fillWidth: true
                    text: qsTr("%n entries", "", tile.count)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    maximumLineCount: 1
                }
                Rectangle {
                    Layout.preferredWidth: Theme.s(48)
                    Layout.preferredHeight: Theme.s(48)
                    radius: width / 2
                    color: tile.down ? Theme.accentPressed : Theme.accent
                    Icon { anchors.centerIn: parent; width: parent.width * 0.5; height: width; name: "back"; light: true; rotation: 180 }
                }
            }
            Item { Layout.fillHeight: true; visible: tile.horizontal }
        }
    }
}
