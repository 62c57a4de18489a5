import QtQuick
import Kiosk.Bridge

// A bundled line icon by name (resources/icons/NAME.svg), crisp at any size.
Image {
    property string name: "image"
    property bool light: false
    source: App.icon(light ? name + "-light" : name)
    sourceSize.width: width
    sourceSize.height: height
    fillMode: Image.PreserveAspectFit
    asynchronous: false
    smooth: true
}
