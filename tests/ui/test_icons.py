"""Icons drawn on demand: at the device's pixel size, and copies that outlive their use."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from selfcheck.core.answers import Status
from selfcheck.ui import icons

pytestmark = pytest.mark.gui


def _recording_icon(sizes: list[float]) -> QIcon:
    def draw(painter: QPainter, size: float) -> None:
        sizes.append(size)
        icons._disc(painter, size, "#2e7d32")

    return icons._icon(draw)


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_an_icon_is_drawn_at_the_pixel_size_of_a_scaled_display(qapp: Any, ratio: float) -> None:
    sizes: list[float] = []
    icon = _recording_icon(sizes)
    target = QPixmap(round(32 * ratio), round(32 * ratio))
    target.setDevicePixelRatio(ratio)
    target.fill(Qt.GlobalColor.white)
    painter = QPainter(target)
    icon.paint(painter, QRect(0, 0, 16, 16))
    painter.end()
    assert sizes == [round(16 * ratio)]
    assert target.toImage().pixelColor(round(8 * ratio), round(8 * ratio)).name() == "#2e7d32"


def test_an_icon_is_drawn_once_per_size_and_mode(qapp: Any) -> None:
    sizes: list[float] = []
    icon = _recording_icon(sizes)
    for _ in range(3):
        icon.pixmap(16)
        icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert sorted(sizes) == [16, 24]
    assert not icon.pixmap(QSize(24, 24), QIcon.Mode.Selected).isNull()


def test_a_changed_copy_of_a_shared_icon_stays_usable(qapp: Any) -> None:
    original = icons.status_icon(Status.PARTIAL)
    for _ in range(20):
        copy = QIcon(original)
        copy.addPixmap(original.pixmap(16))  # a change makes Qt copy the engine
        gc.collect()
        assert not copy.pixmap(20).isNull()
        del copy
        gc.collect()
    assert not original.pixmap(16).isNull()
