import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// Where a page's facts come from, as one footnote line in the visitor's
// language: "Source: <publisher>, <date>". Tapping it opens the source's
// own sentence beneath (in the source's language); tapping again closes it.
// Without a sentence to show (none, or it is already the page's text) the
// line is just a line.
AbstractButton {
    id: note
    property var source: null
    property bool expanded: false
    readonly property bool present: note.source !== null && note.source !== undefined
    readonly property string quote: note.present ? (note.source.quote || "") : ""

    visible: note.present
    enabled: note.quote !== ""
    focusPolicy: Qt.TabFocus
    hoverEnabled: false
    Accessible.role: Accessible.Button
    Accessible.name: note.line
    Accessible.description: note.expanded ? note.quote : ""
    implicitHeight: note.present ? Math.max(Theme.minTarget, column.implicitHeight + Theme.s(24)) : 0
    onClicked: note.expanded = !note.expanded
    onSourceChanged: note.expanded = false

    // "Source: <publisher>, <date>", the date written in the visitor's language (Content's "credit").
    readonly property string line: note.present && note.source.credit ? qsTr("Source: %1").arg(note.source.credit) : ""
    background: Rectangle {
        color: note.down ? Theme.surfacePressed : "transparent"
        radius: Theme.cardRadius
        Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }
    }
    contentItem: ColumnLayout {
        id: column
        spacing: Theme.s(8)
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.s(12)
            spacing: Theme.s(12)
            Icon { Layout.preferredWidth: Theme.s(28); Layout.preferredHeight: Theme.s(28); name: "sources" }
            KText {
                objectName: "sourceFootnote"
                Layout.fillWidth: true
                text: note.line
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
                maximumLineCount: 3
            }
            Icon {
                visible: note.enabled
                Layout.preferredWidth: Theme.s(32)
                Layout.preferredHeight: Theme.s(32)
                name: "back"
                rotation: note.expanded ? 90 : -90
            }
        }
        KText {
            objectName: "sourceQuote"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.s(40)
            Layout.bottomMargin: Theme.s(12)
            visible: note.expanded && note.quote !== ""
            text: note.source ? (note.source.quoteShown || "") : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            font.italic: true
            maximumLineCount: 20
        }
    }
}
