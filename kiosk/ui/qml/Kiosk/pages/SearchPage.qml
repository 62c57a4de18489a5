pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// Search: a field, Qt's on-screen keyboard inside the scene (pinyin,
// Cyrillic, Latin; its language follows the visitor's), results as the
// visitor types. A hardware keyboard works too.
Page {
    id: page
    pageName: "search"
    property alias query: field.text
    property real keyboardHeight: 0

    function resetView() { field.text = ""; results.contentY = 0 }
    function focusField() { field.forceActiveFocus() }

    SearchModel {
        id: searchModel
        live: page.live
        query: field.text
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin; bottomMargin: page.keyboardHeight > 0 ? page.keyboardHeight : 0 }
        spacing: Theme.gap

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
                focusPolicy: Qt.NoFocus
                onClicked: field.clear()
                contentItem: Item { Icon { anchors.centerIn: parent; width: Theme.s(36); height: width; name: "close" } }
                background: Item {}
            }
        }

        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: searchModel
            // No delegates built ahead off screen: results change with every
            // keystroke, and half-built ones would only be thrown away.
            cacheBuffer: 0
            spacing: Theme.s(12)
            boundsBehavior: Flickable.StopAtBounds
            delegate: AbstractButton {
                id: row
                required property int index
                required property string kind
                required property string slug
                required property string title
                required property string snippet
                objectName: "result-" + slug
                width: results.width
                implicitHeight: Math.max(Theme.minTarget, rowColumn.implicitHeight + Theme.s(32))
                focusPolicy: Qt.NoFocus
                hoverEnabled: false
                onClicked: page.openRecord(row.kind, row.slug)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.surfacePressed : Theme.surface
                    border.color: Theme.divider
                }
                contentItem: Item {
                    RowLayout {
                        id: rowColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: Theme.s(24); rightMargin: Theme.s(24) }
                        spacing: Theme.s(20)
                        Icon { Layout.preferredWidth: Theme.s(44); Layout.preferredHeight: Theme.s(44); name: Theme.kindIcon(row.kind) }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.s(2)
                            KText {
                                Layout.fillWidth: true
                                text: Theme.kindSingular(row.kind, App.language)
                                color: Theme.accent
                                font.pixelSize: Theme.fontCaption
                                font.weight: Font.Bold
                                maximumLineCount: 1
                            }
                            KText {
                                Layout.fillWidth: true
                                text: row.title
                                font.weight: Font.DemiBold
                                maximumLineCount: 2
                            }
                            KText {
                                Layout.fillWidth: true
                                visible: text !== ""
                                text: row.snippet
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontCaption
                                maximumLineCount: 2
                            }
                        }
                    }
                }
            }
            KText {
                anchors { top: parent.top; horizontalCenter: parent.horizontalCenter; topMargin: Theme.gap }
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: field.text.trim() !== "" && searchModel !== null && searchModel.count === 0
                objectName: "noResults"
                text: qsTr("Nothing found. Try another word, or fewer letters.")
                color: Theme.textMuted
            }
        }
    }
}
