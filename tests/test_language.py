"""Language identification: stopword profiles, scripts, short texts, speed, real corpora."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from communique.errors import KnowledgeError
from communique.lang import pack_codes
from communique.language import LanguageIdentifier

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def ident() -> LanguageIdentifier:
    return LanguageIdentifier(supported=pack_codes())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kasachstan und die EU", "de"),
        ("Der Bundeskanzler empfing den Präsidenten von Kenia am Montag in Berlin.", "de"),
        ("Die Außenministerin reist nächste Woche nach Brasilien und Argentinien.", "de"),
        ("Außenministerin trifft Amtskollegen", "de"),
        ("The prime minister met the president of Ghana in London on Tuesday.", "en"),
        ("Foreign ministers of the G7 will meet in Tokyo next week.", "en"),
        ("Talks Resume Between Envoys In Geneva", "en"),
        ("Министр иностранных дел России провёл переговоры с коллегой из Египта.", "ru"),
        ("Лавров и Блинкен", "ru"),
        ("Le ministre des Affaires étrangères a rencontré son homologue à Paris.", "fr"),
        ("El presidente del Gobierno se reunió con el primer ministro de Portugal.", "es"),
        ("Il ministro degli Esteri ha incontrato il suo omologo a Roma.", "it"),
        ("De minister van Buitenlandse Zaken heeft zijn ambtgenoot ontmoet in Den Haag.", "nl"),
        ("Minister spraw zagranicznych spotkał się z ambasadorem w Warszawie.", "pl"),
        ("O ministro dos Negócios Estrangeiros reuniu-se com o seu homólogo em Lisboa.", "pt"),
        ("Dışişleri Bakanı, Ankara'da Alman mevkidaşı ile bir araya geldi.", "tr"),
        ("Utrikesministern träffade sin kollega från Finland i Stockholm och de talade.", "sv"),
        ("Міністр закордонних справ України зустрівся з послом Польщі.", "uk"),
        ("Ο υπουργός Εξωτερικών συναντήθηκε με τον πρέσβη.", "el"),
        ("وزير الخارجية يلتقي نظيره في القاهرة", "ar"),
        ("外交部长在北京会见了法国总统。", "zh"),
    ],
)
def test_languages(ident: LanguageIdentifier, text: str, lang: str) -> None:
    guess = ident.identify(text)
    assert guess.lang == lang
    assert 0.0 < guess.score <= 1.0
    assert guess.supported == (lang in pack_codes())


@pytest.mark.parametrize("text", ["", "   ", "2024-05-01 12:00", "!!! ???", "x"])
def test_too_little_text_is_unknown(ident: LanguageIdentifier, text: str) -> None:
    guess = ident.identify(text)
    assert guess.lang is None and guess.score == 0.0 and not guess.supported


def test_abbreviations_do_not_count_as_words(ident: LanguageIdentifier) -> None:
    assert ident.identify("U.S. Brokers Cease-fire in Western Afghanistan").lang == "en"


def test_long_text_more_confident_than_short(ident: LanguageIdentifier) -> None:
    short = ident.identify("Kasachstan und die EU")
    long = ident.identify(
        "Die Bundesregierung hat am Montag mit der Regierung von Kasachstan über die "
        "Zusammenarbeit in der Energiepolitik gesprochen, wie das Auswärtige Amt mitteilte. "
        "Dabei ging es auch um die Lage in Zentralasien und die Beziehungen zur EU."
    )
    assert long.lang == short.lang == "de"
    assert long.score > short.score


def test_profiles_loaded_and_missing_root(tmp_path: Path) -> None:
    langs = LanguageIdentifier().languages
    assert {"de", "en", "ru", "fr", "es", "it", "nl", "pl", "pt", "tr", "sv"} <= set(langs)
    with pytest.raises(KnowledgeError):
        LanguageIdentifier(tmp_path / "nowhere")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "stopwords.txt").write_text("# comment\nfoo\nbar\n", encoding="utf-8")
    custom = LanguageIdentifier(tmp_path)
    assert custom.languages == ("xx",)
    assert custom.identify("foo bar baz").lang == "xx"
    assert not custom.identify("foo bar baz").supported  # no pack: recognised, not read


def test_cues_come_from_the_language_folders(tmp_path: Path) -> None:
    """A language's orthographic cues are a file of its folder: with them a short title
    without stopwords is recognised, without them it is not."""
    for lang, stop, cue in (("xx", "foo", "qz"), ("yy", "bar", "wv")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "stopwords.txt").write_text(f"{stop}\n", encoding="utf-8")
        (tmp_path / lang / "cues.tsv").write_text(f"pattern\tweight\n{cue}\t1.0\n")
    ident = LanguageIdentifier(tmp_path, supported=("yy",))
    assert ident.identify("Qzara qzemo").lang == "xx"
    assert ident.identify("Wvara wvemo").lang == "yy"
    assert ident.identify("Wvara wvemo").supported
    (tmp_path / "xx" / "cues.tsv").unlink()
    assert LanguageIdentifier(tmp_path).identify("Qzara qzemo").lang is None


def _csv_texts(rel: str, n: int) -> list[str]:
    from communique.corpora import iter_csv_texts

    path = SHARED / "corpora" / rel
    if not path.is_file():
        pytest.skip(f"{path} not available")
    return list(itertools.islice(iter_csv_texts(path), n))


@pytest.mark.parametrize(
    ("rel", "lang"),
    [("de-10kgnad/test.csv", "de"), ("ru-1tv-leads/1tv_news_2024.csv", "ru")],
)
def test_corpus_accuracy(ident: LanguageIdentifier, rel: str, lang: str) -> None:
    texts = _csv_texts(rel, 300)
    right = sum(ident.identify(t).lang == lang for t in texts)
    assert right >= 0.99 * len(texts)


def test_corpus_accuracy_bbc(ident: LanguageIdentifier) -> None:
    root = SHARED / "corpora" / "en-bbc"
    if not root.is_dir():
        pytest.skip(f"{root} not available")
    paths = [p for c in sorted(root.iterdir()) if c.is_dir() for p in sorted(c.glob("*.txt"))[:60]]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    right = sum(ident.identify(t).lang == "en" for t in texts)
    assert right >= 0.99 * len(texts)


def test_german_short_openings(ident: LanguageIdentifier) -> None:
    texts = _csv_texts("de-10kgnad/test.csv", 300)
    openings = [" ".join(t.split()[:10]) for t in texts]
    right = sum(ident.identify(t).lang == "de" for t in openings)
    assert right >= 0.97 * len(openings)
