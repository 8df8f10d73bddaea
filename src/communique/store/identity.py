"""Actors across documents: one stable id per real person, organisation or state.

A person's key is built from the folded name: case, diacritics and transliteration variants
collapse (German Wassilenko, English Vassilenko or Vasilenko, Russian Василенко all fold to
``vasilenko``), and the key is surname plus first initial (``person:vasilenko:r``). A person
named by surname alone takes the key of the one full-name person of the same document with
that surname; when there is none, or several, it keeps a surname-only key
(``person:vasilenko:``). States are keyed by ISO code, organisations by affiliation and
folded name. Each document's roles are attested with a date: the date of the first event
the actor takes part in, else the publication date.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from communique.record import Actor, Record

# Russian (and Ukrainian/Belarusian letters) to Latin, close to the English BGN/PCGN habit;
# German spellings are brought to the same form by ``_LATIN_RULES`` afterwards.
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)

# Ordered rewrites on lower-case ASCII: German, French and English transliteration habits
# collapse to one form. The order matters (tsch before sch, sch before ch).
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ß"), "ss"),
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tch"), "ch"),  # French Tchernychenko
    (re.compile(r"kh"), "h"),  # Khrushchev / Chruschtschow: both end up with h...
    (re.compile(r"(?<![cst])ch(?=[aeiour])"), "h"),  # ... German ch for Russian х
    (re.compile(r"zh"), "sh"),  # Zhukov / Schukow
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ou"), "u"),  # French Moussa / Musa
    (re.compile(r"j"), "y"),  # Tokajew / Tokayev
    (re.compile(r"w"), "v"),  # Wassilenko / Vassilenko, Lawrow / Lavrov
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),  # Tokayev / Tokaev
    (re.compile(r"ae"), "a"),  # German umlauts written out: Mueller / Müller
    (re.compile(r"oe"), "o"),
    (re.compile(r"ue"), "u"),
    (re.compile(r"i[iy]\b"), "y"),  # Dmitrii / Dmitriy / Dmitry
    (re.compile(r"^z"), "s"),  # Zakharova / Sacharowa, Zelensky / Selenskyj
    (re.compile(r"(.)\1+"), r"\1"),  # Vassilenko / Vasilenko, Selenskyy / Selensky
)
_NON_LETTER = re.compile(r"[^a-z]+")
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "de", "den", "del", "della", "di", "da", "du", "la", "le", "al", "el",
     "bin", "ibn", "zu", "dos", "das", "ter", "ten"}
)  # fmt: skip


def fold_token(token: str) -> str:
    """One name token folded for comparison: ``Wassilenko`` → ``vasilenko``."""
    text = token.lower().translate(_CYRILLIC_TABLE).replace("ß", "ss")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NON_LETTER.sub("", text)
    for pattern, repl in _LATIN_RULES:
        text = pattern.sub(repl, text)
    return text


def fold_name(name: str) -> str:
    """A whole name folded token by token (``Roman Wassilenko`` → ``roman vasilenko``)."""
    return " ".join(t for t in (fold_token(p) for p in re.split(r"[\s\-‐–]+", name)) if t)


def _tokens(name: str) -> list[str]:
    """Folded tokens of a person's name without particles (``von der Leyen`` keeps ``leyen``)."""
    tokens = [fold_token(p) for p in re.split(r"[\s\-‐–.]+", name) if p]
    kept = [t for t in tokens if t and t not in _NAME_PARTICLES]
    return kept or [t for t in tokens if t]


def person_key(name: str) -> str:
    """``person:<folded surname>:<first initial>``; no initial for a single-word name."""
    tokens = _tokens(name)
    if not tokens:
        return "person::"
    surname = tokens[-1]
    initial = tokens[0][0] if len(tokens) > 1 else ""
    return f"person:{surname}:{initial}"


def surname_of(key: str) -> str | None:
    """The folded surname in a person key, None for other keys."""
    parts = key.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "person" else None


_VOWELS = re.compile(r"[aeiouy]+")
_SOUND_MERGES = str.maketrans({"z": "s", "w": "v", "c": "k", "q": "k", "h": ""})
_AFFRICATES = re.compile(r"t[sz]")  # Scholz, Шольц
_DOUBLED = re.compile(r"(.)\1+")


def sound_key(key: str) -> str | None:
    """The consonants of a person key's surname with near sounds merged, plus its initial
    (``person:trump:d`` and ``person:tramp:d`` -> ``trmp:d``; ``person:baerbock:a`` and
    Russian Бербок's ``person:berbok:a`` -> ``brbk:a``): Russian writes foreign names as they
    sound, so their vowels differ from the original spelling. None for other keys and for
    surnames too short to tell (fewer than three consonants)."""
    parts = key.split(":")
    if len(parts) != 3 or parts[0] != "person":
        return None
    consonants = _skeleton(parts[1])
    if len(consonants) < 3:
        return None
    initial = "a" if parts[2][:1] in "aeiouy" and parts[2] else parts[2]  # Antony, Энтони
    return f"{consonants}:{initial}"


def _skeleton(token: str) -> str:
    """The consonants of a folded name token, near sounds merged ("baerbock", "berbok" ->
    "brbk")."""
    merged = _AFFRICATES.sub("s", token).translate(_SOUND_MERGES)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", merged))


