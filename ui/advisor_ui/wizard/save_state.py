"""The wizard's "✓ Saved 14:02" / "Saving ..." / "⚠ Not saved": there is no save button, so this says it.

Its words keep the wizard's translation context (``ScanWizard``), where they were first written.
"""

from __future__ import annotations

from ..i18n import translate
from ..qt import QEvent, QLabel
from ..tasks import Autosaver
from ..views.widgets import repolish


class SaveState(QLabel):
    def __init__(self, autosaver: Autosaver) -> None:
        super().__init__()
        self.setObjectName("saveState")
        self.autosaver = autosaver
        autosaver.state_changed.connect(self.show_state)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        states = (
            "✓ " + translate("ScanWizard", "Saved {time}").format(time="00:00"),
            translate("ScanWizard", "Saving ..."),
            "⚠ " + translate("ScanWizard", "Not saved"),
        )
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in states) + 28)  # never "✓ Saved 2"
        self.show_state()

    def show_state(self) -> None:
        saver = self.autosaver
        state = saver.state
        if state == "saving":
            text = translate("ScanWizard", "Saving ...")
        elif state == "failed":
            text = "⚠ " + translate("ScanWizard", "Not saved")
        elif saver.last_saved_at is not None:
            text = "✓ " + translate("ScanWizard", "Saved {time}").format(time=f"{saver.last_saved_at:%H:%M}")
        else:
            text = "✓ " + translate("ScanWizard", "Saved")
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(translate("ScanWizard", "Every change is saved as you make it; there is no save button."))
        self.setProperty("state", state)
        repolish(self)
