"""Where things live: the only module that knows source tree vs bundle vs data dir.

Read-only files (QML, translations, fonts, icons, the default content and the
migrations) are resolved from this file's location, so the same relative
layout works in the source tree and in the PyInstaller bundle, where
``__file__`` points into ``_internal``.  Everything the kiosk writes (the
database, backups, logs, media, the usage log) goes to one writable data
directory, which is never inside the source tree or the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk import APP_ID

#: The ``kiosk`` package folder.
PACKAGE_DIR = Path(__file__).resolve().parent
#: The folder that holds ``kiosk/``, ``resources/`` and ``data/``: the
#: checkout in development, ``_internal`` inside the bundle.
ROOT_DIR = PACKAGE_DIR.parent

RESOURCES_DIR = ROOT_DIR / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"
DEFAULT_CONTENT_DIR = ROOT_DIR / "data" / "content"
MIGRATIONS_DIR = PACKAGE_DIR / "db" / "migrations"
#: Each Chinese character's pinyin, made by build_scripts/make_pinyin_table.py.
PINYIN_TABLE = PACKAGE_DIR / "db" / "pinyin.tsv"
QML_DIR = PACKAGE_DIR / "ui" / "qml"
I18N_DIR = PACKAGE_DIR / "i18n"

ENV_DATA_DIR = "KIOSK_DATA_DIR"
ENV_DATABASE_URL = "KIOSK_DATABASE_URL"

DATABASE_FILENAME = "kiosk.sqlite3"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def default_data_dir() -> Path:
    """The platform's per-user data folder for the kiosk.

    Linux: ``~/.local/share/jiaozhou-kiosk``; Windows:
    ``%LOCALAPPDATA%\\jiaozhou-kiosk``; macOS: ``~/Library/Application Support``.
    """
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


class DataFolderError(OSError):
    """The data folder (or a folder inside it) cannot be created or written; the message says which and why.

    An OSError, so code that already copes with a failing file system copes with it too."""


def _writable_folder(path: Path, what: str, hint: str = "") -> Path:
    """Create *path* when missing; raise DataFolderError unless it is a folder this user can write."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DataFolderError(f"{what} {path} cannot be created: a file of that name is in the way{hint}") from None
    except OSError as exc:
        raise DataFolderError(f"{what} {path} cannot be created ({exc.strerror.lower() if exc.strerror else exc}){hint}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataFolderError(f"{what} {path} cannot be written (no permission, or a read-only disk){hint}")
    return path


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The writable data folder: the override, else ``$KIOSK_DATA_DIR``, else
    the platform default. Created when missing; DataFolderError when it
    cannot be created or written."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    path = Path(chosen).expanduser().resolve()
    return _writable_folder(path, "the data folder", "; choose another with --data-dir or $KIOSK_DATA_DIR")


def database_url(override: str | None = None, data: Path | None = None) -> str:
    """The database URL: the override, else ``$KIOSK_DATABASE_URL``, else a
    SQLite file in the data folder."""
    url = override or os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    folder = data if data is not None else data_dir()
    return f"sqlite:///{folder / DATABASE_FILENAME}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for memory and other databases."""
    from sqlalchemy.engine import make_url

    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # not a URL at all: db.engine.make_engine says so
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve()


def backups_dir(data: Path) -> Path:
    """Where automatic and manual database backups are kept."""
    return _writable_folder(data / "backups", "the backups folder")


def logs_dir(data: Path) -> Path:
    """Where the rotating log files are kept."""
    return _writable_folder(data / "logs", "the logs folder")


def media_dir(data: Path) -> Path:
    """Where imported images (and their thumbnails) are stored."""
    return _writable_folder(data / "media", "the media folder")
