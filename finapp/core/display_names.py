"""The name a person knows a payee by, from the words a bank prints.

Statement lines carry descriptors ("SPOTIFY P1A2B3C4D5 STOCKHOLM SE", "APPLE.COM/BILL
866-712-7753 CA", "支付宝-爱奇艺会员"); a merchant key (:mod:`finapp.core.merchant`) keeps them
apart but is no name to show: it is cut to two words ("GLOBEX DIR", "CITY OF"). Here a line gets
its display name, in this order:

1. a salary ("GLOBEX CORP DIR DEP" → "Salary — Globex"), a card's payment ("AUTOMATIC
   PAYMENT - THANK YOU" → "Chase card payment", the issuer from the line or the account; the
   checking side "AMERICAN EXPRESS ACH PMT" → "American Express card payment"), a
   bank's interest ("Interest"), cash from a machine ("Cash withdrawal", whichever bank's),
   cash or a cheque paid in ("Cash deposit"; "Check deposit": Chase's "REMOTE ONLINE DEPOSIT",
   Wells Fargo's "MOBILE DEPOSIT : REF NUMBER …", once named "Remote") or a transfer
   ("Transfer to Savings", "Payment to Kowalski"):
   names in the namer's own words, kept as a :class:`MadeName` (a kind and its subject) so
   that the app can word them in the user's language while the CLI and exports keep English;
2. a well-known brand or service from the shipped table ``resources/merchants.json``, English
   and Chinese, the longest match winning ("Apple Music" over "Apple");
3. else the descriptor's own words, without processor prefixes, reference and store numbers,
   phone numbers, city/state tails and ACH codes, title-cased with acronyms kept ("City of
   Springfield Water"); Chinese keeps its Han text without the payment app's prefix or the
   company form.

The user's own name for a merchant comes before all of these; it lives in the store
(:mod:`finapp.services.payee_names`). The table's patterns are matched in one pass over the line
by an Aho–Corasick automaton, and each line's answer is remembered: a long history repeats its
payees, so 300k lines cost a few thousand namings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeGuard

from ahocorasick_rs import AhoCorasick

from finapp.core.bank_text import from_fields
from finapp.core.card_payments import CARD_PAYEE
from finapp.core.counterparty import name_words_of, party_of
from finapp.core.merchant import NOISE_WORDS, memo_names_merchant, merchant_key, name_words
from finapp.core.money import from_minor
from finapp.core.rule_index import REMEMBERED
from finapp.core.wallet_funding import from_marker
from finapp.tr_marks import fill

#: a card as a bank's list of bill payees names it (:data:`~finapp.core.card_payments.CARD_PAYEE`)
_CARD_PAYEE = re.compile(CARD_PAYEE, re.IGNORECASE)
#: between a salary's word and its employer ("Salary — Globex")
SALARY_DASH = " — "
_HAN = re.compile(r"[\u3400-\u9fff]")
#: TD's payroll channel, printed after the employer's payroll word ("UHN PAYROLL      PAY"):
#: no part of the employer's name (elsewhere PAY is one: "APPLE PAY", "SAMSUNG PAY")
_PAYROLL_CHANNEL = re.compile(r"(?<=PAYROLL)\s+PAY\s*$", re.IGNORECASE)
#: what folding turns into a space: anything but letters, digits, Han and the "+" of "Disney+"
_NOT_WORD = re.compile(r"[^\w+&]+|_")
#: a ticket or reference number glued to the word before it ("AMERICAN AIR0012345678901")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])(?=\d{6,})")
#: ACH and bank codes that name nothing ("PPD ID", "WEB ID", "DIR DEP", "INDN:")
_CODES = frozenset({
    "PPD", "CCD", "WEB", "TEL", "DES", "INDN", "PMTS", "PYMT", "PMNT", "XFER", "TRN", "REF",
    "CKCD", "DIR", "DEP", "AUTOPAY", "EPAY", "CRD", "DBT", "PAID", "PAYROLL", "SALARY",
    "DIRECT", "DEPOSIT", "AUTOMATIC", "THANK", "YOU", "MSBILL", "INFO", "GOSQ",
})  # fmt: skip
#: words kept in capitals: initials people say letter by letter; one without a vowel is kept
#: anyway (:func:`_initials`), one with a vowel must be listed ("AEP OHIO" is AEP Ohio)
_ACRONYMS = frozenset({
    "ATM", "HOA", "HBO", "IBM", "USPS", "UPS", "IRS", "KFC", "DMV", "BMW", "CVS", "HSBC",
    "USAA", "NYC", "AMC", "ESPN", "ADP", "TD", "BP", "YMCA", "LA", "NY", "DC", "UK", "EU",
    "USA", "US", "TV", "PC", "AI", "ICBC", "BOCOM", "CITIC", "BMO", "CIBC", "IGA", "SAQ", "LCBO",
    "EE", "NHS", "DVLA", "HMRC", "TFL", "BBC", "ITV", "RAC", "ING", "ABN", "AMRO", "BNP", "EDF",
    "SNCF", "RATP", "DKB", "ADAC", "AOK", "BBVA", "TIM", "ANWB", "EMT", "NS",
    # US utilities and services said letter by letter, though a vowel makes them look like words
    "AEP", "DTE", "BGE", "PSEG", "SCE", "APS", "TXU", "ADT", "AAA", "AARP", "TIAA",
})  # fmt: skip
#: stands for a lone "&" ("CITY POWER & LIGHT") while words are cleaned: one letter is dropped
_AMPERSAND = "AMPERSAND"
#: stands for the "'S" of a possessive ("BOB'S TOOLS"), which the words of a name would lose
_POSSESSIVE = "POSSESSIVE"
_APOSTROPHE_S = re.compile(r"(?<=[A-Za-z])['’][Ss]\b")
#: stands before the word an elided article or preposition is joined to ("L'OCCITANE",
#: "SOCIETE D'ASSURANCE", "DELL'ANGELO", "O'REILLY"), which the words of a name glued together
#: ("Loccitane", "Dassurance"); the elided word follows it in the token ("ELIDEDL")
_ELIDED = "ELIDED"
_ELISION = re.compile(r"\b(L|D|J|QU|DELL|DALL|ALL|NELL|SULL|O)['’](?=[^\W\d_])", re.IGNORECASE)
#: elided words written with a capital wherever they stand ("O'Reilly"); the others only first
_ELIDED_CAPITAL = frozenset({"O"})
#: bank abbreviations spelt out in a name ("CITY OF SPRINGFIELD WATER UTIL")
_SPELT_OUT = {
    "CHK": "Checking", "SAV": "Savings", "SVGS": "Savings", "UTIL": "Utilities",
    "MGMT": "Management", "SVC": "Service", "SVCS": "Services", "DEPT": "Department",
    "ASSN": "Association", "INTL": "International", "CTR": "Center", "MKT": "Market",
    "MTG": "Mortgage", "INS": "Insurance", "ST": "St", "AVE": "Ave", "BLVD": "Blvd",
    "RD": "Rd", "DR": "Dr", "HWY": "Hwy",
}  # fmt: skip
#: what marks a transfer between one's own accounts ("TO SAV XXXXX4471", "FROM CHK 1234"); a
#: transfer to anyone else ("WIRE TRANSFER TO M KOWALSKI") is a payment to that person
_OWN_ACCOUNT = re.compile(
    r"\b(?:SAV|SVGS|SAVINGS|CHK|CHECKING|ACCT|ACCOUNT|CARD|LOAN|BROKERAGE|IRA|MMA)\b"
    r"|\bX+\d{2,}|\*\d{2,}|\b\d{4,}\b"
)
_REFERENCE = re.compile(r"\b(?:REF|CONF|TRN|ID)\b\W*\S*")
#: one's own account printed by its kind and number alone ("ACCOUNT ENDING IN 1234",
#: "XXXXXX1234", "CREDIT CARD ENDING 4321"): named by them, as "Account Ending" or nothing at
#: all says nothing
_ACCOUNT_ENDING = re.compile(
    r"^\W*(?P<kind>ACCOUNT|ACCT|CREDIT\s+CARD|CARD|LOAN)?\W*"
    r"(?:ENDING\W+(?:IN\W+)?|NO\W*|#\W*)?(?:X+|\.{2,}|…|\*)?\d*(?P<last>\d{4})\W*$",
    re.IGNORECASE,
)
#: how an account printed by its number is named, by the kind printed before it
_ACCOUNT_KINDS = {"CREDIT CARD": "Credit Card", "CARD": "Card", "LOAN": "Loan"}
#: a double name as printed ("GATHERUM-LUCKER"), whose hyphen a person's name keeps
_DOUBLE_NAME = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})+\b")
#: an issuer's own last word "card" ("Visa card"), which the card payment's words say again
_CARD_WORD = re.compile(r"\s+card$", re.IGNORECASE)
#: an abbreviation cut short where the statement's column ends ("SUNRISE PROPERTY MG"), as the
#: word it was; only a name's last word, and only after two others, is taken to be cut
_CUT_SHORT = {"MG": "MGMT", "MGM": "MGMT", "UTI": "UTIL", "SVG": "SVGS"}
#: a name that starts with a number joined to its first word ("24-HOUR FITNESS", "1-800-FLOWERS"):
#: the number is part of the name, where elsewhere a number is a store's or a reference
_NUMBERED = re.compile(r"^\s*((?:\d{1,4}-)+)(?=[^\W\d_])")
#: words kept lower-case inside a name ("City of Springfield")
_SMALL = frozenset({"OF", "AND", "FOR", "THE", "AT", "IN", "ON"})
#: with the vowels of the Latin languages finapp's users bank in: "LØN", "LÖN", "BÄR" are words
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
#: a Latin word inside a Chinese descriptor ("全家FAMILYMART", "爱奇艺VIP会员")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
#: a person's name as a payment app writes its To and From ("Dana Ortiz", "Mary-Kate O'Neil"):
#: two or three capitalised words of letters. The note beside it is the user's own words: paid
#: "uber home", Dana Ortiz was named Uber
_PERSON = re.compile(r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*(?: [A-Z][a-z]*(?:['-][A-Z]?[a-z]+)*){1,2}")
#: glued to Chinese, a capital word this short is initials ("VIP", "ABC", "KTV"), kept as printed
_HAN_INITIALS = 3
#: words that make a cash machine's line its fee, not a withdrawal ("ATM WITHDRAWAL FEE")
_FEE = re.compile(r"\b(?:fee|surcharge)\b|手续费")
#: a name is this many words at most: "City of Springfield Water Util" but not its branch
_MAX_WORDS = 5
#: how a checking line words a payment (folded): beside a card issuer's name ("AMERICAN
#: EXPRESS ACH PMT", "CAPITAL ONE MOBILE PMT", TD's bill payment "BMO MASTERCARD   BPY") it
#: is that card's bill paid
_PAYMENT = re.compile(r"\b(?:pmt|pymt|payment|autopay|auto pay|epay|epayment|e payment|bpy)\b")
#: what an issuer's bank also lends for: its payment is a loan's, not a card's
_LOAN = re.compile(r"\b(?:mortgage|mtg|loans?|lease|heloc|equity|finance|student|carpay)\b")


#: how RBC prints a payment from a government in Description 1, the level of government alone,
#: with the program in Description 2 ("Federal Payment" with "CANADA CHILD BENEFIT" or
#: "GST/HST CREDIT", "Prov/Local Gvt Payment"): the program is its name, as a bank's way of
#: paying alone ("Misc Payment") is named by the merchant after it
_GOVERNMENT_PAYMENT = re.compile(
    r"(?:FEDERAL|PROVINCIAL|PROV\s*/\s*LOCAL\s+GVT)\s+PAYMENT", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class MadeName:
    """A name the namer composes of its own words around the line's ("Salary — Globex",
    "Chase card payment", "Payment to Kowalski"), as a code and its subject.

    Its words are the namer's, so each face words it in its reader's language: the CLI, the
    store and exports keep :meth:`english`; the app words the kind in the interface's language
    and keeps the subject (an employer, a bank, a person, an account) as the line has it.
    """

    kind: str
    #: who or what the name is about; "" when the line does not say ("Card payment")
    subject: str = ""

    def english(self) -> str:
        """The name as the CLI, the store and exports write it."""
        with_subject, bare = MADE_NAMES[self.kind]
        return fill(with_subject, (self.subject,)) if self.subject else bare


#: kind → its English with a subject (at ``%1``) and without one; the app has the same pairs
MADE_NAMES: dict[str, tuple[str, str]] = {
    "salary": (f"Salary{SALARY_DASH}%1", "Salary"),
    "card_payment": ("%1 card payment", "Card payment"),
    "interest": ("%1 interest", "Interest"),
    "transfer_to": ("Transfer to %1", "Transfer to"),
    "transfer_from": ("Transfer from %1", "Transfer from"),
    "payment_to": ("Payment to %1", "Payment to"),
    "payment_from": ("Payment from %1", "Payment from"),
    "zelle_to": ("Zelle to %1", "Zelle to"),
    "zelle_from": ("Zelle from %1", "Zelle from"),
    #: a Zelle line that says no way (Bank of America's): the amount's sign tells it
    "zelle": ("Zelle · %1", "Zelle payment"),
    "venmo_to": ("Venmo to %1", "Venmo to"),
    "venmo_from": ("Venmo from %1", "Venmo from"),
    #: money moved between one's own accounts, both ways (see :mod:`finapp.core.both_ways`)
    "transfer_either_way": ("Transfer · %1", "Transfer between accounts"),
    #: cash from a machine or a counter: not a payee, whichever bank's machine paid it out
    "cash_withdrawal": ("Cash withdrawal · %1", "Cash withdrawal"),
    #: cash paid in at a machine or a counter; a cheque paid in from a phone, a machine or a
    #: branch's scanner
    "cash_deposit": ("Cash deposit · %1", "Cash deposit"),
    "check_deposit": ("Check deposit · %1", "Check deposit"),
    #: a stream of cheques paid out (:func:`stream_name`): named by its amount, as the
    #: cheques name no payee and a cheque's number is no name of the next one
    "check_for": ("Check for %1", "Checks"),
    #: a cheque paid out, by its number ("CHECK 1045" is Check #1045): its payee is not printed
    "check": ("Check #%1", "Check"),
}
#: each kind's English with a subject as a pattern, the subject captured
_MADE_PATTERNS = tuple(
    (kind, re.compile("^" + re.escape(with_subject).replace("%1", "(.+)") + "$", re.DOTALL))
    for kind, (with_subject, _) in MADE_NAMES.items()
)
_MADE_BARE = {bare: kind for kind, (_, bare) in MADE_NAMES.items()}
#: a cheque paid out as banks print it: Chase's "CHECK 1045", "CHECK # 1043", Capital One's
#: "Check #1043 Cashed", an OFX "CHECK" with its number elsewhere
_CHEQUE_PAID = re.compile(
    r"(?:CHECK|CHEQUE|CHK|CHQ)(?:\s+PAID)?\s*(?:#|NO\.?)?\s*0*(?P<number>\d+)?"
    r"(?:\s+(?:CASHED|PAID))?",
    re.IGNORECASE,
)


def _says_cheque(memo: str) -> bool:
    """Whether a cheque's memo says no more than that it is one: none, Chase's ``CHECK`` (its
    Details column) or the cheque's number again."""
    said = memo.strip()
    return not said or said.isdigit() or _CHEQUE_PAID.fullmatch(said) is not None


