"""Random but plausible bank CSV exports, each with the truth it was written from.

A layout is drawn from what banks' own export descriptions show: the language of the header
(or no header at all, as Austrian, Lithuanian and Russian banks export), the separator, the way
dates and numbers are written (``-12,50``, ``12,50-``, ``(12.50)``), how the sign is told
(signed amounts, unsigned amounts with a direction column, separate debit and credit columns,
unsigned amounts beside a balance), a running balance (oldest or newest row first), currency,
counterparty-account and reference columns, the order of the columns, account and period lines
above the data, and the file's encoding. The
writer knows nothing of finapp's detection: the property test checks finapp's reading against
the truth written here.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

#: per language: header names (date, description, amount, debit, credit, direction, balance,
#: currency), the (out, in) words of its direction column, and payees.
LANGUAGES: dict[str, dict[str, object]] = {
    "en": {
        "names": (
            "Transaction Date",
            "Description",
            "Amount",
            "Money Out",
            "Money In",
            "Dr/Cr",
            "Balance",
            "Currency",
        ),
        "ways": ("DR", "CR"),
        "payees": (
            "TESCO STORES 3117",
            "Amazon Mktp UK*2K4",
            "TfL Travel Charge",
            "Salary ACME LTD",
            "Pret A Manger 0412",
            "Thames Water DD",
        ),
    },
    "de": {
        "names": (
            "Buchungstag",
            "Buchungstext",
            "Betrag EUR",
            "Soll",
            "Haben",
            "S/H",
            "Saldo",
            "Währung",
        ),
        "ways": ("S", "H"),
        "payees": (
            "REWE Markt GmbH Köln",
            "Lohn Musterbau GmbH",
            "Deutsche Bahn Fernverkehr",
            "dm-drogerie markt",
            "Stadtwerke München Abschlag",
            "Bäckerei Müller",
        ),
    },
    "nl": {
        "names": (
            "Transactiedatum",
            "Omschrijving",
            "Bedrag",
            "Af",
            "Bij",
            "Af Bij",
            "Saldo na mutatie",
            "Munt",
        ),
        "ways": ("Af", "Bij"),
        "payees": (
            "Albert Heijn 1402",
            "NS Groep IZ namens NS",
            "Salaris Acme BV",
            "Jumbo Utrecht Centrum",
            "Eneco Termijnbedrag",
            "Bol.com BV",
        ),
    },
    "fr": {
        "names": (
            "Date opération",
            "Libellé",
            "Montant",
            "Débit",
            "Crédit",
            "Sens",
            "Solde",
            "Devise",
        ),
        "ways": ("Débit", "Crédit"),
        "payees": (
            "CARREFOUR CITY PARIS 11",
            "SNCF VOYAGEURS",
            "VIR SALAIRE ACME SAS",
            "BOULANGERIE PAUL",
            "EDF CLIENTS PARTICULIERS",
            "FNAC.COM",
        ),
    },
    "es": {
        "names": ("Fecha", "Concepto", "Importe", "Cargo", "Abono", "Tipo", "Saldo", "Divisa"),
        "ways": ("D", "C"),
        "payees": (
            "MERCADONA VALENCIA",
            "Nómina ACME SL",
            "RENFE VIAJEROS",
            "Iberdrola Clientes",
            "El Corte Inglés",
            "Farmacia Ldo. García",
        ),
    },
    "it": {
        "names": (
            "Data operazione",
            "Descrizione",
            "Importo",
            "Uscite",
            "Entrate",
            "Segno",
            "Saldo",
            "Divisa",
        ),
        "ways": ("D", "C"),
        "payees": (
            "ESSELUNGA MILANO",
            "Stipendio ACME SPA",
            "Trenitalia Frecciarossa",
            "Enel Energia",
            "Bar Pasticceria Roma",
            "Coop Lombardia",
        ),
    },
    "pt": {
        "names": (
            "Data do movimento",
            "Descrição",
            "Valor",
            "Débito",
            "Crédito",
            "D/C",
            "Saldo",
            "Moeda",
        ),
        "ways": ("D", "C"),
        "payees": (
            "PINGO DOCE LISBOA",
            "Salário ACME LDA",
            "CP Comboios de Portugal",
            "EDP Comercial",
            "Padaria Portuguesa",
            "Continente Porto",
        ),
    },
    "pl": {
        "names": (
            "Data operacji",
            "Opis operacji",
            "Kwota",
            "Obciążenia",
            "Uznania",
            "Typ",
            "Saldo po operacji",
            "Waluta",
        ),
        "ways": ("D", "C"),
        "payees": (
            "BIEDRONKA 4412 WARSZAWA",
            "Wynagrodzenie ACME SP",
            "PKP Intercity",
            "Żabka Polska",
            "Orlen Stacja 771",
            "Allegro.pl",
        ),
    },
    "ru": {
        "names": (
            "Дата операции",
            "Описание операции",
            "Сумма операции",
            "Расход",
            "Приход",
            "Тип операции",
            "Остаток",
            "Валюта",
        ),
        "ways": ("Расход", "Приход"),
        "payees": (
            "Пятёрочка 4417 Москва",
            "Зарплата ООО Акме",
            "МТС пополнение",
            "Яндекс Такси",
            "Вкусно и точка",
            "Перевод Иванову И.И.",
        ),
    },
    "zh": {
        "names": ("交易日期", "交易摘要", "交易金额", "支出", "收入", "收/支", "余额", "币种"),
        "ways": ("支出", "收入"),
        "payees": (
            "美团外卖 北京三快",
            "工资 某某科技有限公司",
            "中国铁路12306",
            "盒马鲜生 上海",
            "滴滴出行",
            "国家电网 电费",
        ),
    },
    "ja": {
        "names": ("取引日", "摘要", "金額", "出金", "入金", "入出金", "残高", "通貨"),
        "ways": ("出金", "入金"),
        "payees": (
            "セブン-イレブン 新宿",
            "給与 アクメ株式会社",
            "JR東日本 モバイルSuica",
            "東京電力 電気料金",
            "ローソン 渋谷",
            "Amazon.co.jp",
        ),
    },
    "ko": {
        "names": ("거래일자", "적요", "거래금액", "출금액", "입금액", "구분", "잔액", "통화"),
        "ways": ("출금", "입금"),
        "payees": (
            "GS25 강남점",
            "급여 에이크미",
            "코레일 승차권",
            "스타벅스 역삼",
            "한국전력 전기요금",
            "쿠팡",
        ),
    },
}
SEPARATORS = (",", ";", "\t", "|")
DATE_FORMS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%Y%m%d",
    "%d-%m-%Y",
    "%Y/%m/%d",
)
#: month first is how American banks write a date, in English and in their Spanish exports (Puerto
#: Rico's); a bank writing German, Polish or Italian headers writes the day first
MONTH_FIRST = "%m/%d/%Y"
MONTH_FIRST_LANGUAGES = frozenset(("en", "es"))
#: (thousands separator, decimal mark)
NUMBER_FORMS = ((",", "."), (".", ","), (" ", ","), ("", "."), ("", ","))
#: "unsigned": amounts without a sign beside a running balance, which tells the sign of every
#: row but the first (the balance before it is not in the file)
SIGN_MODES = ("signed", "direction", "debit_credit", "unsigned")
_CURRENCY = {
    "en": "GBP",
    "de": "EUR",
    "nl": "EUR",
    "fr": "EUR",
    "es": "EUR",
    "it": "EUR",
    "pt": "EUR",
    "pl": "PLN",
    "ru": "RUB",
    "zh": "CNY",
    "ja": "JPY",
    "ko": "KRW",
}
_WESTERN = ("en", "de", "nl", "fr", "es", "it", "pt")
#: per language: the other party's account and a reference, columns no role reads
_OTHER_NAMES = {
    "en": ("Counterparty account", "Reference"),
    "de": ("Gegenkonto", "Referenz"),
    "nl": ("Tegenrekening", "Referentie"),
    "fr": ("Compte contrepartie", "Référence"),
    "es": ("Cuenta", "Referencia"),
    "it": ("Conto controparte", "Riferimento"),
    "pt": ("Conta", "Referência"),
    "pl": ("Rachunek kontrahenta", "Numer referencyjny"),
    "ru": ("Счёт контрагента", "Номер документа"),
    "zh": ("对方账号", "流水号"),
    "ja": ("口座番号", "取引番号"),
    "ko": ("계좌번호", "거래번호"),
}
_COUNTRY = {
    "en": "GB",
    "de": "DE",
    "nl": "NL",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "pl": "PL",
    "ru": "RU",
    "zh": "CN",
    "ja": "JP",
    "ko": "KR",
}


def _iban(rng: random.Random, language: str, sep: str) -> str:
    """An account number in the IBAN shape (or plain digits where IBANs are not used)."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(18))
    if language in ("zh", "ja", "ko", "ru"):
        return digits
    body = _COUNTRY[language] + digits[:2] + digits[2:]
    return sep.join(body[i : i + 4] for i in range(0, len(body), 4))


