import QtQuick
import QtQuick.Layouts
import Kiosk

// The heading of a list or search page: icon, title, a line under it.
RowLayout {
    id: header
    property string iconName: "image"
    property string title: ""
    property string subtitle: ""
    property color ink: Theme.primary
    property color tint: Theme.sectorTint("")
    spacing: Theme.s(24)

    Rectangle {
        Layout.preferredWidth: Theme.s(96)
        Layout.preferredHeight: Theme.s(96)
        Layout.alignment: Qt.AlignTop
        radius: width / 2
        color: header.tint
        Icon { anchors.centerIn: parent; width: parent.width * 0.56; height: width; name: header.iconName }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.s(4)
        KText {
            Layout.fillWidth: true
            objectName: "pageTitle"
            text: header.title
            color: header.ink
            font.pixelSize: Theme.fontHeading
            font.weight: Font.Bold
            maximumLineCount: 2
        }
        KText {
            Layout.fillWidth: true
            visible: text !== ""
            text: header.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            maximumLineCount: 2
        }
    }
}