def stream_name(line_name: str, amount_minor: int, currency: str) -> str:
    """The name of a recurring stream whose latest line is named ``line_name``: that name,
    but for cheques. A cheque names no payee, and the latest one's number is no name of the
    next ("Check #1049 is due on 2026-11-26" would be a cheque already cashed): cheques of one
    amount on a schedule (lawn care, rent paid by cheque) are named by it and its currency,
    "Check for 180.00 USD" (the window words the amount as it words money, "Check for
    $180.00"), until the user names them."""
    made = made_name(line_name)
    if made is None or made.kind != "check":
        return line_name
    amount = from_minor(abs(amount_minor), currency)
    return MadeName("check_for", f"{amount} {currency}").english()


@lru_cache(REMEMBERED)
def made_name(shown: str) -> MadeName | None:
    """The made name an English display name reads as, None for any other (a brand's, the
    descriptor's own words, the user's own).

    Names reach the faces as the English the store keeps (subscriptions, alerts' facts);
    this reads them back. A brand's or a descriptor's name never reads as one: the shipped
    brands are checked by a test, and descriptor words are title-cased ("Card Payment"), where
    a made name keeps its own words lower-case ("Chase card payment", "Payment to …").
    """
    kind = _MADE_BARE.get(shown)
    if kind is not None:
        return MadeName(kind)
    for kind, pattern in _MADE_PATTERNS:
        found = pattern.match(shown)
        if found and found.group(1).strip():
            return MadeName(kind, found.group(1))
    return None


