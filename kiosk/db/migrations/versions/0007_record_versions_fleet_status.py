"""Record versions (two staff members at once) and the fleet's status table.

Every record gets a version (1 for what is there), raised by each change,
and who changed it last,
so that a save made against an older version is refused. ``kiosk_status``
holds each kiosk's last heartbeat.

Revision ID: 0007
Revises: 0006
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add records.version and the kiosk_status table."""
    # Plain ADD COLUMN, not a batch copy of the table: on SQLite that copy
    # drops the old ``records`` table, and with foreign keys on the drop
    # cascades into every record's texts.
    op.add_column('records', sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))
    op.add_column('records', sa.Column('updated_by', sa.String(length=40), nullable=True))
    op.create_table('kiosk_status',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('content_version', sa.String(length=60), nullable=True),
    sa.Column('uptime_s', sa.BigInteger(), nullable=False),
    sa.Column('restarts', sa.Integer(), nullable=False),
    sa.Column('errors', sa.JSON(), nullable=False),
    sa.Column('last_update_result', sa.Text(), nullable=True),
    sa.Column('last_update_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('free_disk_bytes', sa.BigInteger(), nullable=True),
    sa.Column('voices', sa.JSON(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', name=op.f('pk_kiosk_status'))
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_table('kiosk_status')
    # A plain DROP COLUMN (SQLite 3.35+ has it), not a batch copy: see above.
    op.execute("ALTER TABLE records DROP COLUMN updated_by")
    op.execute("ALTER TABLE records DROP COLUMN version")
