"""Runtime hook of the bundle (Linux): Chinese input with Fcitx.

The bundle carries its own Qt with the IBus and Compose input-method plugins, but
not Fcitx's plugin (it is built against the system's Qt). Chinese desktops often
set QT_IM_MODULE=fcitx; Qt would then find no input method and nobody could type
Chinese. Fcitx 5 also speaks the IBus protocol (its IBus frontend), so the bundle
asks Qt for the IBus plugin instead. Nothing changes when QT_IM_MODULES (Qt 6.7+,
a list Qt tries in order) is set, or when another module is asked for.
"""

from __future__ import annotations

import os
import sys


def _prefer_ibus() -> None:
    if not sys.platform.startswith("linux") or os.environ.get("QT_IM_MODULES"):
        return
    if os.environ.get("QT_IM_MODULE", "").lower() in ("fcitx", "fcitx5"):
        os.environ["QT_IM_MODULE"] = "ibus"


_prefer_ibus()