@dataclass(frozen=True, slots=True)
class Brand:
    """A well-known payee: its name, the words its lines carry, whether it issues cards."""

    name: str
    patterns: tuple[str, ...]
    issuer: bool = False
    #: longer words that hold a pattern but name another payee ("american air conditioning")
    unless: tuple[str, ...] = ()
    #: it sells others' services: a line naming it is named by the brand its goods name
    #: (Alipay's ``App Store & Apple Music`` with ``iCloud+ 50GB`` is iCloud)
    storefront: bool = False


#: what a brand's ``unless`` words find: no brand, the line named by its own words
_NOT_THE_BRAND = object()


@dataclass(frozen=True, slots=True)
class Table:
    """The shipped table: brands, and the words marking a salary, a card payment, a payment
    app's prefix ("支付宝-"), a bank's interest, cash taken out and money paid in."""

    brands: tuple[Brand, ...]
    salary: tuple[str, ...]
    card_payment: tuple[str, ...]
    payment_apps: tuple[str, ...]
    interest: tuple[str, ...] = ()
    cash_withdrawal: tuple[str, ...] = ()
    cash_deposit: tuple[str, ...] = ()
    check_deposit: tuple[str, ...] = ()


def fold(text: str) -> str:
    """``text`` as patterns compare it: case-folded, punctuation and runs of spaces one space,
    a long number glued to a word apart from it."""
    return " ".join(_NOT_WORD.sub(" ", _GLUED_NUMBER.sub(" ", text.casefold())).split())


