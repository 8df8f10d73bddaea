"""Russian: the gender a past verb gives a name no first-name list knows ("Марисоль Кихано
... отметила"), and what it decides: the person "у нее" and "гостья" refer to; a described
minister of a state ("боливийского министра") among several of that state; an interlocutor
phrase that names its person ("ее собеседником стал X"); a visit a president "может
совершить". Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-03-17"

OPENING = (
    "Министр иностранных дел России Арсений Ведерников во вторник провел в Москве переговоры с "
    "главой МИД Боливии Марисоль Кихано Вильярроэль. Кихано Вильярроэль в свою очередь "
    "отметила, что Ла-Пас ждет результатов. Министры также затронули визит в Россию, который "
    "может совершить президент Боливии Эрнан Сапата Вилька. "
)


@pytest.mark.parametrize(
    ("later", "names"),
    [
        # "у нее": she had the talks; the Bolivian minister, not Russia's
        ("Программа пребывания боливийского министра в Москве не ограничилась встречей на "
         "Смоленской площади. В тот же день у нее состоялась беседа с заместителем министра "
         "энергетики Глебом Остроуховым.",
         {"Марисоль Кихано Вильярроэль", "Глеб Остроухов"}),
        # the interlocutor phrase names its person; no one else is meant by it
        ("Программа пребывания боливийского министра в Москве не ограничилась встречей. В тот "
         "же день у нее состоялась беседа в министерстве энергетики — ее собеседником стал "
         "Глеб Остроухов.",
         {"Марисоль Кихано Вильярроэль", "Глеб Остроухов"}),
        # "гостья" is a woman: the guest, not the president told last
        ("Накануне гостья посетила Совет Федерации, где ее принял председатель комитета Ильдар "
         "Гайнутдинов.",
         {"Марисоль Кихано Вильярроэль", "Ильдар Гайнутдинов"}),
    ],
)  # fmt: skip
def test_who_a_feminine_reference_is(engine: Communique, later: str, names: set[str]) -> None:
    rows = event_rows(engine, "ru", OPENING + later, PUBLISHED)
    talks = {"Арсений Ведерников", "Марисоль Кихано Вильярроэль"}
    others = [n for _, s, n in rows if s == "occurred" and n != talks]
    assert names in others
    assert all("Арсений Ведерников" not in n for n in others)


def test_a_visit_a_president_may_make_is_planned(engine: Communique) -> None:
    rows = event_rows(engine, "ru", OPENING, PUBLISHED)
    assert all(not ("Эрнан Сапата Вилька" in n and s == "occurred") for _, s, n in rows)


def test_the_verb_after_an_object_says_nothing_of_it(engine: Communique) -> None:
    # "гостью принял X": the verb is X's, who follows it; the guest stays who she is
    text = (
        "Министр Лян Вэйдун провел переговоры с министром Фатмой Салим Мсуя. Мсуя поблагодарила "
        "за помощь. В тот же день гостью принял заместитель председателя КНР Хэ Цзяньпин."
    )
    rows = event_rows(engine, "ru", text, PUBLISHED)
    assert ("meeting", "occurred", {"Фатма Салим Мсуя", "Хэ Цзяньпин"}) in rows


def test_the_head_of_a_delegation_has_the_title_after_vo_glave(engine: Communique) -> None:
    # "во главе с министром ..., X": "во главе" leads a delegation, it is no title; the
    # minister's (with a portfolio of several words) is X's, so "корейским министром" is X
    text = (
        "Президент Мердан Атаев принял делегацию Республики Корея во главе с министром "
        "земельных ресурсов, инфраструктуры и транспорта Пак Чон Хуном. В состав делегации "
        "вошла также заместитель министра иностранных дел Республики Корея Ким Со Ён. В тот же "
        "день министр иностранных дел Бегенч Аннагелдиев провёл переговоры с корейским "
        "министром."
    )
    record = engine.extract(text, lang="ru", published=PUBLISHED)
    pak = next(a for a in record.actors if a.name.startswith("Пак Чон"))
    assert pak.role is not None and pak.role.title.lower().startswith("министр")
    rows = event_rows(engine, "ru", text, PUBLISHED)
    assert any({"Бегенч Аннагелдиев", pak.name} == n for _, _, n in rows)


@pytest.mark.parametrize(
    ("text", "person", "not_a_person"),
    [
        # initials glued to each other, the surname after a space
        ("Председатель парламента Б.Ж. Оразымбетов встретился с послом Марией Торрес.",
         "Б.Ж. Оразымбетов", None),
        # a parliament's own name after a title is a body, no person
        ("Координатор ООН Мария Торрес встретилась с Председателем Жокаргы Кенеса Республики "
         "Каракалпакстан.", "Мария Торрес", "Кенес"),
        # a name a university bears is remembered, not met
        ("Посол Эрнесто Сардиньяс посетил университет имени Н.И. Лобачевского, где провел "
         "беседу с ректором Сергеем Ильинским.", "Сергей Ильинский", "Лобачевск"),
    ],
)  # fmt: skip
def test_names_of_bodies_and_initials(
    engine: Communique, text: str, person: str, not_a_person: str | None
) -> None:
    names = set().union(*(n for _, _, n in event_rows(engine, "ru", text, PUBLISHED)))
    assert person in names
    if not_a_person is not None:
        assert not any(not_a_person in n for n in names)
