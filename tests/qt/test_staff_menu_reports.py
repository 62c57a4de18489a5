"""A refused import on the kiosk's staff menu shows a short report: the
first problems, then how many more in each place."""

from __future__ import annotations

from kiosk.content.problems import ContentError, Problem
from kiosk.ui.staff_menu import STAFF_MENU_PROBLEMS


def test_a_refused_import_with_many_problems_says_it_in_a_few_lines(qtbot, kiosk):
    def refuse(_token):
        raise ContentError([Problem("content.kioskpack: content/clusters.json", f"bad level {n}", f"c{n}", "level") for n in range(5000)],
                           "The content pack was refused; nothing was changed")

    menu = kiosk(language="en").ui.staff  # the kiosk's own menu, alive as long as the kiosk
    outcome = []
    menu._start(refuse, lambda result, error: outcome.append((result, error)), "Importing")
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    result, text = outcome[0]
    lines = text.splitlines()
    assert result is None and lines[0] == "The content pack was refused; nothing was changed"
    assert len(lines) <= STAFF_MENU_PROBLEMS + 5
    assert "content.kioskpack: content/clusters.json, field level: 5000" in text
