pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The attract loop, the hall's poster while nobody uses the kiosk: a picture
// filling the screen cross-fades to the next one every few seconds, the
// zone's name, one key figure at a time counting up, and "touch to start"
// centred in every language. Motion is cheap on a CPU renderer: opacity and
// text only, one change every 7 s, drawn in steps of a timer (about 15 frames
// a second for a 1 s fade and a 1.5 s count-up) rather than by an animation,
// which a renderer without vsync would draw as fast as it can; nothing moves
// in between. Any touch opens Home.
Rectangle {
    id: attract
    objectName: "attractOverlay"
    property var slides: []
    property string zoneTitle: ""
    property string zoneSubtitle: ""
    // The accessibility button's corner (bottom left, this wide and this
    // high): "touch to start" keeps clear of it.
    property real leadingRoom: 0
    property real bottomRoom: 0
    property int current: 0
    property bool frontShowsCurrent: true
    property bool running: visible
    // Whether the full-screen pictures are held (two decoded at the window's
    // size: 16 MB at 1080p). Main.qml holds them from the countdown on, so
    // they are decoded before the loop shows; a visitor's session lets them go.
    property bool keepPictures: visible
    // The images staff chose (setting attract.media, those readable) or, without any,
    // the section pictures (the zone and the kinds of place). A staff video
    // plays over them instead (the Loader below) and they show again when it fails.
    readonly property var designedPictures: ["section/cluster", "section/industry", "section/manufacturer", "section/base", "section/platform", "section/initiative"]
    property var pictures: App.attractPictures.length > 0 ? App.attractPictures : attract.designedPictures
    readonly property var figures: slides.filter(s => s.type === "figure")
    property int figureIndex: 0
    // How far the current figure has counted up, 0..1.
    property real progress: 1
    // How far the incoming picture has faded in, 0..1.
    property real fade: 1
    signal touched()

    color: Theme.primaryDark

    // Takes every touch and click itself, so the finger that wakes the
    // kiosk never also presses whatever lies underneath.
    MultiPointTouchArea {
        anchors.fill: parent
        z: 10
        mouseEnabled: true
        onPressed: attract.touched()
    }

    function pictureAt(i) { return attract.pictures[i % attract.pictures.length] }

    // "1600+" -> {head: "", value: 1600, decimals: 0, group: "", tail: "+"};
    // the separator found between digit groups is kept while counting.
    function parseFigure(text) {
        const m = /^([^\d]*)(\d[\d\s\u00a0\u202f,.']*\d|\d)(.*)$/.exec(text)
        if (!m)
            return null
        const digits = m[2]
        const dot = digits.lastIndexOf(".")
        const decimals = dot >= 0 && digits.length - dot - 1 !== 3 ? digits.length - dot - 1 : 0
        const group = (/\d([\s\u00a0\u202f,'])\d{3}/.exec(digits) || ["", ""])[1]
        const value = decimals > 0 ? parseFloat(digits.slice(0, dot).replace(/\D/g, "") + "." + digits.slice(dot + 1))
                                   : parseFloat(digits.replace(/\D/g, ""))
        return { head: m[1], value: value, decimals: decimals, group: group, tail: m[3] }
    }
    function figureText(text, t) {
        const f = attract.parseFigure(text)
        if (!f || t >= 1 || isNaN(f.value))
            return text
        let body = (f.value * t).toFixed(f.decimals)
        if (f.group !== "") {
            const parts = body.split(".")
            parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, f.group)
            body = parts.join(".")
        }
        return f.head + body + f.tail
    }

    Timer {
        interval: 7000
        repeat: true
        running: attract.running
        onTriggered: {
            attract.current = (attract.current + 1) % attract.pictures.length
            attract.frontShowsCurrent = !attract.frontShowsCurrent
            attract.fade = Theme.lessMotion ? 1 : 0
            stepper.restart()
            attract.showFigure(attract.figureIndex + 1)
        }
    }
    // Shows figure *i* (wrapping), counting up from zero.
    function showFigure(i) {
        if (attract.figures.length === 0)
            return
        attract.figureIndex = i % attract.figures.length
        attract.progress = Theme.lessMotion ? 1 : 0
        stepper.restart()
    }
    // Steps rather than an animation: 15 a second, then stops.
    Timer {
        id: stepper
        interval: 66
        repeat: true
        onTriggered: {
            // Less motion: no cross-fade, no count-up; the next slide simply replaces this one.
            attract.fade = Theme.lessMotion ? 1 : Math.min(1, attract.fade + 1 / 15)
            attract.progress = Theme.lessMotion ? 1 : Math.min(1, attract.progress + 1 / 22)
            if (attract.fade >= 1 && attract.progress >= 1)
                stop()
        }
    }
    onVisibleChanged: if (visible) attract.showFigure(0)

    // Full-screen, drawn at the window's size (capped) ahead of the fade.
    readonly property size drawSize: Qt.size(Math.min(1920, Math.round(width)) || 1, Math.min(1920, Math.round(height)) || 1)
    component Backdrop: Image {
        id: backdrop
        objectName: "picture"
        property string pictureId: ""
        // Not even asked for (drawn, looked up) while the pictures are not kept.
        readonly property string fileUrl: attract.keepPictures ? Art.url(pictureId, attract.drawSize.width, attract.drawSize.height, Art.generation) : ""
        readonly property bool loading: status === Image.Loading || (attract.keepPictures && pictureId !== "" && fileUrl === "")
        anchors.fill: parent
        source: fileUrl
        sourceSize: attract.drawSize
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
    Backdrop {
        id: front
        objectName: "attractPicture"
        pictureId: attract.frontShowsCurrent ? attract.pictureAt(attract.current) : attract.pictureAt(attract.current + attract.pictures.length - 1)
        opacity: attract.frontShowsCurrent ? attract.fade : 1 - attract.fade
        visible: !attract.videoShowing
    }
    Backdrop {
        id: back
        pictureId: attract.frontShowsCurrent ? attract.pictureAt(attract.current + attract.pictures.length - 1) : attract.pictureAt(attract.current)
        opacity: attract.frontShowsCurrent ? 1 - attract.fade : attract.fade
        visible: !attract.videoShowing
    }

    // The staff video, checked by the kiosk first (App.attractVideo), while
    // the loop shows; its file is loaded only then, so a kiosk without one
    // never loads Qt Multimedia and the designed loop is as it was.
    Loader {
        id: video
        objectName: "attractVideoLoader"
        anchors.fill: parent
        active: App.attractVideo !== "" && attract.visible
        source: active ? "AttractVideo.qml" : ""
        asynchronous: false
    }
    // Loaded by file name (not by type, which would load Qt Multimedia with the loop), so untyped here.
    readonly property var videoItem: video.item
    readonly property bool videoShowing: attract.videoItem ? attract.videoItem.showing === true : false

    // Shade at the top and bottom so the white type reads on any picture.
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: parent.height * 0.4
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.primaryDark.r, Theme.primaryDark.g, Theme.primaryDark.b, 0.85) }
            GradientStop { position: 1.0; color: "transparent" }
        }
    }
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: parent.height * 0.62
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 0.45; color: Qt.rgba(Theme.primaryDark.r, Theme.primaryDark.g, Theme.primaryDark.b, 0.8) }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.primaryDark.r, Theme.primaryDark.g, Theme.primaryDark.b, 0.95) }
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin * 1.5 }
        spacing: Theme.s(8)
        KText {
            objectName: "attractZoneTitle"
            Layout.fillWidth: true
            text: attract.zoneTitle
            color: Theme.inkOnPrimary
            font.pixelSize: Theme.portrait ? Theme.fontDisplay : Theme.fontHeading * 1.15
            font.weight: Font.Bold
            maximumLineCount: 3
        }
        KText {
            Layout.fillWidth: true
            text: attract.zoneSubtitle
            color: Theme.inkOnPrimaryMuted
            font.pixelSize: Theme.fontLead
            maximumLineCount: 2
        }
    }

    ColumnLayout {
        id: figureBlock
        objectName: "attractFigure"
        readonly property var figure: attract.figures.length > 0 ? attract.figures[attract.figureIndex % attract.figures.length] : null
        anchors { left: parent.left; right: parent.right; bottom: touchBand.top; margins: Theme.margin * 1.5; bottomMargin: Theme.portrait ? Theme.s(96) : Theme.s(48) }
        spacing: Theme.s(8)
        visible: figure !== null
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.s(16)
            KText {
                objectName: "attractFigureNumber"
                text: figureBlock.figure ? attract.figureText(figureBlock.figure.number, attract.progress) : ""
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.fontFigure * (Theme.portrait ? 2.2 : 1.8)
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
            KText {
                Layout.alignment: Qt.AlignBaseline
                text: figureBlock.figure ? figureBlock.figure.unit : ""
                visible: text !== ""
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
            }
        }
        KText {
            objectName: "attractFigureLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: figureBlock.figure ? figureBlock.figure.title : ""
            color: Theme.inkOnPrimaryMuted
            font.pixelSize: Theme.portrait ? Theme.fontHeading : Theme.fontTitle
            font.weight: Font.DemiBold
            maximumLineCount: 3
        }
    }

    Rectangle {
        id: touchBand
        objectName: "attractCallToAction"
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; 
                  bottomMargin: touchBand.x < attract.leadingRoom ? attract.bottomRoom + Theme.gap : Theme.margin * 1.5 }
        width: Math.min(parent.width - Theme.margin * 3, touchColumn.implicitWidth + Theme.s(88) + Theme.s(32) + Theme.s(80))
        height: Math.max(Theme.minTarget * 1.6, touchColumn.implicitHeight + Theme.s(48))
        radius: Theme.radius * 1.5
        color: Theme.accent

        RowLayout {
            anchors { fill: parent; leftMargin: Theme.s(40); rightMargin: Theme.s(40) }
            spacing: Theme.s(32)
            Icon { Layout.preferredWidth: Theme.s(88); Layout.preferredHeight: Theme.s(88); name: "touch"; light: true }
            ColumnLayout {
                id: touchColumn
                Layout.fillWidth: true
                spacing: Theme.s(4)
                Repeater {
                    model: App.inAllLanguages("AttractOverlay", "Touch the screen to start")
                    delegate: KText {
                        required property var modelData
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.text
                        color: Theme.inkOnPrimary
                        font.pixelSize: Theme.fontLead * 1.25
                        font.weight: Font.Bold
                        maximumLineCount: 2
                    }
                }
            }
        }
    }
    // Keep lupdate aware of the string shown through App.inAllLanguages().
    readonly property string touchToStart: qsTr("Touch the screen to start")
}
