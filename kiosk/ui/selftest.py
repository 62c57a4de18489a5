"""``kiosk self-test``: prove this installation works, then exit 0.

Offscreen, on the real data folder's database (created from the bundled
default content on first start): checks the database, loads every page in
every language (every section list and every record's page), types a
search, checks that the attract loop's video back end loads, and fails on
any QML warning.  Prints the time to the first frame.
IT runs it after installing; the packaged build's tests run it too.
"""

from __future__ import annotations

import os
import sys
import time

from kiosk.content.vocab import LANGUAGES

SECTION_KINDS = ("cluster", "manufacturer", "base", "platform", "initiative", "industry")
SAMPLE_SEARCH = {"zh-Hans": "海尔", "ru": "кластер", "en": "steel"}


def run_self_test(args) -> int:
    """Returns 0 when every check passed, 1 otherwise (and says which)."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.content.change.checks import check_database
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.ui.app import KioskUi, make_application
    from kiosk.ui.driver import Driver

    say = (lambda *a: None) if args.quiet else print
    failures: list[str] = []
    db = open_database(args.database, args.data_dir)
    report = prepare(db)
    say(f"database: {db.url} (schema {report.to_revision}{', created from the default content' if report.loaded_default else ''})")
    problems = check_database(db)
    failures.extend(f"database: {p}" for p in problems)

    app = make_application()
    ui = KioskUi(db, recover_on_error=False, idle_timeout_ms=3_600_000)
    ui.show(fullscreen=False)
    drive = Driver(ui)
    drive.wait_until(lambda: ui.first_frame_at is not None, 10_000)
    if ui.first_frame_at is None:
        failures.append("the window never drew a frame")
    else:
        say(f"first frame: {ui.first_frame_at - started:.2f} s after start")
    drive.set_animations(False)

    pages = 0
    for lang in LANGUAGES:
        ui.app_state.set_language(lang)
        for kind in SECTION_KINDS:
            drive.go("goHome")
            drive.go("openSection", kind)
            pages += 1
            if ui.current_page != f"list-{kind}":
                failures.append(f"[{lang}] section {kind} did not open (on {ui.current_page!r})")
            for card in ui.catalogue.list(kind, lang):
                drive.go("openRecord", kind, card.slug)
                pages += 1
                if ui.current_page != f"detail-{kind}-{card.slug}":
                    failures.append(f"[{lang}] {kind} {card.slug} did not open")
                drive.go("goBack")
        drive.go("openAbout")
        drive.go("goHome")
        drive.go("openSearch")
        field = ui.find("searchField")
        if field is None:
            failures.append(f"[{lang}] the search page has no search field")
        else:
            field.setProperty("text", SAMPLE_SEARCH[lang])
            drive.settle()
            if ui.find("noResults") is not None:
                failures.append(f"[{lang}] searching {SAMPLE_SEARCH[lang]!r} found nothing")
        pages += 3
    failures.extend(f"QML: {w}" for w in ui.warnings)
    video = _check_video_backend(say)
    if video:
        failures.append(f"attract video: {video}")
    ui.close()
    db.close()
    say(f"pages shown: {pages} in {len(LANGUAGES)} languages")
    if failures:
        print(f"self-test FAILED ({len(failures)} problem(s)):", file=sys.stderr)
        for f in failures:
            print(f"  - {f}", file=sys.stderr)
        return 1
    say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    del app
    return 0


def _check_video_backend(say) -> str:
    """The attract loop's video back end loads (its problem, or '' and a line saying so)."""
    from kiosk.ui.bridge.attract_media import media_backend_problem

    problem = media_backend_problem()
    if not problem:
        say("attract video: Qt Multimedia's media back end is available")
    return problem
