import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// One record in a list or grid: its picture edge to edge on the left, then
// badges, title and summary.
AbstractButton {
    id: card
    property string kind: ""
    property string slug: ""
    property string title: ""
    property bool titleFallback: false
    property string titleLang: ""
    property string subtitle: ""
    property string summary: ""
    property string sector: ""
    property string level: ""
    property string clusterKind: ""
    property string media: ""
    property bool compact: false
    // False while the card's page waits unseen (its picture is let go, then loaded again).
    property bool pictureShown: true

    implicitHeight: compact ? Math.max(Theme.minTarget + Theme.s(24), Theme.s(140)) : Theme.cardHeight
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: card.title
    Accessible.description: card.summary
    scale: down ? 0.985 : 1.0

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
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
            width: card.compact ? Math.round(height * 1.4) : Math.min(Theme.s(400), Math.round(parent.width * 0.4))
            radius: Theme.cardRadius
            sector: card.sector
            kind: card.kind
            slug: card.slug
            media: card.media
            drawSize: card.compact ? Theme.artThumb : Theme.artCard
            shown: card.pictureShown
        }
        ColumnLayout {
            anchors { left: picture.right; right: parent.right; top: parent.top; bottom: parent.bottom
                      leftMargin: Theme.s(20); rightMargin: Theme.s(20); topMargin: Theme.s(16); bottomMargin: Theme.s(16) }
            spacing: Theme.s(8)
            Flow {
                Layout.fillWidth: true
                spacing: Theme.s(8)
                visible: !card.compact && (card.level !== "" || card.sector !== "")
                Badge {
                    text: Theme.levelName(card.level, App.language)
                    fill: card.level === "national" ? Theme.accent : Theme.primary
                }
                Badge {
                    text: Theme.sectorName(card.sector, App.language)
                    fill: Theme.sectorTint(card.sector)
                    ink: Theme.sectorColor(card.sector)
                }
            }
            KText {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: card.compact ? Theme.fontBody : Math.max(Theme.fontTitle * 0.85, Theme.fontBody)
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                maximumLineCount: card.compact ? 2 : 3
            }
            KText {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !card.compact && text !== ""
                text: card.summary
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                maximumLineCount: 3
                verticalAlignment: Text.AlignTop
            }
            Badge {
                visible: card.titleFallback
                text: Theme.languageTag(card.titleLang)
                fill: Theme.divider
                ink: Theme.textMuted
            }
        }
    }
}
