"""Staff console (Qt Widgets) and the on-kiosk staff menu logic."""
