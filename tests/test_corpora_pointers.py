"""Pointers to gold texts: corpus rows (``corpus`` + ``row``) and texts kept in the
repository next to their gold file (``file``, relative to the gold file's folder)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from communique.corpora import load_text
from communique.errors import GoldError
from communique.evaluation import load_gold


def test_file_pointer_is_relative_to_the_given_folder(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ru_x.txt").write_bytes("Встреча в Астане.\r\nВторая строка.\n".encode())
    text = load_text({"file": "texts/ru_x.txt"}, tmp_path / "no-corpora", tmp_path)
    assert text == "Встреча в Астане.\r\nВторая строка.\n"  # exactly as stored, no newline folding


def test_file_pointer_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="text file not found"):
        load_text({"file": "texts/missing.txt"}, None, tmp_path)
    with pytest.raises(GoldError, match="bad 'file'"):
        load_text({"file": 3}, None, tmp_path)


def test_corpus_pointer_still_works(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "news.csv").write_text(
        "url,title,content\nu1,Заголовок,Текст.\n", encoding="utf-8"
    )
    assert load_text({"corpus": "c/news.csv", "row": 0}, tmp_path, tmp_path / "x") == (
        "Заголовок\n\nТекст."
    )
    with pytest.raises(GoldError, match="without 'corpus'"):
        load_text({"row": 0}, tmp_path)


def test_gold_file_pointer_resolves_from_the_gold_folder(tmp_path: Path) -> None:
    lang = tmp_path / "gold" / "ru"
    (lang / "texts").mkdir(parents=True)
    body = "МИД сообщает о переговорах.\n"
    (lang / "texts" / "ru_doc.txt").write_text(body, encoding="utf-8")
    gold = {
        "doc": "ru_doc",
        "lang": "ru",
        "source": {"file": "texts/ru_doc.txt"},
        "sha256": hashlib.sha256(body.encode()).hexdigest(),
    }
    (lang / "ru_doc.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    (g,) = load_gold(tmp_path / "gold")
    text = load_text(g["source"], None, Path(g["_path"]).parent)
    assert hashlib.sha256(text.encode()).hexdigest() == g["sha256"]
