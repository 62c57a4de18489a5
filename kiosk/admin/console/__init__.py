"""The staff console (``kiosk admin``): browse and edit the content with a
mouse and keyboard on the office PC, with undo, validation as you type,
history, images, preview, and workbook and pack import/export.

``draft`` is the working copy (no Qt), ``operations`` the thin layer that
runs the Qt-free content services off the GUI thread, and the widgets live
in ``window``, ``editor``, ``panels`` and ``models``.
"""
