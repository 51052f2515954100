"""The one scrub rule (advisor_app.domain.erasure) names real fields, everywhere it is applied."""

from __future__ import annotations

from typing import Any

import pytest
from advisor_sync.client.documents import MODELS as DEVICE_MODELS
from advisor_sync.protocol.documents import DOCUMENT_TYPES
from advisor_sync.server.models import RECORD_MODELS
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.erasure import PERSONAL_FIELDS, scrub_document, scrubbed_values
from advisor_app.domain.records import EntityName


@pytest.mark.parametrize("entity", sorted(PERSONAL_FIELDS))
def test_every_scrubbed_field_is_a_field_of_the_document_and_of_both_rows(entity: EntityName) -> None:
    for field in PERSONAL_FIELDS[entity]:
        assert field in DOCUMENT_TYPES[entity].model_fields, f"{entity}.{field} is no field of the synced document"
        assert hasattr(DEVICE_MODELS[entity], field), f"the device's {entity} has no {field}"
        assert hasattr(RECORD_MODELS[entity], field), f"the server's {entity} has no {field}"


def test_scrubbed_values_are_fresh_objects_each_time() -> None:
    first, second = scrubbed_values("scan"), scrubbed_values("scan")
    first["answers"].append("x")
    assert second["answers"] == []


@given(
    entity=st.sampled_from(sorted(PERSONAL_FIELDS)),
    document=st.dictionaries(st.sampled_from(["id", "name", "kvk", "summary_notes", "status", "supplier", "title"]), st.text()),
)
def test_a_scrubbed_document_keeps_its_keys_and_scrubbing_again_changes_nothing(entity: str, document: dict[str, Any]) -> None:
    once = scrub_document(entity, document)
    assert once.keys() == document.keys()
    assert scrub_document(entity, once) == once
    assert all(once[key] == document[key] for key in document if key not in PERSONAL_FIELDS[entity])
