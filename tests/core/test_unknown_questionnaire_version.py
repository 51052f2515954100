"""A scan on a questionnaire version the device does not have says so in one sentence, whichever path read it."""

from __future__ import annotations

import pytest

from advisor_app.errors import NotFoundError
from advisor_app.services.plain_listing import ShippedVersions
from advisor_app.services.questionnaires import QuestionnaireCatalogue


def test_the_plain_listing_and_the_catalogue_say_the_same_about_an_unknown_version() -> None:
    with pytest.raises(NotFoundError) as plain:
        ShippedVersions().get("basisscan", "9.99")
    with pytest.raises(NotFoundError) as catalogue:
        QuestionnaireCatalogue().get("basisscan", "9.99")

    assert plain.value.in_language("nl") == catalogue.value.in_language("nl") == "Vragenlijst 'basisscan@9.99' bestaat niet"
    assert plain.value.in_language("en") == "Questionnaire 'basisscan@9.99' does not exist"
