"""The template sandbox: remembering its attribute checks keeps every refusal."""

from __future__ import annotations

import pytest
from jinja2 import Environment
from jinja2.exceptions import SecurityError

from digest.site.sandbox import sandboxed


class Holder:
    mro = "a plain attribute"


def test_answers_remembered_for_one_type_are_not_given_for_another() -> None:
    env = sandboxed(Environment(), {})
    template = env.from_string("{{ value.mro }}")
    # "mro" is harmless on an ordinary object and refused on a class: asked in that order,
    # the remembered answer for Holder must not leak to ``type``.
    assert template.render(value=Holder()) == "a plain attribute"
    assert template.render(value=Holder) == ""  # refused: an undefined value
    assert template.render(value=Holder()) == "a plain attribute"


def test_underscore_and_function_internals_stay_refused() -> None:
    env = sandboxed(Environment(), {})
    with pytest.raises(SecurityError):
        env.from_string("{{ f.__globals__.keys() }}").render(
            f=test_underscore_and_function_internals_stay_refused
        )
    assert env.from_string("{{ d.keys is defined }}").render(d={}) == "True"
