"""A caption's credit at a line's end is page furniture ("... at the talks in Hà Nội. — VNA/VNS
Photo Minh Đức", "(Foto: IKM/S. Haller)"); "Việt Nam" is a state and a mausoleum no person;
a description may hold two words after its article ("the visiting Chinese minister"). Texts
written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-03-19"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "NA Chairman Lương Văn Khải (right) and Chairman Gombojavyn Otgonbayar at the talks "
               "in Hà Nội on Thursday. — VNA/VNS Photo Minh Đức\n\nHÀ NỘI — Chairman Lương Văn "
               "Khải held talks in Hà Nội on Thursday with Chairman Gombojavyn Otgonbayar, who is "
               "on an official visit to Việt Nam."),
        ("de", "Bürgermeisterin Veronika Gschnitzer (Mitte) mit Vizebürgermeister Levan Tsiklauri "
               "im Rathaus. (Foto: Minh Đức)\n\nBürgermeisterin Veronika Gschnitzer empfing am "
               "Montag Vizebürgermeister Levan Tsiklauri."),
    ],
)  # fmt: skip
def test_a_captions_credit_names_no_one(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.name for a in record.actors}
    assert "Minh Đức" not in names and not any("Việt Nam" in n for n in names)
    assert [p for _, _, p in event_rows(engine, lang, text, PUBLISHED)][0] >= {
        n for n in names if n != "Minh Đức"
    }


def test_a_mausoleum_is_no_person(engine: Communique) -> None:
    text = "Earlier on Thursday, Otgonbayar laid a wreath at the President Hồ Chí Minh Mausoleum."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert not any("Mausoleum" in a.name for a in record.actors)


def test_a_description_with_two_words_after_its_article(engine: Communique) -> None:
    text = (
        "Prime Minister Anna Berg received Minister of Trade Wang Lei of China in Oslo on "
        "Monday. On Tuesday, the visiting Chinese minister met Mayor Per Lund in Bergen."
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    assert ("meeting", "occurred", {"Wang Lei", "Per Lund"}) in rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Богота, 14 сентября (Пренса Латина) Министр иностранных дел Кубы Хосе Кабрера "
               "встретился с министром иностранных дел Колумбии Марией Лондоньо."),
        ("en", "HAVANA, Sept 14 (Prensa Latina) Foreign Minister José Cabrera met his Colombian "
               "counterpart María Londoño on Monday."),
        ("de", "Havanna (Prensa Latina) – Außenminister José Cabrera traf am Montag seine "
               "kolumbianische Amtskollegin María Londoño."),
    ],
)  # fmt: skip
def test_a_news_agency_is_no_person(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.actors) == 2 and len(record.events) == 1
    assert len(record.events[0].participants) == 2


@pytest.mark.parametrize(
    ("lang", "text", "writer"),
    [
        ("ru", "11 сентября 2026 года\n\nТекст: Ольга Мункуева\nФото: пресс-служба губернатора\n\n"
               "Губернатор Андрей Шелехов в среду встретился в Чите с мэром Маньчжурии Лю "
               "Вэйдуном.", "Ольга Мункуева"),
        ("de", "11. September 2026\n\nText: Jonas Breitenfeld\n\nOberbürgermeister Jörg Ammann "
               "empfing am Mittwoch Stadtpräsident Urs Gnädinger.", "Jonas Breitenfeld"),
        ("en", "September 11, 2026\n\nText: Grace Mutesi\n\nMayor Anna Berg met Mayor Urs "
               "Gnädinger on Wednesday.", "Grace Mutesi"),
    ],
)  # fmt: skip
def test_a_writers_credit_names_no_one(
    engine: Communique, lang: str, text: str, writer: str
) -> None:
    # "Текст: X", "Text: X": the article's writer, a line of page furniture
    record = engine.extract(text, lang=lang, published="2026-09-11")
    assert writer not in {a.name for a in record.actors}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city whose Latin name is a first name ("Chita") or a word ("Kiel") is plain in
        # Cyrillic
        ("Губернатор Андрей Шелехов в среду встретился в Чите с мэром Маньчжурии Лю Вэйдуном.",
         "Чита"),
        ("Министр Андрей Шелехов в среду встретился в Киле с мэром Томасом Куфеном.", "Киль"),
        ("Министр Андрей Шелехов в среду встретился в Базеле с мэром Томасом Куфеном.",
         "Базель"),
    ],
)  # fmt: skip
def test_a_city_read_by_its_cyrillic_name(engine: Communique, text: str, place: str | None) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    where = [e.location.name if e.location else None for e in record.events]
    assert where == [place]


def test_a_broadcaster_named_in_a_case_is_no_person(engine: Communique) -> None:
    text = (
        "Премьер-министр Виорел Гуцу встретился с послом Ингрид Лунд, сообщил Настоящему "
        "Времени источник в правительстве."
    )
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert not any("Время" in a.name or "Времени" in a.name for a in record.actors)
