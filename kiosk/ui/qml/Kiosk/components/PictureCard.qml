import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// A record as a picture card: its picture edge to edge on top, what it is
// and its title beneath. For related records and the sector strip.
AbstractButton {
    id: card
    property string kind: ""
    property string slug: ""
    property string title: ""
    property string sector: ""
    property string media: ""
    // False while the card's page waits unseen (its picture is let go, then loaded again).
    property bool pictureShown: true

    implicitWidth: Theme.s(360)
    implicitHeight: Math.round(width * 0.56) + words.implicitHeight + Theme.s(32)
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: card.title
    Accessible.description: Theme.kindSingular(card.kind, App.language)
    scale: down ? 0.98 : 1.0

    background: Rectangle {
        radius: Theme.cardRadius
        color: card.down ? Theme.surfacePressed : Theme.surface
        border.color: card.down ? Theme.sectorColor(card.sector) : Theme.divider
        border.width: card.down ? Theme.s(3) : 1
    }
    contentItem: Item {
        Picture {
            id: picture
            objectName: "cardPicture"
            x: 1
            y: 1
            width: parent.width - 2
            height: Math.round(card.width * 0.56)
            radius: Theme.cardRadius
            kind: card.kind
            slug: card.slug
            sector: card.sector
            media: card.media
            drawSize: Theme.artThumb
            shown: card.pictureShown
        }
        ColumnLayout {
            id: words
            anchors { left: parent.left; right: parent.right; top: picture.bottom; margins: Theme.s(16) }
            spacing: Theme.s(4)
            KText {
                Layout.fillWidth: true
                text: Theme.kindSingular(card.kind, App.language)
                color: Theme.sectorColor(card.sector)
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                maximumLineCount: 1
            }
            KText {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                maximumLineCount: 3
            }
        }
    }
}
