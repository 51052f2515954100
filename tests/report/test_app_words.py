"""The app's screens use the report's words for what both show: the product's name and the adopter category.

Read from the shipped Qt translation files themselves (``.qm``, as the app loads
them), so a translation fixed in the ``.ts`` but not released is caught too.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from advisor_ui.i18n import translation_file
from advisor_ui.qt import QTranslator

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.report import phrases


def translator(language: str) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(translation_file(language))
    return loaded


def contexts_of(source: str) -> list[str]:
    """The classes whose ``tr()`` carries ``source``, as the ``.ts`` lists them (they move as the UI is split up)."""
    tree = ElementTree.parse(Path(translation_file("nl")).with_suffix(".ts"))
    found = [
        name
        for context in tree.getroot().iter("context")
        if (name := context.findtext("name")) and any(m.findtext("source") == source for m in context.iter("message"))
    ]
    assert found, source
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_app_names_the_product_as_the_report_does(language: str) -> None:
    title = shipped_questionnaires()["basisscan@1.0"].title.get(language)
    words = translator(language)

    for context in contexts_of("Innovation basic scan"):
        assert words.translate(context, "Innovation basic scan") == title, context
    about = "Basisscan {version}\nThe innovation basic scan for SME advisors in the Utrecht region.\nData folder: {folder}"
    for context in contexts_of(about):
        said = words.translate(context, about)
        assert said is not None
        assert "innovatie-basisscan" not in said.lower(), context


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_results_screen_calls_the_adopter_category_as_the_report_does(language: str) -> None:
    source = "Adopter category: {category}"
    for context in contexts_of(source):
        shown = translator(language).translate(context, source)
        assert shown == f"{phrases.ADOPTER.get(language)}: {{category}}", context
