"""PySide6's import hook learns which modules use PySide6 without keeping their source (kiosk.pyside_feature)."""

import subprocess
import sys

import pytest


@pytest.fixture
def pyside_hook():
    import PySide6.QtCore  # noqa: F401 - PySide's import hook is in place from here on

    import kiosk  # noqa: F401 - and the kiosk's check in it
    from kiosk.pyside_feature import FEATURE_MODULE

    return sys.modules[FEATURE_MODULE]


# In a fresh interpreter, as a kiosk starts: in the whole suite's long
# process PySide's hook did not record the probe modules at all (not
# explained), which says nothing about the kiosk's check.
FRESH_IMPORT = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import kiosk  # the kiosk's check, before PySide6
import PySide6.QtCore  # PySide's import hook in place from here on
import kiosk_probe_uses_qt, kiosk_probe_plain
feature = sys.modules["shibokensupport.feature"]
print(feature.pyside_feature_dict.get("kiosk_probe_uses_qt"), feature.pyside_feature_dict.get("kiosk_probe_plain"),
      sum(1 for name in linecache.cache if "kiosk_probe_" in name))
"""


def test_a_module_imported_after_pyside_leaves_no_source_lines_behind(tmp_path):
    (tmp_path / "kiosk_probe_uses_qt.py").write_text("from PySide6 import QtCore  # noqa\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "kiosk_probe_plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", FRESH_IMPORT, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    uses, plain, cached = out.stdout.split()
    # PySide still learns which of the two uses it ...
    assert (uses, plain) == ("0", "-1")
    # ... without reading either into the line cache (PySide's own check does).
    assert cached == "0"


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
