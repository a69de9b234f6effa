"""Converting office files with LibreOffice headless, as a user's office suite would open
them: to PDF, then to page images. The bundled CJK font is made visible to LibreOffice
through a private fontconfig file, so the Chinese renders on machines without CJK fonts.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PIL import Image

from .conftest import REPO, require_tool

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def soffice_pdf(document: Path, work: Path) -> Path:
    """``document`` converted to PDF by LibreOffice headless (the test is skipped, with
    the reason shown, when LibreOffice is not installed)."""
    soffice = require_tool("soffice", "libreoffice-calc, libreoffice-writer")
    work.mkdir(parents=True, exist_ok=True)
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=REPO / "resources" / "fonts",
                                      cache=work / "fontcache"), "utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)}
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(work), str(document)],
                   check=True, capture_output=True, env=env, timeout=240)
    pdf = work / (document.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice did not convert {document.name}"
    return pdf


def page_images(pdf: Path, prefix: Path, dpi: int = 50) -> list[Path]:
    """The pages of ``pdf`` as PNG images (pdftoppm)."""
    require_tool("pdftoppm", "poppler-utils")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True,
                   capture_output=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def ink(image: Path) -> float:
    """The share of a page image that is not white (0 for a blank page)."""
    with Image.open(image) as opened:
        grey = opened.convert("L")
        histogram = grey.histogram()
    return 1 - sum(histogram[245:]) / max(sum(histogram), 1)
