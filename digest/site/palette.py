"""The colours of the maps and charts, in one place so that a test can measure their contrast.

WCAG 2.2 AA: text needs 4.5:1 against what it is drawn on (1.4.3), and a shape a reader must
see to understand a picture 3:1 (1.4.11). Shades never carry meaning alone: every picture has a
key, a title per shape and a table of its numbers beside it.
"""

from __future__ import annotations

PAPER = "#ffffff"  # the page's background (--paper in theme/static/css/site.css)
INK = "#1c2430"  # text (--ink)
MUTED = "#5a6472"  # secondary text: axes' labels (--muted)
# Map shades by level (digest.site.vietnam_map.SHADES): level 0 (no story) is hatched on a map
# of Vietnam and a pale land colour on the world map; levels 1-4 darken with the count.
SHADES = ("#ffffff", "#3d85c6", "#2171b5", "#08519c", "#08306b")
HATCH = "#767676"  # the hatching of a unit without stories
LAND = "#e4e8ee"  # a country without stories on the world map
SEA = "#f5f8fb"  # behind the world map: frames the part of the world a page shows
BORDER = "#404040"  # borders of the units drawn
FORMER_BORDER = "#595959"  # dashed: the borders of the former provinces
HOME = "#a4161a"  # Vietnam on the world map (--accent)
BAR = "#2171b5"  # bars and lines of the charts
GRID = "#8c8c8c"  # axis and grid lines of the charts


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
