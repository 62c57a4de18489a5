pragma Singleton
import QtQuick
import Kiosk.Bridge

// Colours, type sizes, spacing and touch metrics for every visitor page.
// Sizes scale with the window (1080p is 1.0) and the layout is chosen from
// its shape: landscape 1920×1080, portrait 1080×1920, small 1366×768.
// The visitor's accessibility choices (Access) change them: larger text
// (every font ×1.5), high contrast (the colours below switch to a palette
// with text at 7:1 and boundaries at 4.5:1 at least), less motion (no
// transitions) and low reach (the bands the layout keeps free, set by Main).
QtObject {
    id: theme

    readonly property bool largerText: Access.largerText
    readonly property bool highContrast: Access.highContrast
    readonly property bool lessMotion: Access.lessMotion
    readonly property real textScale: theme.largerText ? 1.5 : 1.0
    // With larger text a capital H is also at least 7.3 mm high on the
    // configured screen (EN 301 549 §5.1.4); the bundled font's capitals
    // are 0.733 of its size.
    readonly property int largeTextFloor: Math.ceil(7.3 * theme.pixelsPerMm / 0.733)
    function t(px: real): int {
        return theme.largerText ? Math.max(Math.round(px * theme.textScale), theme.largeTextFloor) : Math.round(px)
    }

    property real windowWidth: 1920
    property real windowHeight: 1080
    property real pixelsPerMm: 3.78

    // A layout staff chose in the settings ("landscape", "portrait",
    // "small"); empty: chosen from the window's shape.
    property string forcedLayout: ""

    readonly property bool portrait: forcedLayout !== "" ? forcedLayout === "portrait" : windowHeight > windowWidth
    readonly property bool small: forcedLayout !== "" ? forcedLayout === "small" : (!portrait && windowWidth < 1600)
    readonly property string layout: portrait ? "portrait" : (small ? "small" : "landscape")
    readonly property real scale: Math.max(0.7, portrait ? Math.min(windowWidth / 1080, windowHeight / 1920)
                                                       : Math.min(windowWidth / 1920, windowHeight / 1080))
    function s(value: real): int { return Math.round(value * theme.scale) }

    // Type: one family (the bundled CJK subset covers Chinese, Cyrillic, Latin).
    readonly property string fontFamily: "Kiosk Sans SC"
    readonly property int fontCaption: t(Math.max(18, s(24)))
    readonly property int fontBody: t(Math.max(20, s(26)))
    readonly property int fontLead: t(Math.max(22, s(30)))
    readonly property int fontTitle: t(s(36))
    readonly property int fontHeading: t(s(48))
    readonly property int fontDisplay: t(s(64))
    readonly property int fontFigure: t(s(76))

    // Touch: every target at least 20 mm on the configured screen.
    readonly property real minTarget: Math.max(pixelsPerMm * 20, s(88))

    // Spacing on an 8 px grid.
    readonly property int grid: s(8)
    readonly property int gap: s(24)
    readonly property int margin: portrait ? s(40) : (small ? s(32) : s(48))
    readonly property int radius: s(16)
    readonly property int topBarHeight: Math.max(s(96), minTarget + s(16))
    readonly property int bottomBarHeight: Math.max(minTarget + s(32), s(128))
    readonly property int textColumn: s(1100)
    // Pictures: the pixel sizes they are drawn at (ahead of time, see
    // art_images.py); each picture crops to fill whatever box shows it.
    readonly property size artCard: Qt.size(s(440), s(280))
    readonly property size artHero: portrait ? Qt.size(s(1000), s(540)) : Qt.size(s(1000), s(460))
    readonly property size artThumb: Qt.size(s(400), s(240))
    readonly property var artSizes: ({ "card": [artCard.width, artCard.height],
                                       "hero": [artHero.width, artHero.height],
                                       "thumb": [artThumb.width, artThumb.height] })
    readonly property int cardRadius: s(6)
    // A record card in a list: taller with larger text, so that its badges,
    // title and summary reflow inside it.
    readonly property int cardHeight: Math.round(s(280) * (theme.largerText ? 1.6 : 1))
    // Page transitions; the tour and the benchmark set 0 to capture settled pages.
    property int pageDuration: 200
    // What the transitions use: none at all with less motion.
    readonly property int transitionDuration: theme.lessMotion ? 0 : theme.pageDuration

    // The keypad's focus ring: dark outside, light inside, so that it shows
    // on light cards and on the navy bars alike (each part ≥ 3 px).
    readonly property color focusOuter: "#000000"
    readonly property color focusInner: "#FFD400"
    readonly property int focusWidth: Math.max(3, s(4))

    // Colour: light background for a bright hall, AA contrast everywhere;
    // with high contrast, black on white and dark inks (AAA, 7:1).
    readonly property color background: theme.highContrast ? "#FFFFFF" : "#F3F5F9"
    readonly property color surface: "#FFFFFF"
    readonly property color surfacePressed: theme.highContrast ? "#DCDCDC" : "#E4E9F2"
    readonly property color text: theme.highContrast ? "#000000" : "#172033"
    readonly property color textMuted: theme.highContrast ? "#1F1F1F" : "#4A5568"
    readonly property color divider: theme.highContrast ? "#4D4D4D" : "#D5DBE5"
    readonly property color primary: theme.highContrast ? "#001A4D" : "#0B3D91"
    readonly property color primaryDark: theme.highContrast ? "#000D26" : "#072B66"
    readonly property color inkOnPrimary: "#FFFFFF"
    readonly property color inkOnPrimaryMuted: theme.highContrast ? "#FFFFFF" : "#D6E2F7"
    readonly property color accent: theme.highContrast ? "#6B2900" : "#B45309"
    readonly property color accentPressed: theme.highContrast ? "#401800" : "#8A3F06"
    readonly property color accentSoft: theme.highContrast ? "#FFFFFF" : "#FDF0E1"
    readonly property color shadow: "#1A0B1F3D"
    // The dim behind the countdown and the accessibility panel.
    readonly property color scrim: theme.highContrast ? "#E6000000" : "#B3172033"

    function sectorColor(code: string): color {
        if (theme.highContrast) return theme.highContrastInk(code)
        switch (code) {
        case "food": return "#7A5A00"
        case "appliances": return "#00695C"
        case "steel": return "#3B4A5A"
        case "new_energy": return "#2E6B1F"
        default: return theme.primary
        }
    }
    function sectorTint(code: string): color {
        if (theme.highContrast) return theme.surface
        switch (code) {
        case "food": return "#FBF1D6"
        case "appliances": return "#DDF2EE"
        case "steel": return "#E4EAF0"
        case "new_energy": return "#E2F2DC"
        default: return "#E3EAF6"
        }
    }
    // The sector inks of the high-contrast palette (on white, 7:1 and more).
    function highContrastInk(code: string): color {
        switch (code) {
        case "food": return "#3D2D00"
        case "appliances": return "#003329"
        case "steel": return "#1A232D"
        case "new_energy": return "#143009"
        default: return theme.primary
        }
    }
    function sectorIcon(code: string): string {
        switch (code) {
        case "food": return "sector-food"
        case "appliances": return "sector-appliances"
        case "steel": return "sector-steel"
        case "new_energy": return "sector-new-energy"
        default: return ""
        }
    }
    function kindIcon(kind: string): string {
        switch (kind) {
        case "cluster": return "clusters"
        case "manufacturer": return "manufacturers"
        case "base": return "bases"
        case "platform": return "platforms"
        case "initiative": return "initiatives"
        case "industry": return "industries"
        case "statement": return "statement"
        case "figure": return "figures"
        case "source": return "sources"
        case "zone": return "about"
        default: return "image"
        }
    }
    function recordIcon(kind: string, sector: string): string {
        return sector !== "" ? theme.sectorIcon(sector) : theme.kindIcon(kind)
    }

    // Names of the fixed vocabulary. The unused `lang` argument makes each
    // binding that calls these re-evaluate when the language changes.
    function sectorName(code: string, lang: string): string {
        switch (code) {
        case "food": return qsTr("Food")
        case "appliances": return qsTr("Home appliances and electronics")
        case "steel": return qsTr("Steel structures")
        case "new_energy": return qsTr("New energy")
        default: return ""
        }
    }
    function levelName(code: string, lang: string): string {
        switch (code) {
        case "national": return qsTr("National level")
        case "provincial": return qsTr("Provincial level")
        default: return ""
        }
    }
    function clusterKindName(code: string, lang: string): string {
        switch (code) {
        case "leading_county": return qsTr("Leading county")
        case "cluster": return qsTr("Industrial cluster")
        default: return ""
        }
    }
    function kindName(kind: string, lang: string): string {
        switch (kind) {
        case "cluster": return qsTr("Industrial clusters")
        case "manufacturer": return qsTr("Flagship manufacturers")
        case "base": return qsTr("Production bases")
        case "platform": return qsTr("Service platforms")
        case "initiative": return qsTr("Initiatives")
        case "industry": return qsTr("Signature industries")
        case "statement": return qsTr("Statement")
        case "figure": return qsTr("Key figures")
        case "source": return qsTr("Sources")
        case "zone": return qsTr("About the zone")
        default: return ""
        }
    }
    // Section names short enough for a Home tile at one size in every
    // language (the list page's header gives the full name).
    function kindShortName(kind: string, lang: string): string {
        switch (kind) {
        case "cluster": return qsTr("Clusters", "Home tile")
        case "manufacturer": return qsTr("Manufacturers", "Home tile")
        case "base": return qsTr("Production bases", "Home tile")
        case "platform": return qsTr("Service platforms", "Home tile")
        case "initiative": return qsTr("Initiatives", "Home tile")
        case "industry": return qsTr("Industries", "Home tile")
        default: return theme.kindName(kind, lang)
        }
    }
    function kindSingular(kind: string, lang: string): string {
        switch (kind) {
        case "cluster": return qsTr("Industrial cluster")
        case "manufacturer": return qsTr("Flagship manufacturer")
        case "base": return qsTr("Production base")
        case "platform": return qsTr("Service platform")
        case "initiative": return qsTr("Initiative")
        case "industry": return qsTr("Industry")
        case "statement": return qsTr("Statement")
        case "figure": return qsTr("Key figure")
        case "source": return qsTr("Source")
        case "zone": return qsTr("The zone")
        default: return ""
        }
    }
    function languageTag(code: string): string {
        switch (code) {
        case "zh-Hans": return "中文"
        case "ru": return "RU"
        case "en": return "EN"
        default: return code
        }
    }
}
