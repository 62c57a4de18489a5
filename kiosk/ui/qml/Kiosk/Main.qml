pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk
import Kiosk.Bridge

// The kiosk window: top bar, the page stack, the bottom bar, the on-screen
// keyboard, and the idle countdown and attract loop over everything.
Window {
    id: root
    objectName: "kioskWindow"
    title: qsTr("Jiaozhou industry kiosk")
    color: Theme.background
    visible: false

    readonly property string currentPage: stack.currentItem ? (stack.currentItem as Page).pageName : ""
    readonly property var zone: Content.home(App.revision)
    readonly property int maxDepth: 12

    Binding { target: Theme; property: "windowWidth"; value: root.width }
    Binding { target: Theme; property: "windowHeight"; value: root.height }
    Binding { target: Theme; property: "pixelsPerMm"; value: App.pixelsPerMm }

    // -- low reach ---------------------------------------------------------------------
    // The band 380–1220 mm above the floor (ADA 308, EN 301 549 §8.3), from
    // where staff say the screen hangs (Access.screenBottomMm, screenHeightMm).
    // The bottom bar and the accessibility button stay inside it always; with
    // Low reach the top bar and the page move down into it too.
    readonly property real pxPerMm: Access.screenHeightMm > 0 ? root.height / Access.screenHeightMm : App.pixelsPerMm
    readonly property real screenTopMm: Access.screenBottomMm + root.height / Math.max(0.1, root.pxPerMm)
    readonly property real reachTop: Access.lowReach
        ? Math.min(root.height * 0.5, Math.max(0, (root.screenTopMm - 1220) * root.pxPerMm)) : 0
    readonly property real reachBottom: Math.min(root.height * 0.3, Math.max(0, (380 - Access.screenBottomMm) * root.pxPerMm))
    Item {
        id: reachArea
        objectName: "reachArea"
        x: 0
        y: root.reachTop
        width: root.width
        height: root.height - root.reachTop - root.reachBottom
    }
    // Above and below the band: no controls, only a word on why.
    Rectangle {
        objectName: "aboveReach"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: root.reachTop
        visible: height > 0
        color: Theme.primaryDark
        KText {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
            text: qsTr("Low reach: the screen's controls are below")
            color: Theme.inkOnPrimary
            font.pixelSize: Theme.fontLead
            horizontalAlignment: Text.AlignHCenter
            maximumLineCount: 2
        }
    }
    Rectangle {
        objectName: "belowReach"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: root.reachBottom
        visible: height > 0
        color: Theme.surface
    }

    // -- navigation ----------------------------------------------------------------
    function show(component: Component, properties: var): Item {
        const page = root.maxDepth <= stack.depth
            ? stack.replace(component, properties)
            : stack.push(component, properties)
        const typed = page as Page
        if (typed) {
            typed.openSection.connect(root.openSection)
            typed.openRecord.connect(root.openRecord)
        }
        return page
    }
    // The section lists are made once and reused, so a tile opens its list
    // at once: each is built the first time it is needed or, after the first
    // frame, in a quiet moment (warmUp, which makes the keyboard last). A
    // list already in the stack gets a fresh page of its own.
    property var sectionPages: ({})
    Item { id: pagePool; visible: false }
    function sectionPage(kind: string): ListPage {
        let page = root.sectionPages[kind] as ListPage
        if (!page) {
            page = listComponent.createObject(pagePool, { kind: kind }) as ListPage
            page.openSection.connect(root.openSection)
            page.openRecord.connect(root.openRecord)
            root.sectionPages[kind] = page
        }
        return page
    }
    function openSection(kind: string) {
        if (kind === "system") { root.openSystem(); return }
        const page = root.sectionPage(kind)
        if (page.StackView.index >= 0) {
            root.show(listComponent, { kind: kind })
            return
        }
        page.reuse()
        if (root.maxDepth <= stack.depth)
            stack.replace(page)
        else
            stack.push(page)
    }
    Timer {
        id: warmUp
        interval: 200
        repeat: true
        onTriggered: {
            const kinds = (root.zone.sections || []).map(section => section.kind)
            const missing = kinds.filter(kind => !root.sectionPages[kind])
            if (missing.length > 0) { root.sectionPage(missing[0]); return }
            // Then the system page's reading in every language, so that Home's link opens it at once.
            if (!root.systemRead) { root.systemRead = true; Content.prepareSystem(); return }
            // Last, the on-screen keyboard and the search page, so that Search opens at once too.
            if (!root.keyboardWanted) { root.keyboardWanted = true; return }
            root.searchPage()
            root.warmedUp = true
            stop()
        }
    }
    property bool warmUpStarted: false
    // Every section list, the keyboard and the search page are built.
    property bool warmedUp: false
    property bool systemRead: false
    onFrameSwapped: {
        if (!warmUpStarted) { warmUpStarted = true; warmUp.start() }
        if (keyboardLocalePending) { keyboardLocalePending = false; keyboardFollowsLanguage() }
    }
    function openRecord(kind: string, slug: string) {
        if (kind === "figure" || kind === "zone") { root.goHome(); return }
        if (kind === "source") { root.openAbout(); return }
        root.show(detailComponent, { kind: kind, slug: slug })
    }
    // The search page is made once and reused too, so Search opens at once
    // with the keyboard already built.
    property SearchPage searchPool: null
    function searchPage(): SearchPage {
        if (!root.searchPool) {
            root.searchPool = searchComponent.createObject(pagePool) as SearchPage
            root.searchPool.openSection.connect(root.openSection)
            root.searchPool.openRecord.connect(root.openRecord)
        }
        return root.searchPool
    }
    function openSearch() {
        if (root.currentPage === "search") return
        root.keyboardWanted = true
        root.keyboardFollowsLanguage()
        let page = root.searchPage()
        if (page.StackView.index >= 0) {
            // Already further down the stack: this visit gets a page of its own.
            page = root.show(searchComponent, {}) as SearchPage
        } else {
            page.resetView()
            if (root.maxDepth <= stack.depth)
                stack.replace(page)
            else
                stack.push(page)
        }
        if (page) page.focusField()
    }
    function openSystem() { if (root.currentPage !== "system") root.show(systemComponent, {}) }
    function openAbout() { if (root.currentPage !== "about") root.show(aboutComponent, {}) }
    function goHome() {
        Qt.inputMethod.hide() // qmllint disable missing-property
        if (stack.depth > 1)
            stack.pop(null);
        const page = stack.currentItem as Page;
        if (page)
            page.resetView();
    }
    function goBack() {
        Qt.inputMethod.hide() // qmllint disable missing-property
        if (stack.depth > 1) stack.pop()
    }
    // Called from Python when a page failed: log first, then back to safety.
    function recover() {
        stack.clear(StackView.Immediate)
        root.show(homeComponent, {})
    }
    // The visitor left: next visitor starts fresh.
    function resetSession() {
        Qt.inputMethod.hide() // qmllint disable missing-property
        root.accessPanelOpen = false
        root.keyHelpOpen = false
        root.contentItem.forceActiveFocus()  // the next visitor's keys start from the beginning
        App.setLanguage(App.defaultLanguage)
        stack.clear(StackView.Immediate)
        root.show(homeComponent, {})
    }

    Component { id: homeComponent; HomePage {} }
    Component { id: listComponent; ListPage {} }
    Component { id: detailComponent; DetailPage {} }
    Component { id: aboutComponent; AboutPage {} }
    Component { id: systemComponent; SystemPage {} }
    Component {
        id: searchComponent
        SearchPage { keyboardHeight: root.keyboard && root.keyboard.active ? root.keyboard.height + Theme.gap : 0 }
    }

    // -- accessibility --------------------------------------------------------------
    // The accessibility button lies over the bottom bar's left end, above the
    // countdown and the attract loop: the same button in the same place
    // always. It comes first in the keypad's order.
    property bool accessPanelOpen: false
    function openAccessPanel() {
        root.accessPanelOpen = true
        const panel = accessPanelLoader.item as AccessPanel
        if (panel && Idle.keypadUsed) panel.focusFirst()
    }
    function closeAccessPanel() {
        root.accessPanelOpen = false
        if (Idle.keypadUsed) accessButton.forceActiveFocus(Qt.TabFocusReason)
    }
    AccessButton {
        id: accessButton
        z: 105
        x: Theme.margin
        y: bottomBar.y + bottomBar.lowerRowY
        stacked: bottomBar.stacked
        onClicked: root.openAccessPanel()
    }
    // A tap on the button over the attract loop starts the session (Idle
    // takes the whole touch) and opens the panel.
    Connections {
        target: Idle
        function onWokenAt(x: real, y: real) {
            const p = accessButton.mapFromItem(null, x, y)
            if (accessButton.contains(p))
                root.openAccessPanel()
        }
    }
    Loader {
        id: accessPanelLoader
        anchors.fill: parent
        z: 108
        active: root.accessPanelOpen
        sourceComponent: AccessPanel {
            bottomRoom: root.height - bottomBar.y
            topRoom: root.reachTop
            onDone: root.closeAccessPanel()
        }
        onLoaded: if (Idle.keypadUsed) (item as AccessPanel).focusFirst()
    }

    // The keypad (kiosk/ui/keypad.py): Back closes what is open, else goes back;
    // Help opens the explanation of the keys.
    property bool keyHelpOpen: false
    function keypadBack() {
        if (root.keyHelpOpen) root.keyHelpOpen = false
        else if (root.accessPanelOpen) root.closeAccessPanel()
        else if (Idle.state === "active") root.goBack()
    }
    function toggleKeyHelp() { root.keyHelpOpen = !root.keyHelpOpen }
    Loader {
        id: keyHelpLoader
        anchors.fill: parent
        z: 109
        active: root.keyHelpOpen
        sourceComponent: KeyHelp {
            bottomRoom: root.height - bottomBar.y
            onDone: root.keyHelpOpen = false
        }
        onLoaded: (item as KeyHelp).focusFirst()
    }
    FocusRing {
        id: focusRing
        target: Idle.keypadUsed && root.activeFocusItem !== null && root.activeFocusItem.activeFocusOnTab ? root.activeFocusItem : null
    }

    TopBar {
        id: topBar
        objectName: "topBar"
        anchors { left: parent.left; right: parent.right; top: reachArea.top }
        zoneTitle: root.zone.zoneTitle
        zoneSubtitle: root.zone.zoneSubtitle
        onLanguageChosen: (code) => App.setLanguage(code)
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors { left: parent.left; right: parent.right; top: topBar.bottom; bottom: bottomBar.top }
        clip: true
        Component.onCompleted: root.show(homeComponent, {})

        pushEnter: Transition {
            ParallelAnimation {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.transitionDuration; easing.type: Easing.OutCubic }
                NumberAnimation { property: "x"; from: Theme.s(60); to: 0; duration: Theme.transitionDuration; easing.type: Easing.OutCubic }
            }
        }
        pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.transitionDuration } }
        popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.transitionDuration } }
        popExit: Transition {
            ParallelAnimation {
                NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.transitionDuration }
                NumberAnimation { property: "x"; from: 0; to: Theme.s(60); duration: Theme.transitionDuration }
            }
        }
        replaceEnter: pushEnter
        replaceExit: pushExit

        // Swipe right to go back (lists flick vertically, so this never fights them).
        DragHandler {
            id: swipe
            target: null
            yAxis.enabled: false
            acceptedDevices: PointerDevice.TouchScreen | PointerDevice.Mouse
            onActiveChanged: {
                if (!active && persistentTranslation.x > stack.width * 0.2 && stack.depth > 1)
                    root.goBack()
            }
        }
    }

    BottomBar {
        id: bottomBar
        objectName: "bottomBar"
        anchors { left: parent.left; right: parent.right; bottom: reachArea.bottom }
        canGoBack: stack.depth > 1
        page: root.currentPage
        leadingRoom: accessButton.width + Theme.gap
        accessWideWidth: accessButton.wideWidth
        accessStackedWidth: accessButton.stackedWidth
        onHome: root.goHome()
        onBack: root.goBack()
        onSearch: root.openSearch()
        onAbout: root.openAbout()
    }

    // Qt's on-screen keyboard: most of a cold start's QML, so it is built
    // after the first frame (warmUp) or when Search opens, whichever is first.
    property bool keyboardWanted: false
    readonly property InputPanel keyboard: keyboardLoader.item as InputPanel
    Loader {
        id: keyboardLoader
        z: 50
        active: root.keyboardWanted
        // At the window's origin, so the panel places itself in window coordinates.
        sourceComponent: InputPanel {
            objectName: "keyboard"
            // Full width: the kiosk's keyboard style (QtQuick/VirtualKeyboard/
            // Styles/kiosk) makes each row one touch target high.
            width: root.width
            y: active ? bottomBar.y - height : root.height
            visible: active
        }
        // The keyboard's languages follow the visitor's. The settings only
        // accept a locale once the keyboard has listed its locales, a tick
        // after it is built, hence the timer.
        onLoaded: keyboardLocale.restart()
    }
    Timer {
        id: keyboardLocale
        interval: 1
        onTriggered: {
            VirtualKeyboardSettings.styleName = "kiosk"
            VirtualKeyboardSettings.activeLocales = ["zh_CN", "ru_RU", "en_US"]
            VirtualKeyboardSettings.locale = App.keyboardLocale
        }
    }
    // Changing the keyboard's locale rebuilds its layouts (tens of ms). It
    // follows a language switch just after the switch's first frame (the
    // new language shows first, the keyboard is redone in the moment after),
    // so that opening Search finds it ready: done while Search opened, it
    // delayed that page's first frame by 15-20 ms one time in three.
    property bool keyboardLocalePending: false
    function keyboardFollowsLanguage() {
        if (root.keyboard && VirtualKeyboardSettings.locale !== App.keyboardLocale)
            keyboardLocale.restart()
    }
    Connections {
        target: App
        function onLanguageChanged() { root.keyboardLocalePending = true }
    }

    IdleOverlay {
        anchors.fill: parent
        z: 90
        visible: Idle.state === "countdown"
        remaining: Idle.remainingSeconds
        onStay: Idle.activity()
    }

    AttractOverlay {
        id: attractOverlay
        anchors.fill: parent
        z: 100
        visible: Idle.state === "attract"
        // From the countdown on, so that the loop's pictures are ready when it shows.
        keepPictures: Idle.state !== "active"
        slides: visible ? Content.attractSlides(App.revision) : []
        zoneTitle: root.zone.zoneTitle
        zoneSubtitle: root.zone.zoneSubtitle
        bottomRoom: root.height - bottomBar.y
        leadingRoom: accessButton.x + accessButton.width + Theme.gap
        onTouched: Idle.wake()
    }

    Connections {
        target: Idle
        function onSessionEnded() { root.resetSession() }
    }

    // The staff gesture, which visitors will not hit by chance: hold the
    // top-left corner for 3 seconds, then tap the bottom-right corner within
    // 3 seconds. It opens the PIN pad of the staff menu.
    Item {
        objectName: "staffCornerHold"
        z: 150
        anchors { left: parent.left; top: parent.top }
        width: Theme.minTarget
        height: Theme.minTarget
        property bool heldLongEnough: false
        Timer {
            id: holdTime
            interval: 3000
            onTriggered: parent.heldLongEnough = true
        }
        TapHandler {
            // The hold counts on release, so nothing happens while the finger is down.
            longPressThreshold: 3600
            gesturePolicy: TapHandler.WithinBounds
            onPressedChanged: {
                const corner = parent
                if (pressed) {
                    corner.heldLongEnough = false
                    holdTime.restart()
                } else {
                    holdTime.stop()
                    if (corner.heldLongEnough)
                        staffArmed.restart()
                    corner.heldLongEnough = false
                }
            }
        }
    }
    Timer { id: staffArmed; interval: 3000 }
    Item {
        objectName: "staffCornerTap"
        z: 150
        enabled: staffArmed.running
        anchors { right: parent.right; bottom: parent.bottom }
        width: Theme.minTarget
        height: Theme.minTarget
        TapHandler {
            onTapped: {
                staffArmed.stop()
                Staff.open()
            }
        }
    }
    // The visitor session waits while staff work.
    Binding { target: Idle; property: "hold"; value: Staff.isOpen }
    // Built when staff open it and dropped when it closes: visitors never
    // pay for it (start-up, memory, every language switch).
    Loader {
        anchors.fill: parent
        z: 200
        active: Staff.isOpen
        sourceComponent: StaffMenu {}
    }
}
