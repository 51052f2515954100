"""The programme's six target sectors, plus "other".

One table is the source of truth for keys, names in both languages and the
short codes accepted in the registration list (see docs/import.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError
from .text import Text


@dataclass(frozen=True)
class Sector:
    key: str
    name: Text
    code: str
    aliases: tuple[str, ...] = ()


SECTORS: tuple[Sector, ...] = (
    Sector(
        "construction",
        Text("Bouw en installatie", "Construction and Installation"),
        "BI",
        ("bouw", "installatie", "construction"),
    ),
    Sector(
        "professional_services",
        Text("Zakelijke dienstverlening", "Professional Services"),
        "ZD",
        ("professional services (brokerage agencies)", "bemiddeling", "intermediairs"),
    ),
    Sector(
        "creative",
        Text("Creatieve industrie (incl. ICT)", "Creative Industry (incl. ICT)"),
        "CI",
        ("creative industry", "creatieve industrie", "ict"),
    ),
    Sector(
        "assembly",
        Text("Maakindustrie (metaal)", "Assembly Industry (metal)"),
        "MI",
        ("assembly industry", "maakindustrie", "metaal", "metal"),
    ),
    Sector(
        "logistics",
        Text("Logistiek en handel (detailhandel)", "Logistics and Commerce (retail)"),
        "LH",
        ("logistics and commerce", "logistic and commerce", "logistiek en handel", "detailhandel", "retail"),
    ),
    Sector("health", Text("Zorg", "Human Health"), "ZG", ("human health", "gezondheidszorg", "health care", "healthcare")),
    Sector("other", Text("Overig", "Other"), "OV", ("other", "overig", "anders")),
)

TARGET_SECTORS = tuple(s for s in SECTORS if s.key != "other")
_BY_KEY = {s.key: s for s in SECTORS}


def _fold(value: str) -> str:
    return " ".join(value.replace("&", " and ").casefold().split())


_LOOKUP: dict[str, Sector] = {}
for _sector in SECTORS:
    for _name in (_sector.key, _sector.code, _sector.name.nl, _sector.name.en, *_sector.aliases):
        _LOOKUP[_fold(_name)] = _sector


def sector_by_key(key: str) -> Sector:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValidationError("sector", Text("Onbekende sector: {v}", "Unknown sector: {v}").format(v=key)) from None


def match_sector(value: str) -> Sector:
    """Find a sector by key, short code, Dutch or English name (case-insensitive)."""
    sector = _LOOKUP.get(_fold(value))
    if sector is None:
        raise ValidationError(
            "sector",
            Text(
                "onbekende sector '{v}' (gebruik een van: {names})",
                "unknown sector '{v}' (use one of: {names})",
            ).format(v=value, names=", ".join(f"{s.name.en} / {s.code}" for s in SECTORS)),
        )
    return sector
