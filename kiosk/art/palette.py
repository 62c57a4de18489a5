"""The illustrations' colours, in one place, matching the QML theme.

Every scene paints with a handful of *roles* (sky, ground, the sector's
ink and its lighter tints, navy, white and a touch of the accent), never
with a literal colour: :func:`tones` turns a palette, a sector and a
colour scheme into those roles.  A different :class:`Palette` (say, a
high-contrast one) can be passed to ``compose`` without touching a scene.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ramp:
    """Five tones of one sector colour, from its ink to its page tint."""

    ink: str  # the sector colour of Theme.qml (sectorColor)
    mid: str
    soft: str
    light: str
    pale: str  # the sector tint of Theme.qml (sectorTint)


# The four sectors of the content, plus "" for records without a sector
# (the theme's navy identity).  Ink and pale are Theme.qml's own values.
THEME_RAMPS: dict[str, Ramp] = {
    "food": Ramp("#7A5A00", "#C28F1C", "#E8C25E", "#F4DFA0", "#FBF1D6"),
    "appliances": Ramp("#00695C", "#2A9D8C", "#8DD1C5", "#BDE6DE", "#DDF2EE"),
    "steel": Ramp("#3B4A5A", "#697D93", "#A5B4C5", "#C9D3DE", "#E4EAF0"),
    "new_energy": Ramp("#2E6B1F", "#5B9B3E", "#A3D08C", "#C7E5B7", "#E2F2DC"),
    "": Ramp("#0B3D91", "#3E6EC2", "#9AB4E2", "#C3D2EE", "#E3EAF6"),
}


@dataclass(frozen=True)
class Palette:
    """Identity colours shared by every scene, and the ramp of each sector."""

    navy: str = "#0B3D91"  # Theme.primary
    navy_dark: str = "#072B66"  # Theme.primaryDark
    white: str = "#FFFFFF"
    accent: str = "#B45309"  # Theme.accent, used sparingly (a chilli, a lamp)
    accent_light: str = "#E58A3A"
    red: str = "#A8321E"  # chillies only
    ramps: dict[str, Ramp] = field(default_factory=lambda: dict(THEME_RAMPS))

    def ramp(self, sector: str | None) -> Ramp:
        """The ramp of *sector*, or the navy one for none or an unknown one."""
        return self.ramps.get(sector or "", self.ramps[""])

    def colours(self) -> set[str]:
        """Every colour a scene drawn with this palette may use."""
        out = {self.navy, self.navy_dark, self.white, self.accent, self.accent_light, self.red}
        for ramp in self.ramps.values():
            out.update((ramp.ink, ramp.mid, ramp.soft, ramp.light, ramp.pale))
        return out


THEME = Palette()

# A darker, plainer set for a high-contrast mode: deeper inks, whiter tints.
HIGH_CONTRAST = Palette(
    navy="#06245A",
    navy_dark="#021433",
    accent="#8A3F06",
    accent_light="#B45309",
    red="#8A2415",
    ramps={
        "food": Ramp("#4F3A00", "#8C6600", "#D9A400", "#F2DC96", "#FFF8E6"),
        "appliances": Ramp("#00443C", "#00796B", "#5FBFAE", "#B3E3DA", "#F0FAF8"),
        "steel": Ramp("#1F2A36", "#4A5A6B", "#8797A8", "#C3CDD8", "#F4F6F9"),
        "new_energy": Ramp("#1B4512", "#3F7D26", "#86C06A", "#C1E3AF", "#F2FAEE"),
        "": Ramp("#06245A", "#2A58A8", "#86A5DB", "#C3D2EE", "#F2F5FB"),
    },
)


@dataclass(frozen=True)
class Tones:
    """The roles a scene paints with, resolved for one sector and scheme."""

    sky: str  # the background field
    pattern: str  # the background motif, one step from the sky
    disc: str  # the big poster disc behind the subject
    far: str  # distant silhouettes
    ground: str
    ground2: str  # floor markings, the edge of the ground
    ink: str
    mid: str
    soft: str
    light: str
    pale: str
    navy: str
    navy_dark: str
    white: str
    pop: str  # the accent
    pop2: str  # the light accent
    red: str  # a chilli's red


# Which tint dominates: each scheme assigns the environment roles
# (sky, pattern, disc, far, ground, ground2) from the ramp's names.
SCHEMES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("pale", "light", "white", "light", "soft", "light"),
    ("light", "pale", "pale", "soft", "mid", "soft"),
    ("pale", "white", "light", "soft", "light", "white"),
)


def tones(palette: Palette, sector: str | None, scheme: int = 0) -> Tones:
    """Roles for *sector* under colour scheme number *scheme*."""
    ramp = palette.ramp(sector)
    named = {
        "ink": ramp.ink, "mid": ramp.mid, "soft": ramp.soft,
        "light": ramp.light, "pale": ramp.pale, "white": palette.white,
    }
    env = [named[name] for name in SCHEMES[scheme % len(SCHEMES)]]
    return Tones(
        *env,
        ink=ramp.ink, mid=ramp.mid, soft=ramp.soft, light=ramp.light, pale=ramp.pale,
        navy=palette.navy, navy_dark=palette.navy_dark, white=palette.white,
        pop=palette.accent, pop2=palette.accent_light, red=palette.red,
    )
