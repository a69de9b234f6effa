"""Converting office files with LibreOffice headless, as a user's office suite would open
them (build/tools/office_pages.py's converter, with the bundled CJK font), then to page
images."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from .conftest import REPO, require_tool

sys.path.insert(0, str(REPO / "build" / "tools"))

import office_pages


def soffice_pdf(document: Path, work: Path, to: str = "pdf") -> Path:
    """``document`` converted by LibreOffice headless, to PDF or (``to="xlsx"``) saved
    again as a workbook (the test is skipped, with the reason shown, when LibreOffice is
    not installed)."""
    soffice = require_tool("soffice", "libreoffice-calc, libreoffice-writer")
    converted = office_pages.convert(document, work, soffice, to)
    assert converted.is_file(), f"LibreOffice did not convert {document.name}"
    return converted


def page_images(pdf: Path, prefix: Path, dpi: int = 50) -> list[Path]:
    """The pages of ``pdf`` as PNG images (pdftoppm)."""
    require_tool("pdftoppm", "poppler-utils")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True,
                   capture_output=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def ink(image: Path) -> float:
    """The share of a page image that is not white (0 for a blank page)."""
    with Image.open(image) as opened:
        histogram = opened.convert("L").histogram()
    return 1 - sum(histogram[245:]) / max(sum(histogram), 1)
