import QtQuick
import Kiosk
import Kiosk.Bridge

// A record's picture: the photo staff added, or a designed placeholder in
// the record's sector tint with its line icon, never a blank box.
Rectangle {
    id: picture
    property string kind: ""
    property string sector: ""
    property string media: ""
    readonly property string photo: App.mediaUrl(media)

    radius: Theme.radius * 0.75
    color: Theme.sectorTint(sector)
    clip: true

    Icon {
        anchors.centerIn: parent
        visible: picture.photo === ""
        width: Math.min(parent.width, parent.height) * 0.5
        height: width
        name: Theme.recordIcon(picture.kind, picture.sector)
    }
    Image {
        anchors.fill: parent
        visible: picture.photo !== ""
        source: picture.photo
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        sourceSize.width: width
    }
}
