"""Settings: the advisor's name and e-mail, the language (switches at once, no restart), and syncing by itself.

The profile is read and saved in a worker: the dialog opens at once with its
fields off, and fills them when the read comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor_app.domain.errors import ValidationError

from ..context import AppContext
from ..controllers.status import auto_sync_enabled, set_auto_sync
from ..i18n import LANGUAGE_NAMES
from ..qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from .widgets import FieldError, make_label

if TYPE_CHECKING:
    from advisor_app.services.views import ProfileView


class SettingsDialog(QDialog):
    loaded = Signal()
    """The profile has been read and the fields can be edited."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.context = context
        self.setMinimumWidth(460)
        self.ready = False
        self.saving = False
        self.name = QLineEdit()
        self.name.setObjectName("settingsName")
        self.name_error = FieldError(self.name, "settingsNameError")
        self.email = QLineEdit()
        self.email.setObjectName("settingsEmail")
        self.email_error = FieldError(self.email, "settingsEmailError")
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.auto_sync = QCheckBox()
        self.auto_sync.setObjectName("settingsAutoSync")
        self.auto_sync.setChecked(auto_sync_enabled(context.settings))
        self.auto_sync_note = make_label("hint", "settingsAutoSyncNote", wrap=True)
        self.error = make_label("error", "settingsError", wrap=True)
        self.error.hide()
        self.name_label, self.email_label, self.language_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        for label, field, error in (
            (self.name_label, self.name, self.name_error),
            (self.email_label, self.email, self.email_error),
        ):
            label.setBuddy(field)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            form.addRow(label, box)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settingsButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("settingsSave")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settingsCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.auto_sync)
        layout.addWidget(self.auto_sync_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._set_enabled(False)
        self.retranslate()
        profile = context.workspace.profile
        context.tasks.start(lambda _control: profile.get(), self._loaded, self._failed)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.name, self.email, self.save_button):
            widget.setEnabled(enabled)

    def _loaded(self, profile: ProfileView | None) -> None:
        if not is_alive(self):
            return
        self.name.setText(profile.name if profile else "")
        self.email.setText(profile.email if profile else "")
        self.ready = True
        self._set_enabled(True)
        self.name.setFocus()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not is_alive(self):
            return
        self.saving = False
        self._set_enabled(self.ready)
        self.error.setText(self.context.message(error))
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.name_label.setText(self.tr("Your &name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email_label.setText(self.tr("&E-mail"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.auto_sync.setText(self.tr("S&ync by itself when the server can be reached"))
        self.auto_sync_note.setText(
            self.tr("Never while a scan is open; changes wait until the scan is closed. Off unless you turn it on.")
        )

    def save(self) -> None:
        if not self.ready or self.saving:
            return
        language = str(self.language.currentData())
        for error in (self.name_error, self.email_error):
            error.clear_message()
        self.error.hide()
        self.saving = True
        self._set_enabled(False)
        profile = self.context.workspace.profile
        name, email = self.name.text(), self.email.text()
        self.context.tasks.start(
            lambda _control: profile.save(name, language, email), lambda _saved: self._saved(language), self._refused
        )

    def _refused(self, error: BaseException) -> None:
        if not is_alive(self):
            return
        if isinstance(error, ValidationError):
            self.saving = False
            self._set_enabled(True)
            target = self.email_error if error.field == "email" else self.name_error
            target.show_message(str(error))
            target.field.setFocus()
            return
        self._failed(error)

    def _saved(self, language: str) -> None:
        if not is_alive(self):
            return
        self.saving = False
        set_auto_sync(self.context.settings, self.auto_sync.isChecked())
        if language != self.context.language:
            self.context.translations.apply(language)
        self.accept()
