import QtQuick
import Kiosk

// The bottom bar, within reach of a short adult or a wheelchair user:
// Home and Back on the left, Search and About on the right.
Rectangle {
    id: bar
    property bool canGoBack: false
    property string page: ""
    signal home()
    signal back()
    signal search()
    signal about()

    implicitHeight: Theme.bottomBarHeight
    color: Theme.surface
    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }

    Row {
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: Theme.gap
        BarButton {
            objectName: "homeButton"
            text: qsTr("Home")
            iconName: "home"
            filled: true
            onClicked: bar.home()
        }
        BarButton {
            objectName: "backButton"
            text: qsTr("Back")
            iconName: "back"
            // Home has nothing to go back to: no button rather than a dead one.
            visible: bar.canGoBack
            onClicked: bar.back()
        }
    }
    Row {
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: Theme.gap
        BarButton {
            objectName: "searchButton"
            text: qsTr("Search")
            iconName: "search"
            onClicked: bar.search()
        }
        BarButton {
            objectName: "aboutButton"
            text: qsTr("About")
            iconName: "about"
            onClicked: bar.about()
        }
    }
}
