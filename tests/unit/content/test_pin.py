"""The staff PIN: hashed, changed at first use, locked after five wrong tries."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.content.change.pin import DEFAULT_PIN, LOCK_SECONDS, PinError, PinStore
from kiosk.db.models import Setting


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def pins(db):
    clock = Clock()
    return PinStore(db.engine, clock), clock


def test_the_default_pin_opens_once_and_must_be_changed(pins):
    store, _ = pins
    result = store.check(DEFAULT_PIN)
    assert result.ok and result.must_change
    store.change("482913")
    assert not store.check(DEFAULT_PIN).ok
    result = store.check("482913")
    assert result.ok and not result.must_change


def test_the_pin_is_stored_only_as_a_salted_scrypt_hash(pins, db):
    store, _ = pins
    store.change("482913")
    with db.sessions() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
    assert "482913" not in " ".join(stored.values())
    assert '"n": 16384' in stored["staff.pin"] and '"salt"' in stored["staff.pin"]
    other = PinStore(db.engine)
    other.change("482913")  # same PIN again: a new salt, so a different hash
    with db.sessions() as session:
        assert session.get(Setting, "staff.pin").value != stored["staff.pin"]


def test_five_wrong_pins_lock_the_pad_for_five_minutes(pins):
    store, clock = pins
    store.change("482913")
    lefts = [store.check("111111").attempts_left for _ in range(4)]
    assert lefts == [4, 3, 2, 1]
    fifth = store.check("111111")
    assert not fifth.ok and fifth.locked_for == LOCK_SECONDS
    # Even the right PIN is refused while locked.
    assert not store.check("482913").ok
    clock.now += LOCK_SECONDS - 1
    assert store.locked_for() == 1 and not store.check("482913").ok
    clock.now += 2
    assert store.locked_for() == 0
    assert store.check("482913").ok


def test_the_lock_survives_a_restart(pins, db):
    store, clock = pins
    for _ in range(5):
        store.check("999999")
    restarted = PinStore(db.engine, clock)
    assert restarted.locked_for() == LOCK_SECONDS
    assert not restarted.check(DEFAULT_PIN).ok


def test_a_right_pin_resets_the_count(pins):
    store, _ = pins
    store.change("482913")
    store.check("1")
    store.check("2")
    assert store.check("482913").ok
    assert store.check("3").attempts_left == 4


@pytest.mark.parametrize("bad, why", [("12", "4 to 8 digits"), ("123456789", "4 to 8 digits"), ("12a4", "4 to 8 digits"),
                                      (DEFAULT_PIN, "default"), ("7777", "repeated")])
def test_weak_or_malformed_new_pins_are_refused(pins, bad, why):
    store, _ = pins
    with pytest.raises(PinError, match=why):
        store.change(bad)
    assert store.is_default()


def test_the_pad_knows_how_many_digits_the_pin_has(pins, db):
    store, _clock = pins
    assert store.length() == len(DEFAULT_PIN) == 6  # the first PIN
    store.change("4829")
    assert store.length() == 4
    store.change("48291375")
    assert store.length() == 8
    assert PinStore(db.engine).length() == 8  # after a restart too
