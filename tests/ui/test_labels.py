"""Figures on screen read like those on the PDF: one formatting layer, halves rounded up."""

from __future__ import annotations

import pytest
from advisor_ui import labels
from advisor_ui.i18n import Translations


@pytest.mark.parametrize(("percent", "shown"), [(62.5, "63"), (37.5, "38"), (12.4, "12"), (0.0, "0"), (None, "–")])
def test_scores_round_half_up_not_to_even(translations: Translations, percent: float | None, shown: str) -> None:
    assert labels.score(percent) == shown


@pytest.mark.parametrize(("language", "shown"), [("nl", "€ 3.500,00"), ("en", "€3,500.00")])
def test_amounts_follow_the_ui_language(translations: Translations, language: str, shown: str) -> None:
    translations.apply(language)
    assert labels.euros(3_500_00) == shown
