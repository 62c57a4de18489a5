"""Kiosk settings: typed values with defaults, stored as JSON in ``settings``.

One small service for the command line, the staff console and the on-kiosk
menu::

    settings = Settings(db.engine)
    settings.get("idle_timeout_s")        # -> 90 (the default until set)
    settings.set("idle_timeout_s", 120)   # validated, saved at once
    settings.all()                        # -> {key: value} for every key

Several keys read and written together (the staff PIN and its lockout)
go through one transaction::

    with settings.transaction() as tx:
        state = tx.get("staff.pin_state")
        tx.put("staff.pin_state", {...})

Every key is declared in ``SPECS`` with its default, a one-line description
and a check; *internal* keys (the PIN's hash and lockout) are kept by their
own service, never listed by ``all()`` nor set by ``set()``; an unknown key or a bad value raises ``SettingsError`` naming
the key, the value and what is allowed, and nothing is saved.  A value in
the database that no longer passes its check (edited by hand, or from an
older program) reads as the default and is logged, so a visitor screen never
fails over a setting.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

# The attract loop's media suffixes live with the content vocabulary (content
# packs size videos by them) and are exported here beside the setting they check.
from kiosk.content.vocab import LANGUAGES, MEDIA_IMAGE_SUFFIXES, MEDIA_VIDEO_SUFFIXES, is_video_name
from kiosk.db.tables import settings as settings_table

log = logging.getLogger(__name__)

SCREEN_LAYOUTS: tuple[str, ...] = ("auto", "landscape", "portrait", "small")


class SettingsError(ValueError):
    """An unknown setting or a value it does not accept; the message says which and why."""


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key, default, what it is for, and its check.

    ``check`` returns the value to store (e.g. a list without surrounding
    spaces) or raises ValueError with what is allowed.
    """

    key: str
    default: Any
    description: str
    check: Callable[[Any], Any]
    #: Kept by its own service (``PinStore``): not listed, not set by hand.
    internal: bool = False


def _int_between(low: int, high: int) -> Callable[[Any], Any]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number from {low} to {high}")
        if not low <= value <= high:
            raise ValueError(f"must be from {low} to {high}")
        return value

    return check


def _number_between(low: float, high: float, unit: str = "") -> Callable[[Any], Any]:
    of = f" of {unit}" if unit else ""
    after = f" {unit}" if unit else ""

    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number{of} from {low:g} to {high:g}")
        if not low <= value <= high:
            raise ValueError(f"must be from {low:g} to {high:g}{after}")
        return float(value)

    return check


def _number_or_none(low: float, high: float) -> Callable[[Any], Any]:
    def check(value: Any) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number from {low:g} to {high:g}, or null for 'ask the screen'")
        if not low <= value <= high:
            raise ValueError(f"must be from {low:g} to {high:g}")
        return value

    return check


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return value

    return check


_MEDIA_EXAMPLE = '["hall/1.jpg", "hall/2.png"] or ["hall/loop.mp4"]'


def _media_files(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"must be a list of file names in the media folder, e.g. {_MEDIA_EXAMPLE}")
    if len(value) > 50:
        raise ValueError(f"names {len(value)} files; at most 50")
    for name in value:
        parts = name.replace("\\", "/").split("/")
        if not name or name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise ValueError(f"{name!r} must be a relative path inside the media folder")
        if not name.lower().endswith(MEDIA_IMAGE_SUFFIXES + MEDIA_VIDEO_SUFFIXES):
            raise ValueError(f"{name!r} is not an image or video file (images: {', '.join(MEDIA_IMAGE_SUFFIXES)}; "
                             f"videos: {', '.join(MEDIA_VIDEO_SUFFIXES)})")
    videos = [name for name in value if is_video_name(name)]
    # The loop either cross-fades pictures or plays one video from start to end, never both.
    if len(videos) > 1:
        raise ValueError(f"names {len(videos)} videos ({', '.join(map(repr, videos))}); the attract loop plays one video, "
                         "or cross-fades a series of images")
    if videos and len(value) > 1:
        raise ValueError(f"mixes the video {videos[0]!r} with images; list either one video or only images")
    return list(value)


