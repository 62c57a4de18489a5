"""The industrial system view: the content's own relations as one tree.

The source's subject is Jiaozhou's "innovative industrial system"; the
kiosk draws it from what the records say about each other and nothing
more: an industry and a cluster belong together when they share a sector,
a cluster and a manufacturer when the content links them, a production
base and a manufacturer when the base names it.  A manufacturer with no
sector of its own takes the sector of the first cluster it is linked to;
one with neither, and a base with no manufacturer, stand in a branch of
their own (sector ""), never paired with anything by guess.

The page is one screen or a few: a branch shows the first few records of
each column and counts the rest (``more_*``), which their section lists
hold, so that it stays quick with thousands of records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalogue builds the view with this module: no import at run time
    from kiosk.content.read.catalogue import Card, Figure


@dataclass(frozen=True)
class MakerBranch:
    """A manufacturer and the production bases that name it."""

    maker: Card
    bases: tuple[Card, ...] = ()
    more_bases: int = 0


@dataclass(frozen=True)
class SectorBranch:
    """One sector of the system: its industries, clusters, manufacturers
    (with their bases) and, in the branch without a sector, the bases that
    name no manufacturer."""

    sector: str
    industries: tuple[Card, ...] = ()
    clusters: tuple[Card, ...] = ()
    makers: tuple[MakerBranch, ...] = ()
    bases: tuple[Card, ...] = ()
    #: Records of this branch left out of the columns above (the section lists have them).
    more_clusters: int = 0
    more_makers: int = 0
    more_bases: int = 0


@dataclass(frozen=True)
class SystemView:
    """Everything the industrial system page shows: key figures and branches."""

    figures: tuple[Figure, ...]
    branches: tuple[SectorBranch, ...]

    def cards(self) -> list[Card]:
        """Every record card the view shows."""
        out: list[Card] = []
        for b in self.branches:
            out += [*b.industries, *b.clusters, *b.bases]
            for m in b.makers:
                out += [m.maker, *m.bases]
        return out

    def with_cards(self, full: Mapping[tuple[str, str], Card]) -> SystemView:
        """The same view with each card replaced by *full*'s card of the same kind and slug."""

        def swap(cards: Iterable[Card]) -> tuple[Card, ...]:
            return tuple(full.get((c.kind, c.slug), c) for c in cards)

        return replace(self, branches=tuple(
            replace(b, industries=swap(b.industries), clusters=swap(b.clusters), bases=swap(b.bases),
                    makers=tuple(replace(m, maker=swap([m.maker])[0], bases=swap(m.bases)) for m in b.makers))
            for b in self.branches
        ))


#: At most this many records of one column in one branch (and bases under one manufacturer).
SYSTEM_LIMIT = 4
BASES_PER_MAKER = 2


def build_system(
    figures: Sequence[Figure],
    industries: Sequence[Card],
    clusters: Sequence[Card],
    makers: Sequence[Card],
    bases: Sequence[tuple[Card, str | None]],
    maker_clusters: Mapping[str, Sequence[str]],
    totals: Mapping[tuple[str, str], int] | None = None,
) -> SystemView:
    """The tree of published records, each list in its shown order.

    *bases* pairs each base with the slug of the manufacturer it names (or
    None); *maker_clusters* maps a manufacturer's slug to the slugs of the
    clusters the content links it to.  *totals* counts what the lists
    leave out, when the caller has cut them already: ("cluster", sector),
    ("manufacturer", sector) and ("base", manufacturer slug or "").
    """
    totals = totals or {}
    cluster_sector = {c.slug: c.sector or "" for c in clusters}
    maker_sector = {
        m.slug: m.sector or next((cluster_sector[s] for s in maker_clusters.get(m.slug, ()) if s in cluster_sector), "")
        for m in makers
    }
    known_makers = set(maker_sector)
    bases_of: dict[str, list[Card]] = {}
    loose: list[Card] = []
    for base, maker in bases:
        if maker in known_makers:
            bases_of.setdefault(maker, []).append(base)
        else:
            loose.append(base)

    order = _sector_order(
        [i.sector or "" for i in industries], [c.sector or "" for c in clusters], [maker_sector[m.slug] for m in makers]
    )
    branches = []
    for sector in order:
        own_clusters = [c for c in clusters if (c.sector or "") == sector]
        own_makers = [m for m in makers if maker_sector[m.slug] == sector]
        own_bases = loose if sector == "" else []
        branch = SectorBranch(
            sector=sector,
            industries=tuple(i for i in industries if (i.sector or "") == sector),
            clusters=tuple(own_clusters[:SYSTEM_LIMIT]),
            makers=tuple(
                MakerBranch(m, tuple(bases_of.get(m.slug, ())[:BASES_PER_MAKER]),
                            _left_out(totals, ("base", m.slug), bases_of.get(m.slug, ()), BASES_PER_MAKER))
                for m in own_makers[:SYSTEM_LIMIT]
            ),
            bases=tuple(own_bases[:SYSTEM_LIMIT]),
            more_clusters=_left_out(totals, ("cluster", sector), own_clusters, SYSTEM_LIMIT),
            more_makers=_left_out(totals, ("manufacturer", sector), own_makers, SYSTEM_LIMIT),
            more_bases=_left_out(totals, ("base", ""), own_bases, SYSTEM_LIMIT) if sector == "" else 0,
        )
        if branch.industries or branch.clusters or branch.makers or branch.bases:
            branches.append(branch)
    return SystemView(figures=tuple(figures), branches=tuple(branches))


def _sector_order(*groups: Iterable[str]) -> list[str]:
    """Sectors in the order they first appear (industries first), the branch without a sector last."""
    seen: list[str] = []
    for group in groups:
        for sector in group:
            if sector and sector not in seen:
                seen.append(sector)
    return [*seen, ""]


def _left_out(totals: Mapping[tuple[str, str], int], key: tuple[str, str], given: Sequence[object], limit: int) -> int:
    """How many records of a column are not shown: of its total if known, else of *given*."""
    return max(0, totals.get(key, len(given)) - min(limit, len(given)))
