"""The JSON Schema of an entry's front matter, generated from the validator's own definitions.

Field names, which are required, their help and examples come from ``digest.schema.FIELDS``; the
slug pattern, statuses, figure and person keys and the registries' ids (provinces, partners,
topics, measures, units) from the code and data the validator checks against, so that a record
the schema accepts is one ``validate`` accepts, except for the checks that relate fields (a
former province and its current unit, the province in ``provinces``).
"""

from __future__ import annotations

from typing import Any

from digest.registries import INTERFACE_LANGUAGES, Registries
from digest.schema import (
    EARLIEST_SINCE,
    FIELDS,
    FIGURE_KEYS,
    FIGURE_PER,
    PERSON_KEYS,
    SLUG,
    STATUSES,
    currency_codes,
)

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_TEXT = {"type": "string", "minLength": 1}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _ids(ids: Any) -> dict[str, Any]:
    return {"type": "string", "enum": sorted(ids)}


def _field_types(registries: Registries) -> dict[str, dict[str, Any]]:
    slug = {"type": "string", "pattern": SLUG.pattern}
    current = _ids(p.id for p in registries.current_provinces())
    units = sorted(set(registries.units) | currency_codes())
    figure = {
        "type": "object",
        "required": list(FIGURE_KEYS),
        "additionalProperties": False,
        "properties": {
            "value": {"type": "number"},
            "unit": {"type": "string", "enum": units},
            "what": _ids(registries.measures),
            "approx": {"type": "boolean"},
            "per": _nullable({"type": "string", "enum": list(FIGURE_PER)}),
            "since": _nullable({"type": "integer", "minimum": EARLIEST_SINCE}),
        },
    }
    role_written = {
        "type": "object",
        "required": ["en"],
        "additionalProperties": False,
        "properties": {lang: _TEXT for lang in INTERFACE_LANGUAGES},
    }
    person = {
        "type": "object",
        "required": list(PERSON_KEYS),
        "additionalProperties": False,
        "properties": {
            **{key: _TEXT for key in PERSON_KEYS},
            "role": {"anyOf": [_TEXT, role_written]},
        },
    }
    localized = _nullable({
        "type": "object",
        "additionalProperties": False,
        "properties": {lang: _TEXT for lang in INTERFACE_LANGUAGES},
    })  # fmt: skip
    return {
        "slug": slug,
        "lang": {"type": "string", "pattern": "^[a-z]{2}$"},
        "title": _TEXT,
        "date": _nullable(_DATE),
        "added": _DATE,
        "outlet": _nullable(_TEXT),
        "source_url": _nullable({"type": "string", "format": "uri", "pattern": "^https?://"}),
        "seed": _TEXT,
        "story_id": slug,
        "province": current,
        "province_as_written": _ids(registries.provinces),
        "provinces": {"type": "array", "items": current, "minItems": 1, "uniqueItems": True},
        "partners": {"type": "array", "items": _ids(registries.partners), "uniqueItems": True},
        "figures": {"type": "array", "items": figure},
        "people": {"type": "array", "items": person},
        "topics": {"type": "array", "items": _ids(registries.topics), "uniqueItems": True},
        "status": {"type": "string", "enum": list(STATUSES)},
        "headline": localized,
        "summary": localized,
        "needs_review": {
            "type": "array",
            "items": {"type": "string", "enum": [spec.name for spec in FIELDS]},
        },
    }


def json_schema(registries: Registries) -> dict[str, Any]:
    types = _field_types(registries)
    missing = [spec.name for spec in FIELDS if spec.name not in types]
    if missing:  # a field added to FIELDS must get its type here too
        raise KeyError(f"no JSON Schema type for field(s) {', '.join(missing)}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Provincial Diplomacy Digest entry (front matter)",
        "type": "object",
        "additionalProperties": False,
        "required": [spec.name for spec in FIELDS if spec.required],
        "properties": {
            spec.name: {**types[spec.name], "description": spec.help, "examples": [spec.example]}
            for spec in FIELDS
        },
    }
