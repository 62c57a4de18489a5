import QtQuick
import Kiosk

// Text with the kiosk's type defaults: wraps by default, never selectable.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    elide: Text.ElideRight
}