def _languages(value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"must be a non-empty list of languages from {', '.join(LANGUAGES)}")
    for lang in value:
        if lang not in LANGUAGES:
            raise ValueError(f"names an unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    if len(set(value)) != len(value):
        raise ValueError("names a language twice")
    return list(value)


def _object_or_none(value: Any) -> dict | None:
    # The PIN store judges the fields itself: a damaged record must stay
    # stored (and never open the menu), not read as "no PIN set".
    if value is not None and not isinstance(value, dict):
        raise ValueError("must be a JSON object")
    return value


def _pin_state(value: Any) -> dict:
    if not isinstance(value, dict):
        raise ValueError("must be a JSON object")
    failures, until = value.get("failures", 0), value.get("locked_until", 0)
    if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
        raise ValueError("failures must be a whole number of at least 0")
    if isinstance(until, bool) or not isinstance(until, (int, float)):
        raise ValueError("locked_until must be a time in seconds")
    return {"failures": failures, "locked_until": until}


def _uuid_or_none(value: Any) -> str | None:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            return str(uuid.UUID(value))
    except ValueError:
        pass
    raise ValueError("must be a UUID such as 0b6f3c1e-8a52-4d0e-9f1d-2c7a4e5b6a10, or null to make one")


#: What the accessibility panel can offer (``access.offered``), in its order.
ACCESS_FEATURES: tuple[str, ...] = ("read_aloud", "larger_text", "high_contrast", "low_reach", "less_motion", "volume")


def _access_features(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list of features from {', '.join(ACCESS_FEATURES)} (an empty list hides the panel's switches)")
    for name in value:
        if name not in ACCESS_FEATURES:
            raise ValueError(f"names an unknown feature {name!r} (known: {', '.join(ACCESS_FEATURES)})")
    if len(set(value)) != len(value):
        raise ValueError("names a feature twice")
    return [name for name in ACCESS_FEATURES if name in value]


def _short_text(value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) > 80:
        raise ValueError("must be a text of at most 80 characters")
    return value.strip()


def _public_keys(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("must be a list of Ed25519 public keys (base64 of 32 bytes)")
    for item in value:
        try:
            raw = base64.b64decode(item, validate=True) if isinstance(item, str) else b""
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 32:
            raise ValueError(f"{item!r} is not an Ed25519 public key (base64 of 32 bytes)")
    if len(set(value)) != len(value):
        raise ValueError("names a key twice")
    return list(value)


def _pack_source(value: Any) -> str:
    # Where a kiosk reads published packs: nothing, a web address, or a folder (a network share).
    if not isinstance(value, str):
        raise ValueError("must be a folder path, an http:// or https:// address, or empty (no pack source)")
    value = value.strip()
    lowered = value.lower()
    if value and "://" in value and not lowered.startswith(("http://", "https://")):
        raise ValueError("must be a folder path or an http:// or https:// address (other schemes are not read)")
    if value and "://" not in value and not (value.startswith(("/", "\\\\")) or (len(value) > 2 and value[1:3] in (":\\", ":/"))):
        raise ValueError("must be an absolute folder path (e.g. /mnt/packs or \\\\office\\packs), or a web address")
    return value


def _database_url(value: Any) -> str:
    # The office database a kiosk reports to: PostgreSQL (SQLite only for a trial on one PC).
    if not isinstance(value, str):
        raise ValueError("must be a database address such as postgresql+psycopg://kiosk@office/kiosk, or empty")
    value = value.strip()
    if not value:
        return value
    if not value.lower().startswith(("postgresql", "sqlite")):
        raise ValueError("must be a postgresql+psycopg:// address (or sqlite:/// for a trial), or empty")
    try:
        make_url(value).port  # noqa: B018 - a port that is not a number fails here
    except (ArgumentError, ValueError) as exc:
        raise ValueError(f"is not a database address ({exc})") from None
    return value


def _dict_or_empty(value: Any) -> dict:
    if not isinstance(value, dict):
        raise ValueError("must be a JSON object")
    return value


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("idle_timeout_s", 90, "seconds without a touch before the kiosk asks 'still there?' and returns home", _int_between(10, 3600)),
        SettingSpec("default_language", "zh-Hans", "language the kiosk starts in and returns to when idle", _one_of(LANGUAGES)),
        SettingSpec("enabled_languages", list(LANGUAGES), "languages offered on the language switch, in order", _languages),
        SettingSpec("screen_layout", "auto", "screen layout: auto (from the screen's size), landscape, portrait or small", _one_of(SCREEN_LAYOUTS)),
        SettingSpec("attract.media", [], "the attract loop's media files in the media folder: images it cross-fades through, in order, or one video it plays in a loop (empty: the designed loop)", _media_files),
        SettingSpec("attract.sound", False, "play the attract video's sound (off: the video plays muted)", _bool),
        SettingSpec("physical_dpi", None, "the screen's real dots per inch, when the screen reports a wrong one (null: trust the screen)", _number_or_none(50, 1000)),
        SettingSpec("kiosk.locked", False, "start locked in full screen, every way out swallowed, even without --locked (the installed kiosk is started with --locked)", _bool),
        SettingSpec("backups.keep", 20, "how many database backups to keep (the newest one is always kept)", _int_between(1, 1000)),
        SettingSpec("packs.allow_unsigned", True, "accept content packs that carry no signature", _bool),
        SettingSpec("packs.trusted_keys", [], "public keys (base64) whose signed content packs this kiosk accepts", _public_keys),
        SettingSpec("kiosk.id", None, "this kiosk's id in visitor statistics (a UUID, made once; null: make one)", _uuid_or_none),
        SettingSpec("kiosk.name", "", "this kiosk's name in visitor statistics (empty: the computer's name)", _short_text),
        SettingSpec("stats.retention_days", 400, "days visitor sessions are kept in detail (daily totals are kept longer)", _int_between(7, 3650)),
        SettingSpec("speech.rate", 0.0, "read aloud: speaking rate from -1 (slowest) through 0 (normal) to 1 (fastest)", _number_between(-1, 1)),
        SettingSpec("speech.volume", 0.8, "read aloud: the volume each visitor starts with, 0 (silent) to 1 (loudest)", _number_between(0, 1)),
        SettingSpec("stats.record_search_terms", True, "record what visitors type into search (counts are kept either way)", _bool),
        SettingSpec("fleet.source", "", "pack source this kiosk updates itself from: a folder (network share) or an http(s):// address; empty: only USB", _pack_source),
        SettingSpec("fleet.office_url", "", "office database (PostgreSQL) this kiosk reports its status to after each poll; empty: only the status file of a folder pack source", _database_url),
        SettingSpec("fleet.poll_seconds", 300, "seconds between looks at the pack source (with some jitter)", _int_between(1, 86400)),
        SettingSpec("fleet.pack_valid_days", 30, "days a published pack stays valid; kiosks refuse it after that (publish again before)", _int_between(1, 3650)),
        SettingSpec("fleet.state", {}, "the kiosk's update state: release it runs, last result, since when the source fails", _dict_or_empty, internal=True),
        SettingSpec("fleet.published", 0, "the last release number this PC published", _int_between(0, 2**31), internal=True),
        SettingSpec("screen.bottom_mm", 800, "height of the screen's bottom edge above the floor, in mm (for low reach: controls between 380 and 1220 mm)", _int_between(0, 2500)),
        SettingSpec("screen.height_mm", None, "visible height of the screen in mm (null: from the screen's dots per inch)", _number_or_none(100, 3000)),
        SettingSpec("access.offered", list(ACCESS_FEATURES), f"what the accessibility panel offers, from {', '.join(ACCESS_FEATURES)}", _access_features),
        SettingSpec("access.idle_multiplier", 2, "how many times longer a visitor using read aloud or the keypad may stay idle", _number_between(1, 5, "times")),
        SettingSpec("staff.pin", None, "the staff PIN's salted scrypt hash (null: the first PIN)", _object_or_none, internal=True),
        SettingSpec("staff.pin_state", {"failures": 0, "locked_until": 0}, "wrong PINs in a row and the end of the lock", _pin_state, internal=True),
    )
}
#: The settings staff see and change (every key but the internal ones).
PUBLIC_KEYS: tuple[str, ...] = tuple(key for key, spec in SPECS.items() if not spec.internal)


def _load(spec: SettingSpec, stored: str | None) -> Any:
    """The value a stored JSON text holds, or the default (a bad value is logged)."""
    if stored is None:
        return spec.default
    try:
        return spec.check(json.loads(stored))
    except ValueError as exc:
        log.warning("setting %s holds %r, which is not valid (%s); using the default", spec.key, stored, exc)
        return spec.default


def _read(conn: Connection, key: str) -> str | None:
    """The stored JSON text of *key*, or None."""
    return conn.execute(select(settings_table.c.value).where(settings_table.c.key == key)).scalar_one_or_none()


def _save(conn: Connection, key: str, value: Any) -> None:
    """Insert or update one row (the value already checked)."""
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    changed = conn.execute(update(settings_table).where(settings_table.c.key == key).values(value=encoded))
    if changed.rowcount == 0:
        conn.execute(insert(settings_table).values(key=key, value=encoded))


def _checked(spec: SettingSpec, value: Any) -> Any:
    try:
        return spec.check(value)
    except ValueError as exc:
        raise SettingsError(f"setting {spec.key}: {value!r} {exc}") from None


class SettingsTransaction:
    """Reads and writes of several settings in one database transaction."""

    def __init__(self, conn: Connection):
        self._conn = conn

    def get(self, key: str) -> Any:
        """The value of *key* as this transaction sees it."""
        spec = Settings.spec(key)
        return _load(spec, _read(self._conn, key))

    def put(self, key: str, value: Any) -> Any:
        """Check and stage *value* for *key*; saved when the transaction ends."""
        spec = Settings.spec(key)
        checked = _checked(spec, value)
        _save(self._conn, key, checked)
        return checked


def _cross_check(values: dict[str, Any]) -> None:
    # The one rule that spans two keys: the start language must be offered.
    if values["default_language"] not in values["enabled_languages"]:
        raise SettingsError(
            f"default_language {values['default_language']!r} must be one of enabled_languages "
            f"({', '.join(values['enabled_languages'])}); change default_language first"
        )


class Settings:
    """Typed access to the kiosk's settings, with defaults (see the module docstring)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    @staticmethod
    def spec(key: str) -> SettingSpec:
        """The declaration of *key*; SettingsError for an unknown key."""
        try:
            return SPECS[key]
        except KeyError:
            raise SettingsError(f"unknown setting {key!r} (known: {', '.join(SPECS)})") from None

    @staticmethod
    def _stored(conn: Connection) -> dict[str, Any]:
        query = select(settings_table.c.key, settings_table.c.value).where(settings_table.c.key.in_(PUBLIC_KEYS))
        return {key: _load(SPECS[key], value) for key, value in conn.execute(query)}

    def all(self) -> dict[str, Any]:
        """Every public setting's value (the default where none is stored)."""
        with self._engine.connect() as conn:
            stored = self._stored(conn)
        return {key: stored.get(key, SPECS[key].default) for key in PUBLIC_KEYS}

    def get(self, key: str) -> Any:
        """The value of *key* (its default until set)."""
        spec = self.spec(key)
        with self._engine.connect() as conn:
            return _load(spec, _read(conn, key))

    def set(self, key: str, value: Any) -> Any:
        """Check and save *value* for a public *key*; returns what was stored."""
        spec = self.spec(key)
        if spec.internal:
            raise SettingsError(f"setting {key} is kept by the kiosk itself (the staff menu changes the PIN)")
        checked = _checked(spec, value)
        with self._engine.begin() as conn:
            values = {k: SPECS[k].default for k in PUBLIC_KEYS}
            values.update(self._stored(conn))
            values[key] = checked
            _cross_check(values)
            _save(conn, key, checked)
        return checked

    @contextmanager
    def transaction(self) -> Iterator[SettingsTransaction]:
        """Several reads and writes that commit together (or not at all)."""
        with self._engine.begin() as conn:
            yield SettingsTransaction(conn)