@lru_cache(1)
def shipped_table() -> Table:
    """``resources/merchants.json``, read once."""
    text = resources.files("finapp.resources").joinpath("merchants.json").read_text("utf-8")
    data = json.loads(text)
    return Table(
        brands=tuple(
            Brand(
                b["name"],
                tuple(b["patterns"]),
                bool(b.get("issuer")),
                tuple(b.get("unless", ())),
                bool(b.get("storefront")),
            )
            for b in data["brands"]
        ),
        salary=tuple(data["salary"]),
        card_payment=tuple(data["card_payment"]),
        payment_apps=tuple(data["payment_apps"]),
        interest=tuple(data["interest"]),
        cash_withdrawal=tuple(data["cash_withdrawal"]),
        cash_deposit=tuple(data["cash_deposit"]),
        check_deposit=tuple(data["check_deposit"]),
    )


class _Finder:
    """Which of many folded patterns a folded text holds as whole words (Han: anywhere)."""

    def __init__(self, patterns: Iterable[tuple[str, object]]) -> None:
        by_text: dict[str, object] = {}
        for pattern, value in patterns:
            by_text.setdefault(fold(pattern), value)
        self._texts = list(by_text)
        self._values = list(by_text.values())
        self._automaton = AhoCorasick(self._texts)

    def longest(self, folded: str) -> object | None:
        """The value of the longest pattern found, None if none is."""
        best, size = None, 0
        for index, start, end in self._automaton.find_matches_as_indexes(folded, overlapping=True):
            if end - start > size and _whole(folded, start, end):
                best, size = self._values[index], end - start
        return best


