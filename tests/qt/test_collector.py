"""Reference cycles holding Qt objects are collected on the GUI thread, never
on a worker thread (a worker that deleted the GUI's objects crashed the
kiosk and the console at some later, unrelated moment)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, Qt

from kiosk.ui.app import make_application
from kiosk.ui.driver import Driver


class Node:
    """A cycle: the node holds itself and a Qt object of the GUI thread."""

    def __init__(self):
        self.me = self
        self.qt = QObject()


def test_a_cycle_dropped_by_a_worker_is_freed_on_the_gui_thread(qapp):
    make_application()
    assert not gc.isenabled(), "automatic collection is still on: any thread may collect"
    destroyed_on: list[str] = []
    node = Node()
    node.qt.destroyed.connect(lambda *_: destroyed_on.append(threading.current_thread().name),
                              Qt.ConnectionType.DirectConnection)
    alive = weakref.ref(node)
    handed = [node]
    del node

    made_by_worker: list[list[int]] = []

    def worker() -> None:
        handed.clear()  # the last reference to the cycle goes here
        # Allocate the way a job does: enough containers to cross every
        # generation's threshold many times over (kept, as a job's result is).
        made_by_worker.extend([i] for i in range(200_000))

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert destroyed_on == [], f"the Qt object was deleted on {destroyed_on}"
    assert Driver.wait_until(lambda: alive() is None, 5000), "the cycle was never collected"
    assert destroyed_on == ["MainThread"]


def test_cycles_made_on_the_gui_thread_do_not_pile_up(qapp):
    make_application()
    made = []
    for _ in range(5000):
        made.append(weakref.ref(Node()))
    assert Driver.wait_until(lambda: sum(r() is not None for r in made) < 1000, 5000), \
        f"{sum(r() is not None for r in made)} of 5000 cycles are still alive"
