"""Languages: French by default, English and Portuguese, switched live through Qt translators.

Source strings in the code are English; `resources/translations/quittance_{fr,en,pt}.qm`
carry the translations. Switching installs the new translator; Qt then sends every widget a
LanguageChange event and each view re-applies its texts (see `retranslate()` in the views)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

import resources

LANGUAGES = ("fr", "en", "pt")
DEFAULT_LANGUAGE = "fr"
TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
# Qt's own strings (standard buttons, file dialogs); Qt ships Brazilian Portuguese only.
_QT_CATALOGUES = {"fr": "qtbase_fr", "en": "qtbase_en", "pt": "qtbase_pt_BR"}
_QLOCALES = {"fr": QLocale.Language.French, "en": QLocale.Language.English, "pt": QLocale.Language.Portuguese}


def language_name(code: str) -> str:
    """Each language in its own words, so an agent can always find theirs."""
    return {"fr": "Français", "en": "English", "pt": "Português"}[code]


class Languages(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.current = ""

    def apply(self, code: str) -> None:
        code = code if code in LANGUAGES else DEFAULT_LANGUAGE
        if code == self.current:
            return
        app = QCoreApplication.instance()
        self.release()
        ours = QTranslator(self)
        if ours.load(str(TRANSLATIONS_DIR / f"quittance_{code}.qm")):
            self._installed.append(ours)
        qt = QTranslator(self)
        if qt.load(_QT_CATALOGUES[code], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(_QLOCALES[code]))
        self.current = code
        self.changed.emit(code)


    def release(self) -> None:
        """Uninstall our translators (a window closing must not leave them on the application)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.current = ""