def _whole(text: str, start: int, end: int) -> bool:
    """Latin patterns match whole words ("citi" is not in "citizens"); Han ones anywhere."""
    if _HAN.match(text[start]) or _HAN.match(text[end - 1]):
        return True
    return (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] == " ")


class Namer:
    """Display names of statement lines by one table, each line's answer remembered."""

    def __init__(self, table: Table) -> None:
        self._brands = _Finder(
            [*((p, brand) for brand in table.brands for p in brand.patterns),
             *((u, _NOT_THE_BRAND) for brand in table.brands for u in brand.unless)]
        )  # fmt: skip
        self._salary = _Finder((p, True) for p in table.salary)
        self._card = _Finder((p, True) for p in table.card_payment)
        self._interest = _Finder((p, True) for p in table.interest)
        self._cash = _Finder((p, True) for p in table.cash_withdrawal)
        #: what is paid in, found before cash taken out: "ATM CASH DEPOSIT" holds "atm cash"
        self._deposits = _Finder(
            [*((p, "cash_deposit") for p in table.cash_deposit),
             *((p, "check_deposit") for p in table.check_deposit)]
        )  # fmt: skip
        #: the spelling of a one-word brand ("FamilyMart", "DoorDash") by its folded word
        self._spellings = {
            fold(brand.name): brand.name for brand in table.brands if brand.name.isalpha()
        }
        self._apps = tuple(sorted(table.payment_apps, key=len, reverse=True))
        #: Chinese salary words, longest first: taken out of a line to leave its employer
        self._han_salary = sorted(
            (w for w in table.salary if _HAN.search(w)), key=len, reverse=True
        )
        #: the Latin salary words as printed, whole ("DIR DEP", "Payroll")
        self._latin_salary = re.compile(
            r"(?<![^\W\d_])(?:"
            + "|".join(r"\s+".join(map(re.escape, w.split())) for w in table.salary
                       if not _HAN.search(w))
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        )  # fmt: skip
        #: ``name(payee, memo="", issuer="")``: the display name of one statement line
        self.name: Callable[..., str] = lru_cache(REMEMBERED)(self._name)

    def _name(self, payee: str, memo: str = "", issuer: str = "") -> str:
        """``issuer`` names a card payment whose line does not (the card account's bank)."""
        payee, memo = from_fields(payee), from_fields(memo)
        if memo_names_merchant(payee, memo) or _government_program(payee, memo):
            payee, memo = memo, ""  # the payee is how it was paid, or who paid, not what
        payee = _without_bank_words(payee)
        folded = fold(f"{payee} {memo}")
        brand = self._brands.longest(folded)
        # a brand in a payment's note only is not whom it paid
        if (
            brand is not None
            and _paid_person_a_note(payee, memo)
            and not self._brands.longest(fold(payee))
        ):
            return " ".join(payee.split())
        if isinstance(brand, Brand) and brand.storefront and memo.strip():
            sold = self._brands.longest(fold(memo))
            brand = sold if isinstance(sold, Brand) and not sold.storefront else brand
        made = self._made(payee, memo, issuer, folded, brand)
        if made is not None:
            return made.english()
        if isinstance(brand, Brand):
            return brand.name
        return self._own_words(payee, memo) or " ".join(payee.split()) or " ".join(memo.split())

    def _made(
        self, payee: str, memo: str, issuer: str, folded: str, brand: object
    ) -> MadeName | None:
        """A salary, a card's payment, cash, a deposit or a transfer, named in the namer's own
        words."""
        cheque = _CHEQUE_PAID.fullmatch(payee.strip())
        if cheque is not None and _says_cheque(memo):
            return MadeName("check", cheque["number"] or "")
        deposit = self._deposits.longest(folded)
        if isinstance(deposit, str):
            return MadeName(deposit)
        if self._cash.longest(folded) and not _FEE.search(folded):
            return MadeName("cash_withdrawal")
        network = _CARD_PAYEE.match(payee)
        if network is not None:  # "MASTERCARD, WALMART": the card, by its issuer
            issuer = payee[network.end() :]
            found = self._brands.longest(fold(issuer))
            named = found.name if isinstance(found, Brand) else self._own_words(issuer, "")
            return MadeName("card_payment", named)
        if self._card.longest(folded):
            found = brand.name if isinstance(brand, Brand) and brand.issuer else issuer
            # a card account named "Visa card" pays as "Visa card payment", not "… card card …"
            return MadeName("card_payment", _CARD_WORD.sub("", found))
        if self._interest.longest(folded):  # "CHASE INTEREST PAYMENT": the bank's, if it says
            return MadeName("interest", brand.name if isinstance(brand, Brand) else "")
        if self._salary.longest(folded):
            employer = brand.name if isinstance(brand, Brand) else self._employer(payee, memo)
            return MadeName("salary", employer)
        if _pays_issuer(brand, folded):  # "AMERICAN EXPRESS ACH PMT" out of checking
            return MadeName("card_payment", brand.name)
        # an OFX NAME is cut at 32 characters ("ONLINE TRANSFER TO VANGUARD BROK"); its MEMO then
        # often holds the whole line, account number included
        cut_short = memo.upper().startswith(payee.upper().rstrip()) and len(memo) > len(payee)
        party = party_of(memo if payee.strip() and cut_short else payee)
        if party is None:
            return None
        ending = _ACCOUNT_ENDING.match(party.printed)
        if ending is not None:
            kind = " ".join((ending["kind"] or "").upper().split())
            other = f"{_ACCOUNT_KINDS.get(kind, 'Account')} …{ending['last']}"
        else:
            other = _with_double_names(_party_name(party.printed), party.printed)
        by = "transfer" if party.by == "wire" else party.by
        account = _OWN_ACCOUNT.search(_REFERENCE.sub(" ", party.printed))  # a reference's digits
        if by == "transfer" and other and account is None:  # name no account
            by = "payment"  # to or from a person: not money moved between own accounts
        return MadeName(f"{by}_{party.way}" if party.way else by, other)

    def _own_words(self, payee: str, memo: str) -> str:
        """The descriptor's own words, cleaned: the payee's, or the memo's when the payee names
        nothing ("POS PURCHASE", "/")."""
        for text in (payee, memo):
            if not text.strip():
                continue
            if _HAN.search(text):
                return _LATIN_WORD.sub(self._latin_cased, _han_name(self._without_app(text)))
            words = self._words_of(text)
            if words:
                return _as_printed(words, text)
        return ""

    def _employer(self, payee: str, memo: str) -> str:
        """Who pays a salary: the line's words without the salary's ("代发工资" with the
        employer "深圳市腾讯计算机系统有限公司" in the memo is 腾讯's, "LOHN/GEHALT GLOBEX GMBH"
        Globex's)."""
        for text in (payee, memo):
            for marker in self._han_salary:
                text = text.replace(marker, " ")
            text = self._before_salary(_PAYROLL_CHANNEL.sub("", text))
            found = self._own_words(self._latin_salary.sub(" ", text), "")
            if found:
                return found
        return ""

    def _before_salary(self, text: str) -> str:
        """A Latin line's words before its salary word when there are any: an ACH credit
        prints the company, then what it pays, then the date, a number and the person paid
        ("ACME CORP PAYROLL 261028 0000123456 DOE JOHN" is Acme's, not "Acme Doe John")."""
        marker = self._latin_salary.search(text)
        if marker is None or not _LATIN_WORD.search(text, 0, marker.start()):
            return text
        return text[: marker.start()]

    @staticmethod
    def _words_of(text: str) -> str:
        """A Latin descriptor's words without codes and numbers, as a name ("" if none)."""
        numbered = _NUMBERED.match(text)
        if numbered:
            text = text[numbered.end() :]
        text = _APOSTROPHE_S.sub(f" {_POSSESSIVE}", text.replace(" & ", f" {_AMPERSAND} "))
        text = _ELISION.sub(lambda found: f" {_ELIDED}{found.group(1).upper()} ", text)
        words = [w for w in name_words(text) if w not in _CODES]
        if len(words) >= 3 and words[-1] in _CUT_SHORT:
            words[-1] = _CUT_SHORT[words[-1]]
        name = title_case(words[:_MAX_WORDS])
        # the number only with the word it is joined to ("4-H CLUB" keeps no "4-Club")
        if numbered and words and text.upper().startswith(words[0]):
            return numbered.group(1) + name
        return name

    def _latin_cased(self, word: re.Match[str]) -> str:
        """A capital word glued to Chinese as a name spells it ("全家FAMILYMART" is 全家's
        FamilyMart): a brand's own spelling, initials as printed, else title case."""
        printed = word.group()
        if len(printed) <= _HAN_INITIALS:
            return printed
        return self._spellings.get(printed.casefold()) or title_case([printed.upper()])

    def _without_app(self, text: str) -> str:
        """ "支付宝-爱奇艺会员" → "爱奇艺会员": the payment app is how it was paid, not to whom
        (and "消费 支付宝-爱奇艺会员" too: the line's kind goes with it)."""
        text = from_marker(text, self._apps) or text.strip()
        for app in self._apps:
            if text.startswith(app) and len(text) > len(app):
                return text[len(app) :]
        return text


