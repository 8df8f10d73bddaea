"""Russian input as users have it: legacy Cyrillic encodings, HTML, furniture, mixed scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.documents import ReadSettings, read_inputs
from communique.lang import Registry
from communique.pipeline import Communique
from communique.record import Document

EXAMPLE = (Registry().folder("ru") / "example.txt").read_text(encoding="utf-8")
# the legacy code pages lack the typographic dash and guillemets
PLAIN = EXAMPLE.replace("–", "-").replace("«", '"').replace("»", '"')


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "utf-16"])
def test_legacy_cyrillic_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"release-{encoding}.txt"
    path.write_bytes(PLAIN.encode(encoding))
    docs = list(read_inputs([str(path)], ReadSettings()))
    assert len(docs) == 1 and isinstance(docs[0], Document), docs
    assert docs[0].text.replace("\r\n", "\n").strip() == PLAIN.strip()


def test_russian_html_gives_the_same_people(tmp_path: Path, engine: Communique) -> None:
    body = "".join(f"<p>{p}</p>" for p in EXAMPLE.split("\n\n") if p.strip())
    page = (
        '<html><head><meta charset="utf-8"><title>МИД</title></head><body><nav>Главная | '
        f"Новости</nav><article>{body}</article><footer>© МИД</footer></body></html>"
    )
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    docs = [d for d in read_inputs([str(path)], ReadSettings()) if isinstance(d, Document)]
    assert len(docs) == 1
    from_html = engine.extract_document(docs[0])
    from_text = engine.extract(EXAMPLE, lang="ru")
    assert {a.name for a in from_html.actors} == {a.name for a in from_text.actors}
    assert from_html.document.language == "ru"


def test_spans_of_a_russian_record_are_its_text(engine: Communique) -> None:
    record = engine.extract(EXAMPLE, lang="ru", published="2025-03-14")
    text = record.document.text
    spans = [s for a in record.actors for s in a.mentions]
    spans += [e.location.span for e in record.events if e.location is not None]
    spans += [q.span for q in record.quotes]
    assert spans
    assert all(text[s.start : s.end] == s.text for s in spans)
