"""The English language pack: its tables beside this file, its code-like defaults here.

English capitalises names, titles and headlines, not common nouns: a capitalised word the
dictionary (simplemma) knows, and HanTa's lexicon knows as no proper noun, is a common word
unless it is a known first name. Possessives
("Kazakhstan's") are not part of names; state adjectives take a plural ("Kazakhs").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

import simplemma

from communique.lang.hanta import hanta_lemmatizer, hanta_tagger
from communique.lang.profile import LanguageProfile, words
from communique.lang.word_tests import WordTests

# HanTa's log-probability of a word's best tag: above it the word is in its lexicon (-6 to
# -18 for "may", "bush", "howard"), below it a guess (-32 to -36 for "obama", "blair")
HANTA_KNOWN_SCORE = -25.0


class EnglishWords:
    """A common word is one simplemma's English dictionary knows and HanTa's English lexicon
    knows too, as no proper noun: simplemma lists many names ("obama", "blair", "kerry"),
    which HanTa only guesses ("bush", "may", "brown" it knows as words). English has no
    proper-noun tagger here."""

    def __init__(self, stopwords: frozenset[str], cache_size: int) -> None:
        del stopwords
        self._cache_size = cache_size
        self._common: dict[str, bool] = {}  # names recur: each word is asked once

    def is_common_word(self, word: str) -> bool:
        low = word.lower()
        if not simplemma.is_known(low, lang="en"):
            return False
        hit = self._common.get(low)
        if hit is None:
            hit = self._in_lexicon(low)
            if len(self._common) < self._cache_size:
                self._common[low] = hit
        return hit

    @cached_property
    def _hanta(self) -> Any:
        """HanTa's English model, loaded on the first dictionary word asked about."""
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_en.pgz")

    def _in_lexicon(self, low: str) -> bool:
        try:
            tags = self._hanta.tag_word(low)
        except Exception:  # HanTa fails on odd tokens: the dictionary's word
            return True
        if not tags:
            return True
        tag, score = tags[0]
        return bool(score > HANTA_KNOWN_SCORE and tag != "NP0")

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        return None


def _word_tests(stopwords: frozenset[str], cache_size: int) -> WordTests:
    return EnglishWords(stopwords, cache_size)


# HanTa's English tags (the BNC's C5 set) -> coarse tags
_COARSE = {
    **dict.fromkeys(("NP0",), "PROPN"),
    **dict.fromkeys(("NN0", "NN1", "NN2"), "NOUN"),
    **dict.fromkeys(("VVD", "VVZ", "VVB"), "VERB"),
    **dict.fromkeys(("VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB", "VM0"), "AUX"),
    **dict.fromkeys(("VVI", "VBI", "VHI", "VDI"), "INF"),
    **dict.fromkeys(("VVN", "VBN", "VHN", "VDN"), "PART"),
    **dict.fromkeys(("VVG", "VBG", "VHG", "VDG"), "GER"),
    **dict.fromkeys(("CJS", "CJT"), "SCONJ"),
    "CJC": "CCONJ",
    **dict.fromkeys(("PNQ", "DTQ"), "REL"),
    **dict.fromkeys(("PRP", "PRF"), "ADP"),
    **dict.fromkeys(("AT0", "DT0", "DPS"), "DET"),
    **dict.fromkeys(("PNP", "PNI", "PNX"), "PRON"),
    **dict.fromkeys(("AJ0", "AJC", "AJS"), "ADJ"),
    **dict.fromkeys(("AV0", "AVP", "AVQ"), "ADV"),
    "XX0": "NEG",
    **dict.fromkeys(("CRD", "ORD"), "NUM"),
    **dict.fromkeys(("PUN", "PUL", "PUR", "PUQ"), "PUNCT"),
}


def _title_word(word: str, lemma: str, tag: str) -> str:
    """A title's word in its base form: plural nouns singular, as capitalised as written
    ("Presidents" -> "President"); articles left out."""
    if tag in ("NN2", "NP0") and word.lower().endswith("s") and lemma != word.lower():
        return word[:1] + lemma[1:] if word[:1].isupper() else lemma
    return "" if tag == "AT0" else word