#: the kind of line a Chinese card prints before the shop (交通银行's ``消费 中国石化…``,
#: ``退货 …``): how the money moved, no part of the name
_BANK_KIND = re.compile(r"^\s*(?:消费|退货|退款|取现|预授权完成)\s+(?=\S)")
#: the country 中国银行's card glues to a shop's name (``华润万家深圳南山店CHN``), after Chinese,
#: a closing bracket or a lower-case letter (``…Apple MusicCHN``): no part of the name
_GLUED_COUNTRY = re.compile(r"(?<=[\u3400-\u9fff)）a-z])CHN\s*$")


def _without_bank_words(payee: str) -> str:
    """The payee without the card's kind of line before it and the country glued after it."""
    return _GLUED_COUNTRY.sub("", _BANK_KIND.sub("", payee))


def _paid_person_a_note(payee: str, memo: str) -> bool:
    """Whether the line pays or is paid by a person by name with a note of the user's own
    beside it (a Venmo or Cash App payment): a brand in the note is not whom it paid."""
    return bool(memo.strip()) and _PERSON.fullmatch(payee.strip()) is not None


def _government_program(payee: str, memo: str) -> bool:
    """Whether the payee is only a government's level (:data:`_GOVERNMENT_PAYMENT`) and the
    memo the program it paid: both of a family's benefits were named "Federal"."""
    return bool(memo.strip()) and _GOVERNMENT_PAYMENT.fullmatch(payee.strip()) is not None


