import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Bridge

// What every page tells the window: its name (for tests, the tour and the
// log) and how to ask for navigation.
Item {
    id: page
    property string pageName: ""
    signal openSection(string kind)
    signal openRecord(string kind, string slug)
    // Back to the top: the visitor session was reset.
    function resetView() {}

    // Shown, or coming or going. Pages under the current one do not re-read
    // on a language switch or a content update; they catch up when shown.
    readonly property bool live: StackView.status !== StackView.Inactive
    // In the page stack (shown, or under the page shown). A page the window
    // keeps for reuse (Main.qml's pool) is not while it waits there, and
    // lets go of its pictures: six kept lists held about 30 MB of decoded
    // pictures nobody saw (kiosk bench memory: peak 271 -> 241 MB).
    readonly property bool inStack: StackView.index >= 0
    // What the page's content reads pass instead of App.revision: the
    // revision when the page was made, then followed only while it is live.
    property int revision: App.revision
    Component.onCompleted: page.revision = page.revision  // keeps the value, drops the binding
    Binding on revision {
        when: page.live
        value: App.revision
        restoreMode: Binding.RestoreNone
    }
}
