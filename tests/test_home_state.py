"""The text's own state from its national institutions (``communique.home_state``): officials
the text names without a state take it, as knowledge named in ``actors[].inferred``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.pipeline import Communique


@pytest.mark.parametrize(
    ("lang", "text", "name", "state", "source"),
    [
        # institutions whose names other states' share, of a state the text never names nor
        # by a party: no state ("Bundesrat" in a Swiss text)
        (
            "de",
            "Der Bundesrat will den Streit beilegen. Auch im Bundesrat gab es Kritik. "
            "Verteidigungsminister Karl Huber traf am Montag in Bern Botschafterin Anna Berg.",
            "Karl Huber",
            None,
            "",
        ),
        (
            "de",
            "Der Bundesrat will den Streit beilegen. Auch im Bundesrat gab es Kritik, wie es in "
            "Deutschland heißt. Verteidigungsminister Karl Huber traf am Montag Botschafterin "
            "Anna Berg.",
            "Karl Huber",
            "DEU",
            "kb:organizations/BUNDESRAT",
        ),
        # two institutions of one state: its officials
        (
            "en",
            "Labour MPs attacked the Tories in the Commons. Chancellor Anna Berg met Prime "
            "Minister Karl Huber on Monday.",
            "Anna Berg",
            "GBR",
            "kb:organizations/GBR_LABOUR",
        ),
        (
            "de",
            "SPÖ und ÖVP stritten im Nationalrat. Verteidigungsminister Karl Huber traf am "
            "Montag Innenministerin Anna Berg.",
            "Karl Huber",
            "AUT",
            "kb:organizations/SPOE",
        ),
        # one mention is not enough
        (
            "en",
            "Labour said so. Chancellor Anna Berg met Prime Minister Karl Huber on Monday.",
            "Anna Berg",
            None,
            "",
        ),
        # institutions of two states as often: neither
        (
            "de",
            "SPÖ und ÖVP stritten, CDU und SPD auch. Verteidigungsminister Karl Huber traf am "
            "Montag Innenministerin Anna Berg.",
            "Karl Huber",
            None,
            "",
        ),
        # a title the state holds once, held by someone of it already: another state's
        (
            "de",
            "SPÖ und ÖVP stritten im Nationalrat. Der österreichische Außenminister Tom Weber "
            "traf am Montag Außenminister Karl Huber.",
            "Karl Huber",
            None,
            "",
        ),
        # envoys are often foreign in a national text
        (
            "en",
            "Labour MPs attacked the Tories in the Commons. Prime Minister Anna Berg met "
            "Ambassador Karl Huber on Monday.",
            "Karl Huber",
            None,
            "",
        ),
        # someone met abroad by one of the state's own: a host or fellow guest there
        (
            "de",
            "SPÖ und ÖVP stritten im Nationalrat. Der österreichische Außenminister Tom Weber "
            "traf am Montag in Teheran Präsident Karl Huber.",
            "Karl Huber",
            None,
            "",
        ),
        (
            "en",
            "Labour MPs attacked the Tories in the Commons. British Foreign Secretary Anna Berg "
            "met President Karl Huber in Lima on Monday.",
            "Karl Huber",
            None,
            "",
        ),
        # ... but at home the state's officials are its own
        (
            "de",
            "SPÖ und ÖVP stritten im Nationalrat. Der österreichische Außenminister Tom Weber "
            "traf am Montag in Wien Verteidigungsminister Karl Huber.",
            "Karl Huber",
            "AUT",
            "kb:organizations/SPOE",
        ),
        # a state the text gives wins
        (
            "en",
            "Labour MPs attacked the Tories in the Commons. Prime Minister Anna Berg met "
            "Chilean President Karl Huber on Monday.",
            "Karl Huber",
            "CHL",
            "",
        ),
    ],
)
def test_home_state(
    affiliations: Callable[[str, str], dict[str, tuple[str | None, str]]],
    lang: str,
    text: str,
    name: str,
    state: str | None,
    source: str,
) -> None:
    assert affiliations(text, lang)[name] == (state, source)


@pytest.mark.parametrize(
    ("lang", "text", "name", "cls"),
    [
        # the UK's chancellor is a finance minister, beside a prime minister of the state
        (
            "en",
            "Labour MPs attacked the Tories in the Commons. Prime Minister Karl Huber backed "
            "Chancellor Anna Berg on Monday.",
            "Anna Berg",
            "minister",
        ),
        # in a German text the chancellor heads the government
        (
            "en",
            "The CDU and the SPD clashed in the Bundestag. Chancellor Anna Berg met Foreign "
            "Minister Karl Huber on Monday.",
            "Anna Berg",
            "head_of_government",
        ),
        # where the institutions point to no state, the title's usual class
        (
            "en",
            "Chancellor Anna Berg met Foreign Minister Karl Huber on Monday.",
            "Anna Berg",
            "head_of_government",
        ),
    ],
)
def test_home_state_role_class(
    engine: Communique, lang: str, text: str, name: str, cls: str
) -> None:
    record = engine.extract(text, lang=lang)
    roles = {a.name: a.role.cls for a in record.actors if a.kind == "person" and a.role}
    assert roles[name] == cls


@pytest.mark.parametrize(
    ("lang", "text", "name", "state", "source"),
    [
        # an agency's dateline: its state's officials, named without one
        (
            "en",
            "ISLAMABAD, Oct 23: Prime Minister Karl Huber briefed the visiting delegation on "
            "the elections.",
            "Karl Huber",
            "PAK",
            "kb:places/1176615",
        ),
        (
            "de",
            "Regierung unter Druck. Rom – Premier Karl Huber muss am Montag vor das Parlament.",
            "Karl Huber",
            "ITA",
            "kb:places/3169070",
        ),
        # a text about another state than the dateline's: no state from it
        (
            "en",
            "SEOUL (Reuters) - North Korea hurled abuse at President Karl Huber, and North "
            "Korea's state media called him a tyrant.",
            "Karl Huber",
            None,
            "",
        ),
        # the visitor is not of the dateline's state
        (
            "en",
            "BEIJING (Reuters) - Premier Tom Weber met visiting Prime Minister Karl Huber on "
            "Monday.",
            "Karl Huber",
            None,
            "",
        ),
        (
            "en",
            "ANKARA (Reuters) - Chancellor Karl Huber arrived in Turkey on Sunday for talks.",
            "Karl Huber",
            None,
            "",
        ),
        # a title only some states give ("Bundes-"): no other state from the dateline; whom
        # its holder meets there is of the dateline's state, not of the text's institutions
        (
            "de",
            "Kiew (dpa) - Bundesaußenministerin Anna Berg traf am Dienstag Präsident Karl Huber.",
            "Anna Berg",
            None,
            "",
        ),
        (
            "de",
            "Kiew (dpa) - Bundesaußenministerin Anna Berg traf am Dienstag Präsident Karl Huber.",
            "Karl Huber",
            "UKR",
            "kb:places/703448",
        ),
        # no dateline: a city in the text's first words is not one
        (
            "en",
            "Rome is a busy city. Premier Karl Huber met the mayor on Monday.",
            "Karl Huber",
            None,
            "",
        ),
    ],
)
def test_dateline_state(
    affiliations: Callable[[str, str], dict[str, tuple[str | None, str]]],
    lang: str,
    text: str,
    name: str,
    state: str | None,
    source: str,
) -> None:
    assert affiliations(text, lang)[name] == (state, source)


def test_a_home_title_holder_meets_abroad(
    affiliations: Callable[[str, str], dict[str, tuple[str | None, str]]],
) -> None:
    # the text's institutions are German; the head of government the German minister meets
    # in Kiev is not German
    text = (
        "Der Bundestag debattierte, CDU und SPD stimmten zu. Bundesaußenministerin Anna Berg "
        "reiste nach Kiew. Dort wurde sie am Dienstag in Kiew von Regierungschefin Olena Lind "
        "empfangen."
    )
    got = affiliations(text, "de")
    assert got["Olena Lind"][0] != "DEU"
    assert got["Anna Berg"][0] == "DEU"
