"""Bare surnames as a meeting verb's subject across its auxiliaries and adverbs ("Kerry will
meet", "Lavrov is due to meet") and across a coordinator ("Lavrov and Kerry will meet"): the
names are licensed by the meeting they stand in, as a title would license them. A public
subject is still needed (a state, an organisation, a political topic in the sentence).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2016-10-12"


def _one_meeting(engine: Communique, lang: str, text: str) -> set[str]:
    """The names of the participants of the text's one event."""
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    return {a.name for a in record.actors if a.id in record.events[0].participants}


@pytest.mark.parametrize(
    ("lang", "text", "status", "people"),
    [
        ("en", "Sorokin and Kerrigan will meet in Lausanne, according to a statement by the "
         "Russian Foreign Ministry.", "planned", {"Sorokin", "Kerrigan"}),
        ("en", "Kerrigan is due to meet Sorokin in Geneva on Friday, the State Department said.",
         "planned", {"Kerrigan", "Sorokin"}),
        ("en", "Kerrigan also met Sorokin in Geneva to discuss the ceasefire in Syria.", "occurred",
         {"Kerrigan", "Sorokin"}),
        ("de", "Sorokin und Kerrigan wollen sich am Samstag in Lausanne treffen, teilte das "
         "russische Außenministerium mit.", "planned", {"Sorokin", "Kerrigan"}),
        ("ru", "Сорокин и Керриган также встретились в Женеве, сообщил МИД России.", "occurred",
         {"Сорокин", "Керриган"}),
    ],
)  # fmt: skip
def test_bare_surnames_as_subjects(
    engine: Communique, lang: str, text: str, status: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    event = record.events[0]
    names = {a.name for a in record.actors if a.id in event.participants}
    assert (event.status, names) == (status, people)


def test_private_people_meeting_are_no_event(engine: Communique) -> None:
    text = "Smith and Jones will meet at the club, the coach said."
    assert engine.extract(text, lang="en", published=PUBLISHED).events == []


@pytest.mark.parametrize(
    "text",
    [
        # a participle phrase after the subject: what the person named before it does
        "Foreign Secretary Jack Reyes, speaking at a joint news conference with Chinese Foreign "
        "Minister Li Weiming, stressed this point.",
        "Foreign Minister Lena Dahl, meeting her Chinese counterpart Li Weiming in Oslo, raised "
        "human rights.",
    ],
)
def test_a_participle_phrase_tells_what_its_subject_does(engine: Communique, text: str) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert len(record.events) == 1, record.events
    names = {a.name for a in record.actors if a.id in record.events[0].participants}
    assert len(names) == 2 and "Li Weiming" in names


def test_a_participle_phrase_about_talks_of_others_is_no_meeting(engine: Communique) -> None:
    text = (
        "Senator Tom Reyes, commenting on the talks between Lena Dahl and Li Weiming, praised them."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    seated = {a.name for e in record.events for a in record.actors if a.id in e.participants}
    assert "Tom Reyes" not in seated


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a phrase with the meeting opens the sentence: the main clause's subject has it,
        # whether the main verb is one of speech or not
        ("en", "After the meeting with French President Paul Marchand, Chancellor Greta Lind "
         "praised the agreement.", {"Paul Marchand", "Greta Lind"}),
        ("en", "At a joint news conference with Chancellor Greta Lind, President Tom Walsh said "
         "the United States stood with Europe.", {"Greta Lind", "Tom Walsh"}),
        ("en", "Speaking after talks with his Egyptian counterpart Amr Fawzi, Foreign Minister "
         "Tom Walsh said the ceasefire must hold.", {"Amr Fawzi", "Tom Walsh"}),
        ("en", "Shortly after the talks with French President Paul Marchand, Chancellor Greta "
         "Lind left for Rome.", {"Paul Marchand", "Greta Lind"}),
        ("de", "Nach dem Treffen mit dem französischen Präsidenten Paul Marchand lobte "
         "Bundeskanzlerin Greta Lind die Einigung.", {"Paul Marchand", "Greta Lind"}),
        ("de", "Bei der Pressekonferenz mit Bundeskanzlerin Greta Lind sagte US-Präsident Tom "
         "Walsh, die USA stünden an der Seite Europas.", {"Greta Lind", "Tom Walsh"}),
    ],
)  # fmt: skip
def test_a_fronted_meeting_phrase_is_the_main_clause_subjects(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _one_meeting(engine, lang, text) == people


@pytest.mark.parametrize(
    ("lang", "text", "groups"),
    [
        # a list after "with" ends with a coordinator; a name after it joined by a comma
        # opens the main clause
        ("en", "After his talks with President Paul Marchand and Prime Minister Luc Bernard, "
         "Chancellor Greta Lind left for Rome.",
         [{"Greta Lind", "Paul Marchand"}, {"Greta Lind", "Luc Bernard"}]),
        ("en", "The minister held talks with President Paul Marchand, Prime Minister Luc Bernard "
         "and Foreign Minister Anne Roux.",
         [{"Paul Marchand"}, {"Luc Bernard"}, {"Anne Roux"}]),
    ],
)  # fmt: skip
def test_a_with_list_ends_at_its_coordinator(
    engine: Communique, lang: str, text: str, groups: list[set[str]]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    got = [{names[p] for p in e.participants} for e in record.events]
    assert sorted(got, key=sorted) == sorted(groups, key=sorted)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # a subject pronoun takes the person named first in the sentence before (mostly its
        # subject), not the last one named there
        ("de", "Außenminister Igor Sorokin sprach am Telefon mit Tom Walsh über die Lage in "
         "Syrien. Anschließend beriet er sich mit Verteidigungsminister Oleg Gromov.",
         {"Igor Sorokin", "Tom Walsh"}, {"Igor Sorokin", "Oleg Gromov"}),
        ("en", "Foreign Minister Igor Sorokin spoke by phone with Tom Walsh about Syria. He later "
         "conferred with Defence Minister Oleg Gromov.",
         {"Igor Sorokin", "Tom Walsh"}, {"Igor Sorokin", "Oleg Gromov"}),
    ],
)  # fmt: skip
def test_a_subject_pronoun_takes_the_subject_before(
    engine: Communique, lang: str, text: str, first: set[str], second: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    got = [{names[p] for p in e.participants} for e in record.events]
    assert got == [first, second]
    assert record.events[0].kind == "call"


def test_a_name_after_a_description_in_a_with_phrase_is_no_subject(
    engine: Communique,
) -> None:
    """ "talks with China's military chief, General Wang Lei.": the name says who the chief
    is; it does not open a clause whose subject had the talks with China."""
    text = (
        "A State Department spokesman says the issue came up during talks with China's "
        "visiting military chief, General Wang Lei."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert all(len(e.participants) < 2 for e in record.events), record.events


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # someone a comparison introduces did the same before; they are no party
        ("de", "Wie schon sein Vorgänger Karl Huber traf auch Bundespräsident Jan Kowal den "
         "iranischen Präsidenten Amir Tavana.", {"Jan Kowal", "Amir Tavana"}),
        ("en", "Like his predecessor Karl Huber, President Jan Kowal met Iranian President Amir "
         "Tavana.", {"Jan Kowal", "Amir Tavana"}),
        # not a coordination, nor a wish
        ("de", "Sowohl Kanzlerin Anna Berg wie auch Präsident Jan Kowal trafen den iranischen "
         "Präsidenten Amir Tavana.", {"Anna Berg", "Jan Kowal", "Amir Tavana"}),
        ("en", "President Jan Kowal would like to meet Iranian President Amir Tavana in Vienna.",
         {"Jan Kowal", "Amir Tavana"}),
    ],
)  # fmt: skip
def test_a_comparison_names_no_party(
    engine: Communique, lang: str, text: str, people: set[str]
) -> None:
    assert _one_meeting(engine, lang, text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the owner of what is talked about is no party
        ("Foreign Minister Jan Kowal discussed President Karl Huber's peace plan with Chinese "
         "President Hu Wei.", {"Jan Kowal", "Hu Wei"}),
        ("Foreign Minister Jan Kowal met President Karl Huber's Chinese counterpart Hu Wei.",
         {"Jan Kowal", "Hu Wei"}),
        # ... but the owner of the talks is
        ("President Karl Huber's talks with Chinese President Hu Wei ended on Monday.",
         {"Karl Huber", "Hu Wei"}),
    ],
)  # fmt: skip
def test_a_possessor_of_a_thing_is_no_party(
    engine: Communique, text: str, people: set[str]
) -> None:
    assert _one_meeting(engine, "en", text) == people


