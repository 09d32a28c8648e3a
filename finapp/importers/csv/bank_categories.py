"""The category a bank gives each line, as a place in finapp's tree: a hint below the rules.

BoursoBank files every line itself and writes it in the export: ``category`` and its parent
``categoryParent`` ("Alimentation" in "Vie quotidienne", "Pharmacie" in "Santé", "Salaires et
revenus d'activité" in "Revenus"). A family's lines that no rule knows (the bakery down the
street, the crèche, a pharmacy) were left Uncategorized although the bank had said what they
were. Each line now carries the bank's word as a category of finapp's tree
(``ParsedTransaction.bank_category``, ``resources/categories.json``): the category first, else
its parent, else none. The import files a line by it only when no rule (the user's, a learned
or a shipped one) files it, and any rule that comes to file the line later wins over it
(``CategorySource.BANK``).

Alipay's app export does the same in 交易分类 (``家居家装``, ``服饰装扮``): a Taobao shop no rule
knows by name is filed by what Alipay says it sold.

Some of the bank's words say nothing finapp's tree can use and carry no hint: a transfer
received or sent ("Virements reçus", "Mouvements internes") may be the household's own money or
a person's, which finapp's transfer pairing decides; "Vie quotidienne" covers food and clothes
alike. An income category on money out (or spending on money in is a refund, filed where the
spending is, so it keeps its hint) carries none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from finapp.importers.base import ParsedStatement, ParsedTransaction
from finapp.importers.csv.cells import text
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.table import CsvTable

_GROCERIES, _DINING = "Food:Groceries", "Food:Dining"
_BILLS, _INTERNET = "Bills & Utilities", "Bills & Utilities:Internet"
_TRANSIT, _TAXES, _CHILDREN = "Transport:Public Transit", "Taxes", "Children"

#: BoursoBank's categories and parents (without accents, any case) and where finapp files them
_BOURSOBANK: Mapping[str, str] = {
    # Vie quotidienne
    "alimentation": _GROCERIES,
    "supermarche": _GROCERIES,
    "vetements": "Shopping:Clothing",
    "coiffeur": "Personal Care",
    "esthetique, soins": "Personal Care",
    "cadeaux": "Gifts & Donations",
    "dons": "Gifts & Donations",
    "animaux": "Shopping",
    # Loisirs et sorties
    "loisirs et sorties": "Entertainment",
    "restaurants": _DINING,
    "restaurants, bars": _DINING,
    "bars": _DINING,
    "abonnements": "Entertainment",
    "cinema": "Entertainment",
    "spectacles": "Entertainment",
    "sport": "Health:Fitness",
    "jeux video": "Entertainment:Games",
    "voyages": "Travel",
    "hotels": "Travel:Lodging",
    "hebergement": "Travel:Lodging",
    "avion": "Travel:Flights",
    "billets d'avion": "Travel:Flights",
    # Achats et shopping
    "achats et shopping": "Shopping",
    "achats multimedia": "Shopping:Electronics",
    "high-tech": "Shopping:Electronics",
    "ameublement": "Shopping:Home",
    "bricolage": "Housing:Maintenance",
    # Santé
    "sante": "Health",
    "pharmacie": "Health:Pharmacy",
    "medecin": "Health:Doctor",
    "dentiste": "Health:Doctor",
    "hopital": "Health:Doctor",
    "mutuelle": "Insurance",
    # Auto & Transports
    "auto & transports": "Transport",
    "transports en commun": _TRANSIT,
    "train": "Travel",
    "carburant": "Transport:Fuel",
    "peage": "Transport:Parking & Tolls",
    "parking": "Transport:Parking & Tolls",
    "taxi, vtc": "Transport:Rides & Taxis",
    "taxi": "Transport:Rides & Taxis",
    "assurance auto": "Insurance",
    # Logement
    "logement": "Housing",
    "loyer": "Housing:Rent",
    "pret immobilier": "Housing:Mortgage",
    "credit immobilier": "Housing:Mortgage",
    "travaux, entretien": "Housing:Maintenance",
    "electricite, gaz": _BILLS,
    "electricite": "Bills & Utilities:Electricity",
    "gaz": "Bills & Utilities:Gas & Heating",
    "eau": "Bills & Utilities:Water",
    "internet, tv, telephone": _INTERNET,
    "internet": _INTERNET,
    "telephone": "Bills & Utilities:Phone",
    "assurance habitation": "Insurance",
    # Enfants
    "enfants": _CHILDREN,
    "creche, garde d'enfants": _CHILDREN,
    "scolarite": "Education",
    # Revenus
    "revenus": "Income:Other",
    "salaires": "Income:Salary",
    "salaires et revenus d'activite": "Income:Salary",
    "allocations et prestations sociales": "Income:Other",
    "pensions, retraites": "Income:Other",
    "interets": "Income:Interest",
    # Epargne, impôts, banque, espèces
    "epargne": "Transfers:Savings",
    "impots": _TAXES,
    "impots et taxes": _TAXES,
    "impot sur le revenu": _TAXES,
    "taxe fonciere": _TAXES,
    "taxe d'habitation": _TAXES,
    "frais bancaires": "Fees:Bank Fees",
    "retraits d'especes": "Cash",
}

#: Alipay's 交易分类, the class its app gives every trade, and where finapp files it: a Taobao
#: or Tmall shop (``美的官方旗舰店``) is known by no rule, but Alipay says what it sold. Its
#: classes of moves and money in (转账红包, 投资理财, 信用借还, 退款, 收入, 亲友代付) and the
#: catch-alls (生活服务, 商业服务, 其他) say nothing finapp's tree can use.
_ALIPAY: Mapping[str, str] = {
    "餐饮美食": _DINING,
    "服饰装扮": "Shopping:Clothing",
    "日用百货": "Shopping",
    "家居家装": "Shopping:Home",
    "数码电器": "Shopping:Electronics",
    "运动户外": "Shopping",
    "美容美发": "Personal Care",
    "母婴亲子": _CHILDREN,
    "交通出行": "Transport",
    "爱车养车": "Transport",
    "住房物业": "Housing",
    "酒店旅游": "Travel",
    "文化休闲": "Entertainment",
    "教育培训": "Education",
    "医疗健康": "Health",
    "充值缴费": _BILLS,
    "保险": "Insurance",
    "公益捐赠": "Gifts & Donations",
}

#: profile -> (its category column, its parent's column, and their places in finapp's tree)
BANK_CATEGORIES: Mapping[str, tuple[str, str, Mapping[str, str]]] = {
    "BoursoBank": ("category", "categoryparent", _BOURSOBANK),
    "Alipay 支付宝": ("交易分类", "", _ALIPAY),
}


def with_bank_categories(
    statements: tuple[ParsedStatement, ...], table: CsvTable, mapping: CsvMapping
) -> tuple[ParsedStatement, ...]:
    """``statements`` whose lines carry the bank's category as a path of finapp's tree, for
    an export whose profile has a mapping of them; the others unchanged."""
    known = BANK_CATEGORIES.get(mapping.profile)
    if known is None or not mapping.has_header:
        return statements
    name, parent_name, places = known
    header = [normalise_name(h) for h in table.header]
    if name not in header:
        return statements
    column = header.index(name)
    parent = header.index(parent_name) if parent_name and parent_name in header else None
    by_line = dict(zip(table.lines, table.rows, strict=True))
    out = []
    for stmt in statements:
        lines = []
        for line in stmt.transactions:
            row = by_line.get(line.line or -1, ())
            hint = _place(places, text(row, column), text(row, parent), line)
            lines.append(replace(line, bank_category=hint) if hint else line)
        out.append(replace(stmt, transactions=tuple(lines)))
    return tuple(out)


def _place(places: Mapping[str, str], category: str, parent: str, line: ParsedTransaction) -> str:
    """Where the bank's ``category`` (else its ``parent``) goes in finapp's tree; "" when
    neither is known, or it is income and the line money out."""
    path = places.get(_key(category)) or places.get(_key(parent)) or ""
    return "" if path.startswith("Income") and line.amount < 0 else path


def _key(word: str) -> str:
    """The bank's word as looked up: no accents (BoursoBank writes "Epargne" and "Santé"),
    any case, single spaces."""
    plain = unicodedata.normalize("NFKD", word)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())
