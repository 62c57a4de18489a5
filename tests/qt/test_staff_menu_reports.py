"""A refused import on the kiosk's staff menu shows a short report: the
first problems, then how many more in each place."""

from __future__ import annotations

from kiosk.content.problems import ContentError, Problem
from kiosk.ui.staff_menu import STAFF_MENU_PROBLEMS, Job


def test_a_refused_import_with_many_problems_says_it_in_a_few_lines(qtbot):
    def refuse(_token):
        raise ContentError([Problem("content.kioskpack: content/clusters.json", f"bad level {n}", f"c{n}", "level") for n in range(5000)],
                           "The content pack was refused; nothing was changed")

    job = Job(refuse)
    with qtbot.waitSignal(job.done, timeout=10000) as done:
        job.start()
    job.wait()
    result, text = done.args
    lines = text.splitlines()
    assert result is None and lines[0] == "The content pack was refused; nothing was changed"
    assert len(lines) <= STAFF_MENU_PROBLEMS + 5
    assert "content.kioskpack: content/clusters.json, field level: 5000" in text
