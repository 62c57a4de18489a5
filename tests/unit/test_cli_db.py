"""``kiosk db init|upgrade|check`` and ``kiosk search`` as staff and IT use them."""

from __future__ import annotations

from kiosk.cli import main


def test_db_init_twice_changes_nothing(data_dir, capsys):
    assert main(["db", "init"]) == 0
    first = capsys.readouterr().out
    assert "Created" in first and "2025-08-25.1" in first
    database = data_dir / "kiosk.sqlite3"
    assert database.exists()

    from kiosk.content.database import open_database
    from kiosk.content.change.history import list_versions
    from kiosk.content.change.store import read_content

    db = open_database(None, data_dir)
    with db.sessions() as session:
        before = read_content(session)
        versions_before = len(list_versions(session))
    db.close()

    assert main(["db", "init"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    db = open_database(None, data_dir)
    with db.sessions() as session:
        assert read_content(session) == before
        assert len(list_versions(session)) == versions_before == 1
    db.close()


def test_data_dir_and_database_url_follow_flag_then_environment(tmp_path, monkeypatch, capsys):
    env_dir = tmp_path / "from-env"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(env_dir))
    assert main(["db", "init"]) == 0
    assert (env_dir / "kiosk.sqlite3").exists()
    flag_dir = tmp_path / "from-flag"
    assert main(["--data-dir", str(flag_dir), "db", "init"]) == 0
    assert (flag_dir / "kiosk.sqlite3").exists()
    url_file = tmp_path / "elsewhere" / "x.sqlite3"
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{url_file}")
    assert main(["db", "init"]) == 0
    assert url_file.exists()


def test_db_check_on_a_sound_database(data_dir, capsys):
    main(["db", "init"])
    assert main(["db", "check"]) == 0
    assert "sound" in capsys.readouterr().out


def test_db_upgrade_on_a_current_database_says_so(data_dir, capsys):
    main(["db", "init"])
    assert main(["db", "upgrade"]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_search_command_prints_results_in_the_chosen_language(data_dir, capsys):
    assert main(["search", "海尔", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "haier-group" in out and "Группа Haier" in out
    assert main(["search", "zzzz"]) == 0
    assert "No results." in capsys.readouterr().out


def test_default_data_dir_is_outside_the_source_tree(monkeypatch):
    from kiosk import paths

    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    default = paths.default_data_dir()
    assert paths.ROOT_DIR not in default.parents
    assert default.name == "jiaozhou-kiosk"