#: lines above the data: a title, then cells in the file's separator (account, period)
_PREAMBLE = (
    ("Account statement",),
    ("IBAN", "DE89 3704 0044 0532 0130 00"),
    ("Account holder", "Erika Mustermann"),
    ("Period", "01.03.2025 - 31.03.2025"),
)


@dataclass(frozen=True)
class Line:
    posted: date
    amount: Decimal
    payee: str
    clock: time  # written only by date forms with a time of day


@dataclass(frozen=True)
class GeneratedCsv:
    """The file's bytes, the lines it holds in file order, and how it was written."""

    data: bytes
    lines: tuple[Line, ...]
    currency: str | None  # None: the file never says which
    layout: dict[str, object]


#: how a negative amount is written: ``-12,50``, ``12,50-`` (German savings banks),
#: ``(12.50)`` (US accounting)
NEGATIVE_FORMS = ("-{}", "{}-", "({})")


def _number(value: Decimal, thousands: str, mark: str, decimals: int, negative: str) -> str:
    text = f"{abs(value):,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", thousands)
    body = whole + (mark + fraction if decimals else "")
    return negative.format(body) if value < 0 else body


def _lines(rng: random.Random, payees: tuple[str, ...], decimals: int) -> list[Line]:
    day = date(2025, rng.randint(1, 12), rng.randint(1, 28))
    out = []
    for _ in range(rng.randint(3, 12)):
        day += timedelta(days=rng.randint(0, 4))
        cents = rng.randint(1, 600_000) if rng.random() < 0.8 else rng.randint(1, 1000)
        amount = Decimal(cents).scaleb(-decimals) if decimals else Decimal(cents // 100 + 1)
        clock = time(rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))
        signed = amount if rng.random() < 0.3 else -amount
        out.append(Line(day, signed, rng.choice(payees), clock))
    return out


