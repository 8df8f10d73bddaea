"""Adversarial documents of 5–50 KB in German and English: whatever a user feeds in, extraction
finishes without an exception, in time proportional to the size, with spans that index the
text and rosters of a sane size (issue 6).

Each strategy below builds one kind of rubble: long runs of capitalised words, name lists,
nested and unbalanced quotes of every kind, no punctuation at all, very long "words", mixed
scripts, many newlines, repeated titles, a soup of digits and dates. Hypothesis draws a small
*recipe* (the pieces, the separators, a size and a seed) and the recipe assembles the text, so
that a failing example prints in a few lines and replays exactly. Every name is invented.

Marked ``slow``: ``python -m pytest -m "not slow"`` leaves it out. Shrinking is off: one
example can take seconds, and shrinking would rerun it hundreds of times; the failure message
names the strategy, the size and the time instead.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from communique.pipeline import Communique
from communique.record import Document
from record_spans import record_spans

EXAMPLES = 4  # per strategy and language: 9 strategies x 2 languages x 4 = 72 documents
MIN_SIZE, MAX_SIZE = 5_000, 50_000  # characters
SECONDS_PER_50K = 6.0  # the time bound is proportional to the size (twice a busy machine) ...
# ... but never below this: a runaway (a scan of the whole text at every word) takes ten times
# as long; one long sentence of 15,000 characters with 200 meeting words takes 1.1 s on a busy
# machine with the stop-39 code, so a floor of 1 s flaked; 50,000 characters of German quotes
# took 3.6 s beside another test run, over the 3 s the bound then gave
FLOOR_SECONDS = 2.0
MAX_PARTICIPANTS = 50  # no real meeting report names more; a longer roster is a runaway

# ------------------------------------------------------------------------ vocabulary

FIRST = ("Anna", "Karl", "Mira", "Jonas", "Lena", "Tomasz", "Ilse", "Farid", "Oksana", "Pavel",
         "Greta", "Émile", "Zofia", "Aleksander", "Ingrid", "Yusuf", "Marta", "Henrik", "Sanne",
         "Dario", "Leonie", "Bogdan", "Elif", "Rasmus")  # fmt: skip
LAST = ("Berg", "Huber", "Lindqvist", "Novak", "Sandoval", "Hartwig", "Okafor", "Brandt",
        "Kowalczyk", "Jansen", "Vidal", "Morozova", "Aydın", "Petrović", "Falk", "Quist",
        "Rahimi", "Solheim", "van der Linde", "Ó Briain", "Müller-Lüdenscheidt",
        "Al-Amin")  # fmt: skip
WORDS = {
    "de": ("der", "die", "das", "und", "mit", "traf", "trifft", "empfing", "telefonierte",
           "sprach", "am", "im", "in", "zu", "Gesprächen", "Treffen", "Gipfel", "Konferenz",
           "besuchte", "wird", "soll", "abgesagt", "verschoben", "nächste", "Woche", "Montag",
           "Dienstag", "März", "Handel", "Sicherheit", "Energie", "sagte", "erklärte",
           "betonte", "Amtskollegen", "Delegation", "Wien", "Berlin", "Brüssel", "Österreich",
           "EU", "NATO", "OSZE", "UN", "Außenministerium"),
    "en": ("the", "and", "with", "met", "meets", "received", "spoke", "by", "phone", "held",
           "talks", "on", "in", "to", "summit", "conference", "visited", "will", "meet",
           "cancelled", "postponed", "next", "week", "Monday", "Tuesday", "March", "trade",
           "security", "energy", "said", "told", "stressed", "counterpart", "delegation",
           "Vienna", "London", "Brussels", "Austria", "EU", "NATO", "OSCE", "UN",
           "Foreign Office"),
}  # fmt: skip
TITLES = {
    "de": ("Außenminister", "Außenministerin", "Bundeskanzler", "Präsident", "Präsidentin",
           "Botschafterin", "Generalsekretär", "Staatssekretärin", "Ministerpräsident",
           "Bundespräsident", "Dr.", "Prof.", "Herr", "Frau"),
    "en": ("Foreign Minister", "Prime Minister", "President", "Ambassador",
           "Secretary-General", "Deputy Foreign Minister", "Foreign Secretary", "Chancellor",
           "Dr", "Mr", "Ms", "Prof."),
}  # fmt: skip
SPEECH = {
    "de": ("sagte", "erklärte", "betonte", "so", "fügte hinzu", "zitierte"),
    "en": ("said", "told", "stressed", "added", "according to", "quoted"),
}
QUOTE_MARKS = ("„", "“", "”", "«", "»", "‹", "›", '"', "'", "‚", "‘", "’")
SCRIPTS = (
    "Василий Петренко встретился с Анной Берг в Вене.", "Ολγα Παπαδοπούλου", "محمد العمري",
    "李伟会见了安娜", "שרה כהן", "अनिल शर्मा", "ナカムラ ユキ", "Đặng Thị Hoa", "Ç̧ö̈ẞ",
    "🇦🇹🤝🇩🇪", "e\u0301\u0301\u0301", "\u200b\u200d\u2060", "\u202eWien\u202c", "\u00ad",
    "\u00a0", "\ufeff", "ǅ", "ﬁ", "Ⅻ", "𝔄𝔫𝔫𝔞",
)  # fmt: skip
DATES = {
    "de": ("14.03.2025", "3. März 2025", "am 14.", "Anfang März", "Mitte 2025", "10:30 Uhr",
           "1,5 Mrd. Euro", "2025-03-14", "2.500", "12 %", "KW 11", "19./20. Mai", "1989",
           "vom 3. bis 5. Juni", "Q3", "XIV.", "+43 1 234 56 78", "000", "31.02.2025"),
    "en": ("14/03/2025", "3 March 2025", "March 3rd", "early March", "mid-2025", "10:30 am",
           "$2.5bn", "2025-03-14", "2,500", "12%", "week 11", "19-20 May", "1989",
           "from 3 to 5 June", "Q3", "XIV", "+1 202 555 0100", "000", "Feb 30, 2025"),
}  # fmt: skip

# ------------------------------------------------------------------------ recipes


@dataclass(frozen=True)
class Recipe:
    """What a document is made of; ``text()`` assembles it deterministically."""

    kind: str
    lang: str
    pieces: tuple[str, ...]
    separators: tuple[str, ...]
    size: int
    seed: int
    lead: str = ""

    def text(self) -> str:
        rng = random.Random(self.seed)
        parts = [self.lead]
        n = len(self.lead)
        while n < self.size:
            piece = rng.choice(self.pieces) + rng.choice(self.separators)
            parts.append(piece)
            n += len(piece)
        return "".join(parts)[: self.size]

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how Hypothesis prints it
        printer.text(repr(self))

    def __repr__(self) -> str:  # the falsifying example, short enough to read
        return (
            f"Recipe({self.kind!r}, {self.lang!r}, size={self.size}, seed={self.seed}, "
            f"lead={self.lead!r}, separators={self.separators!r}, "
            f"pieces={[p if len(p) < 60 else p[:40] + f'…({len(p)})' for p in self.pieces]!r})"
        )


def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"


def _capitalised(draw: st.DrawFn) -> str:
    return draw(st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{1,14}", fullmatch=True))


Builder = Callable[[st.DrawFn, str], tuple[list[str], list[str], str]]


def _caps_run(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    caps = [w for w in WORDS[lang] if w[:1].isupper()] + list(TITLES[lang]) + list(LAST)
    pieces = caps + [_capitalised(draw) for _ in range(draw(st.integers(1, 20)))]
    return pieces, [" "] * 30 + [", ", ". ", "\n"], ""


def _name_list(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    pieces = [_name(draw) for _ in range(draw(st.integers(5, 40)))]
    pieces += [f"{draw(st.sampled_from(TITLES[lang]))} {_name(draw)}" for _ in range(5)]
    verb = "traf am Dienstag in Wien" if lang == "de" else "met in Vienna on Tuesday"
    lead = draw(st.sampled_from(["", f"{TITLES[lang][0]} {_name(draw)} {verb}: "]))
    and_ = " und " if lang == "de" else " and "
    return pieces, [", ", ",\n", "; ", "\n", and_, " "], lead


def _quotes(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    pieces = list(QUOTE_MARKS) * 3 + list(SPEECH[lang]) + list(WORDS[lang])
    pieces += [_name(draw) for _ in range(draw(st.integers(1, 10)))]
    pieces += draw(st.lists(st.text(alphabet="".join(QUOTE_MARKS) + " ,.:", max_size=12)))
    return [p for p in pieces if p], [" ", "", ", ", ": ", ". "], ""


def _no_punctuation(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    words = [w for w in WORDS[lang] if w.isalpha()] + list(FIRST) + ["Berg", "Huber"]
    words += [t for t in TITLES[lang] if t.replace(" ", "").isalpha()]
    words += [_capitalised(draw) for _ in range(draw(st.integers(0, 10)))]
    return words, [" "], ""


def _long_words(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    chunks = draw(st.lists(st.text(min_size=1, max_size=8).filter(str.strip), min_size=1))
    pieces = [c.replace(" ", "") * draw(st.integers(100, 4_000)) for c in chunks]
    pieces = [p for p in pieces if p] or ["Donaudampfschifffahrt" * 500]
    pieces += list(WORDS[lang]) + [_name(draw) for _ in range(3)]
    return pieces, [" ", "-", "", ". "], ""


def _mixed_scripts(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    alphabet = st.characters(codec="utf-8")  # every code point but the surrogates
    pieces = list(SCRIPTS) + list(WORDS[lang]) + [_name(draw) for _ in range(3)]
    pieces += draw(st.lists(st.text(alphabet=alphabet, min_size=1, max_size=20), max_size=10))
    return pieces, [" ", "", ". ", "\n", "\u3000"], ""


def _newlines(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    pieces = list(WORDS[lang]) + list(TITLES[lang]) + [_name(draw) for _ in range(5)]
    seps = ["\n", "\n\n", "\r\n", "\n\n\n\n\n", " \n", "\t\n", "\r", "\u2028", "\x0c", " "]
    return pieces, draw(st.lists(st.sampled_from(seps), min_size=1, max_size=6)), ""


def _repeated_titles(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    title = draw(st.sampled_from(TITLES[lang]))
    verb = draw(st.sampled_from([w for w in WORDS[lang] if w in {"traf", "met", "empfing"}]))
    pieces = [
        " ".join([title] * draw(st.integers(2, 300))) + f" {_name(draw)} {verb} {_name(draw)}"
        for _ in range(draw(st.integers(1, 4)))
    ]
    return pieces, [". ", " ", "\n", ", "], ""


def _digits_dates(draw: st.DrawFn, lang: str) -> tuple[list[str], list[str], str]:
    pieces = list(DATES[lang]) + list(WORDS[lang])
    pieces += [str(n) for n in draw(st.lists(st.integers(-(10**12), 10**12), max_size=10))]
    pieces += [_name(draw)]
    return pieces, [" ", ", ", ". ", "/", "-", ""], ""


BUILDERS: dict[str, Builder] = {
    "caps_run": _caps_run,
    "name_list": _name_list,
    "quotes": _quotes,
    "no_punctuation": _no_punctuation,
    "long_words": _long_words,
    "mixed_scripts": _mixed_scripts,
    "newlines": _newlines,
    "repeated_titles": _repeated_titles,
    "digits_dates": _digits_dates,
}


@st.composite
def recipes(draw: st.DrawFn, kind: str, lang: str) -> Recipe:
    pieces, separators, lead = BUILDERS[kind](draw, lang)
    size = draw(st.integers(MIN_SIZE, MAX_SIZE))
    seed = draw(st.integers(0, 2**32 - 1))
    return Recipe(kind, lang, tuple(pieces), tuple(separators), size, seed, lead)


# ------------------------------------------------------------------------ checks


def bound_seconds(chars: int) -> float:
    return max(FLOOR_SECONDS, SECONDS_PER_50K * chars / 50_000)


@pytest.fixture(scope="module")
def warm_engine(engine: Communique) -> Communique:
    """The shared engine with both languages loaded, so that no example pays for the loading."""
    for lang in engine.languages:
        engine.extract(engine.registry.example(lang) or "", lang=lang, published="2025-03-14")
    return engine


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_adversarial_document(
    warm_engine: Communique, kind: str, lang: str, data: st.DataObject
) -> None:
    recipe = data.draw(recipes(kind, lang), label="recipe")
    text = recipe.text()
    what = f"{kind}/{lang}, {len(text):,} characters"
    t0 = time.perf_counter()
    record = warm_engine.extract_document(
        Document(text=text, language=lang, published="2025-03-14")
    )
    seconds = time.perf_counter() - t0
    problems: list[str] = []
    bound = bound_seconds(len(text))
    if seconds > bound:
        problems.append(f"{seconds:.2f} s, over the bound of {bound:.2f} s")
    rec = record.to_dict()
    for where, s in record_spans(rec):
        start, end = s["start"], s["end"]
        if not (0 <= start < end <= len(text) and text[start:end] == s["text"]):
            problems.append(f"{where}: text[{start}:{end}] != {s['text']!r}")
    for event in rec["events"]:
        if len(event["participants"]) > MAX_PARTICIPANTS:
            problems.append(f"{event['id']}: {len(event['participants'])} participants")
    assert not problems, f"{what}: " + "; ".join(problems[:10])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # marks and commas between quote marks, three "words" of them: no quotation (found
        # by a draw above: the trimmed quotation was empty)
        ("de", "Kanzler Karl Huber sagte: „, . ,“ und ging. Dann „: ’ ,”."),
        ("en", 'Minister Anna Berg said: ", . ," and left.'),
    ],
)
def test_a_quotation_of_marks_alone_is_none(engine: Communique, lang: str, text: str) -> None:
    record = engine.extract(text, lang=lang)
    assert record.quotes == []


# recipes Hypothesis once found over the bound, kept so that they are run every time: German
# texts of words thousands of characters long, some hyphenated ("-é-é-é..."), where a pattern
# free to start anywhere ("[\w\-]*Besuch ... abgestattet") was tried at every character
FOUND = [
    Recipe(
        "long_words",
        "de",
        ("º" * 164, "-é" * 2123, "µÿô" * 2764, *WORDS["de"], "Mira Aydın", "Lena Huber"),
        (" ", "-", "", ". "),
        10203,
        19495385,
    ),
    # ... and long words before a delegation's word, where "(\w+) Delegation" was tried at
    # every character of each
    Recipe(
        "long_words",
        "de",
        (
            "Infinity" * 2000,
            "ÕÖ¾\U000bb73f" * 1410,
            "h´µ\U000c2020Ðpà\x8c" * 2107,
            *WORDS["de"],
            "Greta Hartwig",
            "Ilse Müller-Lüdenscheidt",
        ),
        (" ", "-", "", ". "),
        16076,
        4294967294,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("recipe", FOUND, ids=repr)
def test_found_recipes_stay_fast(warm_engine: Communique, recipe: Recipe) -> None:
    text = recipe.text()
    t0 = time.perf_counter()
    warm_engine.extract_document(Document(text=text, language=recipe.lang, published="2025-03-14"))
    assert time.perf_counter() - t0 <= bound_seconds(len(text))
