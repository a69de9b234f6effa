"""Help → User guide: the documentation offline, in the window's language, with links
between the documents and to their headings, web links not followed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from selfcheck.ui.dialogs.user_guide import UserGuideDialog, anchor_slug, guide_documents, title_for
from tests.conftest import REPO

pytestmark = pytest.mark.gui
DOCS = REPO / "docs"


def test_documents_in_the_readers_language(tmp_path: Path) -> None:
    zh = [p.name for p in guide_documents("zh", [DOCS])]
    en = [p.name for p in guide_documents("en", [DOCS])]
    assert "install.zh-CN.md" in zh and "install.md" not in zh
    assert "install.md" in en and "install.zh-CN.md" not in en
    assert "glossary.md" in zh and "ui.md" not in en  # the window's developer notes are not
    (tmp_path / "guide.md").write_text("# User guide\n", "utf-8")
    (tmp_path / "guide.zh-CN.md").write_text("# 使用指南\n", "utf-8")
    assert guide_documents("zh", [tmp_path, DOCS])[0].name == "guide.zh-CN.md"
    text = "# Checklist packs\n\n```\n# 中文注释 in a code block\n```\n\n# 检查清单包：编写\n"
    assert title_for(text, "zh", "x") == "检查清单包：编写"
    assert title_for(text, "en", "x") == "Checklist packs"
    assert anchor_slug("检查清单包：编写、签名、分发与升级") == "检查清单包编写签名分发与升级"


def test_the_guide_from_the_help_menu(qtbot: Any, launch_window: Any) -> None:
    session = launch_window("zh")
    window = session.window
    assert window.actions_.guide.text() == "使用指南(&G)"
    dialog = UserGuideDialog(session.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    titles = [dialog.documents.item(r).text() for r in range(dialog.documents.count())]
    assert titles[0].startswith("使用指南")
    assert "术语表 · Glossary" in titles
    assert "答复文件格式（英文）" in titles  # written in English only, titled in Chinese
    shown = dialog.browser.toPlainText()
    assert "人工智能安全自查" in shown
    # a line break inside a Chinese sentence of the Markdown is no space on screen
    assert re.findall(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", shown) == []
    assert "其决定影响的人数" in shown
    # a link to another document opens it; a web link is not followed
    dialog._follow(QUrl("packs.md"))
    assert dialog.current_path() == DOCS / "packs.md"
    # a bilingual document opens at its Chinese part for a Chinese reader
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    dialog._follow(QUrl("https://example.org/"))
    assert "离线" in dialog.note.text()
    assert dialog.current_path() == DOCS / "packs.md"
    window.set_language("en")
    titles = [dialog.documents.item(r).text() for r in range(dialog.documents.count())]
    assert any(t.startswith("Installing AI Safety Self-Check") for t in titles)
    assert dialog.windowTitle() == "User guide"
