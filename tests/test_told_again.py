"""A meeting told again in a later sentence: what it adds (place, date), and when it is
another meeting of the same people (another day). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-12"  # a Wednesday


def _meetings(engine: Communique, lang: str, text: str) -> list[tuple[str, str, str, str]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return [
        (
            e.status,
            e.location.name if e.location else "",
            e.date.start if e.date and e.date.start else "",
            "+".join(sorted(a.name for a in record.actors if a.id in e.participants)),
        )
        for e in record.events
        if e.kind == "meeting"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the meeting noun told again, no one named: where and when it was
        ("de", "Außenministerin Anna Berg hat ihren slowenischen Amtskollegen Karl Huber "
         "getroffen. Das Treffen fand am Dienstag in Wien statt.",
         [("occurred", "Wien", "2025-03-11", "Anna Berg+Karl Huber")]),
        ("en", "Foreign Minister Anna Berg met her Slovenian counterpart Karl Huber. The meeting "
         "took place in Vienna on Tuesday.",
         [("occurred", "Vienna", "2025-03-11", "Anna Berg+Karl Huber")]),
        # ... of a meeting to come, its weekday ahead
        ("de", "Außenministerin Anna Berg wird ihren slowenischen Amtskollegen Karl Huber "
         "treffen. Das Treffen soll am Dienstag in Wien stattfinden.",
         [("planned", "Wien", "2025-03-18", "Anna Berg+Karl Huber")]),
        # the same people on another day: another meeting
        ("de", "Außenministerin Anna Berg hat am Dienstag ihren slowenischen Amtskollegen Karl "
         "Huber getroffen. Berg hatte Huber bereits im Jänner in Wien getroffen.",
         [("occurred", "", "2025-03-11", "Anna Berg+Karl Huber"),
          ("occurred", "Wien", "2025-01", "Anna Berg+Karl Huber")]),
        ("en", "Foreign Minister Anna Berg met her Slovenian counterpart Karl Huber on Tuesday. "
         "Berg had already met Huber in Vienna in January.",
         [("occurred", "", "2025-03-11", "Anna Berg+Karl Huber"),
          ("occurred", "Vienna", "2025-01", "Anna Berg+Karl Huber")]),
    ],
)  # fmt: skip
def test_a_meeting_told_again(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _meetings(engine, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # those told about the meeting told before were not at it
        ("de", "Der russische Außenminister Karl Huber traf US-Außenminister Tom Weber in Wien. "
         "Huber informierte auch die Außenminister des Irans und Ägyptens über das Treffen.",
         [("occurred", "Wien", "", "Karl Huber+Tom Weber")]),
        ("en", "Russian Foreign Minister Karl Huber met US Secretary of State Tom Weber in Vienna. "
         "Huber also informed the foreign ministers of Iran and Egypt about the meeting.",
         [("occurred", "Vienna", "", "Karl Huber+Tom Weber")]),
        # ... but a meeting word of the sentence's own tells a meeting of its own
        ("en", "Russian Foreign Minister Karl Huber met US Secretary of State Tom Weber in Vienna. "
         "Huber later briefed Iranian Foreign Minister Ali Karimi about the meeting.",
         [("occurred", "Vienna", "", "Karl Huber+Tom Weber"),
          ("occurred", "", "", "Ali Karimi+Karl Huber")]),
    ],
)  # fmt: skip
def test_a_meeting_talked_about(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _meetings(engine, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a headline's present says nothing of when: the body's status is the meeting's
        ("de", "Kanzlerin Berg trifft Präsident Kowal\n\nKanzlerin Anna Berg reist am Donnerstag "
         "nach Lima, wo sie Präsident Jan Kowal treffen will.",
         [("planned", "Lima", "2025-03-13", "Anna Berg+Jan Kowal")]),
        ("en", "Chancellor Berg meets President Kowal\n\nChancellor Anna Berg will travel to Lima "
         "on Thursday to meet President Jan Kowal.",
         [("planned", "Lima", "2025-03-13", "Anna Berg+Jan Kowal")]),
        # ... also where only the present with a weekday says when ("empfängt am Donnerstag"),
        # the headline written as news agencies do, closed by a full stop before the dateline
        ("de", "Berg empfängt Kowal. Berlin – Kanzlerin Anna Berg empfängt am Donnerstag den "
         "Präsidenten Jan Kowal.", [("planned", "Berlin", "2025-03-13", "Anna Berg+Jan Kowal")]),
        ("en", "Berg meets Kowal\n\nBERLIN (Reuters) - Chancellor Anna Berg meets President Jan "
         "Kowal on Thursday.", [("planned", "BERLIN", "2025-03-13", "Anna Berg+Jan Kowal")]),
        # ... a headline in the past tells a meeting that was held
        ("de", "Kanzlerin Berg traf Präsident Kowal\n\nKanzlerin Anna Berg will Präsident Jan "
         "Kowal im Mai in Lima erneut treffen.",
         [("occurred", "", "", "Anna Berg+Jan Kowal"),
          ("planned", "Lima", "2025-05", "Anna Berg+Jan Kowal")]),
    ],
)  # fmt: skip
def test_a_headline_told_again(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _meetings(engine, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the lead tells the headline's meeting again: its date and place, and who came along
        # in the sentence after the lead
        ("en", "Chancellor Berg meets President Kowal\n\nPress release\n\nMarch 12, 2025\n"
         "Berlin\n\nChancellor Anna Berg today welcomed President Jan Kowal of Chile to Berlin."
         "\n\nThe Chancellor was joined by the Minister of Finance, Eva Lindt.",
         [("occurred", "Berlin", "2025-03-12", "Anna Berg+Eva Lindt+Jan Kowal")]),
        ("de", "Kanzlerin Berg empfängt Präsident Kowal\n\nPressemitteilung\n\n12. März 2025\n\n"
         "Bundeskanzlerin Anna Berg hat heute Präsident Jan Kowal aus Chile in Berlin "
         "empfangen.\n\nBegleitet wurde die Kanzlerin von Finanzministerin Eva Lindt.",
         [("occurred", "Berlin", "2025-03-12", "Anna Berg+Eva Lindt+Jan Kowal")]),
    ],
)  # fmt: skip
def test_a_headline_told_again_in_the_lead(
    engine: Communique, lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _meetings(engine, lang, text) == expected


def test_a_party_visit_told_after_the_meeting_keeps_the_meeting_told() -> None:
    """ "Y, who arrived on Tuesday, was accompanied by Z": the visit of one who met, told
    again; "also attended the meeting" after it means the meeting, not the visit."""
    engine = Communique()
    text = (
        "Mayor Anna Berg met with Governor Jan Kowal in Graz on Wednesday. Governor Kowal, who "
        "arrived in Graz on Tuesday, was accompanied by Consul General Eva Lindt. Vice Mayor "
        "Karl Huber also attended the meeting."
    )
    assert _meetings(engine, "en", text) == [
        ("occurred", "Graz", "2025-03-12", "Anna Berg+Eva Lindt+Jan Kowal+Karl Huber")
    ]
