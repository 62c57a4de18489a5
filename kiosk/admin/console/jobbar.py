"""``JobBar``: the console's long work, one job at a time, shown in the status bar.

A job (``kiosk.gui.jobs.Job``) runs off the GUI thread; meanwhile the status
bar shows its name, its progress and Cancel, and the window waits (the
window disables its body on ``busyChanged``).  A failure nobody handled is
said in the banner: cancelled, refused with the problems listed in the
Import report, or failed with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from kiosk.admin.console import labels
from kiosk.admin.console.media import MediaError
from kiosk.admin.console.widgets import Banner
from kiosk.content.problems import ContentError, Problem
from kiosk.content.progress import Cancelled
from kiosk.gui.jobs import Job


class JobBar(QObject):
    """Runs the console's jobs and shows the running one (see the module docstring).

    *show_problems* lists the problems of a refused file where staff read them."""

    # True when a job starts, False once it has ended and its outcome was shown.
    busyChanged = Signal(bool)

    def __init__(self, banner: Banner, show_problems: Callable[[list[Problem]], None], parent: QObject | None = None):
        super().__init__(parent)
        self.banner = banner
        self.show_problems = show_problems
        self.job: Job | None = None
        self.text = QLabel()
        self.text.setObjectName("jobText")
        self.progress = QProgressBar()
        self.progress.setObjectName("jobProgress")
        self.progress.setFixedWidth(260)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.clicked.connect(self.cancel)
        for w in self.widgets():
            w.hide()

    def widgets(self) -> tuple[QWidget, ...]:
        """What the status bar shows while a job runs."""
        return self.text, self.progress, self.cancel_button

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def run(self, name: str, work: Callable, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], bool] | None = None) -> Job | None:
        """Run *work(progress)* off the GUI thread with progress and Cancel; None when
        another job still runs.  *on_failure* returns True when it handled the error."""
        if self.job is not None:
            return None
        job = Job(name, work, self, expected=(ContentError, MediaError))
        self.job = job
        self.text.setText(name)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        for w in self.widgets():
            w.show()
        job.progressed.connect(self._on_progress)
        # Through a function: *on_success* is often a plain method of a pane,
        # and connecting one would give the pane a meta-object of its own
        # (see kiosk.gui.meta_objects).
        job.succeeded.connect(lambda result: on_success(result))
        job.failed.connect(lambda exc: self._on_failed(job, exc, on_failure))
        job.finished.connect(lambda: self._on_finished(job))
        self.busyChanged.emit(True)
        job.start()
        return job

    @Slot()
    def cancel(self) -> None:
        """Ask the running job to stop (nothing is changed when it stops in time)."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.text.setText(f"{self.job.name if self.job else ''}: {labels.progress(message)}")

    def _on_failed(self, job: Job, exc: BaseException, handler: Callable[[BaseException], bool] | None) -> None:
        if handler is not None and handler(exc):
            return
        if isinstance(exc, Cancelled):
            self.banner.say("info", self.tr("%1: cancelled. Nothing was changed.").replace("%1", job.name))
        elif isinstance(exc, MediaError):
            self.banner.say("error", str(exc))
        elif isinstance(exc, ContentError):
            self.show_problems(exc.problems)
            self.banner.say("error", self.tr("%1: refused, nothing was changed. %n problem(s), listed in the Import report below.", "",
                                             len(exc.problems)).replace("%1", job.name))
        else:
            self.banner.say("error", self.tr("%1 failed: %2").replace("%1", job.name).replace("%2", str(exc) or type(exc).__name__))

    def _on_finished(self, job: Job) -> None:
        cancelled_late = job.cancel_requested
        self.job = None
        for w in self.widgets():
            w.hide()
        self.busyChanged.emit(False)
        if cancelled_late and self.banner.tone == "success":
            self.banner.text.setText(self.banner.text.text() + " " + self.tr("(It was too late to cancel: the work had finished.)"))
        job.deleteLater()
