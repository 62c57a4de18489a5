pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Kiosk

// The kiosk's own on-screen keyboard style, selected in Main.qml with
// VirtualKeyboardSettings.styleName = "kiosk". Light, like the rest of the
// visitor screens: white keys on a pale blue-grey panel, navy type in the
// bundled font, function keys in a deeper tint with line icons, Enter in
// the accent orange, a navy face while a key is held. Every key shows a
// label or an icon in every layout and input mode, also when disabled.
//
// Sizes are in the window's pixels: the design width is the panel's width
// (the panel spans the window), so scaleHint is 1 and each row is one
// touch target (Theme.minTarget) plus the gap between keys. With larger
// text (Access.largerText) the labels are set as large as the rest of the
// kiosk's text and the keys grow a quarter taller, as far as the search
// field and a row of results keep their room above the keyboard.
KeyboardStyle {
    id: kioskStyle

    readonly property int keyGap: Theme.s(10)
    readonly property real keyGrowth: Theme.largerText ? 1.25 : 1
    // What the keys may take: the window less the bars, the field and a results row (three targets).
    readonly property real roomForRows: Theme.windowHeight - Theme.topBarHeight - Theme.bottomBarHeight
                                        - 3 * Theme.minTarget - padTop - padBottom
    readonly property int keyHeight: Math.max(Theme.minTarget, Math.min(Math.round(Theme.minTarget * keyGrowth), roomForRows / 4 - keyGap))
    readonly property int rowHeight: keyHeight + keyGap
    // A letter's label (punctuation is small in every font: drawn larger), in the kiosk's text size.
    readonly property int letterSize: Theme.t(Theme.s(36))
    readonly property int punctuationSize: Theme.t(Theme.s(44))
    readonly property int padTop: Theme.s(16)
    readonly property int padBottom: Theme.s(12)
    readonly property int padSide: Math.max(0, Theme.margin - Theme.s(12))
    readonly property color panelColor: "#DCE2EC"

    keyboardDesignWidth: Theme.windowWidth
    keyboardDesignHeight: 4 * rowHeight + padTop + padBottom
    keyboardRelativeLeftMargin: padSide / keyboardDesignWidth
    keyboardRelativeRightMargin: padSide / keyboardDesignWidth
    keyboardRelativeTopMargin: padTop / keyboardDesignHeight
    keyboardRelativeBottomMargin: padBottom / keyboardDesignHeight

    // The visitor's keyboard language, as its own speakers write it.
    function languageLabel(locale: string): string {
        if (locale.startsWith("zh")) return "中文 · 拼音"
        if (locale.startsWith("ru")) return "Русский"
        if (locale.startsWith("en")) return "English"
        const name = Qt.locale(locale).nativeLanguageName
        return name !== "" ? name : locale
    }

    keyboardBackground: Rectangle {
        color: kioskStyle.panelColor
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Math.max(1, Theme.s(2))
            color: "#B9C3D3"
        }
    }

    keyPanel: KeyPanel {
        id: characterKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            label: characterKey.control.displayText
            corner: characterKey.control.smallTextVisible ? characterKey.control.smallText : ""
            uppercased: characterKey.control.uppercased
            pressed: characterKey.control.pressed
            keyEnabled: characterKey.control.enabled
            // Punctuation is small in every font: draw it larger.
            labelSize: /^[\p{L}\p{N}]/u.test(characterKey.control.displayText) ? kioskStyle.letterSize : kioskStyle.punctuationSize
        }
    }

    backspaceKeyPanel: KeyPanel {
        id: backspaceKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "function"
            iconName: "key-backspace"
            pressed: backspaceKey.control.pressed
            keyEnabled: backspaceKey.control.enabled
        }
    }

    languageKeyPanel: KeyPanel {
        id: languageKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "function"
            iconName: "language"
            pressed: languageKey.control.pressed
            keyEnabled: languageKey.control.enabled
        }
    }

    enterKeyPanel: KeyPanel {
        id: enterKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "accent"
            // A field may name its Enter action; the search field does not.
            label: enterKey.control.displayText
            iconName: enterKey.control.displayText === "" ? "key-enter" : ""
            labelSize: Theme.fontBody
            pressed: enterKey.control.pressed
            keyEnabled: enterKey.control.enabled
        }
    }

    hideKeyPanel: KeyPanel {
        id: hideKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "function"
            iconName: "key-hide"
            pressed: hideKey.control.pressed
            keyEnabled: hideKey.control.enabled
        }
    }

    shiftKeyPanel: KeyPanel {
        id: shiftKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: InputContext.capsLockActive || InputContext.shiftActive ? "on" : "function"
            iconName: InputContext.capsLockActive ? "key-capslock" : "key-shift"
            pressed: shiftKey.control.pressed
            keyEnabled: shiftKey.control.enabled
        }
    }

    spaceKeyPanel: KeyPanel {
        id: spaceKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            label: kioskStyle.languageLabel(InputContext.locale)
            labelSize: Theme.fontCaption
            pressed: spaceKey.control.pressed
            keyEnabled: spaceKey.control.enabled
        }
    }

    symbolKeyPanel: KeyPanel {
        id: symbolKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "function"
            label: symbolKey.control.displayText
            labelSize: Theme.fontLead
            pressed: symbolKey.control.pressed
            keyEnabled: symbolKey.control.enabled
        }
    }

    modeKeyPanel: KeyPanel {
        id: modeKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: modeKey.control.mode ? "on" : "function" // qmllint disable missing-property
            label: modeKey.control.displayText
            labelSize: Theme.fontLead
            pressed: modeKey.control.pressed
            keyEnabled: modeKey.control.enabled
        }
    }

    handwritingKeyPanel: KeyPanel {
        id: handwritingKey
        KeyFace {
            anchors.fill: parent
            gap: kioskStyle.keyGap
            role: "function"
            iconName: "key-handwriting"
            pressed: handwritingKey.control.pressed
            keyEnabled: handwritingKey.control.enabled
        }
    }

    // The character under the finger, shown above it.
    characterPreviewMargin: Theme.s(8)
    characterPreviewDelegate: Item {
        id: preview
        property string text
        Rectangle {
            anchors.fill: parent
            radius: Theme.s(14)
            color: Theme.surface
            border.color: Theme.primary
            border.width: Theme.s(3)
            Text {
                anchors.fill: parent
                text: preview.text
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.t(Theme.s(56))
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                fontSizeMode: Text.HorizontalFit
            }
        }
    }

    // Long press on a letter: its accented and other variants.
    alternateKeysListItemWidth: kioskStyle.keyHeight
    alternateKeysListItemHeight: kioskStyle.keyHeight
    alternateKeysListTopMargin: Theme.s(8)
    alternateKeysListBottomMargin: Theme.s(8)
    alternateKeysListLeftMargin: Theme.s(8)
    alternateKeysListRightMargin: Theme.s(8)
    alternateKeysListDelegate: Item {
        id: alternate
        required property string text
        width: kioskStyle.alternateKeysListItemWidth
        height: kioskStyle.alternateKeysListItemHeight
        Text {
            anchors.fill: parent
            text: alternate.text
            color: alternate.ListView.isCurrentItem ? Theme.inkOnPrimary : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: kioskStyle.letterSize
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
    alternateKeysListHighlight: Rectangle { radius: Theme.s(12); color: Theme.primary }
    alternateKeysListBackground: Rectangle {
        radius: Theme.s(16)
        color: Theme.surface
        border.color: "#A9B4C6"
        border.width: Theme.s(2)
    }

    // The pinyin candidates (and word suggestions where a language has them).
    selectionListHeight: Math.max(Theme.s(76), Theme.fontLead * 2)
    selectionListDelegate: SelectionListItem {
        id: candidate
        // The list's roles (SelectionListItem itself reads index on a tap).
        required property int index
        required property string display
        width: Math.max(Theme.minTarget, candidateText.implicitWidth + Theme.s(48))
        Text {
            id: candidateText
            anchors.centerIn: parent
            text: candidate.display
            color: candidate.ListView.isCurrentItem ? Theme.accentPressed : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            font.weight: candidate.ListView.isCurrentItem ? Font.DemiBold : Font.Normal
        }
        Rectangle {
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: 1
            height: parent.height * 0.45
            color: Theme.divider
        }
    }
    selectionListHighlight: Item {
        Rectangle {
            anchors { fill: parent; topMargin: Theme.s(8); bottomMargin: Theme.s(8) }
            radius: Theme.s(10)
            color: Theme.accentSoft
        }
    }
    selectionListBackground: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.divider
        }
    }

    // Keyboard navigation with arrow keys (staff with a hardware keyboard).
    navigationHighlight: Rectangle {
        color: "transparent"
        radius: Theme.s(12)
        border.color: Theme.accent
        border.width: Theme.s(4)
    }

    // The full candidate list, opened from the selection list.
    popupListDelegate: SelectionListItem {
        id: popupItem
        // The list's roles (SelectionListItem itself reads index on a tap).
        required property int index
        required property string display
        width: Math.max(Theme.s(240), popupText.implicitWidth + Theme.s(48))
        height: Theme.minTarget * 0.75
        Text {
            id: popupText
            anchors { left: parent.left; leftMargin: Theme.s(24); verticalCenter: parent.verticalCenter }
            text: popupItem.display
            color: popupItem.ListView.isCurrentItem ? Theme.inkOnPrimary : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
        }
    }
    popupListHighlight: Rectangle { radius: Theme.s(10); color: Theme.primary }
    popupListBackground: Rectangle {
        radius: Theme.s(12)
        color: Theme.surface
        border.color: "#A9B4C6"
        border.width: Theme.s(2)
    }

    // The language key cycles zh → ru → en; the list is styled all the same.
    languagePopupListEnabled: false
    languageListDelegate: SelectionListItem {
        id: languageItem
        required property int index
        required property string displayName
        width: Math.max(Theme.s(280), languageText.implicitWidth + Theme.s(48))
        height: Theme.minTarget * 0.75
        Text {
            id: languageText
            anchors { left: parent.left; leftMargin: Theme.s(24); verticalCenter: parent.verticalCenter }
            text: languageItem.displayName
            color: languageItem.ListView.isCurrentItem ? Theme.inkOnPrimary : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
    languageListHighlight: Rectangle { radius: Theme.s(10); color: Theme.primary }
    languageListBackground: Rectangle {
        radius: Theme.s(12)
        color: Theme.surface
        border.color: "#A9B4C6"
        border.width: Theme.s(2)
    }

    // Long press on a function key: the other keyboard functions.
    functionPopupListDelegate: Item {
        id: functionItem
        required property int keyboardFunction
        width: Theme.minTarget
        height: Theme.minTarget
        Icon {
            anchors.centerIn: parent
            width: Theme.s(44)
            height: width
            light: functionItem.ListView.isCurrentItem
            name: functionItem.keyboardFunction === QtVirtualKeyboard.KeyboardFunction.HideInputPanel ? "key-hide"
                : functionItem.keyboardFunction === QtVirtualKeyboard.KeyboardFunction.ChangeLanguage ? "language"
                : "key-handwriting"
        }
    }
    functionPopupListHighlight: Rectangle { radius: Theme.s(12); color: Theme.primary }
    functionPopupListBackground: Rectangle {
        radius: Theme.s(16)
        color: Theme.surface
        border.color: "#A9B4C6"
        border.width: Theme.s(2)
    }
}
