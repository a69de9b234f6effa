"""Symbol versions an ELF file needs from the libraries it links (``.gnu.version_r``).

    python build/tools/elfscan.py FOLDER [--max-glibc 2.28] [--max-glibcxx 3.4.x] [--max-cxxabi 1.3.x]

Prints, for each GLIBC_/GLIBCXX_/CXXABI_ version, how many files of FOLDER need it as
their newest, and the files needing more than the given maximum; exits 1 when any does.
Pure Python (no objdump), so it also reads files of another architecture.
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

SHT_GNU_VERNEED = 0x6FFFFFFE
FAMILIES = ("GLIBC", "GLIBCXX", "CXXABI")


def version_needs(path: Path) -> dict[str, set[str]]:
    """library file name -> the version names this ELF file needs from it ({} if none or not ELF)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return {}
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(end + "Q", data, 40)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 58)
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 32)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 46)
    sections = []
    for index in range(shnum):
        at = shoff + index * shentsize
        if wide:
            _name, sh_type, _flags, _addr, offset, size, link, info = struct.unpack_from(end + "IIQQQQII", data, at)
        else:
            _name, sh_type, _flags, _addr, offset, size, link, info = struct.unpack_from(end + "IIIIIIII", data, at)
        sections.append((sh_type, offset, size, link, info))
    needs: dict[str, set[str]] = {}
    for sh_type, offset, _size, link, count in sections:
        if sh_type != SHT_GNU_VERNEED:
            continue
        strings = sections[link][1]
        entry = offset
        for _ in range(count):
            _version, aux_count, file_at, aux, next_entry = struct.unpack_from(end + "HHIII", data, entry)
            library = _text(data, strings + file_at)
            at = entry + aux
            for _ in range(aux_count):
                _hash, _flags, _other, name_at, next_aux = struct.unpack_from(end + "IHHII", data, at)
                needs.setdefault(library, set()).add(_text(data, strings + name_at))
                at += next_aux
            if not next_entry:
                break
            entry += next_entry
    return needs


def _text(data: bytes, at: int) -> str:
    return data[at: data.index(b"\0", at)].decode("ascii", "replace")


def version_key(name: str) -> tuple[str, tuple[int, ...]]:
    family, _, number = name.partition("_")
    return family, tuple(int(part) for part in re.findall(r"\d+", number))


def elf_files(root: Path) -> Iterator[Path]:
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def newest_needs(root: Path) -> dict[Path, dict[str, str]]:
    """ELF file -> family -> the newest version of that family it needs."""
    found: dict[Path, dict[str, str]] = {}
    for path in elf_files(root):
        newest: dict[str, str] = {}
        for versions in version_needs(path).values():
            for name in versions:
                family = version_key(name)[0]
                if family in FAMILIES and (family not in newest or version_key(name) > version_key(newest[family])):
                    newest[family] = name
        found[path] = newest
    return found


def over_limits(found: dict[Path, dict[str, str]], limits: dict[str, str]) -> list[tuple[Path, str]]:
    """(file, version) for each file needing a version newer than its family's limit."""
    over = []
    for path, newest in sorted(found.items()):
        for family, name in sorted(newest.items()):
            limit = limits.get(family)
            if limit and version_key(name) > version_key(f"{family}_{limit}"):
                over.append((path, name))
    return over


def table(found: dict[Path, dict[str, str]]) -> str:
    """Per family and version: how many files need it as their newest."""
    lines = []
    for family in FAMILIES:
        counts: dict[str, int] = {}
        for newest in found.values():
            if family in newest:
                counts[newest[family]] = counts.get(newest[family], 0) + 1
        for name in sorted(counts, key=version_key):
            lines.append(f"  {name:18} {counts[name]:4} file(s)")
    lines.append(f"  ELF files: {len(found)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    for family in FAMILIES:
        parser.add_argument(f"--max-{family.lower()}", help=f"newest {family}_ version allowed")
    args = parser.parse_args(argv)
    found = newest_needs(args.folder)
    print(f"Newest symbol version needed, per file, in {args.folder}:\n{table(found)}")
    limits = {family: getattr(args, f"max_{family.lower()}") for family in FAMILIES}
    over = over_limits(found, {k: v for k, v in limits.items() if v})
    for path, name in over:
        print(f"  TOO NEW: {path.relative_to(args.folder)} needs {name}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
