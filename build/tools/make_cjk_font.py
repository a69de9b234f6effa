"""Produce resources/fonts/WenQuanYiMicroHei.ttf from Debian's wqy-microhei.ttc.

Run once by a developer (the result is committed): ``python build/tools/make_cjk_font.py``.
It extracts the first face of the collection (reportlab and pyHanko cannot
read .ttc files) and rescales it to 1000 units per em, because pyHanko's
stamp writer uses glyph widths in raw font units.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTCollection
from fontTools.ttLib.scaleUpem import scale_upem

SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
TARGET = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "WenQuanYiMicroHei.ttf"


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: apt-get install fonts-wqy-microhei", file=sys.stderr)
        return 2
    font = TTCollection(str(SOURCE)).fonts[0]
    scale_upem(font, 1000)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(TARGET))
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
