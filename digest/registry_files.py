"""Every registry file, its shape, and the one function that reads one.

Nothing else in the package opens a file of ``registries/`` or ``vocabularies/``
(tests/test_registry_files.py checks it): ``digest.registries.load_registries`` reads each file
here once, checks it against its shape, and hands typed records and checked sections on to
drafting, checks and the site.

Two folders, for two kinds of reader:

* ``registries/``: what entries refer to by id, edited by editors in pull requests (provinces,
  partners, topics, measures and units, outlets, extra country names);
* ``vocabularies/``: the words drafting reads articles with (number words and scales, the
  grammar of people's roles, how each language lays out an article), which only change with
  the extraction code.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.errors import InputError, Problem
from digest.registry_shapes import (
    WORDS_BY_LANGUAGE,
    Anything,
    ByKey,
    Count,
    Fields,
    Flag,
    Records,
    Shape,
    Text,
    Words,
)
from digest.untrusted import (
    MAX_YAML_DEPTH,
    MERGE_TAG,
    YamlRefused,
    compose_scanned,
    refuse_in_tree,
    regular_file,
    yaml_problem,
)
from digest.yamlhints import shorten

# Fields the editor registries' record checker owns (digest.registries): here only their names.
_CHECKED = Anything()


def _checked(*names: str, **shapes: Shape) -> Records:
    """Records whose ``names`` the record checker checks and whose ``shapes`` are checked here."""
    return Records(Fields(optional={**dict.fromkeys(names, _CHECKED), **shapes}))


@dataclass(frozen=True)
class RegistryFile:
    """One file: its folder ("registries" or "vocabularies"), its name and its shape."""

    folder: str
    name: str
    shape: Fields


@dataclass(frozen=True)
class Document:
    """One registry file as read: its parsed data, checked against its shape, and its text
    (kept to find the line of a problem a later check reports)."""

    path: Path
    data: dict[str, Any]
    text: str

    def error(self, problems: list[Problem]) -> InputError:
        return InputError(with_lines(problems, self.text))


PROVINCES = RegistryFile(
    "registries",
    "provinces.yaml",
    Fields(
        required={"units": _checked("id", "name_vi", "name_en", "type", "merged_into", "aliases")},
        optional={"family_names": WORDS_BY_LANGUAGE, "place_words": WORDS_BY_LANGUAGE},
    ),
)
PARTNERS = RegistryFile(
    "registries",
    "partners.yaml",
    Fields(
        required={
            "partners": _checked("id", "kind", "country", "name_en", "name_vi", "within", "aliases")
        }
    ),
)
COUNTRIES = RegistryFile(
    "registries",
    "countries.yaml",
    Fields(
        required={"countries": ByKey(WORDS_BY_LANGUAGE)},
        optional={"geography_words": WORDS_BY_LANGUAGE},
    ),
)
TOPICS = RegistryFile(
    "registries",
    "topics.yaml",
    Fields(required={"topics": _checked("id", "en", "vi", keywords=WORDS_BY_LANGUAGE)}),
)
MEASURES = RegistryFile(
    "registries",
    "measures.yaml",
    Fields(
        required={
            "units": _checked("id", "en", "vi", money_context=Flag(), words=WORDS_BY_LANGUAGE),
            "measures": _checked(
                "id",
                "en",
                "vi",
                unit=Text(),
                members=Text(),
                refines=Text(),
                money=Flag(),
                keywords=WORDS_BY_LANGUAGE,
            ),
        }
    ),
)
OUTLETS = RegistryFile("registries", "outlets.yaml", Fields(required={"outlets": ByKey(Text())}))
# Written by `invoke registries-generate` (tools/subdivisions.py), never by editors; JSON, which
# reads ten times faster than YAML at its size. Records: digest.generated_partners.
GENERATED_PARTNERS = RegistryFile(
    "registries",
    "generated/subdivisions.json",
    Fields(
        required={
            "about": Text(),
            "partners": Records(
                Fields(
                    optional={
                        name: _CHECKED
                        for name in (
                            "id",
                            "iso_3166_2",
                            "kind",
                            "country",
                            "name_en",
                            "name_vi",
                            "aliases",
                            "within",
                            "matches_bare_name",
                        )
                    }
                )
            ),
        }
    ),
)

_NUMBER_BY_WORD = ByKey(ByKey(Count()))
_SIDES = Fields(optional={"before": Words(), "after": Words()})
NUMBERS = RegistryFile(
    "vocabularies",
    "numbers.yaml",
    Fields(
        required={
            "languages": ByKey(
                Fields(
                    optional={
                        **dict.fromkeys(
                            ("light_fold", "unspaced", "loose_left", "clitics", "stems"), Flag()
                        ),
                        "space_groups": Flag(),
                        "dot_ordinals": Flag(),
                        "approx_gap": Count(),
                        "year_max": Count(),
                    }
                )
            ),
            "currencies": ByKey(WORDS_BY_LANGUAGE),
            "scales": _NUMBER_BY_WORD,
            "approx": Fields(required={"before": WORDS_BY_LANGUAGE, "after": WORDS_BY_LANGUAGE}),
            "ranges": WORDS_BY_LANGUAGE,
            "year_markers": WORDS_BY_LANGUAGE,
            "ordinals": Fields(
                required={"before": WORDS_BY_LANGUAGE, "after": WORDS_BY_LANGUAGE},
                optional={"after_dot": WORDS_BY_LANGUAGE, "not_before": WORDS_BY_LANGUAGE},
            ),
            "time_units": WORDS_BY_LANGUAGE,
            "number_of": WORDS_BY_LANGUAGE,
            "classifiers": ByKey(WORDS_BY_LANGUAGE),
            "other_nouns": ByKey(WORDS_BY_LANGUAGE),
        },
        optional={
            "scale_links": WORDS_BY_LANGUAGE,
            "rough_numbers": _NUMBER_BY_WORD,
            "number_words": _NUMBER_BY_WORD,
            "shared_currencies": ByKey(Words()),
            **dict.fromkeys(
                (
                    "date_links",
                    "copulas",
                    "definite_articles",
                    "rates",
                    "subsets",
                    "baselines",
                    "place_nouns",
                    "parties",
                    "monthly",
                ),
                WORDS_BY_LANGUAGE,
            ),
        },
    ),
)

_ROLE_PART = {"id": Text(), "en": Text(), "vi": Text(), "forms": WORDS_BY_LANGUAGE}
ROLES = RegistryFile(
    "vocabularies",
    "roles.yaml",
    Fields(
        required={
            "honorifics": ByKey(
                Fields(optional={"before": Words(), "after": Words(), "female": Words()})
            ),
            "cues": ByKey(Fields(optional={"according": Words(), "said": Words()})),
            "place_markers": ByKey(_SIDES),
            "case_endings": WORDS_BY_LANGUAGE,
            "name_stops": WORDS_BY_LANGUAGE,
            "surnames": WORDS_BY_LANGUAGE,
            "blockers": WORDS_BY_LANGUAGE,
            "levels": Records(Fields(required=_ROLE_PART)),
            "titles": Records(
                Fields(
                    required=_ROLE_PART,
                    optional={"en_female": Text(), "standalone": Flag(), "ordinary": Flag()},
                )
            ),
            "organs": Records(
                Fields(
                    required=_ROLE_PART,
                    optional={
                        "leveled": Flag(),
                        "takes_of": Flag(),
                        "vi_levels": ByKey(Text()),
                        "retitles": ByKey(Text()),
                        "portfolio": Flag(),
                    },
                )
            ),
            "residences": Records(Fields(required=_ROLE_PART)),
        },
        optional={"not_names": WORDS_BY_LANGUAGE, "compound_heads": WORDS_BY_LANGUAGE},
    ),
)

_LAYOUT_WORDS = (
    "stopwords",
    "source_labels",
    "republished_from",
    "furniture",
    "venue_before",
    "venue_after",
    "venue_glued",
    "conjunctions",
    "heritage_words",
    "member_words",
    "place_not_names",
)
LANGUAGES = RegistryFile(
    "vocabularies",
    "languages.yaml",
    Fields(
        required={
            "languages": ByKey(
                Fields(
                    optional={
                        **dict.fromkeys(_LAYOUT_WORDS, Words()),
                        "supported": Flag(),
                        "place_kinds": ByKey(_SIDES),
                    }
                )
            )
        },
        optional={
            "aggregator_headers": Words(),
            "outlet_words": Words(),
            "outlet_word_parts": Words(),
            "outlet_name_ends": Words(),
            "section_words": Words(),
        },
    ),
)

DEMONYMS = RegistryFile(
    "vocabularies", "demonyms.yaml", Fields(required={"demonyms": ByKey(WORDS_BY_LANGUAGE)})
)
_BY_SIDE = {"before": WORDS_BY_LANGUAGE, "after": WORDS_BY_LANGUAGE}
ORGANISATIONS = RegistryFile(
    "vocabularies",
    "organisations.yaml",
    Fields(
        required={
            "bodies": Records(
                Fields(
                    required={"en": Text()},
                    optional={
                        **_BY_SIDE,
                        "en_in": ByKey(Text()),
                        "generic": Flag(),
                        "foreign_names": Flag(),
                        "local": Flag(),
                        "place_adjective": Flag(),
                        "place_as_written": Flag(),
                        "not_in_title": Flag(),
                    },
                )
            ),
            "ministries": Fields(
                required={
                    "heads": WORDS_BY_LANGUAGE,
                    "portfolios": Records(
                        Fields(required={"en": Text(), "forms": WORDS_BY_LANGUAGE})
                    ),
                },
                optional={
                    "and": WORDS_BY_LANGUAGE,
                    "links": WORDS_BY_LANGUAGE,
                    "ministers": WORDS_BY_LANGUAGE,
                    "portfolio_words": Records(
                        Fields(required={"en": Text(), "forms": WORDS_BY_LANGUAGE})
                    ),
                    "federal": WORDS_BY_LANGUAGE,
                    "institutes": WORDS_BY_LANGUAGE,
                    "research_institutes": WORDS_BY_LANGUAGE,
                    "agencies": WORDS_BY_LANGUAGE,
                    "corporations": WORDS_BY_LANGUAGE,
                    "research_subjects": Records(
                        Fields(required={"en": Text(), "forms": WORDS_BY_LANGUAGE})
                    ),
                },
            ),
        },
        optional={
            "of": WORDS_BY_LANGUAGE,
            "home": ByKey(Text()),
            "declined_home": ByKey(Text()),
            "company_words": WORDS_BY_LANGUAGE,
            "company_home": ByKey(Text()),
            "company_adjective_home": ByKey(Text()),
            "company_prefixes": ByKey(ByKey(Text())),
            "company_industries": ByKey(Text()),
            "company_loanwords": ByKey(ByKey(Text())),
            "company_trades": ByKey(ByKey(Text())),
            "company_kanji": ByKey(ByKey(Text())),
            "company_kanji_regions": ByKey(ByKey(Text())),
            "plant_trades": ByKey(ByKey(Text())),
            "described_companies": ByKey(ByKey(Text())),
            "region_adjectives": ByKey(ByKey(Text())),
            "exonyms": ByKey(ByKey(Text())),
            "subject_bodies": Records(
                Fields(
                    required={"en": Text(), "subjects": Text()},
                    optional={
                        "kind": WORDS_BY_LANGUAGE,
                        "closing": WORDS_BY_LANGUAGE,
                        "local": Flag(),
                        "place_adjective": Flag(),
                        "national_adjective": Flag(),
                    },
                )
            ),
            "subject_words": ByKey(
                Records(Fields(required={"en": Text(), "forms": WORDS_BY_LANGUAGE}))
            ),
        },
    ),
)

# Written by `invoke registries-generate` (tools/cities.py): GeoNames' cities by country. Not in
# EVERY_FILE: drafting reads it only when an article names an unlisted city (digest.extract.cities),
# so loading the registries stays fast.
GENERATED_CITIES = RegistryFile(
    "registries",
    "generated/cities.json",
    Fields(
        required={
            "about": Text(),
            "source": Text(),
            "licence": Text(),
            "min_population": Count(),
            # Country -> [name, population] pairs; digest.extract.cities checks the pairs.
            "cities": ByKey(Anything()),
        }
    ),
)

# Written by `invoke registries-generate` (tools/vietnam_wards.py): Vietnam's wards by province
# id. Read only when an article names a place in another script (digest.extract.vietnam_places).
GENERATED_VIETNAM_WARDS = RegistryFile(
    "registries",
    "generated/vietnam_wards.json",
    Fields(
        required={
            "about": Text(),
            "source": Text(),
            "licence": Text(),
            # Province id -> ward names; digest.extract.vietnam_places checks them.
            "wards": ByKey(Anything()),
        }
    ),
)

EVERY_FILE = (
    PROVINCES, PARTNERS, GENERATED_PARTNERS, COUNTRIES, TOPICS, MEASURES, OUTLETS, NUMBERS,
    ROLES, LANGUAGES, DEMONYMS, ORGANISATIONS,
)  # fmt: skip
# Files drafting reads only when an article needs them, not with the others.
READ_LATER = (GENERATED_CITIES, GENERATED_VIETNAM_WARDS)
FOLDERS = ("registries", "vocabularies")


def unread_files(folders: dict[str, Path]) -> list[Problem]:
    """Files in the registry folders that nothing reads: a new ``partners-extra.yaml`` or a
    ``topics.yml`` would otherwise be ignored without a word."""
    problems = []
    for folder_name, folder in folders.items():
        known = {spec.name for spec in (*EVERY_FILE, *READ_LATER) if spec.folder == folder_name}
        for parent, _, names in os.walk(folder):
            for name in names:
                path = Path(parent, name)
                # Hidden files are the editor's machine's (.DS_Store), never a registry.
                if not name.startswith(".") and path.relative_to(folder).as_posix() not in known:
                    expected = ", ".join(sorted(known))
                    problems.append(Problem(path, f"not read: {folder_name}/ holds {expected}"))
    return sorted(problems, key=lambda problem: str(problem.path))


def read(path: Path, spec: RegistryFile) -> Document:
    """The file at ``path``, parsed and checked against the shape of ``spec``."""
    text = _text(path)
    if path.suffix == ".json":
        return _read_json(path, text, spec)
    try:
        data = _load_yaml(text)
    except yaml.YAMLError as error:
        problem, line = yaml_problem(error, text)
        line = line + 1 if line is not None else None
        raise InputError.single(path, f"not valid YAML: {problem}", line=line) from None
    document = Document(path, data, text)
    problems = [Problem(path, message, field=where) for where, message in _problems(spec, data)]
    if problems:
        raise document.error(problems)
    return document


def _load_yaml(text: str) -> Any:
    """The file's value; anchors, merge keys, deep nesting and keys written twice refused."""
    loader = _Loader(text)
    try:
        root = compose_scanned(text, loader)
        if root is None:
            return None
        try:  # the common case: one walk that checks and builds
            return _value(loader, root, 1)
        except Exception:  # anything unusual: the checks and the safe loader, one after another
            loader.constructed_objects = {}
            loader.recursive_objects = {}
            loader.state_generators = []
        refuse_in_tree(root)
        _refuse_repeated_keys(root)
        return loader.construct_document(root)
    finally:
        loader.dispose()


