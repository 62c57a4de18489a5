"""How well search finds what visitors mean: a relevance set, scored.

A relevance set (``tests/data/search-relevance.json``) lists queries as
visitors type them, each with the records that must be among the first
three results. ``evaluate`` runs them all and gives success@3 (every
expected record in the first three) and the mean reciprocal rank (1 / the
rank of the first expected record, 0 when none is in the first ten), per
language, per class and overall.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.read.search import SearchService
from kiosk.content.vocab import LANGUAGES

#: Targets the issue set: overall, each language, and plain exact queries.
TARGET_OVERALL, TARGET_PER_LANGUAGE, TARGET_EXACT = 0.95, 0.90, 1.0
_DEPTH = 10


@dataclass(frozen=True)
class Case:
    """One query of the set and the records it must find."""

    lang: str
    query: str
    kind: str
    expect: tuple[str, ...]


@dataclass
class Score:
    """success@3 and MRR over some cases, and the cases that failed."""

    cases: int = 0
    successes: int = 0
    reciprocal: float = 0.0
    failed: list[tuple[Case, list[str]]] = field(default_factory=list)

    @property
    def success_at_3(self) -> float:
        return self.successes / self.cases if self.cases else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal / self.cases if self.cases else 0.0


def load_cases(path: Path) -> list[Case]:
    """The cases of a relevance set; a clear ValueError naming the entry when one is malformed."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    cases = []
    for number, item in enumerate(data.get("queries", []), start=1):
        try:
            case = Case(item["lang"], item["query"], item.get("class", "plain"), tuple(item["expect"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: query {number} lacks {exc}") from None
        if case.lang not in LANGUAGES or not case.expect or not case.query.strip():
            raise ValueError(f"{path}: query {number} ({case.query!r}) needs a language of {LANGUAGES}, a query and expected slugs")
        cases.append(case)
    return cases


def evaluate(service: SearchService, cases: list[Case]) -> dict[str, dict[str, Score]]:
    """Scores by ``"lang"``, by ``"class"`` and ``"all"`` (key ``"all"``)."""
    out: dict[str, dict[str, Score]] = {"lang": {}, "class": {}, "all": {"all": Score()}}
    for case in cases:
        found = [r.slug for r in service.search(case.query, case.lang, limit=_DEPTH)]
        success = set(case.expect) <= set(found[:3])
        ranks = [found.index(slug) + 1 for slug in case.expect if slug in found]
        for score in (out["lang"].setdefault(case.lang, Score()), out["class"].setdefault(case.kind, Score()), out["all"]["all"]):
            score.cases += 1
            score.successes += success
            score.reciprocal += 1 / min(ranks) if ranks else 0.0
            if not success and score is out["all"]["all"]:
                score.failed.append((case, found[:3]))
    return out


def report(scores: dict[str, dict[str, Score]]) -> tuple[str, bool]:
    """The scores as a table, and whether every target is met."""
    lines = [f"{'':<16} {'queries':>7} {'success@3':>10} {'MRR':>6}"]
    for group in ("lang", "class", "all"):
        for name, score in sorted(scores[group].items()):
            lines.append(f"{name:<16} {score.cases:>7} {score.success_at_3:>9.1%} {score.mrr:>6.3f}")
    overall = scores["all"]["all"]
    exact = scores["class"].get("exact", Score())
    met = (
        overall.success_at_3 >= TARGET_OVERALL
        and all(s.success_at_3 >= TARGET_PER_LANGUAGE for s in scores["lang"].values())
        and (exact.cases == 0 or exact.success_at_3 >= TARGET_EXACT)
    )
    lines.append(
        f"targets: >= {TARGET_OVERALL:.0%} overall, >= {TARGET_PER_LANGUAGE:.0%} per language, "
        f"every exact query: {'met' if met else 'NOT met'}"
    )
    for case, top in overall.failed:
        lines.append(f"missed [{case.lang} {case.kind}] {case.query!r}: wanted {', '.join(case.expect)}; got {', '.join(top) or 'nothing'}")
    return "\n".join(lines), met
