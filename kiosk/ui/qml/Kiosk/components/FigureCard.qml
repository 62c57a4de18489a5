import QtQuick
import QtQuick.Layouts
import Kiosk

// A key figure, large: the number is the story.
Rectangle {
    id: card
    property string number: ""
    property string unit: ""
    property string label: ""
    property bool emphasis: false

    radius: Theme.radius
    color: emphasis ? Theme.primary : Theme.surface
    border.color: emphasis ? Theme.primary : Theme.divider
    border.width: 1
    implicitHeight: column.implicitHeight + Theme.s(32)

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(20) }
        spacing: Theme.s(4)
        KText {
            Layout.fillWidth: true
            objectName: "figureNumber"
            text: card.number
            color: card.emphasis ? Theme.inkOnPrimary : Theme.primary
            font.pixelSize: Theme.small ? Theme.fontHeading : Theme.fontFigure
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.round(font.pixelSize * 1.08)
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontTitle
        }
        KText {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.unit
            color: card.emphasis ? Theme.inkOnPrimary : Theme.primary
            font.pixelSize: Theme.fontLead
            font.weight: Font.Bold
            maximumLineCount: 1
        }
        KText {
            Layout.fillWidth: true
            text: card.label
            color: card.emphasis ? Theme.inkOnPrimaryMuted : Theme.textMuted
            font.pixelSize: Theme.fontCaption
            maximumLineCount: 4
        }
    }
}
