pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The innovative industrial system: the zone's key figures, then one band
// per sector with its industries, clusters, manufacturers and production
// bases, as the content relates them (Content.system). Every card opens
// its record. The bands rise in one after another on entry, unless the
// visitor asked for less motion.
Page {
    id: page
    pageName: "system"
    readonly property var view: Content.system(page.revision)
    readonly property var figures: page.view.figures || []
    readonly property var branches: page.view.branches || []
    // Landscape columns: industries, clusters, manufacturers, bases (shares of the width inside a band).
    readonly property var shares: [22, 34, 22, 22]
    // Wide screens: the width of the figures' column at the left.
    readonly property real figureColumn: Math.round(column.width * 0.2)
    readonly property real bandInside: (Theme.portrait ? column.width : column.width - page.figureColumn - Theme.gap) - Theme.s(48)
    readonly property var columnWidths: page.shares.map(share => Math.floor((page.bandInside - 3 * Theme.gap) * share / 100))
    readonly property bool animated: Theme.pageDuration > 0 && !Access.lessMotion

    // 0 → 1 while the bands come in; each band starts a step after the one above.
    property real reveal: page.animated ? 0 : 1
    NumberAnimation on reveal {
        id: entrance
        running: false
        from: 0
        to: 1
        duration: 250 + 120 * (page.branches.length + 1)
        easing.type: Easing.OutCubic
    }
    // The entrance starts with the page's first frame, not when it is made:
    // on a slow machine making it would use up most of the movement.
    StackView.onActivating: {
        if (page.animated && page.reveal === 0 && page.Window.window)
            page.Window.window.frameSwapped.connect(page.beginEntrance)
    }
    function beginEntrance() {
        page.Window.window.frameSwapped.disconnect(page.beginEntrance)
        entrance.start()
    }
    // Less motion asked for while the bands were still coming in: show them at once.
    onAnimatedChanged: if (!page.animated) { entrance.stop(); page.reveal = 1 }

    function resetView() { flick.contentY = 0 }
    function shown(step: int): real {
        const steps = page.branches.length + 2
        return Math.max(0, Math.min(1, page.reveal * steps - step * 0.8))
    }

    Flickable {
        id: flick
        objectName: "systemView"
        anchors.fill: parent
        contentHeight: column.height + Theme.gap * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.gap
            width: flick.width - Theme.margin * 2
            spacing: Theme.gap

            PageHeader {
                Layout.fillWidth: true
                iconName: "platforms"
                title: qsTr("Innovative industrial system")
                subtitle: qsTr("Industries, their clusters, manufacturers and production bases, as the content links them. Tap any name to read more.")
            }

            // Wide screens: the figures in a column at the left, the system beside them;
            // portrait: the figures above it.
            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                // The key figures, number and unit on one baseline.
                GridLayout {
                    objectName: "systemFigures"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.portrait ? 1 : page.figureColumn
                    Layout.alignment: Qt.AlignTop
                    Layout.fillHeight: false
                    visible: page.figures.length > 0
                    columns: Theme.portrait ? 3 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    opacity: page.shown(0)
                    Repeater {
                        model: page.figures.length
                        delegate: Rectangle {
                            id: figure
                            required property int index
                            readonly property var modelData: page.figures[index] || ({})
                            Layout.fillWidth: true
                            Layout.fillHeight: Theme.portrait  // a row of cards one height; a column each its own
                            Layout.preferredWidth: 1
                            implicitHeight: figureWords.implicitHeight + Theme.s(32)
                            radius: Theme.cardRadius
                            color: Theme.surface
                            border.color: Theme.divider
                            ColumnLayout {
                                id: figureWords
                                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.s(16); leftMargin: Theme.s(20) }
                                spacing: Theme.s(2)
                                // Number and unit on one line, the unit under the number when there is no room.
                                Flow {
                                    Layout.fillWidth: true
                                    spacing: Theme.s(8)
                                    KText {
                                        id: figureNumber
                                        objectName: "figureNumber"
                                        text: figure.modelData.number || ""
                                        color: Theme.primary
                                        font.pixelSize: Theme.fontHeading
                                        font.weight: Font.Bold
                                        wrapMode: Text.NoWrap
                                        elide: Text.ElideNone
                                    }
                                    KText {
                                        objectName: "figureUnit"
                                        visible: text !== ""
                                        height: figureNumber.height
                                        verticalAlignment: Text.AlignBottom
                                        bottomPadding: figureNumber.height - figureNumber.baselineOffset - Theme.s(2)
                                        text: figure.modelData.unit || ""
                                        color: Theme.primary
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.Bold
                                        wrapMode: Text.NoWrap
                                        elide: Text.ElideNone
                                    }
                                }
                                KText {
                                    Layout.fillWidth: true
                                    text: figure.modelData.label || ""
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontCaption
                                    maximumLineCount: 4
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    id: system
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.portrait ? 1 : column.width - page.figureColumn - Theme.gap
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap

                    // Column headings (landscape): what each column holds, in the order they lead to one another.
                    RowLayout {
                        objectName: "systemColumns"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.s(24)
                        Layout.rightMargin: Theme.s(24)
                        visible: !Theme.portrait
                        spacing: Theme.gap
                        opacity: page.shown(1)
                        Repeater {
                            model: ["industry", "cluster", "manufacturer", "base"]
                            delegate: RowLayout {
                                id: heading
                                required property string modelData
                                required property int index
                                Layout.fillWidth: true
                                Layout.preferredWidth: page.columnWidths[heading.index]
                                spacing: Theme.s(8)
                                Icon { Layout.preferredWidth: Theme.s(36); Layout.preferredHeight: Theme.s(36); name: Theme.kindIcon(heading.modelData) }
                                KText {
                                    Layout.fillWidth: true
                                    text: Theme.kindShortName(heading.modelData, App.language)  // the short names: one word a column
                                    color: Theme.primary
                                    font.pixelSize: Theme.fontCaption
                                    font.weight: Font.Bold
                                    maximumLineCount: 2
                                }
                                Icon {
                                    visible: heading.index < 3
                                    Layout.preferredWidth: Theme.s(28)
                                    Layout.preferredHeight: Theme.s(28)
                                    name: "back"
                                    rotation: 180
                                }
                            }
                        }
                    }

                    // The bands are built after the page's first frame, one by one
                    // (an asynchronous Loader each), so that the page opens at once.
                    Repeater {
                        model: page.branches.length
                        delegate: Loader {
                            id: band
                            required property int index
                            objectName: "band-" + band.index
                            Layout.fillWidth: true
                            Layout.preferredHeight: band.item ? (band.item as Item).implicitHeight : Theme.minTarget
                            asynchronous: true
                            opacity: page.shown(band.index + 2)
                            transform: Translate { y: (1 - band.opacity) * Theme.s(48) }
                            sourceComponent: SystemBranch {
                                width: band.width
                                data_: page.branches[band.index] || ({})
                                columnWidths: page.columnWidths
                                onOpen: (kind, slug) => page.openRecord(kind, slug)
                                onOpenList: (kind) => page.openSection(kind)
                            }
                        }
                    }
                }
            }
        }
    }
}
