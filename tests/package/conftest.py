"""The packaged bundle, built once per session.

The ``bundle`` fixture runs ``python build_scripts/build.py`` (translations,
fonts, PyInstaller, archive, the bundle's own self-test) unless ``dist/``
already holds a successful build newer than every source file, which keeps
the development loop fast.  ``KIOSK_REBUILD=1`` forces a build;
``KIOSK_REUSE_BUILD=1`` reuses the last good build even if sources changed.  Two test
runs at the same time share one build (a lock file in ``build/``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_tools import BUILD_LOG, REPORT, ROOT, Bundle, why_rebuild

from kiosk import APP_ID


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    """The bundle in dist/, (re)built when needed; fails (never skips) when the build fails."""
    import fcntl

    BUILD_LOG.parent.mkdir(parents=True, exist_ok=True)
    with open(ROOT / "build" / "package-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a concurrent test run waits for our build, then reuses it
        why = why_rebuild()
        if why is not None:
            started = time.monotonic()
            with open(BUILD_LOG, "w", encoding="utf-8") as log:
                log.write(f"building because {why}\n")
                log.flush()
                result = subprocess.run([sys.executable, str(ROOT / "build_scripts" / "build.py")], cwd=ROOT,
                                        stdout=log, stderr=subprocess.STDOUT, timeout=1800)
            if result.returncode != 0:
                tail = "".join(BUILD_LOG.read_text(encoding="utf-8").splitlines(keepends=True)[-40:])
                pytest.fail(f"the build failed (exit code {result.returncode}); {BUILD_LOG}:\n{tail}")
            print(f"\nbuilt the bundle in {time.monotonic() - started:.0f} s ({why})")
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    return Bundle(Path(report["bundle"]), Path(report["bundle"]) / APP_ID, Path(report["archive"]), report)


