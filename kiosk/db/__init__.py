"""The database layer: SQLAlchemy models, the engine and the migrations."""

#: The newest schema revision (the head of ``migrations/versions``). Kept
#: here so that a start on an up-to-date database needs no Alembic import
#: (a test checks it matches Alembic's own head).
SCHEMA_HEAD = "0008"
