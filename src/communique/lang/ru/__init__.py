"""The Russian language pack: its tables beside this file, its code-like defaults here.

Russian capitalises names, not common nouns (as English does), but inflects them: "с Сергеем
Лавровым", "Захаровой", "в Брюсселе". Names, titles and places are matched in any case and
given in the nominative; a capitalised word pymorphy3's dictionary knows, and not as a name
of a person or place, is a common word ("Министр" opening a sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from communique.lang.profile import LanguageProfile, words
from communique.lang.ru.forms import adjective_forms, name_forms
from communique.lang.ru.names import RussianNames
from communique.lang.ru.titles import russian_title_base
from communique.lang.word_tests import PersonNames, WordTests


class RussianWords:
    """pymorphy3's dictionary: a known word that is no name is a common word."""

    def __init__(self, stopwords: frozenset[str], cache_size: int) -> None:
        del stopwords
        self._names = RussianNames(cache_size)

    def is_common_word(self, word: str) -> bool:
        return self._names.is_common_word(word)

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        return self._names.is_proper_noun


def _word_tests(stopwords: frozenset[str], cache_size: int) -> WordTests:
    return RussianWords(stopwords, cache_size)


def _person_names(cache_size: int) -> PersonNames:
    return RussianNames(cache_size)


def _tagger() -> Callable[[Sequence[str]], list[str]]:
    from communique.lang.ru.tags import russian_tagger

    return russian_tagger()


PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    thousands_separator="\u00a0",
    decimal_separator=",",
    quote_pairs=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    # multi-word names match by their words' stems ("Европейского союза" -> "Европейск союз"):
    # the longest ending first, each leaving a stem of three letters at least
    surname_case_endings=words("ом ем ым им ой ей а я у ю е"),
    name_case_endings=(
        "ями",
        "ами",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ией",
        "ием",
        "иею",
        "ой",
        "ей",
        "ом",
        "ем",
        "ою",
        "ам",
        "ям",
        "ах",
        "ях",
        "ую",
        "ая",
        "ое",
        "ые",
        "ие",
        "ых",
        "их",
        "ым",
        "им",
        "ий",
        "ый",
        "ия",
        "ии",
        "ию",
        "ов",
        "ев",
        "а",
        "я",
        "у",
        "ю",
        "е",
        "ы",
        "и",
        "о",
        "ь",
        "й",
    ),
    # organisation abbreviations that decline ("МИДа", "МИДом")
    name_genitive_suffixes=("а", "у", "ом", "е"),
    # a gathering's name goes on in the genitive ("заседание совместной межправительственной
    # комиссии", "встреча министров иностранных дел стран СНГ") and with "по" ("конференция
    # по Сирии"); a verb, a place preposition or a comma ends it
    name_link_words=frozenset(("по", "между", "дел", "стран", "государств", "глав", "и")),
    name_complement_endings=("ой", "ей", "ого", "его", "ых", "их", "ии", "ов", "ев", "ния", "тва"),
    name_stop_words=("в", "во", "на", "с", "со", "который", "которая", "которое", "которые"),
    adjective_forms=adjective_forms,
    name_forms=name_forms,
    # case endings after a surname's matching form ("Лавров": Лаврова, Лавровым)
    genitive_suffixes=("ого", "ому", "ым", "ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е"),
    capitals_mark_names=True,
    place_nouns=frozenset(
        words(
            "край края краю краем крае область области областью округ округа округе округом "
            "район района районе провинция провинции провинцией штат штата штате префектура "
            "префектуры уезд уезда кантон кантона эмират эмирата город города городе городом "
            "столица столицы столице"
        )
    ),
    owner_before_title=False,  # "визит в Россию министра Индонезии": Индонезии owns it
    word_tests=_word_tests,
    tagger=_tagger,
    person_names=_person_names,
    # -- function words (Russian has no articles: demonstratives do their work) ------------
    determiners=frozenset(
        words(
            "этот эта это эти этого этой этому этим этом этих этими эту "
            "следующий следующая следующее следующие следующего следующей следующем следующую "
            "очередной очередная очередного очередной очередную очередном"
        )
    ),
    possessive_pronouns=frozenset(
        words(
            "его её ее их свой своя своё свое свои своего своей своему своим своём своем "
            "свою своих своими"
        )
    ),
    definite_determiners=frozenset(
        words(
            "этот эта это эти этого этой этому этим этом этих этими эту данный данная данные "
            "данного данной данном данную указанный указанная указанные указанной указанном "
            "упомянутый упомянутая упомянутой упомянутом тот та те того той том ту тех"
        )
    ),
    margins=r"на\s+полях|в\s+кулуарах",
    flashback_words=frozenset(words("ранее уже накануне")),
    both_words=frozenset(words("обеих обоих обе оба")),
    earlier_words=frozenset(
        words(
            "предыдущие предыдущая предыдущий предыдущих предыдущей предыдущую прошлые прошлая "
            "прошлый прошлой прошлую последние последняя последний последней последнюю"
        )
    ),
    on_behalf=r"от",
    lead_words=r"возглавля\w*|возглави\w*|во\s+главе|под\s+руководством|представлял\w*",
    led_sides=r"\bделегаци\w*|\bсторон\w*",
    holding_verbs=frozenset(words("провели провёл провел провела проводили проводил проводила")),
    # "университет имени Н.И. Лобачевского", "у памятника Ю.А. Гагарину": a name a body or a
    # memorial bears, remembered, not met
    memorial_before=(
        r"(?:\bимени|\bим\.|\bпамятник\w*|\bмогил\w*|\bмавзоле\w*|\bмемориал\w*|"
        r"\bбюст\w*)\s+(?:[\w.\-]+\s+){0,3}"
    ),
    head_of=r"во\s+главе",
    bilateral_body=(
        r"(?<!\w)(?:межправительственн|совместн|двусторонн)\w*\s+(?:[\w-]+\s+){0,3}?"
        r"(?:комисси|комитет)\w*|межправкомисси\w*"
    ),
    chaired_told=(
        r"(?:встречу|беседу|заседание|переговоры|совещание)\s+(?:провел|провёл|провела|провели|вел|вёл|вела|вели|открыл|открыла|модерировал|модерировала)"
    ),
    interlocutor=r"\bсобеседник\w*\s+(?:был|была|были|стал|стала|стали)\b",
    attendee_heading=(
        r"Участники(?:\s+встречи|\s+переговоров)?|Присутствовали|Состав\s+участников"
    ),
    habitual=(
        r"ежегодно|каждый\s+(?:год|месяц)|каждую\s+(?:весну|осень|зиму)|каждое\s+лето|"
        r"из\s+года\s+в\s+год"
    ),
    joining=(
        r"(?:принял|приняла|приняли|принимал|принимала|принимали|примет|примут)\s+участие|"
        r"участвовал(?:а|и)?|участвует|участвуют|присоединил(?:ся|ась|ись)|"
        r"присоединится|присоединятся|присутствовал(?:а|и)?|присутствует|присутствуют|"
        r"сопровождал(?:а|и)?|сопровождает|сопровождают|вошли|входили|вошёл|вошел|вошла|"
        r"также\s+(?:был|была|были)|в\s+состав\s+(?:\w+\s+){0,2}?вошли|в\s+составе|"
        # "Монгольскую сторону также представлял посол X": a side's representative
        r"сторону\s+(?:\w+\s+){0,2}?представлял(?:а|и)?"
    ),
    accompany=r"сопровождал|сопровождала|сопровождали|сопровождает|сопровождают|сопровождать",
    company=(
        r"в\s+сопровождении|в\s+присутствии|вместе\s+с|совместно\s+с|наряду\s+с|"
        r"(?:во\s+главе|возглавляем\w*|возглавляв\w*)\s+с?|под\s+руководством|"
        r"(?:котор\w+\s+)(?:возглавля\w*|возглави\w*|руковод\w*)|"
        r"в\s+компании|сопровождаем\w*"
    ),
    with_words=("с", "со"),
    with_side=r"со?\s+(?:[\w-]+\s+){0,2}сторон[ыу]",
    topic_prepositions=frozenset(words("о об обо относительно касательно насчёт насчет про")),
    negation_words=frozenset(words("не")),
    thing_pronouns=frozenset(words("оно")),
    person_possessives=frozenset(words("его её ее")),
    between_words=("между",),
    # "заявил о переговорах", "касательно встречи" (not "по": "по итогам переговоров")
    about_words=frozenset(words("о об обо относительно касательно насчёт насчет про вокруг")),
    prepositions=frozenset(
        words(
            "в во на о об обо по к ко у из от до за для без при про через над под перед "
            "между среди около возле вокруг против после кроме вместо ради сквозь вдоль "
            "относительно касательно насчёт насчет вследствие благодаря согласно навстречу "
            "вне внутри из-за из-под помимо накануне"
        )
    ),
    side_nouns=frozenset(
        words(
            "делегация делегации делегацию делегацией делегаций делегациями делегациях "
            "представители представителей представителями представителям представитель "
            "представителя представителем официальные официальных официальными лица лиц "
            "дипломаты дипломатов дипломатами дипломатам переговорщики переговорщиков "
            "переговорщиками власти властей властями руководство руководства руководством "
            "правительство правительства правительством военные военных военными "
            "эмиссары эмиссаров посланники посланников чиновники чиновников чиновниками "
            "министры министров министрами эксперты экспертов экспертами"
        )
    ),
    light_verbs=frozenset(
        words(
            "провести провёл провел провела провели проведёт проведет проведут проводит "
            "проводят проводил проводила проводили проведены проведена проведено "
            "состоялись состоялась состоялся состоялось состоится состоятся "
            "прошли прошла прошёл прошел пройдут пройдёт пройдет "
            "вести вёл вел вела вели ведёт ведет ведут начали начал начала начнут начнётся "
            "начнется возобновили возобновят возобновились продолжили продолжат "
            "продолжились продолжатся завершили завершились"
        )
    ),
    place_prepositions=("в", "во", "на"),
    return_visit=r"(?<![\w-])ответн\w+\s+визит\w*",
    place_deixis=frozenset(words("там")),
    joined_them=(
        # "В них также приняли участие X и Y" (in the talks told before), "К ним
        # присоединился X"
        r"(?<!\w)(?:в|во)\s+(?:них|ней|нем|нём)\s+(?:также\s+|тоже\s+)?(?:принял|приняла|"
        r"приняли|участвовал|участвовала|участвовали)\b|"
        r"(?<!\w)к\s+ним\s+(?:также\s+)?присоедин(?:ился|илась|ились)\b"
    ),
    place_articles=(),
    # "в городе Сочи", "в курортном городе Сочи", "в посёлке ..."
    settlement_lead=r"(?:[а-яё]+(?:ом|ой|ем)\s+)?(?:городе|посёлке|поселке|селе|деревне)\s+",
    locative_words=("в", "во", "на"),
    origin_words=("из",),
    portfolio_words=("по",),
    infinitive_markers=(),  # none: infinitive meeting verbs are planned cues in status.tsv
    relative_pronouns=(
        "который",
        "которая",
        "которое",
        "которые",
        "которого",
        "которой",
        "которому",
        "которым",
        "котором",
        "которую",
        "которых",
        "которыми",
    ),
    function_words=frozenset(words("по в во на и при из для с со от")),
    apposition_words=frozenset(
        words(
            "бывший бывшая бывшего бывшей бывшему бывшим бывшем новый новая нового новой "
            "новому новым временно исполняющий исполняющая и.о. врио нынешний нынешняя "
            "нынешнего нынешней действующий действующая тогдашний тогдашняя"
        )
    ),
    speaker_pronouns=("он", "она"),
    object_pronouns=(
        "его",
        "её",
        "ее",
        "ним",
        "ней",
        "нею",
        "ему",
        "ей",
        "него",
        "неё",
        "нее",
        "нему",
    ),
    plural_object_pronouns=frozenset({"ними"}),
    object_pronoun_leads=("с", "со", "к"),
    possessor_leads=("у",),
    pronoun_genders=(
        ("её", "f"),
        ("ее", "f"),
        ("он", "m"),
        ("его", "m"),
        ("ему", "m"),
        ("ним", "m"),
        ("него", "m"),
        ("нему", "m"),
        ("она", "f"),
        ("её", "f"),
        ("ее", "f"),
        ("ей", "f"),
        ("ней", "f"),
        ("нею", "f"),
        ("неё", "f"),
        ("нее", "f"),
    ),
    # no title endings here: "министр" serves men and women alike, and the feminine forms
    # ("канцлерин" is not Russian) are rare; gender comes from verbs and names instead
    title_gender_endings=(),
    verb_gender_endings=(("лась", "f"), ("лся", "m"), ("ла", "f"), ("л", "m")),
    # single words only: "после" and "до" are prepositions too ("после встречи")
    complementizers=frozenset({"что"}),
    subordinators=frozenset(
        words(
            "когда пока потому поскольку хотя хоть если чтобы что несмотря будто словно "
            "едва ибо дабы прежде"
        )
    ),
    relative_words=frozenset(
        words(
            "который которая которое которые которого которой которому которым котором "
            "которую которых которыми где куда откуда чей чья чьё чьи"
        )
    ),
    coordinators=frozenset(words("и а но или однако либо")),
    additive_coordinators=frozenset(words("и")),
    topic_words=words(
        "ситуация ситуации ситуацию ситуацией положение положения положении обстановка "
        "обстановки обстановку обстановке война войны войне войну кризис кризиса кризисе "
        "урегулирование урегулирования урегулированию урегулировании конфликт конфликта "
        "конфликте мир мира безопасность безопасности стабильность стабильности права "
        "прав развитие развития выборы выборов вопросы вопросам вопросах вопрос вопроса "
        "относительно касательно"
    ),
    past_meeting_verbs=(
        r"встретил(?:ся|ась|ись|а|и)?|встречал(?:ся|ась|ись|а|и)?|провёл|провел|провела|"
        r"провели|принял|приняла|приняли|посетил(?:а|и)?|прибыл(?:а|и)?|беседовал(?:а|и)?|"
        r"побеседовал(?:а|и)?|переговорил(?:а|и)?|созвонил(?:ся|ась|ись)|обсудил(?:а|и)?|"
        r"обсуждал(?:а|и)?|состоял(?:ся|ась|ись|ось)|прош(?:ёл|ел|ла|ли)|"
        r"разговаривал(?:а|и)?|поговорил(?:а|и)?|\w+(?:ал|ял|ил|ел|ул)(?:ся|ась|ись|а|и)?"
    ),
    # the present of announcements ("Путин встречается в пятницу с ...", "принимает",
    # "проводит"); the perfective future forms ("встретится", "проведёт") are status cues
    present_meeting_verbs=(
        r"(?:встречается|встречаются|принимает|принимают|посещает|посещают|проводит|"
        r"проводят|ведёт|ведет|ведут|прибывает|прибывают|едет|едут|летит|летят|"
        r"отправляется|отправляются|беседует|беседуют|обсуждает|обсуждают|созваниваются)"
    ),
    verb_lead_words=frozenset(
        words(
            "также тоже затем позже вновь снова уже ранее впервые будет будут должен должна "
            "должны планирует планируют намерен намерена намерены"
        )
    ),
    capital_words=frozenset(words("столица столицы столице столицу столицей")),
    capital_links=frozenset(words("")),
    negotiation_stems=("переговор",),
    again_words=frozenset(words("снова вновь опять повторно ещё")),
    state_group_nouns=("стран", "государств", "правительств"),
    guest_nouns=("гост",),
    colleague_nouns=("коллег",),
    discussion_stems=("обсуд", "обсужд", "обменял"),
    led_by=(
        "во главе с",
        "под руководством",
        "возглавляемая",
        "возглавляемой",
        "возглавляемую",
        "которую возглавляет",
        "которую возглавлял",
        "которую возглавляла",
        "которую возглавил",
        "которую возглавила",
        "которая возглавлялась",
    ),
    delegation_words=frozenset(words("делегация делегации делегацию делегацией делегаций")),
    group_list=r"члены|депутаты|парламентарии|сенаторы",
    delegation_members=(
        r"возглави(?:л|ла|ли)\b|возглавля(?:ет|ют|л|ла|ли)\b|во\s+главе\b|под\s+руководством|"
        r"(?:в\s+)?состав(?:е|а)?\b|вош(?:ли|ёл|ел|ла)\b|входил(?:и|а)?\b|входят\b|входит\b|"
        r"включал(?:а|и)?\b|состоял(?:а|и)?\s+из\b|член\w*\s+делегаци"
    ),
    delegation_pronouns=frozenset(words("её ее ей она неё нее")),
    delegation_member_nouns=frozenset(
        words(
            "гости гостей гостям гостями гостях делегаты делегатов делегатами парламентарии "
            "парламентариев парламентариям парламентариями"
        )
    ),
    contact_stems=("поговори", "побеседова", "разговаривал"),
    summons_stems=("вызва", "вызов"),
    publication_words=words("Опубликовано Обновлено Дата Размещено Опубликован"),
    title_base=russian_title_base,
)
