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

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.console import media as media_files
from kiosk.admin.console import labels
from kiosk.admin.console.draft import DraftRecord
from kiosk.admin.console.fields import ErrorLabel, Field, PlainText, Section, TranslationCell, number_text, set_invalid
from kiosk.admin.console.picture import PictureField
from kiosk.admin.console.translations import console_switching
from kiosk.admin.console.working import WorkingCopy
from kiosk.content.vocab import CLUSTER_KINDS, LANGUAGES, LEVELS, QUALIFIERS, REQUIRED_FIELDS, SECTORS, TEXT_FIELDS, UNITS

# Which record fields each kind shows besides the common ones.
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
class RecordEditor(QWidget):
    """The form for the selected record (see the module docstring)."""

    # Staff asked to choose an image file for the record.
    chooseImage = Signal()
    # Staff asked to remove the record's image.
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
        """The form, top to bottom: the record's head, then one card per section."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 8, 16)
        outer.setSpacing(14)
        outer.addWidget(self._build_head())
        self.record_error = ErrorLabel()
        outer.addWidget(self.record_error)
        self.empty = QLabel()
        self.empty.setObjectName("emptyEditor")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.record_section = self._build_record_section()
        self.facts_section = self._build_facts_section()
        self.text_section = self._build_text_section()
        self.links_section = self._build_links_section()
        for section in (self.record_section, self.facts_section, self.text_section, self.links_section):
            outer.addWidget(section)
        outer.addStretch(1)

    def _build_head(self) -> QWidget:
        """The record's kind, title and status above the form."""
        head = QFrame()
        head.setObjectName("recordHead")
        layout = QVBoxLayout(head)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("recordKind")
        self.title_label = QLabel()
        self.title_label.setObjectName("recordTitle")
        self.title_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("recordStatus")
        for label in (self.kind_label, self.title_label, self.status_label):
            layout.addWidget(label)
        return head

    def _build_record_section(self) -> Section:
        """Record: slug, published, order."""
        section = Section()
        slug = QLineEdit()
        slug.textEdited.connect(self._slug_edited)
        self._field(section, "slug", slug)
        published = QCheckBox()
        published.clicked.connect(lambda on: self._set("published", bool(on)))
        self._field(section, "published", published)
        order = QLineEdit()
        order.setMaximumWidth(160)
        order.textEdited.connect(self._order_edited)
        self._field(section, "sort_order", order)
        return section

    def _build_facts_section(self) -> Section:
        """Facts of the kind: dates, figures and their units, levels, sectors, manufacturers."""
        section = Section()
        date = QLineEdit()
        date.setPlaceholderText("YYYY-MM-DD")
        date.setMaximumWidth(200)
        date.textEdited.connect(lambda t: self._set("published_on", t if t.strip() else None, merge=True))
        self._field(section, "published_on", date)
        value = QLineEdit()
        value.setMaximumWidth(240)
        value.textEdited.connect(self._value_edited)
        self._field(section, "value", value)
        for key in ("unit", "qualifier", "level", "cluster_kind", "sector"):
            combo = QComboBox()
            combo.setMinimumWidth(260)
            combo.activated.connect(lambda _i, k=key, c=combo: self._set(k, c.currentData() or None))
            self._field(section, key, combo)
        year = QLineEdit()
        year.setMaximumWidth(120)
        year.textEdited.connect(self._year_edited)
        self._field(section, "year", year)
        focus = QCheckBox()
        focus.clicked.connect(lambda on: self._set("focus", bool(on)))
        self._field(section, "focus", focus)
        maker = QComboBox()
        maker.setMinimumWidth(360)
        maker.activated.connect(lambda _i, c=maker: self._set("manufacturer", c.currentData() or None))
        self._field(section, "manufacturer", maker)
        makers = QListWidget()
        makers.setObjectName("field-manufacturers")
        makers.setMinimumHeight(96)
        makers.setMaximumHeight(150)
        makers.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        makers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        makers.itemChanged.connect(self._makers_changed)
        self._field(section, "manufacturers", makers)
        return section

    def _build_text_section(self) -> Section:
        """Texts, one column per language; each field's name above its row,
        so the three columns get the whole width."""
        section = Section()
        grid = section.grid
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
        return section

    def _build_links_section(self) -> Section:
        """Source, web address and image."""
        section = Section()
        source = QComboBox()
        source.setMinimumWidth(360)
        source.activated.connect(lambda _i, c=source: self._set("source", c.currentData() or None))
        self._field(section, "source", source)
        quote = PlainText(96)
        quote.edited.connect(lambda t: self._set("source_quote", t if t.strip() else None, merge=True))
        self._field(section, "source_quote", quote)
        url = QLineEdit()
        url.setPlaceholderText("https://")
        url.textEdited.connect(lambda t: self._set("web_url", t if t.strip() else None, merge=True))
        self._field(section, "web_url", url)
        self._field(section, "media", self._build_image())
        return section

    def _build_image(self) -> QWidget:
        """The record's picture (click it to set the focal point), its name, and Choose / Remove."""
        self.picture = PictureField()
        self.thumb = self.picture.preview
        self.image_name = self.picture.image_name
        self.choose_image = self.picture.choose
        self.choose_image.clicked.connect(self.chooseImage)
        self.remove_image = self.picture.remove
        self.remove_image.clicked.connect(self.removeImage)
        self.thumb.focusChosen.connect(lambda x, y: self._set("media_focus", {"x": x, "y": y}))
        self.picture.centre.clicked.connect(lambda: self._set("media_focus", None))
        return self.picture

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
        self.picture.retranslate()
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
        if record.needs_review:
            bits.append(self.tr("%n need(s) review", "", record.needs_review))
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
            cell.set_values(record.text(name, lang), record.verified(name, lang), record.stale(name, lang))
        self._show_image(data.get("media"), data.get("media_focus"))

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
            set_invalid(made.widget, bool(messages))
        for (name, lang), cell in self.cells.items():
            messages = by_field.get(f"text.{name}.{lang}", [])
            cell.error.show_messages(messages)
            set_invalid(cell.edit, bool(messages))
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
            edit.setText(number_text(value))

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

    def _show_image(self, name: str | None, focus: Any = None) -> None:
        self.remove_image.setEnabled(bool(name))
        point = (focus.get("x", 0.5), focus.get("y", 0.5)) if isinstance(focus, dict) else None
        self.picture.centre.setEnabled(bool(name) and point is not None)
        self.picture.hint.setVisible(bool(name))
        if not name:
            self.thumb.set_picture(QPixmap(), None)
            self.thumb.setText(self.tr("No image"))
            self.image_name.setText(self.tr("The kiosk shows the sector's icon instead."))
            return
        staged = self.working.staged.get(name)
        # The full picture where there is one: the focal point is set on what visitors see.
        candidates = [staged.path, staged.thumb_path] if staged else []
        candidates += [self.media_dir / name, media_files.thumbnail_path(self.media_dir, name)]
        pixmap = QPixmap()
        for path in candidates:
            if path.is_file() and pixmap.load(str(path)):
                break
        self.thumb.set_picture(pixmap, point)
        if pixmap.isNull():
            self.thumb.setText(self.tr("Missing"))
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

    @Slot(str)
    def _slug_edited(self, text: str) -> None:
        uid = self.uid
        if uid is not None:
            self._edit(lambda: self.working.state.with_slug(uid, text),
                       self.tr("Change %1").replace("%1", labels.field("slug")), (uid, "slug"))

    @Slot(str)
    def _value_edited(self, text: str) -> None:
        raw = text.strip().replace(",", "")
        try:
            value: Any = float(raw) if raw else None
        except ValueError:
            value = text  # kept as typed; the rules say what is wrong
        self._set("value", value if raw else None, merge=True)

    @Slot(str)
    def _order_edited(self, text: str) -> None:
        raw = text.strip()
        value: Any = int(raw) if raw.lstrip("-").isdigit() else (raw or 0)
        self._set("sort_order", value, merge=True)

    @Slot(str)
    def _year_edited(self, text: str) -> None:
        raw = text.strip()
        value: Any = int(raw) if raw.isdigit() else (raw or None)
        self._set("year", value, merge=True)

    @Slot(QListWidgetItem)
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
            self._edit(lambda: self.working.state.with_text(uid, name, lang, text=text, saved=self.working.base.find(uid)),
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
