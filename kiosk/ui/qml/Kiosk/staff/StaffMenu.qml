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
        width: Math.min(parent.width - Theme.margin * 2, Theme.s(1200))
        height: Math.min(parent.height - Theme.margin * 2, content.implicitHeight + Theme.s(96))
        radius: Theme.radius * 1.5
        color: Theme.background

        TapHandler { onTapped: Staff.touched() }

        ColumnLayout {
            id: content
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
                columns: Theme.portrait ? 1 : 2
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
                columns: Theme.portrait ? 1 : 2
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

            // Settings ------------------------------------------------------------
            GridLayout {
                Layout.fillWidth: true
                visible: Staff.page === "settings"
                columns: 2
                rowSpacing: Theme.s(16)
                columnSpacing: Theme.gap
                readonly property var values: Staff.settings

                KText { text: qsTr("Return to the start after (seconds without a touch)"); Layout.fillWidth: true }
                Row {
                    spacing: Theme.s(12)
                    StaffButton { objectName: "idle-less"; text: "−"; onClicked: Staff.setSetting("idle_timeout_s", Math.max(30, Staff.settings.idle_timeout_s - 15)) }
                    KText { objectName: "idleValue"; width: Theme.s(120); horizontalAlignment: Text.AlignHCenter; anchors.verticalCenter: parent.verticalCenter; text: Staff.settings.idle_timeout_s; font.weight: Font.Bold }
                    StaffButton { objectName: "idle-more"; text: "+"; onClicked: Staff.setSetting("idle_timeout_s", Staff.settings.idle_timeout_s + 15) }
                }

                KText { text: qsTr("Start language"); Layout.fillWidth: true }
                Row {
                    spacing: Theme.s(12)
                    Repeater {
                        model: App.languages
                        delegate: Chip {
                            required property var modelData
                            objectName: "default-" + modelData.code
                            text: modelData.name
                            selected: Staff.settings.default_language === modelData.code
                            onClicked: Staff.setSetting("default_language", modelData.code)
                        }
                    }
                }

                KText { text: qsTr("Languages offered to visitors"); Layout.fillWidth: true }
                Row {
                    spacing: Theme.s(12)
                    Repeater {
                        model: [["zh-Hans", "中文"], ["ru", "Русский"], ["en", "English"]]
                        delegate: Chip {
                            required property var modelData
                            objectName: "enabled-" + modelData[0]
                            readonly property var enabledNow: Staff.settings.enabled_languages
                            text: modelData[1]
                            selected: enabledNow.indexOf(modelData[0]) >= 0
                            onClicked: {
                                const code = modelData[0]
                                const next = selected ? enabledNow.filter(c => c !== code) : enabledNow.concat([code])
                                Staff.setSetting("enabled_languages", next)
                            }
                        }
                    }
                }

                KText { text: qsTr("Screen layout"); Layout.fillWidth: true }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.s(12)
                    Repeater {
                        model: [["auto", qsTr("Automatic")], ["landscape", qsTr("Landscape")], ["portrait", qsTr("Portrait")], ["small", qsTr("Small screen")]]
                        delegate: Chip {
                            required property var modelData
                            objectName: "layout-" + modelData[0]
                            text: modelData[1]
                            selected: Staff.settings.screen_layout === modelData[0]
                            onClicked: Staff.setSetting("screen_layout", modelData[0])
                        }
                    }
                }

                KText { text: qsTr("Screen pixels per inch (for 20 mm touch targets)"); Layout.fillWidth: true }
                Row {
                    spacing: Theme.s(12)
                    StaffButton { objectName: "dpi-auto"; text: qsTr("Automatic"); onClicked: Staff.setSetting("physical_dpi", null) }
                    StaffButton { objectName: "dpi-less"; text: "−"; onClicked: Staff.setSetting("physical_dpi", Math.max(40, (Staff.settings.physical_dpi || Math.round(App.pixelsPerMm * 25.4)) - 5)) }
                    KText { objectName: "dpiValue"; width: Theme.s(120); horizontalAlignment: Text.AlignHCenter; anchors.verticalCenter: parent.verticalCenter; text: Staff.settings.physical_dpi ? Staff.settings.physical_dpi : Math.round(App.pixelsPerMm * 25.4); font.weight: Font.Bold }
                    StaffButton { objectName: "dpi-more"; text: "+"; onClicked: Staff.setSetting("physical_dpi", (Staff.settings.physical_dpi || Math.round(App.pixelsPerMm * 25.4)) + 5) }
                }
            }

            // Visitor statistics (StaffStatistics.qml) ----------------------------
            StaffStatistics {
                Layout.fillWidth: true
                visible: Staff.page === "statistics"
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
