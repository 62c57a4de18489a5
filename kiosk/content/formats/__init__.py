"""Content outside the database: the content-set schema and its rules, JSON
folders, staff workbooks, content packs and their signatures.  These modules
turn files into checked ``ContentSet`` objects and back; they never write to
the database (``kiosk.content.change`` does)."""
