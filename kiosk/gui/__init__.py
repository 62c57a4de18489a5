"""What both Qt faces (the visitor kiosk and the staff console) share: the
Qt application set-up, the PySide6 refcount guard, the bundled fonts and
background jobs.  Only this package, ``kiosk.ui`` and ``kiosk.admin`` import
PySide6."""
