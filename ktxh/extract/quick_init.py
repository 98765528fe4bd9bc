"""A faster ``__init__`` for the frozen, slotted dataclasses made by the hundred
per document (quantities, readings, figures, period phrases).

The ``__init__`` that ``@dataclass(frozen=True)`` writes stores each field with
``object.__setattr__`` (~0.2 µs a field); :func:`quick_init` writes one with
the same parameters, order and defaults that stores each field through its
slot (~0.1 µs). Nothing else changes: the instance is as frozen as before
(assigning a field raises ``FrozenInstanceError``), equal, hashed, ordered,
printed and copied by ``dataclasses.replace`` as before. Put it above the
``@dataclass(frozen=True, slots=True)`` line; adding or removing fields needs
nothing more.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T")

_NO_VALUE = object()  # a default_factory field not passed


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass with slots) with the faster ``__init__``."""
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a slotted dataclass without __post_init__")
    params: list[str] = []
    body: list[str] = []
    env: dict[str, object] = {"_NO_VALUE": _NO_VALUE}
    for i, f in enumerate(fields(cls)):  # type: ignore[arg-type]
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: every field a plain parameter")
        env[f"_set{i}"] = cls.__dict__[f.name].__set__  # the slot's own setter
        if f.default_factory is not MISSING:
            env[f"_new{i}"] = f.default_factory
            params.append(f"{f.name}=_NO_VALUE")
            body.append(f"    _set{i}(self, _new{i}() if {f.name} is _NO_VALUE else {f.name})")
            continue
        if f.default is not MISSING:
            env[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        else:
            params.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
