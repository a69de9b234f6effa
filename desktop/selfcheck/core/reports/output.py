"""Where a report file goes: the checks before any work is done (a file name with the
right ending, never a folder, the database or the signer identity, a writable folder)
and the atomic write; and what an export wrote. Kept apart from the PDF machinery so
that the workbook and questionnaire writers (and the start of the program) do not load it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from selfcheck.core.errors import SelfCheckError
from selfcheck.core.files import check_write_target, write_atomically
from selfcheck.core.immutable import immutable


class ExportError(SelfCheckError):
    """The report cannot be written where asked (bad path, full disk, no permission)."""


@immutable
class ExportResult:
    """What :func:`export_report` wrote."""

    path: Path
    size: int
    signed: bool
    language: str
    marking: str
    results_sha256: str
    verdict: str
    pack: str
    signer: str | None = None
    signer_fingerprint: str | None = None
    signing_time: dt.datetime | None = None
    #: the file's format: "pdf", "xlsx" or "docx" (see selfcheck.core.reports.office)
    format: str = "pdf"


def write_report_file(output: Path, content: bytes, *, overwrite: bool = False,
                      protected: Iterable[Path] = (),
                      suffixes: tuple[str, ...] = (".pdf",)) -> None:
    """Write atomically (temporary file in the same folder, then rename); a failure
    leaves any previous file untouched and raises ExportError with a one-line message."""
    check_output_path(output, overwrite=overwrite, protected=protected, suffixes=suffixes)
    try:
        write_atomically(output, content, overwrite=overwrite)
    except FileExistsError:
        raise ExportError(f"{output}: already exists; nothing was changed",
                          zh=f"{output}：文件已存在，未作任何修改") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ExportError(f"{output}: cannot be written ({reason}); "
                          "nothing was changed",
                          zh=f"{output}：无法写入（{reason}），未作任何修改") from None


def check_output_path(output: Path, *, overwrite: bool = False,
                      protected: Iterable[Path] = (), suffixes: tuple[str, ...] = (".pdf",)
                      ) -> None:
    """Refuse unusable targets before any work is done.

    A report must be a file ending in one of ``suffixes`` (a PDF report: ``.pdf``); an
    existing file is replaced only with ``overwrite``; ``protected`` files (the signer
    identity, the database) never are.
    """
    if output.is_dir():
        raise ExportError(f"{output}: is a folder; give a file name such as report.pdf",
                          zh=f"{output}：这是文件夹，请给出文件名，例如 report.pdf")
    if output.suffix.lower() not in suffixes:
        endings = " or ".join((", ".join(suffixes[:-1]), suffixes[-1])) if len(suffixes) > 1 \
            else suffixes[0]
        raise ExportError(f"{output.name}: a report file name must end in {endings}",
                          zh=f"{output.name}：报告文件名须以 {'、'.join(suffixes)} 结尾")
    target = output.resolve()
    for keep in protected:
        if target == keep.resolve():
            raise ExportError(f"{output}: this is {keep.name}, which the program needs; "
                              "choose another file name",
                              zh=f"{output}：该文件是程序正在使用的 {keep.name}，请另选文件名")
    check_write_target(output, overwrite=overwrite, error=ExportError)
