"""Search by word forms, pinyin and with typos: each record's words, stems
and pinyin in an FTS5 word index, and the vocabulary typos are corrected
against. The content already in the database is indexed by this upgrade.

Revision ID: 0005
Revises: 0004
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from kiosk.db.search_text import index_rows


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create the word index and the vocabulary, and fill both from the record texts."""
    op.create_table(
        'search_vocab',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('word', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_vocab')),
        sa.UniqueConstraint('word', name=op.f('uq_search_vocab_word')),
        sqlite_autoincrement=True,
    )
    # The word index is SQLite's FTS5, kept on kiosks only (an office
    # database on PostgreSQL searches its texts without it).
    if op.get_bind().dialect.name != "sqlite":
        return
    # One row per record (rowid = record id); remove_diacritics 0 keeps й apart from и.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts_terms USING fts5("
        "head_zh, head_ru, head_en, pinyin, rest, tokenize='unicode61 remove_diacritics 0')"
    )
    index_rows(op.get_bind())


def downgrade() -> None:
    """Drop them again."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts_terms")
    op.drop_table('search_vocab')
