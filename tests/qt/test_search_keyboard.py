"""Search with Qt's on-screen keyboard (pinyin, Cyrillic, Latin) and a hardware keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QPointF, QRectF, QUrl
from PySide6.QtQml import QQmlComponent

from kiosk.ui.item_tree import child_items

KEYBOARD_HELPER = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function setLocale(name) { VirtualKeyboardSettings.locale = name }
    function locale() { return InputContext.locale }
    function press(key, text) { return InputContext.inputEngine.virtualKeyClick(key, text, 0) }
    function candidates() {
        const model = InputContext.inputEngine.wordCandidateListModel
        const out = []
        for (let i = 0; i < model.count; ++i) out.push(model.dataAt(i, 0))
        return out
    }
    function choose(index) { InputContext.inputEngine.wordCandidateListModel.selectItem(index) }
    function keyboardVisible() { return Qt.inputMethod.visible }
    function styleName() { return VirtualKeyboardSettings.styleName }
    function shiftActive() { return InputContext.shiftActive }
    function capsLockActive() { return InputContext.capsLockActive }
}
"""


class Keyboard:
    """Presses keys on the kiosk's virtual keyboard, as a finger on its keys would."""

    def __init__(self, drive):
        self.drive = drive
        component = QQmlComponent(drive.ui.engine)
        component.setData(KEYBOARD_HELPER, QUrl("qrc:/test/KeyboardHelper.qml"))
        self.obj = component.create()
        assert self.obj is not None, component.errorString()
        self.component = component

    def type(self, text: str) -> None:
        for ch in text:
            QMetaObject.invokeMethod(self.obj, "press", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", ord(ch.upper())), Q_ARG("QVariant", ch))
            self.drive.wait(15)  # paces the key presses like a finger; what they typed is waited for, not assumed

    def candidates(self) -> list[str]:
        value = QMetaObject.invokeMethod(self.obj, "candidates", Q_RETURN_ARG("QVariant"))
        return list(value.toVariant()) if hasattr(value, "toVariant") else list(value or [])

    def choose(self, word: str) -> None:
        words = self.candidates()
        assert word in words, f"{word!r} is not among the candidates {words[:20]}"
        QMetaObject.invokeMethod(self.obj, "choose", Q_ARG("QVariant", words.index(word)))

    def locale(self) -> str:
        return QMetaObject.invokeMethod(self.obj, "locale", Q_RETURN_ARG("QVariant"))

    def ask(self, function: str):
        return QMetaObject.invokeMethod(self.obj, function, Q_RETURN_ARG("QVariant"))


def open_search(drive):
    drive.tap("searchButton")
    drive.settle()
    assert drive.ui.current_page == "search"
    assert drive.wait_until(lambda: drive.item("searchField").property("activeFocus"), 10_000)
    return Keyboard(drive)


def text_is(drive, expected: str) -> bool:
    """Wait (generously) until the search field holds *expected*."""
    return drive.wait_until(lambda: drive.item("searchField").property("text") == expected, 10_000)


def results(drive) -> list[str]:
    return [i.objectName()[len("result-"):] for i in drive.ui.items() if i.objectName().startswith("result-")]


def test_the_keyboard_opens_in_the_visitors_language_and_shows_on_screen(kiosk):
    drive = kiosk(language="ru")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "ru_RU", 2000)
    assert drive.ui.find("keyboard") is not None  # the panel is up, inside the scene
    drive.tap("lang-zh-Hans")
    assert drive.wait_until(lambda: keys.locale() == "zh_CN", 2000)
    # Switched elsewhere, the keyboard catches up when Search opens again.
    drive.tap("homeButton")
    drive.settle()
    drive.tap("lang-en")
    drive.settle()
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)


def test_the_keyboard_is_in_the_new_language_before_search_opens(kiosk):
    """A language switch redoes the keyboard just after its first frame, so
    that opening Search does not wait for it (kiosk bench: the search page's
    slow first frames were this)."""
    drive = kiosk(language="ru")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "ru_RU", 2000)
    drive.tap("homeButton")
    drive.settle()
    drive.tap("lang-zh-Hans")
    assert drive.wait_until(lambda: keys.locale() == "zh_CN", 2000)
    assert drive.ui.current_page == "home"


def test_pinyin_haier_then_the_candidate_finds_haier(kiosk):
    drive = kiosk(language="zh-Hans")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "zh_CN", 2000)
    keys.type("haier")
    assert drive.wait_until(lambda: "海尔" in keys.candidates(), 10_000), keys.candidates()[:20]
    keys.choose("海尔")
    assert text_is(drive, "海尔")
    assert drive.wait_until(lambda: "haier-group" in results(drive), 10_000)
    assert results(drive)[0] == "haier-group"
    drive.tap("result-haier-group")
    drive.settle()
    assert drive.ui.current_page == "detail-manufacturer-haier-group"


