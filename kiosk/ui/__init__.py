"""Visitor UI: the Qt Quick kiosk (bridge objects in ``bridge``, QML in ``qml/Kiosk``)."""
