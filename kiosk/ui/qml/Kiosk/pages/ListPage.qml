pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// A section: every published record of one kind as cards. Clusters can be
// filtered by level and by sector.
Page {
    id: page
    property string kind: "cluster"
    property string level: ""
    property string sector: ""
    pageName: "list-" + kind
    readonly property bool filterable: kind === "cluster"
    readonly property bool oneRow: Theme.largerText && Theme.small
    readonly property var sectorCodes: page.filterable ? Content.sectors("cluster", page.revision) : []

    function resetView() { grid.contentY = 0 }
    // Opened again from Home: no filter, at the top, no rows beyond the first page.
    function reuse() {
        page.level = ""
        page.sector = ""
        page.records.trim()
        grid.positionViewAtBeginning()
    }

    // Python makes the model and deletes it once the page is gone (see
    // kiosk.ui.bridge.models). Made when the page is complete, with its kind,
    // so the grid first sees it with its first rows and opens at the top.
    property RecordListModel records: null
    Component.onCompleted: page.records = Content.listModel(page.kind) as RecordListModel
    Binding { target: page.records; property: "live"; value: page.live }
    Binding { target: page.records; property: "kind"; value: page.kind }
    Binding { target: page.records; property: "level"; value: page.level }
    Binding { target: page.records; property: "sector"; value: page.sector }
    Component.onDestruction: Content.dropModel(page.records)

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin; bottomMargin: 0 }
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            iconName: Theme.kindIcon(page.kind)
            title: Theme.kindName(page.kind, App.language)
            subtitle: page.records ? qsTr("%n entries", "", page.records.total) : ""
        }

        // Filters: level, then sector; chips wrap onto more rows when needed.
        // With larger text on a short screen they would leave no room for the
        // cards: there they stay on one row that scrolls sideways.
        Flickable {
            id: filterStrip
            objectName: "filterStrip"
            Layout.fillWidth: true
            Layout.preferredHeight: filters.height
            visible: page.filterable
            clip: page.oneRow
            interactive: page.oneRow
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: filters.width
            contentHeight: filters.height
        Flow {
            id: filters
            flow: page.oneRow ? Flow.TopToBottom : Flow.LeftToRight
            width: page.oneRow ? implicitWidth : filterStrip.width
            height: page.oneRow ? Theme.minTarget : implicitHeight
            spacing: Theme.s(12)
            Chip { objectName: "filter-level-all"; text: qsTr("All levels"); selected: page.level === ""; onClicked: page.level = "" }
            Chip { objectName: "filter-level-national"; text: Theme.levelName("national", App.language); selected: page.level === "national"; ink: Theme.accent; onClicked: page.level = "national" }
            Chip { objectName: "filter-level-provincial"; text: Theme.levelName("provincial", App.language); selected: page.level === "provincial"; onClicked: page.level = "provincial" }
            Item { width: Theme.s(24); height: 1 }
            Chip { objectName: "filter-sector-all"; text: qsTr("All sectors"); selected: page.sector === ""; onClicked: page.sector = "" }
            Repeater {
                model: page.sectorCodes.length
                delegate: Chip {
                    required property int index
                    readonly property string modelData: page.sectorCodes[index] || ""
                    objectName: "filter-sector-" + modelData
                    text: Theme.sectorName(modelData, App.language)
                    selected: page.sector === modelData
                    ink: Theme.sectorColor(modelData)
                    onClicked: page.sector = modelData
                }
            }
        }
        }

        GridView {
            id: grid
            objectName: "recordGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.records
            readonly property int columns: Theme.portrait ? 1 : 2
            cellWidth: Math.floor(width / columns)
            cellHeight: Theme.cardHeight + Theme.gap
            boundsBehavior: Flickable.StopAtBounds
            flickDeceleration: 2500
            maximumFlickVelocity: 6000
            cacheBuffer: Theme.s(600)
            delegate: Item {
                id: cell
                required property int index
                required property string kind
                required property string slug
                required property string title
                required property bool titleFallback
                required property string titleLang
                required property string summary
                required property string sector
                required property string level
                required property string clusterKind
                required property string media
                width: grid.cellWidth
                height: grid.cellHeight
                RecordCard {
                    objectName: "card-" + cell.slug
                    anchors { fill: parent; rightMargin: Theme.gap; bottomMargin: Theme.gap }
                    kind: cell.kind
                    slug: cell.slug
                    title: cell.title
                    titleFallback: cell.titleFallback
                    titleLang: cell.titleLang
                    summary: cell.summary
                    sector: cell.sector
                    level: cell.level
                    clusterKind: cell.clusterKind
                    media: cell.media
                    pictureShown: page.keepsPictures
                    onClicked: page.openRecord(cell.kind, cell.slug)
                }
            }
            KText {
                anchors.centerIn: parent
                visible: page.records !== null && page.records.count === 0
                text: qsTr("Nothing to show here yet.")
                color: Theme.textMuted
            }
        }
    }
}