def _encoding(rng: random.Random, language: str) -> str:
    choices = ["utf-8", "utf-8-sig"]
    if language == "zh":
        choices.append("gbk")
    if language == "ru":
        choices.append("cp1251")
    if language in _WESTERN:
        choices += ["cp1252", "latin-1"]
    return rng.choice(choices)


def _date_forms(language: str) -> tuple[str, ...]:
    if language in MONTH_FIRST_LANGUAGES:
        return DATE_FORMS
    return tuple(form for form in DATE_FORMS if form != MONTH_FIRST)


def generate(seed: int) -> GeneratedCsv:
    """One export drawn from ``seed`` (the same seed, the same file)."""
    rng = random.Random(seed)
    language = rng.choice(sorted(LANGUAGES))
    spec = LANGUAGES[language]
    names: tuple[str, ...] = spec["names"]  # type: ignore[assignment]
    ways: tuple[str, str] = spec["ways"]  # type: ignore[assignment]
    currency = _CURRENCY[language]
    decimals = 0 if currency in ("JPY", "KRW") else 2
    layout_sign = rng.choice(SIGN_MODES)
    layout: dict[str, object] = {
        "language": language,
        "separator": rng.choice(SEPARATORS),
        "date_form": rng.choice(_date_forms(language)),
        # yen and won have no decimals: "1.792" would be a decimal, so they group with commas
        "number_form": rng.choice(NUMBER_FORMS if decimals else ((",", "."), ("", "."))),
        "sign": layout_sign,
        "header": rng.random() < 0.7,
        "balance": rng.random() < 0.5 or layout_sign == "unsigned",
        "newest_first": rng.random() < 0.3,
        "currency_column": rng.random() < 0.5,
        "encoding": _encoding(rng, language),
        "account_column": rng.random() < 0.3,
        "reference_column": rng.random() < 0.3,
        "shuffled": rng.random() < 0.3,
        "negative_form": rng.choice(NEGATIVE_FORMS),
    }
    layout["preamble"] = rng.randint(0, 3)
    lines = _lines(rng, spec["payees"], decimals)  # type: ignore[arg-type]
    thousands, mark = layout["number_form"]  # type: ignore[misc]

    def money(value: Decimal) -> str:
        return _number(value, thousands, mark, decimals, layout["negative_form"])  # type: ignore[arg-type]

    columns = [0, 1]  # date, description
    columns += {"signed": [2], "direction": [2, 5], "debit_credit": [3, 4], "unsigned": [2]}[
        layout_sign
    ]
    columns += [6] if layout["balance"] else []
    columns += [7] if layout["currency_column"] else []
    columns += [8] if layout["account_column"] else []
    columns += [9] if layout["reference_column"] else []
    if layout["shuffled"]:
        rng.shuffle(columns)
    balance = Decimal(rng.randint(0, 900_000)).scaleb(-decimals)
    iban_sep = rng.choice(("", " "))
    rows = []
    for line in lines:
        balance += line.amount
        cells = {
            0: datetime.combine(line.posted, line.clock).strftime(layout["date_form"]),  # type: ignore[arg-type]
            1: line.payee,  # type: ignore[arg-type]
            2: money(line.amount if layout["sign"] == "signed" else abs(line.amount)),
            3: money(-line.amount) if line.amount < 0 else "",
            4: money(line.amount) if line.amount > 0 else "",
            5: ways[0] if line.amount < 0 else ways[1],
            6: money(balance),
            7: currency,
            8: _iban(rng, language, iban_sep),
            9: rng.choice(("", "RF18")) + str(rng.randint(10**9, 10**12)),
        }
        rows.append([cells[c] for c in columns])
    if layout["newest_first"]:
        rows.reverse()
        lines.reverse()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=layout["separator"], lineterminator="\r\n")  # type: ignore[arg-type]
    writer.writerows(_PREAMBLE[: layout["preamble"]])  # type: ignore[misc]
    if layout["header"]:
        writer.writerow([(*names, *_OTHER_NAMES[language])[c] for c in columns])
    writer.writerows(rows)
    # "Betrag EUR" names the currency over the amount column, not over Soll and Haben
    said = layout["currency_column"] or (
        layout["header"] and language == "de" and layout["sign"] != "debit_credit"
    )
    return GeneratedCsv(
        buffer.getvalue().encode(layout["encoding"]),
        tuple(lines),  # type: ignore[arg-type]
        currency if said else None,
        layout,
    )
