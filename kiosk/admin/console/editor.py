"""``RecordEditor``: one record's fields, its translations side by side, and what is wrong with them.

Every change a staff member makes becomes one undoable edit of the working
copy at once (typing in one field merges into one step); the working copy
is checked again and each problem appears under the field it concerns,
named in words, while the rest of the form keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.admin.console import media as media_files
from kiosk.admin.console import labels
from kiosk.admin.console.draft import DraftRecord
from kiosk.admin.console.translations import console_switching
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.vocab import CLUSTER_KINDS, LANGUAGES, LEVELS, MAX_LENGTHS, QUALIFIERS, REQUIRED_FIELDS, SECTORS, TEXT_FIELDS, UNITS

#: Which record fields each kind shows besides the common ones.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "source": ("published_on",),
    "figure": ("value", "unit", "qualifier", "year"),
    "industry": ("sector", "focus"),
    "manufacturer": ("sector",),
    "cluster": ("level", "cluster_kind", "sector", "manufacturers"),
    "base": ("manufacturer",),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "unit": UNITS,
    "qualifier": QUALIFIERS,
    "level": LEVELS,
    "cluster_kind": CLUSTER_KINDS,
    "sector": SECTORS,
}
#: Height of the text boxes, per text field (titles wrap over two lines but take no line breaks).
TEXT_HEIGHTS = {"title": 76, "subtitle": 60, "summary": 112, "body": 160}
SINGLE_LINE = ("title", "subtitle")
#: Width of the field names on the left of every section, so the fields line up.
LABEL_WIDTH = 150


def set_state(widget: QWidget, name: str, on: bool, *also: QWidget) -> None:
    """Set the style property *name* (``invalid``, ``over``, ``unverified``) and
    restyle *widget* (and *also*) when it changes.

    The current value is kept on the Python side: reading an unset property
    back from Qt (``widget.property``) hands Python a None it does not own in
    PySide6 6.12, which over many reads crashes the interpreter at exit."""
    attr = f"_state_{name}"
    if getattr(widget, attr, False) == on:
        return
    setattr(widget, attr, on)
    widget.setProperty(name, on)
    for w in (widget, *also):
        w.style().unpolish(w)
        w.style().polish(w)


def _set_invalid(widget: QWidget, on: bool) -> None:
    set_state(widget, "invalid", on)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class ErrorLabel(QLabel):
    """The words under a field that say what is wrong with it (hidden when nothing is)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        text = "\n".join(dict.fromkeys(messages))
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))


class PlainText(QPlainTextEdit):
    """A wrapping text box that says when the user (not the program) changed it.

    *single_line* boxes (titles) wrap long text so all of it can be read in a
    narrow column, but take no line breaks: Enter does nothing and pasted
    breaks become spaces.
    """

    edited = Signal(str)

    def __init__(self, height: int, parent: QWidget | None = None, *, single_line: bool = False):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(height)
        self.single_line = single_line
        self._loading = False
        self.textChanged.connect(self._changed)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def set_text(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._loading = True
        try:
            cursor = self.textCursor().position()
            self.setPlainText(text)
            tc = self.textCursor()
            tc.setPosition(min(cursor, len(text)))
            self.setTextCursor(tc)
        finally:
            self._loading = False

    def text(self) -> str:
        return self.toPlainText()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText())


