import QtQuick

// What every page tells the window: its name (for tests, the tour and the
// log) and how to ask for navigation.
Item {
    id: page
    property string pageName: ""
    signal openSection(string kind)
    signal openRecord(string kind, string slug)
    // Back to the top: the visitor session was reset.
    function resetView() {}
}
