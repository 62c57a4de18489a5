"""The soak of ``kiosk bench``: many scripted taps over every page and language.

It reports the drift of resident memory, Qt and QML warnings, the time per
tap and any crash (the running records ``progress`` leaves survive one).
"""

from __future__ import annotations

import time
from typing import Any

from kiosk.bench.harness import BAR_BUTTONS, LANGS, SCRIPT_OF, SECTION_KINDS, UI_QUERIES, Kiosk, emit, memory, progress

class _Soak:
    """One soak run: taps through the kiosk and keeps the figures of every tap."""

    def __init__(self, args):
        self.k = Kiosk(args, animations=False, language="zh-Hans")
        self.ui, self.drive = self.k.ui, self.k.drive
        self.taps = 0
        self.rss: list[tuple[int, float]] = []
        self.every = max(10, args.taps // 100)
        self.per_action: dict[str, list[float]] = {}
        self.fixed: dict[tuple[str, str], Any] = {}
        self.started = time.perf_counter()
        self.finding = 0.0

    def where(self, object_name: str):
        """Where to tap *object_name* (bar buttons, tiles and language buttons
        stay put within a language; the bar's buttons move with the length
        of their words, so the places are kept per language: with one place
        for all, the Home button was missed after a switch to Russian and
        the soak sat on one page for the rest of its taps)."""
        t = time.perf_counter()
        key = (object_name, self.ui.app_state.language)
        if key in self.fixed:
            point = self.fixed[key]
        else:
            point = self.drive.centre(self.drive.reveal(self.drive.item(object_name)))
            if object_name.startswith(("lang-", "tile-")) or object_name in BAR_BUTTONS:
                self.fixed[key] = point
        self.finding += time.perf_counter() - t
        return point

    def after(self, action: str, frames: int, start: float) -> None:
        """Wait for the frame a tap caused; count it; sample memory now and then."""
        k = self.k
        k.pump(lambda: k.frames > frames, 2.0)
        self.per_action.setdefault(action, []).append(time.perf_counter() - start)
        self.taps += 1
        if self.taps % self.every == 0:
            self.rss.append((self.taps, memory()["rss_mb"] or 0.0))
            k.none_guard.check()
            # A running record, so that a crash still leaves the figures so far.
            progress(taps=self.taps, seconds=time.perf_counter() - self.started, rss_samples=self.rss[-1:],
                     warnings=len(k.warnings()), none_refs_lost=k.none_guard.lost)

    def tap(self, object_name: str, action: str) -> None:
        point = self.where(object_name)
        frames, start = self.k.frames, time.perf_counter()
        self.drive.tap_at(point)
        self.after(action, frames, start)

    def keystroke(self, ch: str) -> None:
        frames, start = self.k.frames, time.perf_counter()
        self.drive.type_text(ch)
        self.after("search keystroke", frames, start)

    def switch_language(self, lang: str, action: str) -> None:
        if self.ui.app_state.language != lang:
            self.tap(f"lang-{lang}", action)

    def cycle(self, n: int) -> None:
        """One round: a section, a record, related records, filters, search and About."""
        kind = SECTION_KINDS[n % len(SECTION_KINDS)]
        if n % len(SECTION_KINDS) == 0:
            self.switch_language(LANGS[(n // len(SECTION_KINDS)) % 3], "language switch (home)")
        self.tap(f"tile-{kind}", "home tile -> list")
        cards = self.k.visible_cards()
        if cards:
            self.record(cards[n % min(len(cards), 6)], n)
        if kind == "cluster" and self.ui.find("filter-level-national") is not None:
            self.tap("filter-level-national", "filter")
            self.tap("filter-level-all", "filter")
        self.tap("homeButton", "home button -> home")
        if n % 3 == 0:
            self.search(UI_QUERIES[SCRIPT_OF[self.ui.app_state.language]][n % 3])
        if n % 5 == 0:
            self.tap("aboutButton", "about")
            self.tap("homeButton", "home button -> home")

    def record(self, card: str, n: int) -> None:
        """A record's page, now and then in another language, a related record, back to the list."""
        self.tap(card, "list card -> detail")
        if n % 7 == 3:
            self.switch_language(LANGS[(n // 7) % 3], "language switch (detail)")
        related = [i.objectName() for i in self.ui.items() if i.objectName().startswith("related-")]
        if related and n % 2 == 0:
            self.tap(related[0], "related -> detail")
            self.tap("backButton", "back -> detail")
        self.tap("backButton", "back -> list")

    def search(self, word: str) -> None:
        """Type *word* key by key on the search page, open the first result, go Home."""
        self.tap("searchButton", "search page")
        self.drive.item("searchField").forceActiveFocus()
        for ch in word:
            self.keystroke(ch)
        found = [i.objectName() for i in self.ui.items() if i.objectName().startswith("result-")]
        if found:
            self.tap(found[0], "search result -> detail")
        self.tap("homeButton", "home button -> home")

    def report(self) -> None:
        """The soak's one BENCH line."""
        k, v = self.k, self.per_action
        emit("soak", taps=self.taps, seconds=time.perf_counter() - self.started, finding_s=self.finding,
             rss_samples=self.rss, none_refs_lost=k.none_guard.lost, none_refs_given_back=k.none_guard.added,
             per_action={a: {"n": len(t), "mean_s": sum(t) / len(t), "max_s": max(t)} for a, t in v.items()},
             warnings=k.warnings(), **memory())


def measure_soak(args) -> int:
    """Many scripted taps across every page and language; memory drift, warnings, time per tap."""
    soak = _Soak(args)
    n = 0
    while soak.taps < args.taps:
        soak.cycle(n)
        n += 1
    soak.report()
    soak.k.close()
    return 0