def _pays_issuer(brand: object, folded: str) -> TypeGuard[Brand]:
    """Whether a line names a card's issuer and a payment, and no loan: the card's bill paid
    from the bank account, whichever words the issuer chose for it."""
    return (
        isinstance(brand, Brand)
        and brand.issuer
        and _PAYMENT.search(folded) is not None
        and _LOAN.search(folded) is None
    )


def _han_name(text: str) -> str:
    """A Chinese payee's name: its first word when that names one ("上海燃气 燃气费" is
    上海燃气, the bill's kind after it is no part of the name), else all of its words."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return (merchant_key(first) if _HAN.search(first) else "") or merchant_key(text)


#: a short word printed in capitals, a brand's letters ("NS", "IZ", "ANWB"), not a part of
#: an abbreviation ("B.V.")
_PRINTED_CAPITALS = re.compile(r"(?<![\w.])[A-Z]{2,4}(?![\w.])")
#: the town and the country a card line ends with ("… EDE NLD"): a place, named as a word
_TOWN_AND_COUNTRY = re.compile(r"(?<!\S)([A-Z]{2,4}) [A-Z]{3}\s*$")
#: a company's legal form at the end of its name ("ANWB B.V.", "KPN N.V.", "Zalando SE")
_COMPANY_FORM = re.compile(r"\s(?:B\.?V\.?|N\.?V\.?|SE|GMBH|AG|PLC|LTD\.?|INC\.?|LLC)\s*$", re.I)


def _as_printed(name: str, printed: str) -> str:
    """``name`` with its short words in capitals where the line prints them so beside words of
    the name it prints otherwise ("NS Groep IZ NS Reizigers" is NS Groep IZ Reizigers, not
    "Ns Groep Iz"; "Nómina recibida SERVICIO MADRILEÑO DE SALUD" stays title-cased),
    or as a company's whole name before its legal form ("ANWB B.V." is ANWB): a name printed
    all in capitals ("NETFLIX.COM") says nothing of how it is spelt."""
    capitals = set(_PRINTED_CAPITALS.findall(printed))
    town = _TOWN_AND_COUNTRY.search(printed)
    if town is not None:
        capitals.discard(town.group(1))
    words = name.split()
    written = {t.casefold() for t in _LATIN_WORD.findall(printed) if not t.isupper()}
    mixed = any(w.casefold() in written for w in words)
    alone = len(words) == 1 and _COMPANY_FORM.search(printed) is not None
    if not capitals or not (mixed or alone):
        return name
    return " ".join(w.upper() if w.upper() in capitals else w for w in words)


def _party_name(printed: str) -> str:
    """A transfer's or payment's party by its words as printed: a word banks add to a card's
    line is the party's own inside its name ("KEMBA FINANCIAL CREDIT UNION ########1207" is
    Kemba Financial Credit Union, not "Kemba Financial Union"), not before or after it
    ("XUCHANG HAIR LLC" is Xuchang Hair); "SAV XXXXXX1234" is Savings."""
    words = [w for w in name_words_of(printed) if len(w) > 1 and w not in _CODES]
    named = [i for i, w in enumerate(words) if w not in NOISE_WORDS]
    inside = words[named[0] : named[-1] + 1] if named else []
    return title_case(inside[:_MAX_WORDS])


def _with_double_names(name: str, printed: str) -> str:
    """A party's name with the hyphens of the double names printed in it, which reading a
    shop's words takes out: "KATHRYN GATHERUM-LUCKER" is Kathryn Gatherum-Lucker."""
    for double in _DOUBLE_NAME.findall(printed.upper()):
        apart = title_case(double.split("-"))
        name = name.replace(apart, apart.replace(" ", "-"))
    return name


