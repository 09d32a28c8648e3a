"""Built-in profiles of exports from the United States, the United Kingdom, Europe, Canada and
Australia.

Apart from :mod:`.profiles_china` so each list stays a readable page of data; their order
matters only among profiles matching the same number of columns (the first wins).
"""

from __future__ import annotations

from dataclasses import replace

from finapp.core.account_types import AccountType
from finapp.importers.csv.left_out import PENDING_STATUSES
from finapp.importers.csv.profile import Profile

_CARD = AccountType.CREDIT_CARD
_US = "MM/DD/YYYY"
_WALLET = AccountType.PAYMENT_APP
#: PayPal's statuses of a line not booked (yet, or ever)
_PAYPAL_NOT_BOOKED = ("pending", "denied", "canceled", "cancelled")

# Net is what moved in the PayPal balance (Gross plus the negative Fee); Balance Impact says
# Debit, Credit, or Memo for a line that moved nothing (an authorisation, a hold)
_PAYPAL = Profile(
    "PayPal",
    "PayPal",
    ("date", "time", "name", "type", "status", "gross", "fee", "net", "balance impact"),
    sign="direction",
    account_type=_WALLET,
    date_format=_US,
    skip_status=_PAYPAL_NOT_BOOKED,
    roles={
        "amount": ("net",),
        "direction": ("balance impact",),
        "payee": ("name",),
        "memo": ("type", "item title"),
        "fitid": ("transaction id",),
        "status": ("status",),
    },
)
_PAYPAL_BEFORE_BALANCE_IMPACT = replace(
    _PAYPAL,
    name="PayPal (2016–2019, no Balance Impact)",
    match=tuple(name for name in _PAYPAL.match if name != "balance impact"),
    sign="as_is",
    # the statuses of a line not booked, and a hold's, which Balance Impact later said
    skip_status=(*_PAYPAL_NOT_BOOKED, "placed", "removed"),
    roles={role: names for role, names in _PAYPAL.roles.items() if role != "direction"},
)

#: Desjardins' columns: the caisse, the folio, the account's kind, the day, the line's number,
#: the description, a cheque number, the withdrawal, the deposit, four mostly empty, the balance
_DESJARDINS_SHAPE = ("words", "account", "words", "date", "text", "text", "text", "amount?",
                     "amount?", "text", "text", "text", "text", "amount")  # fmt: skip

