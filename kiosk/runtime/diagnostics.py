"""``kiosk diagnostics --out DIR``: everything support needs, in one folder and one zip.

IT staff run it on a kiosk that misbehaves and carry the zip away on a USB
stick.  It holds the logs, the versions of the program and its libraries,
the platform, the kiosk's settings (anything that looks like a PIN or a
secret is left out), the result of ``kiosk db check``, the recent restarts
by the watchdog, the heartbeat's age, the visitor statistics (the file
the office console merges, or their key numbers when it cannot be written)
and the read-aloud voices found for each language.

It only reads: no database is created where none exists, and a section that
fails (a locked or broken database, an unreadable log) is written as the
error it met, so the rest of the report still arrives.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import socket
import sqlite3
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from kiosk import APP_ID, APP_NAME, __version__, paths
from kiosk.runtime import heartbeat, heartbeat_path, restarts_path, run_dir

#: Distributions whose versions are reported (Qt's version is PySide6's).
PACKAGES = (
    "jiaozhou-kiosk", "PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy",
    "alembic", "pydantic", "platformdirs", "segno", "openpyxl", "cryptography",
)
#: Setting keys (and keys inside JSON values) containing any of these are left out.
SECRET_WORDS = ("pin", "password", "secret", "token", "hash")
# The password in an address such as postgresql+psycopg://kiosk:PASSWORD@office/kiosk.
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^\s]*(?P<tail>@)", re.IGNORECASE)
#: Environment variables worth seeing, by prefix or name.
ENV_PREFIXES = ("QT_", "KIOSK_", "XDG_", "LC_")
ENV_NAMES = ("DISPLAY", "WAYLAND_DISPLAY", "LANG", "LANGUAGE", "FONTCONFIG_FILE", "PATH")
RECENT_RESTARTS = 200


#: Where the kiosk writes the voices it found when read aloud first started.
VOICES_FILE = "speech-voices.json"
#: The kiosk's languages, as the voice reports name them.
SPEECH_LANGUAGES = ("zh-Hans", "ru", "en")


def voices_summary(report: dict | None) -> list[str]:
    """One line per kiosk language: the voice read aloud uses, how many others
    fit, or that there is none; or why there is no engine at all."""
    if not report:
        return ["not checked: no voice report"]
    engine = report.get("engine") or "(platform default)"
    if report.get("problem"):
        return [f"engine {engine}: not available: {report['problem']}"]
    lines = [f"engine {engine}"]
    languages = report.get("languages") or {}
    for lang in SPEECH_LANGUAGES:
        entry = languages.get(lang) or {}
        voices = entry.get("voices") or []
        if not voices:
            lines.append(f"{lang}: NO VOICE (install one: README, Read aloud)")
        else:
            more = f" (+{len(voices) - 1} more: {', '.join(voices[1:4])}{', ...' if len(voices) > 4 else ''})" if len(voices) > 1 else ""
            lines.append(f"{lang}: {voices[0]}{more}")
    return lines


class DiagnosticsError(Exception):
    """The report cannot be written at all (e.g. the output folder is not writable)."""


@dataclass(frozen=True)
class DiagnosticsReport:
    """Where the report went: the folder and the zip of it."""

    folder: Path
    archive: Path

    def __str__(self) -> str:
        # What a person is told ("written to ..."): the zip is what they carry away.
        return str(self.archive)


def is_secret(key: str) -> bool:
    """True for keys that must never leave the kiosk (PIN hashes, passwords...)."""
    lowered = key.lower()
    return any(word in lowered for word in SECRET_WORDS)


def _redact(value):
    if isinstance(value, dict):
        return {k: ("(left out)" if is_secret(str(k)) else _redact(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    if isinstance(value, str):
        return _URL_PASSWORD.sub(r"\g<head>(left out)\g<tail>", value)
    return value


def versions() -> dict:
    """Versions of the program, Python, SQLite and the libraries (no Qt import needed)."""
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return {
        "app": APP_NAME,
        "app_id": APP_ID,
        "app_version": __version__,
        "python": sys.version,
        "sqlite": sqlite3.sqlite_version,
        "frozen": paths.is_frozen(),
        "packages": found,
    }


def platform_info(data_dir: Path) -> dict:
    """The machine: OS, architecture, host, environment, free disk space."""
    env = {k: v for k, v in sorted(os.environ.items())
           if (k.startswith(ENV_PREFIXES) or k in ENV_NAMES) and not is_secret(k)}
    info = {
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "hostname": socket.gethostname(),
        "executable": sys.executable,
        "program_dir": str(paths.ROOT_DIR),
        "data_dir": str(data_dir),
        "time_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "time_local": datetime.now().astimezone().isoformat(timespec="seconds"),
        "environment": env,
    }
    try:
        usage = shutil.disk_usage(data_dir)
        info["disk_free_mb"] = round(usage.free / 1e6)
        info["disk_total_mb"] = round(usage.total / 1e6)
    except OSError as exc:
        info["disk"] = f"unknown: {exc}"
    return info


def _accessibility_settings(db) -> dict:
    """The settings the accessibility features follow, defaults included
    (IT checks mounting height and what the panel offers without knowing the defaults)."""
    from kiosk.content.change.settings import Settings

    try:
        values = Settings(db.engine).all()
    except Exception as exc:  # an old or damaged settings table: say so, report the rest
        return {"error": str(exc)}
    return {key: value for key, value in values.items() if key.startswith(("access.", "screen."))}


def database_report(url: str | None, data_dir: Path) -> tuple[str, dict]:
    """(``kiosk db check`` text, settings and content facts) for the database.

    A missing SQLite file is reported, not created.
    """
    from sqlalchemy import inspect, text

    from kiosk.content.change.checks import check_database
    from kiosk.content.database import open_database

    resolved = paths.database_url(url, data_dir)
    file = paths.sqlite_path(resolved)
    if file is not None and not file.exists():
        return f"{resolved}: no database yet (the kiosk creates it on its first start).\n", {}
    facts: dict = {"database": resolved}
    if file is not None:
        facts["size_bytes"] = file.stat().st_size
    db = open_database(resolved, data_dir)
    try:
        try:
            problems = check_database(db)
            check = (f"{resolved}: {len(problems)} problem(s):\n" + "".join(f"  - {p}\n" for p in problems)
                     if problems else f"{resolved}: database and content are sound.\n")
        except Exception as exc:  # a broken database is exactly what this report is for
            check = f"{resolved}: the check itself failed: {exc}\n{traceback.format_exc()}"
        tables = set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            if "settings" in tables:
                settings, left_out = {}, []
                for key, value in conn.execute(text("SELECT key, value FROM settings ORDER BY key")):
                    if is_secret(key):
                        left_out.append(key)
                        continue
                    try:
                        settings[key] = _redact(json.loads(value))
                    except (TypeError, json.JSONDecodeError):
                        settings[key] = value
                facts["settings"] = settings
                facts["settings_left_out"] = left_out
                facts["accessibility"] = _accessibility_settings(db)
            if "meta" in tables:
                facts["meta"] = dict(conn.execute(text("SELECT key, value FROM meta ORDER BY key")).all())
            if "content_versions" in tables:
                rows = conn.execute(text(
                    "SELECT id, created_at, actor, action, content_version, backup "
                    "FROM content_versions ORDER BY id DESC LIMIT 20")).mappings().all()
                facts["content_history"] = [{k: str(v) if v is not None else None for k, v in r.items()} for r in rows]
            if {"records", "record_texts"} <= tables:
                # The contact the press release gives: for whoever supports the kiosk, not for visitors.
                rows = conn.execute(text(
                    "SELECT r.slug, t.lang, t.text FROM records r JOIN record_texts t ON t.record_id = r.id "
                    "WHERE r.kind = 'source' AND t.field = 'body' ORDER BY r.sort_order, r.slug, t.lang")).all()
                contacts: dict[str, dict[str, str]] = {}
                for slug, lang, words in rows:
                    contacts.setdefault(slug, {})[lang] = words
                facts["source_contacts"] = contacts
            if "alembic_version" in tables:
                facts["schema_revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        db.close()
    return check, facts


def _report_folder(out: str | os.PathLike[str]) -> Path:
    """A new, empty folder for this report under *out*."""
    out_dir = Path(out).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise DiagnosticsError(f"{out_dir}: exists and is not a folder; give --out a folder")
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    folder = out_dir / f"{APP_ID}-diagnostics-{socket.gethostname()}-{stamp}"
    try:
        folder.mkdir(parents=True, exist_ok=False)
    except FileExistsError:
        folder = folder.with_name(folder.name + f"-{os.getpid()}")
        folder.mkdir(parents=True)
    except OSError as exc:
        raise DiagnosticsError(f"{out_dir}: cannot write the report there: {exc.strerror or exc}") from exc
    return folder


class _ReportWriter:
    """Writes the report's sections into *folder*, one file or two each.

    Every section is written on its own: one that fails leaves a
    ``NAME.error.txt`` and a line in the summary, and the others still run.
    """

    def __init__(self, folder: Path, data: Path, database_url: str | None,
                 voices: Callable[[], dict] | None = None):
        self.folder, self.data, self.database_url = folder, data, database_url
        self.voices = voices
        self.summary = [f"{APP_NAME} {__version__} diagnostics, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
                        f"data folder: {data}", ""]

    def write_all(self) -> None:
        """Every section, then the summary."""
        for name in ("versions", "platform", "database", "updates", "restarts", "heartbeat", "logs", "backups",
                     "statistics", "voices"):
            try:
                note = getattr(self, f"_{name}")()
                self.summary.append(f"{name}: {note or 'ok'}")
            except Exception as exc:
                (self.folder / f"{name}.error.txt").write_text(traceback.format_exc(), encoding="utf-8")
                self.summary.append(f"{name}: FAILED ({exc})")
        self._text("summary.txt", "\n".join(self.summary))

    def _text(self, name: str, text: str) -> None:
        (self.folder / name).write_text(text + "\n", encoding="utf-8")

    def _json(self, name: str, value) -> None:
        self._text(name, json.dumps(value, ensure_ascii=False, indent=2, default=str))

    def _versions(self) -> None:
        self._json("versions.json", versions())

    def _platform(self) -> None:
        self._json("platform.json", platform_info(self.data))

    def _database(self) -> str:
        check, facts = database_report(self.database_url, self.data)
        self.facts = facts
        (self.folder / "db-check.txt").write_text(check, encoding="utf-8")
        self._json("database.json", facts)
        left_out = facts.get("settings_left_out")
        return check.splitlines()[0] + (f" (settings left out: {', '.join(left_out)})" if left_out else "")

    def _updates(self) -> str:
        """The pack source and the updater's last result (``fleet.state``), as staff see it in the menu."""
        settings = getattr(self, "facts", {}).get("settings", {})
        source = settings.get("fleet.source") or ""
        state = settings.get("fleet.state") or {}
        if not source:
            text = "no pack source set (fleet.source): content comes by USB"
        else:
            text = (f"pack source {source}, polled every {settings.get('fleet.poll_seconds', 300)} s\n"
                    f"last result: {state.get('result', 'no poll yet')} (checked {state.get('checked_at', '-')})\n"
                    f"release running: {state.get('release', 0)}; last update {state.get('last_update_at') or '-'}\n"
                    + "".join(f"error: {line}\n" for line in state.get("errors", [])))
        self._text("updates.txt", text.rstrip())
        return text.splitlines()[1][len("last result: "):] if source else text

    def _restarts(self) -> str:
        source = restarts_path(self.data)
        lines = source.read_text(encoding="utf-8").splitlines()[-RECENT_RESTARTS:] if source.exists() else []
        (self.folder / "restarts.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return f"{len(lines)} recent restart(s)"

    def _heartbeat(self) -> str:
        path = heartbeat_path(self.data)
        beat_age = heartbeat.age(path)
        text = f"{path}: " + ("no heartbeat (kiosk not running, or not under the watchdog)" if beat_age is None
                              else f"last beat {beat_age:.1f}s ago")
        self._text("heartbeat.txt", text)
        return text

    def _logs(self) -> str:
        source = self.data / "logs"
        if not source.is_dir():
            return "no logs folder"
        shutil.copytree(source, self.folder / "logs")
        return f"{sum(1 for _ in (self.folder / 'logs').iterdir())} file(s)"

    def _backups(self) -> str:
        source = self.data / "backups"
        names = sorted(p.name for p in source.glob("*.sqlite3")) if source.is_dir() else []
        (self.folder / "backups.txt").write_text("".join(n + "\n" for n in names), encoding="utf-8")
        return f"{len(names)} backup(s)"

    def _statistics(self) -> str:
        """The visitor statistics file the office merges (``statistics.kioskstats``), or their key numbers when it cannot be written."""
        from kiosk.stats.handover import key_numbers, pack_for_usb
        from kiosk.stats.store import stats_path

        if not stats_path(self.data).is_file():
            self._text("statistics.txt", "no visitor statistics recorded yet")
            return "none recorded yet"
        try:
            report = pack_for_usb(self.data, self.folder, "statistics.kioskstats")
        except Exception as exc:  # a damaged file or a full stick: the numbers still go with the report
            numbers = key_numbers(self.data)
            lines = [f"the statistics file could not be written: {exc}"]
            lines += [f"{name}: {n.sessions} sessions, median {n.median_s} s, top language {n.top_language or '-'}"
                      for name, n in numbers.items()]
            self._text("statistics.txt", "\n".join(lines))
            return f"summary only ({exc})"
        kiosks = ", ".join(f"{name} ({uid})" for uid, name in report.kiosks)
        self._text("statistics.txt", f"statistics.kioskstats: {report.sessions} sessions of {kiosks}; "
                                     "merge it in the office console (Visitors tab) or with kiosk stats merge")
        return f"{report.sessions} session(s), statistics.kioskstats"


    def _voices(self) -> str:
        """The read-aloud voices per language: looked up now by *voices* (the
        caller's, which may use Qt), and as the kiosk last found them."""
        saved_file = run_dir(self.data) / VOICES_FILE
        saved = json.loads(saved_file.read_text(encoding="utf-8")) if saved_file.is_file() else None
        now, error = None, ""
        if self.voices is not None:
            try:
                now = self.voices()
            except Exception as exc:  # the engine itself may be what is broken
                error = f"{type(exc).__name__}: {exc}"
        self._json("voices.json", {"found_now": now, "error_now": error, "kiosk_last_found": saved})
        lines = (["Found now:", *voices_summary(now)] if now else [f"Not looked up now{': ' + error if error else ''}"])
        lines += ["", "As the kiosk found them " + (f"({saved.get('written_at', '?')}):" if saved else "(never: read aloud not used yet)")]
        lines += voices_summary(saved) if saved else []
        self._text("voices.txt", "\n".join(lines))
        return "; ".join(voices_summary(now or saved))


def collect(out: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None,
            database_url: str | None = None, voices: Callable[[], dict] | None = None) -> DiagnosticsReport:
    """Write the report into a new folder under *out* and zip it; returns both paths.

    *voices* looks up the read-aloud voices now (the command line passes one
    that asks Qt in a separate process); without it the report has the
    voices the kiosk last found."""
    folder = _report_folder(out)
    _ReportWriter(folder, paths.data_dir(data_dir), database_url, voices).write_all()
    try:
        archive = Path(shutil.make_archive(str(folder), "zip", root_dir=folder.parent, base_dir=folder.name))
    except OSError as exc:
        raise DiagnosticsError(f"{folder}.zip: cannot write the zip: {exc.strerror or exc}") from exc
    return DiagnosticsReport(folder, archive)
