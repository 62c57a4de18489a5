pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// One record's page, composed like an exhibit label: the hero (its picture
// edge to edge and its title), what it is as large chips, the text set
// large, related records as picture cards, the source as a footnote, and a
// strip of more records from the same sector.
Page {
    id: page
    property string kind: ""
    property string slug: ""
    pageName: "detail-" + kind + "-" + slug
    readonly property var record: Content.detail(page.kind, page.slug, page.revision)
    readonly property bool found: record.slug !== undefined
    readonly property bool wide: !Theme.portrait
    readonly property color ink: Theme.sectorColor(record.sector || "")
    readonly property color tint: Theme.sectorTint(record.sector || "")
    readonly property var related: record.related || []
    // The strip leaves out what the related cards already show. Read once
    // the first frame is out, like the strip itself.
    readonly property var more: {
        if (!page.firstFrameShown)
            return []
        const shown = page.related.map(card => card.kind + "/" + card.slug)
        return Content.more(page.kind, page.slug, page.revision).filter(card => shown.indexOf(card.kind + "/" + card.slug) < 0)
    }
    // The strip's sector: a base's comes from its manufacturer (as in Catalogue.more_like).
    readonly property string stripSector: page.record.sector
        || (page.kind === "base" && page.related.length > 0 ? page.related[0].sector || "" : "")
    // A record with a web address shows it as a QR code (built just after the first frame).
    readonly property bool showsQr: (page.record.webUrl || "") !== ""
    readonly property bool hasSide: page.related.length > 0 || page.showsQr
    readonly property int stripColumns: Theme.portrait || Theme.small ? 3 : 4

    function resetView() { flick.contentY = 0 }

    // The related cards, the QR code and the strip are most of what a
    // record page costs to make (about 10 ms of 25 on the kiosk PC); they
    // are built once the page's first frame is out, while the page fades
    // in, so the tap answers at once and they are in place before the fade
    // has got far.
    property bool firstFrameShown: false
    Connections {
        target: page.Window.window
        enabled: !page.firstFrameShown
        function onFrameSwapped() { page.firstFrameShown = true }
    }

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

            // The hero: picture and title, side by side on a wide screen.
            Rectangle {
                objectName: "detailHero"
                Layout.fillWidth: true
                Layout.preferredHeight: page.wide ? Math.max(Theme.s(420), heading.implicitHeight + Theme.s(80))
                                                  : Theme.s(520) + heading.implicitHeight + Theme.s(64)
                radius: Theme.cardRadius
                color: page.tint
                Picture {
                    id: hero
                    objectName: "heroPicture"
                    x: 0
                    y: 0
                    width: page.wide ? Math.round(parent.width * 0.52) : parent.width
                    height: page.wide ? parent.height : Theme.s(520)
                    radius: Theme.cardRadius
                    kind: page.record.kind || ""
                    slug: page.record.slug || ""
                    sector: page.record.sector || ""
                    media: page.record.media || ""
                    mediaFocus: page.record.mediaFocus || ""
                    alt: page.record.mediaAlt || ""
                    drawSize: Theme.artHero
                    shown: page.keepsPictures
                }
                ColumnLayout {
                    id: heading
                    anchors {
                        left: page.wide ? hero.right : parent.left
                        right: parent.right
                        top: page.wide ? undefined : hero.bottom
                        verticalCenter: page.wide ? parent.verticalCenter : undefined
                        margins: Theme.s(40)
                        topMargin: page.wide ? 0 : Theme.s(32)
                    }
                    spacing: Theme.s(12)
                    KText {
                        Layout.fillWidth: true
                        text: Theme.kindSingular(page.record.kind || "", App.language)
                        color: page.ink
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Bold
                        maximumLineCount: 1
                    }
                    KText {
                        Layout.fillWidth: true
                        objectName: "detailTitle"
                        text: page.found ? page.record.title : qsTr("This entry is no longer available.")
                        color: Theme.text
                        font.pixelSize: Theme.fontHeading
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                        maximumLineCount: 6
                    }
                    KText {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.record.subtitle || ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontLead
                        maximumLineCount: 3
                    }
                }
            }

            // What it is, as large chips.
            Flow {
                objectName: "facts"
                Layout.fillWidth: true
                spacing: Theme.s(12)
                visible: page.found
                FactChip {
                    text: Theme.levelName(page.record.level || "", App.language)
                    fill: page.record.level === "national" ? Theme.accent : Theme.primary
                    ink: Theme.inkOnPrimary
                }
                FactChip {
                    text: Theme.sectorName(page.record.sector || "", App.language)
                    iconName: Theme.sectorIcon(page.record.sector || "")
                    fill: page.tint
                    ink: page.ink
                }
                FactChip {
                    // Only "leading county" says more than the kind already does.
                    text: page.record.clusterKind === "leading_county" ? Theme.clusterKindName("leading_county", App.language) : ""
                    ink: page.ink
                }
                FactChip {
                    // A cluster's manufacturers, counted; elsewhere the cards say it.
                    text: page.record.kind === "cluster" && page.related.length > 0
                          ? Theme.kindName(page.related[0].kind, App.language) + ": " + page.related.length : ""
                    iconName: page.related.length > 0 ? Theme.kindIcon(page.related[0].kind) : ""
                }
                FactChip {
                    visible: page.record.titleFallback === true
                    text: Theme.languageTag(page.record.titleLang || "")
                    ink: Theme.textMuted
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide && page.hasSide ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap

                // The text, large, and where it comes from.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 3
                    spacing: Theme.gap
                    KText {
                        Layout.fillWidth: true
                        visible: text !== ""
                        objectName: "detailSummary"
                        text: page.record.summary || ""
                        font.pixelSize: Theme.fontLead
                        lineHeight: 1.15
                        maximumLineCount: 40
                    }
                    KText {
                        Layout.fillWidth: true
                        visible: text !== ""
                        objectName: "detailBody"
                        text: page.kind === "statement" ? (page.record.bodyQuoted || "") : (page.record.body || "")
                        font.pixelSize: Theme.fontLead
                        lineHeight: 1.15
                        maximumLineCount: 200
                    }
                    SourceNote {
                        objectName: "sourceNote"
                        Layout.fillWidth: true
                        source: page.record.source || null
                    }
                }

                // Related records as picture cards, and the QR code: built
                // just after the page's first frame (see firstFrameShown).
                Loader {
                    objectName: "detailSide"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 2
                    visible: page.hasSide
                    active: page.hasSide && page.firstFrameShown
                    asynchronous: true
                    sourceComponent: ColumnLayout {
                        spacing: Theme.gap
                        KText {
                            Layout.fillWidth: true
                            visible: page.related.length > 0
                            text: page.kind === "base" ? qsTr("Manufacturer") : (page.kind === "industry" ? qsTr("Clusters in this industry") : qsTr("Related"))
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.Bold
                            color: Theme.primary
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            visible: page.related.length > 0
                            columns: page.wide ? 2 : 3
                            columnSpacing: Theme.gap
                            rowSpacing: Theme.gap
                            // A count, not the list: a language switch updates the
                            // cards in place instead of building them again.
                            Repeater {
                                model: page.related.length
                                delegate: PictureCard {
                                    required property int index
                                    readonly property var modelData: page.related[index] || ({})
                                    objectName: "related-" + modelData.slug
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    Layout.preferredWidth: 1
                                    // One card stays card-sized instead of filling the column.
                                    Layout.maximumWidth: Theme.s(420)
                                    kind: modelData.kind || ""
                                    slug: modelData.slug || ""
                                    title: modelData.title || ""
                                    sector: modelData.sector || ""
                                    media: modelData.media || ""
                                    pictureShown: page.keepsPictures
                                    onClicked: page.openRecord(modelData.kind, modelData.slug)
                                }
                            }
                        }
                        QrBox { Layout.fillWidth: true; url: page.record.webUrl || "" }
                    }
                }
            }

            // More from the same sector (or, without one, of the same kind),
            // below the text: built after the first frame too.
            Loader {
                objectName: "moreLoader"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                visible: page.more.length > 0
                active: page.more.length > 0 && page.firstFrameShown
                asynchronous: true
                sourceComponent: ColumnLayout {
                    id: strip
                    spacing: Theme.gap
                    KText {
                        Layout.fillWidth: true
                        text: page.stripSector !== "" ? qsTr("More in this sector") : qsTr("More to explore")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                    GridLayout {
                        objectName: "moreStrip"
                        Layout.fillWidth: true
                        columns: page.stripColumns
                        columnSpacing: Theme.gap
                        Repeater {
                            model: Math.min(page.stripColumns, page.more.length)
                            delegate: PictureCard {
                                required property int index
                                readonly property var modelData: page.more[index] || ({})
                                objectName: "more-" + modelData.slug
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                Layout.preferredWidth: 1
                                Layout.maximumWidth: (strip.width - Theme.gap * (page.stripColumns - 1)) / page.stripColumns
                                kind: modelData.kind || ""
                                slug: modelData.slug || ""
                                title: modelData.title || ""
                                sector: modelData.sector || ""
                                media: modelData.media || ""
                                pictureShown: page.keepsPictures
                                onClicked: page.openRecord(modelData.kind, modelData.slug)
                            }
                        }
                    }
                }
            }
        }
    }
}
