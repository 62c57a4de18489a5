"""Read aloud with the real engine: speech-dispatcher and espeak-ng (a private
daemon per test session, ``speech_dispatcher`` in tests/conftest.py).

The daemon sends its sound to libao's null driver, so these tests check
what the kiosk handed the engine (text, voice, locale) and the engine's
own state changes, not the sound.
"""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtTest import QTest

from kiosk.gui.speech import READY, UNAVAILABLE, WISHES, Speech, VoiceWish
from kiosk.ui.bridge.speech_bridge import HELP_TEXT

ENGINE_START_MS = 30_000  # a fresh speech-dispatcher starts its voice modules first

pytestmark = pytest.mark.usefixtures("speech_dispatcher")


def read_aloud_on(drive, qtbot):
    """Turn read aloud on as the panel does; the first utterance (intro and page)."""
    with qtbot.waitSignal(drive.ui.speech.spoken, timeout=ENGINE_START_MS) as said:
        drive.ui.access.setProperty("readAloud", True)
    return said.args[0]


def next_utterance(drive, qtbot, action):
    with qtbot.waitSignal(drive.ui.speech.spoken, timeout=5000) as said:
        action()
    return said.args[0]


def test_turning_read_aloud_on_speaks_the_page_in_russian_without_stalling_the_screen(kiosk, qtbot):
    drive = kiosk(language="ru")
    ui = drive.ui
    assert ui.speech.status == "off"  # nothing loaded before a visitor asks
    # The kiosk's own warm-up (section lists, then the on-screen keyboard) is over first.
    qtbot.waitUntil(lambda: ui.window.findChild(QObject, "keyboard") is not None, timeout=10_000)
    drive.settle()
    # The screen keeps running while the engine starts: frames of a moving
    # page are drawn between asking for speech and hearing it.
    frames = []
    drive.ui.window.frameSwapped.connect(lambda: frames.append(ui.speech.status))
    drive.ui.window.update()
    said = read_aloud_on(drive, qtbot)

    assert said.language == "ru"
    assert said.voice == "Russian" and said.locale == "ru_RU"
    title = drive.item("homeTitle").property("text")
    summary = drive.item("homeSummary").property("text")
    assert said.text.startswith("Чтение вслух включено")
    assert " ".join(title.split()) in said.text and " ".join(summary.split()) in said.text
    # The engine was loaded and its thousands of voices listed on the speech
    # thread, never on the screen's (how long each took: ``kiosk bench --only speech``).
    assert ui.speech.report.thread not in (0, threading.main_thread().ident)
    assert "starting" in frames, "no frame was drawn while the engine started"


def test_chinese_is_read_with_a_mandarin_voice_and_english_with_an_english_one(kiosk, qtbot):
    drive = kiosk(language="zh-Hans")
    said = read_aloud_on(drive, qtbot)
    assert said.language == "zh-Hans"
    assert "mandarin" in said.voice.lower() and "cantonese" not in said.voice.lower()
    assert drive.item("homeTitle").property("text") in said.text
    said = next_utterance(drive, qtbot, lambda: drive.ui.app_state.setLanguage("en"))
    assert said.language == "en" and said.voice.startswith("English") and said.locale.startswith("en_")
    assert drive.item("homeTitle").property("text") in said.text


def test_a_page_arriving_speaks_its_title_and_summary(kiosk, qtbot):
    drive = kiosk(language="en")
    read_aloud_on(drive, qtbot)
    said = next_utterance(drive, qtbot, lambda: drive.go("openSection", "cluster"))
    assert drive.ui.current_page == "list-cluster"
    title = drive.item("pageTitle").property("text")
    assert said.text.startswith(f"{title}. ") and said.text.endswith("entries")
    card = next(item for item in drive.ui.items() if item.objectName().startswith("card-"))
    said = next_utterance(drive, qtbot, lambda: drive.go("openRecord", "cluster", card.objectName()[5:]))
    title = drive.item("detailTitle").property("text")
    summary = drive.item("detailSummary").property("text")
    assert said.text == f"{title}. {' '.join(summary.split())}"


