"""Two imports started at once on one kiosk: the second waits for the first,
then compares, backs up and records against the content the first left.

Real ``kiosk`` processes: a pack import paused (test-only hook) while it
holds the import lock, and a workbook import started meanwhile.  Afterwards
the history lists both in the order they committed, each summary counts
what that import changed, and each "before-..." backup holds exactly the
content as it stood before its own import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from import_runs import ROOT, start_kiosk, wait_paused

from kiosk.cli import main
from kiosk.content.backups import find_backup
from kiosk.content.change.history import diff_content, list_versions, same_content
from kiosk.content.change.lock import WAITING
from kiosk.content.change.store import read_content
from kiosk.content.database import open_database
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.formats.packs import write_pack
from kiosk.content.formats.schema import ContentSet
from kiosk.content.formats.workbook import write_workbook
from kiosk.content.vocab import KINDS


def variant(base: ContentSet, version: str, extra: int) -> ContentSet:
    """*base* under another content version, with *extra* copies of each manufacturer added."""
    records = {kind: list(base.of(kind)) for kind in KINDS}
    makers = base.of("manufacturer")
    records["manufacturer"] += [m.model_copy(update={"slug": f"{m.slug}-extra-{n}"}) for n in range(extra) for m in makers]
    return ContentSet(meta=base.meta.model_copy(update={"content_version": version}), records=records)


def content_of(sqlite_file: Path, scratch: Path) -> ContentSet:
    """The content held by a database file (read from a copy, so the file itself is untouched)."""
    copy = scratch / f"{sqlite_file.stem}-copy.sqlite3"
    source = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    db = open_database(f"sqlite:///{copy}", scratch)
    try:
        with db.sessions() as session:
            return read_content(session)
    finally:
        db.close()


def test_two_imports_at_once_run_one_after_the_other_with_a_true_history(tmp_path):
    data = tmp_path / "kiosk"
    assert main(["--data-dir", str(data), "db", "init"]) == 0
    default = content_of(data / "kiosk.sqlite3", tmp_path)
    base = read_content_dir(ROOT / "data" / "content")
    first = variant(base, "concurrent-first", 2)
    second = variant(base, "concurrent-second", 1)
    pack = write_pack(first, tmp_path / "first.kioskpack").path
    workbook = write_workbook(second, tmp_path / "second.xlsx")

    marker = tmp_path / "first.paused"
    proc_a = start_kiosk(data, "pack", "import", str(pack), pause_at="backing up the database", marker=marker)
    wait_paused(proc_a, marker)  # compared, holding the lock, not yet backed up
    proc_b = start_kiosk(data, "import", "workbook", str(workbook))
    seen = []
    assert proc_b.stderr is not None
    for line in proc_b.stderr:
        seen.append(line.strip())
        if line.startswith(f"progress: {WAITING}"):
            break
    assert any(line.startswith(f"progress: {WAITING}") for line in seen), f"the second import did not wait: {seen[-5:]}"
    marker.unlink()  # let the first go on
    _, err_a = proc_a.communicate(timeout=300)
    _, err_b = proc_b.communicate(timeout=300)
    assert proc_a.returncode == 0, err_a
    assert proc_b.returncode == 0, err_b

    db = open_database(None, data)
    try:
        with db.sessions() as session:
            newest = list_versions(session, 3)
            final = read_content(session)
        backups_dir = db.backups_dir
    finally:
        db.close()
    entry_b, entry_a = newest[0], newest[1]
    assert (entry_a.action, entry_b.action) == ("import-pack", "import-workbook")
    assert (entry_a.content_version, entry_b.content_version) == ("concurrent-first", "concurrent-second")
    assert entry_a.id < entry_b.id
    assert same_content(final, second)

    before_a = content_of(find_backup(backups_dir, entry_a.backup).path, tmp_path)
    before_b = content_of(find_backup(backups_dir, entry_b.backup).path, tmp_path)
    assert before_a == default, "the first import's backup does not hold the content before it"
    assert same_content(before_b, first), "the second import's backup does not hold the first import's content"
    # The second summary is against the first import's content: one copy of each manufacturer removed.
    makers = len(base.of("manufacturer"))
    assert entry_a.summary.kinds["manufacturer"].added == 2 * makers
    assert entry_b.summary.kinds["manufacturer"].removed == makers
    assert entry_b.summary == diff_content(first, second)
