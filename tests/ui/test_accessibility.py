"""Every screen can be driven and read by tools: stable object names, accessible names, a sane tab order."""

from __future__ import annotations

import uuid

from advisor_ui.context import AppContext
from advisor_ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QWidget,
)
from advisor_ui.views.company_page import PLAN_TAB, VOUCHER_TAB
from advisor_ui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from .helpers import key, start_draft

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def interactive(root: QWidget) -> list[QWidget]:
    """What a user can reach on screen now (Qt's own inner parts, like a header or a spin box's editor, aside)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parent()
        if widget.objectName().startswith("qt_") or (parent is not None and parent.objectName().startswith("qt_")):
            continue
        if isinstance(widget, (QAbstractButton, *INPUTS)) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in interactive(root):
        label = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.objectName():
            problems.append(f"{type(widget).__name__} {label!r} has no objectName")
        if not (widget.accessibleName() or label.replace("&", "").strip()):
            problems.append(f"{widget.objectName() or type(widget).__name__} has no accessible name")
    return problems


def test_every_screen_names_its_controls(qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow) -> None:
    scans = context.workspace.scans
    assert {"companiesSearch", "companiesTable", "companiesNew"} <= {w.objectName() for w in interactive(window)}
    problems = unnamed(window)
    window.show_company(company)
    problems += unnamed(window)
    for tab in (PLAN_TAB, VOUCHER_TAB):
        window.company_page.tabs.setCurrentIndex(tab)
        problems += unnamed(window)
    wizard = start_draft(qtbot, context, company, window)
    for page in range(len(wizard.pages)):
        wizard.go_to_page(page)
        problems += unnamed(window)
    draft_id = wizard.session.scan_id
    for item_id in context.workspace.questionnaire.item_ids:
        scans.answer(draft_id, item_id, 3)
    scans.complete(draft_id)
    results = window.show_results(draft_id)
    qtbot.waitUntil(lambda: results.ready)
    problems += unnamed(window)
    for section in range(3):
        window.show_section(section)
        problems += unnamed(window)
    settings = window.open_settings()
    problems += unnamed(settings)
    settings.reject()

    assert problems == []


def test_tab_walks_the_wizard_page_in_reading_order(
    qtbot: QtBot, context: AppContext, company: uuid.UUID, window: MainWindow
) -> None:
    wizard = start_draft(qtbot, context, company, window)
    wizard.go_to_page(1)
    order = [wizard.focusWidget().objectName()]
    for _ in range(5):
        key(qtbot, Qt.Key.Key_Tab)
        order.append(window.focusWidget().objectName())

    assert order == [
        "itemList",
        "answerChoices_1",  # the cards are one stop, as radio buttons are: the arrows choose among them
        "itemNote",
        "wizardLeave",
        "wizardBack",
        "wizardNext",
    ]
