pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// One sector of the industrial system view, on its sector's tint: the
// sector's name, then its industries, clusters, and manufacturers with the
// production bases that name them. Landscape lines them up in the page's
// columns (industry → clusters → manufacturer → bases); portrait stacks
// them, each card saying what it is. The branch without a sector holds
// the manufacturers and bases the content ties to none.
Rectangle {
    id: branch
    property var data_: ({})
    // The four column widths in pixels (landscape), shared with the page's column headings.
    property var columnWidths: [1, 1, 1, 1]
    signal open(string kind, string slug)
    // The section list of *kind*, for the records a column leaves out.
    signal openList(string kind)

    readonly property string sector: branch.data_.sector || ""
    readonly property var industries: branch.data_.industries || []
    readonly property var clusters: branch.data_.clusters || []
    readonly property var makers: branch.data_.makers || []
    readonly property var looseBases: branch.data_.bases || []
    readonly property var linkedMakers: branch.makers.filter(entry => (entry.bases || []).length > 0)
    readonly property var lonelyMakers: branch.makers.filter(entry => (entry.bases || []).length === 0)
    readonly property bool stacked: Theme.portrait
    // Stacked, the manufacturer and base columns share the width equally.
    function widthOf(column: int): real { return branch.stacked ? 1 : branch.columnWidths[column] }

    objectName: "branch-" + (branch.sector || "none")
    radius: Theme.radius
    color: Theme.sectorTint(branch.sector)
    implicitHeight: body.implicitHeight + Theme.s(48)

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.s(24) }
        spacing: Theme.s(16)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.s(16)
            Rectangle {
                Layout.preferredWidth: Theme.s(56)
                Layout.preferredHeight: Theme.s(56)
                radius: width / 2
                color: Theme.surface
                Icon {
                    anchors.centerIn: parent
                    width: parent.width * 0.6
                    height: width
                    name: branch.sector !== "" ? Theme.sectorIcon(branch.sector) : "manufacturers"
                }
            }
            KText {
                Layout.fillWidth: true
                objectName: "branchName"
                text: branch.sector !== "" ? Theme.sectorName(branch.sector, App.language)
                                           : qsTr("Manufacturers and production bases")
                color: Theme.sectorColor(branch.sector)
                font.pixelSize: Theme.fontLead
                font.weight: Font.Bold
                maximumLineCount: 2
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: branch.stacked ? 1 : 3
            columnSpacing: Theme.gap
            rowSpacing: Theme.s(12)

            // Industries.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: branch.widthOf(0)
                Layout.alignment: Qt.AlignTop
                visible: !branch.stacked || branch.industries.length > 0
                spacing: Theme.s(12)
                Repeater {
                    model: branch.industries.length
                    delegate: SystemNode {
                        required property int index
                        Layout.fillWidth: true
                        card: branch.industries[index] || ({})
                        showKind: branch.stacked
                        onClicked: branch.open(card.kind, card.slug)
                    }
                }
            }
            // Clusters (two to a row when stacked).
            GridLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: branch.widthOf(1)
                Layout.alignment: Qt.AlignTop
                visible: !branch.stacked || branch.clusters.length > 0
                columns: branch.stacked ? 2 : 1
                columnSpacing: Theme.s(12)
                rowSpacing: Theme.s(12)
                Repeater {
                    model: branch.clusters.length
                    delegate: SystemNode {
                        required property int index
                        Layout.fillWidth: true
                        Layout.fillHeight: branch.stacked
                        Layout.preferredWidth: 1
                        card: branch.clusters[index] || ({})
                        showKind: branch.stacked
                        onClicked: branch.open(card.kind, card.slug)
                    }
                }
                MoreNode {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    kind: "cluster"
                    count: branch.data_.moreClusters || 0
                    sector: branch.sector
                    onClicked: branch.openList("cluster")
                }
            }
            // Manufacturers with the bases that name them (an arrow between),
            // then, apart, the manufacturers and bases the content pairs with nothing.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: branch.stacked ? 1 : branch.widthOf(2) + branch.widthOf(3) + Theme.gap
                Layout.alignment: Qt.AlignTop
                visible: !branch.stacked || branch.makers.length + branch.looseBases.length > 0
                spacing: Theme.s(12)
                Repeater {
                    model: branch.linkedMakers.length
                    delegate: RowLayout {
                        id: makerRow
                        required property int index
                        readonly property var entry: branch.linkedMakers[index] || ({})
                        readonly property var bases: makerRow.entry.bases || []
                        Layout.fillWidth: true
                        spacing: 0
                        SystemNode {
                            Layout.fillWidth: true
                            Layout.preferredWidth: branch.widthOf(2)
                            Layout.alignment: Qt.AlignTop
                            card: makerRow.entry.maker || ({})
                            showKind: branch.stacked
                            onClicked: branch.open(card.kind, card.slug)
                        }
                        Icon {
                            objectName: "baseLink"
                            Layout.preferredWidth: Theme.gap
                            Layout.preferredHeight: Theme.gap
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: (Theme.minTarget - Theme.gap) / 2
                            name: "back"
                            rotation: 180
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: branch.widthOf(3)
                            Layout.alignment: Qt.AlignTop
                            spacing: Theme.s(12)
                            Repeater {
                                model: makerRow.bases.length
                                delegate: SystemNode {
                                    required property int index
                                    Layout.fillWidth: true
                                    card: makerRow.bases[index] || ({})
                                    showKind: branch.stacked
                                    onClicked: branch.open(card.kind, card.slug)
                                }
                            }
                            MoreNode {
                                Layout.fillWidth: true
                                kind: "base"
                                count: makerRow.entry.moreBases || 0
                                sector: branch.sector
                                onClicked: branch.open("manufacturer", (makerRow.entry.maker || ({})).slug || "")
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: branch.lonelyMakers.length + branch.looseBases.length + (branch.data_.moreMakers || 0) + (branch.data_.moreBases || 0) > 0
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: branch.widthOf(2)
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.s(12)
                        Repeater {
                            model: branch.lonelyMakers.length
                            delegate: SystemNode {
                                required property int index
                                Layout.fillWidth: true
                                card: (branch.lonelyMakers[index] || ({})).maker || ({})
                                showKind: branch.stacked
                                onClicked: branch.open(card.kind, card.slug)
                            }
                        }
                        MoreNode {
                            Layout.fillWidth: true
                            kind: "manufacturer"
                            count: branch.data_.moreMakers || 0
                            sector: branch.sector
                            onClicked: branch.openList("manufacturer")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: branch.widthOf(3)
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.s(12)
                        Repeater {
                            model: branch.looseBases.length
                            delegate: SystemNode {
                                required property int index
                                Layout.fillWidth: true
                                card: branch.looseBases[index] || ({})
                                showKind: branch.stacked
                                onClicked: branch.open(card.kind, card.slug)
                            }
                        }
                        MoreNode {
                            Layout.fillWidth: true
                            kind: "base"
                            count: branch.data_.moreBases || 0
                            sector: branch.sector
                            onClicked: branch.openList("base")
                        }
                    }
                }
            }
        }
    }
}
