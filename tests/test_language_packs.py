"""Language packs (issue 7): adding a language means adding a folder, and records name the
data that made them.

A made-up language ("Testish", code xx) is written into a temporary folder: a profile, a few
roles, one trigger, one month. The whole pipeline reads a sentence in it with no change to
any module. Changing a pack's table changes the extractor id of that language only, and
``ingest`` re-extracts the documents of that language and only those.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from communique.lang import PACKAGE_ROOT, Registry, pack_codes
from communique.lexicon import LanguageData
from communique.pipeline import Communique
from communique.settings import Settings
from communique.store import Store
from communique.store.ingest import ingest
from communique.tables import SCHEMAS

PROFILE = '''
"""Testish: a language made up for the tests."""

from communique.lang.profile import LanguageProfile

PROFILE = LanguageProfile(
    code="xx",
    name="Testish",
    articles=frozenset({"la"}),
    with_words=("kun",),
    place_prepositions=("en",),
)
'''
ROLES = (
    "pattern\tclass\tigo_class\tsector\tgloss\texample\tstate_class\tcountry\n"
    "ministro\tminister\t\tGOV\tminister\tla ministro\t\t\n"
    "prezidanto\thead_of_state\t\tGOV\tpresident\tla prezidanto\t\t\n"
)
EVENTS = "pattern\tkind\tpos\tstrength\texample\ntrefis\tmeeting\tverb\tstrong\tX trefis Y\n"
CALENDAR = "word\tfield\tnumber\twidth\tcontext\nmarto\tmonth\t3\twide\tformat\n"
NUMBERS = "word\tvalue\nunu\t1\n"
TEMPORAL_WORDS = "word\tkind\tvalue\texample\n"  # none: its one rule needs no such words
TEMPORAL = "date\t(?P<d><D>)\\s+(?P<m><MFULL>)\\s+(?P<y><YEAR>)\t\t3 Marto 2025\n"
SENTENCE = "Prezidanto Ana Lopo trefis ministro Bo Kari en Berlin la 3 Marto 2025.\n"


def _write_pack(root: Path) -> Path:
    pack = root / "xx"
    pack.mkdir(parents=True)
    (pack / "__init__.py").write_text(PROFILE, encoding="utf-8")
    (pack / "roles.tsv").write_text(ROLES, encoding="utf-8")
    (pack / "events.tsv").write_text(EVENTS, encoding="utf-8")
    (pack / "calendar.tsv").write_text(CALENDAR, encoding="utf-8")
    (pack / "numbers.tsv").write_text(NUMBERS, encoding="utf-8")
    (pack / "temporal_words.tsv").write_text(TEMPORAL_WORDS, encoding="utf-8")
    (pack / "temporal.tsv").write_text(TEMPORAL, encoding="utf-8")
    return pack


def test_a_made_up_language_is_a_folder(tmp_path: Path) -> None:
    root = tmp_path / "lang"
    _write_pack(root)
    engine = Communique(Settings(lang_root=root))
    assert engine.languages == ("xx",)
    record = engine.extract(SENTENCE, lang="xx", published="2025-03-05")
    people = {a.name: a for a in record.actors}
    assert set(people) == {"Ana Lopo", "Bo Kari"}
    assert people["Ana Lopo"].role is not None and people["Ana Lopo"].role.cls == "head_of_state"
    assert people["Bo Kari"].role is not None and people["Bo Kari"].role.cls == "minister"
    [event] = record.events
    assert event.kind == "meeting" and event.status == "occurred"
    assert sorted(record.actor(a).name for a in event.participants) == ["Ana Lopo", "Bo Kari"]
    assert event.location is not None and event.location.name == "Berlin"
    assert event.date is not None and (event.date.start, event.date.text) == (
        "2025-03-03",
        "3 Marto 2025",
    )
    assert record.extractor.startswith("communique ") and " xx:" in record.extractor


def test_a_pack_without_profile_is_refused_with_its_path(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "lang")
    (pack / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    engine = Communique(Settings(lang_root=tmp_path / "lang"))
    with pytest.raises(Exception, match="defines no PROFILE"):
        engine.extract(SENTENCE, lang="xx")


def _copy_packs(root: Path) -> Path:
    shutil.copytree(PACKAGE_ROOT, root, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return root


def test_changing_a_table_changes_that_languages_extractor_id_only(tmp_path: Path) -> None:
    root = _copy_packs(tmp_path / "lang")
    before = Communique(Settings(lang_root=root))
    ids = {lang: before.extractor_id(lang) for lang in before.languages}
    assert ids == {lang: Communique().extractor_id(lang) for lang in ids}  # same data, same id
    with (root / "en" / "events.tsv").open("a", encoding="utf-8") as fh:
        fh.write("parleyed\tmeeting\tverb\tstrong\tthey parleyed\n")
    after = Communique(Settings(lang_root=root))
    assert after.extractor_id("en") != ids["en"]
    assert after.extractor_id("de") == ids["de"]


def test_ingest_re_extracts_the_documents_whose_data_changed_and_only_those(
    tmp_path: Path,
) -> None:
    root = _copy_packs(tmp_path / "lang")
    feed = tmp_path / "feed.jsonl"
    docs = [
        {"text": "Außenministerin Anna Berg traf am Montag in Wien den Gast aus Rom.",
         "language": "de"},
        {"text": "Foreign Minister Anna Berg met her Italian counterpart in Vienna.",
         "language": "en"},
        {"text": "Außenminister Karl Huber empfing am Dienstag in Graz eine Delegation.",
         "language": "de"},
    ]  # fmt: skip
    feed.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [str(feed)], Communique(Settings(lang_root=root)))
        assert (first.new, first.reextracted) == (3, 0)
        again = ingest(store, [str(feed)], Communique(Settings(lang_root=root)))
        assert (again.unchanged, again.reextracted) == (3, 0)
        with (root / "en" / "events.tsv").open("a", encoding="utf-8") as fh:
            fh.write("parleyed\tmeeting\tverb\tstrong\tthey parleyed\n")
        engine = Communique(Settings(lang_root=root))
        changed = ingest(store, [str(feed)], engine)
        assert (changed.reextracted, changed.unchanged, changed.new) == (1, 2, 0)
        stored = dict(store.conn.execute("SELECT language, extractor FROM documents"))
        assert stored["en"] == engine.extractor_id("en")


@pytest.mark.parametrize("lang", pack_codes())
@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_every_shipped_pack_has_every_table(lang: str, kind: str) -> None:
    """A pack may leave a table out (it is then empty); the shipped ones leave none out."""
    path = LanguageData(lang).folder / f"{kind}.tsv"
    assert path.is_file(), f"{path} missing"
    assert LanguageData(lang).table(kind).rows


@pytest.mark.parametrize("lang", pack_codes())
def test_shipped_profiles_name_their_folder_and_have_an_example(lang: str) -> None:
    registry = Registry()
    assert registry.profile(lang).code == lang
    assert lang in registry.examples
