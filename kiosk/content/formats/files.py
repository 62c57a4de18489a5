"""Why a file named on the command line or in a dialog cannot be used.

Every reader and writer of staff files (workbooks, packs, keys) asks here
first, so a folder given where a file belongs, a missing folder, or a file
without permission is refused with the same plain sentence everywhere
("is a folder, not a file"), never with ``no such file`` or a traceback from
deep inside a library.
"""

from __future__ import annotations

import os
from pathlib import Path


def input_problem(path: Path) -> str | None:
    """Why the file at *path* cannot be read, or None when it can."""
    if path.is_dir():
        return "is a folder, not a file"
    if not path.exists():
        return "no such file" if path.parent.is_dir() else f"no such file (the folder {path.parent} does not exist)"
    if not path.is_file():
        return "is not a regular file"
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied)"
    return None


def output_problem(path: Path) -> str | None:
    """Why a file cannot be written at *path*, or None when it can."""
    if path.is_dir():
        return "is a folder; give the name of the file to write inside it"
    parent = path.parent
    if not parent.is_dir():
        return f"cannot be written: the folder {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot be written: no permission to write in the folder {parent}"
    if path.exists() and not os.access(path, os.W_OK):
        return "cannot be written: the file is read-only"
    return None


def read_small(path: Path, limit: int) -> bytes:
    """The bytes of *path*, refusing (ValueError) a file larger than *limit*
    (a key or signature is tiny; /dev/zero is not)."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"is larger than {limit} bytes; that is not a key file")
    return data