def test_cyrillic_typing_finds_a_russian_record(kiosk):
    drive = kiosk(language="ru")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "ru_RU", 2000)
    keys.type("специи")
    assert text_is(drive, "специи")
    assert drive.wait_until(lambda: results(drive)[:1] == ["spices-cluster"], 10_000)


def test_latin_typing_finds_both_steel_clusters(kiosk):
    drive = kiosk(language="en")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)
    keys.type("steel")
    assert text_is(drive, "steel")
    wanted = {"power-steel-structure-cluster", "power-steel-structures-national-cluster"}
    assert drive.wait_until(lambda: wanted <= set(results(drive)), 10_000), results(drive)


def test_a_hardware_keyboard_works_too(kiosk):
    drive = kiosk(language="en")
    open_search(drive)
    drive.type_text("haier")
    assert drive.wait_until(lambda: results(drive)[:1] == ["haier-group"], 10_000)
    drive.tap("clearSearch")
    assert text_is(drive, "")
    drive.type_text("zzzz")
    assert drive.wait_until(lambda: drive.ui.find("noResults") is not None, 10_000)


# -- the kiosk's keyboard style ------------------------------------------------------
#: QtVirtualKeyboard.KeyType values of the keys that matter here.
FILLER_KEY, SHIFT_KEY, SYMBOL_MODE_KEY = 4, 11, 13
LOCALES = {"zh-Hans": "zh_CN", "ru": "ru_RU", "en": "en_US"}


def keyboard_keys(drive) -> list:
    """Every key the visitor can see on the keyboard (fillers are gaps, not keys)."""
    keyboard = drive.ui.find("keyboard")
    assert keyboard is not None, "the keyboard is not up"
    found, pending = [], [keyboard]
    while pending:
        item = pending.pop()
        if not item.isVisible():
            continue
        mo = item.metaObject()
        if mo.indexOfProperty("keyType") >= 0 and mo.indexOfProperty("keyPanelDelegate") >= 0:
            if item.property("keyType") != FILLER_KEY and item.width() > 0:
                found.append(item)
        pending.extend(child_items(item))
    return found


def descendants(item) -> list:
    out, pending = [], child_items(item)
    while pending:
        child = pending.pop()
        if child.isVisible():
            out.append(child)
            pending.extend(child_items(child))
    return out


def what_it_shows(key) -> str:
    """The label or icon a key shows ('' when it is blank)."""
    for part in descendants(key):
        name = part.objectName()
        if name == "keyLabel" and part.property("text").strip() and part.property("opacity") > 0:
            return part.property("text")
        if name == "keyIcon" and part.property("paintedWidth") > 0:  # the SVG loaded and is drawn
            return part.property("source").toString().rsplit("/", 1)[-1]
    return ""


def blank_keys(drive) -> list[str]:
    keys = keyboard_keys(drive)
    assert len(keys) >= 25, f"only {len(keys)} keys found on the keyboard"
    return [f"{k.metaObject().className()} {k.property('displayText')!r}" for k in keys if not what_it_shows(k)]


def key_texts(drive) -> list[str]:
    return sorted(str(k.property("displayText")) for k in keyboard_keys(drive))


def tap_key(drive, key_type: int, changes_keys: bool = True) -> bool:
    """Tap the first key of *key_type*; wait until the keys show the new mode."""
    keys = [k for k in keyboard_keys(drive) if k.property("keyType") == key_type]
    if not keys:
        return False
    before = key_texts(drive)
    drive.tap_at(drive.centre(keys[0]))
    if changes_keys:
        assert drive.wait_until(lambda: key_texts(drive) != before, 3000), "the keys did not change"
    drive.settle()
    return True


def assert_no_blank_key(drive, what: str) -> None:
    ok = drive.wait_until(lambda: len(keyboard_keys(drive)) >= 25 and blank_keys(drive) == [], 3000)
    assert ok, f"{what}: {blank_keys(drive)}"


def test_the_keyboard_is_drawn_in_the_kiosks_own_style(kiosk):
    drive = kiosk(language="en")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.ask("styleName") == "kiosk", 2000)
    faces = [k for k in keyboard_keys(drive) if any(p.objectName() == "kioskKeyFace" for p in descendants(k))]
    assert len(faces) == len(keyboard_keys(drive))
    # Full width, and each row at least one touch target high.
    keyboard = drive.ui.find("keyboard")
    assert keyboard.width() == drive.ui.window.width()
    letter = next(k for k in keyboard_keys(drive) if k.property("displayText") == "q")
    assert letter.height() >= drive.ui.find("searchField").height() * 0.95


@pytest.mark.parametrize("language", ["zh-Hans", "ru", "en"])
def test_no_key_is_blank_in_any_input_mode(kiosk, language):
    drive = kiosk(language=language)
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == LOCALES[language], 2000)
    assert_no_blank_key(drive, "letters")
    if tap_key(drive, SHIFT_KEY, changes_keys=False):
        assert drive.wait_until(lambda: keys.ask("shiftActive"), 1000)
        assert_no_blank_key(drive, "capitals")
        tap_key(drive, SHIFT_KEY, changes_keys=False)  # a second tap in quick succession: caps lock
        if keys.ask("capsLockActive"):
            assert_no_blank_key(drive, "caps lock")
    assert tap_key(drive, SYMBOL_MODE_KEY)
    assert_no_blank_key(drive, "symbols")
    # The symbol layout's own mode key pages through more symbols.
    assert tap_key(drive, SYMBOL_MODE_KEY)
    assert_no_blank_key(drive, "symbols, back to letters")