def _title_base() -> Callable[[str], str]:
    lemmatize = hanta_lemmatizer("morphmodel_en.pgz", _title_word)

    def base(title: str) -> str:
        # the words after a link are the portfolio, kept as written ("Minister for Foreign
        # Affairs", "Secretary of State for Defence"): only the head is made singular
        head = re.match(r"(.*?\S)(\s+(?:of|for|to|at|on|in)\s.*)\Z", title, re.DOTALL)
        if head is None:
            return lemmatize(title)
        return lemmatize(head.group(1)) + head.group(2)

    return base


def _tagger() -> Callable[[Sequence[str]], list[str]]:
    return hanta_tagger("morphmodel_en.pgz", _COARSE)


def _adjective_forms(word: str) -> list[str]:
    """ "Kazakh" -> Kazakh, Kazakhs (a one-word adjective not ending in s takes a plural)."""
    if " " not in word and word[-1:].isalpha() and not word.endswith("s"):
        return [word, word + "s"]
    return [word]


PROFILE = LanguageProfile(
    code="en",
    name="English",
    thousands_separator=",",
    decimal_separator=".",
    passive_auxiliaries=frozenset(words("was were been be is are being")),
    articles=frozenset({"the", "a", "an"}),
    # "the ambassadors", "the Commissioners" (not "the boss")
    plural_title_ending=r"[^su]s$",
    title_link_words=frozenset(words("of for to at on in")),
    determiners=frozenset({"this", "next"}),
    possessive_pronouns=frozenset({"its", "his", "her"}),
    with_words=("with",),
    topic_prepositions=frozenset(words("over about regarding concerning")),
    negation_words=frozenset(words("not")),
    comparison_words=frozenset(words("like unlike")),
    ahead_of=(
        r"ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|prior\s+to|"
        r"in\s+advance\s+of|on\s+the\s+eve\s+of|before\s+the\s+(?:start|opening)\s+of"
    ),
    sent_by=(
        r"(?:greetings|regards|wishes|message|messages|letter|letters|congratulations|"
        r"condolences|felicitations)\s+(?:of|from)|on\s+behalf\s+of"
    ),
    comparison_gap_words=frozenset(
        words("his her their its the a former predecessor predecessors already also before")
    ),
    thing_pronouns=frozenset(words("it")),
    sports_words=frozenset(
        ("national team", "national side", "in a friendly", "grand slam", "defending champion")
    )
    | frozenset(
        words(
            "friendlies league coach coaches striker strikers goalkeeper goalie touchdown "
            "touchdowns quarterback tournament championship championships squad football "
            "soccer tennis rugby cricket golf baseball basketball hockey athlete athletes "
            "sprinter sprinters medal medals playoff playoffs semi-final quarter-final "
            "stadium innings wicket referee midfielder defender inning linebacker midfield "
            "Premiership Bundesliga NFL NBA NHL FIFA UEFA seeded qualifier qualifiers "
            "quarter-finals semi-finals quarterfinal quarterfinals semifinal semifinals "
            "tie-break tiebreak Wimbledon jockey boxer boxing"
        )
    ),
    person_possessives=frozenset(words("his her")),
    body_nouns=frozenset(
        words(
            "agency charity organisation organization group company firm party newspaper "
            "paper magazine broadcaster channel network union bank foundation campaign "
            "movement militia band website chain airline carrier club coalition alliance "
            "lobby think-tank institute"
        )
    ),
    receiving_stems=("receiv", "welcom", "hosted"),
    agent_words=frozenset(("by",)),
    escort_scope=(
        r"\b(?:at|in|during|throughout|for)\s+(?:all\s+)?(?:of\s+)?(?:his|her|their|the)\s+"
        r"(?:\w+\s+)?(?:meetings|talks|engagements|appointments|visit|trip|stay|tour)\b"
    ),
    also_words=frozenset(words("also further in addition additionally likewise")),
    flashback_words=frozenset(words("earlier already previously")),
    on_behalf=r"for|on\s+behalf\s+of|representing|on\s+the\s+\w+\s+side,?",
    between_words=("between",),
    about_words=frozenset(words("about over on with regarding concerning into")),
    prepositions=frozenset(
        words(
            "in at on to from of for about over against into onto by near across through under "
            "after before during since toward towards via within without among amid around "
            "regarding concerning like beyond behind despite inside outside"
        )
    ),
    light_verbs=frozenset(
        words(
            "hold holds held holding have has had having resume resumes resumed resuming "
            "renew renews renewed renewing begin begins began begun start starts started "
            "open opens opened conduct conducts conducted continue continues continued "
            "launch launches launched conclude concludes concluded enter entered entering "
            "agree agreed agrees"
        )
    ),
    side_nouns=frozenset(
        words(
            "officials official delegation delegations delegate delegates diplomat diplomats "
            "negotiator negotiators envoy envoys representative representatives government "
            "governments leaders leadership authorities counterparts ministers team teams "
            "military heads chiefs members mediator mediators parliamentarians lawmakers "
            "legislators mps senators"
        )
    ),
    margins=r"on\s+(?:the|its|their)\s+(?:sidelines|margins|fringes)|on\s+the\s+sideline",
    both_words=frozenset(words("both")),
    earlier_words=frozenset(words("previous earlier prior last")),
    attendee_heading=(r"Attendees|Participants|Present|In\s+attendance|Attendance|Those\s+present"),
    habitual=(
        r"every\s+(?:year|month|spring|summer|autumn|fall|winter)|each\s+year|annually|"
        r"year\s+after\s+year"
    ),
    joining=(
        r"joined|join|joins|attended|attends|attend|took\s+part|takes\s+part|participated|"
        r"accompanied|accompanying|was\s+present|were\s+present|also\s+present|comprised|"
        r"included|sat\s+in|consisted\s+of|made\s+up\s+of|on\s+hand|came\s+to|turned\s+up|"
        r"showed\s+up|at\s+the\s+table\s+(?:was|were|sat)|sat\s+at\s+the\s+table|"
        r"in\s+the\s+presence\s+of|"
        # "The Mongolian side was also represented by Ambassador X"
        r"(?:was|were)\s+(?:also\s+)?represented\s+by|"
        # "On the Chinese side were A and B": a side's people listed after its name
        r"(?<=\bside\s)(?:was|were)\b|(?<=\bside,\s)(?:was|were)\b"
    ),
    accompany=r"accompanied|accompanies|accompany|accompanying",
    office_of=(
        r"(?:president|chair|chairman|chairwoman|chairperson|speaker|secretary[\s-]general|"
        r"secretary|head|director|spokesman|spokeswoman|spokesperson)\s+of\s+(?:the\s+)?"
    ),
    office_after=(
        r"secretariat|(?:deputy\s+)?secretary[\s-]general|chair(?:man|woman|person)?(?!\s+of)|"
        r"dialogue\s+partners?|member\s+(?:states|countries|nations)"
    ),
    company=(
        r"(?:accompanied|joined|flanked|led|headed)\s+by|together\s+with|along\s+with|"
        r"in\s+the\s+company\s+of|in\s+the\s+presence\s+of|alongside|"
        # "held talks with X, with Y in attendance": Y was there too
        r"with(?=\s(?:(?!\bwith\b)[^.;]){1,90}?\b(?:in\s+attendance|present)\s*[,.;)])"
    ),
    definite_determiners=frozenset(words("the this these that those such")),
    place_prepositions=("in", "at", "to", "on"),
    return_visit=r"(?<![\w-])(?:return|reciprocal)\s+visits?\b",
    town_prepositions=("in",),
    city_owner_links=("of", "of the city of", "of the town of", "of the municipality of"),
    region_owner_link=(
        r"\s+of\s+(?:the\s+(?:state|province|region|canton|Land)\s+of\s+)?(?:the\s+)?"
    ),
    place_deixis=frozenset(words("there")),
    existential_verbs=frozenset(
        words(
            "is are was were be been being will would may might could should must has have "
            "had seem seems seemed appear appears appeared"
        )
    ),
    state_prepositions=("in",),
    place_articles=("the",),
    joined_them=(
        r"\b(?:they|both(?:\s+\w+)?|the\s+(?:two|three|four)(?:\s+\w+)?)\s+(?:were|had\s+been)\s+"
        r"(?:\w+\s+)?joined\s+by\b|\bjoined\s+them\b|"
        # "Across the table sat A, B and C", "Opposite him sat ..."
        r"\b(?:across|opposite)\s+(?:the\s+table\s+)?(?:from\s+)?(?:him|her|them)?\s*sat\b|"
        # "X was also in the room, the official said"
        r"\b(?:was|were)\s+(?:also\s+)?in\s+the\s+room\b|"
        # "... held talks with a Ukrainian delegation. The Ukrainians were led by X"
        r"\b(?:delegation|side|team)s?\s+(?:was|were)\s+(?:led|headed)\s+by\b|"
        # "Foreign Secretary X was also present", "Foreign Minister Y also took part"
        r"\b(?:was|were)\s+also\s+present\b|\balso\s+(?:took\s+part|attended)\b|"
        # "X sat in with the Irish delegation", "Y and Z also sat in on the talks"
        r"\bsat\s+in\s+(?:with|on)\b|"
        # "The association was represented by its chairman X"
        r"\b(?:was|were)\s+represented\s+by\b|"
        # "It was led by Deputy Mayor X", "Leading the delegation was X"
        r"\b(?:it|they)\s+(?:was|were)\s+(?:led|headed)\s+by\b|"
        r"\b(?:leading|heading)\s+the\s+(?:delegation|team)\s+(?:was|were)\b|"
        r"\bthe\s+(?-i:[A-Z])[a-z]+(?:ians|ans|ese|is)\s+were\s+(?:led|headed)\s+by\b"
    ),
    denied_back=(
        r"\b(?:denied|denies|deny|denying|disputed|disputes)\s+(?:this|that|it|the\s+"
        r"(?:report|reports|claim|claims|account))\s*[,.;]"
    ),
    lead_words=r"led|leads|headed|heads|leading|heading|represented\s+by|chaired",
    led_sides=r"\bdelegations?|\bsides?|\bteams?",
    holding_verbs=frozenset(words("held hosted co-hosted co-chaired chaired")),
    portfolio_after_title=(
        r"\s+(?:for|of)\s+(?:(?:(?-i:[A-Z])[\w'’-]*,?\s+(?:and\s+|&\s+)?){0,6}?"
        r"(?-i:Affairs|Cooperation|Relations|Operations|Integration)"
        # or a list closed by its and ("of Transport and Logistics X"), not a title after it
        r"|(?:(?-i:[A-Z])[\w'’-]*,?\s+){1,4}?(?:and|&)\s+(?!(?-i:Deputy|Vice|Minister|"
        r"Ambassador|President|Secretary|Chair|Director|Head|Governor|Mayor|Speaker|Senator|"
        r"State|Chief|General|Prime|Special|Permanent|First|Senior)\b)(?-i:[A-Z])[\w'’-]*"
        # or one closed by a comma before the name ("Director for Trade Negotiations, X")
        r"|(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?-i:[A-Z])[\w'’-]*(?=,))"
        r"(?=,?\s+(?-i:[A-Z]))"
    ),
    head_of=r"at\s+the\s+head\s+of",
    bilateral_body=(
        r"\b(?:joint|bi-?national|inter-?governmental|bilateral)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:commission|committee)\b"
    ),
    led_opening=r"under\s+the\s+(?:co-?)?(?:chairmanship|chairpersonship|leadership)\s+of|(?:co-?)?chaired\s+by|led\s+by",
    chaired_told=(
        # ("It was co-chaired by X and Y" right after a session that names nobody)
        r"(?:meeting|talks|session|discussion|it)\s+(?:was|were)\s+"
        r"(?:co-?chaired|chaired|hosted|led|moderated|opened)\s+(?:jointly\s+)?by"
    ),
    interlocutor=(
        r"\b(?:interlocutors?|(?:his|her|their)\s+hosts?|counterparts?)\s+"
        r"(?:(?:at|in|from|of)\s+(?:[\w.'’\-]+\s+){1,5}?)?(?:was|were)\b"
    ),
    gap_openers=(
        r"(?:in\s+the|at|by)\s+(?:\w+\s+)?(?:morning|afternoon|evening|noon|end)|"
        r"then|later|afterwards|subsequently|finally|the\s+next\s+day"
    ),
    # "in the Swiss city of", "in the Black Sea resort of", "in the southern port city of",
    # "in the capital," (Astana): case-sensitive, adjectives capitalised or in -ern, -al, -ic
    settlement_lead=(
        r"(?-i:(?:(?:[A-Z][\w'-]*|[a-z]+(?:ern|al|ic|ed|ive|side))\s+){0,3}"
        r"(?:city|town|capital|port|resort|village|enclave|oasis|township)"
        r"(?:\s+(?:city|town))?(?:\s+of|,)?\s+"
        # "at State House, Nairobi", "at the Presidential Palace, Kabul": a venue, then its city
        r"|(?:[A-Z][\w'-]*\s+){1,3}(?:House|Palace|Hall|Castle|Residence|Lodge|Building|"
        r"Headquarters|Centre|Center|Complex|Office),\s+)"
    ),
    locative_words=("in", "at"),
    origin_words=("of", "from"),
    portfolio_words=("for",),
    infinitive_markers=("to",),
    relative_pronouns=("which", "who", "that"),
    function_words=frozenset(words("of the for to at in on and a an")),
    apposition_words=frozenset({"former", "new", "acting", "then", "country's", "its"}),
    speaker_pronouns=("he", "she"),
    object_pronouns=("him", "her"),
    object_only_pronouns=frozenset({"him"}),
    plural_object_pronouns=frozenset({"them"}),
    object_pronoun_leads=("with",),
    plural_pronouns=("they",),
    separately_words=("separately", "individually", "one by one"),
    addressee_verbs=frozenset(words("told tells tell assured assures informed informs")),
    pronoun_genders=(("his", "m"), ("he", "m"), ("she", "f"), ("him", "m"), ("her", "f")),
    title_gender_endings=(("woman", "f"), ("ess", "f"), ("man", "m")),
    possessive_suffixes=("'s", "’s"),
    genitive_suffixes=("'s", "s'", "s", "'", "es"),
    person_possessive_suffixes=("'s", "’s"),
    participle_suffixes=("ing",),
    name_genitive_suffixes=("s", "es"),  # plurals of names ("the two Koreas")
    adjective_forms=_adjective_forms,
    # ordinals and adjectives ("21st", "annual", "economic") and the nouns used as modifiers
    # that these endings catch ("delegate", "member")
    name_modifier_endings=words("st rd th nd al ary ual ic e en er es em"),
    name_link_words=frozenset(words("of the between and for on with")),
    name_stop_words=words("in at on from next this later which that where was were is will"),
    generic_name_words=frozenset(
        words("the a an of on for and between this next last first annual informal")
    ),
    topic_words=words(
        "situation war crisis conflict peace stability security rights development "
        "election about regarding"
    ),
    past_meeting_verbs=r"met|held|received|hosted|visited|spoke|talked|had|\w+ed",
    present_meeting_verbs=r"meets|visits|hosts|receives|holds|travels|speaks|talks|welcomes|greets",
    present_copulas=frozenset(words("is are")),
    travel_presents=frozenset(
        words(
            "leaves leave travels travel heads head embarks embark begins begin starts "
            "start flies fly"
        )
    ),
    sojourn_prepositions=frozenset(words("on")),
    participle_endings=("ing",),
    indefinite_articles=frozenset(words("a an")),
    occasion_words=frozenset(words("for")),
    verb_lead_words=frozenset(
        words(
            "will would shall should could can may might must is are was were has have had be "
            "been to due set expected also then later again already first finally briefly "
            "reportedly"
        )
    ),
    capital_words=frozenset(words("capital")),
    capital_links=frozenset(words("of")),
    negotiation_stems=("negotiat",),
    group_nouns=frozenset(
        words(
            "commission committee panel group groups board council mission commissions "
            "rebels insurgents militants separatists guerrillas opposition"
        )
    ),
    again_words=frozenset(words("again anew")),
    state_group_nouns=("countries", "nations", "governments", "states", "neighbo"),
    guest_nouns=("guest", "visitor"),
    colleague_nouns=("counterpart", "colleague"),
    visitor_words=frozenset(words("visiting")),
    modified_people_nouns=frozenset(
        words(
            "coordinators coordinator executives executive officials official activists "
            "activist supporters staff staffers employees workers members delegates "
            "representatives researchers volunteers organisers organizers campaigners "
            "administration spokesman spokeswoman spokesperson leaders leader clerics "
            "cleric elders chiefs militants fighters rebels factions tribes communities allies "
            "aides advisers advisors colleagues"
        )
    ),
    owned_speech=(
        r"[\s,–-]*(?:was|is)\s+(?P<owner>his|her)\s+(?:message|motto|verdict|answer|reply|"
        r"response|appeal|comment|warning|demand)\b"
    ),
    memorial_before=(
        r"\b(?:tomb|grave|mausoleum|memorial|statue|monument|museum|birthplace|funeral|"
        r"coffin|portrait|widow|widower)\s+of\s+(?:the\s+late\s+)?(?:[\w.\-]+\s+){0,3}"
    ),
    discussion_stems=("discuss", "exchanged views", "reviewed", "briefed"),
    led_by=("led by", "headed by", "chaired by"),
    delegation_words=frozenset(words("delegation delegations team mission")),
    group_list=r"members|MPs|lawmakers|legislators|parliamentarians|senators",
    delegation_members=(
        # (members follow as a noun phrase: not "including through the Support Mission")
        r"includ(?:ed|es|ing)(?!\s+(?:through|in|by|on|at|for|with|from|to|via)\b)|"
        r"compris(?:ed|es|ing)|consist(?:ed|s|ing)\s+of|made\s+up\s+of|"
        # "Travelling with her are A and B": those who travel with its head
        r"travell?ing\s+with\s+(?:him|her|them)\b|"
        r"composition|members?\b(?!\s+of\s+(?:his|her|its|their)\b)|chair(?:man|woman|person)?\b|"
        # (not the title "Head of (the EU) Mission": an envoy, not a member)
        r"head(?:ed)?\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?missions?\b)|led\b|leader|"
        r"with\s+a\s+(?:[\w\-]+\s+){0,2}?delegation"
    ),
    delegation_member_nouns=frozenset(
        words(
            "MEPs Members MPs parliamentarians lawmakers legislators senators deputies guests "
            "visitors"
        )
    ),
    delegation_pronouns=frozenset(words("it him her")),  # its head: "Travelling with her are"
    contact_stems=("spoke", "speak", "talked", "conferred"),
    summons_stems=("summon", "called in", "calls in", "call in", "calling in"),
    signing_stems=("signed",),
    added_to_meeting=r"(?:were|was)\s+(?:also\s+)?(?:brought|called|invited)\s+in",
    appointment_nouns=frozenset(words("appointment")),
    quote_pairs=(("„", '“”"'), ("“", "”"), ("«", "»"), ("»", "«"), ('"', '"')),
    word_tests=_word_tests,
    tagger=_tagger,
    publication_words=words("Published Updated Posted Date Issued Release"),
    title_base=_title_base,
    complementizers=frozenset({"that"}),
    region_nouns=frozenset(
        words(
            "province prefecture region oblast district municipality county emirate "
            "governorate department canton city town island"
        )
    ),
    thing_relatives=frozenset({"which", "where"}),
    subordinators=frozenset(
        words(
            "after before when while since because although though whereas if unless until "
            "once as whether"
        )
    ),
    relative_words=frozenset(words("who whom whose which where")),
    subject_relatives=frozenset(words("who")),
    person_relatives=frozenset(words("who whom")),
    coordinators=frozenset(words("and but or")),
    additive_coordinators=frozenset(words("and")),
)
