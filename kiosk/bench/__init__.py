"""``kiosk bench``: the project's one source of speed and memory figures."""
