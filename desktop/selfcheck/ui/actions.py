"""The menus and their actions. The main window connects them; they hold no logic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


class Actions(QObject):
    """Every menu action of the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

        def action(name: str,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   ) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        Std = QKeySequence.StandardKey
        self.new = action("actionNew", Std.New)
        self.open = action("actionOpen", Std.Open)
        self.export_pdf = action("actionExportPdf", "Ctrl+E")
        self.sign_off = action("actionSignOff")
        self.export_questionnaire = action("actionExportQuestionnaire")
        self.import_workbook = action("actionImportWorkbook")
        self.backup = action("actionBackup")
        self.restore = action("actionRestore")
        self.quit = action("actionQuit", Std.Quit)
        self.show_list = action("actionShowList", "Ctrl+L")
        self.show_items = action("actionShowItems", "Ctrl+Shift+I")
        self.show_summary = action("actionShowSummary", "Ctrl+Shift+S")
        self.lang_zh = action("actionLanguageZh")
        self.lang_en = action("actionLanguageEn")
        for act in (self.lang_zh, self.lang_en):
            act.setCheckable(True)
        self.lang_group = QActionGroup(window)
        self.lang_group.addAction(self.lang_zh)
        self.lang_group.addAction(self.lang_en)
        self.verify = action("actionVerify")
        self.identity = action("actionIdentity")
        self.register = action("actionRegister", "Ctrl+Shift+R")
        self.install_pack = action("actionInstallPack")
        self.upgrade = action("actionUpgrade")
        self.guide = action("actionUserGuide")
        self.shortcuts = action("actionShortcuts", Std.HelpContents)
        self.about = action("actionAbout")
        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu("")
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_off)
        file_menu.addAction(self.export_pdf)
        file_menu.addSeparator()
        file_menu.addAction(self.export_questionnaire)
        file_menu.addAction(self.import_workbook)
        file_menu.addSeparator()
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu("")
        view_menu.addAction(self.show_list)
        view_menu.addAction(self.show_items)
        view_menu.addAction(self.show_summary)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu("")
        language_menu.addAction(self.lang_zh)
        language_menu.addAction(self.lang_en)
        packs_menu = bar.addMenu("")
        packs_menu.addAction(self.install_pack)
        packs_menu.addAction(self.upgrade)
        tools_menu = bar.addMenu("")
        tools_menu.addAction(self.verify)
        tools_menu.addAction(self.register)
        tools_menu.addSeparator()
        tools_menu.addAction(self.identity)
        help_menu = bar.addMenu("")
        help_menu.addAction(self.guide)
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self._menus = {"file": file_menu, "view": view_menu, "language": language_menu,
                       "packs": packs_menu, "tools": tools_menu, "help": help_menu}

    def retranslate(self) -> None:
        menus = self._menus
        menus["file"].setTitle(translate("Actions", "&File"))
        menus["view"].setTitle(translate("Actions", "&View"))
        menus["language"].setTitle(translate("Actions", "&Language"))
        menus["packs"].setTitle(translate("Actions", "Pac&ks"))
        menus["tools"].setTitle(translate("Actions", "&Tools"))
        menus["help"].setTitle(translate("Actions", "&Help"))
        self.new.setText(translate("Actions", "&New assessment…"))
        self.open.setText(translate("Actions", "&Open selected assessment"))
        self.export_pdf.setText(translate("Actions", "&Export report (PDF, workbook, Word)…"))
        self.sign_off.setText(translate("Actions", "Prepared, reviewed and approved &by…"))
        self.export_questionnaire.setText(translate("Actions",
                                                    "Export &questionnaire workbook…"))
        self.import_workbook.setText(translate("Actions", "&Import answers from a workbook…"))
        self.backup.setText(translate("Actions", "&Back up database…"))
        self.restore.setText(translate("Actions", "&Restore database…"))
        self.quit.setText(translate("Actions", "&Quit"))
        self.show_list.setText(translate("Actions", "&Assessments list"))
        self.show_items.setText(translate("Actions", "&Items"))
        self.show_summary.setText(translate("Actions", "&Summary"))
        self.lang_zh.setText("中文（简体）")
        self.lang_en.setText("English")
        self.verify.setText(translate("Actions", "&Verify a report…"))
        self.register.setText(translate("Actions", "Report &register…"))
        self.identity.setText(translate("Actions", "Signing &identity…"))
        self.install_pack.setText(translate("Actions", "&Install pack…"))
        self.upgrade.setText(translate("Actions", "&Upgrade assessment to a newer pack version…"))
        self.guide.setText(translate("Actions", "User &guide"))
        self.shortcuts.setText(translate("Actions", "&Keyboard shortcuts"))
        self.about.setText(translate("Actions", "&About"))

    def set_workspace_actions(self, has_assessment: bool) -> None:
        """Enable what needs an open assessment."""
        for act in (self.show_items, self.show_summary, self.export_pdf, self.upgrade,
                    self.sign_off, self.export_questionnaire, self.import_workbook):
            act.setEnabled(has_assessment)
