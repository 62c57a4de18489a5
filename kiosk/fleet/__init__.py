"""Many kiosks: the fleet status the office reads (and, beside it, publishing and the kiosk updater)."""
