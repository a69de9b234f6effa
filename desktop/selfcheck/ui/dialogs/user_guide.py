"""Help → User guide: the program's documentation, offline, in the window's language.

The guide is the Markdown files of ``docs/`` (the bundle ships them beside the
executables; a source checkout has them in the repository), shown with QTextBrowser:
the user guide first, then installation, the glossary, signing, packs and the answers
file format, each in Chinese where a Chinese version (``NAME.zh-CN.md``) exists. Links
between the files and to their headings work; links to web sites are not followed
(the program never goes online).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from selfcheck.core.paths import USER_GUIDE, executable_dir, program_root
from selfcheck.ui.context import AppContext
from selfcheck.ui.i18n import FollowsLanguage
from selfcheck.ui.style import set_role

#: The documents of the guide, in the order shown (file names without ``.md``).
GUIDE_ORDER = (Path(USER_GUIDE["en"]).stem, "install", "glossary", "signing", "packs", "answers-format")
CHINESE_SUFFIX = ".zh-CN.md"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A character after which (or before which) a line break is no space in Chinese text:
# ideographs and full-width punctuation.
_CJK_EDGE = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
_CJK_SOFT_BREAK = re.compile(rf"(?<={_CJK_EDGE})\n[ \t]*(?={_CJK_EDGE}|\*\*{_CJK_EDGE})")
# Titles of the documents written in English only, for a Chinese reader's list.
ENGLISH_ONLY_TITLES: dict[str, object] = {
    "answers-format": QT_TRANSLATE_NOOP("UserGuideDialog", "Answers file format (in English)"),
}


def joined_chinese_lines(markdown: str) -> str:
    """The Markdown with the line breaks inside Chinese sentences removed: Markdown turns
    a soft break into a space, which Chinese text must not get ("其决定 影响的人数").
    Code blocks are kept as they are."""
    parts = re.split(r"(?ms)(^```.*?^```[ \t]*$)", markdown)
    return "".join(part if part.startswith("```") else _CJK_SOFT_BREAK.sub("", part)
                   for part in parts)


def docs_folders() -> list[Path]:
    """Where the documentation is: the bundle's ``docs`` beside the executables, or the
    repository's."""
    folders: list[Path] = []
    for folder in (executable_dir() / "docs", program_root() / "docs"):
        if folder.is_dir() and folder not in folders:
            folders.append(folder)
    return folders


def guide_documents(lang: str, folders: list[Path] | None = None) -> list[Path]:
    """The guide's files for ``lang``: each document once, in Chinese when asked for and
    written, else in English."""
    found: list[Path] = []
    for name in GUIDE_ORDER:
        for folder in folders if folders is not None else docs_folders():
            wanted = ([folder / f"{name}{CHINESE_SUFFIX}"] if lang == "zh" else []) + [
                folder / f"{name}.md", folder / f"{name}{CHINESE_SUFFIX}"]
            path = next((p for p in wanted if p.is_file()), None)
            if path is not None:
                found.append(path)
                break
    return found


def headings(text: str) -> list[str]:
    """The level-1 headings of a Markdown text (not the comment lines of its code blocks)."""
    found: list[str] = []
    in_code = False
    for line in text.splitlines():
        if line.startswith(("```", "~~~")):
            in_code = not in_code
        elif not in_code and line.startswith("# "):
            found.append(line[2:].strip())
    return found


def title_for(text: str, lang: str, fallback: str, name: str = "") -> str:
    """The heading a reader of ``lang`` knows the document by (its Chinese heading for
    Chinese, when it has one; for a document written in English only, its translated
    title in :data:`ENGLISH_ONLY_TITLES` under ``name``)."""
    found = headings(text)
    for heading in found:
        if (lang == "zh") == bool(_CJK.search(heading)):
            return heading
    if lang == "zh" and name in ENGLISH_ONLY_TITLES:
        return QCoreApplication.translate("UserGuideDialog", str(ENGLISH_ONLY_TITLES[name]))
    return found[0] if found else fallback


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that reads the Markdown files itself, to join Chinese lines."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.MarkdownResource.value and url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix == ".md" and path.is_file():
                return joined_chinese_lines(path.read_text("utf-8", errors="replace"))
        return super().loadResource(kind, name)


