"""What a bank adds to a Latin-script descriptor around the merchant's name, taken out.

Banks wrap the name in their own fields, and these change line to line where the name does not,
so left in they split one merchant into many keys and show up in its name:

- US ACH lines (Bank of America, Chase): ``GLOBEX INC DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE
  CO ID:XXXXX98765 PPD`` — the company comes before ``DES:``; the entry's description, the
  payer's ids, the account holder's name (``INDN:``) and the entry class (``PPD``, ``WEB``,
  ``CCD``…) follow. Chase writes ``GUSTO PAYROLL PPD ID: 9138864001``; others the long form
  ``ORIG CO NAME:GLOBEX INC ORIG ID:… CO ENTRY DESCR:PAYROLL SEC:PPD …``.
- UK lines (Barclays): ``SPOTIFY P1234ABCD   ON 03 OCT          BCC`` — the card's date
  (``ON 03 OCT``) and the line's type code (``BCC`` card, ``BGC`` credit, ``DD``, ``SO``,
  ``FPO``/``FPI`` faster payments…) at the end. Lloyds ends a card's line with the card
  (``TESCO STORES 3297 CD 1417``), a payment abroad with its currency, amount and rate first
  (``ADAGIO EUROS 202.40 VISAXR 1.16168 CD 1417``).
- Card purchases written as a sentence: ``PURCHASE AUTHORIZED ON 10/28 …`` (Wells Fargo),
  ``CHECKCARD 1028 …`` (Bank of America), ``CARD PURCHASE WITH PIN 10/28 …`` (Chase),
  ``COMPRA TARJ. 5540XXXXXXXX1234 MERCADONA …`` and ``COMPRA EN MERCADONA, CON LA TARJETA :
  …`` (Santander), ``FACTURE CARTE DU 071026 …`` (BNP), ``RECIBO IBERDROLA … Nº RECIBO …``,
  ``CARTE 18/11/26 MONOPRIX CB*1234`` and ``VIR SEPA SOCIETE DUPONT SA`` (BoursoBank).
- German booking text (Commerzbank, ING): ``… End-to-End-Ref.: … Mandatsref: … Gläubiger-ID: …
  SEPA-BASISLASTSCHRIFT wiederholend`` and card lines ``REWE MARKT GMBH//BERLIN/DE
  2026-10-14T18:22:11 KFN 1 VJ 2712 Kartenzahlung``: the name is what precedes the first SEPA
  field, and a card's town follows ``//``. comdirect labels the party and the text
  (``Auftraggeber: Netflix International B.V. Buchungstext: NETFLIX.COM Ref. 123``, or
  ``Empfänger: … Kto/IBAN: …``): the name is between the labels.
- Canadian banks: TD pads the name and prints the channel after it (``ROGERS           BPY`` a
  bill payment, ``GOODLIFE FITNESS MSP`` a pre-authorized one, ``DOLLARAMA # 845   _M`` a debit
  card's), or before it (``PREAUTH PYMT     MAPLE PROP MGMT``); BMO's chequing puts its code in
  brackets first (``[CW]TELUS MOB``); RBC and CIBC write the channel as words (``Interac
  purchase - 4567 LOBLAWS``, ``POINT OF SALE - INTERAC RETAIL PURCHASE 000000001234 …``,
  ``INTERNET BILL PAY 000000123456 ROGERS``, ``Online Banking payment - 1234 BELL CANADA``).
- CIBC's chequing and savings lines are fields separated by semicolons in the memo, the kind of
  line (with its reference) first and the channel last: ``PREAUTHORIZED DEBIT;B.C. HYDRO &
  POWER AUTHORITY;Electronic Funds Transfer``, ``DEPOSIT;000000000000000;SSQ, SOCIÉTÉ
  D'ASSURANCE-VIE``, ``SERVICE CHARGE;Branch Transaction``; its NAME then holds a number or a
  code (``TPAY <DEFTPYMT>``). Its Visa's memo is the town and the card (``TORONTO, ON;
  CC#4503********0307``). Read as one text, every pre-authorized debit was "… Funds Transfer".
- ING Australia writes the party, the kind of line and its receipt, then the card's details:
  ``WOOLWORTHS 3345 SYDNEY - EFTPOS Purchase - Receipt 17402Date 24 Feb 2020 Card
  462263xxxxxx1234``, ``ORIGIN ENERGY - Direct Debit - Receipt 556677 …``, ``Kebab House -
  Visa Purchase - Receipt 123451 In Sydney Date …``: the party is what comes before.
- Italian banks (Intesa Sanpaolo, Fineco) say the kind of line first: ``ADDEBITO DIRETTO SDD ENEL
  ENERGIA S.P.A. CID IT23ZZZ… MAND …``, ``PAGAMENTO POS ESSELUNGA … CARTA N. *****4471 DEL …``,
  ``ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO DA PIRELLI TYRE SPA CAUSALE STIPENDIO …`` (the
  payer), ``BONIFICO DA VOI DISPOSTO A FAVORE DI CONDOMINIO … CAUSALE …`` (the payee); left in,
  every direct debit was one merchant (Enel, A2A, TIM and Iliad as "ADDEBITO DIRETTO") and
  every transfer another. Swiss banks in Ticino write ``Acquisto MIGROS M ARBEDO-CAST
  31.03.2017/13:30 / N. carta Maestro …``, ``E-banking Ordine a …`` and ``Sistema di
  addebitamento diretto SWISSCARD AECS GMBH``. The creditor's id, the mandate, the reason
  and the card go.
- Spanish banks (Santander, ING): ``COMPRA BAR EL BREZO, MADRID, TARJETA 4940XXXXXXXX2211,
  COMISION 0,00`` (the town before the card goes too), ``NOMINA RECIBIDA INDRA SISTEMAS S.A.``,
  ``BIZUM A FAVOR DE PABLO SANZ MARTIN CONCEPTO …`` and ``BIZUM DE …`` (each friend a payee of
  their own), ``TRANSFERENCIA A FAVOR DE …``/``DE …``, ``Traspaso emitido Cuenta Naranja``.
- Dutch banks (ABN AMRO's MT940 and TAB): a card payment ``BEA, Betaalpas Jumbo Utrecht
  Lunetten,PAS312 NR:477E56E, 05.07.25/17:16 UTRECHT`` (a cash machine's ``GEA``; older lines
  ``BEA NR:A1B23C 30.12.21/09.15 HEMA EV123,PAS123``), and a SEPA line that labels its party
  ``SEPA Overboeking IBAN: … BIC: … Naam: S. DE JONG Omschrijving: …``; left in, every card
  payment of the account was one merchant, BEA BETAALPAS, and every transfer SEPA OVERBOEKING.
  ING Netherlands ends a card line with the town and the country (``… UTRECHT NLD``): the
  country goes.

What is left is the name and whatever the bank prints beside it that the merchant's words already
handle (store numbers, towns and states, references): :mod:`finapp.core.merchant` reads on from
here. A rule only cuts where something is left before the cut, so a line made of a bank's words
alone is read as it was. Every pattern is anchored or made of literal words: linear in the text.
"""

