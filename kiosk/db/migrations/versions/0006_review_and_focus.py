"""Texts that need review, and where a picture's subject is.

``record_texts.stale``: another language of the field changed after the
text was written (existing texts start as not stale).
``records.media_focus_x/y``: the picture's focal point, 0..1 from the left
and the top (existing pictures keep the centre, None).

Revision ID: 0006
Revises: 0005
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# Plain ALTER TABLE ADD/DROP COLUMN (SQLite 3.35+), not a batch copy: copying
# ``records`` would mean dropping it, and with foreign keys on that deletes
# every text and kind row that refers to it.


def upgrade() -> None:
    """Add the stale flag and the focal point columns."""
    op.add_column('record_texts', sa.Column('stale', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('records', sa.Column('media_focus_x', sa.Float(), nullable=True))
    op.add_column('records', sa.Column('media_focus_y', sa.Float(), nullable=True))


def downgrade() -> None:
    """Drop them again."""
    op.drop_column('records', 'media_focus_y')
    op.drop_column('records', 'media_focus_x')
    op.drop_column('record_texts', 'stale')
