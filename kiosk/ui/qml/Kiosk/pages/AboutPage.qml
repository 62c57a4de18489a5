pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// About, for visitors: the zone and its development principles, the
// statement, and where the facts come from (the press release, its date
// and publisher). The program and content versions and the press
// release's contact are for staff: the staff menu and diagnostics show them.
Page {
    id: page
    pageName: "about"
    readonly property var sources: Content.sources(page.revision)
    readonly property var view: Content.home(page.revision)

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
            width: Math.min(flick.width - Theme.margin * 2, Theme.textColumn * 1.4)
            spacing: Theme.gap

            PageHeader {
                Layout.fillWidth: true
                iconName: "about"
                title: qsTr("About this information")
                subtitle: page.view.zoneTitle
            }
            KText {
                Layout.fillWidth: true
                visible: text !== ""
                text: page.view.zoneBody
                font.pixelSize: Theme.fontLead
            }

            // The statement, as a quote card.
            Rectangle {
                Layout.fillWidth: true
                visible: page.view.statement !== null && page.view.statement !== undefined
                Layout.preferredHeight: quote.implicitHeight + Theme.s(64)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                ColumnLayout {
                    id: quote
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(32) }
                    spacing: Theme.s(12)
                    Icon { Layout.preferredWidth: Theme.s(48); Layout.preferredHeight: Theme.s(48); name: "statement" }
                    KText {
                        Layout.fillWidth: true
                        text: page.view.statement ? page.view.statement.bodyQuoted : ""
                        font.pixelSize: Theme.fontBody
                    }
                    KText {
                        Layout.fillWidth: true
                        text: page.view.statement ? page.view.statement.title : ""
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                    KText {
                        Layout.fillWidth: true
                        text: page.view.statement ? page.view.statement.subtitle : ""
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                    }
                }
            }

            KText {
                Layout.fillWidth: true
                text: qsTr("Sources")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.primary
            }
            Repeater {
                model: page.sources
                delegate: Rectangle {
                    id: sourceCard
                    required property var modelData
                    objectName: "source-" + modelData.slug
                    Layout.fillWidth: true
                    Layout.preferredHeight: sourceColumn.implicitHeight + Theme.s(64)
                    radius: Theme.radius
                    color: Theme.sectorTint("")
                    ColumnLayout {
                        id: sourceColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.s(32) }
                        spacing: Theme.s(8)
                        KText {
                            Layout.fillWidth: true
                            text: sourceCard.modelData.title
                            font.pixelSize: Theme.fontLead
                            font.weight: Font.Bold
                        }
                        KText {
                            Layout.fillWidth: true
                            text: sourceCard.modelData.subtitle
                            color: Theme.textMuted
                        }
                        KText {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: sourceCard.modelData.summary
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                        }
                        QrBox { Layout.fillWidth: true; url: sourceCard.modelData.webUrl }
                    }
                }
            }
        }
    }
}
