"""Problems found in content, each naming where it is, the error that
carries them, and the one way a list of them is shown to staff (capped, so
a workbook with 100,000 bad rows still gives a report a person can read)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

#: Problems listed one by one in a report; the rest are counted by place.
SHOWN = 200
#: Places (sheet and column, file and field) counted after the list.
PLACES_SHOWN = 50


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: where (file or sheet, record, field) and what."""

    where: str
    message: str
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        parts = [self.where]
        if self.record:
            parts.append(f"record {self.record}")
        if self.field:
            parts.append(f"field {self.field}")
        return ": ".join([", ".join(parts), self.message])

    def place(self) -> str:
        """Where the problem is, without the record: problems are counted by place."""
        return f"{self.where}, field {self.field}" if self.field else self.where


def split_report(problems: Sequence[Problem], shown: int = SHOWN) -> tuple[list[Problem], list[tuple[str, int]]]:
    """The problems to list one by one (the first *shown*) and, when there
    are more, how many there are in each place (sheet and column, or file
    and field), most first; an empty list when every problem is shown."""
    if len(problems) <= shown:
        return list(problems), []
    return list(problems[:shown]), Counter(p.place() for p in problems).most_common()


def report_lines(problems: Sequence[Problem], shown: int = SHOWN) -> list[str]:
    """The report of *problems* as lines: the first *shown* one by one, then
    "... and N more" with how many there are per place."""
    listed, counts = split_report(problems, shown)
    lines = [f"  - {p}" for p in listed]
    if not counts:
        return lines
    lines.append(f"  ... and {len(problems) - len(listed)} more ({len(problems)} in all); how many in each place:")
    lines += [f"    {place}: {n}" for place, n in counts[:PLACES_SHOWN]]
    if len(counts) > PLACES_SHOWN:
        lines.append(f"    ... and {len(counts) - PLACES_SHOWN} more places ({sum(n for _, n in counts[PLACES_SHOWN:])} problems)")
    return lines


class ContentError(Exception):
    """Content that cannot be used; ``problems`` lists every reason found
    (the message shows them capped by ``report_lines``)."""

    def __init__(self, problems: list[Problem], summary: str | None = None):
        self.problems = list(problems)
        self.summary = summary or f"{len(self.problems)} problem(s) in the content"
        super().__init__(self.report())

    def report(self, shown: int = SHOWN) -> str:
        """The summary and the problems, at most *shown* of them one by one."""
        return "\n".join([self.summary, *report_lines(self.problems, shown)])
