"""Logging for an unattended kiosk: rotating files in the data folder, plus stderr.

Each process writes its own file (``logs/kiosk.log``, ``logs/watchdog.log``,
...) because a rotating file shared by two processes loses lines when both
roll it over.  Files roll at 1 MB and five old ones are kept, so the logs of
a kiosk that runs for months stay a few megabytes and fit on any USB stick.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk import paths

ENV_LOG_LEVEL = "KIOSK_LOG_LEVEL"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s [%(process)d] %(name)s: %(message)s"

# Marks the handlers installed here, so a second setup_logging() call (a
# test, or the UI after the CLI) replaces them instead of doubling every line.
_OURS = "_kiosk_runtime_handler"


def _level(level: int | str | None) -> int:
    chosen = level if level is not None else os.environ.get(ENV_LOG_LEVEL, "INFO")
    if isinstance(chosen, int):
        return chosen
    value = logging.getLevelName(str(chosen).upper())
    if not isinstance(value, int):
        where = f"${ENV_LOG_LEVEL}" if level is None else "the log level"
        raise ValueError(f"{where}: {chosen!r} is not a log level (use DEBUG, INFO, WARNING, ERROR or CRITICAL)")
    return value


def setup_logging(
    data_dir: str | os.PathLike[str],
    name: str = "kiosk",
    level: int | str | None = None,
    *,
    stderr: bool = True,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Send the root logger to ``<data_dir>/logs/<name>.log`` (rotating) and stderr.

    *level* defaults to ``$KIOSK_LOG_LEVEL`` or INFO.  Returns the log file,
    or None when the logs folder cannot be written: the kiosk then logs to
    stderr only rather than refusing to start.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)
    root.setLevel(_level(level))

    # A windowed Windows build has no stderr at all (sys.stderr is None).
    if stderr and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        setattr(console, _OURS, True)
        root.addHandler(console)

    log_file: Path | None = None
    try:
        log_file = paths.logs_dir(Path(data_dir)) / f"{name}.log"
        handler = RotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).error("cannot write the log file %s: %s; logging to stderr only",
                                          log_file or Path(data_dir) / "logs", exc)
        log_file = None
    else:
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    logging.captureWarnings(True)
    return log_file


def install_excepthook(logger_name: str = "kiosk") -> None:
    """Log every uncaught exception (main thread, other threads, Qt slots) as CRITICAL.

    PySide6 reports an exception raised in a slot through ``sys.excepthook``,
    so this also catches errors in QML-called Python code; what the UI does
    next (return to the home page) is the UI's business.  Ctrl+C keeps its
    usual behaviour.
    """
    logger = logging.getLogger(logger_name)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        # The stderr handler already printed it; only chain to a hook someone
        # else installed (pytest, a debugger), never print it twice.
        if previous not in (sys.__excepthook__, hook) and not getattr(previous, _OURS, False):
            previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        logger.critical("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    setattr(hook, _OURS, True)
    sys.excepthook = hook
    threading.excepthook = thread_hook
