"""quick_init: the same instances as the __init__ @dataclass(frozen=True) writes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from ktxh.extract.numbers import Quantity
from ktxh.extract.quantities import Reading
from ktxh.extract.quick_init import quick_init
from ktxh.extract.records import Figure
from ktxh.extract.timeframes import PeriodHit
from ktxh.extract.units import UnitMatch


def _make(fast: bool) -> type:
    @dataclass(frozen=True, slots=True)
    class Item:
        name: str
        value: float
        unit: str | None = None
        estimate: bool = False
        parts: list[int] = field(default_factory=list)

    return quick_init(Item) if fast else Item


CALLS = [
    (("lúa", 44.2), {}),
    (("ngô", 3.1, "ha"), {}),
    (("tổng thu", 4850.0), {"estimate": True}),
    ((), {"name": "đàn heo", "value": 1.5, "unit": "con", "parts": [1, 2]}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_same_fields_as_the_dataclass_init(args: tuple, kwargs: dict) -> None:
    fast, plain = _make(True)(*args, **kwargs), _make(False)(*args, **kwargs)
    assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
    assert repr(fast).split("(", 1)[1] == repr(plain).split("(", 1)[1]


def test_frozen_and_fresh_defaults() -> None:
    cls = _make(True)
    a, b = cls("lúa", 1.0), cls("ngô", 2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = 3.0
    assert a.parts == [] and a.parts is not b.parts
    assert dataclasses.replace(a, unit="ha") == cls("lúa", 1.0, "ha")
    with pytest.raises(TypeError):
        cls("lúa")


def test_refuses_what_it_cannot_copy() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        x: int

    with pytest.raises(TypeError):
        quick_init(NoSlots)


@pytest.mark.parametrize("cls", [Reading, Quantity, UnitMatch, Figure, PeriodHit])
def test_records_use_it(cls: type) -> None:
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    assert "_set0" in cls.__init__.__globals__
