"""Tests of the temporal grammar (communique.dates): rows of real-looking sentences.

Each row: text, publication date, expected span text, start, end, value_start, value_end, kind.
Negative rows are sentences in which nothing may be found.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from communique.dates import DateMention, TemporalGrammar, UnsupportedLanguageError
from communique.errors import CommuniqueError, KnowledgeError

SHARED = Path(__file__).resolve().parents[2] / "shared"

Row = tuple[str, str | None, str, int, int, str | None, str | None, str]

DE_ROWS: list[Row] = [
    (
        "Der Minister traf am 24. Januar 2025 in Brüssel ein.",
        "2025-02-17",
        "am 24. Januar 2025",
        18,
        36,
        "2025-01-24",
        "2025-01-24",
        "absolute",
    ),
    (
        "Die Gespräche begannen am 3. März in Astana.",
        "2025-02-17",
        "am 3. März",
        23,
        33,
        "2025-03-03",
        "2025-03-03",
        "absolute",
    ),
    (
        "Vertrag unterzeichnet (Wien, 24.01.2025).",
        "2025-02-17",
        "24.01.2025",
        29,
        39,
        "2025-01-24",
        "2025-01-24",
        "absolute",
    ),
    (
        "Die Delegation reist im Januar nach Taschkent.",
        "2025-02-17",
        "im Januar",
        21,
        30,
        "2025-01",
        "2025-01",
        "absolute",
    ),
    (
        "Das Abkommen war im Jahr 2019 ausgelaufen.",
        "2025-02-17",
        "im Jahr 2019",
        17,
        29,
        "2019",
        "2019",
        "absolute",
    ),
    (
        "Seit 2014 verhandeln beide Staaten über die Grenze.",
        "2025-02-17",
        "2014",
        5,
        9,
        "2014",
        "2014",
        "absolute",
    ),
    (
        "Am Dienstag, 14. Mai, empfing die Kanzlerin den Gast.",
        "2025-02-17",
        "Am Dienstag, 14. Mai",
        0,
        20,
        "2025-05-14",
        "2025-05-14",
        "absolute",
    ),
    (
        "Die Wahl findet am 3. Jänner statt.",
        "2025-12-28",
        "am 3. Jänner",
        16,
        28,
        "2026-01-03",
        "2026-01-03",
        "absolute",
    ),
    (
        "Er war im Dezember in Peking.",
        "2025-01-10",
        "im Dezember",
        7,
        18,
        "2024-12",
        "2024-12",
        "absolute",
    ),
    (
        "Die Regierung hatte im März vergangenen Jahres entschieden.",
        "2025-02-17",
        "im März vergangenen Jahres",
        20,
        46,
        "2024-03",
        "2024-03",
        "absolute",
    ),
    (
        "Das Treffen findet vom 14. bis zum 16. Februar statt.",
        "2025-02-17",
        "vom 14. bis zum 16. Februar",
        19,
        46,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Der Gipfel (14.-16. Februar 2025) endete ohne Erklärung.",
        "2025-02-17",
        "14.-16. Februar 2025",
        12,
        32,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Von Januar bis März sanken die Exporte.",
        "2025-02-17",
        "Von Januar bis März",
        0,
        19,
        "2025-01",
        "2025-03",
        "range",
    ),
    (
        "Die Konferenz tagt vom 30. Dezember bis 2. Januar.",
        "2025-12-01",
        "vom 30. Dezember bis 2. Januar",
        19,
        49,
        "2025-12-30",
        "2026-01-02",
        "range",
    ),
    (
        "Er amtierte von 2009 bis 2013 als Botschafter.",
        "2025-02-17",
        "von 2009 bis 2013",
        12,
        29,
        "2009",
        "2013",
        "range",
    ),
    (
        "Heute trifft der Außenminister seinen Amtskollegen.",
        "2025-02-17",
        "Heute",
        0,
        5,
        "2025-02-17",
        "2025-02-17",
        "relative",
    ),
    (
        "Die Ministerin war gestern in Berlin.",
        "2025-02-17",
        "gestern",
        19,
        26,
        "2025-02-16",
        "2025-02-16",
        "relative",
    ),
    (
        "Die Delegation reist übermorgen ab.",
        "2025-02-17",
        "übermorgen",
        21,
        31,
        "2025-02-19",
        "2025-02-19",
        "relative",
    ),
    (
        "Die Staatschefs trafen sich am Donnerstag in Genf.",
        "2025-02-17",
        "am Donnerstag",
        28,
        41,
        "2025-02-13",
        "2025-02-13",
        "weekday",
    ),
    (
        "Er reist am kommenden Freitag nach Ankara.",
        "2025-02-17",
        "am kommenden Freitag",
        9,
        29,
        "2025-02-21",
        "2025-02-21",
        "relative",
    ),
    (
        "Die Verhandlungen gehen nächste Woche weiter.",
        "2025-02-17",
        "nächste Woche",
        24,
        37,
        "2025-02-24",
        "2025-03-02",
        "relative",
    ),
    (
        "Die Runde war in der vergangenen Woche gescheitert.",
        "2025-02-17",
        "in der vergangenen Woche",
        14,
        38,
        "2025-02-10",
        "2025-02-16",
        "relative",
    ),
    (
        "Der Besuch ist im nächsten Jahr geplant.",
        "2025-02-17",
        "im nächsten Jahr",
        15,
        31,
        "2026",
        "2026",
        "relative",
    ),
    (
        "Vor zwei Wochen hatte Moskau die Gespräche abgesagt.",
        "2025-02-17",
        "Vor zwei Wochen",
        0,
        15,
        "2025-02-03",
        "2025-02-09",
        "relative",
    ),
    (
        "Die Antwort wird in drei Tagen erwartet.",
        "2025-02-17",
        "in drei Tagen",
        17,
        30,
        "2025-02-20",
        "2025-02-20",
        "relative",
    ),
    (
        "Heuer soll das Abkommen ratifiziert werden.",
        "2025-02-17",
        "Heuer",
        0,
        5,
        "2025",
        "2025",
        "relative",
    ),
    (
        "Eine Einigung wird bis Ende der Woche erwartet.",
        "2025-02-17",
        "Ende der Woche",
        23,
        37,
        "2025-02-21",
        "2025-02-23",
        "fuzzy",
    ),
    (
        "Das Gipfeltreffen soll in der ersten Jahreshälfte stattfinden.",
        "2025-02-17",
        "in der ersten Jahreshälfte",
        23,
        49,
        "2025-01",
        "2025-06",
        "fuzzy",
    ),
    (
        "Der Export wuchs im dritten Quartal 2024 kräftig.",
        "2025-02-17",
        "im dritten Quartal 2024",
        17,
        40,
        "2024-07",
        "2024-09",
        "fuzzy",
    ),
    (
        "Der Präsident kommt Anfang März nach Wien.",
        "2025-02-17",
        "Anfang März",
        20,
        31,
        "2025-03",
        "2025-03",
        "fuzzy",
    ),
    (
        "Ein Folgetreffen ist für Ende 2025 vorgesehen.",
        "2025-02-17",
        "Ende 2025",
        25,
        34,
        "2025-10",
        "2025-12",
        "fuzzy",
    ),
    (
        "Anfang nächsten Jahres beginnt die Präsidentschaft.",
        "2025-02-17",
        "Anfang nächsten Jahres",
        0,
        22,
        "2026-01",
        "2026-03",
        "fuzzy",
    ),
    (
        "Im Frühjahr wollen beide Seiten erneut verhandeln.",
        "2025-02-17",
        "Im Frühjahr",
        0,
        11,
        "2025-03",
        "2025-05",
        "fuzzy",
    ),
    (
        "In den kommenden Wochen wird ein Entwurf vorgelegt.",
        "2025-02-17",
        "In den kommenden Wochen",
        0,
        23,
        "2025-02-18",
        "2025-03-31",
        "fuzzy",
    ),
    ("Eine Antwort wird in Kürze erwartet.", "2025-02-17", "in Kürze", 18, 26, None, None, "fuzzy"),
    (
        "Der Bericht soll bis Jahresende fertig sein.",
        "2025-02-17",
        "Jahresende",
        21,
        31,
        "2025-10",
        "2025-12",
        "fuzzy",
    ),
    (
        "In den 1990er Jahren war das Verhältnis enger.",
        "2025-02-17",
        "1990er Jahren",
        7,
        20,
        "1990",
        "1999",
        "fuzzy",
    ),
    (
        "Die Minister trafen sich am Montag in Brüssel.",
        None,
        "am Montag",
        25,
        34,
        None,
        None,
        "weekday",
    ),
]

DE_NEGATIVE: list[str] = [
    "Mehr als 3.000 Unternehmen nahmen teil, das sind 1,5 Prozent mehr.",
    "Staatssekretär August Müller eröffnete die Sitzung.",
    "Die Ausgaben stiegen bis 2000 Euro pro Kopf.",
    "Die Fraktion stimmte mit 2025 Stimmen dafür.",
    "Die Bild am Sonntag berichtete ausführlich.",
    "Der Morgen begann mit einem Gespräch.",
    "Jeden Montag tagt der Krisenstab.",
    "Im Sommerpalast wurde der Vertrag unterzeichnet.",
]

EN_ROWS: list[Row] = [
    (
        "The minister arrived on January 24, 2025 for talks.",
        "2025-02-17",
        "on January 24, 2025",
        21,
        40,
        "2025-01-24",
        "2025-01-24",
        "absolute",
    ),
    (
        "The accord was signed on 24 January 2025 in Geneva.",
        "2025-02-17",
        "on 24 January 2025",
        22,
        40,
        "2025-01-24",
        "2025-01-24",
        "absolute",
    ),
    (
        "Officials met on Jan. 24 to prepare the summit.",
        "2025-02-17",
        "on Jan. 24",
        14,
        24,
        "2025-01-24",
        "2025-01-24",
        "absolute",
    ),
    (
        "The envoys met on Tuesday, 14 May, in Vienna.",
        "2025-02-17",
        "on Tuesday, 14 May",
        15,
        33,
        "2025-05-14",
        "2025-05-14",
        "absolute",
    ),
    (
        "The talks resume on the 3rd of March.",
        "2025-02-17",
        "on the 3rd of March",
        17,
        36,
        "2025-03-03",
        "2025-03-03",
        "absolute",
    ),
    (
        "The treaty entered into force in March 2024.",
        "2025-02-17",
        "in March 2024",
        30,
        43,
        "2024-03",
        "2024-03",
        "absolute",
    ),
    (
        "The mission has been in place since October.",
        "2025-02-17",
        "October",
        36,
        43,
        "2024-10",
        "2024-10",
        "absolute",
    ),
    (
        "The base is to close by 2030, officials said.",
        "2025-02-17",
        "2030",
        24,
        28,
        "2030",
        "2030",
        "absolute",
    ),
    (
        "In 2019 the two leaders agreed a roadmap.",
        "2025-02-17",
        "In 2019",
        0,
        7,
        "2019",
        "2019",
        "absolute",
    ),
    (
        "The ministers will meet again next June.",
        "2025-02-17",
        "next June",
        30,
        39,
        "2025-06",
        "2025-06",
        "absolute",
    ),
    (
        "The poll is set for 5 January.",
        "2025-12-20",
        "5 January",
        20,
        29,
        "2026-01-05",
        "2026-01-05",
        "absolute",
    ),
    (
        "The summit runs from 14 to 16 February in Munich.",
        "2025-02-17",
        "from 14 to 16 February",
        16,
        38,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Delegates gather in Baku on 14-16 February.",
        "2025-02-17",
        "on 14-16 February",
        25,
        42,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "The forum is scheduled for Feb. 14-16, 2025.",
        "2025-02-17",
        "Feb. 14-16, 2025",
        27,
        43,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Exercises are planned between March and May.",
        "2025-02-17",
        "between March and May",
        22,
        43,
        "2025-03",
        "2025-05",
        "range",
    ),
    (
        "He served as ambassador from 2009 to 2013.",
        "2025-02-17",
        "from 2009 to 2013",
        24,
        41,
        "2009",
        "2013",
        "range",
    ),
    (
        "The foreign minister arrives today in Ankara.",
        "2025-02-17",
        "today",
        29,
        34,
        "2025-02-17",
        "2025-02-17",
        "relative",
    ),
    (
        "The two presidents spoke by phone yesterday.",
        "2025-02-17",
        "yesterday",
        34,
        43,
        "2025-02-16",
        "2025-02-16",
        "relative",
    ),
    (
        "The leaders met on Thursday in Geneva.",
        "2025-02-17",
        "on Thursday",
        16,
        27,
        "2025-02-13",
        "2025-02-13",
        "weekday",
    ),
    (
        "She will travel to Beijing next Friday.",
        "2025-02-17",
        "next Friday",
        27,
        38,
        "2025-02-21",
        "2025-02-21",
        "relative",
    ),
    (
        "Talks are expected to continue next week.",
        "2025-02-17",
        "next week",
        31,
        40,
        "2025-02-24",
        "2025-03-02",
        "relative",
    ),
    (
        "The delegation visited Kyiv last week.",
        "2025-02-17",
        "last week",
        28,
        37,
        "2025-02-10",
        "2025-02-16",
        "relative",
    ),
    (
        "A new round is planned for next month.",
        "2025-02-17",
        "next month",
        27,
        37,
        "2025-03",
        "2025-03",
        "relative",
    ),
    (
        "The agreement expired last year.",
        "2025-02-17",
        "last year",
        22,
        31,
        "2024",
        "2024",
        "relative",
    ),
    (
        "Two days ago the ceasefire collapsed.",
        "2025-02-17",
        "Two days ago",
        0,
        12,
        "2025-02-15",
        "2025-02-15",
        "relative",
    ),
    (
        "The envoy will return in two weeks.",
        "2025-02-17",
        "in two weeks",
        22,
        34,
        "2025-03-03",
        "2025-03-09",
        "relative",
    ),
    (
        "The council meets again this week.",
        "2025-02-17",
        "this week",
        24,
        33,
        "2025-02-17",
        "2025-02-23",
        "relative",
    ),
    (
        "An accord could be signed in the first half of the year.",
        "2025-02-17",
        "in the first half of the year",
        26,
        55,
        "2025-01",
        "2025-06",
        "fuzzy",
    ),
    (
        "Elections are due in the second half of 2026.",
        "2025-02-17",
        "in the second half of 2026",
        18,
        44,
        "2026-07",
        "2026-12",
        "fuzzy",
    ),
    (
        "Growth slowed in the third quarter.",
        "2025-02-17",
        "in the third quarter",
        14,
        34,
        "2025-07",
        "2025-09",
        "fuzzy",
    ),
    (
        "The summit is expected in early March.",
        "2025-02-17",
        "in early March",
        23,
        37,
        "2025-03",
        "2025-03",
        "fuzzy",
    ),
    (
        "A decision is due by mid-March.",
        "2025-02-17",
        "mid-March",
        21,
        30,
        "2025-03",
        "2025-03",
        "fuzzy",
    ),
    (
        "The base will close at the end of the year.",
        "2025-02-17",
        "at the end of the year",
        20,
        42,
        "2025-10",
        "2025-12",
        "fuzzy",
    ),
    (
        "The president will visit later this year.",
        "2025-02-17",
        "later this year",
        25,
        40,
        "2025-02",
        "2025-12",
        "fuzzy",
    ),
    (
        "A second summit is planned for early next year.",
        "2025-02-17",
        "early next year",
        31,
        46,
        "2026-01",
        "2026-03",
        "fuzzy",
    ),
    (
        "Negotiators hope to finish in the spring.",
        "2025-02-17",
        "in the spring",
        27,
        40,
        "2025-03",
        "2025-05",
        "fuzzy",
    ),
    (
        "The minister plans a tour this autumn.",
        "2025-02-17",
        "this autumn",
        26,
        37,
        "2025-09",
        "2025-11",
        "fuzzy",
    ),
    (
        "More details will follow in the coming weeks.",
        "2025-02-17",
        "in the coming weeks",
        25,
        44,
        "2025-02-18",
        "2025-03-31",
        "fuzzy",
    ),
    (
        "The two sides will meet soon, diplomats said.",
        "2025-02-17",
        "soon",
        24,
        28,
        None,
        None,
        "fuzzy",
    ),
    ("Trade boomed in the 1990s.", "2025-02-17", "1990s", 20, 25, "1990", "1999", "fuzzy"),
    ("The leaders met on Monday.", None, "on Monday", 16, 25, None, None, "weekday"),
]

EN_NEGATIVE: list[str] = [
    "More than 3,000 companies attended and exports rose 1.5 billion dollars.",
    "August Smith and April Jones signed the letter.",
    "The proposal may be revised, and May Day rallies were calm.",
    "The plan would cost 2000 jobs in 2000 homes.",
    "In the second half, the visitors scored twice.",
    "The Sunday Times said the Black Friday sales were weak.",
    "It was the highest level in two years.",
    "As soon as possible, the ministers said.",
    "Prices fall when supply rises.",
]


RU_ROWS: list[Row] = [
    (
        "Министр прибыл в Минск 14 февраля 2025 года.",
        "2025-02-19",
        "14 февраля 2025 года",
        23,
        43,
        "2025-02-14",
        "2025-02-14",
        "absolute",
    ),
    (
        "Переговоры назначены на 14 февраля.",
        "2025-02-10",
        "на 14 февраля",
        21,
        34,
        "2025-02-14",
        "2025-02-14",
        "absolute",
    ),
    (
        "Форум пройдет с 14 по 16 февраля в Сочи.",
        "2025-02-10",
        "с 14 по 16 февраля",
        14,
        32,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Саммит 14–16 февраля соберет лидеров СНГ.",
        "2025-02-10",
        "14–16 февраля",
        7,
        20,
        "2025-02-14",
        "2025-02-16",
        "range",
    ),
    (
        "Визит состоится в феврале, сообщили в МИД.",
        "2025-01-20",
        "в феврале",
        16,
        25,
        "2025-02",
        "2025-02",
        "absolute",
    ),
    (
        "Соглашение подписано в феврале 2025 г. в Астане.",
        "2025-06-02",
        "в феврале 2025 г.",
        21,
        38,
        "2025-02",
        "2025-02",
        "absolute",
    ),
    (
        "Работы по соглашению завершат в конце марта.",
        "2025-02-19",
        "в конце марта",
        30,
        43,
        "2025-03",
        "2025-03",
        "fuzzy",
    ),
    (
        "В начале года министр побывал в Пекине.",
        "2025-05-05",
        "В начале года",
        0,
        13,
        "2025-01",
        "2025-03",
        "fuzzy",
    ),
    (
        "В первой половине года товарооборот вырос на 8%.",
        "2025-07-20",
        "В первой половине года",
        0,
        22,
        "2025-01",
        "2025-06",
        "fuzzy",
    ),
    (
        "Во втором квартале ожидается подписание протокола.",
        "2025-02-19",
        "Во втором квартале",
        0,
        18,
        "2025-04",
        "2025-06",
        "fuzzy",
    ),
    (
        "Консультации пройдут в середине апреля в Женеве.",
        "2025-02-19",
        "в середине апреля",
        21,
        38,
        "2025-04",
        "2025-04",
        "fuzzy",
    ),
    (
        "На следующей неделе глава МИД посетит Берлин.",
        "2025-02-19",
        "На следующей неделе",
        0,
        19,
        "2025-02-24",
        "2025-03-02",
        "relative",
    ),
    (
        "На прошлой неделе прошли консультации по Афганистану.",
        "2025-02-19",
        "На прошлой неделе",
        0,
        17,
        "2025-02-10",
        "2025-02-16",
        "relative",
    ),
    (
        "В прошлом году объем торговли вырос вдвое.",
        "2025-02-19",
        "В прошлом году",
        0,
        14,
        "2024",
        "2024",
        "relative",
    ),
    (
        "В следующем месяце стороны продолжат диалог.",
        "2025-02-19",
        "В следующем месяце",
        0,
        18,
        "2025-03",
        "2025-03",
        "relative",
    ),
    (
        "Вчера министр провел телефонный разговор с коллегой.",
        "2025-02-19",
        "Вчера",
        0,
        5,
        "2025-02-18",
        "2025-02-18",
        "relative",
    ),
    (
        "Послы встретились сегодня в Вене.",
        "2025-02-19",
        "сегодня",
        18,
        25,
        "2025-02-19",
        "2025-02-19",
        "relative",
    ),
    (
        "Делегация вылетит в Анкару завтра утром.",
        "2025-02-19",
        "завтра утром",
        27,
        39,
        "2025-02-20",
        "2025-02-20",
        "relative",
    ),
    (
        "Накануне стало известно о предстоящем визите.",
        "2025-02-19",
        "Накануне",
        0,
        8,
        "2025-02-18",
        "2025-02-18",
        "relative",
    ),
    (
        "Позавчера в Брюсселе прошли консультации.",
        "2025-02-19",
        "Позавчера",
        0,
        9,
        "2025-02-17",
        "2025-02-17",
        "relative",
    ),
    (
        "В понедельник министр принял посла Японии.",
        "2025-02-19",
        "В понедельник",
        0,
        13,
        "2025-02-17",
        "2025-02-17",
        "weekday",
    ),
    (
        "В среду в Кремле прошли переговоры.",
        "2025-02-21",
        "В среду",
        0,
        7,
        "2025-02-19",
        "2025-02-19",
        "weekday",
    ),
    (
        "Во вторник делегации обменялись нотами.",
        "2025-02-19",
        "Во вторник",
        0,
        10,
        "2025-02-18",
        "2025-02-18",
        "weekday",
    ),
    (
        "Весной переговоры возобновятся в Стамбуле.",
        "2025-02-19",
        "Весной",
        0,
        6,
        "2025-03",
        "2025-05",
        "fuzzy",
    ),
    (
        "Этой осенью ожидается визит премьер-министра.",
        "2025-02-19",
        "Этой осенью",
        0,
        11,
        "2025-09",
        "2025-11",
        "fuzzy",
    ),
    (
        "Работы должны завершить до конца года.",
        "2025-02-19",
        "конца года",
        27,
        37,
        "2025-10",
        "2025-12",
        "fuzzy",
    ),
    (
        "Решение примут через две недели.",
        "2025-02-19",
        "через две недели",
        15,
        31,
        "2025-03-03",
        "2025-03-09",
        "relative",
    ),
    (
        "Две недели назад стороны обменялись нотами.",
        "2025-02-19",
        "Две недели назад",
        0,
        16,
        "2025-02-03",
        "2025-02-09",
        "relative",
    ),
    (
        "В 2024 году товарооборот превысил 200 млрд долларов.",
        "2025-02-19",
        "В 2024 году",
        0,
        11,
        "2024",
        "2024",
        "absolute",
    ),
    (
        "Программа реализуется в 2024–2025 годах.",
        "2025-02-19",
        "в 2024–2025 годах",
        22,
        39,
        "2024",
        "2025",
        "range",
    ),
    (
        "Распоряжение от 14.02.2025 опубликовано на портале.",
        "2025-02-19",
        "14.02.2025",
        16,
        26,
        "2025-02-14",
        "2025-02-14",
        "absolute",
    ),
    (
        "Переговоры продлятся в течение двух недель.",
        "2025-02-19",
        "в течение двух недель",
        21,
        42,
        "2025-02-20",
        "2025-03-05",
        "fuzzy",
    ),
    (
        "Через три дня в регионе начнутся учения.",
        "2025-02-19",
        "Через три дня",
        0,
        13,
        "2025-02-22",
        "2025-02-22",
        "relative",
    ),
    (
        "В прошлую пятницу посол вручил верительные грамоты.",
        "2025-02-19",
        "В прошлую пятницу",
        0,
        17,
        "2025-02-14",
        "2025-02-14",
        "relative",
    ),
    (
        "Лидеры встретятся в среду, 26 февраля, в Эр-Рияде.",
        "2025-02-19",
        "в среду, 26 февраля",
        18,
        37,
        "2025-02-26",
        "2025-02-26",
        "absolute",
    ),
    (
        "Договор был подписан в марте прошлого года.",
        "2025-02-19",
        "в марте прошлого года",
        21,
        42,
        "2024-03",
        "2024-03",
        "absolute",
    ),
    (
        "Санкции действуют с 2014 по 2018 год.",
        "2025-02-19",
        "с 2014 по 2018 год",
        18,
        36,
        "2014",
        "2018",
        "range",
    ),
    (
        "Переговоры пройдут с 28 февраля по 2 марта.",
        "2025-02-19",
        "с 28 февраля по 2 марта",
        19,
        42,
        "2025-02-28",
        "2025-03-02",
        "range",
    ),
    (
        "Выставка открыта с января по март 2025 года.",
        "2025-02-19",
        "с января по март 2025 года",
        17,
        43,
        "2025-01",
        "2025-03",
        "range",
    ),
    ("Так было в 1990-х годах.", "2025-02-19", "в 1990-х годах", 9, 23, "1990", "1999", "fuzzy"),
    (
        "Год назад стороны подписали меморандум.",
        "2025-02-19",
        "Год назад",
        0,
        9,
        "2024",
        "2024",
        "relative",
    ),
    (
        "В ближайшие дни МИД направит ноту.",
        "2025-02-19",
        "В ближайшие дни",
        0,
        15,
        "2025-02-20",
        "2025-02-26",
        "fuzzy",
    ),
    (
        "За последние 10 лет товарооборот удвоился.",
        "2025-02-19",
        "За последние 10 лет",
        0,
        19,
        "2015",
        "2024",
        "fuzzy",
    ),
    (
        "Ответ поступит в ближайшее время.",
        "2025-02-19",
        "в ближайшее время",
        15,
        32,
        None,
        None,
        "fuzzy",
    ),
    (
        "Доклад представят в конце прошлого года.",
        "2025-02-19",
        "в конце прошлого года",
        18,
        39,
        "2024-10",
        "2024-12",
        "fuzzy",
    ),
    (
        "Рост продолжился в I квартале 2025 года.",
        "2025-05-19",
        "в I квартале 2025 года",
        17,
        39,
        "2025-01",
        "2025-03",
        "fuzzy",
    ),
    (
        "Во второй половине 2024 года цены выросли.",
        "2025-02-19",
        "Во второй половине 2024 года",
        0,
        28,
        "2024-07",
        "2024-12",
        "fuzzy",
    ),
    (
        "Минимальный размер оплаты труда к 2030 году вырастет.",
        "2025-02-19",
        "2030 году",
        34,
        43,
        "2030",
        "2030",
        "absolute",
    ),
    (
        "В этом году саммит пройдет в Казани.",
        "2025-02-19",
        "В этом году",
        0,
        11,
        "2025",
        "2025",
        "relative",
    ),
    (
        "В минувшие выходные в Москве прошли выборы.",
        "2025-02-19",
        "В минувшие выходные",
        0,
        19,
        "2025-02-15",
        "2025-02-16",
        "relative",
    ),
    (
        "В ночь на субботу ПВО сбили беспилотники.",
        "2025-02-19",
        "В ночь на субботу",
        0,
        17,
        "2025-02-15",
        "2025-02-15",
        "weekday",
    ),
    (
        "На сегодняшний день подписаны три соглашения.",
        "2025-02-19",
        "На сегодняшний день",
        0,
        19,
        "2025-02-19",
        "2025-02-19",
        "relative",
    ),
    (
        "Товарооборот в январе–марте 2025 года вырос.",
        "2025-05-19",
        "в январе–марте 2025 года",
        13,
        37,
        "2025-01",
        "2025-03",
        "range",
    ),
    (
        "С 1 января вступают в силу новые правила.",
        "2024-12-20",
        "1 января",
        2,
        10,
        "2025-01-01",
        "2025-01-01",
        "absolute",
    ),
]

RU_NEGATIVE: list[str] = [
    "Верховный суд (ВС) РФ рассмотрел жалобу.",
    "Сейчас ситуация на границе стабильна.",
    "Рост ВВП составил 25% за год.",
    "Ему 10 лет, он учится в школе.",
    "Об этом сообщил 1 канал.",
    "В акции участвовали 2025 человек.",
    "Накануне визита министр дал интервью.",
    "Защита окружающей среды обсуждалась в среде экспертов.",
    "Марта Иванова и Мая Петрова встретились с послом.",
    "Расходы вырастут до 2000 рублей на человека.",
    "В конце концов стороны договорились.",
    "Лекарства пациенты принимают через день.",
    "Крымская весна стала символом.",
    "Выходные данные журнала указаны на обложке.",
    "Агентство «Россия сегодня» опубликовало интервью.",
    "Срок заключения составил 14 лет.",
]


@pytest.fixture(scope="module")
def grammars() -> dict[str, TemporalGrammar]:
    return {code: TemporalGrammar(code) for code in ("de", "en", "ru")}


def _check(grammar: TemporalGrammar, row: Row) -> None:
    text, pub, span, start, end, value_start, value_end, kind = row
    published = dt.date.fromisoformat(pub) if pub else None
    found = grammar.find(text, published)
    hits = [m for m in found if (m.start, m.end) == (start, end)]
    assert hits, f"{span!r} not found in {text!r}: {found}"
    m = hits[0]
    assert m.text == span == text[start:end]
    assert (m.value_start, m.value_end, m.kind) == (value_start, value_end, kind)


ROWS = {"de": DE_ROWS, "en": EN_ROWS, "ru": RU_ROWS}
NEGATIVE = {"de": DE_NEGATIVE, "en": EN_NEGATIVE, "ru": RU_NEGATIVE}


@pytest.mark.parametrize(
    ("lang", "row"),
    [(lang, row) for lang, rows in ROWS.items() for row in rows],
    ids=[f"{lang}-{row[2]}" for lang, rows in ROWS.items() for row in rows],
)
def test_dates(grammars: dict[str, TemporalGrammar], lang: str, row: Row) -> None:
    _check(grammars[lang], row)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NEGATIVE.items() for text in texts]
)
def test_no_dates(grammars: dict[str, TemporalGrammar], lang: str, text: str) -> None:
    assert grammars[lang].find(text, dt.date(2025, 2, 17)) == []


def test_unsupported_language() -> None:
    with pytest.raises(CommuniqueError):
        TemporalGrammar("xx")  # no pack


def test_sorted_non_overlapping_longest_wins(grammars: dict[str, TemporalGrammar]) -> None:
    text = "Am Dienstag, 14. Mai 2024 und vom 3. bis 5. Juni tagte der Rat; heute nicht."
    found = grammars["de"].find(text, dt.date(2024, 5, 20))
    assert [m.text for m in found] == ["Am Dienstag, 14. Mai 2024", "vom 3. bis 5. Juni", "heute"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_relative_weekday_modifiers(grammars: dict[str, TemporalGrammar]) -> None:
    pub = dt.date(2025, 2, 19)  # a Wednesday
    text = "Er kam letzten Mittwoch, reist am Mittwoch ab und kommt nächsten Mittwoch wieder."
    values = [m.value_start for m in grammars["de"].find(text, pub)]
    assert values == ["2025-02-12", "2025-02-19", "2025-02-26"]


def test_mentions_are_hashable_values() -> None:
    m = DateMention(0, 5, "heute", "2025-01-01", "2025-01-01", "relative")
    assert {m} == {DateMention(0, 5, "heute", "2025-01-01", "2025-01-01", "relative")}


def _corpus(lang: str, n: int) -> list[str]:
    from communique.corpora import iter_csv_texts

    if lang in ("de", "ru"):
        name = "de-10kgnad/test.csv" if lang == "de" else "ru-1tv-leads/1tv_news_2024.csv"
        path = SHARED / "corpora" / name
        if not path.exists():
            pytest.skip("shared corpora absent")
        texts = []
        for t in iter_csv_texts(path):
            texts.append(t)
            if len(texts) == n:
                break
        return texts
    root = SHARED / "corpora" / "en-bbc"
    if not root.exists():
        pytest.skip("shared corpora absent")
    files = sorted(root.rglob("*.txt"))[:n]
    return [f.read_text(encoding="latin-1") for f in files]


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_corpus_spans_are_exact(grammars: dict[str, TemporalGrammar], lang: str) -> None:
    for text in _corpus(lang, 200):
        found = grammars[lang].find(text, dt.date(2016, 5, 10))
        for a, b in zip(found, found[1:], strict=False):
            assert a.end <= b.start
        for m in found:
            assert text[m.start : m.end] == m.text
            assert m.kind in ("absolute", "relative", "weekday", "fuzzy", "range")


# -- the grammar reads its rules and calendar words from the pack folder it is given ---------

PACKS = Path(__file__).resolve().parents[1] / "src" / "communique" / "lang"
FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


TEMPORAL_FILES = (
    "temporal.tsv",
    "temporal_words.tsv",
    "calendar.tsv",
    "calendar_extra.tsv",
    "numbers.tsv",
)


def _copy_pack(root: Path, code: str, source: str = "de") -> Path:
    folder = root / code
    folder.mkdir(parents=True)
    for name in TEMPORAL_FILES:
        if (PACKS / source / name).is_file():
            shutil.copy(PACKS / source / name, folder / name)
    return folder


def test_calendar_words_come_from_the_pack() -> None:
    cal = TemporalGrammar("de").cal
    assert cal.month_of("Jänner") == cal.month_of("Jan.") == cal.month_of("januar") == 1
    assert cal.month_of("Sept.") == cal.month_of("Sep") == 9
    assert cal.weekday_of("Sonnabend") == cal.weekday_of("Samstag") == 5
    assert cal.number("zwölf") == 12 and cal.number("17") == 17 and cal.number("twelve") is None
    assert "Mai" not in cal.month_abbrs.written  # an abbreviation that is a name is a name
    en = TemporalGrammar("en").cal
    assert en.month_of("Sept") == 9 and "Jänner" not in en.months.values


def test_grammar_reads_the_pack_folder_it_is_given(tmp_path: Path) -> None:
    folder = _copy_pack(tmp_path, "de")
    with (folder / "calendar_extra.tsv").open("a", encoding="utf-8") as f:
        f.write("Jenner\tmonth\t1\twide\t\tinvented for this test\n")
    text = "Das Treffen findet am 3. Jenner 2026 statt."
    own = TemporalGrammar("de", tmp_path).find(text, dt.date(2025, 12, 1))
    assert [(m.text, m.value_start) for m in own] == [("am 3. Jenner 2026", "2026-01-03")]
    assert [m.text for m in TemporalGrammar("de").find(text, dt.date(2025, 12, 1))] == []


def test_pipeline_passes_its_language_root(tmp_path: Path) -> None:
    from communique.pipeline import Communique, Settings

    shutil.copytree(PACKS / "de", tmp_path / "de")
    with (tmp_path / "de" / "calendar_extra.tsv").open("a", encoding="utf-8") as f:
        f.write("Janner\tmonth\t1\twide\t\tJänner without umlaut, for this test\n")
    text = (
        "Am 3. Janner 2026 trafen sich der deutsche Bundeskanzler Olaf Scholz und der "
        "französische Präsident Emmanuel Macron in Paris."
    )
    record = Communique(Settings(lang_root=tmp_path)).extract(text, lang="de")
    dates = [(e.date.text, e.date.start) for e in record.events if e.date is not None]
    assert dates == [("Am 3. Janner 2026", "2026-01-03")]
    assert [e.date for e in Communique().extract(text, lang="de").events] == [None]


def test_a_new_pack_gets_its_own_month_names_not_english_ones(tmp_path: Path) -> None:
    folder = _copy_pack(tmp_path, "fr", source="en")
    (folder / "calendar_extra.tsv").unlink()
    rows = [f"{name}\tmonth\t{i}\twide\tformat" for i, name in enumerate(FRENCH_MONTHS, 1)]
    rows += [f"{name}\tweekday\t{i}\twide\tformat" for i, name in enumerate(["lundi"], 1)]
    (folder / "calendar.tsv").write_text(
        "word\tfield\tnumber\twidth\tcontext\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    (folder / "numbers.tsv").write_text("word\tvalue\ndeux\t2\n", encoding="utf-8")
    grammar = TemporalGrammar("fr", tmp_path)
    found = grammar.find("La réunion du 14 janvier 2025 et celle du 3 March 2025.", None)
    assert [(m.text, m.value_start) for m in found] == [("14 janvier 2025", "2025-01-14")]


@pytest.mark.parametrize(
    ("name", "line", "problem"),
    [
        ("calendar_extra.tsv", "Jenner\tmonth\t13\twide\t\tx", "column 'number'"),
        ("calendar_extra.tsv", "Jenner\tseason\t1\twide\t\tx", "column 'field'"),
        ("calendar_extra.tsv", "Jenner\tmonth\t1\tnarrow\t\tx", "column 'width'"),
        ("calendar_extra.tsv", "Sonntig\tweekday\t8\twide\t\tx", "column 'number'"),
        ("calendar_extra.tsv", "\tmonth\t1\twide\t\tx", "column 'word'"),
        ("numbers.tsv", "dutzend\tzwölf", "column 'value'"),
        ("temporal_words.tsv", "demnächst\toffset\t2\t", "column 'value'"),
        ("temporal_words.tsv", "demnächst\tmodifier\t1\t", "column 'kind'"),
        ("temporal_words.tsv", "Mai\tname_like_month\t1\t", "column 'value'"),
        ("temporal_words.tsv", "Vorjahr\trelative_unit\t-1\t", "column 'value'"),
        ("temporal_words.tsv", "NÄCHST\toffset\t1\t", "column 'word'"),
        ("temporal.tsv", "@habitualy\tjeden", "unknown directive @habitualy"),
        ("temporal.tsv", "@habitual", "@habitual needs 1 value"),
        ("temporal.tsv", "@modifier_article\tder dem", "@modifier_article needs 2 values"),
        ("temporal.tsv", "@counting_before\t(?:Mal", "missing ), unterminated subpattern"),
        ("temporal.tsv", "quartal\tQ(?P<qn>[1-4])\t\tQ1", "unknown handler 'quartal'"),
    ],
)
def test_broken_words_and_directives_are_reported(
    tmp_path: Path, name: str, line: str, problem: str
) -> None:
    folder = _copy_pack(tmp_path, "de")
    path = folder / name
    lines = path.read_text(encoding="utf-8").splitlines() + [line]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        TemporalGrammar("de", tmp_path)
    assert f"{path}:{len(lines)}: {problem}" in str(err.value)


def test_missing_calendar_and_bad_directive_are_reported(tmp_path: Path) -> None:
    folder = _copy_pack(tmp_path, "de")
    (folder / "numbers.tsv").unlink()
    with pytest.raises(KnowledgeError, match="numbers.tsv"):
        TemporalGrammar("de", tmp_path)
    shutil.copy(PACKS / "de" / "numbers.tsv", folder / "numbers.tsv")
    rules = (folder / "temporal.tsv").read_text(encoding="utf-8")
    (folder / "temporal.tsv").write_text(
        rules.replace("@abbreviation_dot\trequired", "@abbreviation_dot\tsometimes"),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="@abbreviation_dot"):
        TemporalGrammar("de", tmp_path)


def test_a_pack_without_temporal_grammar_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "xx").mkdir()
    with pytest.raises(UnsupportedLanguageError):
        TemporalGrammar("xx", tmp_path)


# -- a language the code has never seen: a pack written from scratch, no module changed -------

XX_MONTHS = ["ilun", "blar", "mesk", "aprin", "molo", "junk"]
XX_MONTHS += ["julo", "augo", "sepo", "okto", "novo", "deko"]
XX_PACK = {
    "calendar.tsv": "word\tfield\tnumber\twidth\tcontext\n"
    + "".join(f"{name}\tmonth\t{i}\twide\tformat\n" for i, name in enumerate(XX_MONTHS, 1))
    + "lundo\tweekday\t1\twide\tformat\nsabo\tweekday\t6\twide\tformat\n",
    "numbers.tsv": "word\tvalue\ndu\t2\ntri\t3\n",
    "temporal_words.tsv": (
        "word\tkind\tvalue\texample\n"
        "prox\toffset\t1\tprox sem\n"
        "pasin\toffset\t-1\tpasin jar\n"
        "sem\tunit\tw\tante du semoj\n"
        "jar\tunit\ty\tpasin jar\n"
        "somro\tseason\t6\ten somro\n"
        "vintro\tseason\t12\t\n"  # a rule below captures it; without this row: an error
        "ante\tdirection\t-1\tante du semoj\n"
    ),
    "temporal.tsv": (
        "# an invented language: 'en 3 blar 2025', 'prox sem', 'ante du semoj', 'en somro'\n"
        "@prepositions\ten\n"
        "@habitual\tcada\n"
        "@season_after\ten\n"
        "@define\tREL\t(?:prox|pasin)\n"
        "date\t(?P<d><D>)\\s+(?P<m><MFULL>)(?:\\s+(?P<y><YEAR>))?\t\ten 3 blar 2025\n"
        "modded\t(?P<mod><REL>)\\s+(?P<unit>sem|jar)(?!\\w)\tprox|pasin\tprox sem\n"
        "ago\t(?P<dir>ante)\\s+(?P<n><NUMW>)\\s+(?P<unit>semoj|jaroj)(?!\\w)\tante\tante du semoj\n"
        "weekday\t(?P<wd><WD>)(?!\\w)\t\ten lundo\n"
        "season\t(?P<s>somro|vintro)(?!\\w)\t\ten somro\n"
    ),
}


def _write_xx(root: Path) -> Path:
    folder = root / "xx"
    folder.mkdir()
    for name, text in XX_PACK.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_made_up_language_needs_only_a_folder(tmp_path: Path) -> None:
    _write_xx(tmp_path)
    grammar = TemporalGrammar("xx", tmp_path)
    pub = dt.date(2025, 2, 19)  # a Wednesday

    def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
        return [(m.text, m.value_start, m.value_end, m.kind) for m in grammar.find(text, pub)]

    assert found("La kunveno okazis en 3 blar 2025.") == [
        ("en 3 blar 2025", "2025-02-03", "2025-02-03", "absolute")
    ]
    assert found("Ni renkontos prox sem.") == [("prox sem", "2025-02-24", "2025-03-02", "relative")]
    assert found("Tio okazis pasin jar.") == [("pasin jar", "2024", "2024", "relative")]
    assert found("Tio okazis ante du semoj.") == [
        ("ante du semoj", "2025-02-03", "2025-02-09", "relative")
    ]
    assert found("Ni iris en lundo.") == [("en lundo", "2025-02-17", "2025-02-17", "weekday")]
    assert found("Ni iras cada lundo.") == []  # @habitual
    assert found("Ni iros en somro.") == [("en somro", "2025-06", "2025-08", "fuzzy")]
    assert found("La somro estas varma.") == []  # @season_after: a bare season needs "en"
    # no German or English leaks in: the pack alone decides
    assert found("Next week, on 3 February 2025, am 3. Februar, every Monday.") == []


def test_a_rule_that_captures_a_word_its_table_lacks_is_reported(tmp_path: Path) -> None:
    folder = _write_xx(tmp_path)
    words = folder / "temporal_words.tsv"
    words.write_text(words.read_text(encoding="utf-8").replace("vintro\tseason\t12\t\n", ""))
    with pytest.raises(KnowledgeError, match=r"temporal_words\.tsv: no season word 'vintro'"):
        TemporalGrammar("xx", tmp_path).find("en vintro", dt.date(2025, 2, 19))


def test_a_pack_without_temporal_words_is_reported(tmp_path: Path) -> None:
    (_write_xx(tmp_path) / "temporal_words.tsv").unlink()
    with pytest.raises(KnowledgeError, match="temporal_words.tsv"):
        TemporalGrammar("xx", tmp_path)


# -- every rule of temporal.tsv finds a date in its example, on its own ----------------------


def _rule_lines(code: str) -> list[tuple[int, str]]:
    lines = (PACKS / code / "temporal.tsv").read_text(encoding="utf-8").splitlines()
    return [
        (no, line)
        for no, line in enumerate(lines, 1)
        if line.strip() and not line.startswith(("#", "@"))
    ]


RULES = [
    pytest.param(code, no, line, id=f"{code}-{no}")
    for code in ("de", "en", "ru")
    for no, line in _rule_lines(code)
]


@pytest.mark.parametrize(("code", "no", "line"), RULES)
def test_temporal_rule_finds_a_date_in_its_example(
    tmp_path: Path, code: str, no: int, line: str
) -> None:
    fields = line.split("\t")
    assert len(fields) == 4 and fields[3], f"{code}/temporal.tsv:{no} has no example"
    folder = _copy_pack(tmp_path, code, source=code)
    lines = (folder / "temporal.tsv").read_text(encoding="utf-8").splitlines()
    directives = [x for x in lines if x.startswith("@")]
    (folder / "temporal.tsv").write_text("\n".join([*directives, line]) + "\n", encoding="utf-8")
    found = TemporalGrammar(code, tmp_path).find(fields[3], dt.date(2025, 2, 17))
    assert found, f"{code}/temporal.tsv:{no}: nothing found in {fields[3]!r}"
