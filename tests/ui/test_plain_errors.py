"""A failure the operating system reports reaches the advisor in the UI's language, as one line naming the file."""

from __future__ import annotations

import errno

import pytest
from advisor_ui.context import AppContext
from advisor_ui.i18n import Translations


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "bestaat niet: /media/usb/rapport.pdf"), ("en", "No such file or directory: /media/usb/rapport.pdf")],
)
def test_an_operating_system_failure_is_said_in_the_ui_language(
    context: AppContext, translations: Translations, language: str, expected: str
) -> None:
    translations.apply(language)
    failure = FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/rapport.pdf")
    assert context.message(failure) == expected
