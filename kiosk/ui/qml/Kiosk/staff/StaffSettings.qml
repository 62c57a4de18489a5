pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The staff menu's settings page: one block per setting, its name above its
// controls so that it fits portrait, the small screen and larger text, in a
// page that scrolls by touch with its scroll bar always showing when there
// is more below. Every change goes through Staff.setSetting, which checks
// and saves it (or says why not) and applies it to the running kiosk.
Flickable {
    id: page
    objectName: "staffSettings"
    // Read once per change of the menu (each read asks the database).
    readonly property var values: Staff.settings
    readonly property var chosenMedia: page.values["attract.media"] || []
    readonly property var offered: page.values["access.offered"] || []
    // The screen's height as Qt measures it, the start for the height stepper.
    readonly property int measuredHeightMm: Math.round(Theme.windowHeight / Theme.pixelsPerMm / 10) * 10
    // The loop's pictures in their order first, then the other files by name;
    // a chosen file no longer in the folder stays listed, to be left out.
    readonly property var mediaRows: {
        const files = Staff.mediaFiles.map(f => f.name)
        const videos = Staff.mediaFiles.filter(f => f.kind === "video").map(f => f.name)
        const row = name => ({ name: name, missing: files.indexOf(name) < 0, video: videos.indexOf(name) >= 0 })
        return page.chosenMedia.map(row).concat(files.filter(name => page.chosenMedia.indexOf(name) < 0).map(row))
    }

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick
    onMovementStarted: Staff.touched()

    ScrollBar.vertical: ScrollBar {
        objectName: "staffSettingsScrollBar"
        policy: page.contentHeight > page.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        contentItem: Rectangle {
            implicitWidth: Theme.s(12)
            radius: width / 2
            color: Theme.primary
            opacity: 0.55
        }
        background: Rectangle {
            implicitWidth: Theme.s(12)
            radius: width / 2
            color: Theme.divider
        }
    }

    // A number as the menu's language writes it (0,5 in Russian).
    function number(value: real, digits: int): string {
        return Number(value).toLocaleString(Qt.locale(App.language), "f", digits)
    }
    function tenths(value: real): real { return Math.round(value * 10) / 10 }
    function toggled(list: var, item: string): var {
        return list.indexOf(item) >= 0 ? list.filter(x => x !== item) : list.concat([item])
    }
    function earlier(list: var, item: string): var {
        const at = list.indexOf(item)
        const next = list.slice()
        if (at > 0) { next[at] = next[at - 1]; next[at - 1] = item }
        return next
    }

    // A setting: its name (and a line on what it does) above its controls.
    component Block: ColumnLayout {
        id: block
        property alias title: titleText.text
        property string hint: ""
        default property alias controls: controlRow.data
        Layout.fillWidth: true
        spacing: Theme.s(10)
        KText { id: titleText; Layout.fillWidth: true; font.weight: Font.DemiBold }
        KText {
            Layout.fillWidth: true
            visible: block.hint !== ""
            text: block.hint
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
        }
        Flow { id: controlRow; Layout.fillWidth: true; spacing: Theme.s(12) }
    }

    // − value +, the value in words ("Volume 80 %", "850 mm").
    component Stepper: RowLayout {
        id: stepper
        property string name: ""
        property string valueText: ""
        property string lessText: "−"
        property string moreText: "+"
        signal less()
        signal more()
        spacing: Theme.s(12)
        StaffButton { objectName: stepper.name + "-less"; text: stepper.lessText; onClicked: stepper.less() }
        KText {
            objectName: stepper.name + "Value"
            Layout.minimumWidth: Theme.s(140)
            Layout.alignment: Qt.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            text: stepper.valueText
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
        }
        StaffButton { objectName: stepper.name + "-more"; text: stepper.moreText; onClicked: stepper.more() }
    }

    component Section: KText {
        Layout.fillWidth: true
        Layout.topMargin: Theme.s(16)
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.primary
    }

    ColumnLayout {
        id: column
        width: page.width - Theme.s(12) - Theme.gap
        spacing: Theme.gap

        Section { text: qsTr("Visitor screens") }
        Block {
            title: qsTr("Return to the start after (seconds without a touch)")
            Stepper {
                name: "idle"
                valueText: page.values.idle_timeout_s
                onLess: Staff.setSetting("idle_timeout_s", Math.max(30, page.values.idle_timeout_s - 15))
                onMore: Staff.setSetting("idle_timeout_s", page.values.idle_timeout_s + 15)
            }
        }
        Block {
            title: qsTr("Start language")
            Repeater {
                model: App.languages
                delegate: Chip {
                    required property var modelData
                    objectName: "default-" + modelData.code
                    text: modelData.name
                    selected: page.values.default_language === modelData.code
                    onClicked: Staff.setSetting("default_language", modelData.code)
                }
            }
        }
        Block {
            title: qsTr("Languages offered to visitors")
            Repeater {
                model: [["zh-Hans", "中文"], ["ru", "Русский"], ["en", "English"]]
                delegate: Chip {
                    required property var modelData
                    objectName: "enabled-" + modelData[0]
                    text: modelData[1]
                    selected: page.values.enabled_languages.indexOf(modelData[0]) >= 0
                    onClicked: Staff.setSetting("enabled_languages", page.toggled(page.values.enabled_languages, modelData[0]))
                }
            }
        }

        Section { text: qsTr("Read aloud and accessibility") }
        Block {
            title: qsTr("Read-aloud speaking rate")
            Stepper {
                name: "rate"
                lessText: qsTr("Slower")
                moreText: qsTr("Faster")
                readonly property real rate: page.values["speech.rate"]
                //: The read-aloud rate in the staff menu: 0 is the voice's own speed
                valueText: rate === 0 ? qsTr("Normal") : (rate > 0 ? "+" : "") + page.number(rate, 1)
                onLess: Staff.setSetting("speech.rate", page.tenths(rate - 0.1))
                onMore: Staff.setSetting("speech.rate", page.tenths(rate + 0.1))
            }
        }
        Block {
            title: qsTr("Volume each visitor starts with")
            Stepper {
                name: "volume"
                readonly property real volume: page.values["speech.volume"]
                //: The starting read-aloud volume in the staff menu, %1 in percent
                valueText: qsTr("Volume %1 %").arg(Math.round(volume * 100))
                onLess: Staff.setSetting("speech.volume", page.tenths(volume - 0.1))
                onMore: Staff.setSetting("speech.volume", page.tenths(volume + 0.1))
            }
        }
        Block {
            title: qsTr("What the accessibility panel offers visitors")
            hint: qsTr("Tap to offer or withdraw; with none, the panel shows no switches.")
            Repeater {
                model: [["read_aloud", qsTr("Read aloud")], ["larger_text", qsTr("Larger text")],
                        ["high_contrast", qsTr("High contrast")], ["low_reach", qsTr("Low reach")],
                        ["less_motion", qsTr("Less motion")], ["volume", qsTr("Volume")]]
                delegate: Chip {
                    required property var modelData
                    objectName: "offer-" + modelData[0]
                    text: modelData[1]
                    selected: page.offered.indexOf(modelData[0]) >= 0
                    onClicked: Staff.setSetting("access.offered", page.toggled(page.offered, modelData[0]))
                }
            }
        }
        Block {
            title: qsTr("Idle time for visitors using read aloud or the keypad")
            hint: qsTr("How many times longer than the others they may go without a touch.")
            Stepper {
                name: "multiplier"
                readonly property real times: page.values["access.idle_multiplier"]
                //: How many times longer, e.g. "× 2,5"
                valueText: qsTr("× %1").arg(page.number(times, times % 1 === 0 ? 0 : 1))
                onLess: Staff.setSetting("access.idle_multiplier", times - 0.5)
                onMore: Staff.setSetting("access.idle_multiplier", times + 0.5)
            }
        }

        Section { text: qsTr("Screen") }
        Block {
            title: qsTr("Screen layout")
            Repeater {
                model: [["auto", qsTr("Automatic")], ["landscape", qsTr("Landscape")], ["portrait", qsTr("Portrait")], ["small", qsTr("Small screen")]]
                delegate: Chip {
                    required property var modelData
                    objectName: "layout-" + modelData[0]
                    text: modelData[1]
                    selected: page.values.screen_layout === modelData[0]
                    onClicked: Staff.setSetting("screen_layout", modelData[0])
                }
            }
        }
        Block {
            title: qsTr("Screen pixels per inch (for 20 mm touch targets)")
            StaffButton { objectName: "dpi-auto"; text: qsTr("Automatic"); onClicked: Staff.setSetting("physical_dpi", null) }
            Stepper {
                name: "dpi"
                readonly property int dpi: page.values.physical_dpi || Math.round(App.pixelsPerMm * 25.4)
                valueText: dpi
                onLess: Staff.setSetting("physical_dpi", Math.max(40, dpi - 5))
                onMore: Staff.setSetting("physical_dpi", dpi + 5)
            }
        }
        Block {
            title: qsTr("Height of the screen's bottom edge above the floor")
            hint: qsTr("For low reach: visitors' controls then stay between 380 and 1220 mm above the floor.")
            Stepper {
                name: "bottom"
                readonly property int mm: page.values["screen.bottom_mm"]
                valueText: qsTr("%1 mm").arg(mm)
                onLess: Staff.setSetting("screen.bottom_mm", mm - 10)
                onMore: Staff.setSetting("screen.bottom_mm", mm + 10)
            }
        }
        Block {
            title: qsTr("Visible height of the screen")
            hint: qsTr("Automatic: from the screen's pixels per inch.")
            Chip {
                objectName: "height-auto"
                text: qsTr("Automatic")
                selected: !page.values["screen.height_mm"]
                onClicked: Staff.setSetting("screen.height_mm", null)
            }
            Stepper {
                name: "height"
                readonly property var stored: page.values["screen.height_mm"]
                // None reaches QML as undefined: "ask the screen".
                readonly property int mm: stored ? stored : page.measuredHeightMm
                valueText: qsTr("%1 mm").arg(mm)
                onLess: Staff.setSetting("screen.height_mm", mm - 10)
                onMore: Staff.setSetting("screen.height_mm", mm + 10)
            }
        }

        Section { text: qsTr("Attract loop") }
        Block {
            title: qsTr("Pictures the attract loop shows")
            hint: qsTr("Tap files in the order the loop shows them; tap again to leave one out. Copy pictures into %1 first.").arg(Staff.mediaFolder)
            Chip {
                objectName: "media-designed"
                text: qsTr("Designed loop (no files)")
                selected: page.chosenMedia.length === 0
                onClicked: Staff.setSetting("attract.media", [])
            }
            StaffButton { objectName: "media-refresh"; text: qsTr("Look again"); onClicked: Staff.listMedia() }
        }
        KText {
            Layout.fillWidth: true
            objectName: "mediaNone"
            visible: page.mediaRows.length === 0
            text: qsTr("The media folder holds no pictures.")
            color: Theme.textMuted
        }
        Repeater {
            model: page.mediaRows
            delegate: Rectangle {
                id: mediaRow
                required property var modelData
                readonly property int place: page.chosenMedia.indexOf(modelData.name)
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.minTarget, rowLayout.implicitHeight) + Theme.s(16)
                radius: Theme.radius
                color: place >= 0 ? Theme.accentSoft : Theme.surface
                border.color: place >= 0 ? Theme.accent : Theme.divider
                border.width: Theme.s(2)
                RowLayout {
                    id: rowLayout
                    anchors { fill: parent; margins: Theme.s(8) }
                    spacing: Theme.s(12)
                    AbstractButton {
                        objectName: "media-" + mediaRow.modelData.name
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        focusPolicy: Qt.NoFocus
                        Accessible.name: pictureName.text
                        onClicked: Staff.setSetting("attract.media", page.toggled(page.chosenMedia, mediaRow.modelData.name))
                        contentItem: RowLayout {
                            spacing: Theme.s(16)
                            // Its place in the loop (1, 2 ...), empty when left out.
                            Rectangle {
                                Layout.preferredWidth: Math.max(Theme.s(56), placeText.implicitHeight * 1.3)
                                Layout.preferredHeight: Layout.preferredWidth
                                radius: width / 2
                                color: mediaRow.place >= 0 ? Theme.accent : "transparent"
                                border.color: Theme.divider
                                border.width: mediaRow.place >= 0 ? 0 : Theme.s(2)
                                KText {
                                    id: placeText
                                    anchors.centerIn: parent
                                    objectName: "mediaPlace"
                                    text: mediaRow.place >= 0 ? String(mediaRow.place + 1) : ""
                                    color: Theme.inkOnPrimary
                                    font.weight: Font.Bold
                                    wrapMode: Text.NoWrap
                                }
                            }
                            // A picture's thumbnail; a video (which Image cannot read) shows a play mark.
                            Image {
                                Layout.preferredWidth: Theme.s(120)
                                Layout.preferredHeight: Theme.s(72)
                                source: mediaRow.modelData.missing || mediaRow.modelData.video ? "" : App.mediaUrl(mediaRow.modelData.name)
                                sourceSize: Qt.size(Theme.s(120), Theme.s(72))
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                                clip: true
                                KText {
                                    anchors.centerIn: parent
                                    visible: mediaRow.modelData.video
                                    text: "▶"
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontTitle
                                }
                            }
                            KText {
                                id: pictureName
                                Layout.fillWidth: true
                                text: mediaRow.modelData.missing ? qsTr("%1 (no longer in the media folder)").arg(mediaRow.modelData.name)
                                                                 : mediaRow.modelData.name
                                color: mediaRow.modelData.missing ? "#B91C1C" : Theme.text
                                maximumLineCount: 2
                            }
                        }
                    }
                    StaffButton {
                        objectName: "media-earlier-" + mediaRow.modelData.name
                        visible: mediaRow.place > 0
                        text: qsTr("Earlier")
                        onClicked: Staff.setSetting("attract.media", page.earlier(page.chosenMedia, mediaRow.modelData.name))
                    }
                }
            }
        }
        // Room below the last control, so that it never sits on the panel's edge.
        Item { Layout.preferredHeight: Theme.s(8) }
    }
}
