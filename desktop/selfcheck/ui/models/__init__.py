"""Qt item models over plain Python rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

#: The index an item model's methods are given: Qt passes either kind.
Index = QModelIndex | QPersistentModelIndex
