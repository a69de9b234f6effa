"""``@immutable``: a frozen dataclass whose equality, hash and repr are written once, here.

CPython 3.11 compiles each method a dataclass generates on its own, and a frozen class
gets six (about 0.3 ms to define it); the window defines some forty such classes as it
starts. Here three of them are shared functions instead, bound to each class's fields:
they behave as the generated ones of Python 3.11 and 3.12 do (the same fields, chosen by
the same ``compare``, ``hash`` and ``repr`` flags; equal only to an instance of the very
same class, the fields compared as one tuple; a repr ``Name(field=value, …)``).
``__init__`` and the frozen ``__setattr__``/``__delattr__`` stay dataclasses' own, as do
:func:`dataclasses.replace`, ``fields`` and ``asdict``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, cast, dataclass_transform, overload

T = TypeVar("T", bound=type)


def _values_of(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the tuple of these attributes (a tuple even for one or none,
    as the generated methods compare and hash tuples)."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return attrgetter(*names)


def _bind_shared_methods(cls: T) -> T:
    compared = _values_of([f.name for f in fields(cls) if f.compare])
    hashed = _values_of([f.name for f in fields(cls) if (f.compare if f.hash is None else f.hash)])
    shown = [f.name for f in fields(cls) if f.repr]

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(compared(self) == compared(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __repr__(self: Any) -> str:
        shown_values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({shown_values})"

    for method in (__eq__, __hash__, __repr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls


@overload
def immutable(cls: T, /) -> T: ...
@overload
def immutable(*, slots: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def immutable(cls: T | None = None, /, *, slots: bool = False) -> T | Callable[[T], T]:
    """``@dataclass(frozen=True)`` (``slots`` as there), defined in a fraction of the time."""

    def wrap(cls: T) -> T:
        return _bind_shared_methods(cast(T, dataclass(cls, frozen=True, eq=False, repr=False, slots=slots)))

    return wrap if cls is None else wrap(cls)
