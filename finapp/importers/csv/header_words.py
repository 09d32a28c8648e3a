"""The words bank exports put over their columns, per role and language, as plain data.

They help detection (a named column is taken before its content is weighed) but are no longer
needed: a column no word names is still found by what it holds (:mod:`.content_columns`). The
words are normalised as :func:`finapp.importers.csv.mapping.normalise_name` compares them
(lower case, single spaces, half-width brackets). A name ending in a currency code
(``Amount (EUR)``, ``Betrag EUR``) or symbol (``Betrag (€)``) is compared without it
(:func:`without_currency`). German exports that avoid umlauts write them out (Sparkasse's
``Waehrung``, ``Beguenstigter``): names are compared with umlauts so spelled (:func:`folded`).

Roles: ``date`` (booking or transaction date), ``value_date`` (the interest date, never the
transaction's date when a booking date is there too), ``amount``, ``debit`` (money out),
``credit`` (money in), ``payee`` (description, counterparty), ``memo``, ``balance``,
``currency`` and ``direction`` (a column saying in or out).
"""

from __future__ import annotations

import re

from finapp.importers.csv.currency_marks import currency_of_mark

#: role -> language -> names, best first within a language.
HEADER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "date": {
        "en": ("transaction date", "booking date", "posting date", "date"),
        "zh": ("交易日期", "记账日期", "日期"),
        "de": ("buchungstag", "buchungsdatum", "datum"),
        "nl": ("transactiedatum", "boekingsdatum", "datum"),
        "fr": ("date de l'opération", "date d'opération", "date opération", "date"),
        "es": ("fecha de operación", "fecha operación", "fecha"),
        "it": ("data operazione", "data contabile", "data"),
        "pt": ("data do movimento", "data lançamento", "data de lançamento", "data"),
        "pl": ("data operacji", "data księgowania", "data transakcji", "data"),
        "ru": ("дата совершения операции", "дата операции", "дата проводки", "дата"),
        "ja": ("取引日", "利用日", "日付"),
        "ko": ("거래일자", "거래일", "일자"),
        "sv": ("transaktionsdag", "transaktionsdatum", "bokföringsdag", "bokföringsdatum", "datum"),
        "da": ("dato", "bogføringsdato", "posteringsdato"),
        "no": ("dato", "bokført dato", "utført dato"),
        "fi": ("kirjauspäivä", "tapahtumapäivä", "päivämäärä"),
    },
    "value_date": {
        "en": ("value date",),
        "zh": ("起息日",),
        "de": ("valuta", "valutadatum", "wertstellung"),
        "nl": ("valutadatum", "rentedatum"),
        "fr": ("date de valeur", "valeur"),
        "es": ("fecha valor",),
        "it": ("data valuta", "valuta"),
        "pt": ("data valor",),
        "pl": ("data waluty",),
        "ru": ("дата валютирования",),
        "ja": ("起算日",),
        "ko": ("기산일",),
        "sv": ("valutadag", "valutadatum"),
        "da": ("rentedato",),
        "no": ("rentedato",),
        "fi": ("arvopäivä",),
    },
    "amount": {
        "en": ("amount", "transaction amount"),
        "zh": ("金额", "交易金额"),
        "de": ("betrag", "umsatz"),
        "nl": ("bedrag", "transactiebedrag"),
        "fr": ("montant",),
        "es": ("importe", "monto"),
        "it": ("importo",),
        "pt": ("valor", "montante"),
        "pl": ("kwota", "kwota operacji"),
        "ru": ("сумма в валюте счета", "сумма операции", "сумма"),
        "ja": ("金額", "取引金額"),
        "ko": ("거래금액", "금액"),
        "sv": ("belopp",),
        "da": ("beløb",),
        "no": ("beløp",),
        "fi": ("määrä", "summa"),
    },
    "debit": {
        "en": ("debit", "money out", "withdrawal"),
        "zh": ("支出", "借方金额"),
        "de": ("soll", "belastung", "ausgang"),
        "nl": ("af", "debet"),
        "fr": ("débit",),
        "es": ("cargo", "cargos", "débito"),
        "it": ("uscite", "addebiti", "dare"),
        "pt": ("débito", "saída"),
        "pl": ("obciążenia", "wydatki"),
        "ru": ("расход", "списание"),
        "ja": ("出金", "お引出し", "支払金額"),
        "ko": ("출금", "출금액", "찾으신금액"),
        "no": ("ut fra konto", "ut"),
    },
    "credit": {
        "en": ("credit", "money in", "deposit"),
        "zh": ("收入", "贷方金额"),
        "de": ("haben", "gutschrift", "eingang"),
        "nl": ("bij", "credit"),
        "fr": ("crédit",),
        "es": ("abono", "abonos", "crédito"),
        "it": ("entrate", "accrediti", "avere"),
        "pt": ("crédito", "entrada"),
        "pl": ("uznania", "wpływy"),
        "ru": ("приход", "зачисление"),
        "ja": ("入金", "お預入れ"),
        "ko": ("입금", "입금액", "맡기신금액"),
        "no": ("inn på konto", "inn"),
    },
    "payee": {
        # New Zealand's and Australia's banks write "Details", "Narrative" or "Particulars"
        "en": (
            "description",
            "payee",
            "counterparty",
            "name",
            "details",
            "transaction details",
            "narrative",
            "particulars",
        ),
        "zh": ("交易对方", "摘要"),
        # the other party before the booking type (``Buchungstext``: KARTENZAHLUNG, Lastschrift)
        "de": (
            "auftraggeber/empfänger",
            "begünstigter/zahlungspflichtiger",
            "auftraggeber / begünstigter",
            "empfänger",
            "beschreibung",
            "buchungstext",
            "text",  # a Swiss bank's download: Datum, Text, Betrag
        ),
        "nl": ("naam / omschrijving", "omschrijving", "naam tegenpartij", "tegenpartij"),
        "fr": ("libellé", "libellé de l'opération", "bénéficiaire", "description"),
        "es": ("concepto", "descripción", "beneficiario"),
        "it": ("descrizione", "causale", "beneficiario"),
        "pt": ("descrição", "histórico", "favorecido"),
        "pl": ("opis", "opis operacji", "kontrahent", "odbiorca"),
        "ru": ("описание операции", "описание", "назначение платежа", "контрагент"),
        "ja": ("摘要", "取引内容", "お取引内容", "内容"),
        "ko": ("적요", "거래내용", "내용"),
        # Nordea's ``Namn`` is the other party; its Avsändare and Mottagare are the accounts'
        # numbers (a bankgiro's ``824-3040``), kept only when no column names a party
        "sv": ("namn", "text", "beskrivning", "mottagare"),
        "da": ("tekst", "beskrivelse", "modtager"),
        "no": ("tekst", "beskrivelse", "forklaring", "mottaker"),
        "fi": ("saaja/maksaja", "selite"),
    },
    "memo": {
        "en": ("memo", "reference", "notes"),
        # 摘要 is the payee where no column names the other party, else the bank's word for
        # the line (建设银行's 交易明细: 对方户名 某商户, 摘要 午餐); 交易地点 where it has none
        "zh": ("备注", "附言", "摘要", "交易地点"),
        "de": ("verwendungszweck",),
        "nl": ("mededelingen", "omschrijving-1"),
        "fr": ("référence", "commentaire"),
        "es": ("referencia", "observaciones"),
        "it": ("riferimento", "note"),
        "pt": ("referência", "observações"),
        "pl": ("tytuł", "tytuł operacji"),
        "ru": ("комментарий", "примечание"),
        "ja": ("メモ", "備考"),
        "ko": ("메모", "비고"),
        "sv": ("meddelande", "rubrik", "egna anteckningar"),
        "da": ("besked",),
        "no": ("melding",),
        "fi": ("viesti",),
    },
    "balance": {
        "en": ("balance", "running balance"),
        "zh": ("余额", "账户余额"),
        "de": ("saldo", "kontostand"),
        "nl": ("saldo", "saldo na mutatie"),
        "fr": ("solde",),
        "es": ("saldo",),
        "it": ("saldo",),
        "pt": ("saldo",),
        "pl": ("saldo", "saldo po operacji"),
        "ru": ("остаток", "баланс"),
        "ja": ("残高", "差引残高"),
        "ko": ("잔액", "거래후잔액"),
        "sv": ("saldo", "behållning"),
        "da": ("saldo",),
        "no": ("saldo",),
        "fi": ("saldo",),
    },
    "currency": {
        "en": ("currency",),
        "zh": ("币种",),
        "de": ("währung",),
        "nl": ("valuta", "munt"),
        "fr": ("devise",),
        "es": ("divisa", "moneda"),
        "it": ("divisa", "valuta"),
        "pt": ("moeda",),
        "pl": ("waluta",),
        "ru": ("валюта", "валюта операции"),
        "ja": ("通貨",),
        "ko": ("통화",),
    },
    "direction": {
        "en": ("debit/credit", "credit/debit", "dr/cr", "income/expense", "type"),
        "zh": ("收/支", "借贷"),
        "de": ("soll/haben", "s/h"),
        "nl": ("af bij", "af/bij", "creditdebet", "credit/debet", "debet/credit"),
        "fr": ("sens", "débit/crédit"),
        "es": ("tipo", "cargo/abono"),
        "it": ("segno", "dare/avere"),
        "pt": ("tipo", "d/c"),
        "pl": ("typ", "rodzaj"),
        "ru": ("тип операции", "приход/расход"),
        "ja": ("入出金", "区分"),
        "ko": ("구분", "입출금구분"),
    },
}

