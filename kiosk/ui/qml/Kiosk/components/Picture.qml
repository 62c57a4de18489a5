import QtQuick
import Kiosk
import Kiosk.Bridge

// A record's picture, edge to edge: the photo staff added or, without one,
// the record's own illustration (kiosk.art), both cropped to fill. Drawn
// ahead of time into the data folder (Art) and loaded off the GUI thread;
// the sector tint shows for the moment before it is ready, never a blank box.
// A photo is cropped around its focal point ("x,y" in 0..1, staff set it in
// the console); its description in words is what read-aloud speaks.
Rectangle {
    id: picture
    property string kind: ""
    property string slug: ""
    property string sector: ""
    property string media: ""
    property string mediaFocus: ""
    property string alt: ""
    // A Home section tile's picture instead of a record's.
    property string section: ""
    // The pixel size it is drawn at (one of Theme's art sizes).
    property size drawSize: Theme.artCard
    // False: nothing decoded (an unseen page); the tint shows, the picture loads again when true.
    property bool shown: true
    readonly property bool hasPhoto: App.mediaUrl(media) !== ""
    readonly property string pictureId: picture.hasPhoto ? "media/" + picture.media + (picture.mediaFocus !== "" ? "@" + picture.mediaFocus : "")
        : picture.section !== "" ? "section/" + picture.section
        : picture.slug !== "" ? picture.kind + "/" + picture.slug + "/" + picture.sector : ""

    color: Theme.sectorTint(sector)
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: picture.hasPhoto ? picture.alt : ""
    Accessible.ignored: !picture.hasPhoto || picture.alt === ""

    Image {
        objectName: "picture"
        readonly property string pictureId: picture.pictureId
        readonly property string fileUrl: Art.url(picture.pictureId, picture.drawSize.width, picture.drawSize.height, Art.generation)
        // For the tour and the tests, which wait for pictures before a screenshot.
        readonly property bool loading: picture.shown && (status === Image.Loading || (pictureId !== "" && fileUrl === ""))
        readonly property bool ready: status === Image.Ready
        anchors.fill: parent
        source: picture.shown ? fileUrl : ""
        sourceSize: picture.drawSize
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.pageDuration } }
    }
}