def test_four_results_stay_in_view_above_the_keyboard_in_landscape(kiosk):
    drive = kiosk(language="en", layout="landscape")
    keys = open_search(drive)
    assert drive.wait_until(lambda: keys.locale() == "en_US", 2000)
    keys.type("steel")
    assert drive.wait_until(lambda: len(results(drive)) >= 4, 2000)
    drive.settle()
    field = drive.item("searchField")
    top = field.mapToScene(QPointF(0, field.height())).y()
    bottom = drive.ui.find("keyboard").mapToScene(QPointF(0, 0)).y()
    view = drive.item("searchResults")
    shown = view.mapRectToScene(QRectF(0, 0, view.width(), view.height()))
    in_view = []
    for item in drive.ui.items():
        if item.objectName().startswith("result-"):
            rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if top <= rect.top() and rect.bottom() <= bottom and shown.contains(rect):
                in_view.append(item.objectName())
    assert len(in_view) >= 4, f"results fully in view above the keyboard: {in_view}"


def test_suggestions_open_the_record_or_the_section_they_name(kiosk):
    drive = kiosk(language="en")
    open_search(drive)
    names = [i for i in drive.ui.items() if i.objectName().startswith("suggest-") and "section-" not in i.objectName()]
    assert len(names) >= 2
    first = names[0]
    slug = first.objectName()[len("suggest-"):]
    shown = first.property("text")
    assert shown
    drive.tap(first.objectName())
    drive.settle()
    assert drive.ui.current_page.startswith("detail-") and drive.ui.current_page.endswith(slug)
    # The page opened carries the name the chip showed.
    texts = [i.property("text") for i in drive.ui.items() if i.metaObject().indexOfProperty("text") >= 0]
    assert shown in texts
    drive.tap("homeButton")
    drive.settle()
    open_search(drive)
    chip = drive.item("suggest-section-manufacturer")
    assert chip.property("text") == "Flagship manufacturers"
    drive.tap("suggest-section-manufacturer")
    drive.settle()
    assert drive.ui.current_page == "list-manufacturer"


def test_the_names_to_try_follow_new_content(kiosk, db):
    from sqlalchemy import select, update

    from kiosk.db.models import Record, RecordText

    drive = kiosk(language="en")
    open_search(drive)
    first = drive.ui.catalogue.list("manufacturer", "en")[0]
    assert drive.item(f"suggest-{first.slug}").property("text") == first.title.text
    with db.sessions.begin() as session:
        record_id = session.scalar(select(Record.id).where(Record.slug == first.slug))
        session.execute(update(RecordText).where(RecordText.record_id == record_id, RecordText.field == "title",
                                                 RecordText.lang == "en").values(text="Renamed Works"))
    drive.ui.refresh_content()  # as the pack source's updater does
    drive.settle()
    open_search(drive)
    assert drive.item(f"suggest-{first.slug}").property("text") == "Renamed Works"


# -- what the visitor sees: highlights, "Did you mean" ----------------------------------
def _title_item(drive, slug: str):
    row = drive.item(f"result-{slug}")
    texts = [i for i in drive.ui.items() if i.metaObject().indexOfProperty("textFormat") >= 0 and row.isAncestorOf(i)]
    return next(i for i in texts if "<b>" in (i.property("text") or ""))


@pytest.mark.parametrize(
    ("lang", "typed", "slug", "marked"),
    [("en", "containers", "refrigeration-container-base", "containers"),
     ("ru", "специя", "spices-cluster", "специи"),
     ("zh-Hans", "冷藏箱", "qingdao-cimc-reefer-container", "冷藏箱")],
)
def test_the_matched_words_are_highlighted_in_the_result_title(kiosk, lang, typed, slug, marked):
    drive = kiosk(language=lang)
    open_search(drive)
    drive.item("searchField").setProperty("text", typed)
    assert drive.wait_until(lambda: slug in results(drive), 2000)
    shown = _title_item(drive, slug).property("text")
    assert f'<font color="#b45309"><b>{marked}</b></font>' in shown.lower()


def test_nothing_found_offers_did_you_mean_and_the_sections(kiosk):
    drive = kiosk(language="en")
    open_search(drive)
    drive.type_text("condmnet")
    assert drive.wait_until(lambda: drive.ui.find("didYouMean-condiment") is not None, 2000)
    assert drive.ui.find("nothing-section-manufacturer") is not None
    drive.tap("didYouMean-condiment")
    assert drive.item("searchField").property("text") == "condiment"
    assert drive.wait_until(lambda: results(drive)[:1] == ["condiment-cluster"], 2000)
