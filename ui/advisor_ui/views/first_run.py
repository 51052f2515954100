"""The first start on a laptop: who is the advisor, which language, and demo data to try things out.

Demo data goes into a demo folder of its own (``demo`` inside the data
folder), never into the advisor's real folder: the window then works in the
demo, says so in its title and status bar, and never syncs it; "Leave demo"
brings the advisor to the real folder, empty and ready. The first run is
not offered again: the advisor's name is kept in both folders.
"""

from __future__ import annotations

from advisor_app.domain import rules
from advisor_app.domain.errors import ValidationError
from advisor_app.services.demo import DemoSummary, fill_demo_workspace
from advisor_app.workspace import Workspace

from ..context import AppContext
from ..i18n import LANGUAGE_NAMES
from ..qt import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from ..tasks import Control
from .widgets import FieldError, make_label

DEMO_COMPANIES = 120
"""Enough for a sector benchmark (at least ten completed scans per sector) in every sector."""
DEMO_SEED = 2009


class FirstRunDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.context = context
        self.demo_summary: DemoSummary | None = None
        self.failure: BaseException | None = None
        """The last failure shown under the form, kept so a language switch can say it again."""
        self.setMinimumWidth(560)
        self.title = make_label("title", "firstRunTitle", wrap=True)
        self.intro = make_label("subtitle", "firstRunIntro", wrap=True)
        self.name = QLineEdit()
        self.name.setObjectName("firstRunName")
        self.name_error = FieldError(self.name, "firstRunNameError")
        self.email = QLineEdit()
        self.email.setObjectName("firstRunEmail")
        self.email_error = FieldError(self.email, "firstRunEmailError")
        self.dutch = QRadioButton(LANGUAGE_NAMES["nl"])
        self.dutch.setObjectName("firstRunDutch")
        self.english = QRadioButton(LANGUAGE_NAMES["en"])
        self.english.setObjectName("firstRunEnglish")
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.dutch)
        self.languages.addButton(self.english)
        (self.english if context.language == "en" else self.dutch).setChecked(True)
        self.demo = QCheckBox()
        self.demo.setObjectName("firstRunDemo")
        self.demo_note = make_label("hint", "firstRunDemoNote", wrap=True)
        self.progress = QProgressBar()
        self.progress.setObjectName("firstRunProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = make_label("error", "firstRunError", wrap=True)
        self.error.hide()

        self.name_label, self.email_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.email_label.setBuddy(self.email)
        form = QFormLayout()
        for label, field, error in (
            (self.name_label, self.name, self.name_error),
            (self.email_label, self.email, self.email_error),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            form.addRow(label, box)
        languages = QHBoxLayout()
        languages.addWidget(self.dutch)
        languages.addWidget(self.english)
        languages.addStretch(1)
        form.addRow(self.language_label, languages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("firstRunButtons")
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setObjectName("firstRunStart")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("firstRunQuit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.languages.buttonToggled.connect(self._language_chosen)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.name.editingFinished.connect(self._check_name)
        context.translations.changed.connect(self.retranslate)
        self.retranslate()

    def _language_chosen(self, _button: object, checked: bool) -> None:
        """The dialog (and everything after it) switches language the moment one is picked."""
        if checked and self.language != self.context.language:
            self.context.translations.apply(self.language)

    @property
    def language(self) -> str:
        return "en" if self.english.isChecked() else "nl"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Basisscan"))
        self.title.setText(self.tr("Welcome to Basisscan"))
        self.intro.setText(
            self.tr(
                "Basisscan works without internet: everything is saved on this laptop as you type and sent to the "
                "programme's server when you sync. First, who is using it?"
            )
        )
        self.name_label.setText(self.tr("Your &name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email_label.setText(self.tr("&E-mail (optional)"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.language_label.setText(self.tr("Language"))
        self.dutch.setAccessibleName(self.tr("Dutch"))
        self.english.setAccessibleName(self.tr("English"))
        self.demo.setText(self.tr("Start with &demo data to try things out"))
        self.demo_note.setText(
            self.tr(
                "{count} example companies in the six sectors, with scans, plans and vouchers, in a demo folder of their "
                "own that is never synced. 'Leave demo' at the bottom of the window takes you to your own, empty data."
            ).format(count=DEMO_COMPANIES)
        )
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Quit"))
        if self.name_error.message:
            self._check_name()  # the complaint in the new language
        if self.email_error.message:
            self._check_email()
        if self.failure is not None:
            self._show_failure(self.failure)

    def _check_name(self) -> bool:
        try:
            rules.validate_name(self.name.text())
        except ValidationError as error:
            self.name_error.show_message(str(error))
            return False
        self.name_error.clear_message()
        return True

    def _check_email(self) -> bool:
        try:
            rules.validate_email(self.email.text())
        except ValidationError as error:
            self.email_error.show_message(str(error))
            return False
        self.email_error.clear_message()
        return True

    def _show_failure(self, error: BaseException) -> None:
        """A failure in words of the active language (again after a language switch)."""
        self.failure = error
        self.error.setText(self.context.message(error))
        self.error.show()

    def start(self) -> None:
        name_ok = self._check_name()
        if not self._check_email():
            name_ok = False
        if not name_ok:
            (self.name if self.name_error.message else self.email).setFocus()
            return
        self.buttons.setEnabled(False)
        self.progress.show()
        real = self.context.workspace
        name, language, email, with_demo = self.name.text(), self.language, self.email.text(), self.demo.isChecked()

        def run(_control: Control) -> tuple[Workspace, DemoSummary] | None:
            real.profile.save(name, language, email)
            if not with_demo:
                return None
            demo = real.open_demo()
            try:
                return demo, fill_demo_workspace(demo, DEMO_COMPANIES, seed=DEMO_SEED)
            except BaseException:
                demo.close()
                raise

        self.context.tasks.start(run, self._started, self._failed)

    def _started(self, opened: tuple[Workspace, DemoSummary] | None) -> None:
        """With the demo, the app works in the demo folder from here on; the real one waits, empty, for "Leave demo"."""
        if opened is not None:
            demo, self.demo_summary = opened
            real, self.context.workspace = self.context.workspace, demo
            real.close()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self._show_failure(error)

    def reject(self) -> None:
        if self.progress.isVisible():
            return
        super().reject()
