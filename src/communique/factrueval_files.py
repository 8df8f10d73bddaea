"""FactRuEval-2016 files (``ru-factrueval2016/``): the texts, their tokens and the entities,
mentions and facts annotated on them (see ``factrueval`` for the layers and how they are
scored), and the folding that compares Russian names and words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


def fold(s: str) -> str:
    """Lower case, ё as е, accents of Latin letters and quotes dropped, spaces collapsed."""
    s = s.replace("ё", "е").replace("Ё", "Е")
    s = "".join(c if "\u0400" <= c <= "\u04ff" else _strip_accent(c) for c in s).lower()
    s = re.sub(r"[«»\"“”„'’`]", "", s)
    return " ".join(s.split())


def _strip_accent(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


def tokens(s: str) -> list[str]:
    return re.findall(r"\w+", fold(s))


def same_word(a: str, b: str) -> bool:
    """The same word up to a Russian ending: equal, or a common prefix of 4+ letters that
    leaves at most two letters of the shorter word ("главой"/"глава", "Италии"/"Италия")."""
    if a == b:
        return True
    n = len(a) if len(a) < len(b) else len(b)
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k >= 4 and k >= n - 2


def shares_word(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    pool = list(theirs)
    return any(same_word(a, b) for a in ours for b in pool)


_NAME_KEYS = ("firstname", "lastname", "surname", "patronymic", "nickname", "name")


# --- the corpus files -----------------------------------------------------------------------


@dataclass(slots=True)
class Entity:
    id: str
    names: set[str] = field(default_factory=set)  # folded name fields and combinations
    fields: dict[str, str] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # its mentions' words


@dataclass(slots=True)
class Meeting:
    participants: tuple[str, ...]  # entity ids
    status: str


@dataclass(slots=True)
class Occupation:
    who: str
    positions: tuple[tuple[int, int, str], ...]  # alternatives: (start, end, text)
    where: str | None


@dataclass(slots=True)
class GoldText:
    name: str
    text: str
    entities: dict[str, Entity]
    meetings: list[Meeting]
    occupations: list[Occupation]
    tokens_checked: int = 0
    tokens_mismatched: int = 0
    mismatches: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    """A ``.txt`` file as the offsets count it (see the module docstring)."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return read_text(path).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _blocks(path: Path) -> Iterator[list[str]]:
    block: list[str] = []
    for line in _lines(path):
        if line.strip():
            block.append(line.strip())
        elif block:
            yield block
            block = []
    if block:
        yield block


def _checktokens(text: str, tokens: list[tuple[int, int, str]]) -> list[str]:
    return [
        f"{start}+{length}: {tok!r} != {text[start : start + length]!r}"
        for start, length, tok in tokens
        if text[start : start + length] != tok
    ]


def _status(modality: str) -> str:
    m = modality.lower()
    if "отрицание" in m:
        return "denied"
    if "будущее" in m or "возможность" in m:
        return "planned"
    return "occurred"


def _name_set(fields: dict[str, str]) -> set[str]:
    first = fields.get("firstname", "")
    last = fields.get("lastname") or fields.get("surname", "")
    patr = fields.get("patronymic", "")
    combos = [
        fields.get("name", ""),
        fields.get("nickname", ""),
        last,
        f"{first} {last}",
        f"{last} {first}",
        f"{first} {patr} {last}",
        f"{last} {first} {patr}",
    ]
    if not last:
        combos.append(first)
    return {fold(c) for c in combos if fold(c)}


def load_text(folder: Path, name: str) -> GoldText:
    """One text of the corpus with its entities and Meeting and Occupation facts."""
    base = folder / name
    text = read_text(base.with_suffix(".txt"))
    tokens: list[tuple[int, int, str]] = []
    for line in _lines(base.with_suffix(".tokens")):
        cells = line.split()
        if len(cells) >= 4:
            tokens.append((int(cells[1]), int(cells[2]), cells[3]))
    bad = _checktokens(text, tokens)
    if bad and "\r" in text:
        lf = text.replace("\r\n", "\n")
        if len(_checktokens(lf, tokens)) < len(bad):
            text, bad = lf, _checktokens(lf, tokens)
    spans: dict[str, tuple[int, int]] = {}
    for line in _lines(base.with_suffix(".spans")):
        cells = line.split("#", 1)[0].split()
        if len(cells) >= 4:
            spans[cells[0]] = (int(cells[2]), int(cells[2]) + int(cells[3]))
    mentions: dict[str, list[str]] = {}
    for line in _lines(base.with_suffix(".objects")):
        cells = line.split("#", 1)[0].split()
        if len(cells) >= 2:
            mentions[cells[0]] = cells[2:]
    entities: dict[str, Entity] = {}
    for block in _blocks(base.with_suffix(".coref")):
        head = block[0].split()
        ent = Entity(head[0])
        for row in block[1:]:
            key, _, value = row.partition(" ")
            if key in _NAME_KEYS or key == "descriptor":
                ent.fields[key] = value.strip()
        ent.names = _name_set(ent.fields)
        for mention in head[1:]:
            for span_id in mentions.get(mention, []):
                if span_id in spans:
                    start, end = spans[span_id]
                    ent.spans.append((start, end))
                    ent.texts.append(text[start:end])
        entities[ent.id] = ent
    meetings: list[Meeting] = []
    occupations: list[Occupation] = []
    seen: set[tuple[str, ...]] = set()
    for block in _blocks(base.with_suffix(".facts")):
        if tuple(block) in seen:  # the corpus repeats a few facts verbatim
            continue
        seen.add(tuple(block))
        kind = block[0].split()[-1]
        values: dict[str, list[str]] = {}
        for row in block[1:]:
            key, _, value = row.partition(" ")
            values.setdefault(key, []).append(value.strip())
        if kind == "Meeting":
            party = {_ref(v, "obj") for v in values.get("Participant", [])} - {""}
            status = _status(" ".join(values.get("Модальность", [])))
            meetings.append(Meeting(tuple(sorted(party)), status))
        elif kind == "Occupation":
            who = _ref(" ".join(values.get("Who", [])), "obj")
            where = _ref(" ".join(values.get("Where", [])), "obj") or None
            alternatives = []
            for value in values.get("Position", []) + values.get("Job", []):
                for alt in value.split("|"):
                    span_id = _ref(alt, "span")
                    if span_id in spans:
                        start, end = spans[span_id]
                        alternatives.append((start, end, text[start:end]))
            if who:
                occupations.append(Occupation(who, tuple(alternatives), where))
    out = GoldText(name, text, entities, meetings, occupations)
    out.tokens_checked, out.tokens_mismatched, out.mismatches = len(tokens), len(bad), bad[:3]
    return out


def _ref(value: str, prefix: str) -> str:
    first = value.strip().split(" ", 1)[0] if value.strip() else ""
    return first[len(prefix) :] if first.startswith(prefix) else ""


def text_names(folder: Path) -> list[str]:
    return sorted(
        (p.stem for p in folder.glob("*.txt") if p.with_suffix(".tokens").is_file()),
        key=lambda s: (len(s), s),
    )
