pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The staff menu's visitor statistics: today's and this week's key numbers,
// and the statistics file for the office, written to a USB stick.
ColumnLayout {
    id: statsPage
    spacing: Theme.gap
    readonly property var numbers: Staff.statistics

    KText {
        Layout.fillWidth: true
        text: qsTr("Visitors")
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.primary
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        rowSpacing: Theme.s(12)
        columnSpacing: Theme.gap
        KText { text: "" }
        KText { text: qsTr("Sessions"); font.weight: Font.Bold }
        KText { text: qsTr("Median length"); font.weight: Font.Bold }
        KText { text: qsTr("Top language"); font.weight: Font.Bold }
        Repeater {
            model: [["today", qsTr("Today")], ["week", qsTr("This week")]]
            delegate: KText {
                required property var modelData
                required property int index
                Layout.row: index + 1
                Layout.column: 0
                text: modelData[1]
            }
        }
        Repeater {
            model: ["today", "week"]
            delegate: KText {
                required property string modelData
                required property int index
                objectName: "stats-sessions-" + modelData
                Layout.row: index + 1
                Layout.column: 1
                text: statsPage.numbers[modelData] ? statsPage.numbers[modelData].sessions : "–"
            }
        }
        Repeater {
            model: ["today", "week"]
            delegate: KText {
                required property string modelData
                required property int index
                objectName: "stats-median-" + modelData
                Layout.row: index + 1
                Layout.column: 2
                text: statsPage.numbers[modelData] ? statsPage.numbers[modelData].median : "–"
            }
        }
        Repeater {
            model: ["today", "week"]
            delegate: KText {
                required property string modelData
                required property int index
                objectName: "stats-language-" + modelData
                Layout.row: index + 1
                Layout.column: 3
                text: statsPage.numbers[modelData] ? statsPage.numbers[modelData].language : "–"
            }
        }
    }
    StaffButton {
        objectName: "staff-export-statistics"
        primary: true
        enabled: !Staff.busy
        text: qsTr("Export statistics to USB")
        onClicked: Staff.exportStatistics()
    }
}
