"""What a built-in profile is: the facts about one widely used export that detection cannot know.

A profile is recognised from the header (all of ``match`` present) or, for exports without a
header, from the shape of the rows (:mod:`.headerless`). It names the institution and fixes what
the columns alone leave open: which column is the payee, the date format where dd/mm and mm/dd
both fit, and the sign convention of card exports that write charges as positive numbers.
Everything it does not say is detected as for any other file. The profiles themselves are in
:mod:`.profiles`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from finapp.core.account_types import AccountType
from finapp.importers.csv.mapping import normalise_name


@dataclass(frozen=True)
class Profile:
    """One export's layout; a frozen value, so the built-in tuple can be shared freely."""

    name: str
    institution: str
    match: tuple[str, ...] = ()  # normalised header names that must all be present
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> header names
    sign: str | None = None
    date_format: str | None = None
    account_type: str = AccountType.CHECKING
    currency: str | None = None
    skip_status: tuple[str, ...] = ()
    shape: tuple[str, ...] = ()  # headerless exports: kind of each column, see :mod:`.headerless`
    columns: dict[str, tuple[int, ...]] = field(default_factory=dict)  # headerless roles
    skip_empty_amount: bool = False
    #: the label of a line below the rows stating the closing balance (:mod:`.closing_line`)
    closing_label: str = ""
    #: the word opening a line above the header that states the balance on a day (BNP's and
    #: Crédit Agricole's ``Solde au 31/10/2026;1 234,56``, :mod:`.closing_line`)
    preamble_balance: str = ""
    #: the payee cell's first line says the kind of operation, the party is on the next
    #: (Crédit Agricole's ``PRELEVEMENT`` / ``EDF clients particuliers``, :mod:`.payees`)
    operation_first: bool = False
    #: the payee cell says the kind of operation, then this mark, then the party (Desjardins'
    #: ``Achat / NETFLIX.COM``, :mod:`.payees`)
    operation_mark: str = ""
    #: the payee cell labels both parties of a transfer (Fineco's ``Ord: … Ben: … Dati
    #: Bonifico: …``): the payee is the one on the other side (:mod:`.payees`)
    labelled_parties: bool = False
    #: the other party's account is written inside the description, not in a column of its
    #: own (ABN AMRO's ``IBAN: NL…`` and ``/IBAN/NL…/``, :mod:`.described_accounts`)
    described_account: bool = False
    #: the bank's code in its customers' IBANs (``ABNA``), where the export writes an
    #: account's national number only (:mod:`.described_accounts`)
    bank_code: str = ""
    #: the column of an undated line below the rows stating the closing balance (Venmo's
    #: ``Ending Balance``), as dated as the statement's last line (:mod:`.closing_line`)
    closing_column: str = ""
    #: the column naming the account on every row (BoursoBank's ``accountLabel``: "Livret A"),
    #: and the one repeating its balance at the download on every row (``accountbalance``),
    #: see :mod:`.account_cells`
    label_column: str = ""
    balance_now_column: str = ""
    #: the column saying on every row what kind of account it is (RBC's ``Account Type``:
    #: "Chequing", "Savings", "Visa"), see :mod:`.account_cells`
    type_column: str = ""
    #: words the bank writes in its rows' cells (U.S. Bank's ``Download from usbank.com.``)
    #: that tell its export from another bank's of the same header (Tangerine's), see
    #: :func:`~finapp.importers.csv.profiles.profile_for_table`
    marker: str = ""

    def matches(self, header: tuple[str, ...]) -> bool:
        names = {normalise_name(h) for h in header}
        return bool(self.match) and all(m in names for m in self.match)
