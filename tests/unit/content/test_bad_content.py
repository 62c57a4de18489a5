"""Broken content is refused with a message naming file, record and field,
and an existing database is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.problems import ContentError


def edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def problems_of(folder: Path) -> str:
    with pytest.raises(ContentError) as caught:
        read_content_dir(folder)
    return str(caught.value)


def test_malformed_json_names_file_line_and_column(content_copy):
    (content_copy / "clusters.json").write_text('[{"slug": "a",,}]', encoding="utf-8")
    message = problems_of(content_copy)
    assert "clusters.json" in message and "line 1" in message and "column" in message


def test_unknown_manufacturer_slug_in_a_base_is_named(content_copy):
    edit(content_copy / "bases.json", lambda d: d[3].update(manufacturer="haier-grup"))
    message = problems_of(content_copy)
    assert "bases.json" in message
    assert "haier-smart-interconnected-factory" in message
    assert "field manufacturer" in message and "'haier-grup'" in message


def test_unknown_source_is_named(content_copy):
    edit(content_copy / "platforms.json", lambda d: d[0].update(source="nowhere"))
    message = problems_of(content_copy)
    assert "platforms.json" in message and "economic-and-trade-service-platform" in message and "nowhere" in message


def test_missing_required_translation_is_named(content_copy):
    edit(content_copy / "initiatives.json", lambda d: d[1]["text"]["title"].pop("ru"))
    message = problems_of(content_copy)
    assert "initiatives.json" in message
    assert "three-industry-integration" in message
    assert "text.title" in message and "ru" in message


def test_wrong_value_and_unknown_key_are_named(content_copy):
    def change(d):
        d[0]["level"] = "city"
        d[1]["colour"] = "red"

    edit(content_copy / "clusters.json", change)
    message = problems_of(content_copy)
    assert "field level" in message and "'national'" in message
    assert "field colour" in message


def test_duplicate_slug_is_named(content_copy):
    edit(content_copy / "initiatives.json", lambda d: d[1].update(slug=d[0]["slug"]))
    assert "used twice" in problems_of(content_copy)


def test_every_problem_is_reported_at_once(content_copy):
    edit(content_copy / "initiatives.json", lambda d: d[1]["text"]["title"].pop("ru"))
    edit(content_copy / "clusters.json", lambda d: d[0].update(level="city"))
    message = problems_of(content_copy)
    assert "initiatives.json" in message and "clusters.json" in message


def test_cli_init_with_broken_content_fails_and_leaves_the_database(data_dir, content_copy, capsys):
    assert main(["db", "init"]) == 0
    database = data_dir / "kiosk.sqlite3"
    before = database.read_bytes()
    edit(content_copy / "bases.json", lambda d: d[0].update(manufacturer="nobody"))
    # A new database from broken content: refused, and nothing half-written.
    other = data_dir / "other.sqlite3"
    assert main(["--database", f"sqlite:///{other}", "db", "init", "--content", str(content_copy)]) == 1
    err = capsys.readouterr().err
    assert "bases.json" in err and "nobody" in err
    from kiosk.content.database import open_database
    from kiosk.content.change.store import has_content

    check = open_database(f"sqlite:///{other}", data_dir)
    with check.sessions() as session:
        assert not has_content(session)
    check.close()
    assert database.read_bytes() == before


def test_cli_content_validate_reports_and_exits_non_zero(content_copy, capsys):
    assert main(["content", "validate", str(content_copy)]) == 0
    edit(content_copy / "figures.json", lambda d: d[0].update(unit="dollars"))
    assert main(["content", "validate", str(content_copy)]) == 1
    err = capsys.readouterr().err
    assert "figures.json" in err and "industrial-enterprises" in err and "field unit" in err


def test_a_file_that_is_not_sqlite_is_named_and_left_alone(tmp_path, data_dir, capsys):
    bogus = tmp_path / "kiosk.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    before = bogus.read_bytes()
    for command in (["db", "check"], ["db", "init"], ["search", "haier"]):
        assert main(["--database", f"sqlite:///{bogus}", *command]) == 1
        err = capsys.readouterr().err
        assert str(bogus) in err and "not a SQLite database" in err
    assert bogus.read_bytes() == before


def test_db_check_names_a_record_that_breaks_the_rules(db, capsys):
    from sqlalchemy import delete

    from kiosk.db.models import RecordText

    with db.sessions.begin() as session:
        session.execute(delete(RecordText).where(RecordText.field == "title", RecordText.lang == "ru", RecordText.record_id == 5))
    assert main(["--database", db.url, "db", "check"]) == 1
    err = capsys.readouterr().err
    assert "missing the required ru translation" in err and "text.title" in err
