"""The content-set format: what ``data/content/`` and a content pack hold.

A content set is a folder (or the ``content/`` folder of a pack) with
``meta.json`` and one JSON file per kind (``clusters.json`` ...), each a list
of records.  Every visible text is a map language -> {text, verified}.
These pydantic models check the shape of one record; ``validation`` checks
what spans records (slugs, references, required languages).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer, model_validator

from kiosk.content.vocab import LANGUAGES, MAX_LENGTHS, TEXT_FIELDS

FORMAT_VERSION = 1

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
Slug = Annotated[str, Field(min_length=1, max_length=80, pattern=SLUG_RE.pattern)]
Lang = Literal["zh-Hans", "ru", "en"]

#: File name in a content folder for each kind.
FILE_NAMES: dict[str, str] = {
    "source": "sources.json",
    "zone": "zone.json",
    "figure": "figures.json",
    "industry": "industries.json",
    "manufacturer": "manufacturers.json",
    "cluster": "clusters.json",
    "base": "bases.json",
    "platform": "platforms.json",
    "initiative": "initiatives.json",
    "statement": "statements.json",
}


class Strict(BaseModel):
    """Base for the format: unknown keys are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Translation(Strict):
    """One text in one language; ``verified`` is ticked once a person checked it.

    ``stale`` says the text needs review: another language of the same
    field changed after it was written (``kiosk.content.formats.staleness``).
    It is written only when true, so content without stale texts reads the
    same as before the flag existed; a text ticked verified is reviewed, so
    the tick clears the flag.
    """

    text: str = Field(min_length=1)
    verified: bool = False
    stale: bool = False

    @model_validator(mode="before")
    @classmethod
    def _verified_is_reviewed(cls, data):
        if isinstance(data, dict) and data.get("verified") is True and data.get("stale"):
            return {**data, "stale": False}
        return data

    @model_serializer(mode="wrap")
    def _dump(self, handler):
        data = handler(self)
        if isinstance(data, dict) and not self.stale:
            data.pop("stale", None)
        return data

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


LocalizedText = dict[Lang, Translation]


class Focus(Strict):
    """Where a picture's subject is: 0..1 across from the left and down from the top."""

    x: float = Field(ge=0, le=1, allow_inf_nan=False)
    y: float = Field(ge=0, le=1, allow_inf_nan=False)


class RecordIn(Strict):
    """What every record carries."""

    slug: Slug
    #: Bounded so that any value fits the database's 64-bit integer column.
    sort_order: int = Field(default=0, ge=-1_000_000_000, le=1_000_000_000)
    published: bool = True
    updated_at: datetime | None = None
    #: Slug of the source record the facts come from.
    source: Slug | None = None
    #: The source's own words this record rests on.
    source_quote: str | None = None
    #: Web address for a QR code; left out when unknown.
    web_url: str | None = Field(default=None, max_length=500)
    #: Image path relative to the content's media folder.
    media: str | None = Field(default=None, max_length=300)
    #: The picture's focal point; the visitor screens crop around it (None: the centre).
    media_focus: Focus | None = None
    text: dict[str, LocalizedText]

    @field_validator("web_url")
    @classmethod
    def _web_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("media")
    @classmethod
    def _media(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if value.startswith(("/", "\\")) or ".." in value.replace("\\", "/").split("/") or ":" in value:
            raise ValueError("must be a relative path inside the media folder")
        return value

    @field_validator("text")
    @classmethod
    def _fields(cls, value: dict[str, LocalizedText]) -> dict[str, LocalizedText]:
        for name, per_lang in value.items():
            if name not in TEXT_FIELDS:
                raise ValueError(f"unknown text field {name!r} (known: {', '.join(TEXT_FIELDS)})")
            limit = MAX_LENGTHS[name]
            for lang, tr in per_lang.items():
                if len(tr.text) > limit:
                    raise ValueError(
                        f"{name} [{lang}] is {len(tr.text)} characters, longer than {limit}"
                    )
        return value

    def t(self, field: str, lang: str) -> str | None:
        """The text of *field* in *lang*, or None."""
        tr = self.text.get(field, {}).get(lang)  # type: ignore[call-overload]
        return tr.text if tr else None


class SourceIn(RecordIn):
    """A source document: title, publisher (subtitle), date, address."""

    published_on: date | None = None


class ZoneIn(RecordIn):
    """The zone profile."""


class FigureIn(RecordIn):
    """A key figure: value, unit, qualifier and year as the source gives them."""

    #: Infinity and NaN are not figures a source gives.
    value: float = Field(allow_inf_nan=False)
    unit: Literal["count", "yuan"]
    qualifier: Literal["over", "more_than", "exact"]
    year: int | None = Field(default=None, ge=1900, le=2200)


class IndustryIn(RecordIn):
    """A signature industry, or the year's focus industry."""

    sector: Literal["food", "appliances", "steel", "new_energy"]
    focus: bool = False


class ManufacturerIn(RecordIn):
    """A flagship manufacturer."""

    sector: Literal["food", "appliances", "steel", "new_energy"] | None = None


class ClusterIn(RecordIn):
    """An industrial cluster or leading county."""

    level: Literal["national", "provincial"]
    cluster_kind: Literal["cluster", "leading_county"]
    sector: Literal["food", "appliances", "steel", "new_energy"]
    #: Slugs of manufacturers that belong to the cluster (only where known).
    manufacturers: list[Slug] = Field(default_factory=list)


class BaseIn(RecordIn):
    """A production base; ``manufacturer`` only where the source links them."""

    manufacturer: Slug | None = None


class PlatformIn(RecordIn):
    """A service platform."""


class InitiativeIn(RecordIn):
    """An initiative."""


class StatementIn(RecordIn):
    """A quote: title is the speaker, subtitle the role, body the quote."""


MODELS: dict[str, type[RecordIn]] = {
    "source": SourceIn,
    "zone": ZoneIn,
    "figure": FigureIn,
    "industry": IndustryIn,
    "manufacturer": ManufacturerIn,
    "cluster": ClusterIn,
    "base": BaseIn,
    "platform": PlatformIn,
    "initiative": InitiativeIn,
    "statement": StatementIn,
}


class MetaIn(Strict):
    """``meta.json``: format and content version, languages."""

    format: int
    content_version: str = Field(min_length=1, max_length=60)
    created_at: datetime | None = None
    default_language: Lang = "zh-Hans"
    languages: list[Lang] = Field(default_factory=lambda: list(LANGUAGES))
    note: str | None = None


class ContentSet(BaseModel):
    """A whole, shape-checked content set: meta plus records per kind."""

    model_config = ConfigDict(frozen=True)

    meta: MetaIn
    records: dict[str, list[RecordIn]]

    def of(self, kind: str) -> list[RecordIn]:
        """The records of *kind* (empty list when there are none)."""
        return self.records.get(kind, [])

    def counts(self) -> dict[str, int]:
        """Number of records per kind."""
        return {kind: len(items) for kind, items in self.records.items()}
