pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Bridge

// The slim top bar: the zone's name and the language switch.
Rectangle {
    id: bar
    property string zoneTitle: ""
    property string zoneSubtitle: ""
    signal languageChosen(string code)

    implicitHeight: Theme.topBarHeight
    color: Theme.primary

    Row {
        id: brand
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter
                  right: switcher.left; rightMargin: Theme.gap }
        spacing: Theme.s(16)
        Rectangle {
            id: mark
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.s(56); height: width; radius: width / 2
            color: Theme.inkOnPrimary
            Icon { anchors.centerIn: parent; width: parent.width * 0.6; height: width; name: "platforms" }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: brand.width - mark.width - brand.spacing
            KText {
                width: parent.width
                objectName: "zoneName"
                text: bar.zoneTitle
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.fontLead
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
                maximumLineCount: 1
            }
            KText {
                width: parent.width
                // With larger text the bar holds the name alone.
                visible: !Theme.portrait && !Theme.largerText
                text: bar.zoneSubtitle
                color: Theme.inkOnPrimaryMuted
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.NoWrap
                maximumLineCount: 1
            }
        }
    }

    Row {
        id: switcher
        objectName: "languageSwitch"
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: Theme.s(8)
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.s(36); height: width
            name: "language"; light: true
            visible: !Theme.small
        }
        Repeater {
            model: App.languages
            delegate: AbstractButton {
                id: langButton
                required property var modelData
                objectName: "lang-" + modelData.code
                anchors.verticalCenter: parent ? parent.verticalCenter : undefined
                readonly property bool current: App.language === modelData.code
                implicitHeight: Theme.minTarget
                implicitWidth: Math.max(Theme.minTarget * 1.2, langLabel.implicitWidth + Theme.s(40))
                focusPolicy: Qt.TabFocus
                hoverEnabled: false
                // Each language is named in its own script, as language switches are.
                Accessible.role: Accessible.Button
                Accessible.name: langButton.modelData.name
                Accessible.checkable: true
                Accessible.checked: langButton.current
                onClicked: bar.languageChosen(modelData.code)
                background: Rectangle {
                    radius: Theme.radius
                    color: langButton.current ? Theme.inkOnPrimary : (langButton.down ? Theme.primaryDark : "transparent")
                    border.color: Theme.inkOnPrimaryMuted
                    border.width: langButton.current ? 0 : Theme.s(2)
                }
                contentItem: KText {
                    id: langLabel
                    text: langButton.modelData.name
                    color: langButton.current ? Theme.primary : Theme.inkOnPrimary
                    font.pixelSize: Theme.fontBody
                    font.weight: langButton.current ? Font.Bold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
}
