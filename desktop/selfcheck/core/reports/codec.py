"""JSON form of the typed report data: frozen dataclasses to plain JSON values and back.

The JSON keys are the dataclass field names; enums are written as their values, dates as
ISO text, tuples as lists. Reading is strict: every field
must be present with a value of its type and no other field may be there; each problem
is a :class:`CodecError` naming the field's path (e.g. ``score.overall.counts.partial``)
and the problem in English and Chinese.
A field declared with ``metadata=OPTIONAL`` may be missing (it then takes its default)
and is left out of the JSON when it is None.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from enum import Enum, StrEnum
from functools import cache
from typing import Any

#: Field metadata of a field that older documents may lack.
OPTIONAL: Mapping[str, bool] = types.MappingProxyType({"optional": True})


def to_json(value: Any) -> Any:
    """``value`` (a dataclass instance, enum, date, mapping, sequence or plain value) as
    plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for item in dataclasses.fields(value):
            field_value = getattr(value, item.name)
            if field_value is None and item.metadata.get("optional"):
                continue
            result[item.name] = to_json(field_value)
        return result
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(to_json(key)): to_json(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [to_json(item) for item in value]
    return value


class CodecError(ValueError):
    """A value does not fit its field; ``path`` names the field."""

    def __init__(self, path: str, problem: str, problem_zh: str) -> None:
        super().__init__(f"{path or 'the document'}: {problem}")
        self.path = path
        self.problem = problem
        self.problem_zh = problem_zh

    @property
    def message_zh(self) -> str:
        return f"{self.path or '文档'}：{self.problem_zh}"


def from_json(kind: Any, data: Any, path: str = "") -> Any:
    """Read ``data`` (plain JSON values) as ``kind`` (a dataclass type or a type hint);
    :class:`CodecError` naming the field's path when it does not fit."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _read_dataclass(kind, data, path)
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        return _read_union(typing.get_args(kind), data, path)
    if origin is tuple:
        element = typing.get_args(kind)[0]
        _expect(isinstance(data, list), path, "must be a list", "必须是列表")
        return tuple(from_json(element, item, f"{path}[{index}]")
                     for index, item in enumerate(data))
    if origin in (Mapping, dict):
        key_kind, value_kind = typing.get_args(kind)
        return _read_mapping(key_kind, value_kind, data, path)
    return _read_plain(kind, data, path)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _expect(condition: bool, path: str, problem: str, problem_zh: str) -> None:
    if not condition:
        raise CodecError(path, problem, problem_zh)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _read_dataclass(kind: type, data: Any, path: str) -> Any:
    _expect(isinstance(data, dict), path, "must be a JSON object", "必须是 JSON 对象")
    fields = {item.name: item for item in dataclasses.fields(kind)}
    unknown = sorted(set(data) - set(fields))
    _expect(not unknown, _join(path, unknown[0]) if unknown else path, "unknown field",
            "未知字段")
    hints = _hints(kind)
    values: dict[str, Any] = {}
    for name, item in fields.items():
        if name not in data:
            _expect(bool(item.metadata.get("optional")), _join(path, name), "missing", "缺少此字段")
            continue
        values[name] = from_json(hints[name], data[name], _join(path, name))
    return kind(**values)


def _read_union(kinds: tuple[Any, ...], data: Any, path: str) -> Any:
    if data is None:
        _expect(type(None) in kinds, path, "may not be null", "不能为 null")
        return None
    problems: list[CodecError] = []
    for kind in kinds:
        if kind is type(None):
            continue
        try:
            return from_json(kind, data, path)
        except CodecError as exc:
            problems.append(exc)
    raise CodecError(path, " or ".join(p.problem for p in problems),
                     "，或".join(p.problem_zh for p in problems))


def _read_mapping(key_kind: Any, value_kind: Any, data: Any, path: str) -> dict[Any, Any]:
    _expect(isinstance(data, dict), path, "must be a JSON object", "必须是 JSON 对象")
    if isinstance(key_kind, type) and issubclass(key_kind, Enum):
        # keyed by an enum: exactly one entry per member
        wanted = {str(member.value): member for member in key_kind}
        for key in data:
            _expect(key in wanted, _join(path, key), "unknown field", "未知字段")
        for key in wanted:
            _expect(key in data, _join(path, key), "missing", "缺少此字段")
        return {wanted[key]: from_json(value_kind, data[key], _join(path, key))
                for key in wanted}
    return {key: from_json(value_kind, value, _join(path, key)) for key, value in data.items()}


def _read_plain(kind: Any, data: Any, path: str) -> Any:
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        known = [str(member.value) for member in kind]
        _expect(isinstance(data, str) and data in known, path,
                f"must be one of {', '.join(known)}", f"必须是以下之一：{', '.join(known)}")
        return kind(data)
    if kind is dt.date:
        _expect(isinstance(data, str), path, "must be a date (YYYY-MM-DD)",
                "必须是日期（年-月-日）")
        try:
            return dt.date.fromisoformat(data)
        except ValueError:
            raise CodecError(path, "must be a date (YYYY-MM-DD)",
                             "必须是日期（年-月-日）") from None
    if kind is bool:
        _expect(isinstance(data, bool), path, "must be true or false", "必须为 true 或 false")
    elif kind is int:
        _expect(isinstance(data, int) and not isinstance(data, bool), path,
                "must be a whole number", "必须是整数")
    elif kind is float:
        _expect(isinstance(data, (int, float)) and not isinstance(data, bool), path,
                "must be a number", "必须是数字")
        return float(data)
    elif kind is str:
        _expect(isinstance(data, str), path, "must be text", "必须是文本")
    else:  # a type the report data does not use
        raise TypeError(f"{path}: cannot read a {kind!r}")
    return data
