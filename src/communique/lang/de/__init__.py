"""The German language pack: its tables beside this file, its code-like defaults here.

German capitalises every noun, so telling a name from a word needs more than capitals: a
word the dictionary (simplemma) knows with an inflected plural is a common noun; a word it
does not know is a compound whose last part is a common noun, or a name; HanTa's
part-of-speech guess (``NE``) decides the rest. Names of places and organisations are
inflected ("des Europäischen Auswärtigen Dienstes"), state adjectives take case endings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

import simplemma

from communique.lang.hanta import hanta_lemmatizer, hanta_tagger
from communique.lang.profile import LanguageProfile, words
from communique.lang.word_tests import WordTests

_PLURAL_ENDINGS = ("en", "e", "n", "er", "s")
_LONGEST_WORD = 40
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


class GermanWords:
    """simplemma's dictionary first, HanTa's tagger (cached per word) where it cannot tell."""

    def __init__(self, stopwords: frozenset[str], cache_size: int) -> None:
        del stopwords
        self._proper: dict[str, bool] = {}
        self._common: dict[str, bool] = {}
        self._cache_size = cache_size

    def is_common_word(self, word: str) -> bool:
        # A word the dictionary knows with an inflected plural ("Gewerkschaft(en)",
        # "Blick(e)") is a common noun; otherwise HanTa decides (it tags "Merkel" NE): it is
        # slow, so it is asked only then. Answers are kept per word (names recur).
        hit = self._common.get(word)
        if hit is None:
            hit = self._is_common_word(word)
            if len(self._common) < self._cache_size:
                self._common[word] = hit
        return hit

    def _is_common_word(self, word: str) -> bool:
        if not simplemma.is_known(word, lang="de"):
            # unknown: a compound of a known word and a common noun ("Kabinetts|chefin"),
            # else a name ("Schawkat", "Kolinda": no known word before "linda"; "Chatchai":
            # a noun of four letters is too short a tail to tell)
            return any(
                self._noun(word[i:].capitalize()) and _known_stem(word[:i])
                for i in range(3, len(word) - COMPOUND_TAIL + 1)
            )
        return self._noun(word) or not self.is_proper_noun(word)

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        return self.is_proper_noun

    @staticmethod
    def _noun(word: str) -> bool:
        """A word the dictionary knows together with an inflected form."""
        return simplemma.is_known(word, lang="de") and any(
            simplemma.is_known(word + end, lang="de") for end in _PLURAL_ENDINGS
        )

    @cached_property
    def _hanta(self) -> object:
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_ger.pgz")

    def is_proper_noun(self, word: str) -> bool:
        hit = self._proper.get(word)
        if hit is None and len(word) > _LONGEST_WORD:
            return False  # HanTa's time grows with the square of a word's length
        if hit is None:
            try:
                # the part-of-speech guess alone: no lemma analysis (``analyze``), which
                # costs as much again
                tag = self._hanta.tag_word(word)[0][0]  # type: ignore[attr-defined]
            except Exception:  # HanTa fails on odd tokens; treat them as not proper nouns
                tag = ""
            hit = tag == "NE"
            if len(self._proper) < self._cache_size:
                self._proper[word] = hit
        return hit


# HanTa's German tags (STTS, finite and non-finite verbs marked in brackets) -> coarse tags
_COARSE = {
    "NE": "PROPN",
    "NN": "NOUN",
    "VV(FIN)": "VERB",
    **dict.fromkeys(("VA(FIN)", "VM(FIN)"), "AUX"),
    **dict.fromkeys(("VV(INF)", "VA(INF)", "VM(INF)", "VV(IZU)"), "INF"),
    **dict.fromkeys(("VV(PP)", "VA(PP)", "VM(PP)"), "PART"),
    **dict.fromkeys(("KOUS", "KOUI"), "SCONJ"),
    **dict.fromkeys(("KON", "KOKOM"), "CCONJ"),
    **dict.fromkeys(("PRELS", "PRELAT"), "REL"),
    **dict.fromkeys(("APPR", "APPRART", "APPO", "APZR"), "ADP"),
    **dict.fromkeys(("ART", "PPOSAT", "PDAT", "PIAT", "PWAT"), "DET"),
    **dict.fromkeys(("PPER", "PRF", "PIS", "PDS", "PPOSS", "PWS"), "PRON"),
    **dict.fromkeys(("ADJ(A)", "ADJ(D)"), "ADJ"),
    **dict.fromkeys(("ADV", "PWAV", "PAV", "PROAV"), "ADV"),
    "PTKNEG": "NEG",
    "PTKZU": "INFMARK",
    "CARD": "NUM",
    **dict.fromkeys(("$,", "$.", "$("), "PUNCT"),
}


def _tagger() -> Callable[[Sequence[str]], list[str]]:
    return hanta_tagger("morphmodel_ger.pgz", _COARSE)


def _title_word(word: str, lemma: str, tag: str) -> str:
    """A title's word in its base form: nouns as lemmas ("Präsidenten" -> "Präsident"),
    adjectives in the weak form a title takes after "der" ("stellvertretenden" ->
    "stellvertretende"), articles left out."""
    if tag == "NN" and lemma[:1].isupper() and word.startswith(lemma[:3]):
        return lemma
    if tag.startswith("ADJ"):
        for end in ("en", "er", "es", "em"):
            if word.endswith(end):
                return word[: -len(end)] + "e"
    return "" if tag == "ART" else word


def _title_base() -> Callable[[str], str]:
    return hanta_lemmatizer("morphmodel_ger.pgz", _title_word)


def _word_tests(stopwords: frozenset[str], cache_size: int) -> WordTests:
    return GermanWords(stopwords, cache_size)


def _adjective_forms(stem: str) -> list[str]:
    """ "kasachisch" -> kasachisch, Kasachisch, kasachische, Kasachische, ..."""
    forms: list[str] = []
    for end in _ADJECTIVE_ENDINGS:
        form = stem + end
        forms += [form, form[:1].upper() + form[1:]]
    return forms


PROFILE = LanguageProfile(
    code="de",
    name="German",
    thousands_separator=".",
    decimal_separator=",",
    passive_auxiliaries=frozenset(words("wurde wurden worden werden wird ist sind war waren")),
    articles=frozenset(words("der die das dem den des ein eine einem einen einer eines")),
    indefinite_articles=frozenset(words("ein eine einem einen einer eines")),
    # "den Ministern", "die Botschafterinnen"
    plural_title_ending=r"(?:innen|[^e]ern)$",
    title_link_words=frozenset(words("des der für von im beim am zur zum")),
    occasion_words=frozenset(words("zum zur")),
    with_words=("mit",),
    topic_prepositions=frozenset(words("über bezüglich hinsichtlich betreffend wegen")),
    negation_words=frozenset(words("nicht")),
    comparison_words=frozenset(words("wie")),
    ahead_of=(
        r"im\s+Vorfeld|in\s+Vorbereitung\s+(?:auf|des|der|von)|zur\s+Vorbereitung|"
        r"am\s+Vorabend\s+(?:des|der|von)|vor\s+(?:dem\s+)?Beginn\s+(?:des|der|von)"
    ),
    sent_by=(
        r"(?:Grüße|Grußbotschaft|Botschaft|Brief|Schreiben|Glückwünsche|Beileid)\s+"
        r"(?:von|des|der)|im\s+(?:Namen|Auftrag)\s+(?:von|des|der)"
    ),
    comparison_gap_words=frozenset(
        words(
            "schon bereits zuvor auch einst früher sein seine seinem seinen seiner ihr ihre "
            "ihrem ihren ihrer der die das den dem des vorgänger vorgängerin vorgängers"
        )
    ),
    thing_pronouns=frozenset(words("es")),
    sports_words=frozenset(
        words(
            "Länderspiel Länderspiele Bundesliga Liga Pokal Trainer Stürmer Torhüter Torwart "
            "Mannschaft Fußball Tennis Turnier Meisterschaft Olympia Athlet Athleten Sprinter "
            "Sprinterin Medaille Halbfinale Viertelfinale Achtelfinale Stadion Schiedsrichter "
            "Mittelfeldspieler Verteidiger Elfmeter Teamchef Weltmeister Europameister "
            "Nationalmannschaft Nationalteam Spieler Spielerin Tabelle Aufsteiger Absteiger "
            "Grand-Slam Weltcup"
        )
    ),
    person_possessives=frozenset(words("sein seine seinen seinem seiner seines")),
    body_nouns=frozenset(
        words(
            "organisation agentur firma konzern unternehmen gruppe partei zeitung zeitschrift "
            "magazin sender verein verband gewerkschaft bank stiftung netzwerk initiative "
            "plattform bewegung band miliz kette allianz institut fluglinie airline palast "
            "residenz schloss"
        )
    ),
    receiving_stems=("empf", "begrüß"),
    agent_words=frozenset(("von", "vom")),
    escort_scope=(
        r"\bbei\s+(?:ihren|seinen|allen|den|sämtlichen)\s+(?:\w+\s+)?(?:Terminen|Gesprächen|"
        r"Treffen|Begegnungen|Stationen)\b|\bwährend\s+(?:des|ihres|seines)\s+(?:gesamten\s+)?"
        r"(?:Besuchs|Aufenthalts|Reise)\b|\bauf\s+(?:ihrer|seiner)\s+(?:gesamten\s+)?Reise\b"
    ),
    also_words=frozenset(words("auch ebenfalls zudem außerdem ferner weiters weiterhin mit")),
    flashback_words=frozenset(words("bereits schon zuvor vorher")),
    on_behalf=r"für|seitens|im\s+Namen|(?:auf|von)\s+\w+(?:er|en)\s+Seite",
    between_words=("zwischen",),
    about_words=frozenset(words("über mit um bezüglich hinsichtlich betreffend")),
    prepositions=frozenset(
        words(
            "in im ins an am ans auf aus bei beim nach von vom zu zum zur über überm gegen für "
            "fürs um durch unter vor hinter neben seit während wegen trotz gegenüber bezüglich "
            "hinsichtlich betreffend außer ohne innerhalb außerhalb angesichts per pro via"
        )
    ),
    light_verbs=frozenset(
        words(
            "führen führt führte führten geführt nehmen nimmt nahm nahmen aufgenommen halten "
            "hält hielt hielten abgehalten beginnen beginnt begann begannen begonnen setzen "
            "setzt setzte setzten fortgesetzt eröffnen eröffnete eröffneten eröffnet "
            "vereinbarten vereinbart starten startete starteten gestartet fortsetzen "
            "aufnehmen wiederaufnehmen fortführen weiterführen abhalten"
        )
    ),
    side_nouns=frozenset(
        words(
            "vertreter vertreterin vertreterinnen delegation delegationen delegierte diplomat "
            "diplomatin diplomaten unterhändler unterhändlerin militär streitkräfte "
            "gesandte regierung regierungen regierungsvertreter führung beamte beamten "
            "emissäre verhandler verhandlungsführer minister chefs chefinnen vertretern "
            "unterhändlern regierungsvertretern emissären verhandlern verhandlungsführern "
            "ministern delegierten gesandten mitglieder mitgliedern vermittler vermittlern "
            "abgeordnete abgeordneten parlamentarier parlamentariern parlamentarierinnen"
        )
    ),
    margins=r"am\s+Rande?",
    both_words=frozenset(words("beiden beide")),
    earlier_words=frozenset(
        words(
            "vorige vorigen voriges vorigem vorherige vorherigen frühere früheren früheres "
            "letzte letzten letztes letzter"
        )
    ),
    attendee_heading=(
        r"Teilnehmende|Teilnehmer(?:innen)?|Teilnehmer\*innen|Anwesende|Anwesend|"
        r"Gesprächsteilnehmer(?:innen)?"
    ),
    habitual=(
        r"jedes\s+Jahr|jeden\s+(?:Monat|Sommer|Herbst|Winter|Frühling)|alljährlich|jährlich|"
        r"Jahr\s+für\s+Jahr"
    ),
    joining=(
        # (a list of names with titles and bodies between: up to 50 words)
        r"(?:nahm(?:en)?|nimmt|nehmen)\s+(?:[\w.\-()/]+,?\s+){0,50}?(?-i:teil)\b|teilgenommen|"
        # "Von deutscher Seite wirkte X an den Gesprächen mit"
        r"(?:wirkte|wirkten)\s+(?:[\w.\-()/]+,?\s+){0,50}?(?-i:mit)\b|mitgewirkt|"
        r"teilnahm(?:en)?|teilnehmen|teilnimmt|"
        # "Von chinesischer Seite waren X und Y dabei": the verb, its subject, then "dabei"
        # (not "war bei diesem Treffen nicht dabei": a negation is no gap word)
        r"(?:war|waren|ist|sind)\s+(?:(?!(?:nicht|nie|niemals)\s)[\w.\-()/]+,?\s+){0,30}?dabei\b|"
        r"dabei|"
        # "Die mongolische Seite war zudem durch Botschafter X vertreten"
        r"durch\s+(?:[\w.\-]+\s+){1,8}?vertreten\b|"
        r"anwesend|begleitet(?:e|en)?|schlossen?\s+sich\s+(?:[\w.\-]+\s+){0,4}?an|"
        r"gehörten|gehörte|kam(?:en)?\s+hinzu|hinzukam(?:en)?|dazukam(?:en)?|hinzugekommen|dazugekommen|"
        r"(?:mit\s+)?am\s+Tisch\s+(?:[\w.\-]+\s+){0,6}?sa(?:ß|ss)(?:en)?|sa(?:ß|ss)(?:en)?\s+(?:auch\s+)?(?:mit\s+)?am\s+Tisch|sa(?:ß|ss)(?:en)?\s+(?:[\w.,\-]+\s+){1,16}?mit\s+am\s+Tisch|stieß(?:en)?\s+(?:[\w.\-]+\s+){0,4}?hinzu|"
        r"wohnten?\s+(?:[\w.\-]+\s+){0,10}?bei|beigewohnt|bestand(?:en)?\s+aus|"
        r"umfasste|zählten|erschienen|erschien|im\s+Beisein|in\s+Anwesenheit|"
        r"(?-i:Mit)\s+an\s+Bord\b"
    ),
    accompany=r"begleitete|begleiteten|begleitet|begleiten|begleite",
    office_of=(
        r"(?:Vorsitzende[nrm]?|Präsident(?:in|en)?|Generalsekretär(?:in|s)?|Sprecher(?:in|s)?|"
        r"Sekretär(?:in|s)?|Leiter(?:in|s)?|Chef(?:in|s)?)\s+(?:der|des)"
    ),
    company=(
        r"in\s+Begleitung\s+(?:von|de[srm]|der)|begleitet\s+von|gemeinsam\s+mit|"
        r"(?:im\s+Beisein|in\s+Anwesenheit)\s+(?:von|de[srm]|der)|"
        r"zusammen\s+mit|(?:angeführt|geleitet)\s+von|unter\s+(?:der\s+)?(?:Leitung|Führung)\s+"
        r"(?:von|de[sr])|an\s+der\s+Spitze"
    ),
    definite_determiners=frozenset(
        words(
            "der die das dem den des diese dieser dieses diesem diesen am beim im vom zum zur "
            "solche solcher solches solchen"
        )
    ),
    place_prepositions=("in", "im", "nach", "auf", "ins"),
    return_visit=r"(?<![\w-])Gegenbesuch\w*",
    town_prepositions=("in", "nach"),
    # "Wiener", "Bremer", "Dresdner", "Basler"
    city_adjective_forms=(("er", ""), ("er", "en"), ("ner", "en"), ("ler", "el")),
    city_owner_links=("von", "der Stadt", "der Gemeinde", "der Marktgemeinde"),
    region_owner_link=(
        r"\s+(?:des\s+(?:Landes|Bundeslandes|Freistaates|Freistaats|Bundesstaates|Bundesstaats|"
        r"Kantons|Staates|Staats)\s+|der\s+(?:Provinz|Region|Autonomen\s+Provinz)\s+|von\s+)"
    ),
    place_deixis=frozenset(words("dort")),
    state_prepositions=("in", "im", "auf"),
    place_articles=("der", "dem", "den", "das"),
    joined_them=(
        r"\bzu\s+ihnen\s+(?:stieß|stießen|gesellte|gesellten)\b|"
        r"\b(?:stieß|stießen|gesellte|gesellten)\s+(?:sich\s+)?(?:[\w.\-]+\s+){0,6}?zu\s+ihnen\b|"
        # "daran nahmen auch X und Y teil", "Ihm gegenüber saßen A, B und C"
        r"\b(?:daran|hieran)\s+(?:nahm|nahmen)\b|"
        r"\b(?:ihm|ihr|ihnen)\s+gegenüber\s+(?:sa(?:ß|ss)(?:en)?|standen)\b|"
        # "Dabei war auch Bürgermeisterin X", "Mit dabei waren ...": at the meeting (not
        # "Dabei war auch die Lage in Syrien Thema")
        r"\b(?:Mit\s+)?[Dd]abei\s+(?:war|waren)\s+(?:auch\s+|ebenfalls\s+)?(?=(?-i:[A-ZÄÖÜ]))|"
        # "... traf eine ukrainische Delegation. Die Delegation wurde von X geleitet"
        r"\b(?:Delegation|Seite)\s+(?:wurde|war|wird|ist)\s+vo[nm]\s+[^.;]{1,80}?\s(?:geleitet|angeführt)\b|"
        # "... hat die Vorsitzenden dreier Regionalparlamente empfangen. Zu Gast waren A, B
        # und C"
        r"(?-i:\bZu)\s+Gast\s+(?:war|waren)\b|"
        # "Gastgeberin des Treffens im Chiemseehof war Landeshauptfrau X"
        r"\bGastgeber(?:in)?\s+(?:des|der)\s+(?:Treffens|Gesprächs|Gespräche|Runde|Begegnung|"
        r"Beratungen)\b[^.;]{0,40}?\s(?:war|waren)\b|"
        # "Der Verband war durch seinen Vorsitzenden X und Geschäftsführerin Y vertreten"
        r"\b(?:war|waren|wurde|wurden)\s+durch\s+[^;]{1,120}?\svertreten\b|"
        # "Angeführt wurde sie vom stellvertretenden Bürgermeister X"
        r"\b(?:Angeführt|Geleitet)\s+wurde\s+(?:sie|die\s+Delegation|die\s+Abordnung)\s+vo[nm]\b"
    ),
    denied_back=(
        r"\b(?:bestreitet|bestritt|bestreiten|bestritten|dementiert|dementierte|dementieren|"
        r"dementierten)\s+(?:das|dies|diese\s+Darstellung|den\s+Bericht|die\s+Berichte)\b"
    ),
    lead_words=(
        r"geleitet|leitet(?:e|en)?|angeführt|führte(?:n)?|an\s+der\s+Spitze|"
        r"unter\s+(?:der\s+)?Leitung|vertreten"
    ),
    led_sides=r"(?:delegation|abordnung)(?:en)?|\bseite",
    holding_verbs=frozenset(words("abhielten abhielt führten führte leiteten leitete")),
    head_of=r"an\s+der\s+Spitze",
    bilateral_body=(
        r"\b(?:gemeinsam|gemischt|bilateral|zwischenstaatlich)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"[\w-]*(?:kommission|ausschuss|ausschusses)\b|\w*regierungskommission\w*"
    ),
    led_opening=r"unter\s+(?:der\s+)?(?:Leitung|Ko-Leitung|Co-Leitung|Vorsitz|Ko-Vorsitz|Co-Vorsitz|Federführung)",
    chaired_told=(
        r"(?:Treffen|Gespräch|Sitzung|Unterredung|Gesprächsrunde)\s+(?:leitete|leiteten|moderierte|moderierten|eröffnete)|(?:geleitet|moderiert)\s+wurde\s+(?:das|die)\s+(?:Treffen|Gespräch|Sitzung|Unterredung|Gesprächsrunde)"
        # ("Den Ko-Vorsitz führten X und Y", "Geleitet wurde sie von X und Y")
        r"|den\s+(?:Ko-|Co-)?Vorsitz\s+(?:führte|führten|hatte|hatten)|(?:geleitet|moderiert)\s+wurde\s+sie\s+von"
    ),
    interlocutor=r"\bGesprächspartner(?:in|innen)?\s+(?:[\w.\-]+\s+){0,5}?(?:war|waren|ist|sind)\b|\b(?:war|waren)\s+(?:[\w.\-]+\s+){0,6}?Gesprächspartner",
    gap_openers=(
        r"(?:am|gegen|zu)\s+(?:\w+\s+)?(?:Vormittag|Nachmittag|Abend|Mittag|Morgen|Ende)|"
        r"danach|anschlie(?:ß|ss)end|später|dann|zuletzt|schlie(?:ß|ss)lich|tags\s+darauf"
    ),
    # "in der Schweizer Stadt", "im Schwarzmeer-Kurort", "in der ostukrainischen Hafenstadt",
    # "im niederösterreichischen" (Tulln): case-sensitive, nouns capitalised
    settlement_lead=(
        r"(?-i:(?:(?:[a-zäöüß][\w-]*(?:en|er)|[A-ZÄÖÜ][\w-]*er)\s+)?"
        r"(?:[A-ZÄÖÜ][\w-]*(?i:stadt|metropole|kurort|badeort|urlaubsort|ferienort|grenzort|"
        r"küstenort|skiort|gemeinde)|Stadt|Metropole|Kurort|Badeort|Urlaubsort|Ferienort|Ort|"
        r"Gemeinde|Ortschaft|Dorf)\s+|[a-zäöüß][\w-]*en\s+)"
    ),
    locative_words=("in", "im", "bei", "beim"),
    origin_words=("aus",),
    group_nouns=frozenset(
        words(
            "kommission delegation abordnung gruppe gremium ausschuss komitee kommissionen "
            "delegationen gruppen vertretung rebellen aufständischen separatisten milizen "
            "opposition guerilla"
        )
    ),
    again_words=frozenset(words("erneut wieder abermals nochmals neuerlich")),
    state_group_nouns=("länder", "staaten", "regierungen", "nationen", "nachbarn"),
    guest_nouns=("gast", "gäst", "staatsgast", "besucher", "ehrengast"),
    colleague_nouns=("kolleg", "amtskolleg", "amtsbr"),
    visitor_words=frozenset(words("weilenden weilende besuchenden besuchende")),
    owned_speech=(
        r"[\s,–-]*(?:lautet|lautete|so|war|ist)\s+(?P<owner>sein|seine|ihr|ihre)\s+"
        r"(?:Botschaft|Devise|Forderung|Parole|Motto|Fazit|Appell|Credo|Antwort|Kommentar|"
        r"Urteil|Warnung|Bilanz)\b"
    ),
    memorial_before=(
        r"\b(?:Grab|Grabmal|Grabstätte|Mausoleum|Denkmal|Gedenkstätte|Statue|Museum|"
        r"Geburtshaus|Beerdigung|Begräbnis|Trauerfeier|Sarg|Witwe|Witwer)\s+(?:von|des|der)\s+"
        r"(?:[\w.\-]+\s+){0,3}"
    ),
    name_infixes=frozenset(
        words("Graf Gräfin Freiherr Freifrau Freiin Fürst Fürstin Prinz Prinzessin Baron Baronin")
    ),
    portfolio_words=("für",),
    # a portfolio of one noun closed by a comma before the name ("Generaldirektor für
    # internationale Handelsverhandlungen, Sutrisno")
    portfolio_after_title=(
        r"\s+für\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*(?=,\s+(?-i:[A-ZÄÖÜ]))"
    ),
    phrase_articles=frozenset(words("die den das dem ein eine einen einem")),
    infinitive_markers=("zu",),
    relative_pronouns=("der", "die", "das"),
    function_words=frozenset(
        words("der des dem den die das von vom für im am zu zum zur beim bei in und")
    ),
    speaker_pronouns=("er", "sie"),
    object_pronouns=("ihn", "ihm", "ihr"),
    object_only_pronouns=frozenset({"ihn", "ihm"}),
    plural_object_pronouns=frozenset({"ihnen"}),
    object_pronoun_leads=("sich", "mit"),
    plural_pronouns=("sie",),
    object_articles=frozenset(words("den dem einen einem")),
    reflexives=frozenset(words("sich")),
    separately_words=("getrennt", "separat", "einzeln", "jeweils einzeln", "nacheinander"),
    plural_verb=(
        r"sind|waren|wären|haben|hatten|hätten|werden|wurden|würden|wollen|wollten|"
        r"können|konnten|sollen|sollten|müssen|mussten|dürfen|durften|[a-zäöüß]{2,}(?:t?en)"
    ),
    pronoun_genders=(
        ("sein", "m"),
        ("seine", "m"),
        ("seinen", "m"),
        ("seinem", "m"),
        ("seiner", "m"),
        ("seines", "m"),
        ("er", "m"),
        ("ihn", "m"),
        ("ihm", "m"),
        ("ihr", "f"),
    ),
    singular_by_verb=(("sie", "f"),),
    plural_verb_endings=("en", "ern", "eln"),
    title_gender_endings=(("in", "f"), ("innen", "f")),
    nouns_capitalised=True,
    verb_second=True,
    adjective_endings=("e", "en", "er", "es", "em"),
    genitive_suffixes=("'s", "s'", "s", "'", "es"),
    person_possessive_suffixes=("s",),
    name_case_endings=("en", "em", "er", "es", "e", "s", "n"),
    name_genitive_suffixes=("s", "es"),
    adjective_forms=_adjective_forms,
    name_modifier_endings=("e", "en", "er", "es", "em"),
    name_adjective_suffixes=("ischen", "lichen", "igen", "enen", "sten", "enden", "ierten", "ären"),
    name_link_words=frozenset(
        words("der des den dem die das von vom zwischen und für zur zum zu über mit")
    ),
    name_stop_words=words("in im am vom wie wo wird werden soll sollen findet fand stattfinden"),
    generic_name_words=frozenset(
        words(
            "der die das des dem den ein eine einem einen einer und von zwischen erste ersten "
            "jährlichen informellen"
        )
    ),
    topic_words=words(
        "lage situation krieg krise konflikt frieden stabilität sicherheit rechte "
        "entwicklung wahl über zur zum"
    ),
    present_meeting_verbs=(
        # (not the forms that are also participles: "hat ... telefoniert", "besucht")
        r"(?:trifft|treffen|empfängt|besuchen|reist|reisen|spricht|sprechen|berät|"
        r"telefonieren|verhandeln|kommt|kommen|stattet|statten|treffe|empfange|besuche|spreche|"
        r"telefoniere)"
    ),
    present_or_participle_verbs=r"(?:besucht|telefoniert|verhandelt)",
    present_copulas=frozenset(words("ist sind weilt weilen")),
    travel_presents=frozenset(
        words(
            "reist reisen bricht brechen kommt kommen fliegt fliegen tritt treten "
            "startet starten beginnt beginnen"
        )
    ),
    perfect_auxiliaries=frozenset(
        words(
            "hat haben habe hatte hatten hätte hätten ist sind sei seien war waren wäre wären "
            "wurde wurden worden werde"
        )
    ),
    past_meeting_verbs=(
        "traf|trafen|empfing|empfingen|führte|führten|besuchte|besuchten|telefonierte|"
        "telefonierten|sprach|sprachen|kam|kamen|beriet|berieten|verhandelte|verhandelten|"
        "hielt|hielten|tauschte|tauschten|erörterte|erörterten|diskutierte|diskutierten"
    ),
    verb_lead_words=frozenset(
        words(
            "wird werden will wollen soll sollen hat haben hatte hatten ist sind war waren "
            "auch dann später erneut wieder bereits zuvor zunächst"
        )
    ),
    capital_words=frozenset(words("hauptstadt")),
    capital_links=frozenset(words("von")),
    negotiation_stems=("verhandl",),
    discussion_stems=(
        "erörter",
        "besprach",
        "besproch",
        "beriet",
        "berat",
        "diskut",
        "tauscht",
        "informiert",
        "unterrichtet",
    ),
    modal_words=frozenset(
        words(
            "will wollen wollte wollten wolle soll sollen sollte sollten solle möchte möchten wird "
            "werden werde"
        )
    ),
    led_by=(
        "unter der Leitung von",
        "unter Leitung von",
        "unter der Leitung",
        "angeführt von",
        "geleitet von",
    ),
    delegation_words=frozenset(
        words(
            "delegation delegationen regierungsdelegation wirtschaftsdelegation "
            "parlamentsdelegation parlamentarierdelegation abordnung"
        )
    ),
    group_list=r"Mitglieder|Abgeordnete|Abgeordneten|Parlamentarier|Parlamentarierinnen|Delegationsmitglieder",
    delegation_members=(
        r"gehör(?:t|te|ten|en)\s+(?:[\w.\-]+,?\s+){0,50}?an\b|bestand\s+aus|umfasste|"
        # "Mit ihr reisen A und B": those who travel with its head
        r"mit\s+(?:ihr|ihm|ihnen)\s+(?:reisen|reisten|reist|reiste|fliegen|flogen)\b|"
        r"zu[rm]\s+(?:[\w\-]+\s+){0,2}?\w*[Dd]elegation\s+gehör(?:t|te|ten|en)\b|"
        r"mit\s+(?:einer|der)\s+(?:[\w\-]+\s+){0,2}?\w*[Dd]elegation|"
        r"(?:Delegations(?:leiter|leiterin|chef|chefin|mitglied|mitglieder))|"
        # "Leiter der Delegation war der Abgeordnete X"
        r"(?:Leiter|Leiterin|Chef|Chefin)\s+der\s+(?:[\w\-]+\s+){0,2}?\w*[Dd]elegation\b|"
        r"unter\s+(?:der\s+)?Leitung|angeführt\s+von|geleitet\s+von|an\s+der\s+Spitze|"
        r"(?:geleitet|angeführt)\s+(?:wurde|wird)|leitete\b|"
        # (a title's chain and its holder between: "wurde von der Staatssekretärin für
        # Bergbau im Wirtschaftsministerium der Nation, Lic. X, geleitet")
        r"\b(?:wird|wurde|war|ist)\s+vo[nm]\s+[^;]{1,160}?\s(?:geleitet|angeführt)\b|"
        # "die Mitglieder der ukrainischen Delegation, die Abgeordneten A und B"
        r"Mitglieder(?=\s+(?:der|des)\s+(?:[\w\-]+\s+){0,2}?\w*[Dd]elegation)"
    ),
    delegation_pronouns=frozenset(words("ihr ihm sie es")),
    delegation_member_nouns=frozenset(
        words("Abgeordneten Parlamentarier Parlamentarierinnen Delegationsmitglieder Gäste Gästen")
    ),
    contact_stems=("sprach", "gesproch", "sprech"),
    summons_stems=("einbestell", "bestellte", "bestellten", "bestellt ", "zitier"),
    signing_stems=("unterzeichne", "unterschr"),
    added_to_meeting=r"dazugebeten|hinzugebeten|hinzugezogen|dazugeholt|dazugestoßen|hinzugestoßen|dazugekommen|hinzugekommen",
    appointment_nouns=frozenset(words("Termin Termine")),
    ordinal_nouns=("Jahrhundert", "Quartal"),
    quote_pairs=(("„", '“”"'), ("“", "”"), ("«", "»"), ("»", "«"), ('"', '"')),
    word_tests=_word_tests,
    tagger=_tagger,
    publication_words=words(
        "Veröffentlicht Stand Aktualisiert Datum Erstellt Pressemitteilung Presseaussendung "
        "Presseinformation Pressemeldung Medienmitteilung"
    ),
    title_base=_title_base,
    complementizers=frozenset({"dass", "wonach"}),
    region_nouns=frozenset(
        words(
            "Provinz Region Woiwodschaft Präfektur Bundesstaat Oblast Distrikt Bezirk "
            "Regierungsbezirk Landkreis Gemeinde Kommune Stadt Hauptstadt Hafenstadt Großstadt "
            "Kreisstadt Partnerstadt Departement Gouvernement Emirat Kanton Bundesland Insel "
            "Teilrepublik Autonomieregion Verwaltungsregion Grenzregion Grenzstadt"
        )
    ),
    subordinators=frozenset(
        words(
            "nachdem weil als obwohl obgleich wenn bevor ehe seit seitdem während damit dass "
            "da ob falls sobald solange bis indem wobei wo"
        )
    ),
    relative_words=frozenset(words("der die das dem den dessen deren denen welche welcher")),
    coordinators=frozenset(words("und aber oder sowie doch")),
    additive_coordinators=frozenset(words("und sowie")),
)


_LINKS = ("s", "es", "n", "en", "")  # German compound links: "Kabinett|s|chefin"


COMPOUND_TAIL = 5  # letters of the shortest common noun that ends an unknown compound


def _known_stem(part: str) -> bool:
    """The first part of a compound: a word the dictionary knows, with or without a link."""
    return any(
        part.endswith(link) and len(part) - len(link) >= 3
        and simplemma.is_known(part[: len(part) - len(link)], lang="de")
        for link in _LINKS
    )  # fmt: skip
