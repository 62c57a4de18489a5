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
    // In the page stack (shown, or under the page shown).
    readonly property bool inStack: StackView.index >= 0
    // Shown, or next under the page shown (where Back goes): its pictures
    // stay decoded. Deeper pages, and pages the window keeps for reuse
    // (Main.qml's pool) while they wait there, let theirs go and load them
    // again when they come back: six kept lists held about 30 MB of
    // pictures nobody saw (the memory measure's tour: peak 271 -> 246 MB), and a
    // record page holds about 5 MB (its picture and its cards' pictures).
    readonly property bool keepsPictures: page.inStack && page.StackView.view !== null
        && page.StackView.index >= page.StackView.view.depth - 2
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
