import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// "12 more": what a column of the industrial system view leaves out, one
// tap from the list (or page) that has them all. Hidden when nothing is left out.
AbstractButton {
    id: more
    property string kind: ""
    property string sector: ""
    property int count: 0

    objectName: "more-" + more.kind + "-" + (more.sector || "none")
    visible: more.count > 0
    text: qsTr("%n more", "", more.count)
    Accessible.name: more.text
    implicitHeight: Theme.minTarget
    implicitWidth: Theme.s(240)
    focusPolicy: Qt.NoFocus
    hoverEnabled: false

    background: Rectangle {
        radius: Theme.cardRadius
        color: more.down ? Theme.surfacePressed : "transparent"
        border.color: Theme.sectorColor(more.sector)
        border.width: Theme.s(2)
    }
    contentItem: Item {
        RowLayout {
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: Theme.s(24); rightMargin: Theme.s(16) }
            spacing: Theme.s(12)
            KText {
                Layout.fillWidth: true
                text: more.text
                color: Theme.sectorColor(more.sector)
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                maximumLineCount: 2
            }
            Icon { Layout.preferredWidth: Theme.s(28); Layout.preferredHeight: Theme.s(28); name: "back"; rotation: 180 }
        }
    }
}