class TranslationCell(QFrame):
    """One text in one language: the text, its verified tick, a character count, its problems."""

    def __init__(self, name: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.lang = lang
        self.setObjectName("translationCell")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = PlainText(TEXT_HEIGHTS.get(name, 60), single_line=name in SINGLE_LINE)
        self.edit.setObjectName(f"text-{name}-{lang}")
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.verified = QCheckBox()
        self.verified.setObjectName(f"verified-{name}-{lang}")
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        row.addWidget(self.verified)
        row.addStretch(1)
        row.addWidget(self.counter)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def text(self) -> str:
        return self.edit.text()

    def set_values(self, text: str, verified: bool) -> None:
        self.edit.set_text(text)
        if self.verified.isChecked() != verified:
            self.verified.setChecked(verified)
        limit = MAX_LENGTHS.get(self.name, 0)
        self.counter.setText(f"{len(text)} / {limit}")
        set_state(self.counter, "over", len(text) > limit)
        set_state(self, "unverified", bool(text.strip()) and not verified, self.edit)

    def retranslate(self) -> None:
        self.verified.setText(self.tr("Verified"))
        self.verified.setToolTip(self.tr("Tick once a person has checked this translation"))


class Section(QFrame):
    """A titled card of the form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 16, 20, 18)
        self.outer.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.outer.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        self.grid.setColumnStretch(1, 1)
        self.outer.addLayout(self.grid)
        self._rows = 0

    def add_row(self, label: QLabel, widget: QWidget, error: ErrorLabel | None = None) -> None:
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)
        label.setMinimumHeight(32)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget.maximumWidth() < 10_000 else Qt.AlignmentFlag(0))
        if error is not None:
            box.addWidget(error)
        self.grid.addWidget(label, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(box, self._rows, 1)
        self._rows += 1


class Field:
    """A record field in the form: its label, its widget and its error line."""

    def __init__(self, key: str, label: QLabel, widget: QWidget, error: ErrorLabel):
        self.key = key
        self.label = label
        self.widget = widget
        self.error = error

    def set_visible(self, on: bool) -> None:
        for w in (self.label, self.widget):
            w.setVisible(on)
        if not on:
            self.error.hide()


class RecordEditor(QWidget):
    """The form for the selected record (see the module docstring)."""

    #: Staff asked to choose an image file for the record.
    chooseImage = Signal()
    #: Staff asked to remove the record's image.
    removeImage = Signal()

    def __init__(self, working: WorkingCopy, media_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self.working = working
        self.media_dir = media_dir
        self.uid: int | None = None
        self.kind: str | None = None
        self.list_language = "en"
        self._loading = False
        self.fields: dict[str, Field] = {}
        self._shown: set[str] = set()
        self.cells: dict[tuple[str, str], TranslationCell] = {}
        self._build()
        self.retranslate()
        self.show_record(None)

    # -- building ----------------------------------------------------------------------
    def _field(self, section: Section, key: str, widget: QWidget) -> Field:
        label = QLabel()
        error = ErrorLabel()
        widget.setObjectName(f"field-{key}")
        section.add_row(label, widget, error)
        made = Field(key, label, widget, error)
        self.fields[key] = made
        return made

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 8, 16)
        outer.setSpacing(14)

        head = QFrame()
        head.setObjectName("recordHead")
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(4, 0, 4, 0)
        head_layout.setSpacing(2)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("recordKind")
        self.title_label = QLabel()
        self.title_label.setObjectName("recordTitle")
        self.title_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("recordStatus")
        head_layout.addWidget(self.kind_label)
        head_layout.addWidget(self.title_label)
        head_layout.addWidget(self.status_label)
        outer.addWidget(head)
        self.record_error = ErrorLabel()
        outer.addWidget(self.record_error)

        self.empty = QLabel()
        self.empty.setObjectName("emptyEditor")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        # Record: slug, published, order
        self.record_section = Section()
        slug = QLineEdit()
        slug.textEdited.connect(self._slug_edited)
        self._field(self.record_section, "slug", slug)
        published = QCheckBox()
        published.clicked.connect(lambda on: self._set("published", bool(on)))
        self._field(self.record_section, "published", published)
        order = QLineEdit()
        order.setMaximumWidth(160)
        order.textEdited.connect(self._order_edited)
        self._field(self.record_section, "sort_order", order)
        outer.addWidget(self.record_section)

        # Facts of the kind
        self.facts_section = Section()
        date = QLineEdit()
        date.setPlaceholderText("YYYY-MM-DD")
        date.setMaximumWidth(200)
        date.textEdited.connect(lambda t: self._set("published_on", t if t.strip() else None, merge=True))
        self._field(self.facts_section, "published_on", date)
        value = QLineEdit()
        value.setMaximumWidth(240)
        value.textEdited.connect(self._value_edited)
        self._field(self.facts_section, "value", value)
        for key in ("unit", "qualifier", "level", "cluster_kind", "sector"):
            combo = QComboBox()
            combo.setMinimumWidth(260)
            combo.activated.connect(lambda _i, k=key, c=combo: self._set(k, c.currentData() or None))
            self._field(self.facts_section, key, combo)
        year = QLineEdit()
        year.setMaximumWidth(120)
        year.textEdited.connect(self._year_edited)
        self._field(self.facts_section, "year", year)
        focus = QCheckBox()
        focus.clicked.connect(lambda on: self._set("focus", bool(on)))
        self._field(self.facts_section, "focus", focus)
        maker = QComboBox()
        maker.setMinimumWidth(360)
        maker.activated.connect(lambda _i, c=maker: self._set("manufacturer", c.currentData() or None))
        self._field(self.facts_section, "manufacturer", maker)
        makers = QListWidget()
        makers.setObjectName("field-manufacturers")
        makers.setMinimumHeight(96)
        makers.setMaximumHeight(150)
        makers.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        makers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        makers.itemChanged.connect(self._makers_changed)
        self._field(self.facts_section, "manufacturers", makers)
        outer.addWidget(self.facts_section)

        # Texts, one column per language; each field's name above its row,
        # so the three columns get the whole width.
        self.text_section = Section()
        grid = self.text_section.grid
        grid.setColumnMinimumWidth(0, 0)
        grid.setColumnStretch(1, 0)
        self.lang_headers: list[QLabel] = []
        for col, lang in enumerate(LANGUAGES):
            header = QLabel(labels.LANGUAGE_NAMES[lang])
            header.setObjectName("langHeader")
            grid.addWidget(header, 0, col)
            grid.setColumnStretch(col, 1)
            self.lang_headers.append(header)
        self.text_labels: dict[str, QLabel] = {}
        for index, name in enumerate(TEXT_FIELDS):
            label = QLabel()
            label.setObjectName("textFieldLabel")
            self.text_labels[name] = label
            grid.addWidget(label, 1 + 2 * index, 0, 1, len(LANGUAGES))
            for col, lang in enumerate(LANGUAGES):
                cell = TranslationCell(name, lang)
                cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                cell.edit.edited.connect(lambda t, n=name, la=lang: self._text_edited(n, la, t))
                cell.verified.clicked.connect(lambda on, n=name, la=lang: self._verified(n, la, bool(on)))
                self.cells[(name, lang)] = cell
                grid.addWidget(cell, 2 + 2 * index, col)
        outer.addWidget(self.text_section)

        # Source, links, image
        self.links_section = Section()
        source = QComboBox()
        source.setMinimumWidth(360)
        source.activated.connect(lambda _i, c=source: self._set("source", c.currentData() or None))
        self._field(self.links_section, "source", source)
        quote = PlainText(96)
        quote.edited.connect(lambda t: self._set("source_quote", t if t.strip() else None, merge=True))
        self._field(self.links_section, "source_quote", quote)
        url = QLineEdit()
        url.setPlaceholderText("https://")
        url.textEdited.connect(lambda t: self._set("web_url", t if t.strip() else None, merge=True))
        self._field(self.links_section, "web_url", url)
        image = QWidget()
        image_row = QHBoxLayout(image)
        image_row.setContentsMargins(0, 0, 0, 0)
        image_row.setSpacing(12)
        self.thumb = QLabel()
        self.thumb.setObjectName("thumbnail")
        self.thumb.setFixedSize(QSize(160, 100))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_buttons = QVBoxLayout()
        image_buttons.setSpacing(6)
        self.image_name = QLabel()
        self.image_name.setObjectName("imageName")
        self.image_name.setWordWrap(True)
        self.choose_image = QPushButton()
        self.choose_image.setObjectName("chooseImage")
        self.choose_image.clicked.connect(self.chooseImage)
        self.remove_image = QPushButton()
        self.remove_image.setObjectName("removeImage")
        self.remove_image.clicked.connect(self.removeImage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_image)
        buttons.addWidget(self.remove_image)
        buttons.addStretch(1)
        image_buttons.addWidget(self.image_name)
        image_buttons.addLayout(buttons)
        image_buttons.addStretch(1)
        image_row.addWidget(self.thumb)
        image_row.addLayout(image_buttons, 1)
        self._field(self.links_section, "media", image)
        outer.addWidget(self.links_section)
        outer.addStretch(1)

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.record_section.title.setText(self.tr("Record"))
        self.facts_section.title.setText(self.tr("Facts"))
        self.text_section.title.setText(self.tr("Texts and translations"))
        self.links_section.title.setText(self.tr("Source, web address and image"))
        for key, made in self.fields.items():
            made.label.setText(labels.field(key))
        self.fields["published"].widget.setText(self.tr("Visitors can see this record"))  # type: ignore[attr-defined]
        self.fields["focus"].widget.setText(self.tr("This is the year's focus industry"))  # type: ignore[attr-defined]
        self.fields["slug"].widget.setToolTip(self.tr("Lower-case letters, digits and hyphens; records pointing at it follow a rename"))
        self.fields["sort_order"].widget.setToolTip(self.tr("Smaller numbers come first on the kiosk"))
        self.fields["web_url"].widget.setToolTip(self.tr("Shown as a QR code on the record's page"))
        for name, label in self.text_labels.items():
            label.setText(labels.field(name) + (" *" if name in REQUIRED_FIELDS else ""))
            label.setToolTip(self.tr("Required in every language") if name in REQUIRED_FIELDS else "")
        for cell in self.cells.values():
            cell.retranslate()
        self.choose_image.setText(self.tr("Choose image…"))
        self.remove_image.setText(self.tr("Remove"))
        self.empty.setText(self.tr("Choose a record on the left, or make a new one."))
        for key, values in CHOICES.items():
            combo: QComboBox = self.fields[key].widget  # type: ignore[assignment]
            self._fill_combo(combo, [(v, labels.code(v)) for v in values], none=(key == "sector" and self.kind == "manufacturer"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and console_switching():
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------
    @property
    def record(self) -> DraftRecord | None:
        return self.working.state.find(self.uid) if self.uid is not None else None

    def show_record(self, uid: int | None) -> None:
        """Show the record *uid* (None: nothing selected)."""
        self.uid = uid
        record = self.record
        kind = record.kind if record else None
        if kind != self.kind:
            self.kind = kind
            wanted = set(KIND_FIELDS.get(kind or "", ()))
            for key in ("published_on", "value", "unit", "qualifier", "year", "level", "cluster_kind", "sector", "focus", "manufacturer", "manufacturers"):
                self.fields[key].set_visible(key in wanted)
            self.facts_section.setVisible(bool(wanted))
            self.fields["source"].set_visible(kind != "source")
            self._shown = {"slug", "published", "sort_order", "source_quote", "web_url", "media", *wanted}
            if kind != "source":
                self._shown.add("source")
            combo: QComboBox = self.fields["sector"].widget  # type: ignore[assignment]
            self._fill_combo(combo, [(v, labels.code(v)) for v in SECTORS], none=(kind == "manufacturer"))
        has = record is not None
        for section in (self.record_section, self.text_section, self.links_section):
            section.setVisible(has)
        if not has:
            self.facts_section.setVisible(False)
        self.empty.setVisible(not has)
        self.refresh()

    def set_list_language(self, lang: str) -> None:
        self.list_language = lang
        self.refresh()

    def refresh(self) -> None:
        """Bring every widget in line with the working copy, without moving the
        cursor of the field being typed in."""
        record = self.record
        if record is None:
            self.kind_label.setText("")
            self.title_label.setText("")
            self.status_label.setText("")
            self.record_error.show_messages([])
            return
        self._loading = True
        try:
            self._refresh_values(record)
            self._refresh_issues(record)
        finally:
            self._loading = False

    def _refresh_values(self, record: DraftRecord) -> None:
        data = record.data
        self.kind_label.setText(labels.kind_one(record.kind).upper())
        self.title_label.setText(record.title(self.list_language) or self.tr("(no title yet)"))
        bits = [self.tr("Published") if record.published else self.tr("Not published: visitors do not see it")]
        if record.unverified:
            bits.append(self.tr("%n translation(s) not verified", "", record.unverified))
        if record.uid in self.working.changed_uids():
            bits.append(self.tr("Unsaved changes"))
        self.status_label.setText("  ·  ".join(bits))

        slug: QLineEdit = self.fields["slug"].widget  # type: ignore[assignment]
        if slug.text() != record.slug:
            slug.setText(record.slug)
            if not slug.hasFocus():
                slug.setCursorPosition(0)
        published: QCheckBox = self.fields["published"].widget  # type: ignore[assignment]
        published.setChecked(record.published)
        self._number("sort_order", data.get("sort_order", 0))
        self._line("published_on", str(data.get("published_on") or ""))
        self._number("value", data.get("value"))
        self._number("year", data.get("year"))
        for key in CHOICES:
            self._choose(key, data.get(key))
        focus: QCheckBox = self.fields["focus"].widget  # type: ignore[assignment]
        focus.setChecked(bool(data.get("focus", False)))

        state = self.working.state
        makers = [(r.slug, f"{r.title(self.list_language)}  ({r.slug})") for r in state.ordered("manufacturer")]
        combo: QComboBox = self.fields["manufacturer"].widget  # type: ignore[assignment]
        self._fill_combo(combo, makers, none=True, current=data.get("manufacturer"))
        self._fill_makers(makers, set(data.get("manufacturers", [])))
        sources = [(r.slug, f"{r.title(self.list_language)}  ({r.slug})") for r in state.ordered("source")]
        source: QComboBox = self.fields["source"].widget  # type: ignore[assignment]
        self._fill_combo(source, sources, none=True, current=data.get("source"))
        quote: PlainText = self.fields["source_quote"].widget  # type: ignore[assignment]
        quote.set_text(str(data.get("source_quote") or ""))
        self._line("web_url", str(data.get("web_url") or ""))
        for (name, lang), cell in self.cells.items():
            cell.set_values(record.text(name, lang), record.verified(name, lang))
        self._show_image(data.get("media"))

    def _refresh_issues(self, record: DraftRecord) -> None:
        issues = self.working.report.for_record(record.uid)
        by_field: dict[str, list[str]] = {}
        loose: list[str] = []
        for item in issues:
            key = item.field or ""
            if key in self._shown or key.startswith("text.") and tuple(key.split(".")[1:3]) in self.cells:
                by_field.setdefault(key, []).append(labels.issue(item))
            else:
                loose.append(f"{labels.field(key)}: {labels.issue(item)}" if key else labels.issue(item))
        for key, made in self.fields.items():
            messages = by_field.get(key, [])
            made.error.show_messages(messages if key in self._shown else [])
            _set_invalid(made.widget, bool(messages))
        for (name, lang), cell in self.cells.items():
            messages = by_field.get(f"text.{name}.{lang}", [])
            cell.error.show_messages(messages)
            _set_invalid(cell.edit, bool(messages))
        self.record_error.show_messages(loose)

    # -- small helpers ------------------------------------------------------------------
    def _line(self, key: str, text: str) -> None:
        edit: QLineEdit = self.fields[key].widget  # type: ignore[assignment]
        if edit.text() != text:
            edit.setText(text)
            if not edit.hasFocus():
                edit.setCursorPosition(0)

    def _number(self, key: str, value: Any) -> None:
        edit: QLineEdit = self.fields[key].widget  # type: ignore[assignment]
        try:
            typed: Any = float(edit.text().strip().replace(",", "")) if edit.text().strip() else None
        except ValueError:
            typed = edit.text()
        stored = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        if typed != stored:  # "1." and "1,500" stay as typed while they mean the stored number
            edit.setText(_number_text(value))

    def _choose(self, key: str, value: Any) -> None:
        combo: QComboBox = self.fields[key].widget  # type: ignore[assignment]
        index = combo.findData(value if value is not None else "")
        if index != combo.currentIndex():
            combo.setCurrentIndex(index)

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]], *, none: bool = False, current: Any = ...) -> None:
        wanted = ([("", self.tr("(none)"))] if none else []) + items
        have = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        keep = (combo.currentData() if combo.currentIndex() >= 0 else "") if current is ... else (current or "")
        if have != wanted:
            combo.blockSignals(True)
            combo.clear()
            for data, text in wanted:
                combo.addItem(text, data)
            combo.blockSignals(False)
        index = combo.findData(keep)
        if index < 0 and keep:
            # A reference to a record that is not there: keep it visible, flagged by the rules.
            combo.addItem(self.tr("%1 (missing)").replace("%1", str(keep)), keep)
            index = combo.count() - 1
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)

    def _fill_makers(self, makers: list[tuple[str, str]], checked: set[str]) -> None:
        widget: QListWidget = self.fields["manufacturers"].widget  # type: ignore[assignment]
        known = [m for m, _t in makers]
        rows = makers + [(m, self.tr("%1 (missing)").replace("%1", m)) for m in sorted(checked - set(known))]
        have = [(widget.item(i).data(Qt.ItemDataRole.UserRole), widget.item(i).text()) for i in range(widget.count())]
        widget.blockSignals(True)
        if have != rows:
            widget.clear()
            for slug, text in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, slug)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)  # no state set: no box drawn
                widget.addItem(item)
        for i in range(widget.count()):
            item = widget.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in checked else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        widget.blockSignals(False)

    def _show_image(self, name: str | None) -> None:
        self.remove_image.setEnabled(bool(name))
        if not name:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("No image"))
            self.image_name.setText(self.tr("The kiosk shows the sector's icon instead."))
            return
        staged = self.working.staged.get(name)
        candidates = [staged.thumb_path, staged.path] if staged else []
        candidates += [media_files.thumbnail_path(self.media_dir, name), self.media_dir / name]
        pixmap = QPixmap()
        for path in candidates:
            if path.is_file() and pixmap.load(str(path)):
                break
        if pixmap.isNull():
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("Missing"))
        else:
            self.thumb.setPixmap(pixmap.scaled(self.thumb.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        note = self.tr("not saved yet") if staged else ""
        size = f"{staged.width} × {staged.height}" if staged else ""
        self.image_name.setText("  ·  ".join(p for p in (name, size, note) if p))

    # -- edits -------------------------------------------------------------------------
    def _edit(self, make: Callable[[], Any], text: str, merge: tuple | None = None) -> None:
        if self._loading or self.uid is None:
            return
        self.working.edit(make(), text, merge_key=merge, focus=self.uid)

    def _set(self, key: str, value: Any, merge: bool = False) -> None:
        uid = self.uid
        if uid is None:
            return
        self._edit(lambda: self.working.state.with_value(uid, key, value),
                   self.tr("Change %1").replace("%1", labels.field(key)), (uid, key) if merge else None)

    def _slug_edited(self, text: str) -> None:
        uid = self.uid
        if uid is not None:
            self._edit(lambda: self.working.state.with_slug(uid, text),
                       self.tr("Change %1").replace("%1", labels.field("slug")), (uid, "slug"))

    def _value_edited(self, text: str) -> None:
        raw = text.strip().replace(",", "")
        try:
            value: Any = float(raw) if raw else None
        except ValueError:
            value = text  # kept as typed; the rules say what is wrong
        self._set("value", value if raw else None, merge=True)

    def _order_edited(self, text: str) -> None:
        raw = text.strip()
        value: Any = int(raw) if raw.lstrip("-").isdigit() else (raw or 0)
        self._set("sort_order", value, merge=True)

    def _year_edited(self, text: str) -> None:
        raw = text.strip()
        value: Any = int(raw) if raw.isdigit() else (raw or None)
        self._set("year", value, merge=True)

    def _makers_changed(self, _item: QListWidgetItem) -> None:
        widget: QListWidget = self.fields["manufacturers"].widget  # type: ignore[assignment]
        chosen = sorted(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )
        self._set("manufacturers", chosen if chosen else [])

    def _text_edited(self, name: str, lang: str, text: str) -> None:
        uid = self.uid
        if uid is not None:
            self._edit(lambda: self.working.state.with_text(uid, name, lang, text=text),
                       self.tr("Edit %1").replace("%1", labels.field(f"text.{name}.{lang}")), (uid, "text", name, lang))

    def _verified(self, name: str, lang: str, on: bool) -> None:
        uid = self.uid
        if uid is not None:
            self._edit(lambda: self.working.state.with_text(uid, name, lang, verified=on),
                       (self.tr("Mark %1 verified") if on else self.tr("Mark %1 not verified")).replace("%1", labels.field(f"text.{name}.{lang}")))

    # -- navigation ---------------------------------------------------------------------
    def inputs(self) -> list[QWidget]:
        """Every widget of the form that takes input (not the image buttons)."""
        widgets = [made.widget for key, made in self.fields.items() if key != "media"]
        for cell in self.cells.values():
            widgets += [cell.edit, cell.verified]
        return widgets

    def widget_for(self, key: str) -> QWidget | None:
        """The input widget of field *key* (``web_url``, ``text.title.ru`` ...)."""
        if key.startswith("text."):
            parts = key.split(".")
            if len(parts) == 2:
                parts.append("en")
            cell = self.cells.get((parts[1], parts[2]))
            return cell.edit if cell else None
        made = self.fields.get(key)
        return made.widget if made else None