from __future__ import annotations

import re

#: OFX 1.x caps NAME at 32 characters; banks then repeat the whole descriptor in MEMO, and a
#: name ending there may end mid-word
OFX_NAME_LIMIT = 32
#: where an ACH line's own fields start, after the company ("DES:", "INDN:", "PPD ID:", "CO ID:",
#: the long form's "ORIG ID:", "SEC:", "TRACE#:"); the company is what comes before
_ACH_FIELD = re.compile(
    r" (?:DES|INDN|IND NAME|IND ID|ORIG ID|DESC DATE|CO ENTRY DESCR|SEC|TRACE ?#|EED"
    r"|(?:(?:PPD|WEB|CCD|TEL|CTX|IAT|CO) )?ID) ?[:#]"
)
#: where ING Australia's kind of line and receipt start after the party (see the docstring)
_RECEIPT_FIELD = re.compile(r" - (?:[A-Z][A-Z ]*(?: TO [^-]*)? - )?RECEIPT ?\d")
#: the long ACH form names the company in a field of its own, and so does a Dutch SEPA line
#: (ABN AMRO's ``SEPA Overboeking IBAN: … BIC: … Naam: S. DE JONG Omschrijving: …``)
_ACH_COMPANY = re.compile(r"\bORIG CO NAME ?: ?|\bNAAM ?: ?")
#: an ACH entry's class printed last on its own ("… CO ID:XXXXX98765 PPD" once cut, "… WEB")
_ACH_CLASS = frozenset({"PPD", "WEB", "CCD", "TEL", "CTX", "IAT"})
#: where a SEPA booking text's fields start (Commerzbank, Deutsche Bank, ING, Sparkassen' MT940)
_SEPA_FIELD = re.compile(
    r" (?:END-TO-END-REF|MANDATSREF|GL(?:Ä|AE)UBIGER-ID|CRED\+|EREF\+|MREF\+|KREF\+|SVWZ\+"
    r"|IBAN ?:|BIC ?:|KUNDENREFERENZ|KENMERK ?:|MACHTIGING|REF\. MANDATO|Nº RECIBO|N\. RECIBO"
    r"|BUCHUNGSTEXT ?:|KTO/IBAN ?:|OMSCHRIJVING ?:|INCASSANT ?:"
    r"|ECH/|ID EMETTEUR|MDT/"
    r"|CID IT\d|MAND \d|MANDATO N\.|CAUSALE |DATI BONIFICO ?:|CONCEPTO )"
)
#: a card line's town after the name ("ALDI SÜD//DÜSSELDORF/DE"); the card's masked number
#: after its town (Wells Fargo's "… 877-977-3959 CA 424303XXXXXX5089 194336563240052 ?MCC=5499");
#: the card's number or the
#: terminal's reference at the end ("… CARD 1234", Wells Fargo's "S386301234567890 CARD 1234",
#: Bank of America's 23-digit reference, Santander's "CON LA TARJETA : 5540XXXXXXXX1234")
_CARD_TAIL = re.compile(
    r"(?<!:)//|,? CON LA TARJETA\b|,? TARJ(?:ETA)?\.? ?:| CARTE \d{4}X"
    r"| (?:S\d{9,} )?CARD \d{4}$| \d{12,}$| CB\*\d{4}$"
    r"|(?:, [^,]*)?, TARJETA \d{4}X| CARTA N\. ?\*|,PAS\d{3}\b"
    r"| \d\d\.\d\d\.\d{4}/\d\d:\d\d / N\. CARTA\b"
    r"|(?<! TO)(?<! FROM) CD (?:\d{4}|XXXX)(?: \d\d[A-Z]{3}\d\d)?$| [A-Z]+ [\d.]+ VISAXR\b"
    r"| \d{6}X{4,8}\d{4}\b"
)
#: how a card purchase, a direct debit or a bank's own booking starts before the name
_PREFIX = re.compile(
    r"^(?:(?:RECURRING )?(?:PURCHASE|PAYMENT|PURCHASE RETURN) AUTHORIZED ON \d\d/\d\d"
    r"|CARD PURCHASE(?: WITH PIN| RETURN)?(?: \d\d/\d\d)?"
    r"|DEBIT CARD PURCHASE|CHECK ?CA?RD(?: PURCHASE)?(?: \d\d/?\d\d)?"
    r"|POS (?:PURCHASE|DEBIT|WITHDRAWAL)|POS"
    r"|COMPRA TARJ\.?(?: \S*\d\S*)?|COMPRA(?: EN)?|PAGO MOVIL(?: EN)?|PAGO CON TARJETA(?: EN)?"
    r"|PAGO(?: EN)?|RECIBO|ADEUDO(?: RECIBO)?|FACTURE CARTE(?: DU \d{6})?|PAIEMENT PAR CARTE"
    r"|PAIEMENT CB|PRLV SEPA|KARTENZAHLUNG|SEPA-BASISLASTSCHRIFT|SEPA-LASTSCHRIFT(?: VON)?"
    r"|CARTE \d\d/\d\d(?:/\d\d)?|VIR(?: SEPA)?(?: INST)?(?: RECU| EMIS)?(?= )"
    r"|LASTSCHRIFT(?: VON)?|BETAALAUTOMAAT|INCASSO"
    r"|PREAUTH PYMT|PRE-?AUTHORI[ZS]ED (?:DEBIT|PAYMENT)|\[[A-Z]{2}\] ?(?=\w)"
    r"|(?:POINT OF SALE - )?INTERAC (?:RETAIL )?PURCHASE(?: -)?(?: \d+)?"
    r"|INTERNET BILL PAY(?: \d+)?|ONLINE BANKING PAYMENT(?: -)?(?: \d+)?|MISC PAYMENT"
    r"|(?:FEDERAL|PROVINCIAL|PROV ?/ ?LOCAL GVT) PAYMENT"
    r"|ADDEBITO(?: DIRETTO)? SDD|PAGAMENTO(?: POS)?|PRELIEVO(?: CARTA DEBITO)?"
    r"|ACQUISTO(?:/TANCOMAT)?|E-BANKING ORDINE(?: A)?|SISTEMA DI ADDEBITAMENTO DIRETTO"
    r"|ACCREDITO BONIFICO(?: A VOSTRO FAVORE)?(?: DISPOSTO)? DA"
    r"|BONIFICO DA VOI DISPOSTO A FAVORE DI|N(?:Ó|O)MINA RECIBIDA"
    r"|BIZUM (?:A FAVOR DE|DE|ENVIADO A|RECIBIDO DE)"
    r"|TRASPASO (?:EMITIDO|RECIBIDO)|TRANSFERENCIA (?:A FAVOR DE|DE|EMITIDA A|RECIBIDA DE)"
    r"|[BG]EA(?:,? (?:BETAALPAS|[A-Z]+ PAY))?(?: NR:\S+,? \d\d\.\d\d\.\d\d/\d\d[.:]\d\d)?"
    r"|SEPA (?:OVERBOEKING|IDEAL|INCASSO ALGEMEEN (?:DOORLOPEND|EENMALIG)|PERIODIEKE OVERB\.?))\b ?"
    r"|^(?:AUFTRAGGEBER|EMPF(?:Ä|AE)NGER) ?: ?"
)
#: the fields of a French transfer after ``VIR SEPA RECU``/``EMIS`` (BoursoBank): the party
#: sending is ``/DE``'s, the one paid ``/BEN``'s; the reason and references are no name
_SLASH_FIELD = re.compile(r"(?:^| )/(DE|BEN|MOTIF|REFDO|REFBEN|REF|ID EMETTEUR|MDT|LIB) ")
#: a German card line's card sequence and expiry ("KFN 1 VJ 2712"), a booking's time stamp
_CARD_DETAIL = re.compile(r"\bKFN \d+ VJ \d+\b|\b\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?\b")
#: Barclays' card date: "ON 03 OCT"
_UK_CARD_DATE = re.compile(r"\bON \d{1,2} (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b")
#: a UK line's type code, printed last: card, giro credit, direct debit, standing order, faster
#: payment out or in, cash machine, transfer, debit, charge
_UK_TYPE = frozenset(
    {"BCC", "BGC", "DD", "DDR", "SO", "STO", "FPO", "FPI", "CPT", "TFR", "DEB", "CHG"}
)
#: a Canadian line's channel code, printed last (TD's BPY bill payment, MSP pre-authorized
#: payment, _M/_F/_V debit card, Interac's IDP; BMO's POS)
_CA_TYPE = frozenset({"BPY", "MSP", "_M", "_F", "_V", "IDP", "POS"})
#: the country a card line ends with after the shop's town, as ING Netherlands prints it
#: ("Bagels & Beans Utrecht UTRECHT NLD", "Jumbo Utrecht Lunetten UTRECHT NLD"): ISO 3166
#: codes of three letters, but those that are words ("AND", "ARE")
_COUNTRIES = frozenset(
    {"NLD", "BEL", "DEU", "FRA", "GBR", "ESP", "ITA", "LUX", "AUT", "IRL", "PRT", "CHE", "DNK",
     "SWE", "NOR", "FIN", "POL", "CZE", "GRC", "HUN", "ROU", "BGR", "HRV", "SVN", "SVK", "EST",
     "LVA", "LTU", "ISL", "MLT", "CYP", "TUR", "USA", "AUS", "NZL", "JPN", "CHN", "HKG", "SGP",
     "THA", "IDN", "MYS", "MAR", "ZAF", "BRA", "MEX", "ISR"}
)  # fmt: skip
#: words banks print in any of the lines above wherever they stand: how the debit recurs
_ANYWHERE = frozenset(
    {"KARTENZAHLUNG", "SEPA-BASISLASTSCHRIFT", "WIEDERHOLEND", "EINMALIG", "ERSTLASTSCHRIFT",
     "FOLGELASTSCHRIFT", "GIROCARD"}
)  # fmt: skip


