"""The ``.ts`` files carry only notes written for translators.

``pyside6-lupdate`` turns a Python comment starting with ``#:`` just above
a translatable string into a translator comment (``<extracomment>``); a code
comment written that way ends up in front of every translator as noise.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.i18n.build import LANG_FILES
from kiosk.paths import I18N_DIR

#: Words that belong to code comments, never to a note for a translator.
CODE_WORDS = ("PySide6", "``", "see kiosk.", "kiosk.", ".py", "Qt Linguist", "None")


@pytest.mark.parametrize("name", LANG_FILES)
def test_translator_notes_hold_no_code_comments(name):
    notes = [(m.findtext("source"), m.findtext("extracomment"))
             for m in ET.parse(I18N_DIR / name).getroot().iter("message") if m.find("extracomment") is not None]
    leaks = [f"{source!r}: {note!r}" for source, note in notes if any(word in note for word in CODE_WORDS)]
    assert not leaks, f"{name}: code comments became translator notes:\n" + "\n".join(leaks)


def test_no_translatable_source_has_a_code_comment_marked_for_translators():
    from kiosk.i18n.build import sources

    marked = [f"{path}:{n}" for path in sources() if path.suffix == ".py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.match(r"\s*#:", line)]
    assert not marked, "`#:` comments become translator notes in the .ts files; use `#`:\n" + "\n".join(marked)
