pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The attract loop, shown while nobody uses the kiosk: highlights from the
// content cross-fade slowly (two layers, one opacity animation every few
// seconds: cheap on a CPU renderer), and "touch to start" in every
// language. Any touch opens Home.
Rectangle {
    id: attract
    objectName: "attractOverlay"
    property var slides: []
    property string zoneTitle: ""
    property string zoneSubtitle: ""
    property int current: 0
    property bool frontShowsCurrent: true
    property bool running: visible
    signal touched()

    gradient: Gradient {
        GradientStop { position: 0.0; color: Theme.primary }
        GradientStop { position: 1.0; color: Theme.primaryDark }
    }

    // Takes every touch and click itself, so the finger that wakes the
    // kiosk never also presses whatever lies underneath.
    MultiPointTouchArea {
        anchors.fill: parent
        mouseEnabled: true
        onPressed: attract.touched()
    }

    function slideAt(i) { return attract.slides.length > 0 ? attract.slides[i % attract.slides.length] : null }

    Timer {
        interval: 7000
        repeat: true
        running: attract.running && attract.slides.length > 1
        onTriggered: {
            attract.current = (attract.current + 1) % attract.slides.length
            attract.frontShowsCurrent = !attract.frontShowsCurrent
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin * 1.5 }
        spacing: Theme.s(8)
        KText {
            Layout.fillWidth: true
            text: attract.zoneTitle
            color: Theme.inkOnPrimary
            font.pixelSize: Theme.fontHeading
            font.weight: Font.Bold
            maximumLineCount: 2
        }
        KText {
            Layout.fillWidth: true
            text: attract.zoneSubtitle
            color: Theme.inkOnPrimaryMuted
            font.pixelSize: Theme.fontLead
            maximumLineCount: 2
        }
    }

    Item {
        id: stage
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin * 1.5 }
        height: parent.height * 0.45

        component Slide: Item {
            id: slide
            property var slideData: null
            anchors.fill: parent
            ColumnLayout {
                anchors.centerIn: parent
                width: slide.width
                spacing: Theme.s(16)
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    visible: slide.slideData !== null && slide.slideData.number === ""
                    Layout.preferredWidth: Theme.s(160)
                    Layout.preferredHeight: Theme.s(160)
                    radius: width / 2
                    color: Theme.inkOnPrimary
                    Icon {
                        anchors.centerIn: parent
                        width: parent.width * 0.56; height: width
                        name: slide.slideData ? Theme.recordIcon(slide.slideData.type, slide.slideData.sector) : "image"
                    }
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: slide.slideData !== null && slide.slideData.number !== ""
                    text: slide.slideData ? slide.slideData.number + (slide.slideData.unit !== "" ? " " + slide.slideData.unit : "") : ""
                    color: Theme.inkOnPrimary
                    font.pixelSize: Theme.fontFigure * 1.6
                    font.weight: Font.Bold
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontHeading
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: slide.slideData ? (slide.slideData.number === "" ? Theme.kindSingular(slide.slideData.type, App.language) : "") : ""
                    visible: text !== ""
                    color: Theme.inkOnPrimaryMuted
                    font.pixelSize: Theme.fontLead
                }
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: slide.slideData ? slide.slideData.title : ""
                    color: Theme.inkOnPrimary
                    font.pixelSize: slide.slideData && slide.slideData.number !== "" ? Theme.fontTitle : Theme.fontHeading
                    font.weight: Font.DemiBold
                    maximumLineCount: 3
                }
            }
        }

        Slide {
            id: front
            slideData: attract.frontShowsCurrent ? attract.slideAt(attract.current) : attract.slideAt(attract.current + attract.slides.length - 1)
            opacity: attract.frontShowsCurrent ? 1 : 0
            Behavior on opacity { OpacityAnimator { duration: 1200; easing.type: Easing.InOutQuad } }
        }
        Slide {
            id: back
            slideData: attract.frontShowsCurrent ? attract.slideAt(attract.current + attract.slides.length - 1) : attract.slideAt(attract.current)
            opacity: attract.frontShowsCurrent ? 0 : 1
            Behavior on opacity { OpacityAnimator { duration: 1200; easing.type: Easing.InOutQuad } }
        }
    }

    Rectangle {
        id: touchBand
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin * 1.5 }
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
                        text: modelData.text
                        color: Theme.inkOnPrimary
                        font.pixelSize: Theme.fontLead
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