def name_sound(name: str) -> str | None:
    """The sound of a full name, token by token ("Annalena Baerbock" and "Анналена Бербок"
    -> "nln brbk"); None for a name of one word or with a token too short to tell."""
    tokens = _tokens(name)
    if len(tokens) < 2:
        return None
    sounds = [_skeleton(t) for t in tokens]
    return " ".join(sounds) if all(len(s) >= 2 for s in sounds) else None


_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")


def _across_scripts(conn: sqlite3.Connection, actor: Actor) -> int | None:
    """The stored person this actor is in the other script: Russian writes foreign names as
    they sound (Анналена Бербок is Annalena Baerbock), so a full name of the same sound in
    every word, written in the other alphabet, of no other state, is the same person, when
    exactly one stored person fits."""
    sound = name_sound(actor.name)
    if sound is None:
        return None
    cyrillic = bool(_CYRILLIC_LETTER.search(actor.name))
    found: set[int] = set()
    for actor_id, name, affiliation in conn.execute(
        "SELECT a.id, n.name, a.affiliation FROM actor_names n "
        "JOIN actors a ON a.id = n.actor_id WHERE n.sound = ? AND a.kind = 'person'",
        (sound,),
    ):
        if actor.affiliation and affiliation and affiliation != actor.affiliation:
            continue
        if bool(_CYRILLIC_LETTER.search(name)) != cyrillic:
            found.add(int(actor_id))
    return found.pop() if len(found) == 1 else None


def actor_key(actor: Actor, record: Record | None = None) -> str:
    """The cross-document key of an actor of ``record``.

    A person named by surname alone takes the key of the single full-name person of the
    same record with that surname, when there is exactly one.
    """
    if actor.kind == "state":
        code = actor.affiliation or fold_name(actor.name).replace(" ", "")
        return f"state:{code.upper()}"
    if actor.kind == "organization":
        return f"org:{actor.affiliation or ''}:{fold_name(actor.name)}"
    key = person_key(actor.name)
    if key.endswith(":") and record is not None:
        surname = surname_of(key)
        full = {
            person_key(other.name)
            for other in record.actors
            if other is not actor
            and other.kind == "person"
            and len(_tokens(other.name)) > 1
            and surname_of(person_key(other.name)) == surname
        }
        if len(full) == 1:
            return full.pop()
    return key


def _names(actor: Actor) -> list[str]:
    seen: dict[str, None] = {actor.name: None}
    for alias in actor.aliases:
        seen.setdefault(alias, None)
    return list(seen)


def resolve_actors(conn: sqlite3.Connection, record: Record) -> dict[str, int]:
    """Store ids of the record's actors (created when new), with names and role attestations.

    Call inside a transaction; the document's earlier attestations must have been removed.
    """
    attested = _attestation_dates(record)
    ids: dict[str, int] = {}
    for actor in record.actors:
        key = actor_key(actor, record)
        # what the text states attests; what was inferred from knowledge does not
        stated_affiliation = None if "affiliation" in actor.inferred else actor.affiliation
        stated_organization = None if "organization" in actor.inferred else actor.organization
        row = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        if row is None and actor.kind == "person":
            other = _across_scripts(conn, actor)
            row = None if other is None else (other,)
        if row is None:
            cur = conn.execute(
                "INSERT INTO actors(kind, name, key, affiliation) VALUES (?, ?, ?, ?)",
                (actor.kind, actor.name, key, stated_affiliation),
            )
            actor_id = int(cur.lastrowid or 0)
        else:
            actor_id = int(row[0])
            if len(_tokens(actor.name)) > 1:  # a full name replaces a surname-only display name
                conn.execute(
                    "UPDATE actors SET name = ? WHERE id = ? AND instr(name, ' ') = 0",
                    (actor.name, actor_id),
                )
            if stated_affiliation:
                conn.execute(
                    "UPDATE actors SET affiliation = ? WHERE id = ? AND affiliation IS NULL",
                    (stated_affiliation, actor_id),
                )
        ids[actor.id] = actor_id
        for name in _names(actor):
            conn.execute(
                "INSERT OR IGNORE INTO actor_names(actor_id, name, folded, sound) "
                "VALUES (?, ?, ?, ?)",
                (actor_id, name, fold_name(name), name_sound(name)),
            )
        if actor.role is not None:
            conn.execute(
                "INSERT INTO actor_roles(actor_id, role_class, title, affiliation, organization, "
                "doc_id, date) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    actor_id,
                    actor.role.cls,
                    actor.role.title,
                    stated_affiliation,
                    stated_organization,
                    record.document.id,
                    attested.get(actor.id, record.document.published),
                ),
            )
    return ids


def _attestation_dates(record: Record) -> dict[str, str]:
    """Per actor id, the start date of the first dated event it took part in (a planned
    event's date attests nothing yet)."""
    dates: dict[str, str] = {}
    for event in record.events:
        if event.status != "occurred" or event.date is None or event.date.start is None:
            continue
        for actor_id in event.participants:
            dates.setdefault(actor_id, event.date.start)
    return dates
