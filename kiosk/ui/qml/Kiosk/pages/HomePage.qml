pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// Home: the zone in one screen. A hero with what Jiaozhou is and its
// headline figure, the other figures on one line, and a tile with an
// illustration for every section; all of it above the bottom bar.
Page {
    id: home
    pageName: "home"
    readonly property var view: Content.home(home.revision)
    readonly property var figures: home.view.figures || []
    readonly property var headline: home.figures.length > 0 ? home.figures[0] : ({})

    function resetView() { flick.contentY = 0 }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.height + Theme.gap * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.gap
            width: flick.width - Theme.margin * 2
            // The tiles take what is left of the screen; the page scrolls
            // only if even their smallest size does not fit.
            height: Math.max(implicitHeight, flick.height - Theme.gap * 2)
            spacing: Theme.gap

            // The hero: who and what, and the headline figure.
            GridLayout {
                objectName: "homeHero"
                Layout.fillWidth: true
                Layout.fillHeight: false
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 64
                    Layout.alignment: Qt.AlignVCenter
                    spacing: Theme.portrait ? Theme.s(8) : 0  // the link beside the title gives the air
                    // No subtitle line: the top bar says it on a wide screen, and the
                    // summary's first words say it in portrait.
                    // The zone's name, and beside it the way into its industrial system.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        KText {
                            Layout.fillWidth: true
                            objectName: "homeTitle"
                            text: home.view.zoneTitle || ""
                            color: Theme.primary
                            font.pixelSize: Theme.portrait ? Theme.fontDisplay : Theme.fontHeading * 1.15
                            font.weight: Font.Bold
                            lineHeightMode: Text.FixedHeight
                            lineHeight: Math.round(font.pixelSize * 1.2)
                            // Wide screens: the top bar says it too, and Home has no line to spare.
                            maximumLineCount: Theme.portrait ? 2 : 1
                        }
                        LinkButton {
                            objectName: "systemLink"
                            // Portrait: in the headline figure's card instead, where there is room.
                            visible: !Theme.portrait
                            Layout.maximumWidth: Math.round(home.width * 0.25)
                            iconName: "platforms"
                            text: qsTr("Industrial system")
                            onClicked: home.openSection("system")
                        }
                    }
                    KText {
                        Layout.fillWidth: true
                        objectName: "homeSummary"
                        text: home.view.zoneSummary || ""
                        font.pixelSize: Theme.small ? Theme.fontBody : Theme.fontLead
                        maximumLineCount: Theme.portrait ? 5 : 4
                    }
                }
                FigureCard {
                    objectName: "headlineFigure"
                    Layout.fillWidth: true
                    Layout.fillHeight: !Theme.portrait
                    Layout.preferredWidth: 36
                    visible: home.figures.length > 0
                    emphasis: true
                    number: home.headline.number || ""
                    unit: home.headline.unit || ""
                    label: home.headline.label || ""
                    reserve: portraitLink.visible ? portraitLink.width + Theme.gap : 0
                    LinkButton {
                        id: portraitLink
                        objectName: "systemLink"
                        visible: Theme.portrait
                        anchors { right: parent.right; top: parent.top; margins: Theme.s(24) }
                        width: Math.min(implicitWidth, parent.width * 0.45)
                        iconName: "platforms"
                        text: qsTr("Industrial system")
                        onClicked: home.openSection("system")
                    }
                }
            }

            // The other key figures, number and unit on one baseline.
            GridLayout {
                id: figures
                objectName: "figures"
                Layout.fillWidth: true
                Layout.fillHeight: false
                visible: home.figures.length > 1
                columns: Theme.portrait ? 2 : 4
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                // A count, not the list: a language switch then updates the
                // cards in place instead of building them again.
                Repeater {
                    model: Math.max(0, home.figures.length - 1)
                    delegate: FigureCard {
                        required property int index
                        readonly property var modelData: home.figures[index + 1] || ({})
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        number: modelData.number || ""
                        unit: modelData.unit || ""
                        label: modelData.label || ""
                    }
                }
            }

            // Sections, one tile with a picture each.
            GridLayout {
                objectName: "sections"
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: Theme.portrait ? 3 : 6
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: home.view.sections ? home.view.sections.length : 0
                    delegate: Tile {
                        required property int index
                        readonly property var modelData: home.view.sections[index] || ({})
                        objectName: "tile-" + modelData.kind
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        Layout.minimumHeight: implicitHeight
                        kind: modelData.kind
                        label: Theme.kindShortName(modelData.kind, App.language)
                        count: modelData.count
                        onClicked: home.openSection(modelData.kind)
                    }
                }
            }
        }
    }
}