def test_explore_by_touch_first_tap_speaks_second_tap_acts_next_tap_stops(kiosk, qtbot):
    drive = kiosk(language="en")
    ui = drive.ui
    read_aloud_on(drive, qtbot)
    # A loaded test machine can take longer than a visitor's 1.5 s between
    # the two taps (the first one's speech, the settling page): the rule,
    # not the window, is what this test checks.
    ui.speech_bridge.second_tap_ms = 30_000
    tile = drive.item("tile-cluster")
    label, count = tile.property("label"), tile.property("count")

    said = next_utterance(drive, qtbot, lambda: drive.tap("tile-cluster"))
    assert said.text == f"{label}, button, {count} entries"
    assert said.language == "en"
    drive.settle()
    assert ui.current_page == "home"  # the first tap only spoke
    assert tile.property("pressed") is False and tile.property("down") is False

    # The second tap on the same item (within the window) uses it: the list
    # opens and is read on arrival (waited for, so that it cannot cut off
    # the long text below).
    arrived = next_utterance(drive, qtbot, lambda: drive.tap("tile-cluster"))
    drive.settle()
    assert ui.current_page == "list-cluster"
    assert drive.item("pageTitle").property("text") in arrived.text

    # Speech stops at the next action: a tap anywhere (here on the heading, which it then reads).
    speak_long(drive, qtbot)
    title = drive.centre(drive.item("pageTitle"))
    assert ui.speech.speaking, "the long text ended before the tap"
    with qtbot.waitSignal(ui.speech.stopped, timeout=5000):
        said = next_utterance(drive, qtbot, lambda: drive.tap_at(title))
    assert said.text == drive.item("pageTitle").property("text")
    assert ui.current_page == "list-cluster"


def speak_long(drive, qtbot):
    """Something long to say, so that the engine is still speaking when the visitor acts.

    The test daemon sends its sound to a null driver, so speaking lasts only
    as long as synthesis: the text is long enough for minutes of that."""
    text = " ".join([drive.ui.speech_bridge.page_text()] * 400)
    with qtbot.waitSignal(drive.ui.speech.spoken, timeout=5000,
                          check_params_cb=lambda said: said.text == " ".join(text.split())):
        drive.ui.speech_bridge.speak(text)
    qtbot.waitUntil(lambda: drive.ui.speech.speaking, timeout=5000)


def test_keys_stop_speech_help_speaks_the_keys_and_repeat_says_it_again(kiosk, qtbot):
    drive = kiosk(language="ru")
    ui = drive.ui
    read_aloud_on(drive, qtbot)
    said = next_utterance(drive, qtbot, lambda: QTest.keyClick(ui.window, Qt.Key.Key_F1))
    assert said.language == "ru" and said.voice == "Russian"
    assert said.text == QCoreApplication.translate("Speech", HELP_TEXT) != HELP_TEXT
    assert "Enter" in said.text and any("а" <= ch <= "я" for ch in said.text)
    again = next_utterance(drive, qtbot, lambda: QTest.keyClick(ui.window, Qt.Key.Key_F2))
    assert again.text == said.text
    speak_long(drive, qtbot)
    with qtbot.waitSignal(ui.speech.stopped, timeout=5000):
        QTest.keyClick(ui.window, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not ui.speech.speaking, timeout=5000)


def test_keypad_focus_is_spoken_and_so_is_are_you_still_there(kiosk, qtbot):
    drive = kiosk(language="en")
    ui = drive.ui
    read_aloud_on(drive, qtbot)
    drive.go("openSearch")
    field = drive.item("searchField")
    field.setFocus(False)

    def key_then_focus():
        # A key, then focus moves (as a keypad's traversal does; a key that moves
        # nothing by itself, so the test does not depend on the focus order).
        QTest.keyClick(ui.window, Qt.Key.Key_Shift)
        field.forceActiveFocus()

    said = next_utterance(drive, qtbot, key_then_focus)
    assert said.text == f"Search, text field, {field.property('placeholderText')}"

    ui.idle.setProperty("timeoutMs", 50)
    ui.idle.activity()
    said = next_utterance(drive, qtbot, lambda: qtbot.waitUntil(lambda: ui.idle.property("state") == "countdown"))
    assert said.text.startswith("Are you still there? The screen will return") and said.text.endswith("continue. Continue")
    assert not any(ch.isdigit() for ch in said.text)  # not the seconds


