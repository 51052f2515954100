"""Ctrl+F in the scan: type a word or an item id, pick the question from the list, go there.

Its words keep the wizard's translation context (``ScanWizard``), where they were first written.
"""

from __future__ import annotations

from advisor_app.domain.questionnaire import Questionnaire

from ..i18n import translate
from ..qt import QCompleter, QLineEdit, QStringListModel, Qt, Signal


class QuestionFinder(QLineEdit):
    found = Signal(str)
    """The id of the question picked ("D2.3")."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        super().__init__()
        self.setObjectName("wizardSearch")
        self.questionnaire = questionnaire
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(180)
        self.setMaximumWidth(360)
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setModel(self.completer_model)
        self.setCompleter(completer)
        completer.activated.connect(self._chosen)
        self.returnPressed.connect(lambda: self._chosen(self.text()))

    def retranslate(self) -> None:
        self.setPlaceholderText(translate("ScanWizard", "Find a question (Ctrl+F)"))
        self.setAccessibleName(translate("ScanWizard", "Find a question"))
        self.completer_model.setStringList([f"{item.id}  {item.text}" for item in self.questionnaire.items()])

    def _chosen(self, text: str) -> None:
        item_id = text.strip().split(" ", 1)[0].upper()
        if item_id in self.questionnaire.item_ids:
            self.clear()
            self.found.emit(item_id)
