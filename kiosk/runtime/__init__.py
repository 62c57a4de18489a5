"""Runtime services for a kiosk that must stay up unattended (no Qt here).

``logs``        rotating log files in the data folder, uncaught exceptions logged
``heartbeat``   the GUI thread's "I am alive" file that the watchdog reads
``watchdog``    ``kiosk watchdog``: restarts the kiosk when it exits or freezes
``diagnostics`` ``kiosk diagnostics --out DIR``: a folder and zip for a USB stick

The UI calls into this package; nothing here imports PySide6, so the
watchdog and diagnostics also work when Qt itself is what is broken.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Exit code of a deliberate "exit to desktop" (the staff menu): the
#: watchdog does not restart the kiosk and exits with the same code, and the
#: systemd unit's ``RestartPreventExitStatus=3`` keeps it down too.
EXIT_TO_DESKTOP = 3

#: How often the UI should call ``Heartbeat.beat()`` (seconds).
HEARTBEAT_INTERVAL = 2.0

#: The watchdog exports the heartbeat file it watches under this name, so a
#: supervised program that is not the kiosk (or a test) writes the same file.
ENV_HEARTBEAT_FILE = "KIOSK_HEARTBEAT_FILE"
#: Set to "1" in the environment of a program the watchdog supervises.
ENV_SUPERVISED = "KIOSK_SUPERVISED"


def run_dir(data_dir: Path) -> Path:
    """``data_dir/run``: the heartbeat and the restart history (created when missing)."""
    path = Path(data_dir) / "run"
    path.mkdir(parents=True, exist_ok=True)
    return path


def heartbeat_path(data_dir: Path) -> Path:
    """The heartbeat file: ``$KIOSK_HEARTBEAT_FILE`` when the watchdog set it,
    else ``data_dir/run/heartbeat``."""
    override = os.environ.get(ENV_HEARTBEAT_FILE)
    return Path(override) if override else run_dir(data_dir) / "heartbeat"


def restarts_path(data_dir: Path) -> Path:
    """``data_dir/run/restarts.jsonl``: one JSON line per restart by the watchdog."""
    return run_dir(data_dir) / "restarts.jsonl"
