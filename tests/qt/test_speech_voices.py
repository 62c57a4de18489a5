"""Which voice reads which kiosk language: the rules over what engines list
(espeak-ng through speech-dispatcher, and Windows' own voices)."""

from __future__ import annotations

from kiosk.gui.speech import VoiceInfo, VoiceReport, choose_voices, report_from_json

# What speech-dispatcher lists with espeak-ng (Mandarin comes with the locale "C").
ESPEAK = [
    VoiceInfo("Chinese (Cantonese)", "yue_HK"),
    VoiceInfo("Hakka Chinese", "C"),
    VoiceInfo("Chinese (Mandarin, latin as Pinyin)", "C"),
    VoiceInfo("Chinese (Mandarin, latin as English)", "C"),
    VoiceInfo("Russian (Latvia)", "ru_RU"),
    VoiceInfo("Russian", "ru_RU"),
    VoiceInfo("Russian+Adam", "ru_RU"),
    VoiceInfo("English (Great Britain)", "en_GB"),
    VoiceInfo("English (Caribbean)", "en_US"),
    VoiceInfo("English (America)", "en_US"),
    VoiceInfo("Klingon", "C"),
]
# What a Windows PC with the three language packs lists (SAPI).
WINDOWS = [
    VoiceInfo("Microsoft David Desktop - English (United States)", "en_US"),
    VoiceInfo("Microsoft Zira Desktop - English (United States)", "en_US"),
    VoiceInfo("Microsoft Irina Desktop - Russian", "ru_RU"),
    VoiceInfo("Microsoft Huihui Desktop - Chinese (Simplified)", "zh_CN"),
    VoiceInfo("Microsoft Tracy Desktop - Chinese(Traditional, HongKong SAR)", "zh_HK"),
]


def names(found, language):
    return [v.name for v in found[language]]


def test_espeak_voices_mandarin_by_name_russian_and_english_by_locale():
    found = choose_voices(ESPEAK)
    assert names(found, "zh-Hans") == ["Chinese (Mandarin, latin as English)", "Chinese (Mandarin, latin as Pinyin)"]
    assert names(found, "ru") == ["Russian", "Russian (Latvia)"]  # variants (+Adam) left out
    assert names(found, "en") == ["English (America)", "English (Caribbean)", "English (Great Britain)"]


def test_windows_voices_by_locale_and_cantonese_is_not_mandarin():
    found = choose_voices(WINDOWS)
    assert names(found, "zh-Hans") == ["Microsoft Huihui Desktop - Chinese (Simplified)"]
    assert names(found, "ru") == ["Microsoft Irina Desktop - Russian"]
    assert names(found, "en")[0].startswith("Microsoft") and len(names(found, "en")) == 2


def test_a_language_without_a_voice_gets_an_empty_list():
    found = choose_voices([VoiceInfo("English (America)", "en_US"), VoiceInfo("Chinese (Cantonese)", "yue_HK")])
    assert found["zh-Hans"] == [] and found["ru"] == []
    report = VoiceReport("speechd", languages={lang: [v.name for v in vs] for lang, vs in found.items()})
    assert report.chosen("ru") is None and report.chosen("en") == "English (America)"
    back = report_from_json(report.as_json())
    assert back.languages == report.languages and back.engine == "speechd"
