"""The Python objects the visitor QML sees, registered in the QML module
``Kiosk.Bridge``: the ``App`` and ``Content`` singletons, the ``Idle``
controller, and the list and search models."""

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1
