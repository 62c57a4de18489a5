"""Content snapshots: the content after each history entry, for restoring it.

Revision ID: 0003
Revises: 0002
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the snapshot table (entries recorded before it have no snapshot)."""
    op.create_table('content_snapshots',
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['content_versions.id'], name=op.f('fk_content_snapshots_version_id_content_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('version_id', name=op.f('pk_content_snapshots'))
    )


def downgrade() -> None:
    """Drop the snapshots again."""
    op.drop_table('content_snapshots')
