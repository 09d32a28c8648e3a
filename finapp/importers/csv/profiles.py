"""Built-in profiles: what detection cannot know about widely used exports.

A profile is recognised from the header (all of ``match`` present) or, for exports without a
header, from the shape of the rows. It names the institution and fixes what the columns alone
leave open: which column is the payee, the date format where dd/mm and mm/dd both fit, and the
sign convention of card exports that write charges as positive numbers. Everything it does not
say is detected as for any other file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from finapp.core.account_types import AccountType
from finapp.importers.csv.mapping import normalise_name


@dataclass(frozen=True)
class Profile:
    name: str
    institution: str
    match: tuple[str, ...] = ()  # normalised header names that must all be present
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> header names
    sign: str | None = None
    date_format: str | None = None
    account_type: str = AccountType.CHECKING
    currency: str | None = None
    skip_status: tuple[str, ...] = ()
    shape: tuple[str, ...] = ()  # headerless exports: kind of each column, see `fits_shape`
    columns: dict[str, tuple[int, ...]] = field(default_factory=dict)  # headerless roles
    skip_empty_amount: bool = False

    def matches(self, header: tuple[str, ...]) -> bool:
        names = {normalise_name(h) for h in header}
        return bool(self.match) and all(m in names for m in self.match)


_CARD = AccountType.CREDIT_CARD
_US = "MM/DD/YYYY"
_WALLET = AccountType.PAYMENT_APP
#: Statuses of trades that moved no money: closed or failed, or a WeChat transfer the friend
#: never accepted (``已退还``: the money came back to the sender).
_CLOSED = (
    "交易关闭",
    "支付失败",
    "已关闭",
    "失败",
    "已退还",
    "对方已退还",
    "declined",
    "reverted",
    "failed",
)

PROFILES: tuple[Profile, ...] = (
    # United States
    Profile(
        "Chase credit card",
        "Chase",
        ("transaction date", "post date", "description", "category", "type", "amount", "memo"),
        account_type=_CARD,
        date_format=_US,
        roles={"date": ("transaction date",), "payee": ("description",)},
    ),
    Profile(
        "Chase checking",
        "Chase",
        ("details", "posting date", "description", "amount", "type", "balance"),
        date_format=_US,
        roles={"payee": ("description",)},
    ),
    Profile(
        "Bank of America credit card",
        "Bank of America",
        ("posted date", "reference number", "payee", "address", "amount"),
        account_type=_CARD,
        date_format=_US,
        roles={"fitid": ("reference number",)},
    ),
    Profile(
        "Bank of America checking",
        "Bank of America",
        ("date", "description", "amount", "running bal."),
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
        account_type=_CARD,
        date_format="YYYY-MM-DD",
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
        "Wells Fargo",
        "Wells Fargo",
        shape=("date", "amount", "*", "blank", "text"),
        columns={"date": (0,), "amount": (1,), "payee": (4,)},
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
    ),
    Profile(
        "PC Financial Mastercard",
        "PC Financial",
        ("merchant name", "card used for transaction", "date", "time", "amount"),
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
        roles={"payee": ("memo",)},
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
        roles={
            "date": ("completed date", "started date"),
            "payee": ("description",),
            "status": ("state",),
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
        "GLS Bank",
        "GLS Bank",
        ("kontonummer", "buchungstag", "auftraggeber/empfänger", "betrag"),
        currency="EUR",
        date_format="DD/MM/YYYY",
        roles={"memo": ("vwz1", "vwz2")},
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
    Profile(
        "TD Canada Trust",
        "TD",
        shape=("date", "text", "amount?", "amount?", "amount?"),
        columns={"date": (0,), "payee": (1,), "debit": (2,), "credit": (3,)},
        sign="debit_credit",
        date_format="MM/DD/YYYY",
        currency="CAD",
    ),
    # China and Hong Kong
    Profile(
        "Alipay 支付宝",
        "Alipay 支付宝",
        ("交易时间", "交易对方", "收/支", "金额"),
        account_type=_WALLET,
        currency="CNY",
        skip_status=_CLOSED,
        roles={
            "payee": ("交易对方",),
            "memo": ("商品说明", "交易分类"),
            "fitid": ("交易订单号",),
            "status": ("交易状态",),
            "direction": ("收/支",),
        },
    ),
    # the web export of 2018–2020: no paying source; 收/支 blank on neutral rows (资金转移)
    Profile(
        "Alipay 支付宝 (web export, 2018–2020)",
        "Alipay 支付宝",
        ("交易号", "交易创建时间", "金额(元)", "收/支", "资金状态"),
        account_type=_WALLET,
        currency="CNY",
        skip_status=_CLOSED,
        roles={
            "date": ("交易创建时间",),
            "amount": ("金额(元)",),
            "payee": ("交易对方",),
            "memo": ("商品名称", "类型"),
            "fitid": ("交易号",),
            "status": ("交易状态",),
            "direction": ("收/支",),
        },
    ),
    # the web's 账务明细 (2018–2020): every move of the 余额 balance, money in and out apart
    Profile(
        "Alipay 支付宝 余额 账务明细",
        "Alipay 支付宝 余额",
        ("账务流水号", "发生时间", "收入金额(+元)", "支出金额(-元)"),
        account_type=_WALLET,
        currency="CNY",
        sign="debit_credit",
        roles={
            "date": ("发生时间",),
            "credit": ("收入金额(+元)",),
            "debit": ("支出金额(-元)",),
            "payee": ("商品名称",),
            "memo": ("业务类型", "对方账号"),
            "fitid": ("账务流水号",),
        },
    ),
    Profile(
        "WeChat Pay 微信支付",
        "WeChat Pay 微信支付",
        ("交易时间", "交易对方", "收/支", "金额(元)"),
        account_type=_WALLET,
        currency="CNY",
        skip_status=_CLOSED,
        roles={
            "payee": ("交易对方",),
            "memo": ("商品", "交易类型"),
            "fitid": ("交易单号",),
            "status": ("当前状态",),
            "direction": ("收/支",),
        },
    ),
    Profile(
        "JD 京东",
        "JD 京东",
        ("交易时间", "商户名称", "交易说明", "金额", "收/支"),
        account_type=_WALLET,
        currency="CNY",
        skip_status=_CLOSED,
        roles={
            "payee": ("商户名称",),
            "memo": ("交易说明",),
            "fitid": ("交易订单号",),
            "status": ("交易状态",),
            "direction": ("收/支",),
        },
    ),
    Profile(
        "Meituan 美团",
        "Meituan 美团",
        ("交易创建时间", "订单标题", "收/支", "实付金额"),
        account_type=_WALLET,
        currency="CNY",
        skip_status=_CLOSED,
        roles={
            "date": ("交易成功时间", "交易创建时间"),
            "amount": ("实付金额",),
            "payee": ("订单标题",),
            "fitid": ("交易单号",),
            "direction": ("收/支",),
        },
    ),
    Profile(
        "Agricultural Bank of China 农业银行",
        "ABC 农业银行",
        ("交易日期", "交易时间", "交易摘要", "交易金额", "本次余额", "对手信息"),
        currency="CNY",
        roles={"payee": ("对手信息",), "memo": ("交易摘要", "交易附言")},
    ),
    Profile(
        "Bank of China credit card 中国银行",
        "BOC 中国银行",
        ("交易日", "银行记账日", "卡号后四位", "交易描述", "存入", "支出", "币种"),
        account_type=_CARD,
        currency="CNY",
        roles={"date": ("交易日",), "payee": ("交易描述",)},
    ),
    Profile(
        "Bank of China debit 中国银行",
        "BOC 中国银行",
        ("记账日期", "记账时间", "币别", "金额", "余额", "交易名称"),
        currency="CNY",
        roles={"payee": ("对方账户名",), "memo": ("交易名称", "附言")},
    ),
    Profile(
        "Bank of Communications credit card 交通银行",
        "BOCOM 交通银行",
        ("交易日期", "记账日期", "交易说明", "交易币种/金额", "入账币种/金额"),
        account_type=_CARD,
        currency="CNY",
        roles={"amount": ("入账币种/金额",), "payee": ("交易说明",), "direction": ("交易说明",)},
    ),
    Profile(
        "Bank of Communications debit 交通银行",
        "BOCOM 交通银行",
        ("序号", "交易日期", "借贷", "交易金额", "对方户名"),
        currency="CNY",
        roles={"payee": ("对方户名",), "memo": ("交易类型", "摘要"), "direction": ("借贷",)},
    ),
    Profile(
        "China Guangfa Bank credit card 广发银行",
        "CGB 广发银行",
        ("交易日期", "入账日期", "交易摘要", "交易金额", "入账金额"),
        sign="negate",
        account_type=_CARD,
        currency="CNY",
        roles={"amount": ("入账金额",), "payee": ("交易摘要",)},
    ),
    Profile(
        "China Merchants Bank credit card 招商银行",
        "CMB 招商银行",
        ("交易日", "记账日", "交易摘要", "人民币金额"),
        sign="negate",
        account_type=_CARD,
        currency="CNY",
        roles={"date": ("记账日",), "amount": ("人民币金额",), "payee": ("交易摘要",)},
    ),
    Profile(
        "China Merchants Bank debit 招商银行",
        "CMB 招商银行",
        ("记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息"),
        currency="CNY",
        roles={"payee": ("对手信息",), "memo": ("交易摘要", "客户摘要")},
    ),
    Profile(
        "ICBC credit card 工商银行",
        "ICBC 工商银行",
        ("交易日期", "记账日期", "摘要", "记账金额(收入)", "记账金额(支出)"),
        account_type=_CARD,
        currency="CNY",
        roles={
            "payee": ("交易场所",),
            "memo": ("摘要",),
            "credit": ("记账金额(收入)",),
            "debit": ("记账金额(支出)",),
            "currency": ("记账币种",),
        },
    ),
    Profile(
        "ICBC debit 工商银行",
        "ICBC 工商银行",
        ("交易日期", "摘要", "钞/汇", "记账金额(收入)", "记账金额(支出)"),
        currency="CNY",
        roles={
            "payee": ("交易场所", "对方户名"),
            "memo": ("摘要",),
            "credit": ("记账金额(收入)",),
            "debit": ("记账金额(支出)",),
            "currency": ("记账币种",),
        },
    ),
    Profile(
        "HSBC Hong Kong credit card",
        "HSBC HK",
        (
            "transaction date",
            "post date",
            "description",
            "billing amount",
            "billing currency",
            "credit / debit",
        ),
        account_type=_CARD,
        date_format="DD/MM/YYYY",
        currency="HKD",
        roles={
            "payee": ("merchant name", "description"),
            "memo": ("description",),
            "direction": ("credit / debit",),
            "currency": ("billing currency",),
        },
    ),
    Profile(
        "HSBC Hong Kong account",
        "HSBC HK",
        ("date", "description", "billing amount", "billing currency", "balance"),
        date_format="DD/MM/YYYY",
        currency="HKD",
        roles={"currency": ("billing currency",)},
    ),
)


def profile_for_header(header: tuple[str, ...]) -> Profile | None:
    """The most specific built-in profile whose columns are all in ``header``."""
    fitting = [p for p in PROFILES if p.matches(header)]
    return max(fitting, key=lambda p: len(p.match), default=None)


def profile_named(name: str) -> Profile | None:
    wanted = name.strip().lower()
    return next((p for p in PROFILES if p.name.lower() == wanted), None)


def headerless_profiles() -> tuple[Profile, ...]:
    return tuple(p for p in PROFILES if p.shape)
