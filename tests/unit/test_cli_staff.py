"""The staff commands as staff type them: export, edit, import, pack, USB
stick, kiosk; backups, history and settings. A refusal prints every problem
and exits 1."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from kiosk.cli import main

CLUSTER = "smart-home-appliances-national-cluster"


@pytest.fixture
def office(data_dir, capsys):
    assert main(["db", "init"]) == 0
    capsys.readouterr()
    return data_dir


def set_cell(path, sheet, slug, header, value):
    wb = load_workbook(path)
    ws = wb[sheet]
    col = next(c.column for c in ws[1] if c.value == header)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == slug)
    ws.cell(row=row, column=col).value = value
    wb.save(path)


def test_workbook_round_trip_prints_what_changed_and_the_backup(office, tmp_path, capsys):
    book = tmp_path / "content.xlsx"
    assert main(["export", "workbook", str(book)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert main(["import", "workbook", str(book)]) == 0
    assert "nothing changed" in capsys.readouterr().out

    set_cell(book, "Clusters", CLUSTER, "title [en]", "Smart Home Appliances Cluster")
    assert main(["import", "workbook", str(book), "--as", "editor"]) == 0
    out = capsys.readouterr().out
    assert "cluster: 1 changed" in out
    backup = re.search(r"Backup taken first: (\S+)", out).group(1)
    assert main(["backup", "list"]) == 0
    assert backup in capsys.readouterr().out
    assert main(["history"]) == 0
    listing = capsys.readouterr().out
    assert "editor" in listing and "import-workbook" in listing and "cluster: 1 changed" in listing


def test_a_bad_workbook_exits_1_naming_sheet_row_and_column(office, tmp_path, capsys):
    book = tmp_path / "content.xlsx"
    main(["export", "workbook", str(book)])
    set_cell(book, "Clusters", CLUSTER, "level", "city")
    capsys.readouterr()
    assert main(["import", "workbook", str(book)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: ")
    assert "sheet Clusters, row 2, column D (level): 'city' is not allowed" in err
    assert main(["content", "validate", str(book)]) == 1
    assert "sheet Clusters, row 2, column D (level)" in capsys.readouterr().err


def test_pack_from_the_office_to_a_kiosk_that_wants_signatures(office, tmp_path, capsys):
    keys, pack = tmp_path / "keys", tmp_path / "usb" / "content.kioskpack"
    pack.parent.mkdir()
    kiosk = ["--data-dir", str(tmp_path / "kiosk")]
    assert main(["pack", "keygen", "--out", str(keys)]) == 0
    assert main(["pack", "export", str(pack), "--sign", str(keys / "kiosk-pack-signing.key")]) == 0
    fingerprint = re.search(r"signed with key (\S+)\.", capsys.readouterr().out).group(1)
    assert main(["content", "validate", str(pack)]) == 0
    assert fingerprint in capsys.readouterr().out

    assert main([*kiosk, "settings", "set", "packs.allow_unsigned", "false"]) == 0
    assert main([*kiosk, "pack", "import", str(pack)]) == 1
    assert "does not trust" in capsys.readouterr().err
    assert main([*kiosk, "pack", "trust", str(keys / "kiosk-pack-signing.pub")]) == 0
    assert main([*kiosk, "pack", "import", str(pack), "--progress"]) == 0
    captured = capsys.readouterr()
    assert "content version 2025-08-25.1" in captured.out
    assert "progress: checking every member" in captured.err


def test_history_restore_brings_back_an_earlier_version(office, tmp_path, capsys):
    book = tmp_path / "content.xlsx"
    main(["export", "workbook", str(book)])
    set_cell(book, "Clusters", CLUSTER, "title [en]", "Changed title")
    main(["import", "workbook", str(book)])
    assert main(["search", "Changed title", "--lang", "en"]) == 0
    assert CLUSTER in capsys.readouterr().out
    assert main(["history", "restore", "1"]) == 0
    assert "cluster: 1 changed" in capsys.readouterr().out
    main(["search", "Changed title", "--lang", "en"])
    assert "No results." in capsys.readouterr().out
    assert main(["history", "restore", "99"]) == 1
    assert "no version 99" in capsys.readouterr().err


def test_backup_create_and_restore(office, capsys):
    assert main(["backup", "create", "--reason", "before trip"]) == 0
    backup = re.search(r"Backup taken: (\S+)", capsys.readouterr().out).group(1)
    assert "before-trip" in backup
    assert main(["backup", "restore", backup]) == 0
    out = capsys.readouterr().out
    assert f"Restored {backup}" in out and "before-restore" in out
    assert main(["db", "check"]) == 0
    assert main(["backup", "restore", "kiosk-nothing.sqlite3"]) == 1
    assert "kiosk backup list" in capsys.readouterr().err


def test_settings_show_and_refuse_bad_values(office, capsys):
    assert main(["settings"]) == 0
    assert "idle_timeout_s" in capsys.readouterr().out
    assert main(["settings", "set", "idle_timeout_s", "5"]) == 1
    assert capsys.readouterr().err.startswith("kiosk: setting idle_timeout_s: 5 must be from 10 to 3600")
    assert main(["settings", "set", "screen_layout", "portrait"]) == 0
    assert 'screen_layout = "portrait"' in capsys.readouterr().out
