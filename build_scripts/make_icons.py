#!/usr/bin/env python3
"""Write the kiosk's line icons to resources/icons/.

Every icon's drawing is held once, below, and written twice:

* ``NAME.svg``        stroke #1F2A44 (dark navy, for light backgrounds)
* ``NAME-light.svg``  stroke #FFFFFF (for the dark-blue background)

so the two colour variants can never drift apart.  QML's Image element
does not support ``currentColor``, hence the fixed colours.

Style: 24x24 viewBox, 1.75 stroke, round caps and joins, no fills except
small solid dots/modules (they use the same colour), no text.

Usage::

    python build_scripts/make_icons.py

Standard library only.  Output is deterministic.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = REPO_ROOT / "resources" / "icons"

VARIANTS = {
    "": "#1F2A44",  # NAME.svg
    "-light": "#FFFFFF",  # NAME-light.svg
}
STROKE_WIDTH = "1.75"

# Element markup for each icon.  "{c}" is replaced by the variant colour;
# it is only needed for elements that are filled (dots, QR modules) since
# the stroke colour is set once on the enclosing group.


def _fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _hexagon(cx: float, cy: float, r: float) -> str:
    """Pointy-top hexagon path."""
    pts = []
    for k in range(6):
        a = math.radians(-90 + 60 * k)
        pts.append(f"{_fmt(cx + r * math.cos(a))} {_fmt(cy + r * math.sin(a))}")
    return f'<path d="M{" L".join(pts)} Z"/>'


def _hex_cluster() -> list[str]:
    r, gap = 4.6, 1.3
    dx = math.sqrt(3) * r + gap  # centre distance of neighbours
    dy = dx * math.sqrt(3) / 2
    top = (12.0, 12 - dy / 2)
    return [
        _hexagon(top[0], top[1], r),
        _hexagon(12 - dx / 2, 12 + dy / 2, r),
        _hexagon(12 + dx / 2, 12 + dy / 2, r),
    ]


def _turbine_blade(angle: float) -> str:
    return (
        f'<path d="M12 8.6 C10.9 6.4 11 4 12 2.4 C13.1 4 13.4 6.4 12 8.6 Z" '
        f'transform="rotate({_fmt(angle)} 12 10)"/>'
    )


def _wheat_grains() -> list[str]:
    out = []
    for y in (9.5, 13.5, 17.5):
        out.append(f'<path d="M12 {_fmt(y)} C9.2 {_fmt(y)} 7.6 {_fmt(y - 1.8)} 7.6 {_fmt(y - 4)} '
                   f'C10.4 {_fmt(y - 4)} 12 {_fmt(y - 2.2)} 12 {_fmt(y)}"/>')
        out.append(f'<path d="M12 {_fmt(y)} C14.8 {_fmt(y)} 16.4 {_fmt(y - 1.8)} 16.4 {_fmt(y - 4)} '
                   f'C13.6 {_fmt(y - 4)} 12 {_fmt(y - 2.2)} 12 {_fmt(y)}"/>')
    return out


ICONS: dict[str, list[str]] = {
    # ---- sectors ------------------------------------------------------
    "sector-food": [
        '<path d="M12 21.5 V5.8"/>',
        '<path d="M12 5.8 C10.7 4.7 10.7 3.2 12 2 C13.3 3.2 13.3 4.7 12 5.8 Z"/>',
        *_wheat_grains(),
    ],
    "sector-appliances": [
        '<rect x="5" y="2.5" width="14" height="19" rx="2"/>',
        '<path d="M5 8.5 H19"/>',
        '<path d="M8 4.75 V6.25 M8 11 V14"/>',
        # smart-chip hint on the lower door
        '<rect x="11" y="12" width="5.5" height="5.5" rx="0.75"/>',
        '<path d="M12.5 12 V10.5 M15 12 V10.5 M12.5 17.5 V19 M15 17.5 V19"/>',
    ],
    "sector-steel": [
        # I-beam seen at an angle: front I-section plus its extrusion
        '<path d="M3 9 H12 V12 H8.75 V17.5 H12 V20.5 H3 V17.5 H6.25 V12 H3 Z"/>',
        '<path d="M3 9 L11 3.5 H20 L12 9"/>',
        '<path d="M20 3.5 V6.5 L12 12"/>',
        '<path d="M12 17.5 L20 12 V15 L12 20.5"/>',
        '<path d="M8.75 17.5 L16.75 12 H20"/>',
    ],
    "sector-new-energy": [
        '<path d="M12 11.5 L11.2 21.5 M12 11.5 L12.8 21.5"/>',
        '<path d="M8.5 21.5 H15.5"/>',
        '<circle cx="12" cy="10" r="1.4"/>',
        _turbine_blade(0),
        _turbine_blade(120),
        _turbine_blade(240),
    ],
    # ---- sections -----------------------------------------------------
    "clusters": _hex_cluster(),
    "manufacturers": [
        '<path d="M2.5 21 H21.5"/>',
        '<path d="M3.5 21 V11.5 L8.5 8.5 V11.5 L13.5 8.5 V11.5 H16 V3 H19.5 V21"/>',
        '<path d="M6.5 15 H8.5 M10.5 15 H12.5 M6.5 18 H8.5 M10.5 18 H12.5"/>',
        '<path d="M16 15 V21"/>',
    ],
    "bases": [
        # mast (lattice)
        '<path d="M6.5 21.5 V6 M9.5 21.5 V6"/>',
        '<path d="M6.5 9 L9.5 12 L6.5 15 L9.5 18 L6.5 21"/>',
        # jib, counter-jib and ties
        '<path d="M3 6 H21"/>',
        '<path d="M3 6 L8 2.5 L21 6"/>',
        '<path d="M4 6 V8.5 H7"/>',
        # hook and load
        '<path d="M17 6 V11"/>',
        '<rect x="15" y="11" width="4" height="3.5" rx="0.5"/>',
        '<path d="M3.5 21.5 H12.5"/>',
    ],
    "platforms": [
        '<circle cx="12" cy="12" r="3"/>',
        '<circle cx="5" cy="5" r="2.25"/>',
        '<circle cx="19" cy="5" r="2.25"/>',
        '<circle cx="5" cy="19" r="2.25"/>',
        '<circle cx="19" cy="19" r="2.25"/>',
        '<path d="M9.88 9.88 L6.6 6.6 M14.12 9.88 L17.4 6.6 '
        'M9.88 14.12 L6.6 17.4 M14.12 14.12 L17.4 17.4"/>',
    ],
    "initiatives": [
        '<path d="M5.5 21.5 V3"/>',
        '<path d="M5.5 4 H18.5 L15.5 8 L18.5 12 H5.5"/>',
        '<path d="M3 21.5 H8"/>',
    ],
    "about": [
        '<circle cx="12" cy="12" r="9.25"/>',
        '<path d="M12 11 V16.5"/>',
        '<circle cx="12" cy="7.75" r="1.1" fill="{c}" stroke="none"/>',
    ],
    "sources": [
        '<path d="M14 2.5 H6.5 A2 2 0 0 0 4.5 4.5 V19.5 A2 2 0 0 0 6.5 21.5 '
        'H17.5 A2 2 0 0 0 19.5 19.5 V8 Z"/>',
        '<path d="M14 2.5 V8 H19.5"/>',
        '<path d="M8 12.5 H16 M8 16 H16 M8 9 H10.5"/>',
    ],
    "search": [
        '<circle cx="10.5" cy="10.5" r="6.5"/>',
        '<path d="M15.3 15.3 L20.5 20.5"/>',
    ],
    "language": [
        '<circle cx="12" cy="12" r="9.25"/>',
        '<ellipse cx="12" cy="12" rx="4" ry="9.25"/>',
        '<path d="M2.75 12 H21.25"/>',
        '<path d="M4.2 7.5 H19.8 M4.2 16.5 H19.8"/>',
    ],
    "home": [
        '<path d="M3 11 L12 3.5 L21 11"/>',
        '<path d="M5.5 9.5 V20.5 H18.5 V9.5"/>',
        '<path d="M10 20.5 V14.5 H14 V20.5"/>',
    ],
    "back": [
        '<path d="M19.5 12 H4.5"/>',
        '<path d="M10.5 6 L4.5 12 L10.5 18"/>',
    ],
    "close": [
        '<path d="M6 6 L18 18 M18 6 L6 18"/>',
    ],
    "touch": [
        # hand with raised index finger
        '<path d="M10 15.5 V6.25 A1.5 1.5 0 0 1 13 6.25 '
        'V11.25 A1.5 1.5 0 0 1 16 11.25 V12.5 '
        'A1.5 1.5 0 0 1 19 12.5 V16 C19 19.5 17.2 21.5 14.2 21.5 H13.2 '
        'C11.4 21.5 10.3 20.8 9.3 19.6 L6.1 15.6 '
        'A1.4 1.4 0 0 1 8.2 13.7 L10 15.5"/>',
        '<path d="M13 11.25 V14 M16 12.5 V14.5"/>',
        # tap ripple around the fingertip
        '<path d="M8 5.3 A3.7 3.7 0 0 1 15 5.3"/>',
        '<path d="M5.6 4.7 A6.2 6.2 0 0 1 17.4 4.7"/>',
    ],
    "qr": [
        '<rect x="3" y="3" width="7" height="7" rx="1"/>',
        '<rect x="14" y="3" width="7" height="7" rx="1"/>',
        '<rect x="3" y="14" width="7" height="7" rx="1"/>',
        '<rect x="5.5" y="5.5" width="2" height="2" fill="{c}" stroke="none"/>',
        '<rect x="16.5" y="5.5" width="2" height="2" fill="{c}" stroke="none"/>',
        '<rect x="5.5" y="16.5" width="2" height="2" fill="{c}" stroke="none"/>',
        '<rect x="13.5" y="13.5" width="2.5" height="2.5" rx="0.4" fill="{c}" stroke="none"/>',
        '<rect x="18.5" y="13.5" width="2.5" height="2.5" rx="0.4" fill="{c}" stroke="none"/>',
        '<rect x="16" y="16" width="2.5" height="2.5" rx="0.4" fill="{c}" stroke="none"/>',
        '<rect x="13.5" y="18.5" width="2.5" height="2.5" rx="0.4" fill="{c}" stroke="none"/>',
        '<rect x="18.5" y="18.5" width="2.5" height="2.5" rx="0.4" fill="{c}" stroke="none"/>',
    ],
    "image": [
        '<rect x="3" y="4.5" width="18" height="15" rx="2"/>',
        '<circle cx="8.5" cy="9.5" r="1.75"/>',
        '<path d="M3.5 17.5 L9 12 L13.5 16.5 L16 14 L20.5 18.5"/>',
    ],
    "statement": [
        # opening quotation marks: solid heads (too small to read as
        # outlines) with curved line tails
        '<circle cx="7" cy="15.5" r="2.75" fill="{c}"/>',
        '<path d="M4.25 15.5 C4.25 11 6 8 9.5 6.5"/>',
        '<circle cx="16.5" cy="15.5" r="2.75" fill="{c}"/>',
        '<path d="M13.75 15.5 C13.75 11 15.5 8 19 6.5"/>',
    ],
    "industries": [
        '<path d="M3 3 V21 H21"/>',
        '<rect x="6.5" y="14" width="3" height="4" rx="0.5"/>',
        '<rect x="11.5" y="10.5" width="3" height="7.5" rx="0.5"/>',
        '<rect x="16.5" y="6.5" width="3" height="11.5" rx="0.5"/>',
    ],
    "figures": [
        '<path d="M10.5 4.5 A8 8 0 1 0 18.5 12.5 H10.5 Z"/>',
        '<path d="M13.5 2.5 A7 7 0 0 1 20.5 9.5 H13.5 Z"/>',
    ],
    "access": [
        # the international symbol of accessibility (the United Nations'
        # figure): a person with open arms inside a circle
        '<circle cx="12" cy="12" r="9.25"/>',
        '<circle cx="12" cy="6.6" r="1.45" fill="{c}" stroke="none"/>',
        '<path d="M6.75 9.4 H17.25"/>',
        '<path d="M12 9.4 V14.2 L9.4 18.8 M12 14.2 L14.6 18.8"/>',
    ],
    "volume-down": [
        '<path d="M3.5 9.5 H7 L12 5 V19 L7 14.5 H3.5 Z"/>',
        '<path d="M15.5 12 H20.5"/>',
    ],
    "volume-up": [
        '<path d="M3.5 9.5 H7 L12 5 V19 L7 14.5 H3.5 Z"/>',
        '<path d="M15.5 12 H20.5 M18 9.5 V14.5"/>',
    ],
    # ---- on-screen keyboard ---------------------------------------------
    "key-shift": [
        '<path d="M12 3.5 L3.5 12 H8 V20 H16 V12 H20.5 Z"/>',
    ],
    "key-capslock": [
        # the shift arrow, shorter, over a bar: stays on until tapped again
        '<path d="M12 2.5 L3.5 10.5 H8 V16 H16 V10.5 H20.5 Z"/>',
        '<path d="M8 20.5 H16"/>',
    ],
    "key-backspace": [
        '<path d="M9 5 H19.5 A2 2 0 0 1 21.5 7 V17 A2 2 0 0 1 19.5 19 H9 L2.5 12 Z"/>',
        '<path d="M12 9 L17 15 M17 9 L12 15"/>',
    ],
    "key-enter": [
        '<path d="M20 4.5 V11 A2.5 2.5 0 0 1 17.5 13.5 H4.5"/>',
        '<path d="M9 9 L4.5 13.5 L9 18"/>',
    ],
    "key-hide": [
        '<rect x="2.5" y="3" width="19" height="12.5" rx="2"/>',
        '<path d="M6 7 H6.5 M9.25 7 H9.75 M12.5 7 H13 M15.75 7 H16.25 M6 10.25 H6.5 M17.5 10.25 H18"/>',
        '<path d="M9 12.25 H15"/>',
        '<path d="M9 18.5 L12 21.25 L15 18.5"/>',
    ],
    "key-handwriting": [
        '<path d="M15.5 4 L20 8.5 L9.5 19 L4 20 L5 14.5 Z"/>',
        '<path d="M13.5 6 L18 10.5"/>',
    ],
}


def render(name: str, colour: str) -> str:
    body = "\n".join(f"    {el}" for el in ICONS[name])
    body = body.replace("{c}", colour)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">\n'
        f'  <g fill="none" stroke="{colour}" stroke-width="{STROKE_WIDTH}" '
        'stroke-linecap="round" stroke-linejoin="round">\n'
        f"{body}\n"
        "  </g>\n"
        "</svg>\n"
    )


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written = 0
    for name in sorted(ICONS):
        for suffix, colour in VARIANTS.items():
            path = OUT_DIR / f"{name}{suffix}.svg"
            path.write_text(render(name, colour), encoding="utf-8", newline="\n")
            written += 1
    print(f"wrote {written} SVG files ({len(ICONS)} icons x {len(VARIANTS)} colours) "
          f"to {OUT_DIR.relative_to(REPO_ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
