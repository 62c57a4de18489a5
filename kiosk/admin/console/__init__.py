"""The staff console (``kiosk admin``): browse and edit the content with a
mouse and keyboard on the office PC, with undo, validation as you type,
history, images, preview, and workbook and pack import/export.

Where things live, by what a staff member sees:

- ``window``: the main window; menus, toolbar, Save/Revert, images and the
  preview; it assembles the panes below and holds no pane's logic.
- ``records``: the kinds of record and the record list (filter, order,
  new/duplicate/delete/move/publish).
- ``editor`` (with its parts in ``fields``): the record's form.
- ``problems``: the Problems tab (what keeps Save refused).
- ``history``: the History tab and Restore.
- ``visitors``: the Visitors tab beside the content (visitor statistics:
  filters, export, import from kiosks), with ``visitor_reports`` (each
  report's chart, table and words), ``charts`` (the report cards) and
  ``plots`` (the charts, painted with plain Qt: the packaged build has no Qt Charts).
- ``transfers``: workbook and pack import/export, their questions, and the
  Import report tab.
- ``jobbar``: the running job in the status bar (progress, Cancel), over
  ``kiosk.gui.jobs.Job``.
- ``prompts`` (every dialog), ``wheel`` (the wheel scrolls, it does not
  change fields), ``widgets``, ``models``, ``labels``, ``style``,
  ``translations``.
- ``draft`` and ``working``: the working copy and its undo stack;
  ``operations``: the plain functions over the Qt-free content services
  that jobs run off the GUI thread.
"""
