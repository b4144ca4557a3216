"""Command-line values read without Pydantic when they plainly are what their parameter takes.

Typer turns every parameter's value (a string from the command line, or its default) into the
parameter's type through a Pydantic TypeAdapter it builds on first use. Importing Pydantic and
building the adapters took about a fifth of the start-up of `readouts extract` on a short
article, for values that are a string, a list of strings, a digit string or one of an option's
choices. `install()` gives Typer's parameters a coercion that returns such a value at once, as
the adapter would return it, and hands every other value (a malformed or out-of-range number,
an unknown choice, a type it does not know) to Typer's own coercion, built then: the answers
and the error messages are Typer's (tests/test_startup.py compares both ways). When Typer's
internals are not the ones this knows, nothing is changed.
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Any, get_args, get_origin

_DIGITS = re.compile(r"[0-9]{1,18}")
_DECIMAL = re.compile(r"[0-9]{1,15}(\.[0-9]{1,15})?")
_UNSURE = object()          # (the value is left to Typer's own coercion)


def plain_value(annotation: Any, info: Any, value: Any, choose=None, ctx=None) -> Any:
    """The value Typer's coercion gives for a plain one, else _UNSURE. `choose` is Typer's own
    choice matching (coerce_cli_choice), which needs no Pydantic."""
    if getattr(info, "parser", None) is not None:
        return _UNSURE
    if annotation is str:
        return value if type(value) is str else _UNSURE
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        if type(value) in (list, tuple) and all(type(v) is str for v in value):
            return list(value)
        return _UNSURE
    if annotation is int or annotation is float:
        if getattr(info, "clamp", False):
            return _UNSURE
        if type(value) is str:
            if not (_DIGITS if annotation is int else _DECIMAL).fullmatch(value):
                return _UNSURE
            number = annotation(value)
        elif type(value) is int or (type(value) is float and annotation is float):
            number = annotation(value)
        else:
            return _UNSURE
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        if (low is not None and number < low) or (high is not None and number > high):
            return _UNSURE
        return number
    if isinstance(annotation, type) and issubclass(annotation, Enum) and choose is not None:
        if not isinstance(value, (str, Enum)):
            return _UNSURE
        try:
            return choose(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except Exception:
            return _UNSURE
    return _UNSURE


def install() -> bool:
    """Make Typer's parameters read plain values without Pydantic; False when Typer is not as
    expected (nothing changed then)."""
    try:
        from dataclasses import dataclass

        from typer import core
        from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
        from typer._param_types import coerce_cli_choice
    except ImportError:
        return False
    if getattr(core, "build_runtime_param", None) is not build_runtime_param:
        return False

    try:
        @dataclass(frozen=True)
        class PlainFirst(RuntimeParam):
            """A plain value at once; any other through the coercion Typer builds for it."""
            descriptor: Any = None

            def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
                got = plain_value(self.annotation, self.parameter_info, value, coerce_cli_choice, ctx)
                if got is not _UNSURE:
                    return got
                full = self.__dict__.get("_full")
                if full is None:
                    full = build_runtime_param(self.descriptor)
                    object.__setattr__(self, "_full", full)
                return full._coerce_value(value, param=param, ctx=ctx)
    except Exception:          # (a Typer whose RuntimeParam is another shape)
        return False

    def build(descriptor: TypeDescriptor):
        if getattr(descriptor, "file_annotation", None) is not None:
            return build_runtime_param(descriptor)
        try:
            return PlainFirst(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                              descriptor=descriptor)
        except Exception:      # (idem)
            return build_runtime_param(descriptor)

    core.build_runtime_param = build
    return True
