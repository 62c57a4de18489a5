import QtQuick
import Kiosk

// One key as the visitor sees it: a rounded white (or tinted) face with a
// label or an icon, inset by half the key gap so that the gaps line up.
// Every key panel of the kiosk's keyboard style is a KeyPanel holding one.
Item {
    id: face
    objectName: "kioskKeyFace"

    // What the key says: a label, or an icon (resources/icons, light variant
    // on dark faces). One of the two is always set: no blank keys.
    property string label: ""
    property string iconName: ""
    property string corner: ""   // small hint (e.g. the alternative characters)
    property bool uppercased: false
    property bool pressed: false
    property bool keyEnabled: true
    // "character", "function", "accent" (Enter) or "on" (a mode that is on).
    property string role: "character"
    property int labelSize: Theme.t(Theme.s(36))
    property real gap: Theme.s(10)

    readonly property bool dark: role === "accent" || role === "on" || (pressed && keyEnabled)
    readonly property color faceColor: {
        if (!keyEnabled) return "#EDF0F5"
        if (role === "accent") return pressed ? Theme.accentPressed : Theme.accent
        if (pressed) return Theme.primary
        if (role === "on") return Theme.primary
        if (role === "function") return "#C8D1E0"
        return Theme.surface
    }
    readonly property color inkColor: dark ? Theme.inkOnPrimary : (keyEnabled ? Theme.text : Theme.textMuted)

    Rectangle {
        id: edge
        // A darker lip under the face: keys read as keys on the light panel
        // without blur or shadows (cheap on a software renderer).
        anchors { fill: parent; margins: face.gap / 2; topMargin: face.gap / 2 + Theme.s(3) }
        radius: Theme.s(12)
        color: face.keyEnabled ? "#A9B4C6" : "#D5DBE5"
        visible: !face.pressed
    }
    Rectangle {
        id: body
        anchors { fill: parent; margins: face.gap / 2; bottomMargin: face.gap / 2 + (face.pressed ? 0 : Theme.s(3)) }
        radius: Theme.s(12)
        color: face.faceColor
        border.width: face.role === "character" && !face.pressed ? 1 : 0
        border.color: "#C3CCDA"

        Text {
            objectName: "keyLabel"
            anchors { fill: parent; leftMargin: Theme.s(8); rightMargin: Theme.s(8) }
            visible: face.iconName === ""
            text: face.label
            color: face.inkColor
            font.family: Theme.fontFamily
            font.pixelSize: face.labelSize
            font.weight: face.role === "character" ? Font.Normal : Font.DemiBold
            font.capitalization: face.uppercased ? Font.AllUppercase : Font.MixedCase
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.s(18)
            elide: Text.ElideRight
        }
        Icon {
            objectName: "keyIcon"
            anchors.centerIn: parent
            visible: face.iconName !== ""
            // Icons grow with larger text, as the labels do.
            width: Math.min(Theme.s(44) * (Theme.largerText ? 1.25 : 1), parent.height * 0.55)
            height: width
            name: face.iconName
            light: face.dark
            opacity: face.keyEnabled ? 1 : 0.5
        }
        Text {
            anchors { top: parent.top; right: parent.right; topMargin: Theme.s(6); rightMargin: Theme.s(12) }
            visible: face.corner !== "" && face.keyEnabled
            text: face.corner
            color: face.dark ? Theme.inkOnPrimaryMuted : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.s(20)
        }
    }
}