def test_they_after_a_noun_for_people_stands_for_them(engine: Communique) -> None:
    """ "Mr Hale's allies saying they had support to hold a meeting": they are the allies,
    whom the text does not name, not the people named before."""
    text = (
        "Tory MP Tom Hale is angry. Party agent Ruth Lane said Mr Hale was ineligible. The news "
        "comes despite Mr Hale's allies saying they had enough support to hold a meeting to "
        "discuss his fate."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert all(len(e.participants) < 2 for e in record.events), record.events


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a German name in the genitive before a noun or title owns it and is no party
        ("Wladimir Sorokins Sprecher Dmitri Pesko traf Anna Bergs Berater Christoph Wendt in "
         "Berlin.", {"Dmitri Pesko", "Christoph Wendt"}),
        ("Der Plan von Jan Kowal scheiterte. Jan Kowals Nachfolger Karl Huber traf am Montag "
         "Präsident Luis Ramos.", {"Karl Huber", "Luis Ramos"}),
        # ... and whose meeting it is keeps the name without its ending
        ("Präsident Karl Hubers Treffen mit dem chinesischen Präsidenten Hu Wei endete am "
         "Montag.", {"Karl Huber", "Hu Wei"}),
        # a name ending in s before a verb is no genitive
        ("Präsident Klaus Iohannis traf Kanzlerin Anna Berg.", {"Klaus Iohannis", "Anna Berg"}),
    ],
)  # fmt: skip
def test_a_german_genitive_owner_is_no_party(
    engine: Communique, text: str, people: set[str]
) -> None:
    assert _one_meeting(engine, "de", text) == people


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # a meeting noun's counterparts are its with-list; a name after it is the main
        # verb's object, or stands in a caption run on into the sentence
        ("de", "Außenminister Jan Kowal kritisierte nach dem Treffen mit Präsident Karl Huber "
         "auch Kanzlerin Anna Berg.", {"Jan Kowal", "Karl Huber"}),
        ("en", "Former President Karl Huber talks with his daughter Anna Huber prior the first "
         "debate From left, Tom Lind, Eva Holm and former Mayor Jan Kowal watch the debate.",
         {"Karl Huber", "Anna Huber"}),
        # ... a name joined to the list by a coordinator, whatever its title, is in it
        ("ru", "Министр Ерлан Кадыров провел переговоры с Министром иностранных дел Омана "
         "Салимом аль-Харти и Государственным министром иностранных дел Катара Абдуллой "
         "аль-Кувари.", None),
    ],
)  # fmt: skip
def test_a_meeting_nouns_counterparts_are_its_with_list(
    engine: Communique, lang: str, text: str, people: set[str] | None
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    groups = [{names[p] for p in e.participants} for e in record.events]
    if people is None:  # one meeting for each counterpart, none left out
        assert len(groups) == 2 and all(len(g) == 2 for g in groups), groups
    else:
        assert groups == [people]
