"""Russian events end to end: short sentences through the whole pipeline, their event kind
and status.

The tables under test are the Russian pack's events.tsv and status.tsv (triggers in every
case and verb form, perfective futures and infinitives as plans, отменён/перенесён/не
состоялась). Meetings and calls also need their participants recognised as people with
political roles (the Russian roles table and name recognition); a solo visit is a meeting
with one participant.
"""

from __future__ import annotations

import pytest

from communique.lang import Registry
from communique.pipeline import Communique

PUBLISHED = "2025-03-05"

_FOLDER = Registry().folder("ru")
pytestmark = pytest.mark.skipif(
    not (_FOLDER / "numbers.tsv").is_file(),
    reason="the Russian pack has no number words (numbers.tsv) yet: its pipeline cannot load",
)


CASES = [
    # --- conferences: their trigger and status alone make the event ----------------------
    pytest.param("Саммит БРИКС состоится в Казани на следующей неделе.", "conference", "planned"),
    pytest.param("Саммит ШОС прошел в Астане.", "conference", "occurred"),
    pytest.param("Саммит ШОС в Астане был отменен.", "conference", "cancelled"),
    pytest.param("Заседание Совета Безопасности ООН было перенесено.", "conference", "cancelled"),
    pytest.param("Министерская встреча ОБСЕ пройдёт в Вене.", "conference", "planned"),
    pytest.param("Форум не состоялся.", "conference", "denied"),
    pytest.param(
        "Мюнхенская конференция по безопасности открылась в пятницу.", "conference", "occurred"
    ),
    pytest.param(
        "Встреча министров иностранных дел стран СНГ запланирована на апрель.",
        "conference",
        "planned",
    ),
    pytest.param(
        "Пленарное заседание Генеральной Ассамблеи ООН отложено.", "conference", "cancelled"
    ),
    # --- meetings, calls and visits: they need named people with political roles ----------
    pytest.param(
        "Министр иностранных дел России Сергей Лавров провел переговоры с госсекретарем США "
        "Марко Рубио.",
        "meeting",
        "occurred",
    ),
    pytest.param(
        "Переговоры министра иностранных дел России Сергея Лаврова с госсекретарем США Марко "
        "Рубио состоятся на следующей неделе.",
        "meeting",
        "planned",
    ),
    pytest.param(
        "Встреча президента Франции Эмманюэля Макрона с канцлером Германии Фридрихом Мерцем "
        "была отменена.",
        "meeting",
        "cancelled",
    ),
    pytest.param(
        "Президент России Владимир Путин встретится с президентом Китая Си Цзиньпином в мае.",
        "meeting",
        "planned",
    ),
    pytest.param(
        "Президент России Владимир Путин провел телефонный разговор с президентом Турции "
        "Реджепом Тайипом Эрдоганом.",
        "call",
        "occurred",
    ),
    pytest.param(
        "Глава МИД Индии Субраманьям Джайшанкар прибыл в Москву с официальным визитом.",
        "meeting",
        "occurred",
    ),
    pytest.param(
        "Визит министра иностранных дел Ирана Аббаса Арагчи в Москву отменен.",
        "meeting",
        "cancelled",
    ),
    pytest.param(
        "Встреча министра иностранных дел России Сергея Лаврова с министром иностранных дел "
        "Украины не состоялась.",
        "meeting",
        "denied",
    ),
    pytest.param(
        "Премьер-министр Индии Нарендра Моди и президент России Владимир Путин обсудили по "
        "телефону ситуацию на Ближнем Востоке.",
        "call",
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "kind", "status"), CASES)
def test_russian_event_kind_and_status(
    engine: Communique, text: str, kind: str, status: str
) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    found = [(e.kind, e.status) for e in record.events]
    assert len(found) == 1, found
    assert found[0] == (kind, status), found


@pytest.mark.parametrize(
    "text",
    [
        "Парламент принял закон о бюджете.",
        "Министр принял участие в заседании правительства.",
        "Футбольная встреча прошла в Казани.",
        "Они встретили Новый год в Москве.",
        "На пресс-конференции для журналистов министр ответил на вопросы.",
        "Он посетил выставку в музее.",
    ],
)
def test_russian_false_friends_make_no_meeting(engine: Communique, text: str) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert [e for e in record.events if e.kind != "conference"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Заседание совместной межправительственной комиссии перенесено на осень.",
            "Заседание совместной межправительственной комиссии",
        ),
        (
            "Встреча министров иностранных дел стран СНГ пройдет в Минске.",
            "Встреча министров иностранных дел стран СНГ",
        ),
        (
            "Международная конференция по Сирии откроется в Женеве.",
            "Международная конференция по Сирии",
        ),
        ("Саммит ШОС состоится в Астане.", "Саммит ШОС"),
    ],
)
def test_russian_gathering_names_go_on_in_the_genitive(
    engine: Communique, text: str, name: str
) -> None:
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    assert [e.name for e in record.events if e.kind == "conference"] == [name]
