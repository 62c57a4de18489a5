"""Pathological JSON from outside (nesting thousands deep, numbers too large
for any use, NaN, duplicate keys, 100,000-digit integers) is refused with a
sentence naming the file, in a content folder, inside a pack, in a pack's
manifest or signature and on a USB stick listing; never a traceback, and
nothing changes."""

from __future__ import annotations

import json
import shutil

import pytest
from staff_tools import manifest_for, rezip, snapshot

from kiosk.cli import main
from kiosk.content.change.prepare import prepare
from kiosk.content.change.transfers import export_pack, import_pack
from kiosk.content.database import open_database
from kiosk.content.formats import safejson
from kiosk.content.formats.contentset_io import read_content_dir
from kiosk.content.problems import ContentError
from kiosk.runtime.usb import read_listing

DEEP = "[" * 100_000 + "]" * 100_000
#: (JSON text, words the refusal uses)
HOSTILE = {
    "deep": (DEEP, "nested more than 64 levels deep"),
    "deep-object": ('{"a":' * 5000 + "1" + "}" * 5000, "nested more than 64 levels deep"),
    "huge-float": ('[{"value": 1e999999}]', "1e999999, which is too large"),
    "huge-int": ('[{"sort_order": ' + "9" * 100_000 + "}]", "100000 digits"),
    "nan": ('[{"value": NaN}]', "NaN, which is not a real number"),
    "infinity": ('[{"value": -Infinity}]', "-Infinity, which is not a real number"),
    "duplicate-key": ('[{"slug": "a", "slug": "b"}]', "names the key 'slug' twice"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_the_safe_reader_refuses_each_pathology(name):
    text, words = HOSTILE[name]
    with pytest.raises(safejson.JSONRefused) as caught:
        safejson.loads(text)
    assert words in str(caught.value)
    with pytest.raises(safejson.JSONRefused):
        safejson.loads(text.encode("utf-8"))


def test_the_safe_reader_reads_ordinary_json_as_json_does():
    text = '{"a": [1, -2.5, "[[{{", {"b": null, "c": true}], "d": "\\"]"}'
    assert safejson.loads(text) == json.loads(text)
    assert safejson.loads("\ufeff[1]") == [1]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_content_folder_with_hostile_json_is_refused_naming_the_file(content_copy, name):
    (content_copy / "clusters.json").write_text(HOSTILE[name][0], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_content_dir(content_copy)
    message = str(caught.value)
    assert "refused; nothing was changed" in message
    assert f"{content_copy / 'clusters.json'}: " in message and HOSTILE[name][1] in message


def test_db_init_from_a_hostile_folder_exits_1_with_a_sentence(data_dir, content_copy, capsys):
    (content_copy / "meta.json").write_text(DEEP, encoding="utf-8")
    assert main(["db", "init", "--content", str(content_copy)]) == 1
    err = capsys.readouterr().err
    assert "meta.json: is nested more than 64 levels deep" in err and "Traceback" not in err


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    database = open_database(None, tmp_path_factory.mktemp("office"))
    prepare(database)
    yield export_pack(database, tmp_path_factory.mktemp("usb") / "content.kioskpack").path
    database.close()


@pytest.fixture
def kiosk(tmp_path):
    database = open_database(None, tmp_path / "kiosk")
    prepare(database)
    yield database
    database.close()


def refused(kiosk, path):
    before = snapshot(kiosk)
    with pytest.raises(ContentError) as caught:
        import_pack(kiosk, path, actor="staff")
    assert snapshot(kiosk) == before
    return str(caught.value)


@pytest.mark.parametrize("name", ["deep", "huge-float", "nan", "duplicate-key"])
def test_hostile_content_inside_a_sound_pack_is_refused(kiosk, pack, tmp_path, name):
    def change(members):
        members["content/clusters.json"] = HOSTILE[name][0].encode()
        members["manifest.json"] = manifest_for(members)

    message = refused(kiosk, rezip(pack, tmp_path / "bad.kioskpack", change))
    assert "refused; nothing was changed" in message
    assert "bad.kioskpack: content/clusters.json: " in message and HOSTILE[name][1] in message


def test_a_hostile_manifest_is_refused(kiosk, pack, tmp_path):
    deep = rezip(pack, tmp_path / "deep.kioskpack", lambda m: m.update({"manifest.json": DEEP.encode()}))
    assert "manifest.json: is nested more than 64 levels deep" in refused(kiosk, deep)

    def twice(members):
        text = manifest_for(members).decode()
        members["manifest.json"] = text.replace('"format_version": 1,', '"format_version": 1, "format_version": 1,').encode()

    dup = rezip(pack, tmp_path / "dup.kioskpack", twice)
    assert "names the key 'format_version' twice" in refused(kiosk, dup)


def test_a_hostile_signature_is_refused(kiosk, pack, tmp_path):
    sig = ("[" * 30_000 + "]" * 30_000).encode()
    bad = rezip(pack, tmp_path / "sig.kioskpack", lambda m: m.update({"manifest.sig": sig}))
    message = refused(kiosk, bad)
    assert "manifest.sig" in message and "is not a readable signature" in message and "nested more than 2 levels deep" in message


def test_a_hostile_manifest_on_a_usb_stick_is_listed_with_its_problem(pack, tmp_path):
    bad = rezip(pack, tmp_path / "deep.kioskpack", lambda m: m.update({"manifest.json": DEEP.encode()}))
    listing = read_listing(bad)
    assert "nested more than" in listing.problem and listing.content_version == ""


def test_content_validate_refuses_a_hostile_pack_with_a_sentence(pack, tmp_path, capsys):
    def change(members):
        members["content/figures.json"] = HOSTILE["huge-int"][0].encode()
        members["manifest.json"] = manifest_for(members)

    bad = rezip(pack, tmp_path / "int.kioskpack", change)
    assert main(["content", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "content/figures.json: holds a whole number with 100000 digits" in err and "Traceback" not in err


def test_a_copy_of_a_folder_keeps_working(content_copy, tmp_path):
    # The default content itself passes the safe reader unchanged.
    target = tmp_path / "again"
    shutil.copytree(content_copy, target)
    assert read_content_dir(target).counts()["cluster"] == 9


def test_numbers_the_database_cannot_hold_are_refused_before_an_import(content_copy):
    clusters = json.loads((content_copy / "clusters.json").read_text(encoding="utf-8"))
    clusters[0]["sort_order"] = 10**25  # parses, but no SQLite INTEGER holds it
    (content_copy / "clusters.json").write_text(json.dumps(clusters), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_content_dir(content_copy)
    assert "field sort_order" in str(caught.value)


def test_the_depth_limit_is_exact_and_ignores_brackets_in_strings():
    assert safejson.loads("[" * 64 + "]" * 64) is not None
    with pytest.raises(safejson.JSONRefused):
        safejson.loads("[" * 65 + "]" * 65)
    assert safejson.loads('["' + "[" * 1000 + '\\"{"]') == ["[" * 1000 + '"{']
