"""The app's screens use the report's words for what both show: the product's name and the adopter category.

Read from the shipped Qt translation files themselves (``.qm``, as the app loads
them), so a translation fixed in the ``.ts`` but not released is caught too.
"""

from __future__ import annotations

import pytest
from advisor_ui.i18n import translation_file
from advisor_ui.qt import QTranslator

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.report import phrases


def translator(language: str) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(translation_file(language))
    return loaded


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_app_names_the_product_as_the_report_does(language: str) -> None:
    title = shipped_questionnaires()["basisscan@1.0"].title.get(language)
    words = translator(language)

    assert words.translate("MainWindow", "Innovation basic scan") == title
    about = words.translate(
        "MainWindow",
        "Basisscan {version}\nThe innovation basic scan for SME advisors in the Utrecht region.\nData folder: {folder}",
    )
    assert about is not None
    assert "innovatie-basisscan" not in about.lower()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_results_screen_calls_the_adopter_category_as_the_report_does(language: str) -> None:
    shown = translator(language).translate("ResultsPage", "Adopter category: {category}")
    assert shown == f"{phrases.ADOPTER.get(language)}: {{category}}"
