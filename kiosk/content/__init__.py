"""The content layer: Qt-free services that the command line, both UIs and the
tests share. Functions here take a SQLAlchemy session or session factory and
return plain frozen dataclasses, never ORM objects."""
