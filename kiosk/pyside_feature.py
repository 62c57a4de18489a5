"""How PySide6 learns which modules use it, without keeping their source.

PySide6 replaces ``import`` with a hook of its own (for ``from __feature__
import snake_case``). Once it is in place, every module imported for the
first time is asked whether it uses PySide6: its ``_mod_uses_pyside`` reads
the module's source through ``inspect.getsource``, that is, into Python's
``linecache`` as one string per line, and looks for "PySide6" in it. The
kiosk imports about 250 modules after PySide6. The strings stay in the
line cache and, once freed, leave Python's small-object arenas too
fragmented to hand back: the memory measure's peak came down 3 MB without
them (SQLAlchemy is imported before PySide6 there; imported after it,
SQLAlchemy alone cost 19 MB more this way).

:func:`watch_for_pyside` answers the same question by reading the module's
file as bytes and searching them: the same answer (the kiosk never selects a
feature, so PySide's bookkeeping only needs it to be the same) with nothing
kept. A module whose file is not plain source (the packaged build's frozen
modules, extension modules) still gets PySide's own answer.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from types import ModuleType

#: Where PySide6 keeps its import hook (inside shiboken6).
FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside_source(module: ModuleType, pyside_answer) -> bool:
    """Whether *module*'s source mentions PySide6, read from its file as
    bytes; *pyside_answer* (PySide's own check) where there is no such file."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return pyside_answer(module)


def replace_source_check() -> bool:
    """Put :func:`uses_pyside_source` in place of PySide's check; False when
    shiboken6 is not loaded yet or its hook has no such check (another
    PySide6 release): then PySide's own check stays."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "_reads_bytes", False):
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside_source(module, original)

    check._reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[union-attr]
    return True


class _FirstPySideImport:
    """A finder that finds nothing: when ``PySide6`` is first asked for, it
    loads shiboken6 (which installs PySide's hook) and replaces the check,
    before PySide6's own modules and everything after them are imported."""

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name == "PySide6":
            _stop_watching()
            import shiboken6  # noqa: F401 - installs PySide's import hook

            replace_source_check()
        return None


def _stop_watching() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _FirstPySideImport)]


def watch_for_pyside() -> None:
    """Replace PySide's source check now when shiboken6 is loaded, else
    the moment PySide6 is first imported. Costs nothing for a command that
    never imports Qt."""
    if FEATURE_MODULE in sys.modules:
        replace_source_check()
    elif not any(isinstance(f, _FirstPySideImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _FirstPySideImport())
