"""``kiosk db check``: is the database sound, and is its content valid?"""

from __future__ import annotations

from pydantic import ValidationError
from sqlalchemy import text

from kiosk.content.database import Database
from kiosk.content.problems import Problem
from kiosk.content.change.store import read_content
from kiosk.content.formats.validation import validate_content
from kiosk.db.migrate import current_revision, head_revision


def check_database(db: Database) -> list[Problem]:
    """Every problem found in *db*: SQLite integrity, foreign keys, schema revision, content rules."""
    where = db.sqlite_file.name if db.sqlite_file else db.url
    problems: list[Problem] = []
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            for (line,) in conn.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(Problem(where, f"SQLite integrity check: {line}"))
            for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(Problem(where, f"row {rowid} of {table} points at a missing {parent} row"))
    revision = current_revision(db.engine)
    if revision != head_revision():
        problems.append(Problem(where, f"schema is at revision {revision}, the program expects {head_revision()}; run `kiosk db upgrade`"))
        return problems
    with db.sessions() as session:
        try:
            content = read_content(session)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"])
                problems.append(Problem(where, err["msg"], None, loc))
            return problems
        problems.extend(Problem(f"{where} ({p.where})", p.message, p.record, p.field) for p in validate_content(content))
    return problems
