"""The active language: Qt translators for the UI's own words, the core's language for its texts.

Switching installs the other translators; Qt then sends every widget a
``LanguageChange`` event and each view re-reads its texts, so the switch
needs no restart.
"""

from __future__ import annotations

from advisor_app.domain.text import active_language, normalise_language, set_language
from advisor_app.paths import resource

from .qt import QApplication, QCoreApplication, QFileDialog, QLibraryInfo, QLocale, QObject, QTranslator, QWidget, Signal

LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
"""Each language named in itself, so a user can find their own in either language."""


def translation_file(language: str) -> str:
    return str(resource("translations", f"basisscan_{language}.qm"))


class Translations(QObject):
    """Owns the installed translators; ``changed`` fires after a switch."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []

    @property
    def language(self) -> str:
        return active_language()

    def apply(self, language: str) -> None:
        language = normalise_language(language)
        self.remove()
        set_language(language)
        QLocale.setDefault(LOCALES[language])
        qt_own = QTranslator(self)
        if qt_own.load(LOCALES[language], "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        ours = QTranslator(self)
        if ours.load(translation_file(language)):
            self._install(ours)
        self.changed.emit(language)

    def remove(self) -> None:
        """Take this object's translators out of the application again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Words outside a QObject (column headers, labels); ``pyside6-lupdate`` finds these calls by name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def file_dialog(parent: QWidget, name: str, title: str, *, save: bool = False) -> QFileDialog:
    """A file dialog in the UI's language, opened with ``open()`` so it never blocks the window.

    Qt's own words come from ``qtbase_*.qm`` (see :meth:`Translations.apply`); the
    two labels that file lacks in Dutch ("Look in:", "Files of type:") are ours.
    Qt's own dialog rather than the platform's, so it speaks the UI's language
    (not the desktop's) and behaves the same on every machine.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileDialog", "&Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("FileDialog", "Files of t&ype:"))
    return dialog
