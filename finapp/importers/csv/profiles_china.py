"""Built-in profiles of exports from China and Hong Kong: payment apps and banks.

Apart from :mod:`.profiles_western` so each list stays a readable page of data. Payment-app
exports list trades that moved no money (closed, failed, returned); their statuses are skipped.
"""

from __future__ import annotations

from dataclasses import replace

from finapp.core.account_types import AccountType
from finapp.importers.csv.profile import Profile

_CARD = AccountType.CREDIT_CARD
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

#: Alipay's web export of 2018–2020, with its 收/支 column
_ALIPAY_WEB = Profile(
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
        "memo": ("商品名称", "类型", "备注"),
        "fitid": ("交易号",),
        "status": ("交易状态",),
        "direction": ("收/支",),
    },
)

CHINA: tuple[Profile, ...] = (
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
            # 备注 holds the user's own words on a transfer ("3月房租"): what it paid for
            "memo": ("商品说明", "交易分类", "备注"),
            "fitid": ("交易订单号",),
            "status": ("交易状态",),
            "direction": ("收/支",),
        },
    ),
    # the web export of 2018–2020: no paying source; 收/支 blank on neutral rows (资金转移)
    _ALIPAY_WEB,
    # the same export downloaded without 收/支: 资金状态 says which way (已支出, 已收入; 资金转移
    # neither)
    replace(
        _ALIPAY_WEB,
        name="Alipay 支付宝 (web export, 2018–2020, no 收/支)",
        match=("交易号", "交易创建时间", "金额(元)", "资金状态"),
        roles={**_ALIPAY_WEB.roles, "direction": ("资金状态",)},
    ),
    # the same export opened in Excel and saved again: 资金状态 and 交易来源地 gone, dates
    # rewritten (2026/2/10 07:57), 收/支 says 不计收支 of a neutral row
    replace(
        _ALIPAY_WEB,
        name="Alipay 支付宝 (web export, saved again by Excel)",
        match=("交易号", "交易创建时间", "金额(元)", "收/支"),
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
    # the online-banking 账户明细: the other party in 对方户名 (none for a cash withdrawal: the
    # memo names it), what the money was for in 交易用途, the bank's booking in 交易摘要
    Profile(
        "Agricultural Bank of China 农业银行 (online banking)",
        "ABC 农业银行",
        ("交易日期", "交易时间", "交易金额", "本次余额", "对方户名", "交易用途"),
        currency="CNY",
        roles={"payee": ("对方户名",), "memo": ("交易用途", "交易摘要")},
    ),
    Profile(
        "Bank of China credit card 中国银行",
        "BOC 中国银行",
        ("交易日", "银行记账日", "卡号后四位", "交易描述", "存入", "支出", "币种"),
        account_type=_CARD,
        currency="CNY",
        roles={"date": ("交易日",), "payee": ("交易描述",)},
    ),
    # the online-banking 交易流水: the other party in 对方账户名称, the booking in 业务摘要
    Profile(
        "Bank of China debit 中国银行 (online banking)",
        "BOC 中国银行",
        ("交易日期", "交易时间", "业务摘要", "交易金额", "余额", "对方账户名称"),
        currency="CNY",
        roles={"payee": ("对方账户名称",), "memo": ("业务摘要", "附言")},
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
    # purchases positive, repayments (还款) negative, as every Chinese card export writes them
    Profile(
        "China Construction Bank credit card 建设银行",
        "CCB 建设银行",
        ("交易日期", "银行记账日", "交易描述", "结算币种", "结算金额"),
        sign="negate",
        account_type=_CARD,
        currency="CNY",
        roles={
            "booked": ("银行记账日",),
            "amount": ("结算金额",),
            "currency": ("结算币种",),
            "payee": ("交易描述",),
        },
    ),
    Profile(
        "China Construction Bank debit 建设银行",
        "CCB 建设银行",
        ("序号", "摘要", "币别", "交易日期", "交易金额", "账户余额", "交易地点/附言"),
        currency="CNY",
        roles={"payee": ("交易地点/附言", "对方账号与户名"), "memo": ("摘要",)},
    ),
    Profile(
        "China Merchants Bank credit card 招商银行",
        "CMB 招商银行",
        ("交易日", "记账日", "交易摘要", "人民币金额"),
        sign="negate",
        account_type=_CARD,
        currency="CNY",
        roles={
            "date": ("交易日",),
            "booked": ("记账日",),
            "amount": ("人民币金额",),
            "payee": ("交易摘要",),
        },
    ),
    Profile(
        "China Merchants Bank debit 招商银行",
        "CMB 招商银行",
        ("记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息"),
        currency="CNY",
        roles={"payee": ("对手信息",), "memo": ("交易摘要", "客户摘要")},
    ),
    # the classic 一卡通 export (``# 招商银行交易记录`` above it): the other party in 交易备注
    Profile(
        "China Merchants Bank debit 招商银行 (classic)",
        "CMB 招商银行",
        ("交易日期", "交易时间", "收入", "支出", "余额", "交易类型", "交易备注"),
        currency="CNY",
        roles={"payee": ("交易备注",), "memo": ("交易类型",)},
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
            # 交易详情 (the export since 2023) holds the sender's own words on a 网转 ("11月房租")
            "memo": ("摘要", "交易详情"),
            "credit": ("记账金额(收入)",),
            "debit": ("记账金额(支出)",),
            "currency": ("记账币种",),
        },
    ),
    # 兴业银行's 交易明细 workbook: the account's number (账户账号) and its sub-account with its
    # currency (卡内账户 "002 活期储蓄存款 港币 现汇") on lines of two cells above the header,
    # one workbook a sub-account; 支出 and 收入 apart, 摘要 the kind of line, 用途 the sender's
    # words ("11月房租"), 对方户名 the other party
    Profile(
        "Industrial Bank debit 兴业银行",
        "CIB 兴业银行",
        ("交易时间", "记账日", "支出", "收入", "账户余额", "摘要", "对方户名", "用途"),
        sign="debit_credit",
        roles={
            "date": ("交易时间",),
            "debit": ("支出",),
            "credit": ("收入",),
            "balance": ("账户余额",),
            "payee": ("对方户名",),
            "memo": ("摘要", "用途", "备注"),
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