def anchor_slug(heading: str) -> str:
    """The anchor a Markdown heading gets (as the documents' own links write it)."""
    kept = "".join(c for c in heading.casefold() if c.isalnum() or c in " -_")
    return kept.strip().replace(" ", "-")


class UserGuideDialog(FollowsLanguage, QDialog):
    """The documents on the left, the chosen one on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("userGuideDialog")
        self.documents = QListWidget()
        self.documents.setObjectName("guideDocuments")
        self.documents.setWordWrap(True)
        self.documents.setSpacing(2)
        self.browser = GuideBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.note = QLabel()
        set_role(self.note, "mutedLabel")
        self.note.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.documents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 760])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.documents.currentItemChanged.connect(self._chosen)
        self.resize(1080, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.documents.setAccessibleName(self.tr("Documents"))
        self.browser.setAccessibleName(self.tr("The chosen document"))
        lang = self.ctx.lang
        self.documents.blockSignals(True)
        self.documents.clear()
        for path in guide_documents(lang):
            text = path.read_text("utf-8", errors="replace")
            item = QListWidgetItem(title_for(text, lang, path.stem, path.name.split(".")[0]))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.documents.addItem(item)
        self.documents.blockSignals(False)
        if self.documents.count():
            self.documents.setCurrentRow(0)
            self._chosen()
            self.note.setText("")
        else:
            self.browser.clear()
            self.note.setText(self.tr("The documentation was not found next to the program "
                                      "(a docs folder)."))

    def current_path(self) -> Path | None:
        item = self.documents.currentItem()
        return Path(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    def show_document(self, path: Path) -> None:
        """Show ``path`` (listed or not), at its heading in the window's language."""
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item is not None and Path(str(item.data(Qt.ItemDataRole.UserRole))) == path:
                self.documents.blockSignals(True)
                self.documents.setCurrentRow(row)
                self.documents.blockSignals(False)
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)
        text = path.read_text("utf-8", errors="replace")
        heading = title_for(text, self.ctx.lang, "")
        if heading and heading != (headings(text) or [""])[0]:
            self._scroll_to(heading)

    def _chosen(self, *_: object) -> None:
        path = self.current_path()
        if path is not None:
            self.show_document(path)

    def _scroll_to(self, heading: str) -> None:
        """Bring the heading ``heading`` to the top of the view (once the document is laid
        out, so after the events pending now)."""

        def scroll() -> None:
            document = self.browser.document()
            block = document.begin()
            while block.isValid():
                if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                    top = document.documentLayout().blockBoundingRect(block).top()
                    self.browser.verticalScrollBar().setValue(int(top))
                    return
                block = block.next()

        QTimer.singleShot(0, self.browser, scroll)

    def _follow(self, url: QUrl) -> None:
        """A link: another document or a heading of this one; web links are not opened."""
        if url.scheme() in ("http", "https", "mailto", "ftp"):
            self.note.setText(self.tr("Links to web sites are not opened: this program works "
                                      "offline. The address is %1").replace("%1", url.toString()))
            return
        current = self.current_path()
        target = Path(url.toLocalFile()) if url.isLocalFile() else (
            current.parent / url.path() if current is not None and url.path() else current)
        if target is None or not target.is_file():
            return
        if target != current:
            self.show_document(target)
        fragment = url.fragment()
        if fragment:
            text = target.read_text("utf-8", errors="replace")
            wanted = next((line.lstrip("#").strip() for line in text.splitlines()
                           if line.startswith("#")
                           and anchor_slug(line.lstrip("#").strip()) == fragment), "")
            if wanted:
                self._scroll_to(wanted)
