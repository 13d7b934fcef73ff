"""People's roles in the interface language, from the English role the drafting composed.

Drafted roles are built from vocabularies/roles.yaml as "<title> of the <organ>" ("Director of
the Department of Foreign Affairs", "Chairman of the Commune People's Committee"). Reading them
back with the same registry gives the Vietnamese ("Giám đốc Sở Ngoại vụ"). A role an editor
wrote freely, which the registry cannot read, is shown as written, marked as English.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from digest.registries import Registries

_ACTING = "Acting "
_SEPARATOR = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


@functools.cache
def _vocabulary(registries: Registries) -> dict[str, Any]:
    data = registries.vocabularies.roles
    titles: dict[str, str] = {}
    for title in data["titles"]:
        for english in filter(None, (title["en"], title.get("en_female"))):
            titles.setdefault(english.casefold(), title["vi"])
    organs: dict[str, str] = {}
    levels = {level["en"].casefold(): level for level in data["levels"]}
    for organ in data["organs"]:
        organs[_key(organ["en"])] = organ["vi"]
        if organ.get("leveled"):
            for level_en, level in levels.items():
                vi = (organ.get("vi_levels") or {}).get(level["id"], f"{organ['vi']} {level['vi']}")
                organs[_key(f"{level_en} {organ['en']}")] = vi
    places = {r["en"].casefold(): r["vi"] for r in data["residences"]}
    return {"titles": titles, "organs": organs, "places": places}


def _key(text: str) -> str:
    return _SEPARATOR.sub(" of ", text.strip()).casefold()


def _organ_chain(text: str, organs: dict[str, str]) -> str | None:
    """ "Management Board of the Economic Zone" → "Ban Quản lý Khu kinh tế": the longest
    registered organ first, then what it belongs to."""
    parts = _SEPARATOR.split(text.strip())
    out: list[str] = []
    while parts:
        for size in range(len(parts), 0, -1):
            vi = organs.get(" of ".join(parts[:size]).casefold())
            if vi is not None:
                out.append(vi)
                parts = parts[size:]
                break
        else:
            return None
    return " ".join(out)


def _place(text: str, places: dict[str, str]) -> str | None:
    """ "Huoi Bao village" → "thôn Huoi Bao"."""
    name, _, kind = text.strip().rpartition(" ")
    vi = places.get(kind.casefold())
    return f"{vi} {name}" if vi and name else None


def translate_role(role: str, lang: str, registries: Registries) -> str | None:
    """``role`` in ``lang``, or None when the roles vocabulary cannot read it (shown as
    written)."""
    if lang == "en" or not role:
        return role
    if lang != "vi":
        return None
    if role.startswith(_ACTING):  # the drafting marks an acting title: Quyền Chủ tịch
        held = translate_role(role.removeprefix(_ACTING), lang, registries)
        return f"Quyền {held}" if held else None
    vocabulary = _vocabulary(registries)
    pieces = _SEPARATOR.split(role.strip(), maxsplit=1)
    title = vocabulary["titles"].get(pieces[0].casefold())
    if title is None:
        return None
    if len(pieces) == 1:
        return title
    rest = _organ_chain(pieces[1], vocabulary["organs"]) or _place(pieces[1], vocabulary["places"])
    return f"{title} {rest}" if rest else None
