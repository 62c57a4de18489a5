"""PySide6's import hook learns which modules use PySide6 without keeping their source (kiosk.pyside_feature)."""

import linecache
import sys

import pytest


@pytest.fixture
def pyside_hook():
    import PySide6.QtCore  # noqa: F401 - PySide's import hook is in place from here on

    import kiosk  # noqa: F401 - and the kiosk's check in it
    from kiosk.pyside_feature import FEATURE_MODULE

    return sys.modules[FEATURE_MODULE]


def _import_fresh(tmp_path, monkeypatch, name: str, source: str):
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    exec(f"import {name}", {"__name__": "kiosk_test_importer"})  # through builtins.__import__, as code imports
    return path


def test_a_module_imported_after_pyside_leaves_no_source_lines_behind(pyside_hook, tmp_path, monkeypatch):
    uses = _import_fresh(tmp_path, monkeypatch, "kiosk_probe_uses_qt", "from PySide6 import QtCore  # noqa\nVALUE = 1\n")
    plain = _import_fresh(tmp_path, monkeypatch, "kiosk_probe_plain", "VALUE = 2\n")
    # PySide still learns which of the two uses it ...
    assert pyside_hook.pyside_feature_dict["kiosk_probe_uses_qt"] == 0
    assert pyside_hook.pyside_feature_dict["kiosk_probe_plain"] == -1
    # ... without reading either into the line cache (PySide's own check does).
    assert str(uses) not in linecache.cache and str(plain) not in linecache.cache


def test_the_check_answers_as_pysides_own_for_the_kiosks_modules(pyside_hook):
    import json

    import kiosk.gui.application
    import kiosk.paths
    from kiosk.pyside_feature import uses_pyside_source

    def own(module):
        import inspect

        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            return False

    for module in (kiosk.gui.application, kiosk.paths, json, sys):
        assert uses_pyside_source(module, own) == own(module), module.__name__
    assert uses_pyside_source(kiosk.gui.application, own) is True