#: the channel CIBC writes as a line's last field (see the module's docstring), upper-case
_FIELD_CHANNELS = frozenset(
    {"ELECTRONIC FUNDS TRANSFER", "INTERNET BANKING", "BRANCH TRANSACTION", "POINT OF SALE",
     "AUTOMATED BANKING MACHINE", "TELEPHONE BANKING", "MOBILE BANKING", "ONLINE BANKING"}
)  # fmt: skip
#: a kind of line that says only which way money went, dropped when a party follows it
_FIELD_KINDS = frozenset({"DEPOSIT", "PAY", "PAYMENT", "POINT OF SALE PURCHASE", "WITHDRAWAL"})
#: a bank's code for a kind of payment in place of a name: CIBC's "TPAY <DEFTPYMT>", and Banque
#: Populaire's card payment, the day and the card ("250822 CB****3419"), the shop in its MEMO
_BANK_CODE = re.compile(r"[A-Z]{2,5} <[A-Z0-9]{3,12}>|\d{6} CB\*+\d{4}")
#: a card's masked number as a field of its own ("CC#4503********0307")
_CARD_FIELD = re.compile(r"CC ?#\s*[\dX*]{4,}")
#: a party's place a line of fields leaves empty ("DEPOSIT;000000000000000;SSQ …")
_ZEROS = re.compile(r"0{6,}")


