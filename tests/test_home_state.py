"""The text's own state from its national institutions (``communique.home_state``): officials
the text names without a state take it, as knowledge named in ``actors[].inferred``."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


def _affiliations(engine: Communique, text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    record = engine.extract(text, lang=lang)
    return {
        a.name: (a.affiliation, a.inferred.get("affiliation", ""))
        for a in record.actors
        if a.kind == "person"
    }


@pytest.mark.parametrize(
    ("lang", "text", "name", "state", "source"),
    [
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
    engine: Communique, lang: str, text: str, name: str, state: str | None, source: str
) -> None:
    assert _affiliations(engine, text, lang)[name] == (state, source)
