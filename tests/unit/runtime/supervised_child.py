"""A stand-in for the kiosk that the watchdog tests supervise.

``python supervised_child.py MODE``:
  exit CODE   beat once, then exit with CODE after 0.3 s
  hang        beat three times, then stop beating but stay alive (a frozen GUI thread)
  beat        beat every 0.2 s forever (the test stops it with SIGSTOP or SIGKILL)
It writes the file the watchdog named in $KIOSK_HEARTBEAT_FILE.
"""

import os
import sys
import time

from kiosk.runtime.heartbeat import Heartbeat

beat = Heartbeat(os.environ["KIOSK_HEARTBEAT_FILE"])
mode = sys.argv[1]
if mode == "exit":
    beat.beat()
    time.sleep(0.3)
    sys.exit(int(sys.argv[2]))
elif mode == "hang":
    for _ in range(3):
        beat.beat()
        time.sleep(0.2)
    time.sleep(3600)
elif mode == "beat":
    for _ in range(18000):
        beat.beat()
        time.sleep(0.2)
else:
    sys.exit(f"supervised_child.py: unknown mode {mode!r}")
