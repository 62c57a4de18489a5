"""What reading a damaged or hostile zip archive can raise.

Kept apart from ``packs`` so that light readers (the USB stick listing the
kiosk's staff menu makes at start) need neither pydantic nor the content
schema to tell a damaged pack from a good one.
"""

from __future__ import annotations

import zipfile
import zlib

#: Every error a damaged zip member, header or stream can raise while being read.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError)
