"""Many kiosks: publishing packs to a pack source, the kiosk's updater, its status report."""
