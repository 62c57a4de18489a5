pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// A numeric keypad with the digits shown as dots: one place per digit of the
// PIN when its length is known (places), else the places fill as digits come.
ColumnLayout {
    id: pad
    property string value: ""
    property int maxLength: 8
    property int places: 0
    signal submitted(string pin)
    spacing: Theme.s(16)

    function clear() { pad.value = "" }

    Row {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.s(16)
        Repeater {
            model: pad.places > 0 ? Math.max(pad.places, pad.value.length) : Math.max(4, pad.value.length)
            delegate: Rectangle {
                required property int index
                objectName: "pinPlace"
                width: Theme.s(28); height: width; radius: width / 2
                color: index < pad.value.length ? Theme.primary : "transparent"
                border.color: Theme.primary
                border.width: Theme.s(3)
            }
        }
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.s(12)
        columnSpacing: Theme.s(12)
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: StaffButton {
                required property string modelData
                objectName: "pin-" + (modelData === "⌫" ? "back" : modelData)
                Layout.preferredWidth: Theme.minTarget * 1.4
                Layout.preferredHeight: Theme.minTarget
                text: modelData
                primary: modelData === "OK"
                enabled: modelData !== "OK" || pad.value.length >= 4
                onClicked: {
                    if (modelData === "⌫") pad.value = pad.value.slice(0, -1)
                    else if (modelData === "OK") { const pin = pad.value; pad.value = ""; pad.submitted(pin) }
                    else if (pad.value.length < pad.maxLength) pad.value += modelData
                }
            }
        }
    }
}