def from_fields(text: str) -> str:
    """A line written as fields separated by semicolons (CIBC's, see the module's docstring)
    as its kind and its party, in the words and case printed: ``PREAUTHORIZED DEBIT;B.C. HYDRO
    & POWER AUTHORITY;Electronic Funds Transfer`` is ``B.C. HYDRO & POWER AUTHORITY``,
    ``SERVICE CHARGE;Branch Transaction`` is ``SERVICE CHARGE``. The channel, the card, a
    field of zeros and a field repeated go, and a kind that says only which way the money went
    when a party follows. Any other text, semicolons and all, is returned as it is."""
    if ";" not in text:
        return text
    fields = [" ".join(field.split()) for field in text.split(";")]
    upper = [field.upper() for field in fields]
    if not any(_marks_fields(up) for up in upper):
        return text
    kept: dict[str, str] = {}  # by its upper case: a field printed twice is kept once
    for field, up in zip(fields, upper, strict=True):
        if _marks_fields(up) or not up:
            continue
        kept.setdefault(up, field)
    parts = list(kept.items())
    if len(parts) > 1 and (parts[0][0] in _FIELD_KINDS or channel_only(parts[0][0])):
        parts.pop(0)
    return " ".join(field for _, field in parts) or text


def _marks_fields(field: str) -> bool:
    """Whether ``field`` (upper-case) is one only a line of fields holds: its channel, a card's
    number, a party's place written as zeros."""
    return field in _FIELD_CHANNELS or bool(_CARD_FIELD.fullmatch(field) or _ZEROS.fullmatch(field))


