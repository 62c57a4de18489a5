"""A save refused because someone else changed the same records meanwhile.

Two staff members may edit at once (two consoles on one office database,
or a console and an import). A save only ever writes the records this
console changed; when one of them was changed elsewhere since it was read,
the service refuses the whole save (``versions.RecordsChanged``) and the
console asks what to do: **Reload** takes the database's content and puts
this console's unsaved edits back on top, except where someone else changed
the same field of the same record (those are named afterwards: theirs
stands), as one step Undo can take back; **Compare** shows, field by field,
the edits beside what is in the database now; Cancel keeps editing. Nothing
is ever overwritten, nor dropped, without the person seeing it.
"""

from __future__ import annotations

import html
from datetime import timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.admin.console import labels, operations
from kiosk.content.change.versions import Changed, RecordsChanged

if TYPE_CHECKING:
    from kiosk.admin.console.window import ConsoleWindow


def describe(item: Changed) -> str:
    """One line for one record changed elsewhere: which, by whom, when."""
    what = f"{labels.kind_one(item.kind)} “{item.slug}”"
    who = labels.role(item.by) if item.by else QCoreApplication.translate("Conflicts", "someone else")
    when = item.at.replace(tzinfo=item.at.tzinfo or timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M") if item.at else "?"
    if item.now is None:
        return QCoreApplication.translate("Conflicts", "%1 was removed by %2.").replace("%1", what).replace("%2", who)
    if item.read is None:
        return QCoreApplication.translate("Conflicts", "%1 was added by %2 at %3.").replace("%1", what).replace("%2", who).replace("%3", when)
    return QCoreApplication.translate("Conflicts", "%1 was changed by %2 at %3 (you opened version %4, it is now version %5).").replace("%1", what) \
        .replace("%2", who).replace("%3", when).replace("%4", str(item.read)).replace("%5", str(item.now))


def offer(window: ConsoleWindow, exc: RecordsChanged) -> None:
    """Say which records changed elsewhere and offer Reload or Compare."""
    lines = [QCoreApplication.translate("Conflicts", "Not saved: someone else changed what you changed, since you opened it. Nothing was written.")]
    lines += [f"• {describe(item)}" for item in exc.changed]
    text = "\n".join(lines)
    question = text + "\n\n" + QCoreApplication.translate(
        "Conflicts", "Reload takes the content as it is now and keeps your unsaved edits, except where someone else "
                     "changed the same field (theirs stands there); Compare shows your edits beside theirs.")
    options = [("compare", QCoreApplication.translate("Conflicts", "Compare")), ("reload", QCoreApplication.translate("Conflicts", "Reload"))]
    choice = window.prompts.choose(QCoreApplication.translate("Conflicts", "Changed by someone else"), question, options)
    if choice == "reload":
        dropped = window.working.reload_keeping_edits(operations.load(window.db),
                                                      QCoreApplication.translate("Conflicts", "Reload after a conflict"))
        window.banner.say(*reloaded_message(dropped, window.working.is_dirty()))
    elif choice == "compare":
        keys = [(item.kind, item.slug) for item in exc.changed]
        rows = operations.compare(window.db, window.working.mine(keys))
        window.prompts.show_details(QCoreApplication.translate("Conflicts", "Your edits and theirs"), text, comparison_html(rows))
        window.banner.say("warning", text)
    else:
        window.banner.say("warning", text)
    window.history.refresh()


def reloaded_message(dropped: list, kept: bool) -> tuple[str, str]:
    """(tone, text) for the banner after Reload: what was kept, and each edit dropped for theirs."""
    if kept:
        head = QCoreApplication.translate("Conflicts", "Reloaded: the content as it is now, with your unsaved edits kept "
                                                       "(not saved yet; Undo takes the reload's merge back).")
    else:
        head = QCoreApplication.translate("Conflicts", "Reloaded: the content as it is now.")
    if not dropped:
        return "info", head
    lines = [head, QCoreApplication.translate("Conflicts", "Someone else changed these too, so theirs stands and your edit was dropped:")]
    for (kind, slug), name in dropped:
        what = f"{labels.kind_one(kind)} “{slug}”"
        lines.append(f"• {what}" + (f": {labels.field(name)}" if name else
                                    " " + QCoreApplication.translate("Conflicts", "(the whole record)")))
    return "warning", "\n".join(lines)


def comparison_html(rows: list) -> str:
    """The differences as a table: record, field, yours, in the database now."""
    if not rows:
        return "<p>" + html.escape(QCoreApplication.translate("Conflicts", "No difference in the fields: only the version moved on.")) + "</p>"
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in
                   (QCoreApplication.translate("Conflicts", "Record"), QCoreApplication.translate("Conflicts", "Field"), QCoreApplication.translate("Conflicts", "Yours"), QCoreApplication.translate("Conflicts", "In the database now")))
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in
                         (f"{labels.kind_one(kind)} {slug}", labels.field(name), mine, theirs)) + "</tr>"
        for (kind, slug), name, mine, theirs in rows
    )
    return f"<table cellspacing='0' cellpadding='4' border='1'><tr>{head}</tr>{body}</table>"
