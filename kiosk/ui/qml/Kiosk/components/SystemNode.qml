import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// One record in the industrial system view: a card with its sector's
// colour down the left edge, what it is (its kind where no column heading
// says so, a cluster's level) and its name. It grows with its name; a tap
// opens the record's page.
AbstractButton {
    id: node
    property var card: ({})
    // Show the kind above the name (portrait, where there are no column headings).
    property bool showKind: false
    readonly property color ink: Theme.sectorColor(node.card.sector || "")
    readonly property string caption: {
        const parts = []
        if (node.showKind) parts.push(Theme.kindSingular(node.card.kind || "", App.language))
        if (node.card.level) parts.push(Theme.levelName(node.card.level, App.language))
        return parts.join(" · ")
    }

    objectName: "node-" + (node.card.kind || "") + "-" + (node.card.slug || "")
    text: node.card.title || ""
    Accessible.name: node.text
    implicitWidth: Theme.s(240)
    implicitHeight: Math.max(Theme.minTarget, words.implicitHeight + Theme.s(28))
    focusPolicy: Qt.NoFocus
    hoverEnabled: false

    background: Rectangle {
        radius: Theme.cardRadius
        color: node.down ? Theme.surfacePressed : Theme.surface
        border.color: node.down ? node.ink : Theme.divider
        border.width: node.down ? Theme.s(3) : 1
        Rectangle {
            x: 1
            y: 1
            width: Theme.s(8)
            height: parent.height - 2
            radius: Theme.cardRadius
            color: node.ink
        }
    }

    contentItem: Item {
        ColumnLayout {
            id: words
            anchors {
                left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                leftMargin: Theme.s(28); rightMargin: Theme.s(16)
            }
            spacing: Theme.s(2)
            KText {
                Layout.fillWidth: true
                visible: text !== ""
                text: node.caption
                color: node.card.level === "national" ? Theme.accent : Theme.textMuted
                font.pixelSize: Theme.fontCaption
                font.weight: node.card.level === "national" ? Font.Bold : Font.Normal
                maximumLineCount: 2
            }
            KText {
                Layout.fillWidth: true
                objectName: "nodeTitle"
                text: node.text
                color: Theme.text
                font.pixelSize: Theme.small ? Theme.fontCaption : Theme.fontBody
                font.weight: Font.DemiBold
                maximumLineCount: 4
            }
        }
    }
}
