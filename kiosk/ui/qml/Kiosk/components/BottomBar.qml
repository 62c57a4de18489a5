import QtQuick
import Kiosk

// The bottom bar, within reach of a short adult or a wheelchair user: the
// accessibility button (which Main lays over the bar's left end, so that it
// is the same button on every page and over the attract loop), Home and
// Back on the left, Search and About on the right. Where the labels do not
// fit side by side (a narrow screen, long words, larger text) each button
// puts its icon over its label; where even that does not fit, Search and
// About move to a second row above, and the accessibility button stays put.
Rectangle {
    id: bar
    property bool canGoBack: false
    property string page: ""
    // The accessibility button's widths (side by side, stacked).
    property real accessWideWidth: 0
    property real accessStackedWidth: 0
    signal home()
    signal back()
    signal search()
    signal about()

    // The widths the bar needs each way; Back counts even where it is hidden,
    // so that the arrangement (and the accessibility button) stays the same
    // from page to page.
    readonly property real wideNeed: Theme.margin * 2 + Theme.gap * 5 + bar.accessWideWidth
        + homeButton.wideWidth + backButton.wideWidth + searchButton.wideWidth + aboutButton.wideWidth
    readonly property real stackedNeed: Theme.margin * 2 + Theme.gap * 5 + bar.accessStackedWidth
        + homeButton.stackedWidth + backButton.stackedWidth + searchButton.stackedWidth + aboutButton.stackedWidth
    readonly property bool twoRows: wideNeed > width && stackedNeed > width
    readonly property bool stacked: wideNeed > width && !twoRows
    readonly property real rowHeight: homeButton.implicitHeight
    // Where the lower row (Home, Back and the accessibility button) lies in the bar.
    readonly property real lowerRowY: bar.twoRows ? bar.height - Theme.s(16) - bar.rowHeight : (bar.height - bar.rowHeight) / 2
    // Room kept free at the left for the accessibility button.
    property real leadingRoom: 0

    implicitHeight: twoRows ? bar.rowHeight * 2 + Theme.s(16) * 3 : Math.max(Theme.bottomBarHeight, bar.rowHeight + Theme.s(32))
    color: Theme.surface
    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }

    Row {
        x: Theme.margin + bar.leadingRoom
        y: bar.lowerRowY
        spacing: Theme.gap
        BarButton {
            id: homeButton
            objectName: "homeButton"
            text: qsTr("Home")
            iconName: "home"
            filled: true
            stacked: bar.stacked
            onClicked: bar.home()
        }
        BarButton {
            id: backButton
            objectName: "backButton"
            text: qsTr("Back")
            iconName: "back"
            stacked: bar.stacked
            // Home has nothing to go back to: no button rather than a dead one.
            visible: bar.canGoBack
            onClicked: bar.back()
        }
    }
    Row {
        anchors { right: parent.right; rightMargin: Theme.margin }
        y: bar.twoRows ? Theme.s(16) : bar.lowerRowY
        spacing: Theme.gap
        BarButton {
            id: searchButton
            objectName: "searchButton"
            text: qsTr("Search")
            iconName: "search"
            stacked: bar.stacked
            onClicked: bar.search()
        }
        BarButton {
            id: aboutButton
            objectName: "aboutButton"
            text: qsTr("About")
            iconName: "about"
            stacked: bar.stacked
            onClicked: bar.about()
        }
    }
}
