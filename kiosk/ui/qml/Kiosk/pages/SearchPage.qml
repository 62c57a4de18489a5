pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// Search: a field, Qt's on-screen keyboard inside the scene (pinyin,
// Cyrillic, Latin; its language follows the visitor's, styled by
// QtQuick/VirtualKeyboard/Styles/kiosk), results as the visitor types, in
// the room above the keyboard. Before the first letter, names and sections
// to tap. A hardware keyboard works too.
Page {
    id: page
    pageName: "search"
    property alias query: field.text
    property real keyboardHeight: 0
    readonly property bool typing: page.keyboardHeight > 0
    readonly property var zone: Content.home(page.revision)
    // A few names to try: the first records of the sections visitors open
    // most (two beside the sections on a wide screen, four in portrait).
    readonly property var suggestedNames: Content.firstNames(page.revision).slice(0, Theme.portrait ? 4 : 2)

    function resetView() { field.text = ""; results.contentY = 0 }
    function focusField() { field.forceActiveFocus() }

    // A heading over chips laid out in equal columns.
    component SuggestionGroup: ColumnLayout {
        id: group
        property string heading: ""
        property int columns: 2
        default property alias chips: chipFlow.data
        readonly property real chipWidth: Math.floor((group.width - (group.columns - 1) * chipFlow.spacing) / group.columns)
        spacing: Theme.s(8)
        KText {
            Layout.fillWidth: true
            text: group.heading
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
            maximumLineCount: 1
            elide: Text.ElideRight
        }
        Flow {
            id: chipFlow
            Layout.fillWidth: true
            spacing: Theme.s(12)
        }
    }
    // A suggestion to tap: a record's name (opens it) or a section (opens its list).
    component SuggestionChip: AbstractButton {
        id: chip
        property string iconName: ""
        property bool tinted: false
        height: Theme.minTarget
        focusPolicy: Qt.TabFocus
        hoverEnabled: false
        Accessible.role: Accessible.Button
        Accessible.name: chip.text
        background: Rectangle {
            radius: height / 2
            color: chip.down ? Theme.surfacePressed : (chip.tinted ? Theme.sectorTint("") : Theme.surface)
            // With high contrast every chip shows its edge (the tint is white there).
            border.color: chip.tinted && !Theme.highContrast ? "transparent" : Theme.divider
            border.width: Theme.s(2)
        }
        contentItem: RowLayout {
            spacing: Theme.s(12)
            Icon {
                Layout.leftMargin: Theme.s(16)
                Layout.preferredWidth: Theme.s(32)
                Layout.preferredHeight: Theme.s(32)
                visible: chip.iconName !== ""
                name: chip.iconName
            }
            KText {
                Layout.fillWidth: true
                Layout.leftMargin: chip.iconName === "" ? Theme.s(20) : 0
                Layout.rightMargin: Theme.s(20)
                text: chip.text
                color: chip.tinted ? Theme.primary : Theme.text
                wrapMode: Text.NoWrap
                // Section names are long in Russian: a size smaller keeps them whole.
                font.pixelSize: chip.tinted ? Theme.fontCaption : Theme.fontBody
                horizontalAlignment: chip.iconName === "" ? Text.AlignHCenter : Text.AlignLeft
                maximumLineCount: 1
                elide: Text.ElideRight
            }
        }
    }

    // Python makes the model and deletes it once the page is gone (see kiosk.ui.bridge.models).
    readonly property SearchModel searchModel: Content.searchModel() as SearchModel
    Binding { target: page.searchModel; property: "live"; value: page.live }
    Binding { target: page.searchModel; property: "highlightColor"; value: Theme.accent }
    Binding { target: page.searchModel; property: "query"; value: field.text }
    Component.onDestruction: Content.dropModel(page.searchModel)

    ColumnLayout {
        anchors {
            fill: parent
            margins: Theme.margin
            // While typing, the room above the keyboard goes to the results.
            topMargin: page.typing && !Theme.portrait ? Theme.s(20) : Theme.margin
            bottomMargin: page.typing ? page.keyboardHeight : Theme.margin
        }
        spacing: page.typing ? Theme.s(16) : Theme.gap

        PageHeader {
            Layout.fillWidth: true
            // Room for results while the keyboard is up.
            visible: page.keyboardHeight === 0 || Theme.portrait
            iconName: "search"
            title: qsTr("Search")
            subtitle: qsTr("Type a name in Chinese, Russian or English")
        }

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.minTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            color: Theme.text
            placeholderText: qsTr("For example: 海尔, steel, кластер")
            placeholderTextColor: Theme.textMuted
            selectByMouse: false
            persistentSelection: false
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            leftPadding: Theme.s(80)
            rightPadding: Theme.s(96)
            ContextMenu.menu: null
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search")
            Accessible.description: field.placeholderText
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: field.activeFocus ? Theme.accent : Theme.divider
                border.width: Theme.s(3)
                Icon {
                    anchors { left: parent.left; leftMargin: Theme.s(24); verticalCenter: parent.verticalCenter }
                    width: Theme.s(40); height: width; name: "search"
                }
            }
            AbstractButton {
                objectName: "clearSearch"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                width: Theme.minTarget; height: Theme.minTarget
                visible: field.text !== ""
                focusPolicy: Qt.TabFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Clear the search")
                onClicked: field.clear()
                contentItem: Item { Icon { anchors.centerIn: parent; width: Theme.s(36); height: width; name: "close" } }
                // A ring with high contrast, so that the button shows its edge.
                background: Rectangle {
                    radius: width / 2
                    color: "transparent"
                    border.width: Theme.highContrast ? Theme.s(3) : 0
                    border.color: Theme.divider
                }
            }
        }

        // Before the first letter: what there is to find, to tap at once.
        // Names and sections side by side on a wide screen, so that both fit
        // above the keyboard; one under the other in portrait.
        Flickable {
            id: suggestions
            objectName: "searchSuggestions"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: field.text.trim() === ""
            clip: true
            contentHeight: suggestionGrid.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            GridLayout {
                id: suggestionGrid
                width: suggestions.width
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap
                SuggestionGroup {
                    id: nameGroup
                    Layout.fillWidth: true
                    Layout.preferredWidth: 40
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("Try a name")
                    columns: Theme.portrait ? 2 : 1
                    Repeater {
                        model: page.suggestedNames
                        SuggestionChip {
                            required property var modelData
                            objectName: "suggest-" + modelData.slug
                            width: nameGroup.chipWidth
                            text: modelData.title
                            iconName: Theme.kindIcon(modelData.kind)
                            onClicked: page.openRecord(modelData.kind, modelData.slug)
                        }
                    }
                }
                SuggestionGroup {
                    id: sectionGroup
                    Layout.fillWidth: true
                    Layout.preferredWidth: 60
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("Or browse a section")
                    columns: Theme.portrait ? 2 : 3
                    Repeater {
                        model: (page.zone.sections || []).filter(section => section.count > 0)
                        SuggestionChip {
                            required property var modelData
                            objectName: "suggest-section-" + modelData.kind
                            width: sectionGroup.chipWidth
                            text: Theme.kindName(modelData.kind, App.language)
                            tinted: true
                            onClicked: page.openSection(modelData.kind)
                        }
                    }
                }
            }
        }

        GridView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !suggestions.visible && !nothingFound.visible
            clip: true
            model: page.searchModel
            // Two columns on a wide screen, so that four results and more
            // stay in view above the keyboard.
            readonly property int columns: Theme.portrait ? 1 : 2
            readonly property int rowGap: Theme.s(12)
            cellWidth: Math.floor(width / columns)
            cellHeight: Theme.minTarget + Theme.s(16) + rowGap
            // No delegates built ahead off screen: results change with every
            // keystroke, and half-built ones would only be thrown away.
            cacheBuffer: 0
            boundsBehavior: Flickable.StopAtBounds
            delegate: AbstractButton {
                id: row
                required property int index
                required property string kind
                required property string slug
                required property string title
                required property string snippet
                required property string titleMarkup
                required property string snippetMarkup
                objectName: "result-" + slug
                width: results.cellWidth - (results.columns > 1 ? Theme.s(12) : 0)
                height: results.cellHeight - results.rowGap
                focusPolicy: Qt.TabFocus
                hoverEnabled: false
                Accessible.role: Accessible.Button
                Accessible.name: row.title
                Accessible.description: Theme.kindSingular(row.kind, App.language)
                onClicked: page.openRecord(row.kind, row.slug)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.surfacePressed : Theme.surface
                    border.color: Theme.divider
                }
                contentItem: Item {
                    RowLayout {
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: Theme.s(20); rightMargin: Theme.s(20) }
                        spacing: Theme.s(18)
                        Rectangle {
                            Layout.preferredWidth: Theme.s(64)
                            Layout.preferredHeight: Theme.s(64)
                            radius: width / 2
                            color: Theme.sectorTint("")
                            Icon { anchors.centerIn: parent; width: Theme.s(36); height: width; name: Theme.kindIcon(row.kind) }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            KText {
                                Layout.fillWidth: true
                                text: Theme.kindSingular(row.kind, App.language)
                                color: Theme.accent
                                font.pixelSize: Theme.fontCaption
                                font.weight: Font.Bold
                                maximumLineCount: 1
                                elide: Text.ElideRight
                            }
                            KText {
                                Layout.fillWidth: true
                                // The words that matched, in the accent colour.
                                text: row.titleMarkup
                                textFormat: Text.StyledText
                                font.weight: Font.DemiBold
                                maximumLineCount: 1
                                elide: Text.ElideRight
                            }
                            KText {
                                Layout.fillWidth: true
                                // The snippet only where a row has room for it.
                                visible: row.snippet !== "" && results.columns === 1
                                text: row.snippetMarkup
                                textFormat: Text.StyledText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                maximumLineCount: 1
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }

        // Nothing found: never a bare "no results": words like the visitor's
        // that do find something, and the sections to browse.
        ColumnLayout {
            id: nothingFound
            objectName: "noResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: field.text.trim() !== "" && page.searchModel !== null && page.searchModel.count === 0
            spacing: Theme.gap
            KText {
                Layout.fillWidth: true
                text: qsTr("Nothing found. Try another word, or fewer letters.")
                color: Theme.textMuted
            }
            SuggestionGroup {
                id: meantGroup
                Layout.fillWidth: true
                visible: page.searchModel !== null && page.searchModel.suggestions.length > 0
                heading: qsTr("Did you mean")
                columns: Theme.portrait ? 2 : 4
                Repeater {
                    model: page.searchModel !== null ? page.searchModel.suggestions : []
                    SuggestionChip {
                        required property string modelData
                        objectName: "didYouMean-" + modelData
                        width: meantGroup.chipWidth
                        text: modelData
                        onClicked: field.text = modelData
                    }
                }
            }
            SuggestionGroup {
                id: browseGroup
                Layout.fillWidth: true
                heading: qsTr("Or browse a section")
                columns: Theme.portrait ? 2 : 3
                Repeater {
                    model: nothingFound.visible ? (page.zone.sections || []).filter(section => section.count > 0) : []
                    SuggestionChip {
                        required property var modelData
                        objectName: "nothing-section-" + modelData.kind
                        width: browseGroup.chipWidth
                        text: Theme.kindName(modelData.kind, App.language)
                        tinted: true
                        onClicked: page.openSection(modelData.kind)
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
