"""The staff PIN of the on-kiosk staff menu: a salted scrypt hash and a lockout.

The PIN is never stored, only ``scrypt(pin, salt)``.  Until staff set their
own, the kiosk accepts ``DEFAULT_PIN`` and insists it be changed at once.
Five wrong PINs in a row lock the pad for five minutes; the count and the
lock are kept as settings (``staff.pin`` and ``staff.pin_state``, internal
keys of ``Settings``), so restarting the kiosk does not reset them.
Qt-free, so it is tested without a screen.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk.content.change.settings import Settings

DEFAULT_PIN = "000000"
MAX_ATTEMPTS = 5
LOCK_SECONDS = 5 * 60
MIN_LENGTH, MAX_LENGTH = 4, 8
PIN_KEY = "staff.pin"
STATE_KEY = "staff.pin_state"
OPEN = {"failures": 0, "locked_until": 0}
# scrypt cost: about 50 ms on a kiosk PC, slow enough to make guessing
# from a copied database expensive, quick enough for a finger.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PinError(ValueError):
    """A new PIN that is not acceptable; the message says why."""


@dataclass(frozen=True)
class PinCheck:
    """The answer to a PIN attempt."""

    ok: bool
    #: True when the PIN is still the default one and must be changed now.
    must_change: bool
    attempts_left: int
    #: Seconds until the pad unlocks (0 when it is not locked).
    locked_for: int


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


class PinStore:
    """Checks and changes the staff PIN, with the lockout."""

    def __init__(self, engine: Engine, clock: Callable[[], float] = time.time):
        self._settings = Settings(engine)
        self._clock = clock

    # -- questions ------------------------------------------------------------------
    def is_default(self) -> bool:
        """True until staff have set their own PIN."""
        return self._settings.get(PIN_KEY) is None

    def length(self) -> int:
        """How many digits the PIN has (the pad shows as many places), 0 when
        unknown (a PIN set before the kiosk kept its length)."""
        stored = self._settings.get(PIN_KEY)
        if stored is None:
            return len(DEFAULT_PIN)
        length = stored.get("length") if isinstance(stored, dict) else None
        return length if isinstance(length, int) and MIN_LENGTH <= length <= MAX_LENGTH else 0

    def locked_for(self) -> int:
        """Seconds the pad stays locked (0 when open)."""
        state = self._settings.get(STATE_KEY)
        return max(0, int(float(state.get("locked_until", 0)) - self._clock() + 0.999))

    # -- actions --------------------------------------------------------------------
    def check(self, pin: str) -> PinCheck:
        """Try *pin*; counts failures and locks after MAX_ATTEMPTS wrong ones."""
        with self._settings.transaction() as tx:
            state = tx.get(STATE_KEY)
            now = self._clock()
            if float(state.get("locked_until", 0)) > now:
                return PinCheck(False, False, 0, int(float(state["locked_until"]) - now + 0.999))
            stored = tx.get(PIN_KEY)
            if stored is None:
                ok = hmac.compare_digest(pin, DEFAULT_PIN)
            else:
                try:
                    salt = base64.b64decode(stored["salt"])
                    expected = base64.b64decode(stored["hash"])
                    ok = hmac.compare_digest(_hash(pin, salt, stored["n"], stored["r"], stored["p"]), expected)
                except (KeyError, ValueError, TypeError):
                    ok = False  # a damaged record never opens the menu
            if ok:
                tx.put(STATE_KEY, OPEN)
                return PinCheck(True, stored is None, MAX_ATTEMPTS, 0)
            failures = int(state.get("failures", 0)) + 1
            if failures >= MAX_ATTEMPTS:
                tx.put(STATE_KEY, {"failures": 0, "locked_until": now + LOCK_SECONDS})
                return PinCheck(False, False, 0, LOCK_SECONDS)
            tx.put(STATE_KEY, {"failures": failures, "locked_until": 0})
            return PinCheck(False, False, MAX_ATTEMPTS - failures, 0)

    def change(self, new_pin: str) -> None:
        """Set a new PIN (the caller has just checked the old one)."""
        if not new_pin.isdigit() or not MIN_LENGTH <= len(new_pin) <= MAX_LENGTH:
            raise PinError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")
        if new_pin == DEFAULT_PIN:
            raise PinError("the new PIN must not be the default PIN")
        if len(set(new_pin)) == 1:
            raise PinError("a PIN of one repeated digit is too easy to guess")
        salt = os.urandom(16)
        record = {
            "salt": base64.b64encode(salt).decode("ascii"),
            "hash": base64.b64encode(_hash(new_pin, salt, **SCRYPT)).decode("ascii"),
            # Kept so the pad can show as many places as the PIN has digits (as phones do).
            "length": len(new_pin),
            **SCRYPT,
        }
        with self._settings.transaction() as tx:
            tx.put(PIN_KEY, record)
            tx.put(STATE_KEY, OPEN)
