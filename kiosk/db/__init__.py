"""The database layer: SQLAlchemy models, the engine and the migrations."""
