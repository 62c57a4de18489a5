"""The Problems tab on its own (``problems.ProblemsList``, no window): each
problem of the working copy with its kind, record and field, counted on the
tab; choosing one asks to go to it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from kiosk.admin.console import operations
from kiosk.admin.console.problems import ProblemsList
from kiosk.admin.console.working import WorkingCopy

CLUSTER = "smart-home-appliances-national-cluster"


@pytest.fixture
def problems(qtbot, db):
    tabs = QTabWidget()
    working = WorkingCopy(operations.load(db), tabs)
    made = ProblemsList(working, tabs)
    made.add_to(tabs)
    working.changed.connect(lambda _focus: made.refresh())
    qtbot.addWidget(tabs)
    tabs.show()
    made.retranslate()
    yield made
    tabs.close()
    del tabs


def test_no_problem_is_said_in_words(problems):
    assert problems.tabs.tabText(problems.index) == "Problems"
    assert problems.model.rows[0][0][0] == "No problems: every edit can be saved." and problems.model.rows[0][1] is None


def test_a_problem_names_its_record_and_field_and_leads_there(qtbot, problems):
    working = problems.working
    uid = working.state.by_slug("cluster", CLUSTER).uid
    working.edit(working.state.with_text(uid, "title", "ru", text=""), "empty the Russian title")
    assert problems.tabs.tabText(problems.index) == "Problems (1)"
    cells, issue, _colour = problems.model.rows[0]
    assert cells[:3] == ("Industrial cluster", CLUSTER, "Title · Русский")
    with qtbot.waitSignal(problems.issueChosen) as chosen:
        problems.view.doubleClicked.emit(problems.model.index(0, 0))
    assert chosen.args[0] is issue and issue.uid == uid
