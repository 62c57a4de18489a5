import QtQuick
import QtQuick.Layouts
import Kiosk

// A QR code for the record's web address, with a line saying what it is.
// Nothing at all is shown when the record has no address.
Rectangle {
    id: box
    property string url: ""
    visible: url !== ""
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    implicitHeight: visible ? column.implicitHeight + Theme.s(48) : 0

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.s(24) }
        spacing: Theme.s(12)
        Image {
            objectName: "qrCode"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.s(260)
            Layout.preferredHeight: Theme.s(260)
            source: box.url !== "" ? "image://qr/" + encodeURIComponent(box.url) : ""
            sourceSize.width: Theme.s(260)
            sourceSize.height: Theme.s(260)
            smooth: false
        }
        KText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Scan to open this page on your phone")
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
        }
    }
}
