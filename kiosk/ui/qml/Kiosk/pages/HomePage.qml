pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// Home: the zone in one screen. What Jiaozhou is, its key figures large,
// and big tiles to every section.
Page {
    id: home
    pageName: "home"
    readonly property var view: Content.home(home.revision)

    function resetView() { flick.contentY = 0 }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.gap


            // The zone: who and what (two columns on a wide screen).
            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.gap * 3
                rowSpacing: Theme.s(8)
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 30
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.s(4)
                    KText {
                        Layout.fillWidth: true
                        // On a wide screen the top bar already says it.
                        visible: Theme.portrait
                        text: home.view.zoneSubtitle
                        color: Theme.accent
                        font.pixelSize: Theme.portrait ? Theme.fontLead : Theme.fontBody
                        font.weight: Font.Bold
                        maximumLineCount: 3
                    }
                    KText {
                        Layout.fillWidth: true
                        objectName: "homeTitle"
                        text: home.view.zoneTitle
                        color: Theme.primary
                        font.pixelSize: Theme.portrait ? Theme.fontDisplay : Theme.fontHeading * 1.15
                        font.weight: Font.Bold
                        lineHeightMode: Text.FixedHeight
                        lineHeight: Math.round(font.pixelSize * 1.2)
                        maximumLineCount: 2
                    }
                }
                KText {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 70
                    Layout.alignment: Qt.AlignVCenter
                    text: home.view.zoneSummary
                    font.pixelSize: Theme.fontLead
                    maximumLineCount: 5
                }
            }

            // Key figures: the numbers are the story.
            GridLayout {
                id: figures
                objectName: "figures"
                Layout.fillWidth: true
                columns: Theme.portrait ? 2 : 5
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                // A count, not the list: a language switch then updates the
                // cards in place instead of building them again.
                Repeater {
                    model: home.view.figures ? home.view.figures.length : 0
                    delegate: FigureCard {
                        required property int index
                        readonly property var modelData: home.view.figures[index] || ({})
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        Layout.columnSpan: Theme.portrait && index === 0 ? 2 : 1
                        number: modelData.number
                        unit: modelData.unit
                        label: modelData.label
                        emphasis: index === 0
                    }
                }
            }

            // Sections, one big tile each.
            GridLayout {
                objectName: "sections"
                Layout.fillWidth: true
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
                        kind: modelData.kind
                        label: Theme.kindName(modelData.kind, App.language)
                        count: modelData.count
                        iconName: Theme.kindIcon(modelData.kind)
                        onClicked: home.openSection(modelData.kind)
                    }
                }
            }
        }
    }
}
