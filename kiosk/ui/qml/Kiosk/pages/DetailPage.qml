pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// One record's page: a header in its sector's tint, what the source says,
// related records, the source itself, a QR code when there is an address.
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

            // Header band.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: header.implicitHeight + Theme.s(64)
                radius: Theme.radius * 1.5
                color: page.tint
                RowLayout {
                    id: header
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(32) }
                    spacing: Theme.s(32)
                    Picture {
                        Layout.preferredWidth: page.wide ? Theme.s(280) : Theme.s(200)
                        Layout.preferredHeight: Layout.preferredWidth * 0.75
                        Layout.alignment: Qt.AlignTop
                        kind: page.record.kind || ""
                        sector: page.record.sector || ""
                        media: page.record.media || ""
                        color: Theme.surface
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.s(12)
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.s(8)
                            Badge { text: Theme.kindSingular(page.record.kind || "", App.language); fill: page.ink }
                            Badge {
                                text: Theme.levelName(page.record.level || "", App.language)
                                fill: page.record.level === "national" ? Theme.accent : Theme.primary
                            }
                            Badge {
                                // Only "leading county" says more than the kind badge already does.
                                text: page.record.clusterKind === "leading_county" ? Theme.clusterKindName("leading_county", App.language) : ""
                                fill: Theme.surface; ink: page.ink
                            }
                            Badge { text: Theme.sectorName(page.record.sector || "", App.language); fill: Theme.surface; ink: page.ink }
                            Badge {
                                visible: page.record.titleFallback === true
                                text: Theme.languageTag(page.record.titleLang || "")
                                fill: Theme.surface; ink: Theme.textMuted
                            }
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
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap

                // Main text.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.maximumWidth: Theme.textColumn
                    spacing: Theme.gap
                    KText {
                        Layout.fillWidth: true
                        visible: text !== ""
                        objectName: "detailSummary"
                        text: page.record.summary || ""
                        font.pixelSize: Theme.fontLead
                        maximumLineCount: 40
                    }
                    KText {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.kind === "statement" && page.record.body ? "“" + page.record.body + "”" : (page.record.body || "")
                        font.pixelSize: page.kind === "statement" ? Theme.fontLead : Theme.fontBody
                        maximumLineCount: 200
                    }
                    // Related records: tap to open.
                    KText {
                        Layout.fillWidth: true
                        visible: related.count > 0
                        text: page.kind === "base" ? qsTr("Manufacturer") : (page.kind === "industry" ? qsTr("Clusters in this industry") : qsTr("Related"))
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                    // A count, not the list: a language switch updates the
                    // cards in place instead of building them again.
                    Repeater {
                        id: related
                        model: page.record.related ? page.record.related.length : 0
                        delegate: RecordCard {
                            required property int index
                            readonly property var modelData: page.record.related[index] || ({})
                            objectName: "related-" + modelData.slug
                            Layout.fillWidth: true
                            compact: true
                            kind: modelData.kind
                            slug: modelData.slug
                            title: modelData.title
                            sector: modelData.sector
                            level: modelData.level
                            media: modelData.media
                            onClicked: page.openRecord(modelData.kind, modelData.slug)
                        }
                    }
                }

                // Side: source and QR code.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: page.wide ? Theme.s(560) : -1
                    Layout.maximumWidth: page.wide ? Theme.s(640) : Theme.textColumn
                    spacing: Theme.gap
                    QrBox { Layout.fillWidth: true; url: page.record.webUrl || "" }
                    SourceBox { Layout.fillWidth: true; source: page.record.source || null }
                }
            }
        }
    }
}
