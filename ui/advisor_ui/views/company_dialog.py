"""Create or edit a company, with each rule's complaint under its own field.

The checks are the core's own (``advisor_app.domain.rules``), run when a
field is left and again on every key press once it has complained, so a
message goes away the moment the value is right.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from advisor_app.domain import rules
from advisor_app.domain.errors import BasisscanError, ValidationError
from advisor_app.domain.sectors import SECTORS, sector_by_key
from advisor_app.domain.text import Text
from advisor_app.services.companies import CompanyInput

from .. import labels
from ..controllers.companies import CompaniesController
from ..qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from .widgets import FieldError, make_label

if TYPE_CHECKING:
    from advisor_app.services.views import CompanyView

Check = Callable[[], object]


class CompanyDialog(QDialog):
    def __init__(
        self, controller: CompaniesController, company: CompanyView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.controller = controller
        self.company = company
        self.saved_id: uuid.UUID | None = None
        self.saving = False
        """A save is on its way to the disk; the buttons wait for its verdict."""
        self.setMinimumWidth(560)

        self.name = self._line("companyName")
        self.kvk = self._line("companyKvk")
        self.kvk.setMaxLength(12)
        self.sector = QComboBox()
        self.sector.setObjectName("companySector")
        self.sector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sector.addItem("", "")
        for sector in SECTORS:
            self.sector.addItem(str(sector.name), sector.key)
        self.employees = self._line("companyEmployees")
        self.employees.setMaxLength(7)
        self.municipality = self._line("companyMunicipality")
        self.contact = self._line("companyContact")
        self.email = self._line("companyEmail")
        self.phone = self._line("companyPhone")
        self.consent = QCheckBox()
        self.consent.setObjectName("companyConsent")
        self.consent_note = make_label("hint", "companyConsentNote", wrap=True)
        self.general_error = make_label("error", "companyError", wrap=True)
        self.general_error.hide()

        self.errors: dict[str, FieldError] = {}
        self.checks: dict[str, Check] = {
            "name": lambda: rules.validate_name(self.name.text()),
            "kvk": lambda: rules.normalise_kvk(self.kvk.text()),
            "sector": self._check_sector,
            "employees": self._employees_value,
            "email": lambda: rules.validate_email(self.email.text()),
            "phone": lambda: rules.validate_phone(self.phone.text()),
        }
        fields: dict[str, QWidget] = {
            "name": self.name,
            "kvk": self.kvk,
            "sector": self.sector,
            "employees": self.employees,
            "municipality": self.municipality,
            "contact_person": self.contact,
            "email": self.email,
            "phone": self.phone,
        }
        self.field_widgets = fields
        for widget in fields.values():
            # A message under a field makes the dialog taller; it never squeezes the field itself.
            widget.setMinimumHeight(widget.sizeHint().height())
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        for key, widget in fields.items():
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if key in self.checks:
                error = FieldError(widget, f"{widget.objectName()}Error")
                self.errors[key] = error
                box.addWidget(error)
            label = QLabel()
            label.setBuddy(widget)
            self.row_labels[key] = label
            self.form.addRow(label, box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("companyButtons")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("companySave")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("companyCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The dialog grows with the messages under its fields instead of squeezing the fields
        # (a minimum width set on the dialog would otherwise stop the layout from setting its height).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        for key, widget in fields.items():
            if key in self.checks:
                if isinstance(widget, QLineEdit):
                    widget.editingFinished.connect(lambda key=key: self._left_field(key))
                    widget.textEdited.connect(lambda _text, key=key: self._recheck(key))
                elif isinstance(widget, QComboBox):
                    widget.activated.connect(lambda _index, key=key: self.check(key))
        self._fill()
        self.retranslate()

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        return line

    def retranslate(self) -> None:
        editing = self.company is not None
        self.setWindowTitle(self.tr("Edit company") if editing else self.tr("New company"))
        texts = {
            "name": self.tr("&Name"),
            "kvk": self.tr("&KvK number"),
            "sector": self.tr("&Sector"),
            "employees": self.tr("E&mployees"),
            "municipality": self.tr("M&unicipality"),
            "contact_person": self.tr("&Contact person"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("&Phone"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
            self.field_widgets[key].setAccessibleName(text.replace("&", ""))
        self.kvk.setPlaceholderText(self.tr("8 digits, e.g. 3012 3456"))
        self.employees.setPlaceholderText(self.tr("Number of employees (optional)"))
        self.sector.setItemText(0, self.tr("Choose a sector"))
        for index, sector in enumerate(SECTORS, start=1):
            self.sector.setItemText(index, str(sector.name))
        self.consent.setText(self.tr("&The company consents to storing and sharing its data"))
        self.consent.setAccessibleName(self.tr("Consent"))
        consent_at = self.company.consent_at if self.company is not None else None
        self.consent_note.setText(
            self.tr("Consent recorded on {date}.").format(date=labels.day(consent_at))
            if consent_at is not None
            else self.tr(
                "The data are stored on this laptop and shared with the programme office. Under the GDPR that needs the "
                "company's consent; the company can have its data erased at any time."
            )
        )

    def _fill(self) -> None:
        company = self.company
        if company is None:
            return
        self.name.setText(company.name)
        self.kvk.setText(company.kvk)
        self.sector.setCurrentIndex(max(0, self.sector.findData(company.sector)))
        self.employees.setText("" if company.employees is None else str(company.employees))
        self.municipality.setText(company.municipality)
        self.contact.setText(company.contact_person)
        self.email.setText(company.email)
        self.phone.setText(company.phone)
        self.consent.setChecked(company.consent)

    def _check_sector(self) -> str:
        key = str(self.sector.currentData() or "")
        if not key:
            raise ValidationError("sector", _already_translated(self.tr("Choose the company's sector")))
        return sector_by_key(key).key

    def _employees_value(self) -> int | None:
        text = self.employees.text().replace(".", "").replace(" ", "")
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError("employees", _already_translated(self.tr("Enter a whole number, or leave it empty")))
        return rules.validate_employees(int(text))

    def check(self, key: str) -> bool:
        """Run one field's rule; show or clear its message."""
        try:
            self.checks[key]()
        except ValidationError as error:
            self.errors[key].show_message(str(error))
            self._fit()
            return False
        self.errors[key].clear_message()
        return True

    def _fit(self) -> None:
        """Grow to show every message whole (wrapped messages need their height for the dialog's width)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _recheck(self, key: str) -> None:
        if self.errors[key].message:
            self.check(key)

    def _left_field(self, key: str) -> None:
        self.check(key)

    def done(self, result: int) -> None:
        """Fields lose the focus as the dialog goes; that is not the user leaving them, so nothing is checked."""
        for key, widget in self.field_widgets.items():
            if key in self.checks and isinstance(widget, QLineEdit):
                widget.editingFinished.disconnect()
                widget.textEdited.disconnect()
        super().done(result)

    def error_of(self, key: str) -> str:
        return self.errors[key].message

    def save(self) -> None:
        results = {key: self.check(key) for key in self.checks}
        invalid = [key for key, ok in results.items() if not ok]
        if invalid:
            self.field_widgets[invalid[0]].setFocus()
            return
        data = CompanyInput(
            name=self.name.text(),
            kvk=self.kvk.text(),
            sector=str(self.sector.currentData()),
            employees=self._employees_value(),
            municipality=self.municipality.text(),
            contact_person=self.contact.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            consent=self.consent.isChecked(),
        )
        if self.saving:
            return
        self.saving = True
        self.general_error.hide()
        self.buttons.setEnabled(False)
        self.controller.save(self.company.id if self.company is not None else None, data, self._saved, self._refused)

    def _saved(self, company: CompanyView) -> None:
        if not is_alive(self):
            return
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved_id = company.id
        self.accept()

    def _refused(self, error: BaseException) -> None:
        """The core's verdict (a taken KvK number, ...) under its field, or in one line under the form."""
        if not is_alive(self):
            return
        self.saving = False
        self.buttons.setEnabled(True)
        target = self.errors.get(error.field) if isinstance(error, ValidationError) else None
        if target is not None and isinstance(error, ValidationError):
            target.show_message(str(error))
            self._fit()
            self.field_widgets[error.field].setFocus()
        elif isinstance(error, BasisscanError):
            self._show_general(str(error))
        else:
            self._show_general(self.controller.context.message(error))

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
        self._fit()


def _already_translated(message: str) -> Text:
    """A UI sentence (already in the active language) carried by a ValidationError."""
    return Text(message, message)
