"""The scan wizard: intake, one page a dimension, review; every change saved as it happens.

Keys: 1-5 answer, 0 "don't know / n.a.", Up/Down pick a question,
PageDown or Ctrl+Enter next page, PageUp back, Ctrl+F find a question,
Ctrl+Z undo the last edit (answer, ambition, intake, note), Ctrl+Shift+Z redo.
Reopening a draft resumes at the same question.
"""

from __future__ import annotations

import uuid

from .. import labels
from ..context import AppContext
from ..controllers.scan_session import INTAKE_POSITION, REVIEW_POSITION, ScanSession
from ..qt import (
    QApplication,
    QByteArray,
    QEvent,
    QHBoxLayout,
    QProgressBar,
    QResizeEvent,
    QScrollArea,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ..views.shortcuts_dialog import native
from ..views.shortened_label import ShortenedLabel
from ..views.widgets import button, chain_tab_order, confirm, make_label, primary_button, styled, tell
from .dimension_page import DimensionPage
from .finder import QuestionFinder
from .intake_page import IntakePage
from .keys import LEAVE_KEYS, install_keys
from .review_page import ReviewPage
from .save_state import SaveState
from .steps import StepBar

SPLITTER_KEY = "wizard/itemSplitter"
ROOMY = (900, 560)
"""The wizard's size from which the footer lists the keys."""


class ScanWizard(QWidget):
    leave_requested = Signal()
    completed = Signal(uuid.UUID)

    def __init__(self, context: AppContext, session: ScanSession) -> None:
        super().__init__()
        self.setObjectName("scanWizard")
        self.context = context
        self.session = session
        q = session.questionnaire

        self.title = make_label("title", "wizardTitle", wrap=True)  # wraps rather than clip on a small screen
        self.subtitle = make_label("subtitle", "wizardSubtitle", wrap=True)
        self.search = QuestionFinder(q)
        self.save_state = SaveState(context.autosaver)
        self.progress = QProgressBar()
        self.progress.setObjectName("wizardProgress")
        self.progress.setRange(0, session.total)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress_label = make_label("hint", "wizardProgressLabel")
        self.page_label = ShortenedLabel()
        styled(self.page_label, "hint")
        self.page_label.setObjectName("wizardPageLabel")

        self.intake = IntakePage(session)
        self.dimension_pages = [DimensionPage(session, dimension) for dimension in q.dimensions]
        self.review = ReviewPage(session)
        self.pages: list[QWidget] = [self.intake, *self.dimension_pages, self.review]
        self.stack = QStackedWidget()
        self.stack.setObjectName("wizardPages")
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            scroll.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._show_answers())  # the page grew
            self.stack.addWidget(scroll)

        self.steps = StepBar(q.dimensions)
        self.steps.chosen.connect(self.go_to_page)

        self.back_button = button("wizardBack")
        self.next_button = primary_button("wizardNext")
        self.leave_button = button("wizardLeave")
        self.keys_hint = make_label("hint", "wizardKeys", wrap=True)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.search)
        header.addWidget(self.save_state)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addSpacing(12)
        progress_row.addWidget(self.page_label)
        footer = QHBoxLayout()
        footer.addWidget(self.leave_button)
        footer.addSpacing(12)
        footer.addWidget(self.keys_hint, 1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(header)
        layout.addLayout(progress_row)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_or_complete)
        self.leave_button.clicked.connect(self.leave)
        self.search.found.connect(self.go_to_entry)
        self.review.jump_requested.connect(self.go_to_entry)
        for page in self.dimension_pages:
            page.position_changed.connect(self._position_changed)
        session.answer_changed.connect(self._answer_changed)
        session.settle_requested.connect(self.settle_text)
        session.revisited.connect(self._revisited)
        session.save_failed.connect(self._save_failed)
        session.completed.connect(lambda: self.completed.emit(session.scan_id))
        session.complete_failed.connect(lambda message: tell(self, "completeRefused", self.tr("Complete scan"), message))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        install_keys(self, self, session)

        chain_tab_order(self.search, self.stack, self.leave_button, self.back_button, self.next_button)
        self._restore_splitters()
        self.retranslate()
        self.go_to_position(session.position)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """On a small window the footer's key list gives way to the buttons (F1 and the tooltips still name the keys),
        and on a low one the step buttons and the subtitle to the question (the page label still says where it is)."""
        super().resizeEvent(event)
        size = event.size()
        self.keys_hint.setVisible(size.width() >= ROOMY[0] and size.height() >= ROOMY[1])
        low = size.height() < ROOMY[1]
        for widget in (self.steps, self.subtitle):
            widget.setVisible(not low)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(*((12, 6, 12, 4) if low else (20, 14, 20, 10)))

    # -- keys ----------------------------------------------------------------------------

    def handle_digit(self, digit: int) -> None:
        page = self.current_page
        if isinstance(page, DimensionPage | IntakePage):
            page.handle_digit(digit)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- pages -----------------------------------------------------------------------------

    @property
    def page_index(self) -> int:
        return self.stack.currentIndex()

    @property
    def current_page(self) -> QWidget:
        return self.pages[self.page_index]

    def go_to_position(self, position: str) -> None:
        """Resume where the scan was left: a question, an ambition, the intake or the review."""
        if position == REVIEW_POSITION:
            self.go_to_page(len(self.pages) - 1)
        elif position and position != INTAKE_POSITION and self._page_of_entry(position) is not None:
            self.go_to_entry(position)
        else:
            self.go_to_page(0)

    def go_to_entry(self, entry: str) -> None:
        index = self._page_of_entry(entry)
        if index is None:
            return
        self.go_to_page(index, entry)

    def _page_of_entry(self, entry: str) -> int | None:
        for index, page in enumerate(self.dimension_pages, start=1):
            if entry in page.entries:
                return index
        return None

    def go_to_page(self, index: int, entry: str | None = None) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        leaving = self.current_page
        self.flush_pending()
        self.save_layout()
        self.stack.setCurrentIndex(index)
        page = self.current_page
        if isinstance(page, DimensionPage):
            state = self.context.settings.value(SPLITTER_KEY)
            if isinstance(state, QByteArray):
                page.splitter.restoreState(state)
            page.select(entry or (page.current_entry if page is leaving else page.first_open_entry()))
            self.session.set_position(page.current_entry)
            QTimer.singleShot(0, self._show_answers)
        elif isinstance(page, ReviewPage):
            page.refresh()
            self.session.set_position(REVIEW_POSITION)
        else:
            self.session.set_position(INTAKE_POSITION)
        self._update_navigation()
        self.focus_current()

    def focus_current(self) -> None:
        """The keyboard goes where the page is answered: the question list, the open items, the intake."""
        page = self.current_page
        if isinstance(page, DimensionPage):
            page.focus_list()
        elif isinstance(page, ReviewPage):
            (page.open_items if page.open_items.count() else self.next_button).setFocus()
        else:
            self.intake.first_field().setFocus()

    def next_page(self) -> None:
        if self.page_index < len(self.pages) - 1:
            self.go_to_page(self.page_index + 1)

    def previous_page(self) -> None:
        if self.page_index > 0:
            self.go_to_page(self.page_index - 1)

    def next_or_complete(self) -> None:
        if isinstance(self.current_page, ReviewPage):
            self.ask_complete()
        else:
            self.next_page()

    def leave(self) -> None:
        self.flush_pending()
        self.leave_requested.emit()

    def flush_pending(self) -> None:
        """Hand over a note still being typed and the latest position, before the page or the window changes."""
        self.settle_text()
        self.session.flush_position()

    def settle_text(self) -> None:
        """Notes being typed are handed over and their edit closed (before another edit is recorded)."""
        page = self.current_page
        if isinstance(page, DimensionPage):
            page.note.flush()
        self.review.notes.flush()

    def save_layout(self) -> None:
        page = self.current_page
        if isinstance(page, DimensionPage):
            self.context.settings.setValue(SPLITTER_KEY, page.splitter.saveState())

    # -- completing ------------------------------------------------------------------------

    def ask_complete(self) -> None:
        if self.session.missing_for_completion():
            self.go_to_page(len(self.pages) - 1)
            return
        self.review.notes.flush()
        confirm(
            self,
            "confirmComplete",
            title=self.tr("Complete scan"),
            text=self.tr("Complete the scan of {company}? The answers are frozen and the results are shown.").format(
                company=self.session.company.name
            ),
            yes_text=self.tr("Complete"),
            on_yes=self.session.complete,
        )

    # -- showing -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        session = self.session
        q = session.questionnaire
        self.title.setText(session.company.name)
        kind = self.tr("Revision") if session.view.scan.revision_of_id else self.tr("Scan")
        self.subtitle.setText(
            self.tr("{kind} started {date} · {questionnaire} {version}").format(
                kind=kind, date=labels.day(session.view.scan.started_at), questionnaire=q.title, version=q.version
            )
        )
        self.search.retranslate()
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.steps.retranslate(intake=self.tr("Intake"), review=self.tr("Review"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous page (PageUp)"))
        self.leave_button.setText(self.tr("Back to company"))
        self.leave_button.setToolTip(
            self.tr("Leave the scan; it is saved and resumes here next time ({keys})").format(keys=native(LEAVE_KEYS))
        )
        self.keys_hint.setText(
            self.tr(
                "Keys: 1-5 answer · 0 don't know · Up/Down question · PageDown next · PageUp back · "
                "Ctrl+Z undo · Ctrl+Shift+Z redo"
            )
        )
        self._update_navigation()
        self.save_state.retranslate()

    def _update_navigation(self) -> None:
        session = self.session
        index = self.page_index
        last = len(self.pages) - 1
        self.progress.setValue(session.answered)
        self.progress_label.setText(
            self.tr("{answered} of {total} answered").format(answered=session.answered, total=session.total)
        )
        page = self.current_page
        name = (
            self.tr("Intake")
            if page is self.intake
            else self.tr("Review")
            if page is self.review
            else f"{page.dimension.id} {page.dimension.title}"
            if isinstance(page, DimensionPage)
            else ""
        )
        self.page_label.setText(self.tr("Page {page} of {pages}: {name}").format(page=index + 1, pages=last + 1, name=name))
        self.steps.show_page(
            index, [all(item.id in session.answers for item in page.dimension.items) for page in self.dimension_pages]
        )
        self.back_button.setEnabled(index > 0)
        on_review = index == last
        self.next_button.setText(self.tr("Complete scan ...") if on_review else self.tr("Next"))
        self.next_button.setToolTip(
            self.tr("Complete the scan (Ctrl+Enter)") if on_review else self.tr("Next page (PageDown or Ctrl+Enter)")
        )
        self.next_button.setEnabled(not on_review or not session.missing_for_completion())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard's place is always on screen: the page scrolls to it (Alt+N, a digit, Tab, a jump)."""
        if new is None or not (is_alive(self) and is_alive(self.stack)):
            return
        area = self.stack.currentWidget()
        content = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and content is not None and content.isAncestorOf(new):
            area.ensureWidgetVisible(new, 8, 8)

    def _position_changed(self, entry: str) -> None:
        if self.sender() is self.current_page:
            self.session.set_position(entry)
            QTimer.singleShot(0, self._show_answers)

    def _show_answers(self) -> None:
        """The current question's answer cards are on screen, also when a small window makes the page scroll."""
        if not (is_alive(self) and is_alive(self.stack)):
            return  # a late layout pass of a wizard being closed
        page, area = self.current_page, self.stack.currentWidget()
        if isinstance(page, DimensionPage) and isinstance(area, QScrollArea):
            shown = page.answers if page.detail.currentIndex() == 0 else page.ambition
            area.ensureWidgetVisible(shown, 0, 8)

    def _revisited(self, entry: str) -> None:
        """An undo or redo: show where it happened."""
        self.go_to_position(entry)
        self._update_navigation()

    def _answer_changed(self, item_id: str) -> None:
        page = self.current_page
        if not (isinstance(page, DimensionPage) and page.current_entry == item_id):
            self.go_to_entry(item_id)
        self._update_navigation()

    def _save_failed(self, message: str) -> None:
        tell(self, "saveFailed", self.tr("Not saved"), message)
        for page in self.dimension_pages:
            page.refresh()
        self.intake.refresh()
        self._update_navigation()

    def _restore_splitters(self) -> None:
        state = self.context.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray):
            for page in self.dimension_pages:
                page.splitter.restoreState(state)
