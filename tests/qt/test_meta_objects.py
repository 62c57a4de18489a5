"""No QObject of the kiosk gets a meta-object of its own (kiosk/gui/meta_objects.py).

A signal connected to a plain Python method gives the receiving object a
meta-object made for it alone and freed with it; QML then read a later
object made at that address with another class's properties (a list page's
model had no ``kind`` or ``trim()``).  Every connected method is a ``@Slot``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.gui.meta_objects import dynamic_slots, own_meta_objects


class Sender(QObject):
    ping = Signal()
    number = Signal(int)


class PlainReceiver(QObject):
    def on_ping(self) -> None:
        pass


class SlotReceiver(QObject):
    @Slot()
    def on_ping(self) -> None:
        pass

    @Slot(int)
    def on_number(self, value: int) -> None:
        pass


def test_a_plain_method_connected_to_a_signal_is_reported(qapp):
    sender, receiver = Sender(), PlainReceiver()
    assert dynamic_slots(receiver) == []
    sender.ping.connect(receiver.on_ping)
    assert dynamic_slots(receiver) == ["on_ping()"]
    assert own_meta_objects(prefix=__name__) == [f"{__name__}.PlainReceiver: on_ping()"]


def test_a_slot_connected_to_a_signal_is_not(qapp):
    sender, receiver = Sender(), SlotReceiver()
    sender.ping.connect(receiver.on_ping)
    sender.number.connect(receiver.on_number)
    assert dynamic_slots(receiver) == []
    assert own_meta_objects(prefix=__name__) == []


def test_the_kiosks_objects_keep_their_classes_meta_objects(kiosk):
    drive = kiosk(language="en")
    drive.tap("tile-manufacturer")
    drive.tap("card-haier-group")
    drive.go("openSearch")
    drive.type_text("steel")
    drive.tap("lang-ru")
    drive.settle()
    drive.go("goHome")
    assert own_meta_objects() == []
