"""``kiosk.gui.jobs.Job``, the one background job of both faces: the work runs
off the GUI thread, its progress and outcome come back on the GUI thread,
and Cancel stops it with a ``Cancelled`` failure."""

from __future__ import annotations

import threading

from kiosk.content.progress import Cancelled, Reporter
from kiosk.gui.jobs import Job


def run(qtbot, job: Job) -> dict:
    seen: dict = {"progress": [], "order": []}
    job.progressed.connect(lambda done, total, message: seen["progress"].append((done, total, message, threading.get_ident())))
    job.succeeded.connect(lambda value: (seen.__setitem__("value", value), seen["order"].append("succeeded")))
    job.failed.connect(lambda exc: (seen.__setitem__("error", exc), seen["order"].append("failed")))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start()
    seen["order"].append("finished")
    return seen


def test_the_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot):
    worker = {}

    def work(progress):
        worker["thread"] = threading.get_ident()
        progress(1, 2, "half way")
        return 42

    job = Job("counting", work)
    seen = run(qtbot, job)
    assert worker["thread"] != threading.get_ident()
    assert seen["value"] == 42 and seen["order"] == ["succeeded", "finished"]
    assert [(d, t, m) for d, t, m, _ in seen["progress"]] == [(1, 2, "half way")]
    assert all(thread == threading.get_ident() for *_, thread in seen["progress"])


def test_a_failure_arrives_as_the_exception_itself(qtbot):
    def work(_progress):
        raise ValueError("sheet Clusters, row 4: no title")

    seen = run(qtbot, Job("importing", work))
    assert isinstance(seen["error"], ValueError) and "row 4" in str(seen["error"])
    assert seen["order"] == ["failed", "finished"]


def test_cancel_stops_the_work_at_its_next_step(qtbot):
    started, release = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        release.wait(30)
        Reporter(progress).step(1, 1, "next step")  # a cancellation point
        return "finished anyway"

    job = Job("exporting", work)
    job.failed.connect(lambda exc: None)
    job.start()
    assert started.wait(30)
    job.cancel()
    assert job.cancel_requested
    release.set()
    with qtbot.waitSignal(job.failed, timeout=30_000) as failed:
        pass
    assert isinstance(failed.args[0], Cancelled)
    job.wait()
