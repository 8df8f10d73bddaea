"""Bulk inputs: .jsonl.gz and Parquet files, good and bad rows; records loaded back from JSON."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from communique.documents import ReadSettings, read_inputs
from communique.errors import InputError
from communique.pipeline import Communique
from communique.record import Document
from communique.record_load import record_from_dict

STORE_CORPUS = Path(__file__).resolve().parent / "store_corpus"
TEXT = "Außenministerin Anna Berg traf am Montag in Wien ihren Amtskollegen Peter Novak."


def _read(*paths: Path, max_bytes: int = 20_000_000) -> list[Document | InputError]:
    return list(read_inputs([str(p) for p in paths], ReadSettings(max_bytes=max_bytes)))


def _lines(rows: list[object]) -> bytes:
    return b"".join(
        (row if isinstance(row, bytes) else json.dumps(row).encode()) + b"\n" for row in rows
    )


def test_jsonl_gz_good_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    rows: list[object] = [
        {"text": TEXT, "id": "n1", "published": "2025-02-17", "title": "T", "language": "de"},
        b"{not json",
        {"title": "no text"},
        {"text": "  \x00 caf\u0065\u0301\r\nzwei  ", "source": "https://example.org/2"},
        {"text": TEXT, "published": "yesterday"},
    ]
    path.write_bytes(gzip.compress(_lines(rows)))
    items = _read(path)
    assert len(items) == 5
    first, bad_json, no_text, normalised, bad_date = items
    assert isinstance(first, Document)
    assert (first.id, first.published, first.title, first.language) == (
        "n1",
        "2025-02-17",
        "T",
        "de",
    )
    assert first.origin == f"{path}:1"
    assert isinstance(bad_json, InputError) and bad_json.source == f"{path}:2"
    assert "not valid JSON" in bad_json.reason
    assert isinstance(no_text, InputError) and no_text.source == f"{path}:3"
    assert isinstance(normalised, Document)
    assert normalised.text == "   café\nzwei  " and normalised.source == "https://example.org/2"
    assert isinstance(bad_date, InputError) and bad_date.source == f"{path}:5"


def test_jsonl_gz_same_documents_as_jsonl(tmp_path: Path) -> None:
    plain = STORE_CORPUS / "press_de.jsonl"
    packed = tmp_path / "press_de.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    a, b = _read(plain), _read(packed)
    assert [d.text for d in a] == [d.text for d in b]  # type: ignore[union-attr]
    assert [d.id for d in a] == [d.id for d in b]  # type: ignore[union-attr]


def test_truncated_gzip_keeps_rows_before_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    rng = random.Random(7)  # incompressible enough that half the file holds whole 1 MB reads
    rows: list[object] = [{"text": rng.randbytes(500).hex()} for _ in range(3000)]
    data = gzip.compress(_lines(rows))
    path.write_bytes(data[: len(data) // 2])
    items = _read(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert docs and len(errors) == 1
    assert errors[0].source == str(path)
    assert f"after line {len(docs)}" in errors[0].reason


def test_not_gzip_and_empty(tmp_path: Path) -> None:
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(_lines([{"text": TEXT}]))
    empty = tmp_path / "empty.jsonl.gz"
    empty.write_bytes(b"")
    a, b = _read(fake, empty)
    assert isinstance(a, InputError) and "not gzip" in a.reason
    assert isinstance(b, InputError) and b.reason == "empty file"


def test_parquet_good_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    table = pa.table(
        {
            "text": [TEXT, None, "   ", "Zweiter Text.\r\nMit Zeile.", TEXT + " x"],
            "id": ["a", "b", "c", None, "e"],
            "published": [dt.date(2025, 2, 17), None, None, None, None],
            "title": ["Titel", None, None, None, None],
            "language": ["de", None, None, "de", None],
            "extra": [1, 2, 3, 4, 5],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    items = _read(path)
    assert len(items) == 5
    first, none_text, blank, second, fifth = items
    assert isinstance(first, Document)
    assert (first.id, first.published, first.title, first.language) == (
        "a",
        "2025-02-17",
        "Titel",
        "de",
    )
    assert first.origin == f"{path}:1"
    assert isinstance(none_text, InputError) and none_text.source == f"{path}:2"
    assert none_text.reason == "no 'text' field"
    assert (
        isinstance(blank, InputError) and blank.source == f"{path}:3" and blank.reason == "no text"
    )
    assert isinstance(second, Document) and second.text == "Zweiter Text.\nMit Zeile."
    assert isinstance(fifth, Document) and fifth.origin == f"{path}:5"


def test_parquet_wrong_types_and_sizes(tmp_path: Path) -> None:
    path = tmp_path / "odd.parquet"
    pq.write_table(pa.table({"text": ["Kurz.", "y" * 50], "title": [1.5, None]}), path)
    bad_title, too_long = _read(path, max_bytes=40)
    assert isinstance(bad_title, InputError) and "'title' is a float" in bad_title.reason
    assert isinstance(too_long, InputError) and "larger than" in too_long.reason


def test_parquet_file_defects(tmp_path: Path) -> None:
    no_text = tmp_path / "no_text.parquet"
    pq.write_table(pa.table({"body": ["x"], "id": ["1"]}), no_text)
    empty = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), empty)
    garbage = tmp_path / "garbage.parquet"
    garbage.write_bytes(b"this is not parquet at all")
    ints = tmp_path / "ints.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), ints)
    a, b, c, d, e = _read(no_text, empty, garbage, ints)
    assert isinstance(a, InputError) and a.source == str(no_text)
    assert "no 'text' column (columns: body, id)" in a.reason
    assert isinstance(b, InputError) and b.reason == "no rows"
    assert isinstance(c, InputError) and "not a readable Parquet file" in c.reason
    assert isinstance(d, InputError) and d.source == f"{ints}:1" and "'text' is a int" in d.reason
    assert isinstance(e, InputError) and e.source == f"{ints}:2"


def test_folder_reads_bulk_files_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(_lines([{"text": "B text."}])))
    pq.write_table(pa.table({"text": ["C text."]}), tmp_path / "c.parquet")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "d.csv").write_text("ignored", encoding="utf-8")
    items = _read(tmp_path)
    assert [i.text for i in items] == ["A text.", "B text.", "C text."]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["press_de.jsonl", "news_en.jsonl"])
def test_record_round_trips_through_json(name: str, engine: Communique) -> None:
    for item in read_inputs([str(STORE_CORPUS / name)], ReadSettings()):
        assert isinstance(item, Document)
        record = engine.extract_document(item)
        value = json.loads(json.dumps(record.to_dict(), ensure_ascii=False))
        assert record_from_dict(value, "x").to_dict() == record.to_dict()


def test_record_with_a_span_off_its_text_is_refused(engine: Communique) -> None:
    value = engine.extract(TEXT, lang="de").to_dict()
    value["actors"][0]["mentions"][0]["start"] += 1
    with pytest.raises(InputError, match="does not index the text"):
        record_from_dict(value, "row 3")
    with pytest.raises(InputError, match="not a communique record"):
        record_from_dict({"document": {"text": "x"}}, "row 4")