_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
_DEFAULT_TAGS = {
    yaml.ScalarNode: yaml.CSafeLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: yaml.CSafeLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: yaml.CSafeLoader.DEFAULT_MAPPING_TAG,
}
_WILDCARD_RESOLVERS = tuple(yaml.CSafeLoader.yaml_implicit_resolvers.get(None, []))
# The implicit resolvers for a scalar by its first character ("" for an empty one), each
# followed by those for any first character, in the order the resolver tries them.
_IMPLICIT_RESOLVERS = {
    first: tuple(resolvers) + _WILDCARD_RESOLVERS
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}


class _Loader(yaml.CSafeLoader):
    """CSafeLoader, resolving each node's tag as its resolver does from tables made once.

    libyaml composes in C but asks Python for every node's tag: three calls a node (resolve,
    descend_resolver, ascend_resolver), a fifth of the time of reading the registries. The safe
    loader has no path resolvers, so descending and ascending do nothing.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            for tag, regexp in _IMPLICIT_RESOLVERS.get(value[:1], _WILDCARD_RESOLVERS):
                if regexp.match(value):
                    return tag
        return _DEFAULT_TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


assert not yaml.CSafeLoader.yaml_path_resolvers, "_Loader resolves without path resolvers"


class _Unusual(Exception):
    """What _value leaves to the checks and the safe loader."""


def _value(loader: yaml.CSafeLoader, node: yaml.Node, depth: int) -> Any:
    """The value ``loader.construct_document`` gives ``node`` at ``depth`` (the root is 1), for
    a tree refuse_in_tree and _refuse_repeated_keys let through; raises otherwise.

    The safe constructor goes through several Python calls for each node, and the checks walk
    the tree twice more; registries are nearly all strings, lists and mappings of strings.
    Scalars of other tags are built by the loader. Raises (_Unusual, or the loader's error) at a
    list or mapping of another tag, past MAX_YAML_DEPTH, at a merge key, a key that is not a
    scalar or one written twice: the caller then runs the checks and the safe loader, which
    report the problem as they would have, in their order.
    """
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR_TAG else loader.construct_object(node, deep=True)
    if depth > MAX_YAML_DEPTH:  # recursion stays bounded
        raise _Unusual
    if kind is yaml.SequenceNode and node.tag == _SEQ_TAG:
        return [_value(loader, item, depth + 1) for item in node.value]
    if kind is not yaml.MappingNode or node.tag != _MAP_TAG:
        raise _Unusual
    data = {}
    for key, value in node.value:
        if type(key) is not yaml.ScalarNode or key.tag == MERGE_TAG:
            raise _Unusual
        data[_value(loader, key, depth + 1)] = _value(loader, value, depth + 1)
    if len({key.value for key, _ in node.value}) != len(node.value):
        raise _Unusual  # a key written twice
    return data


def _refuse_repeated_keys(root: yaml.Node) -> None:
    """YAML keeps the last of two values for one key without a word (a record's second
    ``name_en`` would replace the first): refused, at the second."""
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            first_lines: dict[str, int] = {}
            for key, value in node.value:
                name = str(key.value)
                if name in first_lines:
                    raise YamlRefused(
                        f"key {shorten(repr(name))} written twice (also on line "
                        f"{first_lines[name] + 1}); YAML would keep only the last: delete one",
                        key.start_mark,
                    )
                first_lines[name] = key.start_mark.line
                pending.append(value)
        elif isinstance(node, yaml.SequenceNode):
            pending += node.value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's keys as JSON's decoder would keep them, refusing a key written twice."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"key {shorten(repr(key))} written twice in one object")
        data[key] = value
    return data


def _read_json(path: Path, text: str, spec: RegistryFile) -> Document:
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise InputError.single(path, f"not valid JSON: {error.msg}", line=error.lineno) from None
    except ValueError as error:
        raise InputError.single(path, f"not valid JSON: {error}") from None
    except RecursionError:  # the decoder recurses for each nested array or object
        raise InputError.single(
            path, "not valid JSON: arrays or objects nested too deeply"
        ) from None
    problems = [Problem(path, message, field=where) for where, message in _problems(spec, data)]
    if problems:
        raise InputError(problems)
    return Document(path, data, text)


def _problems(spec: RegistryFile, data: Any) -> list[tuple[str, str]]:
    if not isinstance(data, dict):
        expected = ", ".join(f"'{key}:'" for key in spec.shape.required)
        return [("", f"expected a mapping with {expected}")]
    return list(spec.shape.problems(data, ""))


# Ten times the largest registry file (the generated subdivisions, 350 KB): reading a larger
# one would take the checks and every build minutes, and its names would swell every page.
MAX_REGISTRY_BYTES = 4 * 1024 * 1024


def _text(path: Path) -> str:
    try:
        size = regular_file(path).st_size
        if size > MAX_REGISTRY_BYTES:
            raise InputError.single(path, f"is {size:,} bytes; a registry file may be at most "
                                          f"{MAX_REGISTRY_BYTES:,} (docs/schema.md)")  # fmt: skip
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError.single(path, "expected UTF-8 text") from None
    except FileNotFoundError:
        raise InputError.single(path, "registry file is missing") from None


def with_lines(problems: list[Problem], text: str) -> list[Problem]:
    """``problems`` with the line of the field each names ("titles[3].vi"), the file's YAML
    composed once however many problems there are."""
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return problems
    for problem in problems:
        if problem.line is None and problem.field and root is not None:
            problem.line = _line(root, problem.field)
    return problems


def _line(node: yaml.Node, field_path: str) -> int:
    """The line of the deepest part of ``field_path`` the file has (a missing key: its record)."""
    line = node.start_mark.line
    for part in field_path.replace("[", ".").replace("]", "").split("."):
        child = _child(node, part)
        if child is None:
            break
        node, line = child
    return line + 1


def _child(node: yaml.Node, part: str) -> tuple[yaml.Node, int] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in reversed(node.value):
            if key.value == part or _as_read(key) == part:
                return value, key.start_mark.line
    elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        item = node.value[int(part)]
        return item, item.start_mark.line
    return None


def _as_read(key: yaml.Node) -> str | None:
    """A key as YAML reads it, as problems name it (``no`` is False, ``2568`` a number)."""
    if not isinstance(key, yaml.ScalarNode) or key.style:  # quoted: text as written
        return None
    try:
        return str(yaml.load(key.value, Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return None