WESTERN: tuple[Profile, ...] = (
    # United States
    Profile(
        "Chase credit card",
        "Chase",
        ("transaction date", "post date", "description", "category", "type", "amount", "memo"),
        currency="USD",
        account_type=_CARD,
        date_format=_US,
        roles={"date": ("transaction date",), "payee": ("description",)},
    ),
    Profile(
        "Chase checking",
        "Chase",
        ("details", "posting date", "description", "amount", "type", "balance"),
        currency="USD",
        date_format=_US,
        sign="as_is",  # signed: a savings account's download of deposits alone is as written
        roles={"payee": ("description",)},
    ),
    Profile(
        "Bank of America credit card",
        "Bank of America",
        ("posted date", "reference number", "payee", "address", "amount"),
        currency="USD",
        account_type=_CARD,
        date_format=_US,
        roles={"fitid": ("reference number",)},
    ),
    Profile(
        "Bank of America checking",
        "Bank of America",
        ("date", "description", "amount", "running bal."),
        currency="USD",
        date_format=_US,
    ),
    Profile(
        "Capital One",
        "Capital One",
        (
            "transaction date",
            "posted date",
            "card no.",
            "description",
            "category",
            "debit",
            "credit",
        ),
        currency="USD",
        account_type=_CARD,
        date_format="YYYY-MM-DD",
    ),
    # 360 Checking and 360 Performance Savings share this layout: Account Number is the last
    # four, Transaction Type says Credit or Debit; which account it is, :mod:`.deposit_kind`
    Profile(
        "Capital One 360",
        "Capital One",
        (
            "account number",
            "transaction description",
            "transaction date",
            "transaction type",
            "transaction amount",
            "balance",
        ),
        currency="USD",
        sign="direction",
        date_format=_US,
        roles={
            "amount": ("transaction amount",),
            "direction": ("transaction type",),
            "payee": ("transaction description",),
            "balance": ("balance",),
        },
    ),
    Profile(
        "American Express",
        "American Express",
        ("date", "description", "amount", "card member"),
        sign="negate",
        account_type=_CARD,
        date_format="MM/DD/YYYY",
    ),
    Profile(
        "American Express (short)",
        "American Express",
        ("date", "description", "amount", "extended details"),
        sign="negate",
        account_type=_CARD,
        date_format="MM/DD/YYYY",
    ),
    Profile(
        "Discover card",
        "Discover",
        ("trans. date", "post date", "description", "amount", "category"),
        currency="USD",
        sign="negate",
        account_type=_CARD,
        date_format=_US,
        roles={"date": ("trans. date",), "payee": ("description",)},
    ),
    # Charges are positive, payments and Daily Cash negative; Merchant is the cleaned name,
    # Description the raw card line
    Profile(
        "Apple Card",
        "Apple Card",
        (
            "transaction date",
            "clearing date",
            "description",
            "merchant",
            "category",
            "type",
            "amount (usd)",
        ),
        sign="negate",
        account_type=_CARD,
        currency="USD",
        date_format=_US,
        roles={
            "date": ("transaction date",),
            "amount": ("amount (usd)",),
            "payee": ("merchant", "description"),
            "memo": ("description",),
        },
    ),
    # Debit and Credit keep their own signs: Citi writes a credit (a payment) negative, and a
    # refund in Debit in brackets, "(12.00)", a debit taken back
    Profile(
        "Citi credit card",
        "Citi",
        ("status", "date", "description", "debit", "credit"),
        currency="USD",
        account_type=_CARD,
        date_format=_US,
        skip_status=("pending",),
        roles={"payee": ("description",), "status": ("status",)},
    ),
    # USAA's older download, no header: posted or forecasted (not booked yet), the day, the
    # description, USAA's category, the amount (money in written "--1000.00")
    Profile(
        "USAA",
        "USAA",
        shape=("words", "blank", "date", "blank", "text", "text", "amount"),
        columns={"status": (0,), "date": (2,), "payee": (4,), "amount": (6,)},
        sign="as_is",
        date_format=_US,
        currency="USD",
        skip_status=PENDING_STATUSES,
    ),
    Profile(
        "Wells Fargo",
        "Wells Fargo",
        # the fourth column is a cheque's number on a cheque's row ("2392", "CHECK # 2392")
        shape=("date", "amount", "*", "check", "text"),
        columns={"date": (0,), "amount": (1,), "payee": (4,)},
        currency="USD",
        sign="as_is",
        date_format="MM/DD/YYYY",
    ),
    Profile(
        "Schwab checking",
        "Charles Schwab",
        (
            "date",
            "status",
            "type",
            "checknumber",
            "description",
            "withdrawal",
            "deposit",
            "runningbalance",
        ),
        skip_status=("pending",),
        currency="USD",
    ),
    Profile(
        "PC Financial Mastercard",
        "PC Financial",
        ("merchant name", "card used for transaction", "date", "time", "amount"),
        currency="CAD",
        sign="negate",
        account_type=_CARD,
        date_format="MM/DD/YYYY",
    ),
    Profile(
        "Payoneer",
        "Payoneer",
        ("transaction date", "transaction id", "credit amount", "debit amount", "currency"),
        date_format="MM/DD/YYYY",
        account_type=_WALLET,
        roles={"payee": ("target",), "memo": ("description",)},
    ),
    # Net Amount is what moved in the balance: the Amount less the Fee (an instant cash-out's)
    Profile(
        "Cash App",
        "Cash App",
        ("transaction id", "date", "transaction type", "net amount", "name of sender/receiver"),
        currency="USD",
        sign="as_is",
        account_type=_WALLET,
        date_format="YYYY-MM-DD",
        skip_status=("canceled", "failed", "declined", "pending"),
        roles={
            "amount": ("net amount",),
            "payee": ("name of sender/receiver",),
            "memo": ("transaction type", "notes"),
            "fitid": ("transaction id",),
            "status": ("status",),
        },
    ),
    _PAYPAL,
    # PayPal's downloads of 2016–2019, before Balance Impact: Net is written signed as it
    # moved; a hold moved nothing (status Placed, and Removed when it lifts)
    _PAYPAL_BEFORE_BALANCE_IMPACT,
    # the short download of 2016: one signed Amount, the balance after it
    replace(
        _PAYPAL_BEFORE_BALANCE_IMPACT,
        name="PayPal (2016, short)",
        match=("date", "time", "time zone", "name", "type", "status", "amount", "receipt id"),
        roles={"payee": ("name",), "memo": ("type",), "status": ("status",)},
    ),
    # Each side of a payment is named by its own column: To (or the bank the money went to)
    # is the payee of money out, From (or the funding source) that of money in
    Profile(
        "Venmo",
        "Venmo",
        ("id", "datetime", "type", "status", "note", "from", "to", "amount (total)"),
        currency="USD",
        sign="as_is",
        account_type=_WALLET,
        date_format="YYYY-MM-DD",
        skip_status=("pending", "canceled", "cancelled", "failed", "declined"),
        roles={
            "date": ("datetime",),
            "amount": ("amount (total)",),
            "payee": ("to", "destination"),
            "payer": ("from", "funding source"),
            "memo": ("note", "type"),
            "fitid": ("id",),
            "status": ("status",),
        },
        closing_column="ending balance",
    ),
    Profile(
        "Stripe payments",
        "Stripe",
        ("id", "description", "created", "amount", "amount_refunded", "currency", "fee"),
        sign="as_is",
        account_type=_WALLET,
        roles={
            "date": ("created",),
            "payee": ("customer_description",),
            "memo": ("description",),
            "fitid": ("id",),
        },
    ),
    Profile(
        "Amazon orders",
        "Amazon",
        ("order id", "order url", "items", "date", "total"),
        sign="negate",
        account_type=_CARD,
        skip_status=("pending",),
        skip_empty_amount=True,
        date_format="YYYY-MM-DD",
        roles={
            "amount": ("total",),
            "memo": ("items",),
            "fitid": ("order id",),
            "status": ("date",),
        },
    ),
    Profile(
        "Mint (no header)",
        "Mint",
        shape=("date", "text", "text", "amount", "dir", "text", "text"),
        columns={"date": (0,), "payee": (1,), "memo": (2,), "amount": (3,), "direction": (4,)},
        sign="direction",
        date_format="MM/DD/YYYY",
    ),
    Profile(
        "csv2ofx ledger export",
        "",
        ("row", "num", "date", "reference", "description", "amount", "account", "category"),
        sign="as_is",
    ),
    # United Kingdom and Europe
    Profile(
        "Barclays",
        "Barclays",
        ("number", "date", "account", "amount", "subcategory", "memo"),
        date_format="DD/MM/YYYY",
        currency="GBP",
        sign="as_is",  # signed, so a saver's download of deposits alone is read as written
        roles={"payee": ("memo",)},
    ),
    # Santander UK's text download, each transaction a block of labelled lines
    # (:mod:`.labelled_text`); the account's last four above them
    Profile(
        "Santander UK",
        "Santander",
        ("date:", "description:", "amount:", "balance:"),
        date_format="DD/MM/YYYY",
        currency="GBP",
        sign="as_is",
        roles={
            "date": ("date:",),
            "payee": ("description:",),
            "amount": ("amount:",),
            "balance": ("balance:",),
        },
    ),
    # Counter Party names the other side; the first line of an export, "Opening Balance",
    # states the balance and moved nothing
    Profile(
        "Starling",
        "Starling Bank",
        ("date", "counter party", "reference", "type", "amount (gbp)", "balance (gbp)"),
        date_format="DD/MM/YYYY",
        currency="GBP",
        roles={
            "amount": ("amount (gbp)",),
            "payee": ("counter party",),
            "memo": ("reference",),
            "balance": ("balance (gbp)",),
        },
    ),
    Profile(
        "Monzo",
        "Monzo",
        ("transaction id", "date", "time", "type", "name", "amount", "currency"),
        date_format="DD/MM/YYYY",
        currency="GBP",
        roles={"fitid": ("transaction id",), "payee": ("name",), "memo": ("notes and #tags",)},
    ),
    Profile(
        "Revolut",
        "Revolut",
        (
            "type",
            "product",
            "started date",
            "completed date",
            "description",
            "amount",
            "fee",
            "currency",
            "state",
        ),
        skip_status=("reverted", "declined", "failed", "pending"),
        # a pending or reverted row has no completed date: its started date keeps it among the
        # rows, so it is listed as left out, not dropped with the footer
        roles={
            "date": ("completed date", "started date"),
            "booked": ("started date",),
            "payee": ("description",),
            "status": ("state",),
            "fee": ("fee",),
        },
    ),
    # Each kind of line names its party in its own column: the sender of money received in
    # Payer Name, the recipient of money sent in Payee Name, a card's shop in Merchant; a
    # conversion names none, its Description says what was converted
    Profile(
        "Wise",
        "Wise",
        (
            "date",
            "amount",
            "currency",
            "description",
            "payment reference",
            "running balance",
            "payer name",
            "payee name",
            "merchant",
        ),
        date_format="DD/MM/YYYY",
        sign="as_is",
        roles={
            "payee": ("payee name", "merchant", "description"),
            "payer": ("payer name",),
            "memo": ("payment reference", "note"),
            "fitid": ("transferwise id", "id"),
            "balance": ("running balance",),
            "fee": ("total fees",),
        },
    ),
    # Begünstigter / Auftraggeber names the party; Verwendungszweck is the reference; the
    # last line, "Kontostand", states the closing balance
    Profile(
        "Deutsche Bank",
        "Deutsche Bank",
        (
            "buchungstag",
            "wert",
            "umsatzart",
            "begünstigter / auftraggeber",
            "verwendungszweck",
            "soll",
            "haben",
        ),
        date_format="DD/MM/YYYY",
        currency="EUR",
        closing_label="kontostand",
        roles={
            "date": ("buchungstag",),
            "payee": ("begünstigter / auftraggeber",),
            "memo": ("verwendungszweck",),
            "debit": ("soll",),
            "credit": ("haben",),
        },
    ),
    # bunq's export: the holder's IBAN on every row (Account), the other party's beside it
    # (Counterparty), the name in Name; its accounts are in euros, which it never writes
    Profile(
        "bunq",
        "bunq",
        ("date", "interest date", "amount", "account", "counterparty", "name", "description"),
        currency="EUR",
        sign="as_is",
        date_format="YYYY-MM-DD",
        roles={"payee": ("name",), "memo": ("description",)},
    ),
    # Commerzbank's card statement: the card charged on every row, the day of the purchase
    # (Umsatz) beside the day it was booked, a purchase abroad's own amount and currency too
    Profile(
        "Commerzbank credit card",
        "Commerzbank",
        ("buchungstag", "umsatz", "buchungstext", "betrag", "währung", "belastete kreditkarte"),
        sign="as_is",
        date_format="DD/MM/YYYY",
        account_type=_CARD,
        roles={
            "date": ("umsatz",),
            "booked": ("buchungstag",),
            "payee": ("buchungstext",),
            "amount": ("betrag",),
            "currency": ("währung",),
        },
    ),
    Profile(
        "N26",
        "N26",
        ("booking date", "partner name", "amount (eur)"),
        currency="EUR",
        roles={"payee": ("partner name",), "memo": ("payment reference",)},
    ),
    Profile(
        "N26 (2019)",
        "N26",
        ("date", "payee", "account number", "transaction type", "amount (eur)"),
        currency="EUR",
        roles={"memo": ("payment reference",)},
    ),
    # the same download with the app in German: Empfänger is the other party, Kontonummer
    # their account, Verwendungszweck the words of the payment
    Profile(
        "N26 (2019, German)",
        "N26",
        ("datum", "empfänger", "kontonummer", "transaktionstyp", "betrag (eur)"),
        currency="EUR",
        date_format="YYYY-MM-DD",
        sign="as_is",
        roles={"payee": ("empfänger",), "memo": ("verwendungszweck",)},
    ),
    Profile(
        "Rabobank",
        "Rabobank",
        ("iban/bban", "munt", "volgnr", "datum", "bedrag", "naam tegenpartij"),
        date_format="YYYY-MM-DD",
        # every amount carries its sign ("+100,00"): a savings account's deposits alone are
        # money in, not a card's charges written positive
        sign="as_is",
        roles={
            "payee": ("naam tegenpartij",),
            "memo": ("omschrijving-1",),
            "balance": ("saldo na trn",),
        },
    ),
    Profile(
        "ING Netherlands",
        "ING",
        ("datum", "naam / omschrijving", "af bij", "bedrag (eur)"),
        currency="EUR",
        roles={
            "payee": ("naam / omschrijving",),
            "memo": ("mededelingen",),
            "direction": ("af bij",),
        },
    ),
    # ING's savings accounts (Oranje Spaarrekening): the account's number (``V 530-71248``)
    # and its name on every row, Storting/Opname/Rente in Mutatiesoort, Af/Bij the direction
    Profile(
        "ING Netherlands savings",
        "ING",
        ("datum", "omschrijving", "rekening", "rekening naam", "af bij", "bedrag"),
        currency="EUR",
        account_type=AccountType.SAVINGS,
        roles={
            "payee": ("omschrijving",),
            "memo": ("mededelingen",),
            "direction": ("af bij",),
            "balance": ("saldo na mutatie",),
            "account": ("rekening",),
        },
        label_column="rekening naam",
    ),
    # ABN AMRO's TXT….TAB download: no header, one line per transaction of any of the
    # customer's accounts: account number, currency, day booked, balance before and after,
    # value day, signed amount, and the bank's description in 32-character fields, whose
    # party (the shop of a ``BEA``, ``Naam:``/``/NAME/`` of a SEPA line) is read out of it
    Profile(
        "ABN AMRO",
        "ABN AMRO",
        shape=("account", "currency", "date", "amount", "amount", "date", "amount", "text"),
        columns={
            "account": (0,),
            "currency": (1,),
            "date": (2,),
            "balance": (4,),
            "amount": (6,),
            "payee": (7,),
        },
        sign="as_is",
        date_format="YYYYMMDD",
        labelled_parties=True,
        described_account=True,
        bank_code="ABNA",
    ),
    Profile(
        "ING Germany",
        "ING",
        ("buchung", "auftraggeber/empfänger", "betrag"),
        currency="EUR",
        date_format="DD/MM/YYYY",
        roles={"date": ("buchung",), "memo": ("verwendungszweck",)},
    ),
    Profile(
        "ING Spain",
        "ING",
        ("date", "class", "subcategory", "desc", "amount", "balance"),
        currency="EUR",
        date_format="DD/MM/YYYY",
        roles={"payee": ("desc",), "memo": ("class",)},
    ),
    Profile(
        "Sparkasse (CAMT)",
        "Sparkasse",
        (
            "auftragskonto",
            "buchungstag",
            "buchungstext",
            "verwendungszweck",
            "beguenstigter/zahlungspflichtiger",
            "betrag",
            "waehrung",
        ),
        date_format="DD/MM/YYYY",
        skip_status=("umsatz vorgemerkt",),
        roles={
            "payee": ("beguenstigter/zahlungspflichtiger",),
            "memo": ("buchungstext", "verwendungszweck"),
            "status": ("info",),
        },
    ),
    Profile(
        "DKB",
        "DKB",
        ("buchungsdatum", "zahlungspflichtige*r", "zahlungsempfänger*in", "betrag (€)"),
        date_format="DD/MM/YYYY",
        skip_status=("vorgemerkt",),
        roles={
            "payee": ("zahlungsempfänger*in",),
            "payer": ("zahlungspflichtige*r",),
            "memo": ("verwendungszweck",),
        },
    ),
    Profile(
        "GLS Bank",
        "GLS Bank",
        ("kontonummer", "buchungstag", "auftraggeber/empfänger", "betrag"),
        currency="EUR",
        date_format="DD/MM/YYYY",
        roles={"memo": ("vwz1", "vwz2")},
    ),
    # No header: a balance line above the rows (``Solde au 31/10/2026;1 234,56``), then date,
    # kind of operation, short label (the party), the bank's full line and the amount
    Profile(
        "BNP Paribas",
        "BNP Paribas",
        shape=("date", "words", "words", "words", "amount"),
        columns={"date": (0,), "payee": (2,), "memo": (3,), "amount": (4,)},
        sign="as_is",
        date_format="DD/MM/YYYY",
        currency="EUR",
        preamble_balance="solde au",
    ),
    # A preamble line states the balance (``Solde au 31/10/2026;1 502,18 €``); the Libellé is
    # several lines in one cell: the kind of operation, the party, then a reference
    # BoursoBank (Boursorama): the operation's day and its value day, the label as the bank
    # prints it, its own category; the account's number, label and balance now on every row
    Profile(
        "BoursoBank",
        "BoursoBank",
        ("dateop", "dateval", "label", "amount", "accountnum"),
        date_format="YYYY-MM-DD",
        currency="EUR",
        label_column="accountlabel",
        balance_now_column="accountbalance",
        sign="as_is",  # signed amounts: a Livret A's export of deposits alone is no card's
        roles={
            "date": ("dateop",),
            "booked": ("dateval",),
            "amount": ("amount",),
            "payee": ("label",),
            "memo": ("comment",),
        },
    ),
    Profile(
        "Crédit Agricole",
        "Crédit Agricole",
        ("date", "libellé", "débit euros", "crédit euros"),
        date_format="DD/MM/YYYY",
        currency="EUR",
        preamble_balance="solde au",
        operation_first=True,
        roles={"payee": ("libellé",)},
    ),
    Profile(
        "UBS",
        "UBS",
        ("produit", "monn.", "date de valeur", "débit", "crédit"),
        roles={
            "payee": ("description 1", "description 2"),
            "memo": ("description 3",),
            "fitid": ("n° de transaction",),
        },
    ),
    # Intesa Sanpaolo: the day booked and the value day, money out in Dare, in in Avere; above
    # the header the account's IBAN and its balance (``Saldo contabile al 30/10/2026;19.907,29``)
    Profile(
        "Intesa Sanpaolo",
        "Intesa Sanpaolo",
        ("data contabile", "data valuta", "dare", "avere", "descrizione"),
        date_format="DD/MM/YYYY",
        currency="EUR",  # its download names the account by its number, not always its IBAN
        preamble_balance="saldo contabile al",
        roles={
            "date": ("data contabile",),
            "debit": ("dare",),
            "credit": ("avere",),
            "payee": ("descrizione",),
        },
    ),
    # Fineco: the operation's day and its value day, money in in Entrate, out (written
    # negative) in Uscite; the kind of line in Descrizione, the party in Descrizione_Completa;
    # a line the card only authorised is ``Autorizzato``. Above the header the current
    # account's balance now, in euros (``Saldo EUR: 2.158,81``). A transfer names both
    # parties (``Ord: ROSSI GIULIA Ben: ASD PALESTRA LORETO Dati Bonifico: QUOTA MENSILE``)
    Profile(
        "Fineco",
        "Fineco",
        ("data_operazione", "data_valuta", "entrate", "uscite", "descrizione_completa"),
        date_format="DD/MM/YYYY",
        currency="EUR",
        skip_status=("autorizzato",),
        preamble_balance="saldo eur:",
        labelled_parties=True,
        roles={
            "date": ("data_operazione",),
            "debit": ("uscite",),
            "credit": ("entrate",),
            "payee": ("descrizione_completa",),
            "memo": ("descrizione",),
            "status": ("stato",),
        },
    ),
    Profile(
        "Outbank",
        "",
        ("account", "date", "value date", "amount", "currency", "name", "reason"),
        roles={"payee": ("name",), "memo": ("reason",)},
    ),
    # Canada
    Profile(
        "BMO credit card",
        "BMO",
        (
            "item #",
            "card #",
            "transaction date",
            "posting date",
            "transaction amount",
            "description",
        ),
        sign="negate",
        account_type=_CARD,
        currency="CAD",
    ),
    Profile(
        "BMO chequing",
        "BMO",
        ("first bank card", "transaction type", "date posted", "transaction amount", "description"),
        currency="CAD",
        roles={"memo": ("transaction type",)},
    ),
    # RBC's download: the way of paying in Description 1 ("Misc Payment", "Interac purchase -
    # 1234"), the merchant often in Description 2; amounts in the account's currency's column
    Profile(
        "RBC Royal Bank",
        "RBC",
        ("account type", "account number", "transaction date", "description 1", "description 2"),
        date_format="MM/DD/YYYY",
        roles={
            "date": ("transaction date",),
            "amount": ("cad$",),
            "payee": ("description 1",),
            "memo": ("description 2",),
        },
        type_column="account type",
    ),
    # One layout for chequing, savings and card; Transaction is DEBIT, CREDIT or OTHER, Name
    # the party, amounts signed. Which account it is, only the file's name says
    # ("Tangerine Savings Account - 3012345678.CSV"), see :mod:`.deposit_kind`
    Profile(
        "Tangerine",
        "Tangerine",
        ("date", "transaction", "name", "memo", "amount"),
        currency="CAD",
        sign="as_is",
        date_format=_US,
        roles={"payee": ("name",), "memo": ("memo",)},
    ),
    # Tangerine's credit card: its chequing download's columns, the date called Transaction
    # date; charges money out, the payment it received money in
    Profile(
        "Tangerine credit card",
        "Tangerine",
        ("transaction date", "transaction", "name", "memo", "amount"),
        currency="CAD",
        sign="as_is",
        date_format=_US,
        account_type=_CARD,
        roles={"date": ("transaction date",), "payee": ("name",), "memo": ("memo",)},
    ),
    # Tangerine's header, and its own words in every row's Memo ("Download from usbank.com.",
    # then the card's last four or the merchant); dates ISO in newer downloads, M/D/YYYY in
    # older ones; checking and card alike, amounts signed
    Profile(
        "U.S. Bank",
        "U.S. Bank",
        ("date", "transaction", "name", "memo", "amount"),
        currency="USD",
        sign="as_is",
        roles={"payee": ("name",), "memo": ("memo",)},
        marker="Download from usbank.com",
    ),
    Profile(
        "TD Canada Trust",
        "TD",
        shape=("date", "text", "amount?", "amount?", "amount?"),
        columns={"date": (0,), "payee": (1,), "debit": (2,), "credit": (3,), "balance": (4,)},
        sign="debit_credit",
        date_format="MM/DD/YYYY",
        currency="CAD",
    ),
    # AccèsD's download, no header, Windows-1252 (:data:`_DESJARDINS_SHAPE`); the description
    # is the kind of operation, a slash and the party ("Achat / NETFLIX.COM")
    Profile(
        "Desjardins",
        "Desjardins",
        shape=_DESJARDINS_SHAPE,
        columns={
            "account": (1,),
            "date": (3,),
            "payee": (5,),
            "debit": (7,),
            "credit": (8,),
            "balance": (13,),
        },
        sign="debit_credit",
        date_format="YYYY-MM-DD",  # written 2026/09/01
        currency="CAD",
        operation_mark="/",
    ),
    # Australia
    # Westpac's download: the account's number on every row, money out and in apart, dates
    # day first (23/06/2026); the file says nothing of its dollars being Australian
    Profile(
        "Westpac",
        "Westpac",
        ("bank account", "date", "narrative", "debit amount", "credit amount", "balance"),
        sign="debit_credit",
        date_format="DD/MM/YYYY",
        currency="AUD",
        roles={
            "account": ("bank account",),
            "payee": ("narrative",),
            "debit": ("debit amount",),
            "credit": ("credit amount",),
        },
    ),
)
