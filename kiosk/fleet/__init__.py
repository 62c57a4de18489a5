"""Many kiosks: publishing packs to a pack source, the kiosk's updater and status report, and the fleet status the office reads."""
