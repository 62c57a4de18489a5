"""``python -m kiosk``: the same entry point as the ``kiosk`` command."""

import sys

from kiosk.cli import main

sys.exit(main())
