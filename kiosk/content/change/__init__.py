"""Everything that changes what the kiosk holds: the one import service, the
store, history, backups, settings and the staff PIN, and the database check."""
