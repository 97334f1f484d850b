"""Languages: our Swedish catalogue and Qt's own, installed and switched at run time."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "sv")
_INSTALLED: dict[int, list] = {}  # application → the translators CaseDesk installed


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in SUPPORTED else "en"


def translations_dir() -> str:
    return str(resources.files("casedesk.resources") / "translations")


class LanguageManager:
    """Keeps the installed translators; `switch()` makes every widget retranslate."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = "en"

    @property
    def _translators(self) -> list[QTranslator]:
        """The translators installed on this application, whichever manager installed them."""
        return _INSTALLED.setdefault(id(self._app), [])

    def switch(self, language: str) -> str:
        """Install the catalogues of `language` ('' = the OS language). Returns the language."""
        language = language or system_language()
        if language not in SUPPORTED:
            language = "en"
        for tr in self._translators:
            self._app.removeTranslator(tr)
        self._translators.clear()
        ours = QTranslator(self._app)  # English too: it holds the plural forms (%n)
        if ours.load(f"casedesk_{language}", translations_dir()):
            self._translators.append(ours)
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in ("qtbase", "qt"):
                qt = QTranslator(self._app)
                if qt.load(f"{name}_{language}", qt_dir):
                    self._translators.append(qt)
                    break
        for tr in self._translators:
            self._app.installTranslator(tr)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv"
                                   else QLocale.Language.English,
                                   QLocale.Country.Sweden if language == "sv"
                                   else QLocale.Country.UnitedKingdom))
        self.language = language
        # Qt posts LanguageChange to every widget; deliver it now, so the switch is whole.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return language
