"""Visitor statistics: what visitors look at, recorded privately on the kiosk (no Qt).

- ``session.VisitorSession``: the session rules the visitor UI calls (touch, page shown, idle reset ...).
- ``recorder.Recorder``: a queue put on the UI thread, batched writes on its own thread.
- ``store``: the statistics file (``<data>/statistics.sqlite3``), apart from the content database.
- ``queries.Reports``: the reports behind the console's charts and ``kiosk stats``.
- ``export``: CSV and xlsx for the committee; ``transfer``: the USB file and the office merge.
"""
