import QtQuick
import QtQuick.Layouts
import Kiosk

// A key figure, large: the number and its unit on one baseline (1600+ 亿元),
// what it counts under them. The headline figure is the navy one.
Rectangle {
    id: card
    property string number: ""
    property string unit: ""
    property string label: ""
    property bool emphasis: false
    // Width kept free at the right of the number (for a button placed over the card).
    property real reserve: 0

    readonly property int baseSize: emphasis ? Math.round(Theme.fontFigure * (Theme.small ? 0.9 : 1.2))
                                             : (Theme.small ? Theme.fontHeading : Theme.fontDisplay)
    // Number and unit shrink together only when they would not fit side by side.
    readonly property real room: width - Theme.s(48) - card.reserve
    readonly property real fit: Math.min(1, room / Math.max(1, numberMetrics.advanceWidth + unitMetrics.advanceWidth + Theme.s(12)))
    // With larger text the unit keeps at least the 7.3 mm capital: where it
    // then no longer fits beside the number, it goes under it. (Otherwise both
    // shrink together, so they always share the line.)
    readonly property int unitSize: Math.max(Math.floor(Theme.fontLead * card.fit), Theme.largerText ? Theme.largeTextFloor : 0)
    readonly property bool unitBelow: Theme.largerText && card.unit !== "" && card.room < numberMetrics.advanceWidth * card.fit
        + unitMetrics.advanceWidth * card.unitSize / Math.max(1, Theme.fontLead) + Theme.s(12)
    readonly property real numberFit: card.unitBelow ? Math.min(1, card.room / Math.max(1, numberMetrics.advanceWidth)) : card.fit

    radius: Theme.cardRadius
    color: emphasis ? Theme.primary : Theme.surface
    border.color: emphasis ? Theme.primary : Theme.divider
    border.width: 1
    implicitHeight: column.implicitHeight + Theme.s(32)

    TextMetrics { id: numberMetrics; font.family: Theme.fontFamily; font.pixelSize: card.baseSize; font.weight: Font.Bold; text: card.number }
    TextMetrics { id: unitMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontLead; font.weight: Font.Bold; text: card.unit }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(24) }
        spacing: Theme.s(4)
        GridLayout {
            Layout.fillWidth: true
            columns: card.unitBelow ? 1 : 2
            columnSpacing: Theme.s(12)
            rowSpacing: 0
            KText {
                id: figureNumber
                objectName: "figureNumber"
                // Both on one baseline: a layout aligns baselines only among items that ask for it.
                Layout.alignment: card.unitBelow ? Qt.AlignLeft : Qt.AlignBaseline
                text: card.number
                color: card.emphasis ? Theme.inkOnPrimary : Theme.primary
                font.pixelSize: Math.max(1, Math.floor(card.baseSize * card.numberFit))
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
            KText {
                objectName: "figureUnit"
                visible: text !== ""
                Layout.alignment: card.unitBelow ? Qt.AlignLeft : Qt.AlignBaseline
                text: card.unit
                color: card.emphasis ? Theme.inkOnPrimary : Theme.primary
                font.pixelSize: card.unitSize
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
            }
        }
        KText {
            Layout.fillWidth: true
            text: card.label
            color: card.emphasis ? Theme.inkOnPrimaryMuted : Theme.textMuted
            font.pixelSize: card.emphasis ? Theme.fontLead : Theme.fontCaption
            maximumLineCount: 4
        }
    }
}
