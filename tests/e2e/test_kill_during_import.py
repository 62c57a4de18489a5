"""A kiosk that is switched off in the middle of an import keeps either the
old content or the new, never a mix.

A real ``kiosk pack import`` runs in a subprocess on a large synthetic
content set (the default content cloned many times under new slugs) and
gets ``kill -9`` at each step it reports; afterwards ``kiosk db check`` is
sound, every listed backup is sound, and the content is exactly the old set
or the new one.  The import is paused at the step by the importer's
test-only hook (``KIOSK_TEST_PAUSE_AT``, see ``import_runs``) before it is
killed, so where it dies does not depend on the machine's speed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from import_runs import start_kiosk, wait_paused

from kiosk.cli import main
from kiosk.content.backups import check_backup, list_backups
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.database import open_database
from kiosk.content.change.history import list_versions, same_content
from kiosk.content.formats.packs import write_pack
from kiosk.content.formats.schema import BaseIn, ClusterIn, ContentSet
from kiosk.content.change.store import read_content
from kiosk.content.vocab import KINDS

ROOT = Path(__file__).resolve().parents[2]
COPIES = 40  # ~1,250 records: a transaction of many pages when it is killed half-way


def cloned(base: ContentSet, copies: int) -> ContentSet:
    """*base* plus *copies* clones of every record (but the one source and
    the one zone profile) under new slugs, references following along."""
    records = {kind: list(base.of(kind)) for kind in KINDS}
    for n in range(copies):
        for kind in KINDS:
            if kind in ("source", "zone"):
                continue
            for record in base.of(kind):
                update: dict = {"slug": f"{record.slug}-copy-{n}"}
                if isinstance(record, BaseIn) and record.manufacturer:
                    update["manufacturer"] = f"{record.manufacturer}-copy-{n}"
                if isinstance(record, ClusterIn):
                    update["manufacturers"] = [f"{m}-copy-{n}" for m in record.manufacturers]
                records[kind].append(record.model_copy(update=update))
    return ContentSet(meta=base.meta.model_copy(update={"content_version": "synthetic-large"}), records=records)


def state(data: Path):
    db = open_database(None, data)
    try:
        with db.sessions() as session:
            return read_content(session), len(list_versions(session, 1000))
    finally:
        db.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A template data folder with the default content, the big pack, and the two states."""
    root = tmp_path_factory.mktemp("kill")
    template = root / "template"
    assert main(["--data-dir", str(template), "db", "init"]) == 0
    new = cloned(read_content_dir(ROOT / "data" / "content"), COPIES)
    pack = write_pack(new, root / "large.kioskpack").path
    old, entries = state(template)
    return root, template, pack, new, old, entries


def start_import(data: Path, pack: Path, pause_at: str | None = None) -> subprocess.Popen:
    marker = data.parent / f"{data.name}.paused"
    return start_kiosk(data, "pack", "import", str(pack), pause_at=pause_at, marker=marker)


def kill_at(proc: subprocess.Popen, data: Path) -> list[str]:
    """Wait until the import is paused at its step, then ``kill -9``; returns the progress lines it printed."""
    wait_paused(proc, data.parent / f"{data.name}.paused")
    os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    return [line.strip() for line in err.splitlines()]


def check_after_kill(data: Path, new: ContentSet, old: ContentSet, entries: int) -> str:
    """The database is sound and holds exactly the old or the new content; returns which."""
    assert main(["--data-dir", str(data), "db", "check"]) == 0
    db = open_database(None, data)
    try:
        for backup in list_backups(db.backups_dir):
            check_backup(backup.path)
    finally:
        db.close()
    content, count = state(data)
    if content == old:
        assert count == entries
        return "old"
    assert same_content(content, new), "the database holds neither the old nor the new content"
    assert content.counts() == new.counts()
    assert count == entries + 1
    return "new"


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("checking every member", "old"),
        ("validating the content", "old"),
        ("backing up the database", "old"),
        ("writing content", "old"),
        # Inside the transaction: every record is written but not committed.
        ("recording the change in the history", "old"),
        ("committing", "old"),
        ("committed", "new"),
    ],
)
def test_kill_9_during_a_pack_import_leaves_old_or_new_never_a_mix(setup, step, expected):
    root, template, pack, new, old, entries = setup
    data = root / f"run-{step.replace(' ', '-')}"
    shutil.copytree(template, data)
    proc = start_import(data, pack, pause_at=step)
    seen = kill_at(proc, data)
    assert any(line.startswith(f"progress: {step}") for line in seen), f"the import never reached {step!r}: {seen[-5:]}"
    assert proc.returncode == -signal.SIGKILL, "the import ended by itself instead of being killed"
    assert check_after_kill(data, new, old, entries) == expected


def test_after_a_kill_in_the_middle_the_same_import_runs_to_the_end(setup):
    root, template, pack, new, old, entries = setup
    data = root / "recover"
    shutil.copytree(template, data)
    proc = start_import(data, pack, pause_at="recording the change in the history")
    kill_at(proc, data)
    assert proc.returncode == -signal.SIGKILL
    # The killed import's lock went with it: the next one does not wait.
    proc = start_import(data, pack)
    _, err = proc.communicate(timeout=300)
    assert "another import is running" not in err
    assert proc.returncode == 0, err
    assert check_after_kill(data, new, old, entries) == "new"
