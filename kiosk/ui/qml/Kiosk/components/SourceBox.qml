import QtQuick
import QtQuick.Layouts
import Kiosk

// Where the facts on a page come from: the document, its publisher and date,
// and the source's own words.
Rectangle {
    id: box
    property var source: null
    visible: source !== null && source !== undefined
    radius: Theme.radius
    color: Theme.sectorTint("")
    implicitHeight: visible ? column.implicitHeight + Theme.s(48) : 0

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.s(24) }
        spacing: Theme.s(8)
        Row {
            spacing: Theme.s(12)
            Icon { width: Theme.s(32); height: width; name: "sources" }
            KText {
                text: qsTr("Source")
                font.pixelSize: Theme.fontCaption
                font.weight: Font.Bold
                color: Theme.primary
                wrapMode: Text.NoWrap
            }
        }
        KText {
            Layout.fillWidth: true
            text: box.source ? box.source.title : ""
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        KText {
            Layout.fillWidth: true
            text: box.source ? [box.source.publisher, box.source.date].filter(function(s) { return s !== "" }).join(" · ") : ""
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
        }
        KText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s(8)
            visible: quote.visible
            text: qsTr("In the source's own words:")
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            color: Theme.textMuted
        }
        KText {
            id: quote
            Layout.fillWidth: true
            visible: text !== ""
            text: box.source && box.source.quote !== "" ? "“" + box.source.quote + "”" : ""
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            maximumLineCount: 12
        }
    }
}