def without_bank_text(text: str) -> str:
    """``text`` (upper-case, single-spaced) without the bank's fields around the name:
    ``"GLOBEX INC DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE CO ID:XXXXX98765 PPD"`` gives
    ``"GLOBEX INC"``, ``"SPOTIFY P1234ABCD ON 03 OCT BCC"`` gives ``"SPOTIFY P1234ABCD"``."""
    # each pattern is searched only where the text holds what it cannot match without (a
    # colon, "ON "…): most descriptors hold none of the banks' fields, and years of them are
    # read at each import
    fielded = ":" in text or "#" in text
    company = _ACH_COMPANY.search(text) if fielded else None
    if company is not None:
        text = text[company.end() :]
    for field in (_ACH_FIELD, _SEPA_FIELD, _CARD_TAIL) if fielded else (_SEPA_FIELD, _CARD_TAIL):
        text = _before(field, text)
    if " - RECEIPT" in text:
        text = _before(_RECEIPT_FIELD, text)
    prefix = _PREFIX.match(text)
    if prefix is not None and prefix.end() < len(text):
        text = text[prefix.end() :]
    if text.startswith("/"):
        text = _transfer_party(text)
    if "ON " in text:
        text = _UK_CARD_DATE.sub(" ", text)
    if "KFN " in text or ":" in text:
        text = _CARD_DETAIL.sub(" ", text)
    words = [w for w in text.split() if w not in _ANYWHERE]
    if len(words) > 2 and words[-1] in _COUNTRIES:
        words.pop()
    while len(words) > 1 and (
        words[-1] in _UK_TYPE or words[-1] in _ACH_CLASS or words[-1] in _CA_TYPE
    ):
        words.pop()
    return " ".join(words)


def _transfer_party(text: str) -> str:
    """The party of a French transfer's fields (``/DE JEAN DUPONT /MOTIF LOYER /REF 26A`` is
    ``JEAN DUPONT``); the text when it names none."""
    parts = _SLASH_FIELD.split(text)
    fields = dict(zip(parts[1::2], parts[2::2], strict=True))
    return (fields.get("DE") or fields.get("BEN") or text).strip()


def channel_only(text: str) -> bool:
    """Whether ``text`` (upper-case, single-spaced) is only the way a bank says money went, and
    no name: RBC's "MISC PAYMENT" and "INTERAC PURCHASE - 1234", whose merchant is in the next
    column ("NETFLIX.COM", "LOBLAWS 1012"), and its "FEDERAL PAYMENT", whose program is there
    ("CANADA CHILD BENEFIT", "GST/HST CREDIT": two payees, not one "Federal")."""
    if _BANK_CODE.fullmatch(text.rstrip()):
        return True
    prefix = _PREFIX.match(text)
    return prefix is not None and prefix.end() >= len(text.rstrip())


def _before(field: re.Pattern[str], text: str) -> str:
    """The text before ``field``'s first match, if anything is; else the text."""
    found = field.search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else text
