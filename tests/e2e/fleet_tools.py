"""Helpers for the fleet tests: an office database to publish from, kiosks, edits, a real nginx."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content.change.importer import apply_content
from kiosk.content.change.prepare import prepare
from kiosk.content.change.settings import Settings
from kiosk.content.change.transfers import saved_content
from kiosk.content.database import Database, open_database
from kiosk.content.formats.schema import ContentSet, Translation
from kiosk.content.formats.signing import generate_keys, read_public_key
from kiosk.content.vocab import KINDS
from kiosk.fleet.webserver import Nginx, find_nginx

KIND, SLUG = "manufacturer", "haier-group"

# Under the README's test command as root (CI) nginx was installed: a missing one fails there.
needs_nginx = pytest.mark.skipif(find_nginx() is None and os.environ.get("KIOSK_TESTS_NEED_ALL") != "1", reason="nginx is not installed (build_scripts/dev.sh installs nginx-light)")


def make_db(folder: Path) -> Database:
    """A database in *folder* with the default content."""
    db = open_database(None, folder)
    prepare(db)
    return db


def title(db: Database, lang: str = "en") -> str:
    """The English title of the record every test edits, as the kiosk holds it."""
    record = next(r for r in saved_content(db).of(KIND) if r.slug == SLUG)
    return record.text["title"][lang].text


def retitle(office: Database, new_title: str, *, media: tuple[str, Path] | None = None) -> None:
    """A staff edit in the office: the record's English title (and, given, its image)."""
    content = saved_content(office)
    records = {}
    for kind in KINDS:
        records[kind] = []
        for record in content.of(kind):
            if kind == KIND and record.slug == SLUG:
                text = dict(record.text)
                text["title"] = {**text["title"], "en": Translation(text=new_title, verified=True)}
                update = {"text": text}
                if media:
                    update["media"] = media[0]
                record = record.model_copy(update=update)
            records[kind].append(record)
    changed = ContentSet(meta=content.meta, records=records)
    apply_content(office, changed, actor="editor", action="edit", media=dict([media]) if media else None)


def big_image(folder: Path, size: int) -> tuple[str, Path]:
    """An incompressible media file of *size* bytes (a photo's worth), to make downloads take time."""
    path = folder / "hall-photo.jpg"
    path.write_bytes(os.urandom(size))
    return "hall-photo.jpg", path


def make_keys(folder: Path) -> tuple[Path, str]:
    """(private key file, public key) of a new committee key pair."""
    files = generate_keys(folder)
    return files.private_key, read_public_key(files.public_key)


def enrol(kiosk: Database, location: str, public_key: str | None, poll_seconds: int = 2) -> Settings:
    """A kiosk's settings pointed at a pack source, accepting only packs signed with *public_key*."""
    settings = Settings(kiosk.engine)
    settings.set("fleet.source", location)
    settings.set("fleet.poll_seconds", poll_seconds)
    if public_key:
        settings.set("packs.trusted_keys", [public_key])
        settings.set("packs.allow_unsigned", False)
    return settings


def flip_bytes(path: Path, at: float = 0.5) -> None:
    """Change a few bytes in the middle of *path* (size unchanged), as an attacker or a bad disk would."""
    data = bytearray(path.read_bytes())
    i = int(len(data) * at)
    data[i:i + 8] = bytes(b ^ 0xFF for b in data[i:i + 8])
    path.write_bytes(bytes(data))


def media_dir(db: Database) -> Path:
    return paths.media_dir(db.data_dir)


def nginx_for(root: Path, work: Path, limit_rate: str | None = None) -> Nginx:
    server = Nginx(root, work, limit_rate=limit_rate)
    server.start()
    return server


def copy_aside(folder: Path, name: str, to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(folder / name, to / name))


def wait_for(check, timeout_s: float) -> bool:
    """Poll *check* until it is true (True) or *timeout_s* passes (False): waits for a
    condition in another thread or process, never for a guessed time."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True
