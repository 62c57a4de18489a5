"""Find the project's QObjects that PySide gave a meta-object of their own.

Connecting a signal to a plain Python method of a QObject (one not marked
``@Slot``) makes PySide add that method to the *object's* meta-object as a
dynamic slot: the object gets a new ``QMetaObject`` of its own, made for it
and freed with it.  QML keeps what it learned about a class (its property
cache) by the address of the meta-object, and does not forget it when a
meta-object is freed: a later object whose own meta-object is made at the
same address is then read with another class's properties.  A list page
found no ``kind``, ``level``, ``sector`` or ``trim()`` on its model that way
(a search model's meta-object had been at that address).  A Python wrapper
of a freed meta-object is the likely source of another fault seen in the
tests: ``contextForObject`` once returned a ``QMetaObject`` wrapper.

So every method of the project's QObjects that is connected to a signal is
marked ``@Slot``; ``own_meta_objects()`` lists any object that still has a
dynamic slot, and the tests fail on one.
"""

from __future__ import annotations

import gc
import inspect

import shiboken6
from PySide6.QtCore import QObject


def _qt_base_method_count(cls: type) -> int:
    """Methods of the nearest Qt class *cls* derives from (its own start after them)."""
    for base in cls.__mro__:
        if base.__module__.startswith("PySide6."):
            return base.staticMetaObject.methodCount()
    return 0


def dynamic_slots(obj: QObject) -> list[str]:
    """The methods PySide added to *obj*'s meta-object because a signal was
    connected to a plain Python method: names that are, in *obj*'s class,
    functions without ``@Slot``."""
    meta = obj.metaObject()
    found = []
    for index in range(_qt_base_method_count(type(obj)), meta.methodCount()):
        signature = meta.method(index).methodSignature().data().decode()
        attribute = inspect.getattr_static(type(obj), signature.split("(", 1)[0], None)
        if inspect.isfunction(attribute) and not hasattr(attribute, "_slots"):
            found.append(signature)
    return found


def own_meta_objects(prefix: str = "kiosk.") -> list[str]:
    """Each class from a module under *prefix* with a live QObject that has
    dynamic slots, as "module.Class: the dynamic slots"."""
    found: set[str] = set()
    for obj in gc.get_objects():
        if not isinstance(obj, QObject) or not type(obj).__module__.startswith(prefix):
            continue
        if not shiboken6.isValid(obj):
            continue
        extra = dynamic_slots(obj)
        if extra:
            found.add(f"{type(obj).__module__}.{type(obj).__qualname__}: {', '.join(extra)}")
    return sorted(found)
