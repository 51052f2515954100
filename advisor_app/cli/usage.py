"""argparse's usage complaints, said in the user's language.

argparse words its complaints in English (through gettext, with no Dutch
catalogue shipped). The command line promises one plain line in the user's
language for every failure, so the complaints it can make are recognised here
and said again in Dutch; the names of options, commands and values stay as
the user typed them. A complaint not in the table keeps argparse's words
after a Dutch lead-in, so it is still one line and never a traceback.
"""

from __future__ import annotations

import re

from ..domain.text import Text

_COMPLAINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^the following arguments are required: (?P<names>.+)$"), "dit ontbreekt nog: {names}"),
    (re.compile(r"^unrecognized arguments: (?P<names>.+)$"), "onbekende argumenten: {names}"),
    (
        re.compile(r"^argument (?P<arg>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)$"),
        "{arg}: {value} kan niet; kies uit {choices}",
    ),
    (
        re.compile(r"^argument (?P<arg>\S+): invalid (?P<kind>\w+) value: (?P<value>.+)$"),
        "{arg}: {value} is geen geldige waarde ({kind})",
    ),
    (re.compile(r"^argument (?P<arg>\S+): expected one argument$"), "{arg}: hier hoort één waarde bij"),
    (
        re.compile(r"^argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)$"),
        "{arg} en {other} gaan niet samen",
    ),
)


def usage_complaint(prog: str, message: str) -> Text:
    """argparse's ``message`` as one line in both languages, ending with where the help is."""
    dutch = f"ongeldig gebruik: {message}"
    for pattern, dutch_words in _COMPLAINTS:
        found = pattern.match(message)
        if found:
            dutch = dutch_words.format(**found.groupdict())
            break
    return Text(f"{prog}: {dutch} (zie {prog} --help)", f"{prog}: {message} (see {prog} --help)")
