"""Content schema: records, their texts per language, and the search index.

Revision ID: 0001
Revises: 

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('web_url', sa.String(length=500), nullable=True),
    sa.Column('media', sa.String(length=300), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('source_quote', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['records.id'], name=op.f('fk_records_source_id_records'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_records')),
    sa.UniqueConstraint('kind', 'slug', name='uq_records_kind_slug')
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_records_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_records_source_id'), ['source_id'], unique=False)

    op.create_table('clusters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('cluster_kind', sa.String(length=20), nullable=False),
    sa.Column('sector', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_clusters_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clusters'))
    )
    with op.batch_alter_table('clusters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clusters_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_clusters_sector'), ['sector'], unique=False)

    op.create_table('figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('qualifier', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_figures_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figures'))
    )
    op.create_table('industries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sector', sa.String(length=20), nullable=False),
    sa.Column('focus', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_industries_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_industries'))
    )
    op.create_table('manufacturers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sector', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_manufacturers_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manufacturers'))
    )
    op.create_table('record_texts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('lang', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['records.id'], name=op.f('fk_record_texts_record_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_texts')),
    sa.UniqueConstraint('record_id', 'field', 'lang', name='uq_record_texts_key')
    )
    with op.batch_alter_table('record_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_texts_record_id'), ['record_id'], unique=False)

    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('lang', sa.String(length=10), nullable=False),
    sa.Column('norm', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['records.id'], name=op.f('fk_search_entries_record_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entries'))
    )
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_entries_record_id'), ['record_id'], unique=False)

    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_sources_id_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources'))
    )
    op.create_table('bases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manufacturer_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['records.id'], name=op.f('fk_bases_id_records'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['manufacturer_id'], ['manufacturers.id'], name=op.f('fk_bases_manufacturer_id_manufacturers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bases'))
    )
    with op.batch_alter_table('bases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bases_manufacturer_id'), ['manufacturer_id'], unique=False)

    op.create_table('cluster_manufacturers',
    sa.Column('cluster_id', sa.Integer(), nullable=False),
    sa.Column('manufacturer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_cluster_manufacturers_cluster_id_clusters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['manufacturer_id'], ['manufacturers.id'], name=op.f('fk_cluster_manufacturers_manufacturer_id_manufacturers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('cluster_id', 'manufacturer_id', name=op.f('pk_cluster_manufacturers'))
    )

    # Trigram FTS5 over the normalised text (external content: search_entries),
    # so that Chinese substrings of three or more characters match. SQLite
    # only: the search index lives on kiosks, an office database has none.
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "norm, content='search_entries', content_rowid='id', tokenize='trigram')"
    )


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table('cluster_manufacturers')
    with op.batch_alter_table('bases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bases_manufacturer_id'))

    op.drop_table('bases')
    op.drop_table('sources')
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_entries_record_id'))

    op.drop_table('search_entries')
    with op.batch_alter_table('record_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_texts_record_id'))

    op.drop_table('record_texts')
    op.drop_table('manufacturers')
    op.drop_table('industries')
    op.drop_table('figures')
    with op.batch_alter_table('clusters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clusters_sector'))
        batch_op.drop_index(batch_op.f('ix_clusters_level'))

    op.drop_table('clusters')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_records_source_id'))
        batch_op.drop_index(batch_op.f('ix_records_kind'))

    op.drop_table('records')
    op.drop_table('meta')
