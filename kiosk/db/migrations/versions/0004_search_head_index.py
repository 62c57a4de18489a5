"""Search titles and subtitles first: a trigram index and a covering index of their own;
rank summary and body matches without reading the texts.

Most searches are answered by titles and subtitles alone; bodies are
searched only when those give fewer results than the page shows. The
existing entries are indexed by this upgrade.

Revision ID: 0004
Revises: 0003
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

HEAD = "field IN ('title', 'subtitle')"


def upgrade() -> None:
    """Add the title/subtitle trigram table and the covering indexes, filled from the current entries."""
    op.execute(
        "CREATE INDEX ix_search_entries_head ON search_entries (field, lang, norm, record_id) "
        f"WHERE {HEAD}"
    )
    # What a body match needs to be ranked, without reading the body.
    op.execute("CREATE INDEX ix_search_entries_meta ON search_entries (id, record_id, field, lang)")
    if op.get_bind().dialect.name != "sqlite":
        return  # the FTS5 search index lives only on kiosks (SQLite)
    op.execute(
        "CREATE VIRTUAL TABLE search_fts_head USING fts5("
        "norm, content='search_entries', content_rowid='id', tokenize='trigram')"
    )
    op.execute(f"INSERT INTO search_fts_head(rowid, norm) SELECT id, norm FROM search_entries WHERE {HEAD}")


def downgrade() -> None:
    """Drop them again."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts_head")
    op.execute("DROP INDEX IF EXISTS ix_search_entries_meta")
    op.execute("DROP INDEX IF EXISTS ix_search_entries_head")
