"""Settings: the advisor's name and e-mail, and the language (switches at once, no restart)."""

from __future__ import annotations

from advisor_app.domain.errors import BasisscanError, ValidationError

from ..context import AppContext
from ..i18n import LANGUAGE_NAMES
from ..qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from .widgets import FieldError, make_label


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.context = context
        self.setMinimumWidth(460)
        profile = context.workspace.profile.get()
        self.name = QLineEdit(profile.name if profile else "")
        self.name.setObjectName("settingsName")
        self.name_error = FieldError(self.name, "settingsNameError")
        self.email = QLineEdit(profile.email if profile else "")
        self.email.setObjectName("settingsEmail")
        self.email_error = FieldError(self.email, "settingsEmailError")
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settingsSave")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settingsCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.name_label.setText(self.tr("Your &name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email_label.setText(self.tr("&E-mail"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))

    def save(self) -> None:
        language = str(self.language.currentData())
        for error in (self.name_error, self.email_error):
            error.clear_message()
        try:
            self.context.workspace.profile.save(self.name.text(), language, self.email.text())
        except ValidationError as error:
            target = self.email_error if error.field == "email" else self.name_error
            target.show_message(str(error))
            target.field.setFocus()
            return
        except BasisscanError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        if language != self.context.language:
            self.context.translations.apply(language)
        self.accept()