def title_case(words: Sequence[str]) -> str:
    """Upper-case descriptor words as a name: "CITY OF SPRINGFIELD" → "City of Springfield";
    initials ("HOA", "CVS"), words with digits or "&" ("PG&E", "7ELEVEN") stay as printed."""
    out: list[str] = []
    elided = ""  # an elided word waiting for the word it is joined to
    for index, word in enumerate(words):
        if word.startswith(_ELIDED) and len(word) > len(_ELIDED):
            elided = word[len(_ELIDED) :]
            if out and elided not in _ELIDED_CAPITAL:
                elided = elided.lower()
            else:
                elided = elided.capitalize()
            continue
        if elided:
            out.append(f"{elided}'{word.capitalize()}")
            elided = ""
        elif word == _AMPERSAND:
            out.append("&")
        elif word == _POSSESSIVE:
            if out:
                out[-1] += "'s"
        elif word in _SPELT_OUT:
            out.append(_SPELT_OUT[word])
        elif word in _SMALL and index:
            out.append(word.lower())
        elif _SPELT_WITH_INITIALS.fullmatch(word):  # "J.CREW" → "J.Crew"; "H-E-B" as printed
            out.append(_LETTER_RUN.sub(lambda run: title_case([run.group()]), word))
        elif word in _ACRONYMS or not word.isalpha() or _initials(word):
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


#: a word of letters joined by hyphens or dots, as a name spelt with initials is kept
#: (:data:`finapp.core.merchant._INITIALED`), and each run of its letters
_SPELT_WITH_INITIALS = re.compile(r"[A-Z]+(?:[.-][A-Z]+)+\.?")
_LETTER_RUN = re.compile(r"[A-Z]{2,}")


def _initials(word: str) -> bool:
    """A short word without a vowel is said letter by letter ("CVS", "TJX"); a longer one is
    an abbreviation read as a word ("MGMT")."""
    return len(word) <= 3 and not _VOWELS & set(word)


@lru_cache(1)
def shipped_namer() -> Namer:
    """The namer of the shipped table, built once per process."""
    return Namer(shipped_table())
