"""The hall's visitor statistics in the office database.

Kiosks send their finished sessions (``visitor_sessions``) and the daily
totals of the days those touched (``visitor_totals``, with ``visitor_days``
saying how new each day's totals are), so the office reads the whole
hall's statistics from one place. See ``kiosk.stats.office``.

Revision ID: 0008
Revises: 0007
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add visitor_sessions, visitor_days and visitor_totals."""
    op.create_table('visitor_sessions',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('file_id', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('length_ms', sa.BigInteger(), nullable=False),
    sa.Column('language', sa.String(length=40), nullable=False),
    sa.Column('ended', sa.String(length=40), nullable=False),
    sa.Column('n_events', sa.Integer(), nullable=False),
    sa.Column('names', sa.JSON(), nullable=False),
    sa.Column('events', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', 'file_id', 'seq', name=op.f('pk_visitor_sessions'))
    )
    op.create_index(op.f('ix_visitor_sessions_day'), 'visitor_sessions', ['day'], unique=False)
    op.create_table('visitor_days',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('file_id', sa.String(length=40), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kiosk_name', sa.String(length=120), nullable=False),
    sa.Column('upto_event', sa.BigInteger(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', 'file_id', 'day', name=op.f('pk_visitor_days'))
    )
    op.create_table('visitor_totals',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('file_id', sa.String(length=40), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('metric', sa.Integer(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('lang', sa.String(length=40), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', 'file_id', 'day', 'metric', 'key', 'lang', name=op.f('pk_visitor_totals'))
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_table('visitor_totals')
    op.drop_table('visitor_days')
    op.drop_index(op.f('ix_visitor_sessions_day'), table_name='visitor_sessions')
    op.drop_table('visitor_sessions')