_CURRENCY_SUFFIX = re.compile(r"\s*(?:\(([a-z]{3})\)|\[([a-z]{3})\]|\b([a-z]{3}))$")
#: a currency symbol in brackets ending a name: DKB's ``Betrag (€)``, ``Amount (£)``
_SYMBOL_SUFFIX = re.compile(r"\s*[(\[]\s*([^\w\s()\[\]])\s*[)\]]$")
#: a currency spelled out ending a name: Crédit Agricole's ``Débit euros``, ``Montant en euros``
_WORD_SUFFIX = re.compile(r"\s+(?:en\s+)?\(?(euros?)\)?$")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
#: codes a name may end in; a plain word ending ("date", "soll") must not lose three letters
_CODES = frozenset(
    (
        "eur",
        "usd",
        "gbp",
        "chf",
        "cad",
        "aud",
        "cny",
        "hkd",
        "jpy",
        "krw",
        "rub",
        "pln",
        "czk",
        "huf",
        "sek",
        "nok",
        "dkk",
        "brl",
        "mxn",
        "inr",
        "sgd",
        "nzd",
        "try",
        "uah",
    )
)


def words_for(role: str) -> tuple[str, ...]:
    """Every language's names for ``role``, without repeats, in the table's order."""
    return tuple(dict.fromkeys(w for words in HEADER_WORDS[role].values() for w in words))


def folded(name: str) -> str:
    """A normalised name with its umlauts written out (``währung`` as ``waehrung``), so both
    spellings of a German word compare equal."""
    return name.translate(_UMLAUTS)


def without_currency(name: str) -> tuple[str, str | None]:
    """``("betrag", "EUR")`` for ``betrag eur``, ``betrag (€)`` or ``débit euros``; the name
    unchanged and None otherwise."""
    symbol = _SYMBOL_SUFFIX.search(name)
    if symbol is not None:
        code = currency_of_mark(symbol.group(1))
        stem = name[: symbol.start()].strip()
        return (stem, code) if code and stem else (name, None)
    spelled = _WORD_SUFFIX.search(name)
    if spelled is not None and spelled.start() > 0:
        return name[: spelled.start()].strip(), "EUR"
    match = _CURRENCY_SUFFIX.search(name)
    if match is None:
        return name, None
    code = next(g for g in match.groups() if g)
    stem = name[: match.start()].strip()
    if code not in _CODES or not stem:
        return name, None
    return stem, code.upper()
