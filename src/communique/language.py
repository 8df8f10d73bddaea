"""Language identification from stopword profiles, script shares and orthographic cues.

Each ``lang/<code>/stopwords.txt`` is a profile: frequent function words of one language;
``lang/<code>/cues.tsv`` lists its orthographic cues (pattern, weight). Languages with a
language pack are the supported ones (the registry says which); the others are recognised
so that a French text is not read as English.

A text is scored by the stopword hits among the word tokens of its first ~2000 characters
(a word shared by k profiles counts 1/k for each). Script decides first: texts in scripts other
than Latin and Cyrillic get that script's language. A text written mostly in Cyrillic is
scored on the Cyrillic profiles (Russian, Ukrainian, Belarusian, Kazakh), the cues of those
without a pack always added, since letters such as і ї є ў ә қ are strong evidence (Russian
and Kazakh share ы, Belarusian writes э: the pack's own cues are left to Latin-script texts and
its stopwords decide); a language without a pack wins
only with clear evidence (one Ukrainian name in a Russian headline leaves it Russian), and
letters of Cyrillic alphabets without a profile (Serbian, Macedonian) name their language. In
Latin-script text, when stopwords give little evidence (titles, short phrases), the cues are
added with a lower weight.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from communique.errors import KnowledgeError

_SAMPLE_CHARS = 2000
_CUE_CHARS = 400  # cues decide short texts; on long ones stopwords suffice
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NON_LATIN_CYRILLIC = re.compile(r"[^a-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff'’]")
_ABBREVIATION = re.compile(r"(?:\b[^\W\d_]\.){2,}")  # U.S., z.B., e.g.
_TITLE_WORD = re.compile(r"\b[^\W\d_][^\W\d_'’-]*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHE = re.compile(r"['’]")

# Scripts other than Latin and Cyrillic: the language a text written in it most likely is in.
_OTHER_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("hy", re.compile(r"[\u0530-\u058f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
)

# Cyrillic letters that Russian does not use: (language, letters).
_CYRILLIC_OTHERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
    ("be", re.compile(r"[ўЎ]")),
    ("sr", re.compile(r"[ђћџјљњЂЋЏЈЉЊ]")),
    ("mk", re.compile(r"[ѓќѕЃЌЅ]")),
    ("kk", re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")),
)

# a Cyrillic language without a pack needs this much evidence to win, or half of it and a
# lead of 1.0 over the supported ones
_CYRILLIC_UNSUPPORTED = 2.0
_MIN_EVIDENCE = 0.75  # below this stopword+cue weight the language is unknown
_WEAK_EVIDENCE = 3.0  # below this stopword weight the cues are consulted


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str | None  # ISO 639-1 code, None when unknown (too little text)
    score: float  # 0..1 confidence
    supported: bool  # the language has a pack


def default_lang_root() -> Path:
    return Path(__file__).resolve().parent / "lang"


def _load_profiles(root: Path) -> dict[str, frozenset[str]]:
    profiles: dict[str, frozenset[str]] = {}
    if not root.is_dir():
        raise KnowledgeError(f"{root}: language folder not found")
    for sub in sorted(root.iterdir()):
        path = sub / "stopwords.txt"
        if not path.is_file():
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{path}: cannot read stopwords ({exc})") from exc
        words = frozenset(
            w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#")
        )
        if words:
            profiles[sub.name] = words
    if not profiles:
        raise KnowledgeError(f"{root}: no lang/*/stopwords.txt profiles")
    return profiles


@dataclass(frozen=True, slots=True)
class _Cues:
    """The orthographic cues of one language (``lang/<code>/cues.tsv``)."""

    patterns: tuple[tuple[re.Pattern[str], float], ...]
    title_case: float  # weight of headline capitalisation, 0 when the language has none


def _load_cues(root: Path, langs: tuple[str, ...]) -> dict[str, _Cues]:
    cues: dict[str, _Cues] = {}
    for lang in langs:
        path = root / lang / "cues.tsv"
        if not path.is_file():
            continue
        rows: list[tuple[re.Pattern[str], float]] = []
        title_case = 0.0
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [(n, x) for n, x in enumerate(lines, 1) if x.strip() and not x.startswith("#")]
        for lineno, line in body[1:]:  # after the header
            cells = line.split("\t")
            try:
                pattern, weight = cells[0], float(cells[1])
                if pattern == "@title_case":
                    title_case = weight
                else:
                    rows.append((re.compile(pattern), weight))
            except (IndexError, ValueError, re.error) as exc:
                raise KnowledgeError(f"{path}:{lineno}: bad cue ({exc})") from exc
        cues[lang] = _Cues(tuple(rows), title_case)
    return cues


def _is_title_case(sample: str) -> bool:
    """English headline style: every word capitalised ("Talks Resume In Geneva")."""
    if len(sample) > 200 or sample.isupper():
        return False
    words: list[str] = _TITLE_WORD.findall(sample)
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.85 * len(words)


class LanguageIdentifier:
    """Identifies the language of a text; loads the stopword profiles once."""

    __slots__ = ("_langs", "_weights", "_cyrillic_langs", "_cues", "_supported")

    def __init__(self, root: Path | None = None, supported: tuple[str, ...] = ()) -> None:
        """Profiles from ``root`` (the package's ``lang/`` by default); ``supported``: the
        languages with a pack, preferred on thin evidence."""
        folder = root or default_lang_root()
        profiles = _load_profiles(folder)
        self._langs: tuple[str, ...] = tuple(profiles)
        self._cues = _load_cues(folder, self._langs)
        self._supported = supported
        owners: dict[str, list[int]] = {}
        for i, lang in enumerate(self._langs):
            for word in profiles[lang]:
                owners.setdefault(word, []).append(i)
        self._weights: dict[str, tuple[tuple[int, float], ...]] = {
            w: tuple((i, 1.0 / len(idx)) for i in idx) for w, idx in owners.items()
        }
        self._cyrillic_langs: frozenset[str] = frozenset(
            lang
            for lang, words in profiles.items()
            if sum(bool(_CYRILLIC.search(w)) for w in words) > len(words) / 2
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """Codes of the loaded stopword profiles."""
        return self._langs

    def identify(self, text: str) -> LanguageGuess:
        sample = _ABBREVIATION.sub(" ", text[:_SAMPLE_CHARS])
        lower = sample.lower()
        tokens = _WORD.findall(lower)
        letters = "".join(tokens)
        n_letters = len(letters)
        if n_letters < 2:
            return self._guess(None, 0.0)
        n_cyr = len(_CYRILLIC.findall(letters))
        n_other = len(_NON_LATIN_CYRILLIC.findall(letters))
        if n_other > n_letters / 2:
            return self._other_script(letters, n_letters)
        scores = self._stopword_scores(tokens)
        if n_cyr > n_letters - n_cyr - n_other:
            return self._cyrillic(letters, lower, scores, n_cyr)
        for lang in self._cyrillic_langs:  # Latin text: Cyrillic profiles do not apply
            scores.pop(lang, None)
        return self._decide(sample, lower, scores)

    def _stopword_scores(self, tokens: list[str]) -> dict[str, float]:
        acc = [0.0] * len(self._langs)
        weights = self._weights
        for tok, n in Counter(tokens).items():
            hit = weights.get(tok)
            if hit is None and ("'" in tok or "’" in tok):
                hit = weights.get(_APOSTROPHE.split(tok, maxsplit=1)[0] + "'")
            if hit is not None:
                for i, w in hit:
                    acc[i] += w * n
        return {lang: acc[i] for i, lang in enumerate(self._langs) if acc[i] > 0.0}

    def _decide(self, sample: str, lower: str, scores: dict[str, float]) -> LanguageGuess:
        total_stop = sum(scores.values())
        ranked = sorted(scores.values(), reverse=True)
        margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) if ranked else 0.0
        if total_stop < _WEAK_EVIDENCE or margin < 1.0:
            head = lower[:_CUE_CHARS]
            for lang, cues in self._cues.items():
                for pattern, weight in cues.patterns:
                    n = len(pattern.findall(head))
                    if n:
                        scores[lang] = scores.get(lang, 0.0) + weight * min(n, 6)
            title_case = _is_title_case(sample)
            for lang, cues in self._cues.items():
                if cues.title_case and title_case:
                    scores[lang] = scores.get(lang, 0.0) + cues.title_case
        if not scores:
            return self._guess(None, 0.0)
        best_lang, best = max(scores.items(), key=lambda kv: kv[1])
        # on thin evidence a supported language close behind wins: "met" is Dutch too
        supported = self._supported
        close = [k for k in supported if k != best_lang and scores.get(k, 0.0) >= 0.4 * best]
        if best_lang not in supported and close and best < 4.0:
            return self._guess(max(close, key=lambda k: scores[k]), 0.4)
        second = max((v for k, v in scores.items() if k != best_lang), default=0.0)
        if best < _MIN_EVIDENCE or best - second < 1e-9:
            return self._guess(None, 0.0)
        share = best / (best + second)
        evidence = min(1.0, best / 4.0)
        return self._guess(best_lang, share * (0.5 + 0.5 * evidence))

    def _cyrillic(
        self, sample: str, lower: str, scores: dict[str, float], n_cyr: int
    ) -> LanguageGuess:
        cyr = {k: v for k, v in scores.items() if k in self._cyrillic_langs}
        lat = {k: v for k, v in scores.items() if k not in self._cyrillic_langs}
        best_cyr = max(cyr.values(), default=0.0)
        best_lat_lang = max(lat, key=lambda k: lat[k], default=None)
        if best_lat_lang is not None and lat[best_lat_lang] > 2.0 * best_cyr + 1.0:
            return self._guess(best_lat_lang, 0.5)  # Cyrillic names in a Latin-script text
        for lang, letters in _CYRILLIC_OTHERS:
            if lang in self._cyrillic_langs:
                continue  # a profile of its own: scored below, with its cues
            n = len(letters.findall(sample))
            if n and n >= 0.01 * n_cyr and (n >= 3 or best_cyr < 2.0):
                return self._guess(lang, 0.6)
        for lang in self._cyrillic_langs - frozenset(self._supported):
            # the neighbours' letters; a supported language relies on its stopwords here
            cues = self._cues.get(lang)
            for pattern, weight in cues.patterns if cues else ():
                n = len(pattern.findall(lower))
                if n:
                    cyr[lang] = cyr.get(lang, 0.0) + weight * min(n, 6)
        cyr = {k: v for k, v in cyr.items() if v > 0.0}
        if cyr:
            lang = max(cyr, key=lambda k: cyr[k])
            best = cyr[lang]
            home = [k for k in self._supported if k in self._cyrillic_langs and k != lang]
            runner_up = max((cyr.get(k, 0.0) for k in home), default=0.0)
            thin = best < _CYRILLIC_UNSUPPORTED and (best < 1.0 or best - runner_up < 1.0)
            if lang not in self._supported and home and thin:
                # thin evidence for a language without a pack: the supported one
                lang = max(home, key=lambda k: (cyr.get(k, 0.0), k == "ru"))
                return self._guess(lang, 0.5)
            return self._guess(lang, 0.6 + 0.4 * min(1.0, best / 4.0))
        ru = "ru" if "ru" in self._langs or not self._cyrillic_langs else min(self._cyrillic_langs)
        return self._guess(ru, 0.5 if n_cyr >= 10 else 0.3)

    def _guess(self, lang: str | None, score: float) -> LanguageGuess:
        score = max(0.0, min(1.0, round(score, 3)))
        return LanguageGuess(lang, score if lang else 0.0, lang in self._supported)

    def _other_script(self, sample: str, n_letters: int) -> LanguageGuess:
        counts = [(len(p.findall(sample)), lang) for lang, p in _OTHER_SCRIPTS]
        n, lang = max(counts)
        if lang == "zh" and dict((lg, c) for c, lg in counts)["ja"] > 0:
            lang = "ja"  # kana next to Han characters: Japanese
        if n < 2:
            return self._guess(None, 0.0)
        return self._guess(lang, 0.5 * min(1.0, n / n_letters + 0.2))
