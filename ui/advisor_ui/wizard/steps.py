"""The wizard's row of page buttons: intake, one per dimension, review; the current one checked, the done ones marked.

A row of its own so that the wizard hides it in one piece on a low window, and because the buttons know
nothing of the pages but their order: the wizard says which page is shown and which dimensions are done.
"""

from __future__ import annotations

from advisor_app.domain.questionnaire import Dimension

from ..qt import QHBoxLayout, QPushButton, Qt, QWidget, Signal
from ..views.widgets import repolish, styled


class StepBar(QWidget):
    """``chosen(index)`` when a page's button is clicked; the buttons take no focus (the keys move between pages)."""

    chosen = Signal(int)

    def __init__(self, dimensions: tuple[Dimension, ...]) -> None:
        super().__init__()
        self.dimensions = dimensions
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for index, name in enumerate(["intake", *(d.id for d in dimensions), "review"]):
            step = QPushButton()
            step.setObjectName(f"step_{name}")
            step.setCheckable(True)
            step.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            styled(step, "step")
            step.clicked.connect(lambda _checked=False, index=index: self.chosen.emit(index))
            self.buttons.append(step)
            row.addWidget(step)
        row.addStretch(1)

    def retranslate(self, intake: str, review: str) -> None:
        """The first and last buttons' texts come translated from the wizard, which names the same pages."""
        self.buttons[0].setText(intake)
        self.buttons[-1].setText(review)
        for step, dimension in zip(self.buttons[1:-1], self.dimensions, strict=True):
            step.setText(dimension.id)
            step.setToolTip(str(dimension.title))
            step.setAccessibleName(f"{dimension.id} {dimension.title}")

    def show_page(self, index: int, done: list[bool]) -> None:
        """Check the shown page's button; mark each dimension's button by whether its questions are all answered."""
        for number, step in enumerate(self.buttons):
            step.setChecked(number == index)
        for step, complete in zip(self.buttons[1:-1], done, strict=True):
            if step.property("complete") != complete:
                step.setProperty("complete", complete)
                repolish(step)
