"""What is code-like about a language: the defaults a language pack bundles with its tables.

Each pack's ``__init__.py`` defines ``PROFILE = LanguageProfile(...)``, as spaCy's
``lang/de/__init__.py`` bundles its defaults: number separators, articles and other function
words the stages look for around mentions, inflection endings, quote conventions, and the
word tests (is a capitalised word a common word? a proper noun?). Stage modules read these
fields and never branch on a language code; every field has a neutral default, so that a new
pack needs only what its language really has.

Word fields hold lower-case words; ``*_endings`` hold word endings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from communique.lang.profile_patterns import ProfilePatterns
from communique.lang.word_tests import (
    PersonNames,
    WordTestFactory,
    stopword_tests,
)


def _adjective_forms(stem: str) -> list[str]:
    return [stem]


def _name_forms(name: str) -> list[str]:
    return [name]


def words(spec: str) -> tuple[str, ...]:
    """The words of a space-separated list, for writing word fields compactly."""
    return tuple(spec.split())


@dataclass(frozen=True)
class LanguageProfile(ProfilePatterns):
    """The code-like defaults of one language."""

    code: str  # ISO 639-1
    name: str  # English name of the language

    # -- numbers --------------------------------------------------------------------------
    thousands_separator: str = ","
    decimal_separator: str = "."

    # -- function words -------------------------------------------------------------------
    articles: frozenset[str] = frozenset()  # "der", "the"
    # words that open a noun phrase naming a gathering besides the articles ("this", "next")
    determiners: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[str] = frozenset()  # "its", "his"
    object_only_pronouns: frozenset[str] = frozenset()  # "him", "ihn": never possessive
    plural_object_pronouns: frozenset[str] = frozenset()  # "them", "ihnen": the people met
    complementizers: frozenset[str] = frozenset()  # "that", "dass": reported speech follows
    thing_relatives: frozenset[str] = frozenset()  # "which": a relative of a thing
    # definite articles and demonstratives: "the talks" refers to talks told before
    definite_determiners: frozenset[str] = frozenset()
    # a regex of joining a meeting told before ("also joined", "nahm ... teil")
    joining: str = r"(?!x)x"
    # a regex of a meeting held on the margins of a gathering ("on the sidelines", "am Rande")
    margins: str = r"(?!x)x"
    # a regex opening a phrase of company: its people take part with the subject
    # ("accompanied by", "in Begleitung von", "together with")
    company: str = r"(?!x)x"
    # a regex of a verb of coming along in the active, its object one who met ("X will
    # accompany the prime minister", "X begleitete ihn")
    accompany: str = r"(?!x)x"
    with_words: tuple[str, ...] = ()  # "talks with X": the word that introduces a counterpart
    # a with that names a side, no counterpart ("в переговорах с кыргызской стороны": from
    # the Kyrgyz side)
    with_side: str = r"(?!x)x"
    between_words: tuple[str, ...] = ()  # "talks between X and Y"
    # stems of verbs that receive a guest ("empfing", "wurde ... empfangen", "received")
    receiving_stems: tuple[str, ...] = ()
    agent_words: frozenset[str] = frozenset()  # a passive's agent: "empfangen von", "met by"
    # where someone's company holds for all of a visit's meetings ("bei ihren Terminen in
    # Nairobi", "throughout the visit"): a regex
    escort_scope: str = ""
    # prepositions after a meeting word that open what it is about ("talks over claims made
    # in X's book", "Gespräche über ..."): a person named there is talked about
    topic_prepositions: frozenset[str] = frozenset()
    # nouns for a body whose name may follow them ("the aid agency Cafod", "die Zeitung
    # Kurier"): a name there is the body's, not a person's (German compounds end in them)
    body_nouns: frozenset[str] = frozenset()
    # possessive pronouns of one person before a meeting noun ("his meeting with Duterte",
    # "sein Treffen mit"): that person has the meeting (genders in ``pronoun_genders``)
    person_possessives: frozenset[str] = frozenset()
    # words only sport uses ("Länderspiel", "quarterback"): where a text uses them, states
    # named are teams ("when Germany meets Iran in a friendly"), not sides of diplomacy
    sports_words: frozenset[str] = frozenset()
    # subject pronouns for a thing, a body or a state ("it will start talks with Croatia"):
    # the subject is no person, so not the text's protagonist
    thing_pronouns: frozenset[str] = frozenset()
    # a word that denies the name after it its part ("it was Mr Kilroy Silk, not Mr Farage")
    negation_words: frozenset[str] = frozenset()
    # a comparison introduces someone who did the same, not a party ("Wie schon sein
    # Vorgänger X traf auch Y den Papst", "Like his predecessor X, Y met the Pope"), with
    # only these words (lower-cased; and titles) between it and the name
    comparison_words: frozenset[str] = frozenset()
    comparison_gap_words: frozenset[str] = frozenset()
    # words before the one on whose behalf something is brought, who is not there ("conveyed
    # the greetings of Prime Minister X", "übermittelte die Grüße von Bundeskanzler X", "on
    # behalf of"); a regular expression that ends where the sender's title or name begins
    sent_by: str = r"(?!x)x"
    # words before a gathering that lies ahead of what the sentence tells ("spoke by phone
    # ahead of the Leaders' Meeting next month", "im Vorfeld des Gipfels")
    ahead_of: str = r"(?!x)x"
    # adverbs of what recurs ("jedes Jahr", "every year", "ежегодно"): a meeting word beside
    # them tells a custom, not a meeting ("Der Regierungsrat empfängt jedes Jahr ein Dutzend
    # Botschafter")
    habitual: str = r"(?!x)x"
    # a heading over a list of those present at a meeting ("Attendees", "Teilnehmende")
    attendee_heading: str = ""
    # adverbs that may open a sentence of company before its word ("Ebenfalls anwesend
    # waren", "Mit dabei war", "Also present were"): its people follow
    also_words: frozenset[str] = frozenset()
    # adverbs telling an event as earlier than the one told before ("X war bereits am
    # Montag ... empfangen worden", "had earlier met"): not the frame later sentences mean
    flashback_words: frozenset[str] = frozenset()
    # a pattern: the words opening a sentence of taking part for whom someone took part ("Für
    # die EU nahm X teil", "On behalf of the EU, X attended"): they joined the meeting told
    on_behalf: str = ""
    # prepositions that make a meeting noun what is talked about ("clashed over how to
    # proceed with six-party talks", "zufrieden mit den Gesprächen"): no one before it sits
    # at that table
    about_words: frozenset[str] = frozenset()
    # other prepositions: a state after one is a place or a topic, not a side ("über Syrien")
    prepositions: frozenset[str] = frozenset()
    # words for a state's unnamed representatives ("officials", "Delegation"): "Chinese
    # officials", "US-Delegation", "Vertreter Israels" make the state a side of a meeting
    side_nouns: frozenset[str] = frozenset()
    # verbs that make a meeting noun a predicate ("held talks", "führten Gespräche"): the
    # words before them are the meeting's subject
    light_verbs: frozenset[str] = frozenset()
    place_prepositions: tuple[str, ...] = ()  # before where something happens ("in", "nach")
    # ... before a state where a meeting is held ("talks in Syria"; not "envoy on Myanmar",
    # "ambassador to Kazakhstan"); empty: the place prepositions
    state_prepositions: tuple[str, ...] = ()
    place_articles: tuple[str, ...] = ()  # may follow them ("im", "in der", "at the")
    # prepositions right before a small town that make it a place ("in Zittau", "nach
    # Bregenz"); a town's name elsewhere may be a person's or a thing's
    town_prepositions: tuple[str, ...] = ()
    # lower-case nouns of a region or town that name it with a capitalised word before or
    # after ("губернатор Приморского края", "губернатором провинции Шаньси"): that word is
    # the place, no person
    place_nouns: frozenset[str] = frozenset()
    # nouns of a region or town that a capitalised word right after names ("die Provinz Bình
    # Dương", "the province of Binh Duong"): those words are the place's, no person's
    region_nouns: frozenset[str] = frozenset()
    # a pattern: the parties told before joined by someone ("they were joined by", "stieß
    # zu ihnen"): who the sentence names joins their meeting
    joined_them: str = ""
    # a pattern: a denial of what the sentence before told ("Der Abgeordnete bestreitet das",
    # "He denied this"): the meeting told there is denied
    denied_back: str = ""
    # patterns: a sentence saying who led a delegation or side has a word of leading and a
    # delegation's noun ("Die mongolische Delegation wurde von X geleitet", "The Iranian
    # side was headed by X"); after talks told without names, its people are their parties
    lead_words: str = ""
    led_sides: str = ""
    # a pattern: a sentence naming the interlocutor of talks told without names ("Gesprächs-
    # partner war X", "Her interlocutor was X"): X met the text's protagonist
    interlocutor: str = ""
    # a pattern: the words opening a meeting told with its verb left out, after a comma
    # ("am Nachmittag", "dann", "later": "Sie traf zuerst X, am Nachmittag Y")
    gap_openers: str = ""
    # a pattern: a city's description between them and its name ("in the Swiss city of
    # Lausanne", "in der ostukrainischen Hafenstadt Odessa", "в курортном городе Сочи")
    settlement_lead: str = ""
    # an adverb for the place named before ("Dort traf sie", "There she met"), and the words
    # after which it only opens a sentence ("There were talks")
    place_deixis: frozenset[str] = frozenset()
    existential_verbs: frozenset[str] = frozenset()
    locative_words: tuple[str, ...] = ()  # "Papst ... im Kuba": a place, not the title's office
    origin_words: tuple[str, ...] = ()  # "Musharraf of Pakistan", "Novák aus Tschechien"
    portfolio_words: tuple[str, ...] = ()  # "Minister für Menschenrechte": a portfolio follows
    infinitive_markers: tuple[str, ...] = ()  # "prepared to meet": not (yet) a meeting
    relative_pronouns: tuple[str, ...] = ()  # a clause of its own follows ("which", "der")
    function_words: frozenset[str] = frozenset()  # may stand between a title and its name
    apposition_words: frozenset[str] = frozenset()  # "X, the former minister"
    # articles that, right after a title, open a noun phrase of their own: the title binds no
    # name after them ("traf die Ministerin die Landesvertreterin ..., X": not X's title)
    phrase_articles: frozenset[str] = frozenset()
    speaker_pronouns: tuple[str, ...] = ()  # '"...," she said': the speaker named before
    # a meeting word's object pronouns ("met him", "traf ihn", "mit ihr") and the words that
    # may stand between the word and them ("traf sich mit ihm", "met with her")
    object_pronouns: tuple[str, ...] = ()
    object_pronoun_leads: tuple[str, ...] = ()
    # subject pronouns of several people ("they"); where one also stands for one person
    # ("sie"), a finite verb next to it must be plural ("hatten sie", "sie trafen")
    plural_pronouns: tuple[str, ...] = ()
    plural_verb: str = ""
    # speech verbs whose object is whom one tells ("told Putin in a phone call that ...")
    addressee_verbs: frozenset[str] = frozenset()
    # articles only an object takes ("den", "dem"), and reflexive pronouns ("sich"): what may
    # stand in a subject after its verb (German word order)
    object_articles: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    # "met separately A and B": each counterpart a meeting of its own
    separately_words: tuple[str, ...] = ()
    # the gender a personal pronoun says ("she": "f"); pronouns of several ("sie") stay out
    pronoun_genders: tuple[tuple[str, str], ...] = ()
    # ... and those of several that a singular verb beside them makes one's ("Dort trifft sie
    # X": she; "Dort treffen sie X": they), with the endings of a plural verb
    singular_by_verb: tuple[tuple[str, str], ...] = ()
    plural_verb_endings: tuple[str, ...] = ()
    # verbs of holding a meeting in a relative clause on its noun ("видеоконференции,
    # которую провели X и Y", "talks, which X and Y held"): their subjects took part
    holding_verbs: frozenset[str] = frozenset()
    # a regex of a portfolio right after a title, that names no body the text knows ("for
    # Political and Peacebuilding Affairs"): a name after it is the title's holder
    portfolio_after_title: str = ""
    # a regex of being at a delegation's head, before its word ("X, who is visiting at the
    # head of a parliamentary delegation", "an der Spitze einer Delegation", "во главе
    # делегации"): the person named last before it leads it
    head_of: str = ""
    # a regex of who chaired or hosted the meeting told before ("Встречу провела X", "The
    # meeting was chaired by X", "Die Sitzung leitete X"): X took part
    chaired_told: str = r"(?!x)x"
    # a regex of a phrase opening a sentence that names who led the talks it tells ("Unter
    # der Leitung von X und Y fanden Verhandlungen statt", "Under the chairmanship of X"):
    # who it names are the talks' parties
    led_opening: str = r"(?!x)x"
    # a regex of a body of two states whose session is talks of the two sides ("Joint
    # Commission", "Gemischte Regierungskommission", "межправительственной комиссии")
    bilateral_body: str = r"(?!x)x"
    # prepositions before an object pronoun that make it the one who has the event ("у нее
    # состоялась беседа с X": she had talks with X)
    possessor_leads: tuple[str, ...] = ()
    # endings of a past verb that say its subject's gender ("отметила": "f", "сказал": "m"),
    # longest first: a name right before such a verb is that gender's
    verb_gender_endings: tuple[tuple[str, str], ...] = ()
    # title endings that say a gender ("Kanzlerin": "f", "Chairwoman": "f", "Chairman": "m")
    title_gender_endings: tuple[tuple[str, str], ...] = ()
    # nouns for a group received or met without its members' names ("Kommission",
    # "panel", "rebels"); in German also the last part of a compound ("Opferschutzkommission")
    group_nouns: frozenset[str] = frozenset()
    # nouns for states taken together ("the two countries", "beide Länder"; stems)
    state_group_nouns: tuple[str, ...] = ()
    # words that tell a meeting of the same people again ("met again in Moscow", "erneut")
    again_words: frozenset[str] = frozenset()
    # nouns for the one who visits ("Gast", "visitor"): such a description refers back to the
    # visitor of the visit told before (stems, lower case)
    guest_nouns: tuple[str, ...] = ()
    # stems of the nouns for one who holds the same office ("Amtskollege", "counterpart"): an
    # unnamed one is of the office of the one it is relative to
    colleague_nouns: tuple[str, ...] = ()
    # after a quotation, a possessive and a noun of saying make the possessive's person its
    # speaker ('"...", lautet seine Botschaft', '"...," was his message'); group "owner"
    owned_speech: str = ""
    # lower-case nouns for people that a name before them modifies ("Gazprom executives",
    # "Erasmus Plus coordinators"): the name is a body's or a programme's, not a person's
    modified_people_nouns: frozenset[str] = frozenset()
    # a person named after these is remembered, not met ("visited the tomb of X", "legte am
    # Grab von X einen Kranz nieder"): a pattern the text before the name ends with
    memorial_before: str = ""
    # words that make the person named after them the guest ("met visiting Foreign Secretary X")
    visitor_words: frozenset[str] = frozenset()
    # noble titles inside a name, between its first name and its surname ("Alexander Graf
    # Lambsdorff", "Karl-Theodor Freiherr zu Guttenberg")
    name_infixes: frozenset[str] = frozenset()
    # clauses: words opening a clause of its own, a relative clause, a coordinated predicate
    subordinators: frozenset[str] = frozenset()  # "after", "when", "nachdem", "weil"
    relative_words: frozenset[str] = frozenset()  # ", who", ", der"
    # relative words that are always the subject, so a verb follows ("who back Mr Flight":
    # the tagger may call a plural verb a noun there)
    subject_relatives: frozenset[str] = frozenset()
    # relative words that refer to persons only ("who", "whom"): a name's evidence
    person_relatives: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()  # "and", "und"
    # the coordinators that add ("und", "sowie"; not "aber", "oder")
    additive_coordinators: frozenset[str] = frozenset()

    # -- inflection -----------------------------------------------------------------------
    adjective_endings: tuple[str, ...] = ()  # inflected adjectives ("des Europäischen")
    possessive_suffixes: tuple[str, ...] = ()  # "Kazakhstan's": not part of the name
    genitive_suffixes: tuple[str, ...] = ()  # "Vassilenkos", "Kerry's": the same surname
    # what a person's name takes as a possessive, looked past when a leader's name is looked
    # up in the knowledge base ("Putins Sprecher", "Putin's spokesman"; not "Stubbs": the
    # genitive "s" of grouping surnames would make him Stubb)
    person_possessive_suffixes: tuple[str, ...] = ()
    # a present participle that may open a sentence before the phrase of a meeting
    # ("Speaking after talks with X, Kerry said")
    participle_suffixes: tuple[str, ...] = ()
    # names of places and organisations take case endings ("des Europäischen Auswärtigen
    # Dienstes"): the knowledge base also matches the stems of this language's names
    name_case_endings: tuple[str, ...] = ()
    # case endings of a surname no dictionary inflects ("Рахмана", "Рахманом")
    surname_case_endings: tuple[str, ...] = ()
    # a place or organisation name with a genitive ending ("Kasachstans", "des Europarates")
    name_genitive_suffixes: tuple[str, ...] = ()
    # every noun is capitalised (German): a capitalised word inside a sentence may be a noun
    nouns_capitalised: bool = False
    # the finite verb stands second in a main clause, the subject after it when something
    # else opens the clause ("Am Freitag hat das Außenministerium ... einbestellt")
    verb_second: bool = False
    # capitals mark names only: no noun is capitalised and headlines are not title-cased
    # (Russian), so a capitalised dictionary word inside a name ("Цой Сон Хи") is part of it
    capitals_mark_names: bool = False
    # a state or organisation named right before a title owns it ("Kasachstans Außenminister",
    # "US-Außenminister"); where a language puts the owner after the title in the genitive
    # ("министр иностранных дел Индонезии"), only a state adjective before it does
    owner_before_title: bool = True
    # a city's adjective by rule: (ending of the adjective, ending of the city's name in its
    # place) ("Wiener" -> "Wien", "Dresdner" -> "Dresden"); a city so named owns a title
    city_adjective_forms: tuple[tuple[str, str], ...] = ()
    # the words linking a title to the city after it that owns it ("mayor of London",
    # "Bürgermeister von Kyjiw"; not "ambassador to Washington")
    city_owner_links: tuple[str, ...] = ()
    # a regex of what links a title to the subdivision after it that owns it ("des Landes",
    # "of the state of", "of the"): "Ministerpräsident des Landes Nordrhein-Westfalen"
    region_owner_link: str = r"(?!x)x"
    # a regex of a visit that returns one told ("Gegenbesuch", "return visit"): the two who
    # met meet again (``return_visits``)
    return_visit: str = ""
    # the forms of a state adjective as the knowledge base lists it ("kasachisch" ->
    # "kasachische", "Kasachische", ...; "Kazakh" -> "Kazakhs")
    adjective_forms: Callable[[str], list[str]] = _adjective_forms
    # the forms of a place or organisation name as the knowledge base lists it (the name
    # first): "Москва" -> "Москва", "Москвы", "Москве", ...; by default the name only
    name_forms: Callable[[str], list[str]] = _name_forms

    # -- names of gatherings ("das informelle Treffen der EU-Außenminister") ----------------
    name_modifier_endings: tuple[str, ...] = ()  # modifiers before the trigger noun
    name_adjective_suffixes: tuple[str, ...] = ()  # adjectives after it that stay in the name
    name_link_words: frozenset[str] = frozenset()  # "of", "between": the name goes on
    # endings of lower-case words that go on with a name in a language whose complements
    # follow in the genitive without a link word ("заседание совместной комиссии")
    name_complement_endings: tuple[str, ...] = ()
    name_stop_words: tuple[str, ...] = ()  # "in", "which", "will": the name has ended
    generic_name_words: frozenset[str] = frozenset()  # words that say nothing of which one

    # -- events ---------------------------------------------------------------------------
    # nouns that make a following place the subject, not the venue ("die Lage in Syrien")
    topic_words: tuple[str, ...] = ()
    past_meeting_verbs: str = r"(?!x)x"  # a regex of meeting verbs in the past tense
    # a regex of meeting verbs in the present tense: with a date not past, they announce
    # ("Berger empfängt am Donnerstag Sousa", "Blair meets Bush on Friday")
    present_meeting_verbs: str = r"(?!x)x"
    # present forms that are also participles ("besucht"): present only in a sentence
    # without a perfect or passive auxiliary ("hat ... besucht", "wurde besucht")
    present_or_participle_verbs: str = r"(?!x)x"
    perfect_auxiliaries: frozenset[str] = frozenset()
    # auxiliaries of a passive, after which a verb takes no object ("was postponed the day
    # before": no object of its own)
    passive_auxiliaries: frozenset[str] = frozenset()
    # a present copula before a visit noun: the visit is under way or ahead ("ist in
    # Warschau zu Besuch", "is on a visit to")
    present_copulas: frozenset[str] = frozenset()
    # a preposition of topic that with an indefinite article says where someone is: "on a
    # visit to" (not talked about, as in "commented on the visit")
    sojourn_prepositions: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    # a regex of the ending of a title's head in the plural ("Botschaftern", "Ministerinnen",
    # "heads of delegation"): such a title after an article describes several people; the
    # head is what comes before the first of the title's link words ("of", "des")
    plural_title_ending: str = r"(?!x)x"
    title_link_words: frozenset[str] = frozenset()
    # prepositions of the occasion a meeting is held for ("empfing zum Gipfel A und B", "met
    # for the Council"): the meeting is that gathering
    occasion_words: frozenset[str] = frozenset()
    # adjectives that make a meeting noun an earlier meeting ("the previous talks", "die
    # vorigen Gespräche"): not the one told before
    earlier_words: frozenset[str] = frozenset()
    # "both" before a plural meeting noun: the last two meetings told ("joined both meetings")
    both_words: frozenset[str] = frozenset()
    # words between a subject and its meeting verb: auxiliaries, modals, adverbs ("Lavrov
    # and Kerry will meet", "is due to meet", "also met")
    verb_lead_words: frozenset[str] = frozenset()
    # endings of a participle that opens a describing phrase (", speaking at ..., ")
    participle_endings: tuple[str, ...] = ()
    # a state's capital by description: "Hauptstadt", "capital", "столица" (lower case, every
    # form), and the word between it and the state's name ("capital of Poland")
    capital_words: frozenset[str] = frozenset()
    capital_links: frozenset[str] = frozenset()
    negotiation_stems: tuple[str, ...] = ()  # trigger words that mean negotiating (CAMEO 046)
    # trigger words that say what was talked about, not how ("discussed", "erörterten"):
    # after a call with the same people, they tell that call on
    discussion_stems: tuple[str, ...] = ()
    # travel verbs in the present before a visit noun ("bricht zu einer Reise auf", "leaves
    # for a visit"): the visit is to come, as with a copula ("ist zu Besuch")
    travel_presents: frozenset[str] = frozenset()
    # modal and future auxiliaries before a clause-final infinitive ("wollte ... treffen")
    modal_words: frozenset[str] = frozenset()
    # who leads a delegation ("led by", "unter der Leitung von") and the words for one
    # a regex of an office of a gathering, right before its word ("Vorsitzende der",
    # "President of the"): "Präsident der UN-Vollversammlung" is a title, not a gathering
    office_of: str = r"(?!x)x"
    # ... and an office or organ right after the word ("Forum Secretariat", "Forum Chair"):
    # the word names a standing body there ("Pacific Islands Forum"), not a gathering
    office_after: str = r"(?!x)x"
    led_by: tuple[str, ...] = ()
    delegation_words: frozenset[str] = frozenset()
    # who a delegation consists of, told in a sentence with a delegation word ("Der Delegation
    # gehörten X und Y an", "The delegation included X", "Delegation chair X", "X ist mit
    # einer Delegation gereist"): a regex
    delegation_members: str = ""
    # a group's members listed after a colon, in a text that tells of a delegation ("reisten
    # vier Mitglieder des Ausschusses nach Dakar: A, B, C und D"): the words before the colon
    group_list: str = ""
    # plural words for a delegation's members as a meeting's party ("MEPs held talks",
    # "die Abgeordneten trafen")
    delegation_member_nouns: frozenset[str] = frozenset()
    # pronouns by which the sentence after a delegation's tells its members ("Ihr gehörten A
    # und B an", "It comprised A and B")
    delegation_pronouns: frozenset[str] = frozenset()
    # speaking with someone, in person or not ("spoke with", "sprach mit")
    contact_stems: tuple[str, ...] = ()
    # trigger words of summoning an envoy to complain (CAMEO 114, PLOVER ACCUSE/disapprove)
    summons_stems: tuple[str, ...] = ()
    # words that add someone to a meeting whoever did it ("hatte ihren Klubobmann
    # dazugebeten", "was brought in"): no subject needs to be a party
    added_to_meeting: str = r"(?!x)x"
    # nouns for an appointment that refer back to a meeting told before with an article
    # ("zu dem Termin erschienen", "at the appointment")
    appointment_nouns: frozenset[str] = frozenset()
    # stems of signing together ("signed an agreement", "unterzeichneten ein Abkommen"): a
    # meeting only of people named there (states sign by their envoys, anywhere)
    signing_stems: tuple[str, ...] = ()
    ordinal_nouns: tuple[str, ...] = ()  # "3. Quartal": a number's dot that ends no sentence

    # -- text conventions -----------------------------------------------------------------
    # quotation marks: (opening, closing characters) pairs
    quote_pairs: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'))

    # words of a line stating the publication date ("Veröffentlicht:", "Published:")
    publication_words: tuple[str, ...] = ()

    # -- word tests and tagging ------------------------------------------------------------
    word_tests: WordTestFactory = field(default=stopword_tests)
    # part-of-speech tagging, where the language has a tagger here: a factory of a function
    # from words to coarse tags (PROPN NOUN VERB AUX INF PART GER SCONJ CCONJ REL ADP DET PRON
    # ADJ ADV NEG NUM PUNCT X; VERB and AUX are finite forms)
    tagger: Callable[[], Callable[[Sequence[str]], list[str]]] | None = None
    # a title's base form ("stellvertretenden Außenministers" -> "stellvertretende
    # Außenminister", "Presidents" -> "President"): a factory, where the language has one
    title_base: Callable[[], Callable[[str], str]] | None = None
    # names in the nominative, matched in any case, spelled in Latin letters: a factory
    # (given a cache size), where the language inflects names
    person_names: Callable[[int], PersonNames] | None = None
