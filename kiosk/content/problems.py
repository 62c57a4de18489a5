"""Problems found in content, each naming where it is, and the error that carries them."""

from __future__ import annotations

from dataclasses import dataclass


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


class ContentError(Exception):
    """Content that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem], summary: str | None = None):
        self.problems = list(problems)
        head = summary or f"{len(self.problems)} problem(s) in the content"
        super().__init__(head + "\n" + "\n".join(f"  - {p}" for p in self.problems))
