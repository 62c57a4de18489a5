"""Rotating log files in the data folder, and uncaught exceptions that end up in them."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from kiosk.runtime.logs import install_excepthook, setup_logging


@pytest.fixture(autouse=True)
def restore_logging():
    """Give the root logger, its level and the except hooks back as they were."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = sys.excepthook, threading.excepthook
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks


def _flush():
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_logs_go_to_a_file_in_the_data_folder_and_stderr(tmp_path, capsys):
    log_file = setup_logging(tmp_path, "kiosk", "INFO")
    assert log_file == tmp_path / "logs" / "kiosk.log"
    logging.getLogger("kiosk.test").info("hello from the kiosk")
    logging.getLogger("kiosk.test").debug("not at INFO")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "hello from the kiosk" in text and "kiosk.test" in text and "INFO" in text
    assert "not at INFO" not in text
    assert "hello from the kiosk" in capsys.readouterr().err


def test_files_rotate_and_old_ones_are_capped(tmp_path):
    setup_logging(tmp_path, "kiosk", stderr=False, max_bytes=2_000, backup_count=2)
    for i in range(200):
        logging.getLogger("kiosk").warning("line %03d %s", i, "x" * 40)
    _flush()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in (tmp_path / "logs").iterdir())


def test_setting_up_twice_does_not_double_lines(tmp_path):
    setup_logging(tmp_path, "kiosk", stderr=False)
    log_file = setup_logging(tmp_path, "kiosk", stderr=False)
    logging.getLogger("kiosk").warning("once")
    _flush()
    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_a_bad_level_names_itself(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="'LOUD' is not a log level"):
        setup_logging(tmp_path, level="LOUD")
    monkeypatch.setenv("KIOSK_LOG_LEVEL", "chatty")
    with pytest.raises(ValueError, match=r"\$KIOSK_LOG_LEVEL: 'chatty'"):
        setup_logging(tmp_path)


def test_an_unwritable_logs_folder_falls_back_to_stderr(tmp_path, capsys):
    (tmp_path / "logs").write_text("a file where the folder should be")
    assert setup_logging(tmp_path, "kiosk") is None
    logging.getLogger("kiosk").warning("still heard")
    err = capsys.readouterr().err
    assert "logging to stderr only" in err and "still heard" in err


# pytest-qt puts its own sys.excepthook in place to fail tests on Qt-slot
# errors; the kiosk's hook chains to such a hook, so it is taken out here.
@pytest.mark.qt_no_exception_capture
def test_uncaught_exceptions_are_logged(tmp_path):
    log_file = setup_logging(tmp_path, "kiosk", stderr=False)
    install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())

    def worker():
        raise ValueError("boom in a thread")

    thread = threading.Thread(target=worker, name="importer")
    thread.start()
    thread.join()
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "uncaught exception" in text
    assert "RuntimeError: boom in a slot" in text
    assert "uncaught exception in thread importer" in text and "ValueError: boom in a thread" in text
