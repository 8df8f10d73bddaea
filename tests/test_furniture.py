"""Page furniture is blanked before the stages read a text; offsets stay valid."""

from __future__ import annotations

import pytest

from communique.furniture import blank_furniture, furniture_spans
from communique.lexicon import LanguageData


@pytest.fixture(scope="module")
def ru_table():  # type: ignore[no-untyped-def]
    return LanguageData("ru").table("furniture")


def test_a_teaser_block_is_blanked_to_the_end(ru_table) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Министр принял посла\n\nВыпуск новостей в\u00a015:00 от\u00a012.02.2026\n"
        "Смотрите в\u00a0этом выпуске: президент встретился с губернатором\nСегодня, 15:15"
    )
    blanked = blank_furniture(text, ru_table)
    assert len(blanked) == len(text)
    assert blanked.startswith("Министр принял посла\n\n")
    assert blanked[22:].strip() == ""
    assert blanked.count("\n") == text.count("\n")


def test_furniture_only_at_the_opening_of_a_line(ru_table) -> None:  # type: ignore[no-untyped-def]
    text = "В студии обсудили, что показал выпуск новостей в 15:00 и кто его смотрел."
    assert furniture_spans(text, ru_table) == []
    assert blank_furniture(text, ru_table) == text


def test_a_photo_credit_line_alone(ru_table) -> None:  # type: ignore[no-untyped-def]
    text = "Фото: пресс-служба\nПереговоры прошли в Минске."
    assert furniture_spans(text, ru_table) == [(0, len("Фото: пресс-служба"))]


def test_no_record_field_comes_from_furniture(engine) -> None:  # type: ignore[no-untyped-def]
    from communique.record import Document

    body = "Foreign Minister Anna Berg met Foreign Minister Tomas Lind in Oslo on Monday."
    text = body + "\nPhoto: Minister Karl Sund met President Ola Nord in Rome"
    record = engine.extract_document(Document(id="f", text=text, language="en"))
    names = {a.name for a in record.actors}
    assert {"Anna Berg", "Tomas Lind"} <= names
    assert not names & {"Karl Sund", "Ola Nord"}


def test_another_items_teaser_with_its_time_stamp_is_blanked(ru_table) -> None:  # type: ignore[no-untyped-def]
    title = "Президент принял посла"
    text = f"{title}\n\nМинистр открыл выставку\nВыставка продлится неделю.\nСегодня, 13:29"
    assert furniture_spans(text, ru_table) == [(len(title) + 2, len(text))]
    assert blank_furniture(text, ru_table).rstrip() == title


def test_a_reporters_title_line_takes_the_name_line_above() -> None:
    table = LanguageData("en").table("furniture")
    text = "Ministers meet\n\nNur Aisyah Rahman\nRegional Correspondent\n\nHANOI - Talks began."
    spans = furniture_spans(text, table)
    assert [text[a:b] for a, b in sorted(spans)] == [
        "Nur Aisyah Rahman",
        "Regional Correspondent",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday, the talks had collapsed and the envoys flew home.",
        "Ministers met.\n\nBy the end of the week, no deal was in sight.",
    ],
)
def test_a_sentence_opening_with_by_is_no_byline(text: str) -> None:
    assert furniture_spans(text, LanguageData("en").table("furniture")) == []
