"""The server remembers which fields each push edited, also those typed back to their old value (protocol 2).

A device that edits a contact Jan -> Piet -> Jan and pushes first changes no value the server holds; the
server still notes the edit (``touched``) in the copy it sends (``edited``: the version each field was
edited after), so a device whose agreed copy is older meets it as a conflict, not as nothing.
"""

from __future__ import annotations

import uuid

from .live import Api, Database, LiveServer
from .records import change, company, push, pushed


def pulled_copy(api: Api, record_id: uuid.UUID) -> dict[str, object]:
    page = api.get("/sync/pull", params={"cursor": 0, "limit": 1000}).json()
    (found,) = [c for c in page["changes"] if c["id"] == str(record_id)]
    return dict(found)


def test_a_push_notes_each_field_it_edited_and_each_the_device_typed_back(alice: Api, bob: Api) -> None:
    first = uuid.uuid4()
    [created] = pushed(alice, change("company", first, company()))
    assert pulled_copy(alice, first)["edited"] == {}, "a new record: every device that has it has all of it"

    typed_back = change("company", first, company(phone="030-7654321"), base=created["version"])
    typed_back["touched"] = ["contact_person", "phone"]
    [edited] = pushed(alice, typed_back)
    assert pulled_copy(alice, first)["edited"] == {"contact_person": created["version"], "phone": created["version"]}

    only_back = change("company", first, company(phone="030-7654321"), base=edited["version"])
    only_back["touched"] = ["municipality"]
    [again] = pushed(alice, only_back)
    assert again["version"] > edited["version"], "an edit that only typed a field back is an edit: a new version"
    copy = pulled_copy(alice, first)
    assert copy["edited"] == {
        "contact_person": created["version"],
        "phone": created["version"],
        "municipality": edited["version"],
    }
    assert copy["version"] == again["version"]


def test_a_repeated_push_is_still_answered_without_a_new_version(alice: Api) -> None:
    record = uuid.uuid4()
    [created] = pushed(alice, change("company", record, company()))
    edit = change("company", record, company(name="Nieuwe naam B.V."), base=created["version"])
    edit["touched"] = ["name"]
    [first] = pushed(alice, edit)
    [repeat] = pushed(alice, edit)  # its answer was lost: the same change again, with the old base
    assert repeat["version"] == first["version"]


def test_a_push_naming_no_field_of_the_record_as_edited_is_refused(server: LiveServer, alice: Api) -> None:
    record = uuid.uuid4()
    [created] = pushed(alice, change("company", record, company()))
    for bad in (["no_such_field"], ["created_at"], ["answers.D1.1"], [""], ["x" * 201], ["name"] * 2001):
        sent = change("company", record, company(name="Ander B.V."), base=created["version"])
        sent["touched"] = bad
        refused = push(alice, sent)
        assert refused.status_code == 422, (bad[:1], refused.text)
        assert "touched" in refused.text
    assert pulled_copy(alice, record)["version"] == created["version"], "nothing of a refused push is stored"


def test_an_app_of_protocol_1_still_pushes_and_pulls(server: LiveServer, database: Database) -> None:
    older = Api(server.url, database.tokens["alice"])
    older.http.headers["X-Basisscan-Protocol"] = "1"
    record = uuid.uuid4()
    [created] = pushed(older, change("company", record, company()))
    [edited] = pushed(older, change("company", record, company(name="Ander B.V."), base=created["version"]))
    assert pulled_copy(older, record)["edited"] == {"name": created["version"]}
    assert edited["version"] > created["version"]
