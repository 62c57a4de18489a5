"""Describe the Python QML module ``Kiosk.Bridge`` for ``qmllint``.

qmllint reads type information from ``.qmltypes`` files; types registered
from Python have none, so every use of ``App``, ``Content`` or the models
would be reported as unknown.  This writes ``Kiosk/Bridge/qmldir`` and
``bridge.qmltypes`` from the live meta-objects into a folder used only by
the linter (never on the kiosk's own import path, where it would shadow the
real module).

``python -m kiosk.ui.qmltypes OUT_DIR``
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QMetaObject

from kiosk.ui import staff_menu
from kiosk.ui.bridge import art_images, models, singletons

# (class, QML name, singleton?, creatable?)
TYPES = [
    (singletons.App, "App", True, False),
    (singletons.Content, "Content", True, False),
    (singletons.Idle, "Idle", True, False),
    (singletons.Access, "Access", True, False),
    (art_images.Art, "Art", True, False),
    (staff_menu.Staff, "Staff", True, False),
    (models.RecordListModel, "RecordListModel", False, False),
    (models.SearchModel, "SearchModel", False, False),
]


def _type(name: str) -> str:
    return {"QString": "QString", "int": "int", "bool": "bool", "double": "double", "float": "double"}.get(name, name)


def describe(meta: QMetaObject, qml_name: str, singleton: bool, creatable: bool, prototype: str) -> str:
    """One ``Component`` block for *meta*, with only the members it adds."""
    lines = [
        "    Component {",
        f'        name: "{meta.className()}"',
        '        accessSemantics: "reference"',
        f'        prototype: "{prototype}"',
        f'        exports: ["Kiosk.Bridge/{qml_name} 1.0"]',
        f"        isCreatable: {'true' if creatable else 'false'}",
        f"        isSingleton: {'true' if singleton else 'false'}",
        "        exportMetaObjectRevisions: [256]",
    ]
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(i)
        attrs = [f'name: "{prop.name()}"', f'type: "{_type(prop.typeName())}"', f'read: "{prop.name()}"']
        if prop.hasNotifySignal():
            attrs.append(f'notify: "{bytes(prop.notifySignal().name()).decode()}"')
        if not prop.isWritable():
            attrs.append("isReadonly: true")
        lines.append("        Property { " + "; ".join(attrs) + " }")
    for i in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(i)
        kind = "Signal" if method.methodType() == QMetaMethod.MethodType.Signal else "Method"
        if method.methodType() not in (QMetaMethod.MethodType.Signal, QMetaMethod.MethodType.Slot):
            continue
        name = bytes(method.name()).decode()
        returns = method.typeName()
        header = f'name: "{name}"' + (f'; type: "{_type(returns)}"' if returns and returns != "void" else "")
        params = [
            f'Parameter {{ name: "{bytes(n).decode() or f"arg{k}"}"; type: "{_type(bytes(t).decode())}" }}'
            for k, (n, t) in enumerate(zip(method.parameterNames(), method.parameterTypes()))
        ]
        if params:
            lines.append(f"        {kind} {{")
            lines.append(f"            {header}")
            lines.extend(f"            {p}" for p in params)
            lines.append("        }")
        else:
            lines.append(f"        {kind} {{ {header} }}")
    lines.append("    }")
    return "\n".join(lines)


def write(out_dir: Path) -> Path:
    """Write ``OUT/Kiosk/Bridge/{qmldir,bridge.qmltypes}``; returns the module folder."""
    folder = Path(out_dir) / "Kiosk" / "Bridge"
    folder.mkdir(parents=True, exist_ok=True)
    blocks = []
    for cls, qml_name, singleton, creatable in TYPES:
        meta = cls.staticMetaObject
        # Describe the whole Python chain as one component: its first Qt base is the prototype.
        chain = []
        m = meta
        while m is not None and m.className() not in ("QObject", "QAbstractListModel", "QAbstractItemModel"):
            chain.append(m)
            m = m.superClass()
        prototype = m.className() if m is not None else "QObject"
        merged = _merge(chain)
        blocks.append(describe(merged, qml_name, singleton, creatable, prototype) if merged else "")
    text = "import QtQuick.tooling 1.2\n\nModule {\n" + "\n".join(blocks) + "\n}\n"
    (folder / "bridge.qmltypes").write_text(text, encoding="utf-8")
    (folder / "qmldir").write_text("module Kiosk.Bridge\ntypeinfo bridge.qmltypes\nimport QtQuick\n", encoding="utf-8")
    return folder


class _Merged:
    """A meta-object view over several levels of a Python class chain."""

    def __init__(self, chain: list[QMetaObject]):
        self._chain = chain
        self._props = [c.property(i) for c in reversed(chain) for i in range(c.propertyOffset(), c.propertyCount())]
        self._methods = [c.method(i) for c in reversed(chain) for i in range(c.methodOffset(), c.methodCount())]

    def className(self) -> str:  # noqa: N802 - mirrors QMetaObject
        return self._chain[0].className()

    def propertyOffset(self) -> int:  # noqa: N802
        return 0

    def propertyCount(self) -> int:  # noqa: N802
        return len(self._props)

    def property(self, i: int):
        return self._props[i]

    def methodOffset(self) -> int:  # noqa: N802
        return 0

    def methodCount(self) -> int:  # noqa: N802
        return len(self._methods)

    def method(self, i: int):
        return self._methods[i]


def _merge(chain: list[QMetaObject]) -> _Merged | None:
    return _Merged(chain) if chain else None


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "build/qmltypes")))