def test_volume_follows_the_panel_and_the_session_end_turns_read_aloud_off(kiosk, qtbot):
    drive = kiosk(language="en")
    ui = drive.ui
    read_aloud_on(drive, qtbot)
    ui.access.setProperty("volume", 0.3)
    assert ui.speech.volume == pytest.approx(0.3)
    ui.idle.sessionEnded.emit()
    assert ui.access.property("readAloud") is False
    assert not ui.speech_bridge.on
    ui.idle.wake()
    drive.settle()
    # Without read aloud a single tap acts again.
    drive.tap("tile-cluster")
    drive.settle()
    assert ui.current_page == "list-cluster"


def test_no_voice_for_the_language_is_said_on_the_panel_in_that_language_and_logged_once(kiosk, qtbot, caplog):
    wishes = {**WISHES, "zh-Hans": VoiceWish(locales=("xx_XX",), words=("no such voice",))}
    speech = Speech(wishes=wishes)
    drive = kiosk(language="zh-Hans", speech=speech)
    bridge = drive.ui.speech_bridge
    caplog.set_level(logging.WARNING, logger="kiosk.gui.speech")
    with qtbot.waitSignal(speech.voiceMissing, timeout=ENGINE_START_MS) as missing:
        drive.ui.access.setProperty("readAloud", True)
    assert missing.args == ["zh-Hans"]
    assert speech.status == READY
    assert bridge.property("voiceMissing") is True and bridge.property("available") is False
    assert bridge.property("statusText") == "此语言的朗读不可用：本机未安装该语言的语音。"
    assert speech.say("你好", "zh-Hans") is False
    assert [r.message for r in caplog.records].count(
        "read aloud: no voice for zh-Hans on the speechd engine; install one (see the README, Read aloud)") == 1
    # The other languages still speak.
    said = next_utterance(drive, qtbot, lambda: drive.ui.app_state.setLanguage("ru"))
    assert said.language == "ru" and bridge.property("voiceMissing") is False and bridge.property("statusText") == ""


def test_no_engine_is_a_clear_state_not_a_crash(kiosk, qtbot):
    speech = Speech("no-such-engine")
    drive = kiosk(language="en", speech=speech)
    with qtbot.waitSignal(speech.statusChanged, timeout=5000):
        drive.ui.access.setProperty("readAloud", True)
    qtbot.waitUntil(lambda: speech.status == UNAVAILABLE, timeout=5000)
    assert "no 'no-such-engine' text-to-speech plugin" in speech.problem
    bridge = drive.ui.speech_bridge
    assert bridge.property("voiceMissing") is True
    assert bridge.property("statusText") == "Read aloud is not available: this kiosk has no speech engine."
    # Nothing can be said, so taps are not held back for explanations: one tap acts.
    drive.tap("tile-cluster")
    drive.settle()
    assert drive.ui.current_page == "list-cluster"


def test_kiosk_voices_names_the_voice_of_each_language(qapp, capsys):
    from kiosk.cli import main

    assert main(["voices"]) == 0
    out = capsys.readouterr().out
    assert "engine speechd" in out
    assert "zh-Hans: Chinese (Mandarin, latin as English)" in out
    assert "ru: Russian" in out and "en: English (America)" in out


VOICE_OF = {"zh-Hans": "mandarin", "ru": "russian", "en": "english"}


@pytest.mark.parametrize("lang", ["zh-Hans", "ru", "en"])
def test_by_touch_and_speech_alone_from_home_to_a_cluster_and_back(kiosk, qtbot, lang):
    drive = kiosk(language=lang)
    ui = drive.ui
    read_aloud_on(drive, qtbot)

    def twice(name):
        """Hear it, then use it: both taps as a visitor who cannot see the screen."""
        heard = next_utterance(drive, qtbot, lambda: drive.tap(name))
        assert heard.language == lang and VOICE_OF[lang] in heard.voice.lower()
        arrived = next_utterance(drive, qtbot, lambda: drive.tap(name))
        drive.settle()
        return heard, arrived

    label = drive.item("tile-cluster").property("label")
    heard, arrived = twice("tile-cluster")
    assert ui.current_page == "list-cluster"
    assert heard.text.startswith(label)
    assert arrived.text.startswith(drive.item("pageTitle").property("text"))
    card = next(item for item in ui.items() if item.objectName().startswith("card-"))
    heard, arrived = twice(card.objectName())
    assert heard.text.startswith(card.property("title"))
    assert ui.current_page.startswith("detail-cluster-")
    assert arrived.text.startswith(drive.item("detailTitle").property("text"))
    heard, arrived = twice("backButton")
    assert ui.current_page == "list-cluster" and arrived.language == lang
