pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import Kiosk.Bridge

// The on-kiosk staff menu: PIN pad, then content packs from a USB stick,
// backups, settings, diagnostics, restart and exit. Shown over everything.
Rectangle {
    id: menu
    objectName: "staffMenu"
    color: "#E6172033"
    visible: Staff.isOpen
    property string newPin: ""
    property string confirmAction: ""
    property string confirmArgument: ""
    // The PIN pads and the menu itself offer the language switch; a page with Back needs the room.
    readonly property bool mainPage: Staff.page === "pin" || Staff.page === "change-pin" || Staff.page === "menu"

    // Every touch in the menu keeps it open; it closes itself after a minute without one.
    MultiPointTouchArea {
        anchors.fill: parent
        mouseEnabled: true
        onPressed: Staff.touched()
    }

    component LanguageChips: Row {
        spacing: Theme.s(8)
        Repeater {
            model: App.languages
            delegate: Chip {
                required property var modelData
                objectName: "staff-lang-" + modelData.code
                text: modelData.name
                selected: App.language === modelData.code
                onClicked: App.setLanguage(modelData.code)
            }
        }
    }

    component Heading: KText {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.primary
    }

    Rectangle {
        id: panel
        anchors.centerIn: parent
        // The small screen and larger text give the menu all the width (its labels wrap and cut less).
        width: Theme.small || Theme.largerText ? parent.width - Theme.margin * 2 : Math.min(parent.width - Theme.margin * 2, Theme.s(1200))
        // The settings page takes the whole height and scrolls inside it.
        height: Staff.page === "settings" ? parent.height - Theme.margin * 2
                                          : Math.min(parent.height - Theme.margin * 2, frame.implicitHeight + Theme.s(96))
        radius: Theme.radius * 1.5
        color: Theme.background

        TapHandler { onTapped: Staff.touched() }

        ColumnLayout {
            id: frame
            anchors { fill: parent; margins: Theme.s(48) }
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                KText {
                    Layout.fillWidth: true
                    text: qsTr("Staff menu")
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    color: Theme.primary
                    wrapMode: Text.NoWrap
                }
                // The menu's own language switch (it opens in the kiosk's start language).
                LanguageChips { visible: !Theme.portrait && menu.mainPage }
                StaffButton {
                    objectName: "staffBack"
                    visible: Staff.page !== "pin" && Staff.page !== "change-pin" && Staff.page !== "menu"
                    text: qsTr("Back")
                    onClicked: Staff.show("menu")
                }
                StaffButton {
                    objectName: "staffClose"
                    text: qsTr("Close")
                    onClicked: Staff.close()
                }
            }

            // On a narrow screen the language switch has a row of its own.
            LanguageChips { visible: Theme.portrait && menu.mainPage; Layout.alignment: Qt.AlignRight }

            // The page: the settings and the lists scroll inside themselves; the
            // others scroll as a whole when they do not fit (the small screen with
            // larger text). The title, Close, progress and messages stay in view.
            Flickable {
                id: pageFlick
                objectName: "staffPage"
                readonly property bool scrollsInside: Staff.page === "settings" || Staff.page === "packs" || Staff.page === "backups"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: content.implicitHeight
                contentWidth: width
                contentHeight: scrollsInside ? height : content.implicitHeight
                interactive: !scrollsInside && contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                onMovementStarted: Staff.touched()
                ScrollBar.vertical: ScrollBar {
                    policy: pageFlick.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    contentItem: Rectangle { implicitWidth: Theme.s(12); radius: width / 2; color: Theme.primary; opacity: 0.55 }
                    background: Rectangle { implicitWidth: Theme.s(12); radius: width / 2; color: Theme.divider }
                }

                ColumnLayout {
                    id: content
                    width: pageFlick.width - (pageFlick.interactive ? Theme.s(12) + Theme.gap : 0)
                    height: pageFlick.scrollsInside ? pageFlick.height : implicitHeight
                    spacing: Theme.gap

                    // PIN -------------------------------------------------------------
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: Staff.page === "pin"
                        spacing: Theme.gap
                        Heading { text: qsTr("Enter the staff PIN") }
                        PinPad {
                            Layout.alignment: Qt.AlignHCenter
                            objectName: "pinPad"
                            places: Staff.pinLength
                            enabled: Staff.lockedFor === 0
                            onSubmitted: (pin) => Staff.enterPin(pin)
                        }
                    }

                    // New PIN (first use, or from the menu) ----------------------------
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: Staff.page === "change-pin"
                        spacing: Theme.gap
                        KText {
                            Layout.fillWidth: true
                            objectName: "newPinReason"
                            visible: Staff.mustChange && menu.newPin === ""
                            text: qsTr("This kiosk still has the first PIN, 000000, which is printed in the manual for everyone to read. Choose a PIN of your own before the menu opens.")
                            color: Theme.textMuted
                        }
                        Heading {
                            text: menu.newPin === "" ? qsTr("Choose a new staff PIN (4 to 8 digits)") : qsTr("Type the new PIN again")
                        }
                        PinPad {
                            Layout.alignment: Qt.AlignHCenter
                            onSubmitted: (pin) => {
                                if (menu.newPin === "") { menu.newPin = pin; return }
                                const first = menu.newPin
                                menu.newPin = ""
                                Staff.changePin(first, pin)
                            }
                        }
                    }

                    // The menu ---------------------------------------------------------
                    KText {
                        Layout.fillWidth: true
                        objectName: "staffAbout"
                        visible: Staff.page === "menu"
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        text: qsTr("Content version %1, made %2, on this kiosk since %3 · Program version %4")
                              .arg(Staff.about.contentVersion).arg(Staff.about.contentMade).arg(Staff.about.contentLoaded)
                              .arg(Staff.about.programVersion)
                    }
                    KText {
                        Layout.fillWidth: true
                        objectName: "staffContact"
                        visible: Staff.page === "menu" && text !== ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontCaption
                        text: Staff.about.contact ? (Staff.about.contact[App.language] || "") : ""
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        visible: Staff.page === "menu"
                        // One column where two would cut the labels short (the small screen with larger text).
                        columns: Theme.portrait || (Theme.small && Theme.largerText) ? 1 : 2
                        rowSpacing: Theme.s(16)
                        columnSpacing: Theme.s(16)
                        StaffButton { objectName: "staff-packs"; Layout.fillWidth: true; primary: true; text: qsTr("Import a content pack"); onClicked: Staff.show("packs") }
                        StaffButton { objectName: "staff-settings"; Layout.fillWidth: true; text: qsTr("Settings"); onClicked: Staff.show("settings") }
                        StaffButton { objectName: "staff-statistics"; Layout.fillWidth: true; text: qsTr("Visitor statistics"); onClicked: Staff.show("statistics") }
                        StaffButton { objectName: "staff-diagnostics"; Layout.fillWidth: true; text: qsTr("Export diagnostics to USB"); onClicked: Staff.exportDiagnostics() }
                        StaffButton { objectName: "staff-pin"; Layout.fillWidth: true; text: qsTr("Change the PIN"); onClicked: Staff.show("change-pin") }
                        StaffButton { objectName: "staff-restart"; Layout.fillWidth: true; text: qsTr("Restart the kiosk"); onClicked: { menu.confirmAction = "restart"; menu.confirmArgument = "" } }
                    }
                    // Set apart: these replace the content or stop the kiosk.
                    Rectangle {
                        Layout.fillWidth: true
                        visible: Staff.page === "menu"
                        implicitHeight: Theme.s(2)
                        color: Theme.divider
                    }
                    KText {
                        Layout.fillWidth: true
                        visible: Staff.page === "menu"
                        text: qsTr("Careful: these replace the content or stop the kiosk")
                        color: "#B91C1C"
                        font.weight: Font.DemiBold
                    }
                    GridLayout {
                        objectName: "staffCareful"
                        Layout.fillWidth: true
                        visible: Staff.page === "menu"
                        // One column where two would cut the labels short (the small screen with larger text).
                        columns: Theme.portrait || (Theme.small && Theme.largerText) ? 1 : 2
                        rowSpacing: Theme.s(16)
                        columnSpacing: Theme.s(16)
                        StaffButton { objectName: "staff-backups"; Layout.fillWidth: true; danger: true; text: qsTr("Restore a backup"); onClicked: Staff.show("backups") }
                        StaffButton { objectName: "staff-exit"; Layout.fillWidth: true; danger: true; text: qsTr("Exit to the desktop"); onClicked: { menu.confirmAction = "exit"; menu.confirmArgument = "" } }
                    }

                    // Content packs ------------------------------------------------------
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: Staff.page === "packs"
                        spacing: Theme.s(12)
                        RowLayout {
                            Heading { text: qsTr("Content packs on USB sticks") }
                            StaffButton { objectName: "staffRefresh"; text: qsTr("Refresh"); onClicked: Staff.scanPacks() }
                        }
                        KText {
                            Layout.fillWidth: true
                            objectName: "staffUpdates"
                            visible: (Staff.about.updates || "") !== ""
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontCaption
                            wrapMode: Text.Wrap
                            //: The staff menu's line about updates from the pack source; %1 is the last result, in English
                            text: qsTr("Updates from the pack source: %1").arg(Staff.about.updates || "")
                        }
                        ListView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredHeight: Math.min(contentHeight, Theme.s(520))
                            clip: true
                            spacing: Theme.s(12)
                            model: Staff.packs
                            delegate: Rectangle {
                                id: packRow
                                required property var modelData
                                width: ListView.view.width
                                height: packColumn.implicitHeight + Theme.s(32)
                                radius: Theme.radius
                                color: Theme.surface
                                RowLayout {
                                    anchors { fill: parent; margins: Theme.s(16) }
                                    ColumnLayout {
                                        id: packColumn
                                        Layout.fillWidth: true
                                        KText { Layout.fillWidth: true; text: packRow.modelData.name; font.weight: Font.Bold }
                                        KText {
                                            Layout.fillWidth: true
                                            text: packRow.modelData.problem !== "" ? packRow.modelData.problem
                                                  : qsTr("Content version %1 · made %2 · %3 MB").arg(packRow.modelData.version).arg(packRow.modelData.created).arg(packRow.modelData.sizeMb)
                                            color: packRow.modelData.problem !== "" ? "#B91C1C" : Theme.textMuted
                                            font.pixelSize: Theme.fontCaption
                                        }
                                    }
                                    StaffButton {
                                        objectName: "import-" + packRow.modelData.name
                                        primary: true
                                        enabled: !Staff.busy
                                        text: qsTr("Import")
                                        onClicked: { menu.confirmAction = "import"; menu.confirmArgument = packRow.modelData.path }
                                    }
                                }
                            }
                        }
                    }

                    // Backups ---------------------------------------------------------------
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: Staff.page === "backups"
                        spacing: Theme.s(12)
                        Heading { text: qsTr("Backups (newest first)") }
                        ListView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredHeight: Math.min(contentHeight, Theme.s(520))
                            clip: true
                            spacing: Theme.s(12)
                            model: Staff.backupList
                            delegate: Rectangle {
                                id: backupRow
                                required property var modelData
                                width: ListView.view.width
                                height: Theme.minTarget + Theme.s(32)
                                radius: Theme.radius
                                color: Theme.surface
                                RowLayout {
                                    anchors { fill: parent; margins: Theme.s(16) }
                                    KText {
                                        Layout.fillWidth: true
                                        text: backupRow.modelData.created + " · " + backupRow.modelData.reason
                                        maximumLineCount: 2
                                    }
                                    StaffButton {
                                        objectName: "restore-" + backupRow.modelData.id
                                        enabled: !Staff.busy
                                        text: qsTr("Restore")
                                        onClicked: { menu.confirmAction = "restore"; menu.confirmArgument = backupRow.modelData.id }
                                    }
                                }
                            }
                        }
                    }

                    // Settings (StaffSettings.qml): the page scrolls inside the panel --------
                    StaffSettings {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: Staff.page === "settings"
                    }

                    // Visitor statistics (StaffStatistics.qml) ----------------------------
                    StaffStatistics {
                        Layout.fillWidth: true
                        visible: Staff.page === "statistics"
                    }
                }
            }

            // Progress of long work ------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                visible: Staff.busy
                spacing: Theme.s(8)
                KText { Layout.fillWidth: true; objectName: "staffProgressText"; text: Staff.progressText; color: Theme.textMuted }
                ProgressBar {
                    Layout.fillWidth: true
                    indeterminate: Staff.progress < 0
                    value: Math.max(0, Staff.progress)
                }
                StaffButton { objectName: "staffCancel"; text: qsTr("Cancel"); onClicked: Staff.cancel() }
            }

            // What happened.
            KText {
                Layout.fillWidth: true
                objectName: "staffMessage"
                visible: text !== ""
                text: Staff.lockedFor > 0 && Staff.page === "pin" && Staff.message === "" ? qsTr("Too many wrong PINs: the pad is locked for a few minutes.") : Staff.message
                color: Staff.isError ? "#B91C1C" : Theme.primary
                font.weight: Font.DemiBold
            }
        }

        // Are you sure? ---------------------------------------------------------
        Rectangle {
            anchors.fill: parent
            radius: panel.radius
            color: "#F2FFFFFF"
            visible: menu.confirmAction !== ""
            ColumnLayout {
                anchors.centerIn: parent
                width: parent.width - Theme.s(96)
                spacing: Theme.gap
                KText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    text: menu.confirmAction === "import" ? qsTr("Import this pack? The current content is backed up first.")
                        : menu.confirmAction === "restore" ? qsTr("Restore this backup? The current database is backed up first.")
                        : menu.confirmAction === "restart" ? qsTr("Restart the kiosk now?")
                        : qsTr("Leave the kiosk for the desktop? It will not start again by itself.")
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: Theme.gap
                    // Restore and exit cannot simply be taken back: staying is the highlighted choice.
                    readonly property bool destructive: menu.confirmAction === "restore" || menu.confirmAction === "exit"
                    StaffButton {
                        objectName: "confirmNo"
                        primary: parent.destructive
                        text: menu.confirmAction === "exit" ? qsTr("Stay")
                            : menu.confirmAction === "restore" ? qsTr("Keep the current content")
                            : qsTr("Cancel")
                        onClicked: menu.confirmAction = ""
                    }
                    StaffButton {
                        objectName: "confirmYes"
                        primary: !parent.destructive
                        danger: parent.destructive
                        text: menu.confirmAction === "import" ? qsTr("Import this pack")
                            : menu.confirmAction === "restore" ? qsTr("Restore this backup")
                            : menu.confirmAction === "restart" ? qsTr("Restart now")
                            : qsTr("Exit to desktop")
                        onClicked: {
                            const action = menu.confirmAction
                            menu.confirmAction = ""
                            if (action === "import") Staff.importPack(menu.confirmArgument)
                            else if (action === "restore") Staff.restoreBackup(menu.confirmArgument)
                            else if (action === "restart") Staff.restartKiosk()
                            else if (action === "exit") Staff.exitToDesktop()
                        }
                    }
                }
            }
        }
    }
}
