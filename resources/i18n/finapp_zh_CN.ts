<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="49"/>
        <source>About finapp</source>
        <extracomment>the licence in pyproject.toml</extracomment>
        <translation>关于 finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="54"/>
        <source>finapp</source>
        <translation>finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="59"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="70"/>
        <source>Household finance and subscriptions from your bank statements, kept in an encrypted database that never leaves this computer.</source>
        <translation>根据您的银行对账单管理家庭财务和订阅，数据保存在加密数据库中，绝不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="79"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="80"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="82"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="90"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="91"/>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="93"/>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="95"/>
        <source>%1 (PySide6 %2)</source>
        <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/about.py" line="99"/>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
</context>
<context>
    <name>AccountChoiceDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="39"/>
        <source>Which account is %1 from?</source>
        <translation>%1 是哪个账户的？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="43"/>
        <source>This file names no bank or account number. Choose the account its lines belong to, or a new one:</source>
        <translation>此文件没有写明银行或账号。请选择这些交易所属的账户，或新建一个：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="53"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="53"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="53"/>
        <source>Ends in</source>
        <translation>尾号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="68"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="71"/>
        <source>Name of the new account</source>
        <translation>新账户的名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="72"/>
        <source>&amp;Name of the new account:</source>
        <translation>新账户的名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/account_choice.py" line="98"/>
        <source>Type a name for the new account.</source>
        <translation>请输入新账户的名称。</translation>
    </message>
</context>
<context>
    <name>AccountClosing</name>
    <message>
        <location filename="../../finapp/gui/pages/accounts_closing.py" line="33"/>
        <source>%1 is open again.</source>
        <extracomment>what a closing changes: balances (net worth, health, the forecast), statuses, warnings the status bar&apos;s words once it is done</extracomment>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_closing.py" line="34"/>
        <source>%1 closed on %2: its balance counts as nothing from then.</source>
        <translation>%1 已于 %2 销户：自该日起其余额按零计算。</translation>
    </message>
</context>
<context>
    <name>AccountCurrency</name>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="155"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="146"/>
        <source>What are the amounts of %1 in? They stay as the bank wrote them: only their currency changes.</source>
        <translation>%1 的金额是哪种货币？金额保持银行所写的数字不变，只改币种。</translation>
    </message>
</context>
<context>
    <name>AccountRename</name>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="96"/>
        <source>Name</source>
        <extracomment>what shows an account&apos;s name, and is told when it changes what an account&apos;s type changes: the cards and cash of the health page, where subscriptions are paid from, the alerts of cards and balances what an account&apos;s currency changes: every amount of it shown, and the totals it is part of</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="99"/>
        <source>Name (statements of %1 carry no account number: after a rename, choose this account when you import them)</source>
        <translation>名称（%1 的账单不带账号：重命名后，导入这些账单时请选择此账户）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="117"/>
        <source>Rename account</source>
        <translation>重命名账户</translation>
    </message>
</context>
<context>
    <name>AccountType</name>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="17"/>
        <source>Checking</source>
        <translation>活期账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="18"/>
        <source>Savings</source>
        <translation>储蓄账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="19"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="20"/>
        <source>Payment app</source>
        <translation>支付应用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="21"/>
        <source>Investment</source>
        <translation>投资账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="22"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="23"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/account_types.py" line="24"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="130"/>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts_menu.py" line="126"/>
        <source>What is %1?</source>
        <translation>%1 是什么账户？</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="89"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="vanished">机构</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">账号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="28"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="93"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="95"/>
        <source>The bank or payment service that holds it</source>
        <translation>开户银行或支付服务</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="97"/>
        <source>No.</source>
        <translation>尾号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="99"/>
        <source>The account or card number&apos;s last four digits</source>
        <translation>账号或卡号的后四位</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="101"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="103"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="106"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="108"/>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="111"/>
        <source>Warn when the balance falls below this</source>
        <translation>余额低于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="113"/>
        <source>Covered</source>
        <translation>账单期间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="116"/>
        <source>The days your imported statements cover</source>
        <translation>已导入对账单覆盖的日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="118"/>
        <source>Gaps</source>
        <translation>缺失时段</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="120"/>
        <source>Days no imported statement covers</source>
        <translation>没有已导入对账单覆盖的日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="122"/>
        <source>Books</source>
        <translation>对账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/accounts_model.py" line="124"/>
        <source>Whether the transactions add up to the balances the statements state</source>
        <translation>交易是否与对账单所列余额相符</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="vanished">导入时间</translation>
    </message>
    <message>
        <source>The day of the last import</source>
        <translation type="vanished">最近一次导入的日期</translation>
    </message>
    <message>
        <source>Warn below</source>
        <translation type="vanished">低于此值时提醒</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="vanished">账单覆盖</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="vanished">缺失</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="vanished">最近导入</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="83"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="89"/>
        <source>e.g. 500</source>
        <translation>例如 500</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="90"/>
        <source>Low-balance threshold</source>
        <translation>低余额阈值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="92"/>
        <source>Set threshold</source>
        <translation>设置阈值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="93"/>
        <source>Set low-balance threshold of the selected account</source>
        <translation>设置所选账户的低余额阈值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="96"/>
        <source>Set balance…</source>
        <translation>设置余额…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="98"/>
        <source>Set the balance of the selected account on a day</source>
        <translation>设置所选账户某一天的余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="101"/>
        <source>Reconcile…</source>
        <translation>对账…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="103"/>
        <source>Check the selected account&apos;s transactions against its statements</source>
        <translation>将所选账户的交易与其对账单核对</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="106"/>
        <source>Show transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="107"/>
        <source>Show transactions of the selected account</source>
        <translation>查看所选账户的交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="110"/>
        <source>No balance known for this account: set one so the low-balance alert can work</source>
        <translation>此账户没有已知余额：请设置一个，低余额提醒才能生效</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="124"/>
        <source>Warn below</source>
        <translation>低于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="146"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="147"/>
        <source>Account t&amp;ype…</source>
        <translation>账户类型(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="148"/>
        <source>C&amp;urrency…</source>
        <translation>币种(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="149"/>
        <source>Set &amp;balance…</source>
        <translation>设置余额(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="150"/>
        <source>Re&amp;concile…</source>
        <translation>对账(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="151"/>
        <source>Show &amp;transactions</source>
        <translation>查看交易(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="153"/>
        <source>C&amp;lose account…</source>
        <translation>销户(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="154"/>
        <source>Re&amp;open account</source>
        <translation>重新启用账户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="158"/>
        <source>Rename the account</source>
        <translation>重命名账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="173"/>
        <source>No accounts yet: each statement you import adds its account.</source>
        <translation>还没有账户：每导入一份对账单，就会添加其对应的账户。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="174"/>
        <source>Import statements…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="209"/>
        <source>%1. %2</source>
        <comment>the account&apos;s statements and balance, then its books</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="218"/>
        <source>No statements imported</source>
        <translation>尚未导入账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="222"/>
        <source>Statements %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="227"/>
        <source>missing %1</source>
        <translation>缺失 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="230"/>
        <source>last import %1</source>
        <translation>最近导入 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="234"/>
        <source>amounts in %1</source>
        <translation>金额以%1计</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="236"/>
        <source>closed on %1</source>
        <translation>%1 销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="238"/>
        <source>balance unknown</source>
        <translation>余额未知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="242"/>
        <source>balance %1 on %2</source>
        <translation>%2 余额 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="322"/>
        <source>Import a statement of this account to reconcile it.</source>
        <translation>请先导入此账户的对账单再对账。</translation>
    </message>
    <message>
        <source>Warn when the balance falls below</source>
        <translation type="vanished">余额低于此值时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="260"/>
        <source>Select an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="88"/>
        <source>No accounts yet.</source>
        <translation>还没有账户。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="108"/>
        <source>%1 (closed on %2)</source>
        <translation>%1（%2 销户）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="111"/>
        <source>Closed, not graded and not counted: %1</source>
        <translation>已销户，不评级也不计入：%1</translation>
    </message>
</context>
<context>
    <name>AddSubscriptionDialog</name>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="51"/>
        <source>Add subscription</source>
        <extracomment>the account it is paid from; None: cash or an account finapp does not see the payee its charges carry on statements; None: its name</extracomment>
        <translation>添加订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="53"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="55"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="80"/>
        <source>Payee on statements</source>
        <translation>账单上的收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="56"/>
        <source>Optional: its past charges are linked</source>
        <translation>可选：已导入的往期扣款会关联到它</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="58"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="81"/>
        <source>Amount each time</source>
        <translation>每次金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="61"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="82"/>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="66"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="85"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="67"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="68"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="69"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="83"/>
        <source>Next charge</source>
        <translation>下次扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="74"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="84"/>
        <source>Paid from</source>
        <extracomment>the day and amount read when OK was pressed</extracomment>
        <translation>付款账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="75"/>
        <source>Cash or an account not in finapp</source>
        <translation>现金或不在 finapp 中的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="91"/>
        <source>Type a name for the subscription.</source>
        <translation>请填写订阅的名称。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="94"/>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="102"/>
        <source>Type what one charge costs, e.g. 9.99.</source>
        <translation>请填写每次扣费的金额，例如 9.99。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_add.py" line="107"/>
        <source>Type the next charge&apos;s day as a date, e.g. %1.</source>
        <translation>请把下次扣款日输入为日期，例如 %1。</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../finapp/gui/notify.py" line="299"/>
        <location filename="../../finapp/gui/notify.py" line="304"/>
        <location filename="../../finapp/gui/notify.py" line="312"/>
        <source>finapp</source>
        <extracomment>how often the schedule looks at the clock (cheap: no store access unless a check is due) a tick arriving this much later than the last one means the computer was asleep the longest between two checks while nothing else (date, wake, import) triggers one more notifications than this at once become one summary notification, not a flood renewals the tray menu lists the hour a pause &quot;until tomorrow&quot; ends (the start of a working day) the list of :class:`AlertNote` just shown notifications were paused (until a datetime) or resumed (None) the day subscriptions were last detected for: on a new day their dates move on when the last check started, and the last tick of the schedule a decision came while a check ran: check again once it is done, and announce it unread alerts at the last check, new ones included: a summary names the older too what a click on the latest tray notification opens the desktop&apos;s own notifications (D-Bus on Linux, else the tray); quiet hours, snoozes</extracomment>
        <translation>finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/notify.py" line="310"/>
        <source>finapp: urgent alert</source>
        <translation>finapp：紧急提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/notify.py" line="311"/>
        <source>finapp: alert</source>
        <translation>finapp：提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/notify.py" line="318"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="324"/>
        <source>%n payment(s) due this week: %1</source>
        <translation>
            <numerusform>本周有 %n 笔付款到期：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="326"/>
        <source>%n payment(s) coming up: %1</source>
        <translation>
            <numerusform>即将有 %n 笔付款到期：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="328"/>
        <source>%n renewal(s) this week: %1</source>
        <translation>
            <numerusform>本周有 %n 项续费：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="330"/>
        <source>%n renewal(s) coming up: %1</source>
        <translation>
            <numerusform>即将有 %n 项续费：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="338"/>
        <source>%n new alerts, %1 unread in all. Most important: %2</source>
        <translation>
            <numerusform>%n 条新提醒，共 %1 条未读。最重要的：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/notify.py" line="340"/>
        <source>%n new alerts. Most important: %1</source>
        <translation>
            <numerusform>%n 条新提醒。最重要的：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts. Latest: %1</source>
        <translation type="vanished">
            <numerusform>%n 条新提醒。最新：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/notify.py" line="346"/>
        <source>Show alerts</source>
        <translation>查看提醒</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="36"/>
        <source>%1 has used %2% of its %3 budget (%4 of %5).</source>
        <extracomment>the English form; the GUI translates its own literal with Qt&apos;s plural forms</extracomment>
        <translation>%1 已用掉 %3 预算的 %2%（%4 / %5）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="38"/>
        <source>%1 is over its %3 budget: %2% used (%4 of %5).</source>
        <translation>%1 已超出 %3 预算：已用 %2%（%4 / %5）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="40"/>
        <source>%1 is at %2% of its %3 budget (%4 of %5).</source>
        <translation>%1 已达到 %3 预算的 %2%（%4 / %5）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="27"/>
        <source>today</source>
        <extracomment>a source text and the values of its %1, %2… how a face says a number of days from today (&quot;today&quot;, &quot;tomorrow&quot;, &quot;in 3 days&quot;)</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="28"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/alert_texts.py" line="46"/>
        <source>in %n days</source>
        <extracomment>the GUI&apos;s forms of typed facts, in the default (interface) locale facts naming a payee: a salary&apos;s, a card payment&apos;s or a transfer&apos;s name is worded here</extracomment>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="47"/>
        <source>%1 is due %2 (%3) for %4.</source>
        <translation>%1 %2（%3）到期，金额 %4。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="48"/>
        <source>%1 renews %2 (%3) for %4.</source>
        <translation>%1 %2（%3）续费，金额 %4。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="53"/>
        <source>%1 fell to %2 on %3, below your %4 threshold, and was back on %5.</source>
        <translation>%1 在 %3 降至 %2，低于您设置的 %4 阈值，已于 %5 恢复。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="57"/>
        <source>%1 was at %2 on %3 (latest statement), below your %4 threshold.</source>
        <translation>%1 在 %3（最新账单）余额为 %2，低于您设定的 %4 提醒线。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="60"/>
        <source>%1 is at %2, below your %3 threshold.</source>
        <translation>%1 余额为 %2，低于您设定的 %3 提醒线。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="67"/>
        <source>%1 came into %2 on %3 and %4 of it went out within %5 hours to one other party. Banks hold accounts that money passes straight through: keep the paperwork for these payments, or tell your bank before large one-off movements.</source>
        <translation>%3 有 %1 转入 %2，其中 %4 在 %5 小时内又转给了他人。银行会冻结资金“快进快出”的账户：请保留这些付款的凭证，或在大额一次性资金往来前告知银行。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="84"/>
        <source>%1 is projected to fall below your %5 threshold on %6 and as low as %2 on %3 after %4.</source>
        <translation>预计 %1 在 %6 低于您设定的 %5 提醒线，并在 %3 支付 %4 后最低降至 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="98"/>
        <source>%1 deposits into %2 from %3 to %4, each just under %5 (%6 in all). Deposits split to stay under a reporting threshold are what banks must report: pay a sum in at once, and keep the paperwork of where it came from.</source>
        <translation>%2 在 %3 至 %4 之间有 %1 笔存入，每笔都略低于 %5（合计 %6）。为避开申报门槛而拆分的存款正是银行必须上报的：请一次存入，并保留资金来源的凭证。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="105"/>
        <source>%1 transfers out of %2 from %3 to %4, each just under %5 (%6 in all). Payments split to stay under a reporting threshold are what banks must report: make one payment and keep its paperwork.</source>
        <translation>%2 在 %3 至 %4 之间有 %1 笔转出，每笔都略低于 %5（合计 %6）。为避开申报门槛而拆分的付款正是银行必须上报的：请一次付清并保留凭证。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="121"/>
        <source>%1 went up from %2 to %3 (%4 more a year).</source>
        <translation>%1 已从 %2 涨到 %3（每年多付 %4）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="129"/>
        <source>Good news: %1 rose from %2 to %3 (%4 more a year).</source>
        <translation>好消息：%1 已从 %2 增至 %3（每年多收入 %4）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="132"/>
        <source>Good news: %1 rose from %2 to %3.</source>
        <translation>好消息：%1 已从 %2 增至 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="139"/>
        <source>Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months the household spent %6 a month more than came in: %7 a month short. Spend less or save more each month, or move the date or the target.</source>
        <translation>储蓄目标“%1”需每月存 %2，才能在 %4 前达到 %3；但近 %5 个月家庭平均每月入不敷出 %6：每月还差 %7。请每月少花一些或多存一些，或推迟日期、降低目标。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="147"/>
        <source>Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months the household had %6 a month left after spending, and goals due sooner (%7) take %8 of it: %9 a month short. Save more each month, or move a date or a target.</source>
        <translation>储蓄目标“%1”需每月存 %2，才能在 %4 前达到 %3；但近 %5 个月家庭每月收支结余只有 %6，其中 %8 先用于更早到期的目标（%7）：每月还差 %9。请每月多存一些，或推迟某个日期、降低某个目标。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="153"/>
        <source>Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months the household had %6 a month left after spending: %7 a month short. Save more each month, or move the date or the target.</source>
        <translation>储蓄目标“%1”需每月存 %2，才能在 %4 前达到 %3；但近 %5 个月家庭每月收支结余只有 %6：每月还差 %7。请每月多存一些，或推迟日期、降低目标。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="164"/>
        <source>%1 charged %2 on %3, after you cancelled it on %4.</source>
        <translation>%1 在您于 %4 取消后，仍于 %3 扣款 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="167"/>
        <source>%1 charged you %2 times since you cancelled it on %3, %4 in all (from %5 to %6).</source>
        <translation>自您于 %3 取消以来，%1 已扣款 %2 次，共 %4（%5 至 %6）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="173"/>
        <source>%1 charged %2 on %3 after you cancelled it.</source>
        <translation>%1 在您取消后仍于 %3 扣款 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="180"/>
        <source>Your emergency fund covers %1 months of essential spending (%2 for %3 a month); your target is %4 months. Not counted, their balance not known: %5.</source>
        <translation>您的应急资金可覆盖 %1 个月的必要开支（%2，每月 %3）；目标是 %4 个月。余额未知、未计入：%5。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="219"/>
        <source>Statements for %1 end %2: import newer ones, or close the account if you no longer have it.</source>
        <translation>%1 的对账单截至 %2：请导入更新的对账单；如果您已不再持有该账户，可将其销户。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="260"/>
        <source>%1 is at %2% of its %3 limit (%4 owed). Using much of a card&apos;s limit lowers your credit score, and near the limit a payment can be declined: pay it down before the statement closes, or ask for a higher limit.</source>
        <translation>%1 已用额度 %2%（额度 %3，欠款 %4）。信用卡额度用得越多，信用评分越低；接近额度时付款可能被拒：请在账单日前还掉一部分，或申请提高额度。</translation>
    </message>
    <message>
        <source>A large charge of %1 from %2.</source>
        <translation type="vanished">%2 有一笔 %1 的大额扣款。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="204"/>
        <source>%1 charged %2, far above the usual %3.</source>
        <translation>%1 扣款 %2，远高于通常的 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="208"/>
        <source>A first charge of %1 from a new merchant, %2.</source>
        <translation>新商户 %2 首次扣款 %1。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="212"/>
        <source>%1 charged %2 twice (%3 and %4).</source>
        <translation>%1 重复扣款 %2 两次（%3 和 %4）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="73"/>
        <source>%1 came into %2 on %3 and %4 of it went out within %5 hours to %6 other parties. Banks hold accounts that money passes straight through: keep the paperwork for these payments, or tell your bank before large one-off movements.</source>
        <translation>%3 有 %1 转入 %2，其中 %4 在 %5 小时内又转给了 %6 个他人。银行会冻结资金“快进快出”的账户：请保留这些付款的凭证，或在大额一次性资金往来前告知银行。</translation>
    </message>
    <message>
        <source>%1 was due on %2 for %3; your statements end %4, so they cannot show it yet.</source>
        <translation type="vanished">%1已于%2到期（%3）；您的账单截至%4，暂时还看不到这笔付款。</translation>
    </message>
    <message>
        <source>%1 renewed on %2 for %3; your statements end %4, so they cannot show it yet.</source>
        <translation type="vanished">%1已于%2续费（%3）；您的账单截至%4，暂时还看不到这笔扣款。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="111"/>
        <source>%1 deposits or transfers on %2 from %3 to %4, each just under %5 (%6 in all). Amounts split to stay under a reporting threshold are what banks must report: make one payment and keep its paperwork.</source>
        <translation>%2 在 %3 至 %4 之间有 %1 笔存入或转账，每笔都略低于 %5（合计 %6）。为避开申报门槛而拆分的金额正是银行必须上报的：请一次付清并保留凭证。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="234"/>
        <source>%1 went from %2 to %3 at %4 on %5. Large transfers at night are a common reason for a bank to hold an account: make them in the daytime, or tell your bank first.</source>
        <translation>%5 %4，%2 向 %3 转出 %1。深夜大额转账是银行冻结账户的常见原因：请在白天转账，或事先告知银行。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="242"/>
        <source>%1 paid %2 parties never paid before within %3 days (%4 to %5, %6 in all). A burst of new counterparties can make a bank freeze an account: keep the invoices, and spread such payments out.</source>
        <translation>%1 在 %3 天内（%4 至 %5）向 %2 个从未付过款的对象付款，合计 %6。短时间内出现大量新交易对象可能导致银行冻结账户：请保留发票，并分散此类付款。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="185"/>
        <source>Your emergency fund covers %1 months of essential spending (%2 for %3 a month); your target is %4 months.</source>
        <translation>您的应急资金可覆盖 %1 个月的必要开支（%2，每月 %3）；目标是 %4 个月。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="252"/>
        <source>Savings goal %1 is behind: %2 of %3 saved; %4 a month would reach it by %5.</source>
        <translation>储蓄目标“%1”进度落后：已存 %2，目标 %3；每月存 %4 才能在 %5 前达成。</translation>
    </message>
    <message>
        <source>%1 is at %2% of its %3 limit (%4 owed).</source>
        <translation type="vanished">%1 已用额度 %2%（额度 %3，欠款 %4）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="269"/>
        <source>%1: a payment of %2 is due %3 (%4).</source>
        <translation>%1：%2 的还款%3到期（%4）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="273"/>
        <source>Your %1 active subscriptions cost %2 a month, over your cap of %3.</source>
        <translation>您的 %1 项有效订阅每月花费 %2，超出上限 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="279"/>
        <source>Time to review %1: keep it or cancel it (due %2).</source>
        <translation>该复查 %1 了：保留还是取消（复查日 %2）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="283"/>
        <source>%1 has not been reviewed since %2: keep it or cancel it?</source>
        <translation>%1 自 %2 起未复查：保留还是取消？</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="89"/>
        <source>%1 is projected to fall to %2 on %3 after %4, below your %5 threshold.</source>
        <translation>预计 %1 在 %3 支付 %4 后降至 %2，低于您设定的 %5 提醒线。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="123"/>
        <source>%1 went up from %2 to %3.</source>
        <translation>%1 已从 %2 涨价到 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="201"/>
        <source>A large charge of %1: %2.</source>
        <translation>大额支出 %1：%2。</translation>
    </message>
    <message>
        <source>%1 charged %2 after you cancelled it.</source>
        <translation type="vanished">%1 在您取消后仍扣款 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/alert_sentences.py" line="227"/>
        <source>%1 was expected on %2 but has not been charged.</source>
        <translation>%1 应于 %2 扣款，但尚未扣款。</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="17"/>
        <source>Low balance</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="18"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="19"/>
        <source>Large charge</source>
        <translation>大额支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="20"/>
        <source>Unusual charge</source>
        <translation>异常支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="21"/>
        <source>Duplicate charge</source>
        <translation>重复扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="22"/>
        <source>New merchant</source>
        <translation>新商户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="23"/>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="24"/>
        <source>Price increase</source>
        <translation>涨价</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="25"/>
        <source>Charged after cancel</source>
        <translation>取消后仍扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="26"/>
        <source>Stopped charging</source>
        <translation>已停止扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="27"/>
        <source>Statements out of date</source>
        <translation>对账单已过时</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="28"/>
        <source>Income change</source>
        <translation>收入变化</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="29"/>
        <source>Money passing through</source>
        <translation>资金快进快出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="30"/>
        <source>Split under a threshold</source>
        <translation>拆分避开门槛</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="31"/>
        <source>Late-night transfer</source>
        <translation>深夜转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="32"/>
        <source>Many new payees</source>
        <translation>大量新收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="33"/>
        <source>Emergency fund</source>
        <translation>应急资金</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="34"/>
        <source>Savings goal behind</source>
        <translation>储蓄目标进度落后</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="35"/>
        <source>Savings goal beyond savings</source>
        <translation>储蓄目标超出结余</translation>
    </message>
    <message>
        <source>Savings goal</source>
        <translation type="vanished">储蓄目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="36"/>
        <source>Card limit</source>
        <translation>信用卡额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="37"/>
        <source>Card payment due</source>
        <translation>信用卡还款到期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="38"/>
        <source>Subscription cap</source>
        <translation>订阅上限</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="39"/>
        <source>Review due</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="40"/>
        <source>Not reviewed for a year</source>
        <translation>一年未复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="41"/>
        <source>Balance forecast</source>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="44"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="vanished">信息</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="45"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="46"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="49"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="50"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="51"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="84"/>
        <source>Date</source>
        <extracomment>mid-tone colours, readable on light and dark palettes alike</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="89"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="95"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="100"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="106"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/alerts_model.py" line="112"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="119"/>
        <source>Alert kind filter</source>
        <extracomment>the alert asked for before its row had loaded</extracomment>
        <translation>按提醒类型筛选</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="121"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="125"/>
        <source>Severity filter</source>
        <translation>按级别筛选</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="126"/>
        <source>Any severity</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="129"/>
        <source>Unread only</source>
        <translation>仅未读</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation type="vanished">显示已忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="135"/>
        <location filename="../../finapp/gui/pages/alerts.py" line="289"/>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="136"/>
        <source>Check for new alerts now</source>
        <translation>立即检查新提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="154"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="161"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="131"/>
        <source>Current alerts or history</source>
        <translation>当前提醒或历史</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="132"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="133"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="134"/>
        <source>Alerts that were resolved or dismissed</source>
        <translation>已解决或已忽略的提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="162"/>
        <location filename="../../finapp/gui/pages/alerts.py" line="163"/>
        <source>Show what it concerns</source>
        <translation>查看相关内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="164"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="165"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="167"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="168"/>
        <source>Bring the dismissed alert back to Current</source>
        <translation>将已忽略的提醒移回“当前”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="169"/>
        <source>Restore the dismissed alert</source>
        <translation>恢复已忽略的提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="197"/>
        <source>Selected alert</source>
        <translation>所选提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="227"/>
        <source>Select an alert to read its whole message here.</source>
        <translation>选中一条提醒，即可在此阅读其完整内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="271"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="276"/>
        <source>No alerts match these filters.</source>
        <translation>没有符合筛选条件的提醒。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="276"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="280"/>
        <source>No past alerts yet. Alerts move here once they are resolved or dismissed.</source>
        <translation>还没有过去的提醒。提醒在解决或忽略后会移到这里。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="282"/>
        <source>Show open alerts</source>
        <translation>显示未解决的提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="287"/>
        <source>Nothing needs your attention. finapp checks after each import and every hour.</source>
        <translation>没有需要您处理的事项。finapp 会在每次导入后以及每小时自动检查一次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="335"/>
        <source>Dismissed %n alert(s). Edit ▸ Undo (Ctrl+Z) undoes this; History keeps dismissed alerts.</source>
        <translation>
            <numerusform>已忽略 %n 条提醒。编辑 ▸ 撤销（Ctrl+Z）可恢复；已忽略的提醒保留在“历史”中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="355"/>
        <source>%n alert(s) back under Current.</source>
        <translation>
            <numerusform>%n 条提醒已移回“当前”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/alerts.py" line="358"/>
        <source>%n no longer hold: kept in History as resolved.</source>
        <translation>
            <numerusform>%n 条已不再成立：作为已解决留在“历史”中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention. finapp checks after each import and every 15 minutes.</source>
        <translation type="vanished">没有需要您处理的事项。finapp 会在每次导入后以及每隔 15 分钟自动检查一次。</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="37"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="39"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="39"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="77"/>
        <source>finapp backups</source>
        <translation>finapp 备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_list.py" line="78"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/backup_passphrase.py" line="54"/>
        <source>Open backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/backup_passphrase.py" line="58"/>
        <source>%1 does not open with the key that protects your data now: it was made before the passphrase was changed. Enter the passphrase it was made under, or the recovery key if finapp kept its key in the system keyring then. The restored data will be protected by your current key.</source>
        <translation>%1 无法用现在保护您数据的密钥打开：它是在更改密码短语之前做的。请输入做这份备份时的密码短语；如果当时 finapp 把密钥保存在系统钥匙串中，请输入当时的恢复密钥。恢复后的数据将由您现在的密钥保护。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/backup_passphrase.py" line="66"/>
        <source>Backup&apos;s passphrase</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/backup_passphrase.py" line="67"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/backup_passphrase.py" line="70"/>
        <source>That passphrase does not open this backup. Try again.</source>
        <translation>该密码短语无法打开这份备份，请重试。</translation>
    </message>
</context>
<context>
    <name>BackupPlace</name>
    <message>
        <location filename="../../finapp/gui/widgets/backup_place.py" line="38"/>
        <source>finapp backups</source>
        <translation>finapp 备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/backup_place.py" line="41"/>
        <source>Save a backup to</source>
        <translation>备份保存到</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../finapp/gui/banner.py" line="45"/>
        <source>Notice</source>
        <extracomment>background, border and text colours per level on a light window: pale tints, dark text the same hues on a dark window: deep muted tints with light text (a pale strip would glare and leave the window&apos;s light-coloured buttons unreadable on it)</extracomment>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/banner.py" line="58"/>
        <source>Close notice</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="36"/>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="38"/>
        <source>Changed</source>
        <translation>已变动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="41"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="52"/>
        <source>Fewer than two balances stated by its statements: nothing to check yet.</source>
        <translation>对账单所列余额不足两笔：暂无可核对的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/books_words.py" line="61"/>
        <source>The transactions differ from the statements in %n period(s).</source>
        <translation>
            <numerusform>交易在 %n 个期间与对账单不符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/books_words.py" line="67"/>
        <source>The transactions agree with the %n balance(s) the statements state, %1.</source>
        <translation>
            <numerusform>交易与对账单所列的 %n 笔余额相符（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="76"/>
        <source>You accepted the books up to %1.</source>
        <translation>您已确认截至 %1 的账目。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/books_words.py" line="83"/>
        <source>Since then the transactions up to that day changed by %1 (%2 lines).</source>
        <translation>此后，截至该日的交易变动了 %1（%2 笔）。</translation>
    </message>
</context>
<context>
    <name>BudgetRow</name>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="58"/>
        <source>%1%</source>
        <extracomment>the bar&apos;s colour and its words by where the month stands: amber from the first alert threshold, red once all is spent; the words say it too, for whoever does not see the colour</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="59"/>
        <source>%1% · nearly used</source>
        <translation>%1% · 接近上限</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="60"/>
        <source>%1% · all used</source>
        <translation>%1% · 已用完</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="61"/>
        <source>%1% · over budget</source>
        <translation>%1% · 超支</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="83"/>
        <source>%1 budget used</source>
        <translation>已用预算 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="100"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="102"/>
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="106"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="116"/>
        <source>Monthly budget for %1</source>
        <translation>%1 的每月预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="122"/>
        <source>Roll over</source>
        <translation>结转</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="123"/>
        <source>What is left (or overspent) carries into next month</source>
        <translation>剩余（或超支）金额结转到下个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="124"/>
        <source>Roll over %1</source>
        <translation>结转 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="127"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="128"/>
        <source>Remove budget for %1</source>
        <translation>删除“%1”预算</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="193"/>
        <location filename="../../finapp/gui/pages/budgets.py" line="211"/>
        <location filename="../../finapp/gui/pages/budgets.py" line="213"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="197"/>
        <location filename="../../finapp/gui/pages/budgets.py" line="212"/>
        <location filename="../../finapp/gui/pages/budgets.py" line="214"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="217"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="204"/>
        <source>Month shown</source>
        <translation>显示的月份</translation>
    </message>
    <message>
        <source>No budgets yet: add one below.</source>
        <translation type="vanished">还没有预算：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="200"/>
        <source>%1 (this month)</source>
        <translation>%1（本月）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="242"/>
        <source>Category of the new budget</source>
        <translation>新预算的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="252"/>
        <source>Amount a month</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="253"/>
        <source>Amount of the new budget</source>
        <translation>新预算的金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="257"/>
        <location filename="../../finapp/gui/pages/budgets.py" line="258"/>
        <source>Add budget</source>
        <translation>添加预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="262"/>
        <source>No budgets yet. Choose a category and an amount a month below.</source>
        <translation>还没有预算。请在下方选择分类并填写每月金额。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="263"/>
        <source>Add a budget</source>
        <translation>添加预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="267"/>
        <source>New budget:</source>
        <translation>新预算：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="341"/>
        <source>Data up to %1: spending after that day is not counted yet.</source>
        <translation>数据截至 %1：之后的支出尚未计入。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="439"/>
        <source>Categories with “%1” in their name: %2</source>
        <translation>名称中含“%1”的分类：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="440"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="447"/>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="448"/>
        <source>Create a new category %1?</source>
        <translation>要新建分类“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="452"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="vanished">yyyy年M月</translation>
    </message>
</context>
<context>
    <name>CancelledOnDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation type="vanished">取消 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="38"/>
        <source>Mark %1 as cancelled</source>
        <translation>将 %1 标为已取消</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="41"/>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="44"/>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="46"/>
        <source>A charge on or after that day will be flagged as charged after you cancelled it.</source>
        <translation>当天及之后的扣款将被标记为“取消后仍扣款”。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="54"/>
        <source>Mark cancelled</source>
        <translation>标为已取消</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="60"/>
        <source>Don&apos;t mark</source>
        <translation>暂不标记</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="73"/>
        <source>Type the day you cancelled it as a date, such as %1.</source>
        <translation>请把取消的那天输入为日期，例如 %1。</translation>
    </message>
    <message>
        <source>Type the day you cancelled it as a date.</source>
        <translation type="vanished">请把取消的那天输入为日期。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="79"/>
        <source>The day cannot be after today (%1).</source>
        <translation>日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_cancel.py" line="84"/>
        <source>The day cannot be before its first charge (%1).</source>
        <translation>日期不能早于它的首次扣款（%1）。</translation>
    </message>
</context>
<context>
    <name>CardLimitDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="46"/>
        <source>Set credit limit</source>
        <extracomment>what tests and window automation find the dialog by</extracomment>
        <translation>设置信用额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="52"/>
        <source>The credit limit of %1, as your card issuer shows it. Leave it empty to use the limit your statements give.</source>
        <translation>%1 的信用额度，以发卡行显示的为准。留空则使用账单给出的额度。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="61"/>
        <source>e.g. 8000</source>
        <translation>例如 8000</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="62"/>
        <source>Credit limit in %1</source>
        <translation>信用额度（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="64"/>
        <source>Limit (%1)</source>
        <translation>额度（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="78"/>
        <source>Not an amount in %1: type it like 8000 or 7500.50</source>
        <translation>不是有效的 %1 金额：请输入如 8000 或 7500.50</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/card_limit.py" line="82"/>
        <source>A credit limit must be above zero.</source>
        <translation>信用额度必须大于零。</translation>
    </message>
</context>
<context>
    <name>CardsSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="83"/>
        <source>No credit cards.</source>
        <extracomment>each card&apos;s Set limit… button, by card name</extracomment>
        <translation>没有信用卡。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="85"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="85"/>
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="85"/>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="85"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="86"/>
        <source>Next payment</source>
        <translation>下次还款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="98"/>
        <source>All cards</source>
        <translation>全部卡片</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="107"/>
        <source>Limit not known, not counted: %1</source>
        <translation>额度未知，未计入：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="110"/>
        <source>Balance not known, not counted: %1</source>
        <translation>余额未知，未计入：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="121"/>
        <source>Utilisation of %1</source>
        <translation>%1 的额度使用率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="124"/>
        <source>limit unknown</source>
        <translation>额度未知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="128"/>
        <source>Set limit…</source>
        <translation>设置额度…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="129"/>
        <source>Set the credit limit of %1</source>
        <translation>设置 %1 的信用额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="140"/>
        <source>Pays: %1</source>
        <translation>支付：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="140"/>
        <source>Pays no subscriptions</source>
        <translation>未支付任何订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="149"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="41"/>
        <source>%1 (statement)</source>
        <extracomment>how the Limit column marks a limit by who set it: the user&apos;s is shown as it is</extracomment>
        <translation>%1（账单）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="154"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="159"/>
        <source>not on the statement</source>
        <translation>账单未注明</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="163"/>
        <source>%1, minimum %2</source>
        <translation>%1，最低还款 %2</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="38"/>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="39"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="40"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="51"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="53"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="56"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
</context>
<context>
    <name>CategoriesRulesPanel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="119"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="120"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="123"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="124"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="125"/>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="126"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="127"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="133"/>
        <source>Payee contains…</source>
        <translation>收款方包含…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="134"/>
        <source>Text the payee contains</source>
        <translation>收款方包含的文字</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="137"/>
        <source>Category the rule sets</source>
        <translation>规则设置的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="145"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="146"/>
        <source>Turn on/off</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="147"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="148"/>
        <source>Re-run on history</source>
        <translation>对历史交易重新运行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="191"/>
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="191"/>
        <source>Path, e.g. Food:Takeaway</source>
        <translation>路径，例如“饮食：外卖”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="207"/>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="207"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="222"/>
        <source>Move category</source>
        <translation>移动分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="222"/>
        <source>New parent (empty: top level)</source>
        <translation>新的上级分类（留空：顶级）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="237"/>
        <source>Merge category</source>
        <translation>合并分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="237"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="253"/>
        <source>(leave uncategorized)</source>
        <translation>（保持未分类）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="255"/>
        <source>Delete category</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="255"/>
        <source>Move its transactions to</source>
        <translation>将其交易移至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="278"/>
        <source>Type the text the payee contains.</source>
        <translation>请输入收款方包含的文字。</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="24"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="25"/>
        <source>Salary</source>
        <translation>工资</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="26"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="27"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="29"/>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="30"/>
        <source>Rent</source>
        <translation>房租</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="31"/>
        <source>Mortgage</source>
        <translation>房贷</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="32"/>
        <source>Maintenance</source>
        <translation>维修保养</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="33"/>
        <source>Bills &amp; Utilities</source>
        <translation>账单与水电</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="34"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="35"/>
        <source>Gas &amp; Heating</source>
        <translation>燃气与供暖</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="36"/>
        <source>Water</source>
        <translation>水费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="37"/>
        <source>Internet</source>
        <translation>宽带</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="38"/>
        <source>Phone</source>
        <translation>话费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="39"/>
        <source>Food</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="40"/>
        <source>Groceries</source>
        <translation>超市买菜</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="41"/>
        <source>Dining</source>
        <translation>外出就餐</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="42"/>
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="43"/>
        <source>Delivery</source>
        <translation>外卖</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="44"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="45"/>
        <source>Fuel</source>
        <translation>加油</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="46"/>
        <source>Public Transit</source>
        <translation>公共交通</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="47"/>
        <source>Rides &amp; Taxis</source>
        <translation>打车</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="48"/>
        <source>Parking &amp; Tolls</source>
        <translation>停车与过路费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="49"/>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="50"/>
        <source>Online</source>
        <translation>网购</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="51"/>
        <source>Clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="52"/>
        <source>Electronics</source>
        <translation>数码电器</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="53"/>
        <source>Home</source>
        <translation>家居</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="54"/>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="55"/>
        <source>Pharmacy</source>
        <translation>药店</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="56"/>
        <source>Doctor</source>
        <translation>看病就医</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="57"/>
        <source>Fitness</source>
        <translation>健身</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="58"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="59"/>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="60"/>
        <source>Streaming</source>
        <translation>流媒体</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="61"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="62"/>
        <source>Games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="63"/>
        <source>Software &amp; Apps</source>
        <translation>软件与应用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="64"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="65"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="66"/>
        <source>Gifts &amp; Donations</source>
        <translation>礼物与捐赠</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="67"/>
        <source>Personal Care</source>
        <translation>个人护理</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="68"/>
        <source>Person to Person</source>
        <translation>个人转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="69"/>
        <source>Travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="70"/>
        <source>Flights</source>
        <translation>机票</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="71"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="72"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="73"/>
        <source>Bank Fees</source>
        <translation>银行手续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="74"/>
        <source>Interest Charged</source>
        <translation>利息支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="75"/>
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="76"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="77"/>
        <source>Transfers</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="78"/>
        <source>Card Payment</source>
        <translation>信用卡还款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="79"/>
        <source>Savings</source>
        <translation>储蓄</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="80"/>
        <source>Uncategorized</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/category_names.py" line="92"/>
        <source>:</source>
        <extracomment>what a path is shown with between a category and its subcategory: &quot;:&quot; in English, the full-width &quot;：&quot; in Chinese prose (&quot;饮食：咖啡&quot;); the stored path keeps &quot;:&quot; in every language</extracomment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="106"/>
        <source>Category</source>
        <extracomment>how many distinct names of a column are measured to size it (the first ones: most used) what a category save announces: the rows, and the categories (a new one may exist)</extracomment>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>ChartOptions</name>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="40"/>
        <source>Currency charted</source>
        <extracomment>months of history to chart; None: all of it</extracomment>
        <translation>图表币种</translation>
    </message>
    <message>
        <source>Accounts in other currencies are charted in their own currency</source>
        <translation type="vanished">其他币种的账户按各自币种绘制</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="vanished">币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="42"/>
        <source>The currency charted: each on its own, or all converted to the base one</source>
        <translation>图表使用的币种：各币种分别显示，或全部折算为基准币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="45"/>
        <source>History charted</source>
        <translation>图表时间范围</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="46"/>
        <source>How far back income vs expenses and balances go</source>
        <translation>收支和余额图表显示的时间范围</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="49"/>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/charts/chart_options.py" line="49"/>
        <source>Last %n months</source>
        <translation>
            <numerusform>最近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="54"/>
        <source>Currencies not converted</source>
        <translation>未折算的币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="56"/>
        <source>These currencies have no exchange rate to convert them with; add rates to include them</source>
        <translation>这些币种没有可用的汇率，无法折算；添加汇率后即可计入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="99"/>
        <source>All, converted to %1</source>
        <translation>全部，折合%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/chart_options.py" line="103"/>
        <source>Left out, no exchange rate: %1</source>
        <translation>未计入（无汇率）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="vanished">
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">历史</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="31"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="32"/>
        <source>No spending in %1</source>
        <translation>%1 没有支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="33"/>
        <source>Spending by category</source>
        <translation>按分类支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="34"/>
        <source>Spending by category (%1)</source>
        <translation>按分类支出（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="35"/>
        <source>Uncategorized</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="36"/>
        <source>Income vs expenses</source>
        <translation>收入与支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="37"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="38"/>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="39"/>
        <source>Balance over time</source>
        <translation>余额走势</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="40"/>
        <source>Spending vs budget</source>
        <translation>支出与预算对比</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="41"/>
        <source>No budgets set</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="42"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="43"/>
        <source>Balance (%1)</source>
        <translation>余额（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="44"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="45"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="46"/>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="47"/>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="48"/>
        <source>Net worth: %1</source>
        <translation>净资产：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="49"/>
        <source>Owned</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="50"/>
        <source>Owed</source>
        <translation>负债</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="51"/>
        <source>Owned %1, owed %2</source>
        <translation>资产 %1，负债 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="52"/>
        <source>Left out, no rate: %1</source>
        <translation>无汇率，未计入：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="53"/>
        <source>Net worth, leaving out %1</source>
        <translation>净资产（未计入 %1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/charts/theme.py" line="54"/>
        <source>Left out, balance not known: %1</source>
        <translation>未计入，余额未知：%1</translation>
    </message>
    <message>
        <source>This month vs budget</source>
        <translation type="vanished">本月与预算对比</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>draw(fig, data, theme) -&gt; hits fonts with Chinese preferred for charts, in order, when installed at most this many fonts to fall back to: each is opened for every text drawn</extracomment>
        <translation type="vanished">yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ChooseBackupDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="35"/>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="88"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="44"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="46"/>
        <source>Choose another file</source>
        <translation>选择其他文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="50"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="69"/>
        <source>Choose the backup to bring back. finapp keeps them in %1; the current data is kept aside before it is replaced.</source>
        <translation>请选择要恢复的备份。finapp 将备份保存在“%1”；当前数据在被替换前会另外保留一份。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/choose_backup.py" line="75"/>
        <source>No backup was found in %1. If you keep one elsewhere, choose it.</source>
        <translation>在“%1”中没有找到备份。如果您在其他位置保存了备份，请选择它。</translation>
    </message>
</context>
<context>
    <name>CloseAccountDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="39"/>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="72"/>
        <source>Close account</source>
        <extracomment>what tests and window automation find the dialog by</extracomment>
        <translation>销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="45"/>
        <source>Close %1 if you no longer have it. From the day it closed its balance counts as nothing, and finapp stops asking for its statements and warning about its balance. Its transactions stay in your history and reports.</source>
        <translation>如果您已不再持有 %1，可将其销户。自销户之日起，它的余额按零计算，finapp 也不再向您索要它的账单、不再提醒它的余额。它的交易仍保留在您的历史记录和报表中。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="58"/>
        <source>Day %1 closed</source>
        <translation>%1 的销户日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="60"/>
        <source>Closed on</source>
        <translation>销户日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="62"/>
        <source>You can open it again from this menu, or undo this with Edit → Undo.</source>
        <translation>之后可在此菜单中重新启用，或用“编辑 → 撤销”撤回。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/close_account.py" line="65"/>
        <source>Its statements end on the first day you can choose. You can open it again from this menu, or undo this with Edit → Undo.</source>
        <translation>可选的最早日期即它的账单截止日。之后可在此菜单中重新启用，或用“编辑 → 撤销”撤回。</translation>
    </message>
</context>
<context>
    <name>ConfirmWipeDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="56"/>
        <source>Delete all data</source>
        <translation>删除所有数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="60"/>
        <source>DELETE</source>
        <comment>the word typed to delete all data</comment>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="64"/>
        <source>This removes every transaction, backup and the saved key from this machine and cannot be undone. Type %1 to confirm.</source>
        <translation>这会从这台电脑上删除所有交易、备份和保存的密钥，且无法撤销。请输入 %1 以确认。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="75"/>
        <source>The backups in %1 are deleted too. To keep a copy (on a USB stick, or for another computer), save a backup elsewhere first.</source>
        <translation>“%1”中的备份也会一并删除。如需保留一份（存到 U 盘，或留给另一台电脑），请先把备份保存到别处。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="84"/>
        <source>Save a backup elsewhere first…</source>
        <translation>先将备份保存到别处…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="86"/>
        <source>Save a backup elsewhere first</source>
        <translation>先将备份保存到别处</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="90"/>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="94"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="106"/>
        <source>The backups in %1 are deleted too.</source>
        <translation>%1 中的备份也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="119"/>
        <source>Saving a backup to %1…</source>
        <translation>正在将备份保存到“%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="127"/>
        <source>Backup saved to %1 (%n transaction(s), encrypted). It is kept when everything else is deleted.</source>
        <translation>
            <numerusform>备份已保存到“%1”（%n 笔交易，已加密）。删除其他所有数据时，它会被保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/confirm_wipe.py" line="138"/>
        <source>No backup was saved: %1</source>
        <translation>未保存备份：%1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../finapp/gui/crash.py" line="49"/>
        <source>finapp ran into a problem</source>
        <extracomment>crash dialogs on screen</extracomment>
        <translation>finapp 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/crash.py" line="51"/>
        <source>finapp ran into a problem it did not expect. Your data is safe.</source>
        <translation>finapp 遇到了意外问题。您的数据是安全的。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/crash.py" line="56"/>
        <source>The details below show where it happened; they contain no amounts, payees or account numbers, so you can share them when reporting the problem.</source>
        <translation>下面的详细信息说明问题发生的位置，其中不含金额、收款方或账号，报告问题时可以放心分享。</translation>
    </message>
</context>
<context>
    <name>DashboardHeadline</name>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="107"/>
        <source>%1 only; not included: %2</source>
        <translation>仅 %1；未计入：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="128"/>
        <source>≈ converted to %1</source>
        <translation>≈ 折合%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="139"/>
        <source>%1 not included: no %2 rate</source>
        <translation>%1 未计入：没有 %2 汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="158"/>
        <source>Converted at the latest rates on or before %1:</source>
        <translation>按 %1 或之前的最新汇率折算：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="165"/>
        <source>By currency:</source>
        <translation>按币种：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="173"/>
        <source>%1 (not included: no rate)</source>
        <translation>%1（未计入：没有汇率）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="179"/>
        <source>Add rates in Settings → Exchange rates…</source>
        <translation>请在 设置 → 汇率… 中添加汇率</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="178"/>
        <source>Spent this month</source>
        <extracomment>the month the user picked (its first day); None follows the latest month with data</extracomment>
        <translation>本月支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="179"/>
        <source>Income this month</source>
        <translation>本月收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="180"/>
        <source>Net this month</source>
        <translation>本月净额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="181"/>
        <source>Budget left</source>
        <translation>预算剩余</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="191"/>
        <source>Spending vs budget chart</source>
        <translation>支出与预算图表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="193"/>
        <source>Spending by category chart</source>
        <translation>分类支出图表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="194"/>
        <source>Income vs expenses chart</source>
        <translation>收支图表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="195"/>
        <source>Balance over time chart</source>
        <translation>余额走势图表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="197"/>
        <source>%1 — balance not known, not drawn in this chart</source>
        <translation>%1 — 余额未知，未画入此图</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="200"/>
        <source>Net worth chart</source>
        <translation>净资产图表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="213"/>
        <location filename="../../finapp/gui/pages/dashboard.py" line="224"/>
        <source>Upcoming renewals</source>
        <translation>即将续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="216"/>
        <location filename="../../finapp/gui/pages/dashboard.py" line="226"/>
        <source>Latest alerts</source>
        <translation>最新提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="234"/>
        <source>Charts:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Nothing to show yet. Import your bank&apos;s statements (OFX, QFX or CSV) and finapp shows where your money goes.</source>
        <translation type="vanished">暂无内容。导入银行对账单（OFX、QFX 或 CSV）后，finapp 会告诉您钱都花在了哪里。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="301"/>
        <source>Import statements…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="381"/>
        <source>Expected, not in your statements yet</source>
        <translation>应已扣款，尚未出现在账单中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="397"/>
        <source>%n more in the next 30 days…</source>
        <translation>
            <numerusform>未来 30 天内还有 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="410"/>
        <source>No budgets set</source>
        <translation>未设置预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="371"/>
        <source>No renewals in the next 30 days</source>
        <translation>未来 30 天内没有续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="298"/>
        <source>Nothing to show yet. Import your bank&apos;s statements (OFX, QFX, CSV or Excel; Alipay and WeChat Pay bills too) and finapp shows where your money goes.</source>
        <translation>暂无内容。导入银行对账单（OFX、QFX、CSV 或 Excel；也包括支付宝和微信支付账单）后，finapp 会告诉您钱都花在了哪里。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="349"/>
        <source>Nothing needs your attention</source>
        <translation>没有需要您处理的事项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="413"/>
        <source>left in %n budget(s)</source>
        <translation>
            <numerusform>%n 项预算尚有剩余</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/dashboard.py" line="416"/>
        <source>%n over by %1</source>
        <translation>
            <numerusform>%n 项超支，共超出 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="422"/>
        <source>Spent in %1</source>
        <translation>%1支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="423"/>
        <source>Income in %1</source>
        <translation>%1收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard.py" line="424"/>
        <source>Net in %1</source>
        <translation>%1净额</translation>
    </message>
</context>
<context>
    <name>DataSecurityPanel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="103"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="106"/>
        <source>How the data is protected</source>
        <translation>数据的保护方式</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="109"/>
        <source>Result of the last action</source>
        <translation>上一次操作的结果</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="115"/>
        <source>Where your data is</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="117"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="118"/>
        <source>Protection:</source>
        <translation>保护方式：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="121"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="122"/>
        <source>Change passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="126"/>
        <location filename="../../finapp/gui/pages/settings_data.py" line="467"/>
        <source>Keep key in system keyring</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="133"/>
        <source>Backups and export</source>
        <translation>备份与导出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="137"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="138"/>
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="139"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="140"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="147"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="150"/>
        <source>Remove the store, its backups and the saved key from this machine.</source>
        <translation>从这台电脑上删除数据库、其备份以及保存的密钥。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="154"/>
        <source>Delete all data…</source>
        <translation>删除所有数据…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="181"/>
        <source>No secure system keyring is available on this computer; finapp uses your passphrase instead.</source>
        <translation>这台电脑上没有可用的安全系统钥匙串，finapp 将改用您的密码短语。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="192"/>
        <source>Encrypted; the key is kept in the system keyring.</source>
        <translation>已加密；密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="194"/>
        <source>Encrypted with your passphrase.</source>
        <translation>已用您的密码短语加密。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="196"/>
        <source>Encrypted with a recovery key.</source>
        <translation>已用恢复密钥加密。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="198"/>
        <source>This is demo data.</source>
        <translation>这是演示数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="266"/>
        <source>Backup made: %1, %2 — in %3</source>
        <translation>已备份：%1，%2，保存在“%3”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="271"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="274"/>
        <source>%1 (%2)</source>
        <extracomment>the backup&apos;s sentence and, in brackets, the link that shows its folder</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="283"/>
        <source>Exported files are not encrypted: anyone who can read the folder can read your transactions. Export anyway?</source>
        <translation>导出的文件不加密：任何能读取该文件夹的人都能看到您的交易。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="363"/>
        <source>Quit finapp</source>
        <translation>退出 finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="395"/>
        <source>Replace data</source>
        <translation>替换数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="433"/>
        <source>From now on only this passphrase opens your data and its backups: the recovery key you wrote down will no longer open them. finapp closes after the change.</source>
        <translation>从此只有这个密码短语能打开您的数据及其备份：您记下的恢复密钥将无法再打开它们。更改后 finapp 将关闭。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="450"/>
        <source>Passphrase changed. The recovery key you wrote down no longer opens your data: your passphrase does now, and it is the only way in, so keep it somewhere safe. Start finapp again and unlock with it.</source>
        <translation>密码短语已更改。您记下的恢复密钥已无法打开您的数据：现在只有密码短语能打开，请妥善保管。请重新启动 finapp 并用新密码短语解锁。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="468"/>
        <source>Use the keyring</source>
        <translation>使用系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="557"/>
        <source>Deleting all data…</source>
        <translation>正在删除所有数据…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="565"/>
        <source>Nothing was deleted: your data is open in another finapp window or command. Close it and choose Delete all data again.</source>
        <translation>未删除任何内容：您的数据正在另一个 finapp 窗口或命令中打开。请先关闭它，再重新选择“删除所有数据”。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="622"/>
        <source>These folders were kept because they hold only the unencrypted copies of your data named here: %1</source>
        <translation>以下文件夹已保留，因为其中只有此处列出的未加密数据副本：%1</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation type="vanished">已备份到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="281"/>
        <location filename="../../finapp/gui/pages/settings_data.py" line="292"/>
        <location filename="../../finapp/gui/pages/settings_data.py" line="297"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported files are NOT encrypted: anyone who can read the folder can read your transactions. Export anyway?</source>
        <translation type="vanished">导出的文件不加密：任何能读取该文件夹的人都能看到您的交易。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="287"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="297"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/settings_data.py" line="307"/>
        <source>Exported %n file(s) to %1 (not encrypted).</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1（未加密）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="258"/>
        <source>finapp could not finish this; your data is as it was.</source>
        <translation>finapp 未能完成此操作；您的数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="320"/>
        <source>On years of history this takes a few seconds.</source>
        <translation>多年的历史记录需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="362"/>
        <source>finapp</source>
        <translation>finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="394"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="390"/>
        <source>Replace all current data with this backup? The current data is kept aside first. finapp closes afterwards.</source>
        <translation>用此备份替换当前全部数据？当前数据会先另行保存。完成后 finapp 将关闭。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="401"/>
        <source>Restored. Start finapp again to see the restored data.</source>
        <translation>已恢复。请重新启动 finapp 查看恢复的数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="404"/>
        <source>Restored. The restored data is protected by your current key, not the one the backup was made under. Start finapp again to see it.</source>
        <translation>已恢复。恢复的数据现由您现在的密钥保护，而不是做备份时的密钥。请重新启动 finapp 查看。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="409"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="417"/>
        <source>Nothing was restored: your data is still in use (by another finapp window or work still running). Try again in a moment.</source>
        <translation>未恢复任何数据：您的数据仍在使用中（另一个 finapp 窗口正在使用，或有任务仍在运行）。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="441"/>
        <location filename="../../finapp/gui/pages/settings_data.py" line="442"/>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="vanished">新密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="430"/>
        <source>finapp closes after the change.</source>
        <translation>更改后 finapp 将关闭。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="456"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="447"/>
        <source>Passphrase changed. Start finapp again and unlock with it.</source>
        <translation>密码短语已更改。请重新启动 finapp 并用新密码短语解锁。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="463"/>
        <source>Keep a random key in the system keyring instead of a passphrase? finapp closes after the change.</source>
        <translation>改为在系统钥匙串中保存随机密钥，而不使用密码短语？更改后 finapp 将关闭。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="475"/>
        <source>Moving the key to the system keyring…</source>
        <translation>正在将密钥移到系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="476"/>
        <source>The key is now in the system keyring.</source>
        <translation>密钥现已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="513"/>
        <source>The system keyring could not keep finapp&apos;s key, so nothing was changed: your passphrase still protects your data.</source>
        <translation>系统钥匙串无法保存 finapp 的密钥，因此未做任何更改：您的数据仍由密码短语保护。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="518"/>
        <source>The key was not changed: your data is still in use (by another finapp window or work still running). Try again in a moment.</source>
        <translation>密钥未更改：您的数据仍在使用中（另一个 finapp 窗口正在使用，或有任务仍在运行）。请稍后重试。</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="vanished">DELETE</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation type="vanished">删除所有数据</translation>
    </message>
    <message>
        <source>This removes every transaction, backup and the saved key from this machine and cannot be undone. Type %1 to confirm.</source>
        <translation type="vanished">这会从这台电脑上删除所有交易、备份和保存的密钥，且无法撤销。请输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="vanished">未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="573"/>
        <source>All finapp data was deleted.</source>
        <translation>所有 finapp 数据已删除。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="577"/>
        <source>The backup saved to %1 was kept: when finapp starts again, choose “Restore from a backup…” to bring it back.</source>
        <translation>保存在“%1”的备份已保留：再次启动 finapp 时，选择“从备份恢复…”即可找回数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="588"/>
        <source>The renewals calendar kept up to date was kept, and it is not encrypted: delete it yourself if you no longer need it: %1</source>
        <translation>保持更新的续费日历已保留，且未加密：如不再需要，请自行删除：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="596"/>
        <source>%1 was kept whole: it is named like this data&apos;s demo, but it is not finapp&apos;s demo (another household&apos;s data, perhaps).</source>
        <translation>“%1”已完整保留：它的名称与这份数据的演示相同，但并不是 finapp 的演示（可能是另一户的数据）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="612"/>
        <source>These backups of your data kept under other names were deleted too: %1</source>
        <translation>以其他名称保存的以下数据备份也已删除：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="614"/>
        <source>These files were kept because finapp did not write them: %1</source>
        <translation>以下文件已保留，因为它们不是 finapp 写入的：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="615"/>
        <source>These folders were kept because they hold files finapp did not write: %1</source>
        <translation>以下文件夹已保留，因为其中有不是 finapp 写入的文件：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="618"/>
        <source>These exports of your data were kept, and they are not encrypted: delete them yourself if you no longer need them: %1</source>
        <translation>以下导出的数据已保留，它们没有加密；如果不再需要，请自行删除：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_data.py" line="603"/>
        <source>The key could not be removed from the system keyring; remove finapp&apos;s entry there by hand.</source>
        <translation>无法从系统钥匙串中删除密钥；请手动删除 finapp 的条目。</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <location filename="../../finapp/gui/widgets/day_edit.py" line="36"/>
        <location filename="../../finapp/gui/widgets/day_edit.py" line="37"/>
        <source>Pick a day on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
</context>
<context>
    <name>DayFilterEdit</name>
    <message>
        <location filename="../../finapp/gui/pages/day_filter.py" line="71"/>
        <source>Pick a day on a calendar (Alt+Down)</source>
        <extracomment>keys that open the calendar, as on a date field with a popup Up/Down step a day, PageUp/PageDown a month: (days, months) the day applied changed (typed and done, picked, stepped or emptied) the day the first arrow on &quot;Any&quot; (and the calendar opened on it) shows; None: today</extracomment>
        <translation>在日历上选择日期 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/day_filter.py" line="97"/>
        <source>A day such as %1 or %2; empty for any day</source>
        <translation>输入日期，如 %1 或 %2；留空表示任意日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/day_filter.py" line="109"/>
        <source>“%1” is not a day. %2</source>
        <translation>“%1”不是有效日期。%2</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="165"/>
        <source>Preparing the demo household…</source>
        <translation>正在准备演示家庭账本…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="166"/>
        <source>Generating a household&apos;s statements and importing them as yours would be.</source>
        <translation>正在生成一个家庭的对账单，并按导入您自己对账单的方式导入。</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <location filename="../../finapp/gui/desktop_notifications.py" line="148"/>
        <source>Open</source>
        <extracomment>the actions a notification can offer, in the order shown how long a call to the notification service may take before finapp gives up on it the longest the held-alerts timer sleeps, so a suspend or a clock change cannot strand one alert ids and the action the user chose in a notification: &quot;open&quot;, &quot;snooze&quot; or &quot;seen&quot; the notification itself was clicked (its default action): alert ids alert ids of the tray message last shown, for its click</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/desktop_notifications.py" line="149"/>
        <source>Snooze 1 day</source>
        <translation>推迟 1 天</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/desktop_notifications.py" line="150"/>
        <source>Mark as seen</source>
        <translation>标为已读</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="82"/>
        <source>&amp;Edit</source>
        <extracomment>the next edit to undo and the next to redo, as the journal says an undo or redo is on its way: both entries wait for it</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="97"/>
        <source>Undid %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="101"/>
        <source>Redid %1.</source>
        <translation>已重做：%1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="136"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_menu.py" line="137"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EditWords</name>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="39"/>
        <source>Category of %1</source>
        <extracomment>a fact and how the pages show it: a payee by its shown name, a category in the user&apos;s words, a rule&apos;s pattern as typed an account as the window names it (&quot;WeChat Pay&quot;, 微信支付), a goal by the name the user gave it action code → its words, with each %1, %2… filled by the fact in the tuple after it</extracomment>
        <translation>%1 的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="40"/>
        <source>Split of %1</source>
        <translation>%1 的拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="41"/>
        <source>Removing the Split of %1</source>
        <translation>取消 %1 的拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="42"/>
        <source>Note on %1</source>
        <translation>%1 的笔记</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="43"/>
        <source>Tags of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="44"/>
        <source>Renaming %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="45"/>
        <source>Merging %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="46"/>
        <source>New Rule “%1”</source>
        <translation>新规则“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="47"/>
        <source>Change to Rule “%1”</source>
        <translation>修改规则“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="48"/>
        <source>Deleting Rule “%1”</source>
        <translation>删除规则“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="49"/>
        <source>Budget for %1</source>
        <translation>“%1”预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="50"/>
        <source>Removing the Budget for %1</source>
        <translation>删除“%1”预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="51"/>
        <source>New Category %1</source>
        <translation>新分类“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="53"/>
        <source>Renaming Category %1 to %2</source>
        <translation>将分类“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="57"/>
        <source>Moving Category %1 to %2</source>
        <translation>将分类“%1”移至“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="61"/>
        <source>Merging Category %1 into %2</source>
        <translation>将分类“%1”合并到“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="64"/>
        <source>Deleting Category %1</source>
        <translation>删除分类“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="65"/>
        <source>Low Balance Warning of %1</source>
        <translation>“%1”的低余额提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="67"/>
        <source>Renaming Account %1 to %2</source>
        <translation>将账户“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="70"/>
        <source>Credit Limit of %1</source>
        <translation>%1 的信用额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="71"/>
        <source>Type of Account %1</source>
        <translation>账户 %1 的类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="72"/>
        <source>Currency of Account %1</source>
        <translation>账户 %1 的币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="73"/>
        <source>Closing %1</source>
        <translation>将 %1 销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="74"/>
        <source>Reopening %1</source>
        <translation>重新启用 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="75"/>
        <source>Reconciling %1</source>
        <translation>对账 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="77"/>
        <source>Clearing the Reconciliation of %1</source>
        <translation>清除 %1 的对账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="80"/>
        <source>New Goal “%1”</source>
        <translation>新目标“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="81"/>
        <source>Removing Goal “%1”</source>
        <translation>删除目标“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="86"/>
        <source>Category of %n Transaction(s)</source>
        <extracomment>an edit of several payees&apos; lines at once names how many lines (params &quot;count&quot;)</extracomment>
        <translation>%n 笔交易的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="87"/>
        <source>Note on %n Transaction(s)</source>
        <translation>%n 笔交易的笔记</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="88"/>
        <source>Tags of %n Transaction(s)</source>
        <translation>%n 笔交易的标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="93"/>
        <source>Cancelling %1</source>
        <extracomment>a subscription&apos;s decision → its words, %1 the subscription&apos;s name</extracomment>
        <translation>取消 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="94"/>
        <source>Keeping %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="95"/>
        <source>Confirming %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="96"/>
        <source>%1 Is Not a Subscription</source>
        <translation>%1 不是订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="97"/>
        <source>Renaming %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="98"/>
        <source>Reminders of %1</source>
        <translation>%1 的提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="99"/>
        <source>Review of %1</source>
        <translation>%1 的复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="100"/>
        <source>Adding %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="101"/>
        <source>Merging into %1</source>
        <translation>合并到 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="102"/>
        <source>Splitting %1</source>
        <translation>拆分 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="107"/>
        <source>Dismissing Alert “%1”</source>
        <extracomment>an alert dismissed or brought back: one by what it said (%1), several by how many</extracomment>
        <translation>忽略提醒“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="108"/>
        <source>Dismissing %n Alert(s)</source>
        <translation>忽略 %n 条提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="111"/>
        <source>Restoring Alert “%1”</source>
        <translation>恢复提醒“%1”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="112"/>
        <source>Restoring %n Alert(s)</source>
        <translation>恢复 %n 条提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="118"/>
        <source>Change to %1</source>
        <extracomment>how much of an alert&apos;s sentence names it in a menu: its start says which alert it is a decision this window has no words of its own for yet</extracomment>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/edit_words.py" line="120"/>
        <source>Last Edit</source>
        <extracomment>an action code this window has no words for yet: still undoable, named plainly</extracomment>
        <translation>上次编辑</translation>
    </message>
</context>
<context>
    <name>EmergencyFundSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="52"/>
        <source>Months of essential spending covered</source>
        <translation>可覆盖的必要开支月数</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="100"/>
        <source>Not known yet: it needs the balance of a checking or savings account and a full month of essential spending.</source>
        <translation>暂无法计算：需要一个活期或储蓄账户的余额，以及一整月的必要开支。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="109"/>
        <source>Balances of %1 (latest statements): newer ones not imported yet.</source>
        <translation>按 %1 的余额计算（最新账单）：之后的账单尚未导入。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="139"/>
        <source>Not known: essential spending in %1, with no money held in it and no exchange rate to %2 (add one in Settings → Exchange rates…).</source>
        <translation>无法得知：有以 %1 计的必要开支，却没有持有 %1 的钱，也没有 %1 到 %2 的汇率（可在“设置 → 汇率…”中添加）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="149"/>
        <source>%1 months of essential spending, as long as the money in %2 lasts (%2 has no exchange rate to %3); target %4 months.</source>
        <translation>可支付 %1 个月的必要开支，以所持 %2 用完为限（%2 没有到 %3 的汇率）；目标 %4 个月。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="160"/>
        <source>%1 months of essential spending in %2, counting the currencies with a rate (%3 for %4 a month); target %5 months.</source>
        <translation>可支付 %1 个月的必要开支，有汇率的币种折合%2（%3，每月 %4）；目标为 %5 个月。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="163"/>
        <source>%1 months of essential spending, every currency in %2 (%3 for %4 a month); target %5 months.</source>
        <translation>可支付 %1 个月的必要开支，所有币种折合%2（%3，每月 %4）；目标为 %5 个月。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="176"/>
        <source>In %1: %2 held, %3 a month of essential spending</source>
        <translation>%1：持有 %2，每月必要开支 %3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="81"/>
        <source>%1 months of essential spending (%2 for %3 a month); target %4 months.</source>
        <translation>可覆盖 %1 个月的必要开支（%2，每月 %3）；目标 %4 个月。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="129"/>
        <source>%1 of %2 months</source>
        <translation>%1 / %2 个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="93"/>
        <source>Also held in %1, not counted: %2</source>
        <translation>另有 %1 资金，未计入：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="116"/>
        <source>No balance known, not counted: %1</source>
        <translation>余额未知，未计入：%1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../finapp/gui/widgets/empty_state.py" line="23"/>
        <source>Empty list message</source>
        <translation>空列表提示</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="29"/>
        <source>; </source>
        <extracomment>facts that name an account, shown as the window names it (&quot;Alipay 支付宝&quot; is 支付宝)</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="30"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="31"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="33"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="34"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}，第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="35"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="36"/>
        <source>the file cannot be read ({why})</source>
        <translation>无法读取该文件（{why}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="37"/>
        <source>this is not a file</source>
        <translation>这不是一个文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="38"/>
        <source>&quot;{old}&quot; is now called &quot;{name}&quot;, told from the new &quot;{new}&quot;</source>
        <translation>“{old}”已改名为“{name}”，以便与新账户“{new}”区分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="41"/>
        <source>a folder holding no statement file: finapp imports the CSV, Excel, OFX/QFX, QIF, CAMT and MT940 files a folder holds (not those in its subfolders), or the folder of finapp&apos;s own export</source>
        <translation>文件夹中没有对账单文件：finapp 导入文件夹中的 CSV、Excel、OFX/QFX、QIF、CAMT 和 MT940 文件（不含子文件夹中的文件），或 finapp 自己导出的文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="47"/>
        <source>{count} other file(s) in {folder} left out, not being statement exports (CSV, Excel, OFX/QFX, QIF, CAMT or MT940): {names}</source>
        <translation>{folder} 中另有 {count} 个文件不是对账单导出文件（CSV、Excel、OFX/QFX、QIF、CAMT 或 MT940），未导入：{names}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="52"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="53"/>
        <source>the file is too large to be a statement</source>
        <translation>文件太大，不可能是对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="54"/>
        <source>not a statement: it is a binary file, not a text export</source>
        <translation>不是对账单：这是二进制文件，不是文本导出文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="57"/>
        <source>the file is damaged or not in a statement layout finapp can read</source>
        <translation>文件已损坏，或不是 finapp 能读取的对账单格式</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="60"/>
        <source>{count} accounts end in {last4} ({names}): the statement went into a new account rather than a guess</source>
        <translation>有 {count} 个账户的尾号都是 {last4}（{names}）：为避免猜错，这份对账单已导入一个新账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="65"/>
        <source>{count} accounts end in {last4} ({names}): name the account or give its id</source>
        <translation>有 {count} 个账户的尾号都是 {last4}（{names}）：请写出账户名称或其编号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="69"/>
        <source>the file names no bank or account, so it went into “{name}” with the earlier files that name none; if it is another account&apos;s, undo this import and import it again with File → Import into account…</source>
        <translation>文件没有写明银行或账户，因此已与之前同样没有写明的文件一起放入“{name}”；如果它属于另一个账户，请撤销本次导入，再使用“文件 → 导入到账户…”重新导入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="75"/>
        <source>“{name}” now knows its account number (…{last4}), read from this file: its lines already there were not imported again</source>
        <translation>“{name}”已从本文件读到其账号（…{last4}）：已有的交易没有再次导入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="80"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="82"/>
        <source>line {line} repeats line {earlier}&apos;s transaction id {id}: counted once</source>
        <translation>第 {line} 行重复了第 {earlier} 行的交易编号 {id}：只计一次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="85"/>
        <source>a line repeats an earlier line&apos;s transaction id {id}: counted once</source>
        <translation>有一行重复了前面一行的交易编号 {id}：只计一次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="89"/>
        <source>lines of {account} already there as the bank first wrote them, counted as duplicates: {count} (the same amount within {days} days, the payee worded anew, such as ‘{payee}’ on {day})</source>
        <translation>{account} 中已有 {count} 行，只是银行先前的写法不同，计为重复（金额相同、日期相差不超过 {days} 天、收款方写法有变，例如 {day} 的“{payee}”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="96"/>
        <source>{count} lines of {account} were already there under other transaction ids (the bank gave them new ones): counted as duplicates</source>
        <translation>{account} 的 {count} 行已经以其他交易编号存在（银行给了它们新编号）：计为重复</translation>
    </message>
    <message>
        <source>{count} of the {total} lines added to {account} match lines already there under other transaction ids; added all the same, as not the whole statement is there already: check for lines listed twice</source>
        <translation type="vanished">添加到 {account} 的 {total} 行中有 {count} 行与已有的其他交易编号的行相同；由于并非整份对账单都已存在，仍全部添加：请检查是否有重复列出的行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="101"/>
        <source>the bank gave transaction id(s) {ids} to other transactions than before (its ids are numbers within a download): {count} line(s) added as transactions of their own</source>
        <translation>银行把交易编号 {ids} 给了与之前不同的交易（它的编号只在一次下载内有效）：已将 {count} 笔作为各自独立的交易导入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="106"/>
        <source>{count} more lines repeat an earlier line&apos;s transaction id, date, amount and payee: each counted once</source>
        <translation>另有 {count} 行与前面某行的交易编号、日期、金额和收款方都相同：每行只计一次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="112"/>
        <source>{count} bank or card line(s) are the {wallet} payments they funded: counted once, as the payments</source>
        <translation>{count} 笔银行卡/信用卡流水是为 {wallet} 付款扣的款，与那些付款是同一笔钱：只按付款计一次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="117"/>
        <source>{count} row(s) of another payment app (a 美团 order paid 微信支付) are the {wallet} payments they paid: counted once, as the payments</source>
        <translation>{count} 笔其他支付应用的记录（如用微信支付的美团订单）就是这些{wallet}付款：只按付款计一次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="122"/>
        <source>{count} bank or card line(s) move money to or from your own Alipay/WeChat Pay balance or credit (花呗还款, 零钱提现…): transfers, not spending or income</source>
        <translation>{count} 笔银行卡/信用卡流水是与您自己的支付宝/微信余额或信用（花呗还款、零钱提现等）之间的资金转移：计为转账，不算支出或收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="127"/>
        <source>“{cell}” is not a date (expected {format})</source>
        <translation>“{cell}”不是日期（应为 {format}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="128"/>
        <source>no amount</source>
        <translation>没有金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="129"/>
        <source>“{word}” says neither money in nor money out</source>
        <translation>“{word}”既不表示收入也不表示支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="132"/>
        <source>the amount “{cell}” is not in {currency}, the currency of its row</source>
        <translation>金额“{cell}”不是该行的币种 {currency}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="135"/>
        <source>the amount “{cell}” is not in {currency}, the currency this file is read in (no column gives each row&apos;s currency)</source>
        <translation>金额“{cell}”不是本文件所用的币种 {currency}（文件中没有标明每行币种的列）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="140"/>
        <source>the balance: {reason}</source>
        <translation>余额：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="141"/>
        <source>the fee: {reason}</source>
        <translation>手续费：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="142"/>
        <source>the refund: {reason}</source>
        <translation>退款金额：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="143"/>
        <source>“{cell}” is not an amount</source>
        <translation>“{cell}”不是金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="144"/>
        <source>the amount “{cell}” is too large to be real</source>
        <translation>金额“{cell}”过大，不可能是真实金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="16"/>
        <source>not a date, time or amount finapp wrote</source>
        <translation>不是 finapp 写出的日期、时间或金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="17"/>
        <source>not an amount finapp wrote</source>
        <translation>不是 finapp 写出的金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="18"/>
        <source>{manifest} beside it is unreadable or damaged</source>
        <translation>旁边的 {manifest} 无法读取或已损坏</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="21"/>
        <source>the file ends in the middle of a row: it was cut short</source>
        <translation>文件在一行中间结束：文件不完整</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="24"/>
        <source>the file was cut or changed after export: expected {expected} rows, found {found} ({manifest} beside it says so; a file edited on purpose imports from a folder without {manifest})</source>
        <translation>文件在导出后被截断或修改：应有 {expected} 行，实际 {found} 行（旁边的 {manifest} 如此记录；有意修改过的文件请放在没有 {manifest} 的文件夹中导入）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="30"/>
        <source>a finapp export must be UTF-8</source>
        <translation>finapp 导出文件必须是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="31"/>
        <source>the finapp export lacks the column(s) {columns}</source>
        <translation>finapp 导出文件缺少列：{columns}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="34"/>
        <source>a row has the wrong number of cells</source>
        <translation>某一行的单元格数量不对</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="35"/>
        <source>not a readable CSV file (a quote is left open or a cell is cut)</source>
        <translation>不是可读的 CSV 文件（有未闭合的引号或被截断的单元格）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="38"/>
        <source>the finapp export holds no transactions</source>
        <translation>该 finapp 导出文件不含任何交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="39"/>
        <source>a part of a split line is damaged (its category, amount or line is missing)</source>
        <translation>拆分交易的某一部分已损坏（缺少分类、金额或所属交易）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="42"/>
        <source>the parts in {file} do not add up to the line&apos;s {amount}</source>
        <translation>{file} 中各部分之和不等于该交易的 {amount}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="45"/>
        <source>a row of {file} is not as finapp wrote it</source>
        <translation>{file} 中有一行不是 finapp 写出的样子</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="46"/>
        <source>not the list of objects finapp writes</source>
        <translation>不是 finapp 写出的对象列表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="47"/>
        <source>{file} is part of a finapp export: import {transactions} (or the export&apos;s folder), which brings back {file} with everything else the export holds</source>
        <translation>{file} 是 finapp 导出的一部分：请导入 {transactions}（或整个导出文件夹），它会连同导出中的其他内容一起恢复 {file}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="53"/>
        <source>this line is not UTF-8 while the rest of the file is; export the file again or convert it to UTF-8</source>
        <translation>此行不是 UTF-8 编码，而文件其余部分是；请重新导出或将文件转换为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="58"/>
        <source>this line is UTF-8 while the rest of the file is {encoding}; export the file again or convert it to UTF-8</source>
        <translation>此行是 UTF-8 编码，而文件其余部分是 {encoding}；请重新导出或将文件转换为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="64"/>
        <source>a PDF document, not a statement export: download the statement from the bank as CSV, Excel, OFX/QFX, QIF, CAMT or MT940 instead</source>
        <translation>这是 PDF 文档，不是对账单导出文件：请改从银行下载 CSV、Excel、OFX/QFX、QIF、CAMT 或 MT940 格式的对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="69"/>
        <source>a ZIP archive, not a statement: unpack it and import the files inside</source>
        <translation>这是 ZIP 压缩包，不是对账单：请先解压，再导入其中的文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="72"/>
        <source>a ZIP archive holding {files}, not a statement: unpack it and import the files inside</source>
        <translation>这是 ZIP 压缩包（内含 {files}），不是对账单：请先解压，再导入其中的文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="76"/>
        <source>a password-protected ZIP archive holding {files}, not a statement: unpack it with the password that came with it (Alipay and WeChat Pay send theirs in the app, apart from the email) and import the files inside</source>
        <translation>这是一个有密码保护的 ZIP 压缩包（内含 {files}），不是对账单：请用随附的密码解压（支付宝和微信支付的解压密码在 App 内发送，不在邮件中），然后导入其中的文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="82"/>
        <source>an Excel 2003 XML spreadsheet, which finapp does not read: open it in Excel and save it as Excel Workbook (.xlsx) or CSV</source>
        <translation>这是 Excel 2003 XML 电子表格，finapp 无法读取：请用 Excel 打开，另存为“Excel 工作簿 (.xlsx)”或 CSV</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="87"/>
        <source>a zero byte (NUL) inside this line: the file was damaged while it was downloaded or copied; download it again</source>
        <translation>此行中有零字节（NUL）：文件在下载或复制时已损坏，请重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="92"/>
        <source>the file ends inside this line ({column} “{value}”, where every other row has {usual} decimals): the download stopped before the end; download the statement again</source>
        <translation>文件在此行中途结束（{column} 为“{value}”，而其他各行都有 {usual} 位小数）：下载未完成，请重新下载对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="97"/>
        <source>a quote (&quot;) opens in this line and is never closed, so the lines after it run together into one cell: correct the quote in the file or download the statement again</source>
        <translation>此行有一个引号（&quot;）开启后从未闭合，导致其后的各行被并入同一个单元格：请更正文件中的引号，或重新下载对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="103"/>
        <source>the workbook is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it, or save it as CSV</source>
        <translation>该工作簿受密码保护：请在 Excel 中打开，移除密码（文件 &gt; 信息 &gt; 保护工作簿）后保存，或另存为 CSV</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls) is not read: save it as .xlsx or CSV</source>
        <translation type="vanished">不读取 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="108"/>
        <source>a web page with no table of transactions, not a statement: download the statement again from the bank (a page saved in its place, such as the sign-in page, holds none)</source>
        <translation>这是一个网页，其中没有交易明细表格，不是对账单：请从银行重新下载对账单（代替对账单保存下来的网页，例如登录页面，不含明细）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="113"/>
        <source>an OpenDocument spreadsheet (.ods) is not read: save it as .xlsx or CSV</source>
        <translation>不读取 OpenDocument 电子表格（.ods）：请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="116"/>
        <source>an Office document (Word, Outlook…), not a statement export</source>
        <translation>这是 Office 文档（Word、Outlook 等），不是对账单导出文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="119"/>
        <source>the workbook is damaged</source>
        <translation>工作簿已损坏</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="120"/>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="122"/>
        <source>the QIF file lists no transactions</source>
        <translation>QIF 文件中没有交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="123"/>
        <source>not a QIF line before the first !Type or !Account header</source>
        <translation>第一个 !Type 或 !Account 标题之前有非 QIF 格式的行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="126"/>
        <source>the record has no date (D line)</source>
        <translation>该记录没有日期（D 行）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="127"/>
        <source>the record has no amount (T line)</source>
        <translation>该记录没有金额（T 行）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="128"/>
        <source>the file ends inside this record, before its ^: the download stopped before the end; download the statement again</source>
        <translation>文件在此记录的结束符 ^ 之前就结束了：下载未完成，请重新下载对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="134"/>
        <source>split records kept whole, each one line of its total with its parts named in the memo: the parts do not add up to the total ({lines}); those of line {line} add up to {parts}, its total is {total}</source>
        <translation>拆分记录保持为整笔，每笔按总额记为一行，备注中列出各部分：各部分之和与总额不符（{lines}）；第 {line} 行各部分合计 {parts}，总额为 {total}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="140"/>
        <source>split records kept whole, each one line of its total with its parts named in the memo: a part is 0.00 or signed against the total, which a split cannot hold ({lines})</source>
        <translation>拆分记录保持为整笔，每笔按总额记为一行，备注中列出各部分：有一部分为 0.00 或与总额正负相反，无法拆分（{lines}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="146"/>
        <source>text before the first MT940 field</source>
        <translation>第一个 MT940 字段之前有多余的文本</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="147"/>
        <source>a statement without its account (:25:)</source>
        <translation>对账单缺少账户（:25:）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="148"/>
        <source>the file ends inside a statement, before its closing balance (:62F:): the download stopped before the end; download the statement again</source>
        <translation>文件在一份对账单中途结束，缺少其期末余额（:62F:）：下载未完成，请重新下载对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="153"/>
        <source>no currency before the first statement line</source>
        <translation>第一条对账单明细之前没有币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="156"/>
        <source>the balance :{tag}: cannot be read: “{text}”</source>
        <translation>无法读取余额 :{tag}:：“{text}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="159"/>
        <source>the balance is in {balance}, the statement in {statement}</source>
        <translation>余额的币种是 {balance}，而对账单的币种是 {statement}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="162"/>
        <source>the statement line :61: cannot be read: “{text}”</source>
        <translation>无法读取对账单明细 :61:：“{text}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="165"/>
        <source>the date “{value}” is not a calendar day</source>
        <translation>日期“{value}”不是有效的日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="167"/>
        <source>the file has no OFX header; it was read from its &lt;OFX&gt; element</source>
        <translation>文件没有 OFX 文件头；已从 &lt;OFX&gt; 元素开始读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="170"/>
        <source>the OFX header has no OFXHEADER line; it was read past</source>
        <translation>OFX 文件头中没有 OFXHEADER 行；已跳过文件头读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="173"/>
        <source>the OFX header is not written as OFX sets it ({text}); it was read past</source>
        <translation>OFX 文件头的写法不符合 OFX 规范（{text}）；已跳过文件头读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="176"/>
        <source>tags are not all written in upper case ({tag}); read as upper case</source>
        <translation>标签没有全部大写（{tag}）；已按大写读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="179"/>
        <source>a text holds a bare &amp; ({text}); read as the character &amp;</source>
        <translation>文本中含有单独的 &amp;（{text}）；已按字符 &amp; 读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="182"/>
        <source>texts hold line breaks written as {tag} (line {line}); read as spaces</source>
        <translation>文本中有以 {tag} 写成的换行（第 {line} 行）；已按空格读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="185"/>
        <source>a text&apos;s characters are escaped twice ({text}); read as escaped once</source>
        <translation>文本中的字符被转义了两次（{text}）；已按转义一次读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="188"/>
        <source>transactions only stating the account&apos;s balance ({text}; {lines}) left out</source>
        <translation>只列明账户余额的交易（{text}；{lines}）未导入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="192"/>
        <source>the fields of transactions are out of OFX&apos;s order (&lt;{later}&gt; after &lt;{earlier}&gt;; {lines}); read by their names</source>
        <translation>交易字段的顺序不符合 OFX 规范（&lt;{later}&gt; 位于 &lt;{earlier}&gt; 之后；{lines}）；已按字段名读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="197"/>
        <source>an end tag that closes no field (&lt;/{tag}&gt;) stands in transactions ({lines}); each field was read up to the next tag</source>
        <translation>交易中有一个不结束任何字段的结束标记（&lt;/{tag}&gt;）（{lines}）；每个字段都读到下一个标记为止</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="202"/>
        <source>transactions (&lt;STMTTRN&gt;) never closed ({lines}); each was read up to the next transaction or the list&apos;s end</source>
        <translation>交易（&lt;STMTTRN&gt;）没有结束标签（{lines}）；每笔交易已读到下一笔交易或列表末尾</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="207"/>
        <source>&lt;{tag}&gt; was closed by &lt;/{closer}&gt; (line {line}); read as its end</source>
        <translation>&lt;{tag}&gt; 被 &lt;/{closer}&gt; 结束（第 {line} 行）；已按其结尾读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="210"/>
        <source>&lt;{tag}&gt; was never closed; read up to {closer} (line {line})</source>
        <translation>&lt;{tag}&gt; 没有结束标签；已读到 {closer}（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="213"/>
        <source>&lt;{tag}&gt; of account {account} was never closed; read up to {closer} (line {line})</source>
        <translation>账户 {account} 的 &lt;{tag}&gt; 没有结束标签；已读到 {closer}（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="217"/>
        <source>amounts in brackets under debit or credit (‘{example}’ on line {line}) were read as their column says, money out or in, as the balance column shows</source>
        <translation>借方或贷方栏中带括号的金额（第 {line} 行的“{example}”）按所在栏的方向读取（借方为支出，贷方为收入），余额栏印证了这一读法</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="222"/>
        <source>the balance column does not follow from the amounts from line {line} on, so no balance was taken from this file</source>
        <translation>余额列从第 {line} 行起与交易金额对不上，因此未采用此文件中的余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="227"/>
        <source>line {line} has no balance in the balance column, so no balance was taken from this file</source>
        <translation>第 {line} 行的余额列为空或无法识别，因此未采用此文件中的余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="231"/>
        <source>amounts with a minus under debit or credit (‘{example}’ on line {line}) were read as taken back, money in under debit and out under credit, as the balance column shows</source>
        <translation>借方或贷方中带负号的金额（第 {line} 行的“{example}”）已按冲正读取：借方为转入、贷方为转出，与余额列一致</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="236"/>
        <source>amounts are written with a decimal comma ({example}); read as {read}</source>
        <translation>金额使用逗号作小数点（{example}）；已按 {read} 读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="239"/>
        <source>the statement of account {account} states no {tags}; its days were taken from its lines</source>
        <translation>账户 {account} 的对账单没有注明 {tags}；已根据其中的交易确定日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="243"/>
        <source>the statement of account {account} names no currency (&lt;CURDEF&gt;); read as {currency}</source>
        <translation>账户 {account} 的对账单没有注明币种（&lt;CURDEF&gt;）；已按 {currency} 读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="247"/>
        <source>lines {shown}</source>
        <translation>第 {shown} 行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="248"/>
        <source>lines {shown} and {more} more</source>
        <translation>第 {shown} 行等（另有 {more} 行）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="249"/>
        <source>the workbook unpacks to {megabytes} MB, too large to be a statement</source>
        <translation>该工作簿解压后为 {megabytes} MB，过大，不像是对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="252"/>
        <source>the sheet has more than {rows} rows, more than Excel allows</source>
        <translation>工作表超过 {rows} 行，超出 Excel 的上限</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="255"/>
        <source>this row has {columns} columns; a statement has a few dozen at most</source>
        <translation>此行有 {columns} 列；对账单最多只有几十列</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="258"/>
        <source>the workbook&apos;s XML declares entities; finapp never expands them, so it is not read</source>
        <translation>该工作簿的 XML 声明了实体；finapp 从不展开实体，因此不读取此文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="262"/>
        <source>this copy of finapp lacks its XML safety guard (“defusedxml”), so workbooks are not read: reinstall finapp or save the workbook as CSV</source>
        <translation>此 finapp 缺少 XML 安全组件（“defusedxml”），因此无法读取工作簿：请重新安装 finapp，或将工作簿另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="267"/>
        <source>an investment account&apos;s list (“!Type:Invst”): finapp does not track investments; export the bank, card and cash accounts only</source>
        <translation>这是投资账户列表（“!Type:Invst”）：finapp 不跟踪投资；请只导出银行、信用卡和现金账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="272"/>
        <source>“{value}” is no QIF list finapp knows</source>
        <translation>“{value}”不是 finapp 认识的 QIF 列表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="273"/>
        <source>the date “{value}” reads as {us} (month first, US) or {eu} (day first), and no date in the file settles which; export it again with dates written YYYY-MM-DD, or as OFX or CSV</source>
        <translation>日期“{value}”可读作 {us}（月在前，美式）或 {eu}（日在前），文件中没有日期能确定是哪种；请以 YYYY-MM-DD 日期格式重新导出，或导出为 OFX 或 CSV</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="278"/>
        <source>“{value}” is written with dots, which are day first, but reads only month first</source>
        <translation>“{value}”用点分隔（通常日在前），但只能按月在前读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="282"/>
        <source>the dates do not fit one day/month order: “{day}” (line {day_line}) is day first, “{month}” (line {month_line}) month first</source>
        <translation>日期不符合统一的日/月顺序：“{day}”（第 {day_line} 行）日在前，“{month}”（第 {month_line} 行）月在前</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="287"/>
        <source>the amount “{cell}…” is longer than the 15 characters MT940 allows</source>
        <translation>金额“{cell}…”超过 MT940 允许的 15 个字符</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="290"/>
        <source>the amount “{cell}” has no decimal comma, which MT940 requires</source>
        <translation>金额“{cell}”没有 MT940 要求的小数逗号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="293"/>
        <source>the amount “{cell}” has more decimals than {currency} has</source>
        <translation>金额“{cell}”的小数位多于 {currency} 的小数位</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="297"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="298"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="299"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="300"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="301"/>
        <source>date of the purchase</source>
        <translation>消费日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="302"/>
        <source>bank&apos;s id</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="303"/>
        <source>industry code</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="304"/>
        <source>check number</source>
        <translation>支票号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="305"/>
        <source>the transaction has no {field} (&lt;{tag}&gt;)</source>
        <translation>该交易没有{field}（&lt;{tag}&gt;）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="306"/>
        <source>the transaction&apos;s {field} (&lt;{tag}&gt;) is empty</source>
        <translation>该交易的{field}（&lt;{tag}&gt;）为空</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="309"/>
        <source>the transaction&apos;s {field} (&lt;{tag}&gt;) “{value}” cannot be read</source>
        <translation>无法读取该交易的{field}（&lt;{tag}&gt;）“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="313"/>
        <source>the transaction&apos;s {field} (&lt;{tag}&gt;) “{value}” is before 1970: a placeholder the bank wrote, not the day of a transaction</source>
        <translation>该交易的{field}（&lt;{tag}&gt;）“{value}”早于 1970 年：这是银行填写的占位值，并非交易的实际日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="318"/>
        <source>the transaction cannot be read</source>
        <translation>无法读取该交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="319"/>
        <source>the amount “{value}” is not a number an account can hold</source>
        <translation>金额“{value}”不是账户能记录的数字</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="322"/>
        <source>the investment transaction “{id}” moves “{value}” in cash, not a number an account can hold</source>
        <translation>投资交易“{id}”的现金变动“{value}”不是账户能记录的数字</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="327"/>
        <source>the investment transaction “{id}” moves “{value}” in cash, but its trade and settlement days cannot be read</source>
        <translation>投资交易“{id}”涉及现金“{value}”，但其交易日和交收日无法读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="332"/>
        <source>the investment transaction “{id}” moves “{value}” in cash, but its day cannot be read</source>
        <translation>投资交易“{id}”涉及现金“{value}”，但其日期无法读取</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="336"/>
        <source>the ledger balance “{value}” is not a number an account can hold</source>
        <translation>账面余额“{value}”不是账户能记录的数字</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="339"/>
        <source>the available balance “{value}” is not a number an account can hold</source>
        <translation>可用余额“{value}”不是账户能记录的数字</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="342"/>
        <source>the amount “{value}” is written with another decimal mark than “{other}” (line {other_line}), so whether it means thousands is unclear</source>
        <translation>金额“{value}”使用的小数点与“{other}”（第 {other_line} 行）不同，无法确定是否表示千位</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="347"/>
        <source>not a readable OFX statement: its tags are damaged or out of place</source>
        <translation>不是可读的 OFX 对账单：其标签已损坏或位置不对</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="350"/>
        <source>the bank answered with an error instead of a statement: “{message}” (code {number}); download the statement again</source>
        <translation>银行返回了错误而不是对账单：“{message}”（代码 {number}）；请重新下载对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="355"/>
        <source>the bank refused the sign-on instead of sending a statement: “{message}” (code {number})</source>
        <translation>银行拒绝了登录，未发送对账单：“{message}”（代码 {number}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="359"/>
        <source>this OFX file lists accounts but holds no statement (an account-list reply)</source>
        <translation>此 OFX 文件列出了账户但不含对账单（账户列表回复）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="362"/>
        <source>this OFX file holds no account statement: it is the bank&apos;s reply to a sign-on or another request</source>
        <translation>此 OFX 文件不含账户对账单：它是银行对登录或其他请求的回复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="367"/>
        <source>the OFX file holds no account statement</source>
        <translation>该 OFX 文件不含账户对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="368"/>
        <source>the file has an OFX header but no &lt;OFX&gt; element: it holds no statement</source>
        <translation>文件有 OFX 文件头但没有 &lt;OFX&gt; 元素：不含对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="371"/>
        <source>the file ends inside its list of transactions: it was cut short; download it again</source>
        <translation>文件在交易列表中间结束：文件不完整；请重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="375"/>
        <source>the file ends inside a statement: it was cut short; download it again</source>
        <translation>文件在对账单中间结束：文件不完整；请重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="378"/>
        <source>the transaction is in {symbol} (&lt;CURRENCY&gt;) but gives no usable rate to {currency}, the statement&apos;s currency (&lt;CURRATE&gt; “{value}”)</source>
        <translation>该交易以 {symbol} 计（&lt;CURRENCY&gt;），但没有给出换算成对账单币种 {currency} 的可用汇率（&lt;CURRATE&gt; “{value}”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="384"/>
        <source>every DEBIT line of account {account} is money in and every CREDIT line money out ({count} lines; line {debit_line}: DEBIT {debit}, line {credit_line}: CREDIT {credit}): stored as written; if purchases show as money in, the bank signed the file from its own side</source>
        <translation>账户 {account} 的每笔 DEBIT（借记）都是入账，每笔 CREDIT（贷记）都是出账（共 {count} 行；第 {debit_line} 行：DEBIT {debit}，第 {credit_line} 行：CREDIT {credit}）：已按原样保存；如果消费显示为入账，说明银行是从自己的角度给金额记的正负号</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="392"/>
        <source>line {line}: {written} {symbol} (&lt;CURRENCY&gt;) read as {read} {currency} at the rate the statement gives ({rate})</source>
        <translation>第 {line} 行：{written} {symbol}（&lt;CURRENCY&gt;）按对账单给出的汇率（{rate}）读作 {read} {currency}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="397"/>
        <source>{count} lines in {symbol} (&lt;CURRENCY&gt;) read in {currency} at the rates the statement gives; the first, line {line}: {written} {symbol} at {rate} is {read} {currency}</source>
        <translation>{count} 行以 {symbol} 计（&lt;CURRENCY&gt;），已按对账单给出的汇率换算为 {currency}；第一行（第 {line} 行）：{written} {symbol} 按 {rate} 为 {read} {currency}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="404"/>
        <source>line {line}: the bank replaced its earlier transaction &apos;{id}&apos; of account {account} ({was}) with {now}; the stored line was corrected, keeping its category, note and tags</source>
        <translation>第 {line} 行：银行用 {now} 替换了账户 {account} 中此前的交易“{id}”（{was}）；已更正已存的那一行，保留其分类、备注和标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="409"/>
        <source>line {line}: the bank replaced its earlier transaction &apos;{id}&apos; of account {account} ({was}) with {now}; the stored line was corrected, and its split no longer adds up, so it is one line in its largest part&apos;s category: split it again</source>
        <translation>第 {line} 行：银行用 {now} 替换了账户 {account} 中此前的交易“{id}”（{was}）；已更正已存的那一行，但其拆分各部分之和不再等于金额，因此改为一行，归入金额最大部分的分类：请重新拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="415"/>
        <source>{count} lines the bank has replaced or withdrawn since an earlier import of them were not added again</source>
        <translation>有 {count} 行在之前导入后已被银行替换或撤回，未再次添加</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="420"/>
        <source>line {line}: the bank withdrew its earlier transaction &apos;{id}&apos; of account {account} ({was}); it was removed from the books (undoing this import puts it back)</source>
        <translation>第 {line} 行：银行撤回了账户 {account} 中此前的交易“{id}”（{was}）；已从账目中删除（撤销这次导入可恢复）</translation>
    </message>
    <message>
        <source>line {line}: the bank replaces its earlier transaction &apos;{id}&apos; of account {account} with this line, imported; finapp does not change lines already stored, so the earlier one stays in the books beside it</source>
        <translation type="vanished">第 {line} 行：银行用这一行替换账户 {account} 之前的交易“{id}”，已导入；finapp 不会改动已存的流水，因此之前那笔仍与它并存于账中</translation>
    </message>
    <message>
        <source>line {line}: the bank withdraws its earlier transaction &apos;{id}&apos; of account {account}; finapp does not change lines already stored, so that line stays in the books</source>
        <translation type="vanished">第 {line} 行：银行撤回账户 {account} 之前的交易“{id}”；finapp 不会改动已存的流水，因此那笔仍留在账中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="426"/>
        <source>the bank sent the statement of account {account} with {severity} &quot;{message}&quot; (code {number}): it may be incomplete; it was imported as sent, download it again later for the rest</source>
        <translation>银行发送账户 {account} 的对账单时附带 {severity}“{message}”（代码 {number}）：账单可能不完整；已按原样导入，其余部分请稍后重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="433"/>
        <source>investment account {account} is kept as its cash ({cash} {currency}); shares bought or sold move that cash within the account, neither spending nor income; its holdings ({holdings} {currency} at the statement&apos;s prices) are not tracked</source>
        <translation>投资账户 {account} 按其现金记账（{cash} {currency}）；买卖股份只是在账户内移动这笔现金，既非支出也非收入；所持证券（按对账单价格为 {holdings} {currency}）不作记录</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="440"/>
        <source>line {line}: the ledger balance of account {account} is written “{value}”, not a number; the statement was imported without it</source>
        <translation>第 {line} 行：账户 {account} 的账面余额写作“{value}”，不是数字；对账单已导入，但未记录此余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="445"/>
        <source>line {line}: the available balance of account {account} is written “{value}”, not a number; the statement was imported without it</source>
        <translation>第 {line} 行：账户 {account} 的可用余额写作“{value}”，不是数字；对账单已导入，但未记录此余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="450"/>
        <source>line {line}: the ledger balance of account {account} is dated “{value}”, no real day; the statement was imported without it</source>
        <translation>第 {line} 行：账户 {account} 的账面余额日期写作“{value}”，不是真实日期；对账单已导入，但未记录此余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="455"/>
        <source>line {line}: the available balance of account {account} is dated “{value}”, no real day; the statement was imported without it</source>
        <translation>第 {line} 行：账户 {account} 的可用余额日期写作“{value}”，不是真实日期；对账单已导入，但未记录此余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="460"/>
        <source>the file ends before its &lt;/OFX&gt;: it was cut short and what came after is missing; download it again</source>
        <translation>文件在 &lt;/OFX&gt; 之前就结束了：文件不完整，后面的内容已丢失；请重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="465"/>
        <source>the file ends in the middle of a tag ({tag}) before its &lt;/OFX&gt;: it was cut short and what came after is missing; download it again</source>
        <translation>文件在 &lt;/OFX&gt; 之前、在一个标签中间（{tag}）结束：文件不完整，后面的内容已丢失；请重新下载</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="471"/>
        <source>the entry</source>
        <translation>该条目</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="472"/>
        <source>the ledger balance</source>
        <translation>账面余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="473"/>
        <source>the available balance</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="474"/>
        <source>booking date</source>
        <translation>记账日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="475"/>
        <source>value date</source>
        <translation>起息日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="476"/>
        <source>balance date</source>
        <translation>余额日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="477"/>
        <source>start of the period</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="478"/>
        <source>end of the period</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="479"/>
        <source>not an ISO 20022 camt.052/053/054 document</source>
        <translation>不是 ISO 20022 camt.052/053/054 文档</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="480"/>
        <source>the camt document holds no statement, report or notification</source>
        <translation>该 camt 文档不含对账单、报告或通知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="483"/>
        <source>the XML declares a “DOCTYPE” (where entities are defined); bank statements never do, so it is refused unread</source>
        <translation>该 XML 声明了“DOCTYPE”（可定义实体）；银行对账单从不这样做，因此未读取即拒绝</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="488"/>
        <source>the XML is damaged (not well-formed): the file may be cut short</source>
        <translation>XML 已损坏（格式不正确）：文件可能不完整</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="491"/>
        <source>the statement names no account (“Acct/Id”)</source>
        <translation>对账单未指明账户（“Acct/Id”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="492"/>
        <source>the statement names no currency (“Acct/Ccy”)</source>
        <translation>对账单未指明币种（“Acct/Ccy”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="495"/>
        <source>the booked entry has no booking date (“BookgDt”)</source>
        <translation>已记账条目没有记账日期（“BookgDt”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="498"/>
        <source>{what} has no amount (“Amt”)</source>
        <translation>{what}没有金额（“Amt”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="499"/>
        <source>the amount “{value}” of {what} is not an ISO 20022 amount</source>
        <translation>{what}的金额“{value}”不是 ISO 20022 金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="502"/>
        <source>the amount of {what} is in {written}, the account in {currency}</source>
        <translation>{what}的金额以 {written} 计，而账户以 {currency} 计</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="505"/>
        <source>{what} says “{value}” where “CRDT” (money in) or “DBIT” (money out) belongs (“CdtDbtInd”)</source>
        <translation>{what}在应为“CRDT”（收入）或“DBIT”（支出）处写的是“{value}”（“CdtDbtInd”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="509"/>
        <source>{what} does not say money in or money out (“CdtDbtInd”)</source>
        <translation>{what}未说明是收入还是支出（“CdtDbtInd”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="512"/>
        <source>the {what} has neither “Dt” nor “DtTm”</source>
        <translation>{what}既没有“Dt”也没有“DtTm”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="513"/>
        <source>the {what} “{value}” is no date and time</source>
        <translation>{what}“{value}”不是日期时间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="516"/>
        <source>the {what} (“{path}”) is missing</source>
        <translation>缺少{what}（“{path}”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="517"/>
        <source>the {what} “{value}” is no calendar date</source>
        <translation>{what}“{value}”不是有效日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="518"/>
        <source>the {what} “{value}” lies outside the dates finapp keeps ({first} – {last})</source>
        <translation>{what}“{value}”超出 finapp 可记录的日期范围（{first} – {last}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="521"/>
        <source>{what} has no date</source>
        <translation>{what}没有日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="522"/>
        <source>the entry is not booked (status {status}): left out</source>
        <translation>该条目未入账（状态 {status}）：已略过</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="525"/>
        <source>the entry is not booked (it has no status): left out</source>
        <translation>该条目未入账（没有状态）：已略过</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="529"/>
        <source>status “{status}”: not booked yet (pending)</source>
        <translation>交易状态“{status}”：尚未入账（待处理）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="530"/>
        <source>status “{status}”: no money moved</source>
        <translation>交易状态“{status}”：未发生资金变动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="531"/>
        <source>no amount (cancelled)</source>
        <translation>没有金额（已取消）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="532"/>
        <source>“{said}”: a balance the statement states, no money moved</source>
        <translation>“{said}”：对账单列出的余额，不是资金变动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="535"/>
        <source>dated {day}, after the day of import: scheduled, not booked yet</source>
        <translation>日期为 {day}，晚于导入当天：是预定的付款，尚未入账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="538"/>
        <source>“{said}”: a totals row adding up other lines, no money moved</source>
        <translation>“{said}”：汇总其他交易的合计行，没有资金变动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="541"/>
        <source>no date and no amount: a line of the statement&apos;s, no money moved</source>
        <translation>没有日期和金额：对账单本身的说明行，不是资金变动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="544"/>
        <source>“{word}”: the export counts it as neither income nor spending</source>
        <translation>“{word}”：账单标为不计收支</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="547"/>
        <source>“{word}” (a refund the export books apart): the export counts it as neither income nor spending</source>
        <translation>“{word}”（账单单独记录的退款）：账单标为不计收支</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="552"/>
        <source>a refund of a trade the export leaves out (closed or returned): no money back</source>
        <translation>账单略去的交易（已关闭或已退还）的退款：并无退回的钱</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="556"/>
        <source>“{said}” pays back the app&apos;s own credit, whose purchases are counted on their own rows: a move of your own money, neither income nor spending</source>
        <translation>“{said}”偿还的是该应用自身的信用（如美团月付），其消费已逐笔计入：属于您自己的资金转移，不算收入或支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_files.py" line="561"/>
        <source>“{word}” (a move between your own balances and cards): the export counts it as neither income nor spending</source>
        <translation>“{word}”（在您自己的余额与银行卡之间转移资金）：账单标为不计收支</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="147"/>
        <source>{amount} has more decimals than {currency} allows ({places} decimals)</source>
        <translation>{amount} 的小数位多于 {currency} 允许的位数（{places} 位）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="150"/>
        <source>{amount} has more decimals than {currency} allows (no decimals)</source>
        <translation>{amount} 的小数位多于 {currency} 允许的位数（不允许小数）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="100"/>
        <source>“{cell}” is not an amount (write it as 12.50)</source>
        <translation>“{cell}”不是金额（请写成 12.50 这样）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="104"/>
        <source>A split needs two parts or more</source>
        <translation>拆分至少需要两个部分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="105"/>
        <source>A line of zero has nothing to split</source>
        <translation>金额为零的交易无可拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="106"/>
        <source>The part of {category} is zero: remove it or give it an amount</source>
        <translation>{category} 的部分为零：请删除它或填写金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="109"/>
        <source>The part of {category} ({amount}) is not signed as the line ({line})</source>
        <translation>{category} 的部分（{amount}）与交易（{line}）的正负号不一致</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="112"/>
        <source>The parts add up to {total}, not to the line&apos;s {line} {currency}</source>
        <translation>各部分合计 {total}，不等于交易的 {line} {currency}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="115"/>
        <source>{amount} has more decimals than {currency} allows ({places})</source>
        <translation>{amount} 的小数位多于 {currency} 允许的位数（{places}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="118"/>
        <source>This line is not split</source>
        <translation>此交易未拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="119"/>
        <source>Write the parts all with a minus or all without</source>
        <translation>各部分要么都带负号，要么都不带</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="123"/>
        <source>“{value}” is not a category path: its levels are separated by “:”</source>
        <translation>“{value}”不是分类路径：各级之间用“:”分隔</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="126"/>
        <source>“{value}” is not a category name: a name holds no “:”</source>
        <translation>“{value}”不是分类名称：名称中不能有“:”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="129"/>
        <source>“{value}” is not a category name: a name holds no tab or line break</source>
        <translation>“{value}”不是有效的分类名称：名称中不能有制表符或换行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="132"/>
        <source>A category name is at most {limit} characters long; this one has {length}</source>
        <translation>分类名称最多 {limit} 个字符，这个有 {length} 个</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="135"/>
        <source>There is no category “{category}”</source>
        <translation>没有分类“{category}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="136"/>
        <source>The category “{category}” already exists</source>
        <translation>分类“{category}”已存在</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="137"/>
        <source>A category “{name}” already exists at the top level</source>
        <translation>顶层已有分类“{name}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="140"/>
        <source>A category “{name}” already exists under “{category}”</source>
        <translation>“{category}”下已有分类“{name}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="143"/>
        <source>“{category}” cannot be moved under itself</source>
        <translation>“{category}”不能移到它自己下面</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="146"/>
        <source>“{category}” cannot be merged into itself or one of its own parts</source>
        <translation>“{category}”不能合并到它自己或它的子分类中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="149"/>
        <source>the transactions of “{category}” cannot move to it or to one of its own parts</source>
        <translation>“{category}”的交易不能移到它自己或它的子分类中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="153"/>
        <source>“{category}” has sub-categories: move them first, or choose a category for its transactions</source>
        <translation>“{category}”有子分类：请先移走它们，或为其交易选择一个分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="158"/>
        <source>A budget must be above zero, not {amount}</source>
        <translation>预算必须大于零，不能是 {amount}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="161"/>
        <source>“{category}” is not a spending category</source>
        <translation>“{category}”不是支出分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="164"/>
        <source>“{category}” has no budget</source>
        <translation>“{category}”没有预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="165"/>
        <source>A goal needs at least one account whose balance counts</source>
        <translation>储蓄目标至少需要一个计入余额的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="168"/>
        <source>A goal needs a name</source>
        <translation>储蓄目标需要名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="169"/>
        <source>A goal&apos;s target must be above zero, not {amount}</source>
        <translation>储蓄目标金额必须大于零，不能是 {amount}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="172"/>
        <source>A goal&apos;s date must be after today ({today}), not {day}</source>
        <translation>储蓄目标日期必须在今天（{today}）之后，不能是 {day}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="175"/>
        <source>There is already a goal named “{name}”</source>
        <translation>已有名为“{name}”的储蓄目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="176"/>
        <source>The goal is in {currency}; {names} is in another currency</source>
        <translation>该目标以 {currency} 计；{names} 是其他币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="179"/>
        <source>There is no goal named “{name}”</source>
        <translation>没有名为“{name}”的储蓄目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="180"/>
        <source>{name} holds money owed, not saved: link a savings or checking account to a goal</source>
        <translation>{name} 里是欠款，不是存款：请为目标关联储蓄或活期账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="185"/>
        <source>“{value}” is not a list of whole numbers (for example 30,7,1)</source>
        <translation>“{value}”不是整数列表（例如 30,7,1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="188"/>
        <source>Expected whole numbers from 0 up, not “{value}”</source>
        <translation>应为 0 或更大的整数，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="191"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="192"/>
        <source>Expected a number above 0, not “{value}”</source>
        <translation>应为大于 0 的数字，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="195"/>
        <source>Expected an amount from 0 up, not “{value}”</source>
        <translation>应为 0 或更大的金额，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="198"/>
        <source>Expected a factor above 1, not “{value}”</source>
        <translation>应为大于 1 的倍数，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="199"/>
        <source>Expected a percentage from 1 to 100, not “{value}”</source>
        <translation>应为 1 到 100 的百分比，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="202"/>
        <source>Expected percentages from 1 to 100, not “{value}”</source>
        <translation>应为 1 到 100 的百分比，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="205"/>
        <source>Expected a currency code such as USD, or auto, not “{value}”</source>
        <translation>应为 USD 这样的币种代码或 auto，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="208"/>
        <source>Expected a currency code and an amount for each currency, such as USD=10000,CNY=50000, not “{value}”</source>
        <translation>应为每个币种写出代码和金额，例如 USD=10000,CNY=50000，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="213"/>
        <source>There is no setting “{key}”</source>
        <translation>没有设置项“{key}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="215"/>
        <source>A rule needs a pattern to match</source>
        <translation>规则需要匹配的模式</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="216"/>
        <source>The minimum amount is above the maximum</source>
        <translation>最小金额大于最大金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="217"/>
        <source>“{pattern}” is not a pattern finapp can use: {reason}</source>
        <translation>“{pattern}”不是 finapp 能用的模式：{reason}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="220"/>
        <source>it is longer than {most} characters</source>
        <translation>长度超过 {most} 个字符</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="221"/>
        <source>it repeats something more than {most} times</source>
        <translation>某部分重复超过 {most} 次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="222"/>
        <source>it is too large to run on every transaction; make it simpler</source>
        <translation>过于复杂，无法对每笔交易运行；请简化</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="225"/>
        <source>lookaround such as (?= or (?&lt;! and backreferences such as \1 are not supported</source>
        <translation>不支持 (?= 或 (?&lt;! 之类的环视，也不支持 \1 之类的反向引用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="229"/>
        <source>it is not a regular expression (a bracket left open or a character out of place)</source>
        <translation>不是正则表达式（有未闭合的括号或位置不对的字符）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="234"/>
        <source>No transaction with id {ids}</source>
        <translation>没有编号为 {ids} 的交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="235"/>
        <source>“{tag}” is not a tag: write a word after the #, such as #tax</source>
        <translation>“{tag}”不是标签：请在 # 后写一个词，例如 #报税</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="238"/>
        <source>“{tag}” is not a tag: “{character}” is not allowed (letters, digits, - and _ only)</source>
        <translation>“{tag}”不是标签：不允许“{character}”（只能用字母、数字、- 和 _）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="242"/>
        <source>“{tag}” is not a tag: it is longer than {most} characters</source>
        <translation>“{tag}”不是标签：长度超过 {most} 个字符</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="246"/>
        <source>Name the payee to rename</source>
        <translation>请指明要重命名的收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="247"/>
        <source>There is no payee “{name}”</source>
        <translation>没有收款方“{name}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="45"/>
        <location filename="../../finapp/gui/error_texts_entries.py" line="248"/>
        <source>“{value}” is not a currency code (three letters, such as EUR)</source>
        <translation>“{value}”不是币种代码（三个字母，例如 EUR）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="251"/>
        <source>A rate must be above zero, not “{value}”</source>
        <translation>汇率必须大于零，不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="252"/>
        <source>{currency} is the base currency: its rate is always 1</source>
        <translation>{currency} 是基准币种：其汇率始终为 1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="255"/>
        <source>{path} cannot be read ({why})</source>
        <translation>无法读取 {path}（{why}）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="256"/>
        <source>The report is an HTML file: name it with .html, not {name}</source>
        <translation>报告是 HTML 文件：请以 .html 结尾命名，而不是 {name}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="79"/>
        <location filename="../../finapp/gui/error_texts_entries.py" line="259"/>
        <source>There is no folder {folder} to write {name} into</source>
        <translation>没有可写入 {name} 的文件夹 {folder}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="15"/>
        <source>A subscription needs a name</source>
        <translation>订阅需要名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="16"/>
        <source>Reminders are days before the renewal, from 0 to 366</source>
        <translation>提醒是续费前的天数，范围 0 到 366</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="19"/>
        <source>A subscription cannot be merged with itself</source>
        <translation>订阅不能与自身合并</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="22"/>
        <source>A subscription added by hand has no charges to merge</source>
        <translation>手动添加的订阅没有可合并的扣费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="25"/>
        <source>A cancelled subscription has no next review</source>
        <translation>已取消的订阅没有下次审核</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="28"/>
        <source>The next review must come after {today}</source>
        <translation>下次审核必须在 {today} 之后</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="29"/>
        <source>{name} is not a subscription: only a subscription has a yearly review</source>
        <translation>{name} 不是订阅：只有订阅才有年度审核</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="32"/>
        <source>{name} is cancelled already</source>
        <translation>{name} 已取消</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="33"/>
        <source>{name} is dismissed already</source>
        <translation>{name} 已忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="34"/>
        <source>An account needs a name</source>
        <translation>账户需要名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="35"/>
        <source>No account type {type}; one of {types}</source>
        <translation>没有账户类型 {type}；可选：{types}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="38"/>
        <source>Another account is called {name} already</source>
        <translation>已有另一个账户名为 {name}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="41"/>
        <source>{account} has transactions up to {date}: close it on that day or later</source>
        <translation>{account} 的交易一直到 {date}：请选择该日或之后的日期销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="44"/>
        <source>{account} is not closed</source>
        <translation>{account} 未销户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="48"/>
        <source>{account} cannot change from {old} to {new}: the two are not written with the same number of decimals, so its amounts would change</source>
        <translation>{account} 无法从 {old} 改为 {new}：两者的小数位数不同，金额会因此改变</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="53"/>
        <source>{count} transactions of {account} have cents, which {new} does not have</source>
        <translation>{account} 有 {count} 笔交易带有小数，而 {new} 没有小数单位</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="56"/>
        <source>{account} can be closed once it is: {date} is after today</source>
        <translation>{account} 只能在销户当天或之后标记为已销户：{date} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="59"/>
        <source>{name} is closed: a goal counts the money an open account holds</source>
        <translation>{name} 已销户：目标只计入仍在使用的账户中的钱</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="62"/>
        <source>{account} was closed on {date}, and {count} of the lines added are later: if it is still open, reopen it on the Accounts page</source>
        <translation>{account} 已于 {date} 销户，而新增交易中有 {count} 笔晚于该日：如果它仍在使用，请在“账户”页重新启用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="67"/>
        <source>{account} is not a credit card: only a card has a limit</source>
        <translation>{account} 不是信用卡：只有信用卡才有额度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="70"/>
        <source>A credit limit must be above zero, not {amount}</source>
        <translation>信用额度必须大于零，不能是 {amount}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="73"/>
        <source>No renewals are coming to put in a calendar; nothing was written</source>
        <translation>没有即将到来的续费可放入日历；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="76"/>
        <source>{path} is a folder; name the .ics file to write</source>
        <translation>{path} 是文件夹；请指定要写入的 .ics 文件名</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="82"/>
        <source>Nothing to undo: nothing was imported yet</source>
        <translation>没有可撤销的操作：尚未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="83"/>
        <source>Nothing to undo: no edit is left</source>
        <translation>没有可撤销的操作：已无编辑记录</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="84"/>
        <source>Nothing to redo: no edit was undone since the last one</source>
        <translation>没有可重做的操作：上次编辑后没有撤销过任何编辑</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="87"/>
        <source>This edit can no longer be undone or redone: what it changed was changed since (elsewhere, or by another finapp). Nothing was changed, and the older edits were forgotten</source>
        <translation>此编辑已无法撤销或重做：它所修改的内容此后又被修改过（在别处，或由另一个 finapp）。未做任何更改，更早的编辑记录已清除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="93"/>
        <source>{source} is the payee it would be merged into: choose another</source>
        <translation>{source} 就是要合并进的收款方：请另选一个</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="96"/>
        <source>A rule needs a category or a new payee name</source>
        <translation>规则需要一个分类或新的收款方名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="262"/>
        <source>{path} is a folder; name the .html file to write</source>
        <translation>{path} 是文件夹；请指定要写入的 .html 文件名</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="266"/>
        <source>A profile needs a name</source>
        <translation>导入方案需要名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="267"/>
        <source>“{name}” is the name of a built-in profile; choose another</source>
        <translation>“{name}”是内置方案的名称；请另选一个</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="270"/>
        <source>No CSV profile named “{name}”; the profiles are: {names}</source>
        <translation>没有名为“{name}”的 CSV 方案；可用的方案有：{names}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="273"/>
        <source>“{value}” is no date format finapp reads; the formats are: {formats}</source>
        <translation>“{value}”不是 finapp 能读取的日期格式；可用的格式有：{formats}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="276"/>
        <source>Quiet hours are a span such as 22:00-08:00, or off; not “{value}”</source>
        <translation>免打扰时段应为 22:00-08:00 这样的时间段，或“关闭”；不能是“{value}”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="279"/>
        <source>{folder} is a file; export into a folder</source>
        <translation>{folder} 是文件；请导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="280"/>
        <source>{folder} holds files that are not a finapp export; export into an empty or new folder (such as {inside}) or into a previous export to replace it</source>
        <translation>{folder} 中有不属于 finapp 导出的文件；请导出到空文件夹或新文件夹（例如 {inside}），或导出到以前的导出文件夹以替换它</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="286"/>
        <source>{account}&apos;s statements do not reach {through}: import them up to that day before reconciling to it</source>
        <translation>{account} 的对账单未覆盖到 {through}：请先导入到该日的对账单再对账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts_entries.py" line="291"/>
        <source>{account}&apos;s transactions differ from its statements in {count} period(s) up to {through}, the first {start} to {end} by {difference} {currency}: import what is missing, or accept the books as they stand</source>
        <translation>截至 {through}，{account} 的交易在 {count} 个期间与对账单不符，第一个为 {start} 至 {end}，相差 {difference} {currency}：请导入缺少的对账单，或按现状接受账目</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="158"/>
        <source>this CSV cannot be read without a column mapping: {problems} (choose a profile or map the columns)</source>
        <translation>需要指定各列含义才能读取此 CSV：{problems}（请选择银行格式或对应各列）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="163"/>
        <source>“{value}” is not a date (a calendar date from 1900 to 2199)</source>
        <translation>“{value}”不是日期（应为 1900 至 2199 年间的日期）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="166"/>
        <source>not a statement export: no row holds a date (or it lists no transactions)</source>
        <translation>不是对账单导出文件：没有任何一行包含日期（或其中没有交易）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="169"/>
        <source>no date column found</source>
        <translation>未找到日期列</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="170"/>
        <source>no amount column found (nor both debit and credit columns)</source>
        <translation>未找到金额列（也没有同时包含支出列和收入列）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="173"/>
        <source>column “{column}” holds values that are not dates</source>
        <translation>“{column}”列中有不是日期的值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="176"/>
        <source>the dates in “{column}” fit both {first} and {second}; say which</source>
        <translation>“{column}”中的日期既符合 {first} 也符合 {second}，请指定是哪一种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="179"/>
        <source>the dates in “{column}” are not all written {format}</source>
        <translation>“{column}”中的日期并非都按 {format} 书写</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="183"/>
        <source>this file is not a “{profile}” export: it lacks the columns {missing}</source>
        <translation>此文件不是“{profile}”的导出文件：缺少列 {missing}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="186"/>
        <source>every amount in {column} is positive, so money in cannot be told from money out (is this a card export where charges are positive?)</source>
        <translation>{column} 中的金额全是正数，无法区分收入和支出（这是否是消费记为正数的信用卡导出文件？）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="191"/>
        <source>every amount in {amount_column} is positive and the balance in {balance_column} rises by each one, so every row but the oldest is money in: say whether the oldest (line {line}: {date} {payee} {amount}) is money in too (a savings account&apos;s deposit) or money out; a card&apos;s charges, where the balance is what is owed, need its profile or a column mapping</source>
        <translation>{amount_column} 中的金额全是正数，{balance_column} 中的余额也随每一笔增加，因此除最早的一行外都是收入：请说明最早的一行（第 {line} 行：{date} {payee} {amount}）也是收入（如储蓄账户的存款）还是支出；信用卡的消费（余额表示欠款）需要该卡的方案或列映射</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="199"/>
        <source>the file looks like a credit card&apos;s (column “{column}”): say whether a positive amount is a purchase (money out) or money in</source>
        <translation>这个文件看起来是信用卡的账单（有“{column}”列）：请说明正数金额是消费（支出）还是收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="204"/>
        <source>columns {columns} both hold dates; say which is the transaction&apos;s</source>
        <translation>{columns} 列都包含日期，请指定哪一列是交易日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="207"/>
        <source>columns {columns} both say money in or out</source>
        <translation>{columns} 列都表示收入或支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="210"/>
        <source>columns {columns} could each be amounts without a sign or the running balance that moves by them; say which is the amount</source>
        <translation>{columns} 列既可能是不带正负号的金额，也可能是随之变化的余额，请指定哪一列是金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="215"/>
        <source>columns {columns} could be money out and money in (debit and credit); say which is which</source>
        <translation>{columns} 列可能分别是支出和收入（借方和贷方），请指定各是哪一列</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="219"/>
        <source>columns {columns} all hold amounts and none is a running balance of another; say which is the amount</source>
        <translation>{columns} 列都包含金额，且没有一列是另一列的余额，请指定哪一列是金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="225"/>
        <source>no balance, which tells the sign of its amount</source>
        <translation>没有余额，无法判断金额的正负</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="228"/>
        <source>the balances add up both oldest first and newest first, so the sign of the amounts cannot be told</source>
        <translation>余额按从旧到新和从新到旧的顺序都能对上，无法判断金额的正负</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="233"/>
        <source>the balance {balance} does not follow from the balance before it ({before}) and the amount {amount}, so the sign of the amounts cannot be told</source>
        <translation>余额 {balance} 与上一行余额（{before}）和金额 {amount} 对不上，无法判断金额的正负</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="238"/>
        <source>the balance column tells money in from money out for every row but the oldest (line {line}: {date} {payee} {amount}): say whether that row is money in or money out</source>
        <translation>余额列能判断除最早一行外每一行的收支（第 {line} 行：{date} {payee} {amount}）：请指定该行是收入还是支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="243"/>
        <source>no sign until the oldest row (line {line}) is said to be money in or money out</source>
        <translation>需先指定最早一行（第 {line} 行）是收入还是支出，才能判断正负</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="248"/>
        <source>The new passphrase must have at least {length} characters other than spaces at either end; nothing was changed</source>
        <translation>新密码短语除去首尾空格后至少需要 {length} 个字符；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="253"/>
        <source>A change of the key was cut short and {count} backups already use its new key: finish that change first (with the same new passphrase); nothing was changed</source>
        <translation>更换密钥的操作曾被中断，已有 {count} 个备份使用新密钥：请先完成那次更换（使用相同的新密码短语）；未做任何更改</translation>
    </message>
    <message>
        <source>This store is protected by a passphrase: enter it to unlock.</source>
        <translation type="vanished">此数据受密码短语保护：请输入密码短语解锁。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="258"/>
        <source>This store is protected by a passphrase: enter it to unlock. If its key was in the system keyring and it was moved without its store.id file, enter its recovery key.</source>
        <translation>此数据受密码短语保护：请输入密码短语解锁。如果它的密钥原本保存在系统钥匙串中、移动时没有带上 store.id 文件，请输入它的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="263"/>
        <source>{path} cannot be opened: wrong passphrase or key, or not a finapp database</source>
        <translation>无法打开 {path}：密码短语或密钥错误，或者它不是 finapp 数据库</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="266"/>
        <source>No secure system keyring is available on this machine</source>
        <translation>这台电脑上没有可用的安全系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="269"/>
        <source>No system keyring is available: choose a passphrase to protect your data</source>
        <translation>没有可用的系统钥匙串：请设置密码短语来保护您的数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="273"/>
        <source>The system keyring refused to keep the key; the passphrase still protects the store</source>
        <translation>系统钥匙串拒绝保存密钥；数据仍受密码短语保护</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="277"/>
        <source>The system keyring refused to keep the key: choose a passphrase to protect your data</source>
        <translation>系统钥匙串拒绝保存密钥：请设置密码短语来保护您的数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="281"/>
        <source>The system keyring refused the key: restore with a passphrase instead</source>
        <translation>系统钥匙串拒绝保存密钥：请改用密码短语恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="284"/>
        <source>The system keyring has no key for this data (entry {entry}): unlock it with its recovery key, or with its passphrase if you set one</source>
        <translation>系统密钥环中没有这份数据的密钥（条目 {entry}）：请用它的恢复密钥解锁；如果您设置过密码短语，也可以用密码短语解锁</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="289"/>
        <source>This store&apos;s key is already kept in the system keyring</source>
        <translation>此数据的密钥已保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="292"/>
        <source>That recovery key is mistyped: check each group of four</source>
        <translation>恢复密钥输入有误：请逐组（每组四个字符）核对</translation>
    </message>
    <message>
        <source>The system keyring has no key for this data (entry {entry}): the recovery key you wrote down opens it, or your passphrase if you set one</source>
        <translation type="vanished">系统密钥环中没有这份数据的密钥（条目 {entry}）：您记下的恢复密钥可以打开它；如果您设置过密码短语，密码短语也可以</translation>
    </message>
    <message>
        <source>This store is protected by your passphrase, not a keyring key: the passphrase itself opens the store and its backups on another machine</source>
        <translation type="vanished">此数据由您的密码短语保护，而不是钥匙串中的密钥：在另一台电脑上，用密码短语即可打开数据及其备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="295"/>
        <source>The system keyring has no key for this data (entry {entry}): the recovery key you wrote down opens it, unless you protected it with a passphrase since: then the passphrase alone does</source>
        <translation>系统钥匙串中没有这份数据的密钥（条目 {entry}）：您记下的恢复密钥可以打开它；但如果您之后改用了密码短语保护，就只有密码短语能打开</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="301"/>
        <source>This store is protected by your passphrase and has no recovery key: the passphrase is the only way into it and its backups, on this computer or another; keep it somewhere safe</source>
        <translation>此数据由您的密码短语保护，没有恢复密钥：无论在这台电脑还是另一台电脑上，密码短语都是打开数据及其备份的唯一方式，请妥善保管</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="308"/>
        <source>{path} is not finapp&apos;s demo, so the demo cannot be made there: move it elsewhere or rename it to explore the demo</source>
        <translation>“{path}”不是 finapp 的演示数据，因此无法在那里建立演示：请将它移到别处或改名后再体验演示</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="313"/>
        <source>{path} is busy in another finapp window</source>
        <translation>{path} 正在另一个 finapp 窗口中使用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="314"/>
        <source>{path} is busy: another finapp process is writing; try again</source>
        <translation>{path} 正忙：另一个 finapp 进程正在写入，请重试</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="318"/>
        <source>{path} does not open with this store&apos;s key: left as it is, still holding the lines</source>
        <translation>{path} 无法用此数据库的密钥打开：已原样保留，其中仍有这些记录</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="322"/>
        <source>{path} could not be rewritten ({reason}): left as it is, still holding the lines</source>
        <translation>{path} 无法重写（{reason}）：已原样保留，其中仍有这些记录</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="326"/>
        <source>{path} is open in another finapp window; close it and try again</source>
        <translation>{path} 已在另一个 finapp 窗口中打开，请关闭后重试</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="329"/>
        <source>{path} is damaged: restore a backup (Settings → Data and security)</source>
        <translation>{path} 已损坏：请恢复备份（设置 → 数据与安全）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="332"/>
        <source>{path} is damaged and cannot be opened (the key is right): restore a backup</source>
        <translation>{path} 已损坏，无法打开（密钥是对的）：请恢复备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="335"/>
        <source>{path} is missing or empty, but this folder held your finapp data; nothing was created. Restore a backup you keep elsewhere: finapp restore FILE</source>
        <translation>{path} 缺失或为空，但此文件夹原本存放着您的 finapp 数据；未创建任何内容。请恢复您在别处保存的备份：finapp restore 文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="340"/>
        <source>{path} is missing or empty, but this folder held your finapp data; nothing was created. Restore the last good backup: finapp restore {backup}</source>
        <translation>{path} 缺失或为空，但此文件夹原本存放着您的 finapp 数据；未创建任何内容。请恢复最近的完好备份：finapp restore {backup}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="345"/>
        <source>This store was written by a newer finapp (schema {schema}); update finapp</source>
        <translation>此数据库由较新版本的 finapp 写入（结构版本 {schema}）；请更新 finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="348"/>
        <source>This database has tables but is not a finapp store</source>
        <translation>此数据库有数据表，但不是 finapp 的数据库</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="351"/>
        <source>{path} is a file, not a folder: start finapp with a folder for its data</source>
        <translation>{path} 是文件而不是文件夹：请为 finapp 的数据指定一个文件夹后再启动</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="354"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="355"/>
        <source>{path} is damaged and cannot be used</source>
        <translation>{path} 已损坏，无法使用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="356"/>
        <source>{path} is damaged or incomplete (cut short?) and cannot be used; the key is right</source>
        <translation>{path} 已损坏或不完整（可能被截断），无法使用；密钥是正确的</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="360"/>
        <source>{path} is the store itself; choose another place</source>
        <translation>{path} 就是数据库本身，请选择其他位置</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="363"/>
        <source>{path}: no such folder to put the backup in</source>
        <translation>{path}：用于存放备份的文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="366"/>
        <source>{path} is inside finapp&apos;s data folder {data_dir}, which deleting all data removes; choose a place outside it (another folder, a USB stick)</source>
        <translation>“{path}”位于 finapp 的数据文件夹“{data_dir}”内，删除所有数据时会一并删除；请选择该文件夹以外的位置（其他文件夹或 U 盘）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="371"/>
        <source>{path} already exists and is not a backup of this store; choose a new name</source>
        <translation>{path} 已存在，且不是此数据的备份，请换一个名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="374"/>
        <source>The backup cannot be written to {path}: {reason}; the store is unchanged</source>
        <translation>无法将备份写入 {path}：{reason}；数据未做任何更改</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="377"/>
        <source>{path} cannot be backed up: it is damaged</source>
        <translation>无法备份 {path}：它已损坏</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="378"/>
        <source>Keep at least 1 daily backup and no negative counts</source>
        <translation>至少保留 1 个每日备份，且数量不能为负</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="381"/>
        <source>Choose the passphrase that will protect the restored data</source>
        <translation>请设置用来保护恢复后数据的密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="384"/>
        <source>{path} cannot be opened: wrong passphrase or key, or not a finapp database; a backup made before a passphrase change opens only with the passphrase of then</source>
        <translation>无法打开 {path}：密码短语或密钥错误，或者不是 finapp 数据库；在更换密码短语之前做的备份只能用当时的密码短语打开</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="389"/>
        <source>{path} does not open with the key given, so the backup would end under another key than your data&apos;s; nothing was changed</source>
        <translation>无法用所给的密钥打开 {path}，恢复后的备份将使用与您的数据不同的密钥；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="394"/>
        <source>{path} is the store itself; choose a backup to restore</source>
        <translation>{path} 就是数据库本身，请选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="398"/>
        <source>{text}; {outcome}</source>
        <translation>{text}；{outcome}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="399"/>
        <source>the backup is kept as {path}</source>
        <translation>备份保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="400"/>
        <source>nothing was created</source>
        <translation>未创建任何内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="401"/>
        <source>nothing was exported to {path}</source>
        <translation>未向 {path} 导出任何内容</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="402"/>
        <source>the disk is full (writing {where})</source>
        <translation>磁盘已满（写入 {where} 时）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="403"/>
        <source>the disk quota is used up (writing {where})</source>
        <translation>磁盘配额已用完（写入 {where} 时）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="404"/>
        <source>{where} is on a read-only disk</source>
        <translation>{where} 位于只读磁盘上</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="405"/>
        <location filename="../../finapp/gui/error_texts.py" line="408"/>
        <source>permission denied: {where} (read-only or not yours to write)</source>
        <translation>权限不足：{where}（只读，或您无权写入）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="411"/>
        <source>{where} already exists and is not a folder finapp can use</source>
        <translation>{where} 已存在，且不是 finapp 可用的文件夹</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="414"/>
        <source>a file stands where a folder should be in {where}</source>
        <translation>{where} 中本应是文件夹的位置是一个文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="417"/>
        <source>{where} is a folder where finapp needs a file</source>
        <translation>{where} 是文件夹，而 finapp 需要的是文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="420"/>
        <source>{where} does not exist</source>
        <translation>{where} 不存在</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="421"/>
        <source>the disk reported an error reading or writing {where}</source>
        <translation>读写 {where} 时磁盘报告错误</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="424"/>
        <source>the name is too long for the file system: {where}</source>
        <translation>名称过长，文件系统无法使用：{where}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="427"/>
        <source>{where} is a loop of symbolic links</source>
        <translation>{where} 是循环的符号链接</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="428"/>
        <source>{where}: {why}</source>
        <translation>{where}：{why}</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/error_texts.py" line="182"/>
        <location filename="../../finapp/gui/error_texts.py" line="477"/>
        <source>line {line}: {reason}</source>
        <extracomment>codes whose facts are numbered items put together with the code&apos;s own separator</extracomment>
        <translation>第 {line} 行：{reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="69"/>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="75"/>
        <source>Exchange rates</source>
        <extracomment>what tests and window automation find the dialog by where the ECB publishes the files this dialog reads</extracomment>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="77"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="77"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="77"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="77"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="88"/>
        <source>Add rate…</source>
        <translation>添加汇率…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="89"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="90"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="91"/>
        <source>Read rates file…</source>
        <translation>读取汇率文件…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="100"/>
        <source>Rates files come from the &lt;a href=&quot;%1&quot;&gt;European Central Bank&lt;/a&gt;: eurofxref.zip for the latest day, eurofxref-hist.zip for every day since 1999.</source>
        <translation>汇率文件来自&lt;a href=&quot;%1&quot;&gt;欧洲中央银行&lt;/a&gt;：eurofxref.zip 为最新一天的汇率，eurofxref-hist.zip 为 1999 年以来每一天的汇率。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="146"/>
        <source>Household totals are shown in %1 (Settings: base currency). Money in other currencies is converted at the latest rate on or before the day a total is about; without a rate it is left out, never guessed.</source>
        <translation>家庭合计以 %1 显示（设置：基准币种）。其他币种的金额按合计所属日期当天或之前的最新汇率折算；没有汇率时不计入，绝不估算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="158"/>
        <source>%1 (and %n earlier days)</source>
        <translation>
            <numerusform>%1（及之前 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="165"/>
        <source>No rates yet: add one, or read a rates file.</source>
        <translation>还没有汇率：请添加一个，或读取汇率文件。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="179"/>
        <source>A file&apos;s rates are changed by reading a newer file</source>
        <translation>文件中的汇率需通过读取更新的文件来更改</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="212"/>
        <source>Kept: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="223"/>
        <source>Removed the rates of %1 in %2.</source>
        <translation>已删除 %1 以 %2 计的汇率。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="228"/>
        <source>Read rates file</source>
        <translation>读取汇率文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/exchange_rates.py" line="235"/>
        <source>%1: %n rates read.</source>
        <translation>
            <numerusform>%1：已读取 %n 个汇率。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="121"/>
        <source>Save as &amp;web page…</source>
        <extracomment>draws one chart: the dialog&apos;s canvases&apos; functions, ``(figure, data, theme) -&gt; hits`` the review shown, its charts (draw function and data) and the window&apos;s words</extracomment>
        <translation>另存为网页(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="122"/>
        <source>The year with its charts as one web page (not encrypted); print it from a browser to keep a PDF.</source>
        <translation>将本年度及其图表保存为一个网页（未加密）；可在浏览器中打印为 PDF。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="125"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="126"/>
        <source>The year with its charts as a PDF on A4 pages (not encrypted).</source>
        <translation>将本年度及其图表保存为 A4 页面的 PDF（未加密）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="129"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="130"/>
        <source>The year&apos;s figures as a table for a spreadsheet (not encrypted).</source>
        <translation>将本年度的数字保存为电子表格可读的表格（未加密）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="142"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="142"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="143"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="146"/>
        <source>Save the year in review</source>
        <translation>保存年度回顾</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="162"/>
        <source>The year in review is a PDF file: name it with .pdf, not %1</source>
        <translation>年度回顾是 PDF 文件：请以 .pdf 命名，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="166"/>
        <source>Written by finapp. Not encrypted.</source>
        <translation>由 finapp 生成。未加密。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="176"/>
        <source>Year in review written to %1 (not encrypted).</source>
        <translation>年度回顾已写入 %1（未加密）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="184"/>
        <source>The year in review could not be written to that folder; nothing was left there.</source>
        <translation>无法将年度回顾写入该文件夹；未留下任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportReportButton</name>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="42"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="43"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="45"/>
        <source>Save this self-check as a web page with its charts (not encrypted); print it from a browser to keep a PDF.</source>
        <translation>将此次自查连同图表保存为网页（不加密）；可在浏览器中打印为 PDF 留存。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="54"/>
        <source>Export health report</source>
        <translation>导出健康报告</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="56"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="67"/>
        <source>Health report written to %1 (not encrypted).</source>
        <translation>健康报告已写入 %1（未加密）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_report.py" line="79"/>
        <source>The report could not be written to that folder; nothing was left there.</source>
        <translation>无法将报告写入该文件夹；该处未留下任何文件。</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../finapp/gui/widgets/asking.py" line="167"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/asking.py" line="169"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search payee or memo</source>
        <extracomment>milliseconds of quiet typing before the search runs the controls ask for something else the user pressed Clear filters</extracomment>
        <translation type="vanished">搜索收款方或备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="81"/>
        <source>Search payee, memo, note or #tag</source>
        <extracomment>milliseconds of quiet typing before the search runs the controls ask for something else the user pressed Clear filters</extracomment>
        <translation>搜索收款方、备注、笔记或 #标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="83"/>
        <source>Search transactions</source>
        <translation>搜索交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="84"/>
        <source>Account filter</source>
        <translation>按账户筛选</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="85"/>
        <source>Category filter</source>
        <translation>按分类筛选</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="86"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="87"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="88"/>
        <source>Min amount</source>
        <translation>最小金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="89"/>
        <source>Max amount</source>
        <translation>最大金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="90"/>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="91"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="101"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="103"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="86"/>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="87"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="212"/>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="212"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_filters.py" line="216"/>
        <source>Uncategorized</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>FindAction</name>
    <message>
        <location filename="../../finapp/gui/find_key.py" line="56"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FinishingWindow</name>
    <message>
        <location filename="../../finapp/gui/dialogs/finishing.py" line="20"/>
        <source>Quitting finapp</source>
        <translation>正在退出 finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/finishing.py" line="23"/>
        <source>Finishing what finapp is writing… finapp quits as soon as it is done.</source>
        <translation>正在完成 finapp 正在写入的内容……完成后 finapp 会立即退出。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="62"/>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="70"/>
        <source>Welcome to finapp</source>
        <translation>欢迎使用 finapp</translation>
    </message>
    <message>
        <source>finapp reads the statements you download from your bank (OFX, QFX or CSV) and keeps them encrypted on this computer. Nothing is sent anywhere.</source>
        <translation type="vanished">finapp 读取您从银行下载的对账单（OFX、QFX 或 CSV），并加密保存在这台电脑上，不会发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="79"/>
        <source>finapp reads the statements you download from your bank or payment app (OFX, QFX, CSV or Excel; Alipay and WeChat Pay bills too) and keeps them encrypted on this computer. Nothing is sent anywhere.</source>
        <translation>finapp 读取您从银行或支付 App 下载的对账单（OFX、QFX、CSV 或 Excel；也包括支付宝和微信支付账单），并加密保存在这台电脑上，不会发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="89"/>
        <source>Import statements</source>
        <translation>导入对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="90"/>
        <source>Choose statement files; you can also drop them on the window later.</source>
        <translation>选择对账单文件；之后也可以直接拖到窗口中。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="96"/>
        <source>Explore with demo data</source>
        <translation>用演示数据体验</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="98"/>
        <source>Open a generated household, kept apart from your own store and clearly marked as demo.</source>
        <translation>打开一个生成的演示家庭账本，与您自己的数据分开存放，并明确标注为演示。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="106"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="107"/>
        <source>Bring back your data from a backup finapp made, on this computer or another.</source>
        <translation>用 finapp 做的备份（来自这台电脑或另一台电脑）找回您的数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/first_run.py" line="127"/>
        <source>Start finapp when I log in, to remind me of renewals</source>
        <translation>登录时启动 finapp，以便提醒我续费</translation>
    </message>
</context>
<context>
    <name>ForecastSection</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/health_forecast.py" line="264"/>
        <source>Next %n days</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="266"/>
        <source>Forecast horizon</source>
        <translation>预测范围</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="276"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="276"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="276"/>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="276"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="282"/>
        <source>Coming income, bills and transfers</source>
        <translation>即将到来的收入、账单和转账</translation>
    </message>
</context>
<context>
    <name>ForgottenPassphrase</name>
    <message>
        <location filename="../../finapp/gui/dialogs/forgotten_passphrase.py" line="37"/>
        <source>Forgot the passphrase?</source>
        <translation>忘记密码了？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/forgotten_passphrase.py" line="43"/>
        <source>Your finapp data opens only with its passphrase: nobody can open it without it, finapp included, and it cannot be reset.</source>
        <translation>您的 finapp 数据只能用它的密码打开：没有密码，任何人（包括 finapp）都无法打开，密码也无法重置。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/forgotten_passphrase.py" line="50"/>
        <source>If it does not come back to you, you can delete all of finapp&apos;s data on this computer and start afresh. Backups you saved elsewhere are not touched.</source>
        <translation>如果实在想不起来，您可以删除这台电脑上 finapp 的全部数据，从头开始。您保存在其他位置的备份不会受影响。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/forgotten_passphrase.py" line="57"/>
        <source>Delete all data…</source>
        <translation>删除所有数据…</translation>
    </message>
</context>
<context>
    <name>GoMenu</name>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="47"/>
        <source>&amp;Dashboard</source>
        <translation>概览(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="50"/>
        <source>&amp;Transactions</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="53"/>
        <source>&amp;Subscriptions</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="56"/>
        <source>&amp;Budgets</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="59"/>
        <source>&amp;Alerts</source>
        <translation>提醒(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="62"/>
        <source>A&amp;ccounts</source>
        <translation>账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="65"/>
        <source>&amp;Health</source>
        <translation>财务健康(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="68"/>
        <source>&amp;Payees</source>
        <translation>收款方(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="71"/>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="74"/>
        <source>Add savings goal</source>
        <extracomment>what tests and window automation find the dialog by</extracomment>
        <translation>添加储蓄目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="78"/>
        <source>e.g. New car</source>
        <translation>例如 买新车</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="79"/>
        <source>Name of the goal</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="81"/>
        <source>e.g. 12000</source>
        <translation>例如 12000</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="82"/>
        <source>Amount to save</source>
        <translation>要存的金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="86"/>
        <source>Date to save it by</source>
        <translation>存够的日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="87"/>
        <source>Accounts whose balances count</source>
        <translation>计入余额的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="98"/>
        <source>No accounts yet: import a statement first.</source>
        <translation>还没有账户：请先导入账单。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="100"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="101"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="102"/>
        <source>Save it by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="109"/>
        <source>Give the goal a name.</source>
        <translation>请为目标命名。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="111"/>
        <source>There is already a goal named %1.</source>
        <translation>已有名为 %1 的目标。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="114"/>
        <source>Tick at least one account whose balance counts.</source>
        <translation>请至少勾选一个计入余额的账户。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="117"/>
        <source>The accounts of one goal must share a currency.</source>
        <translation>同一目标的账户币种必须相同。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="128"/>
        <source>Not an amount in %1: type it like 12000 or 2500.50</source>
        <translation>不是有效的 %1 金额：请输入如 12000 或 2500.50</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/goal.py" line="131"/>
        <source>The amount to save must be above zero.</source>
        <translation>要存的金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="58"/>
        <source>On track</source>
        <extracomment>month ends shown under each goal: the last half year what each state is called on screen (translated in the &quot;GoalsSection&quot; context)</extracomment>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="59"/>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="60"/>
        <source>More than you save</source>
        <translation>每月结余不足</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="61"/>
        <source>Reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="62"/>
        <source>Date passed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="63"/>
        <source>Balance unknown</source>
        <translation>余额未知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="79"/>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="115"/>
        <source>No savings goals. Add one to follow what your savings accounts hold.</source>
        <extracomment>each goal&apos;s Remove button, by goal name</extracomment>
        <translation>还没有储蓄目标。添加一个，跟踪储蓄账户里的进展。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="121"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="121"/>
        <source>Saved</source>
        <translation>已存</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="121"/>
        <source>Needed</source>
        <translation>还需</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="121"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="133"/>
        <source>All goals</source>
        <translation>全部目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="136"/>
        <source>%1 saved of %2</source>
        <translation>已存 %1，目标 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="144"/>
        <source>Saving not known, not counted: %1</source>
        <translation>存款未知，未计入：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="155"/>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="159"/>
        <source>? of %1</source>
        <translation>? / %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="164"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="169"/>
        <source>%1, by %2</source>
        <translation>%1，截止 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="176"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="177"/>
        <source>Remove the goal %1</source>
        <translation>移除目标 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="199"/>
        <source>%1 short</source>
        <translation>差 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="205"/>
        <source>%1 a month; %2 a month more spent than came in over the last %3 months: %4 short</source>
        <translation>每月 %1；近 %3 个月平均每月入不敷出 %2：每月还差 %4</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="213"/>
        <source>%1 a month; %2 a month left over in the last %3 months: %4 short</source>
        <translation>每月 %1；近 %3 个月每月结余 %2：每月还差 %4</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="202"/>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="218"/>
        <source>%1 a month; %2 a month left over in the last %3 months, of which goals due sooner (%4) take %5: %6 short</source>
        <translation>每月 %1；近 %3 个月每月结余 %2，其中 %5 先用于更早到期的目标（%4）：每月还差 %6</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="234"/>
        <source>Measured on %1, where the statements of %2 end.</source>
        <translation>按 %1 计算，即 %2 的账单截止日。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="238"/>
        <source>Measured on %1.</source>
        <translation>按 %1 计算。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="240"/>
        <source>%1 was closed on %2: it counts nothing from then.</source>
        <translation>%1 已于 %2 销户：自该日起不再计入。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="248"/>
        <source>Month ends: %1. %2</source>
        <translation>各月末：%1。%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="268"/>
        <source>Remove goal</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="271"/>
        <source>Remove the savings goal %1? Its accounts and their money stay as they are.</source>
        <translation>移除储蓄目标 %1？其账户和资金保持不变。</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../finapp/gui/app.py" line="193"/>
        <source>finapp is already running but did not answer, so these files were not opened:
%1

Bring its window forward and import them with File → Import statements…, or quit finapp and open them again.</source>
        <extracomment>a second launch&apos;s message box: the running finapp did not take the files; %1 their names</extracomment>
        <translation>finapp 已在运行，但没有应答，因此这些文件没有打开：
%1

请把它的窗口调到前面，用“文件 → 导入对账单…”导入它们，或退出 finapp 后再打开这些文件。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/app.py" line="203"/>
        <source>finapp is already running but did not answer. Quit it and start again.</source>
        <extracomment>a second launch&apos;s message box: the running finapp did not answer</extracomment>
        <translation>finapp 已在运行，但没有应答。请退出它后重新启动。</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_headlines.py" line="54"/>
        <source>Add a rate…</source>
        <translation>添加汇率…</translation>
    </message>
</context>
<context>
    <name>HealthForecast</name>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="47"/>
        <source>%1 (from %2, where its statements end): lowest %3 on %4, after %5.</source>
        <translation>%1（从账单截止日 %2 起）：最低 %3，在 %4，因 %5。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="50"/>
        <source>%1 (from %2, where its statements end): never below %3, its balance then.</source>
        <translation>%1（从账单截止日 %2 起）：不会低于当时的余额 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="54"/>
        <source>%1 (from today, estimated from statements ending %2): lowest %3 on %4, after %5.</source>
        <translation>%1（从今天起，根据截至 %2 的账单估算）：最低 %3，在 %4，因 %5。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="58"/>
        <source>%1 (from today, estimated from statements ending %2): never below %3.</source>
        <translation>%1（从今天起，根据截至 %2 的账单估算）：不会低于 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="62"/>
        <source>%1, estimated</source>
        <translation>%1（估算）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="63"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="64"/>
        <source>%1 cannot be forecast: no balance is known. Import a statement with one or set it.</source>
        <translation>%1 无法预测：余额未知。请导入带余额的账单或手动设置。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="68"/>
        <source>Below its %1 threshold.</source>
        <translation>低于其 %1 提醒线。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="69"/>
        <source>%1 threshold</source>
        <translation>%1 提醒线</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="70"/>
        <source>No account with a known balance to forecast.</source>
        <translation>没有已知余额的账户可供预测。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="71"/>
        <source>Projected balance of each account</source>
        <translation>各账户的预计余额</translation>
    </message>
</context>
<context>
    <name>HealthGrade</name>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="29"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="30"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="31"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
</context>
<context>
    <name>HealthReason</name>
    <message>
        <location filename="../../finapp/core/health_reason_sentences.py" line="18"/>
        <source>%1 is overdrawn: its balance is %2.</source>
        <translation>%1 已透支：余额为 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/health_reason_sentences.py" line="21"/>
        <source>No balance is known for %1: import a statement with one or set it.</source>
        <translation>%1 的余额未知：请导入带余额的账单或手动设置。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/health_reason_sentences.py" line="24"/>
        <source>The statements of %1 end on %2, %3 days ago: import newer ones, or close the account if you no longer have it.</source>
        <translation>%1 的账单截止于 %2（%3 天前）：请导入更新的账单；如果您已不再持有该账户，可将其销户。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/health_reason_sentences.py" line="29"/>
        <source>The statements of %1 end on %2; its subscriptions carry on from %3. If it was replaced, close it: its last balance still counts.</source>
        <translation>%1 的账单截止于 %2；它的订阅已改由 %3 继续扣款。如果它已被换掉，请将其销户：它最后的余额仍被计入。</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_accounts.py" line="73"/>
        <source>Accounts</source>
        <extracomment>badge colours: text on a tint, readable in light and dark themes; the words say the same</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_cards.py" line="59"/>
        <source>Credit cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_forecast.py" line="254"/>
        <source>Balance forecast</source>
        <extracomment>how far ahead the user may look (the service accepts up to a year) how many coming events the list under the chart shows</extracomment>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_goals.py" line="70"/>
        <source>Savings goals</source>
        <translation>储蓄目标</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="42"/>
        <source>Emergency fund</source>
        <translation>应急资金</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="193"/>
        <source>Where your money is held</source>
        <translation>资金存放在哪里</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="33"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>HealthTotals</name>
    <message>
        <location filename="../../finapp/gui/pages/health_totals.py" line="72"/>
        <source>Not included, no exchange rate to %1: %2 (add one in Settings → Exchange rates…)</source>
        <translation>未计入，没有折合%1的汇率：%2（可在“设置 → 汇率…”中添加）</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="72"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="73"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="74"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="75"/>
        <source>&amp;About finapp</source>
        <translation>关于 finapp(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="76"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/help_menu.py" line="78"/>
        <source>Explore the &amp;demo household…</source>
        <translation>浏览演示家庭账本(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="32"/>
        <source>What we found in your history</source>
        <translation>我们在您的历史记录中发现</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="34"/>
        <source>Older than what alerts announce, so you have not been told of these yet.</source>
        <extracomment>why these were never alerts: said once under the heading</extracomment>
        <translation>这些交易早于提醒的检查范围，之前没有提醒过您。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="38"/>
        <source>Price rises</source>
        <translation>涨价</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="39"/>
        <source>Large and unusual charges</source>
        <translation>大额和异常支出</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="40"/>
        <source>Subscriptions that stopped</source>
        <translation>已停止的订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="41"/>
        <source>Charges after you cancelled</source>
        <translation>取消后的扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="42"/>
        <source>Budgets you went over</source>
        <translation>超出的预算</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="55"/>
        <source>%1 went up from %2 to %3 on %4 (%5 more a year).</source>
        <translation>%1 于 %4 从 %2 涨到 %3（每年多付 %5）。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="58"/>
        <source>%1 went up from %2 to %3 on %4.</source>
        <translation>%1 于 %4 从 %2 涨到 %3。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="62"/>
        <source>%2: %1 on %3, far above the usual %4.</source>
        <translation>%2：%1（%3），远高于平时的 %4。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="65"/>
        <source>%2: %1 on %3.</source>
        <translation>%2：%1（%3）。</translation>
    </message>
    <message>
        <source>%1 at %2 on %3, far above the usual %4.</source>
        <translation type="vanished">%3 在 %2 支出 %1，远高于通常的 %4。</translation>
    </message>
    <message>
        <source>%1 at %2 on %3.</source>
        <translation type="vanished">%3 在 %2 支出 %1。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="68"/>
        <source>%1 stopped after its charge of %2 on %3.</source>
        <translation>%1 在 %3 扣款 %2 后已停止。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="71"/>
        <source>%1 charged %2 on %3 after you cancelled it.</source>
        <translation>您取消 %1 后，它于 %3 扣款 %2。</translation>
    </message>
    <message>
        <location filename="../../finapp/core/history_sentences.py" line="74"/>
        <source>%1 in %2: %3 spent of a budget of %4 (%5%).</source>
        <translation>%2，%1 花费 %3，超出预算 %4（%5%）。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="vanished">
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/history_texts.py" line="50"/>
        <source>%1 (%n in all)</source>
        <translation>
            <numerusform>%1（共 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="188"/>
        <location filename="../../finapp/gui/import_flow.py" line="199"/>
        <source>Import into account</source>
        <extracomment>the account the user chose for it (None: finapp decides) for a CSV whose balance column signs its amounts, whether its oldest row is money in or out (what the mapping wizard asked: it belongs to this file, not to the layout saved for others) rows that cannot be read are left out and listed (the user asked, after a refusal) the :class:`ImportResult`, once its data is in and its summary is open (or, while files naming no account are asked about, what the drop brought so far) whether there is an import to undo</extracomment>
        <translation>导入到账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="190"/>
        <source>There are no accounts yet. Import a statement with File → Import statements… first: finapp makes its account, and later files can go into it.</source>
        <translation>还没有账户。请先通过“文件 → 导入对账单…”导入一份对账单：finapp 会为它建立账户，之后的文件就可以导入到该账户。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="200"/>
        <source>Import the statements you choose next into:</source>
        <translation>将接下来选择的对账单导入到：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="208"/>
        <source>Import statements into %1</source>
        <translation>将对账单导入到 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="210"/>
        <source>Import statements</source>
        <translation>导入对账单</translation>
    </message>
    <message>
        <source>Bank statements (*.ofx *.qfx *.csv *.txt *.xlsx *.qif *.xml *.sta *.940 *.mt940);;All files (*)</source>
        <translation type="vanished">银行对账单 (*.ofx *.qfx *.csv *.txt *.xlsx *.qif *.xml *.sta *.940 *.mt940);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bank statements (*.ofx *.qfx *.csv *.txt *.qif *.xml *.sta *.940 *.mt940);;All files (*)</source>
        <translation type="vanished">银行对账单 (*.ofx *.qfx *.csv *.txt *.qif *.xml *.sta *.940 *.mt940);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bank statements (*.ofx *.qfx *.csv *.txt);;All files (*)</source>
        <translation type="vanished">银行对账单 (*.ofx *.qfx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="217"/>
        <source>Bank statements (*.ofx *.qfx *.csv *.txt *.xlsx *.xls *.qif *.xml *.sta *.940 *.mt940);;All files (*)</source>
        <translation>银行对账单 (*.ofx *.qfx *.csv *.txt *.xlsx *.xls *.qif *.xml *.sta *.940 *.mt940);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="240"/>
        <source>%n file(s) will be imported next.</source>
        <translation>
            <numerusform>接下来将导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="260"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="352"/>
        <source>Imported %Ln new transaction(s).</source>
        <translation>
            <numerusform>已导入 %Ln 笔新交易。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="355"/>
        <source>Nothing imported: %1 refused.</source>
        <translation>未导入任何内容：%1 被拒绝。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="356"/>
        <source>Nothing new: every transaction was already there.</source>
        <translation>没有新内容：所有交易都已存在。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="364"/>
        <source>Import stopped: %1 of %2 files imported, %3 new transactions; the rest not read.</source>
        <translation>导入已停止：%2 个文件中已导入 %1 个，新增 %3 笔交易；其余文件未读取。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="410"/>
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="442"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="467"/>
        <source>Remove the %n transaction(s) the last import added?</source>
        <translation>
            <numerusform>删除上次导入添加的 %n 笔交易？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="472"/>
        <source>The alerts they raised and the subscriptions detected from them go too. You can import the files again later.</source>
        <translation>这些交易触发的提醒和从中识别出的订阅也会一并删除。之后可以重新导入这些文件。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="475"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="259"/>
        <source>Importing statements</source>
        <translation>正在导入对账单</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="vanished">正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new transaction(s).</source>
        <translation type="vanished">
            <numerusform>已导入 %n 笔新交易。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed unexpectedly; nothing was written.</source>
        <translation type="vanished">导入意外失败；未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/import_flow.py" line="494"/>
        <source>Undo: removed %n transaction(s).</source>
        <translation>
            <numerusform>已撤销：删除了 %n 笔交易。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_flow.py" line="466"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <source>Remove every transaction the last import added?</source>
        <translation type="vanished">删除上次导入添加的所有交易？</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="22"/>
        <source>Filing the lines of %1: %2 of %3</source>
        <extracomment>each step&apos;s sentence; %1 the file, %2 and %3 how many lines of how many</extracomment>
        <translation>正在归类 %1 的交易：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="23"/>
        <source>Storing the lines of %1: %2 of %3</source>
        <translation>正在保存 %1 的交易：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="24"/>
        <source>Pairing transfers between your accounts…</source>
        <translation>正在配对账户之间的转账…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="25"/>
        <source>Finding recurring charges…</source>
        <translation>正在查找定期扣款…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="31"/>
        <source>Importing %1…</source>
        <extracomment>a file&apos;s reading, alone or %2 of %3 files</extracomment>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="32"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/import_progress.py" line="26"/>
        <source>Looking through the history just imported…</source>
        <translation>正在查看导入的历史记录…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="288"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="285"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="113"/>
        <source>Imported files</source>
        <extracomment>file, new, duplicates, left out (neutral), rejected the tallest the list of files grows before it scrolls (a screen of 640 pixels holds it) the width it opens at: a file name, its four counts and a reason on a line accounts&apos; totals above tell the import, a file&apos;s lines are there to look into the notes of an account whose lines may be another account&apos;s: the summary says how to move them (:func:`finapp.services.accounts.match_statement`) &quot;Undo this import…&quot; pressed: ask over the summary, then :meth:`undo_confirmed` &quot;Import without the bad rows&quot; pressed: the paths of the files refused for a bad row</extracomment>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="116"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="117"/>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="244"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="118"/>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="245"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="119"/>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="246"/>
        <source>Left out</source>
        <translation>未计入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="120"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="vanished">撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="124"/>
        <source>Rows that move none of your money, such as a payment app&apos;s neutral rows</source>
        <translation>不涉及您资金变动的行，例如支付应用中“不计收支”的记录</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="126"/>
        <source>Rows with a problem, skipped as you chose</source>
        <translation>有问题的行，已按您的选择跳过</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="149"/>
        <source>&amp;Undo this import…</source>
        <translation>撤销本次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="158"/>
        <source>Import &amp;without the bad rows</source>
        <translation>导入其余各行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="161"/>
        <source>Import the other rows of the refused file(s); the rows that cannot be read are left out and listed.</source>
        <translation>导入被拒文件中的其余各行；无法读取的行会被略去并列出。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="238"/>
        <source>Imported accounts</source>
        <translation>已导入的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="242"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="243"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>%n new transaction(s)</source>
        <translation type="vanished">
            <numerusform>%n 笔新交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation type="vanished">
            <numerusform>跳过 %n 笔重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (neutral)</source>
        <translation type="vanished">
            <numerusform>%n 行不计收支（不涉及您的资金变动）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation type="vanished">
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="287"/>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="294"/>
        <source>%Ln new transaction(s)</source>
        <translation>
            <numerusform>%Ln 笔新交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="295"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过 %Ln 笔重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="299"/>
        <source>%Ln row(s) left out (neutral)</source>
        <translation>
            <numerusform>%Ln 行不计收支（不涉及您的资金变动）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="302"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>拒绝 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="304"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n 个文件未能导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="306"/>
        <source>From %n file(s): </source>
        <translation>
            <numerusform>来自 %n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="306"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="307"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="310"/>
        <source>You stopped the import: %n file(s) not read. The files above are stored whole.</source>
        <translation>
            <numerusform>您停止了导入：%n 个文件未读取。上面列出的文件已完整保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="325"/>
        <source>Refused, nothing written: %1</source>
        <translation>未导入，未写入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="330"/>
        <source>When you close this summary, finapp asks which column holds what, then imports the file.</source>
        <translation>关闭此摘要后，finapp 会请您指明各列的内容，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="348"/>
        <source>To put it into one of them, undo this import and use File → Import into account…</source>
        <translation>如要放入其中某个账户，请撤销本次导入，再使用“文件 → 导入到账户…”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="373"/>
        <source>The file names no currency: its amounts were taken as %1. If they are in another, choose Currency… on the account&apos;s row in Accounts.</source>
        <translation>文件未注明币种：其金额按%1计入。如果实际是其他货币，请在“账户”页该账户所在行选择“币种…”。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="355"/>
        <source>Line %1, left out (neutral): %2</source>
        <translation>第 %1 行，未计入：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="357"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="360"/>
        <source>Repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="362"/>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="386"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1：新增 %2 笔，已有 %3 笔</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="396"/>
        <source> (from its %1 statements)</source>
        <translation>（来自其 %1 对账单）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="399"/>
        <source> (%1 of them from its %2 statements)</source>
        <translation>（其中 %1 笔来自其 %2 对账单）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="403"/>
        <source>, the account you chose</source>
        <translation>，为您选择的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="404"/>
        <source>, matched by the last four digits of its number</source>
        <translation>，按账号末四位匹配</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="405"/>
        <source>, the account already holding its lines</source>
        <translation>，已有这些交易的账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_summary.py" line="406"/>
        <source>, a new account</source>
        <translation>，新建账户</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="208"/>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="216"/>
        <source>finapp does not know this CSV layout yet. Say which column holds what; the preview shows the rows as they will be imported. The layout is saved, so the next file from this bank imports without asking.</source>
        <translation>finapp 还不认识这种 CSV 格式。请指定每一列的内容；预览会显示将要导入的行。该格式会被保存，下次导入这家银行的文件时无需再设置。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="234"/>
        <source>Preview of the rows to import</source>
        <translation>待导入行的预览</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="247"/>
        <source>Save layout and import</source>
        <translation>保存格式并导入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="261"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="263"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="271"/>
        <source>Layout name</source>
        <translation>格式名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="274"/>
        <source>Detected layout</source>
        <translation>自动识别的格式</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="288"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="289"/>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="290"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="301"/>
        <source>Decimal comma (1.234,56)</source>
        <translation>逗号作小数点（1.234,56）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="306"/>
        <source>Layout &amp;name:</source>
        <translation>格式名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="307"/>
        <source>&amp;Start from:</source>
        <translation>起始模板(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="308"/>
        <source>&amp;Date column:</source>
        <translation>日期列(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="309"/>
        <source>Date &amp;format:</source>
        <translation>日期格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="310"/>
        <source>&amp;Payee column:</source>
        <translation>收款方列(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="311"/>
        <source>&amp;Memo column:</source>
        <translation>备注列(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="312"/>
        <source>Money in and &amp;out:</source>
        <translation>收支方式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="313"/>
        <source>&amp;Amount column:</source>
        <translation>金额列(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="314"/>
        <source>Money out (&amp;debit):</source>
        <translation>支出列(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="315"/>
        <source>Money in (&amp;credit):</source>
        <translation>收入列(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="316"/>
        <source>In/out &amp;indicator:</source>
        <translation>收/支标记列(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="317"/>
        <source>Oldest &amp;row is:</source>
        <translation>最早一行是(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Oldest row is:</source>
        <translation type="vanished">最早一行是(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="318"/>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="336"/>
        <source>One amount; negative is money out</source>
        <translation>单一金额列；负数为支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="337"/>
        <source>One amount; positive is money out (card charges)</source>
        <translation>单一金额列；正数为支出（信用卡消费）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="338"/>
        <source>Separate money-out and money-in columns</source>
        <translation>支出和收入分列</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="339"/>
        <source>An amount plus an in/out column (支出/收入, DR/CR)</source>
        <translation>金额列加收/支标记列（支出/收入、DR/CR）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="340"/>
        <source>Amounts without a sign; the balance column tells in from out</source>
        <translation>金额不带正负号；由余额列判断收入或支出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="417"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="418"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n 行无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionsSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="208"/>
        <source>No liquid balance known yet.</source>
        <translation>尚无已知的流动资金余额。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="219"/>
        <source>%1% of the %2 held</source>
        <translation>占所持%2的 %1%</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="228"/>
        <source>More than you want at one institution: consider spreading it.</source>
        <translation>单一机构存放过多：建议分散存放。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_reserves.py" line="238"/>
        <source>%1 on %2 (latest statement)</source>
        <translation>%1（%2，最新账单）</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message numerus="yes">
        <source>Restored %n transaction(s) from %1.</source>
        <extracomment>while locked, the tray&apos;s &quot;unlock to see them&quot; comes at the first check from this hour on how often the locked tray looks at the clock called once the window is painted / once its first page is shown (start-up benchmark) where the demo&apos;s page is kept, beside (never in place of) the user&apos;s the demo&apos;s key when no keyring keeps it: made by the first visit, lasts this run</extracomment>
        <translation type="vanished">
            <numerusform>已从 %1 恢复 %n 笔交易。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged data is kept as %1.</source>
        <translation type="vanished">已损坏的数据保留为 %1。</translation>
    </message>
</context>
<context>
    <name>ListWords</name>
    <message>
        <location filename="../../finapp/gui/list_words.py" line="21"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/list_words.py" line="23"/>
        <source>; </source>
        <extracomment>between two clauses said one after the other</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>LockedTray</name>
    <message>
        <location filename="../../finapp/gui/tray.py" line="243"/>
        <source>&amp;Unlock finapp…</source>
        <translation>解锁 finapp(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="246"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="248"/>
        <source>finapp — locked</source>
        <translation>finapp — 已锁定</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="268"/>
        <source>finapp</source>
        <translation>finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="268"/>
        <source>finapp has reminders for you — unlock to see them.</source>
        <translation>finapp 有提醒要告诉您——解锁后即可查看。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No pages are installed.</source>
        <extracomment>the user chose &quot;Leave demo&quot; on the demo strip set by the shell when closing should hide to the tray instead of quitting</extracomment>
        <translation type="vanished">没有可用的页面。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="549"/>
        <source>finapp</source>
        <translation>finapp</translation>
    </message>
    <message>
        <source>finapp — demo household</source>
        <translation type="vanished">finapp — 演示家庭</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="227"/>
        <source>You are exploring a generated demo household. None of this is your data, and nothing you do here touches your own store.</source>
        <translation>您正在浏览一个生成的演示家庭账本。这里没有您的真实数据，在此进行的任何操作都不会影响您自己的数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="223"/>
        <source>The earlier demo household could not be opened, so a new one was made.</source>
        <extracomment>looks in a row that find no work running before the first page counts as settled: the first may come between a load&apos;s result and the drawing of its charts, which Qt runs just after the window really closed (not hidden to the tray): the app should quit the user chose &quot;Leave demo&quot; on the demo strip the user chose Help → Explore the demo household (their own window closes for it) the first close asked, and the user chose to keep finapp in the tray once, after :meth:`open_first_page`: the first page&apos;s load is in and drawn, and no background work runs idle looks in a row since the first page opened; None once it has settled set by the shell when a system tray exists; closing then hides to it when the user&apos;s setting (read at close time, so a change applies at once) says so</extracomment>
        <translation>之前的演示账本无法打开，已重新生成一个。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="232"/>
        <source>What you change here is kept for your next visit.</source>
        <translation>您在这里所做的更改会保留到下次进入演示时。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="236"/>
        <source>What you change here lasts until you quit finapp: without a system keyring the demo&apos;s key cannot be kept, so the next start builds it afresh.</source>
        <translation>您在这里所做的更改只保留到退出 finapp：没有系统密钥环，无法保存演示的密钥，下次启动时会重新生成。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="248"/>
        <source>demo household</source>
        <translation>演示家庭</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="252"/>
        <source>Leave demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="257"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="260"/>
        <source>&amp;Import statements…</source>
        <translation>导入对账单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="261"/>
        <source>Import into &amp;account…</source>
        <translation>导入到账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="262"/>
        <source>&amp;Undo last import</source>
        <translation>撤销上次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="263"/>
        <source>&amp;Check alerts now</source>
        <translation>立即检查提醒(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="264"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="265"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="266"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="267"/>
        <location filename="../../finapp/gui/main_window.py" line="559"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="268"/>
        <source>&amp;Year in review…</source>
        <translation>年度回顾(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="269"/>
        <source>Ta&amp;gs…</source>
        <translation>标签(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="270"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="272"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="550"/>
        <source>Keep finapp running in the tray to remind you of renewals?</source>
        <translation>让 finapp 在系统托盘中继续运行，以便提醒您续费吗？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="556"/>
        <source>Reminders and alerts then arrive even with the window closed.</source>
        <translation>这样即使关闭了窗口，提醒和警报也会照常送达。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/main_window.py" line="558"/>
        <source>&amp;Keep in tray</source>
        <translation>保留在托盘中(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_money.py" line="42"/>
        <location filename="../../finapp/gui/pages/settings_money.py" line="62"/>
        <source>Show household totals in</source>
        <extracomment>the setting&apos;s value for &quot;the one most money moves in&quot;</extracomment>
        <translation>家庭合计显示币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_money.py" line="46"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_money.py" line="52"/>
        <source>Totals of money held in several currencies are converted to this one with the exchange rates you keep; each converted figure is marked ≈.</source>
        <translation>持有多种币种时，合计金额会按您保存的汇率折算为此币种；每个折算后的金额都标有 ≈。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_money.py" line="77"/>
        <source>Automatic: the one most money moves in (now %1)</source>
        <translation>自动：资金往来最多的币种（当前为 %1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_money.py" line="98"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="vanished">更改密码短语</translation>
    </message>
    <message>
        <source>Choose the new passphrase that will protect your finapp data and its backups. Without it the data cannot be recovered.</source>
        <translation type="vanished">请选择新的密码短语，用来保护您的 finapp 数据及其备份。忘记它，数据将无法恢复。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">更改</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../finapp/gui/widgets/notice.py" line="22"/>
        <source>What just happened</source>
        <translation>刚刚的操作</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/notice.py" line="23"/>
        <location filename="../../finapp/gui/widgets/notice.py" line="24"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/widgets/notice.py" line="28"/>
        <source>Close notice</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>NumberListField</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="52"/>
        <source>Add</source>
        <extracomment>a value was typed (Return, or the focus left it), added or removed: the page saves</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="53"/>
        <source>Add a value to: %1</source>
        <translation>为“%1”添加一个值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="85"/>
        <source>Remove this value</source>
        <translation>删除此值</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="86"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../finapp/gui/waiting.py" line="38"/>
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/waiting.py" line="38"/>
        <source>finapp is opening your data.</source>
        <translation>finapp 正在打开您的数据。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/waiting.py" line="44"/>
        <source>This is the first start after an update: finapp files your history again, the way this version does. On years of statements that takes a few seconds, once.</source>
        <translation>这是更新后的第一次启动：finapp 会按新版本的方式重新整理您的历史记录。多年的账单需要几秒钟，只需一次。</translation>
    </message>
    <message>
        <source>The first start after an update files your history again, the way this version of finapp does. On years of statements that takes a few seconds, once.</source>
        <translation type="vanished">更新后第一次启动时，finapp 会按新版本的方式重新整理您的历史记录。多年的账单需要几秒钟，只需一次。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="129"/>
        <location filename="../../finapp/gui/pages/settings.py" line="161"/>
        <source>Language</source>
        <extracomment>options with a control of their own on the Money tab (a currency list, not a text field) quits for a restart as File → Quit does, window state saved (the app then starts again, finapp.gui.restart)</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="vanished">跟随系统</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation type="vanished">汇率…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="132"/>
        <source>Same as the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="141"/>
        <source>Closing the window keeps finapp in the tray</source>
        <translation>关闭窗口后 finapp 仍在系统托盘中运行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="145"/>
        <source>Start finapp when I log in, to remind me of renewals</source>
        <translation>登录时启动 finapp，以便提醒我续费</translation>
    </message>
    <message>
        <source>Set this from your own store, not the demo.</source>
        <translation type="vanished">请在您自己的数据中设置此项，而不是在演示中。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="150"/>
        <source>Not in the demo: the login entry would open your own store, not this one.</source>
        <translation>演示中不可用：登录时启动会打开您自己的账本，而不是这个演示。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="169"/>
        <source>Changes are saved as you make them.</source>
        <extracomment>said once, at the bar&apos;s left: there is no Save button to look for</extracomment>
        <translation>更改会即时保存。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="173"/>
        <source>%1 is used for this run only (--lang). Pick a language here to keep it.</source>
        <translation>本次运行使用%1（--lang）。在此选择语言即可保留。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">保存</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">保存设置</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="254"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="272"/>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="275"/>
        <source>Restart finapp?</source>
        <translation>重新启动 finapp？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="276"/>
        <source>Restart finapp now to show it in %1?</source>
        <translation>现在重新启动 finapp，以%1显示吗？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="282"/>
        <source>finapp closes and opens again at once; nothing you have saved is lost.</source>
        <translation>finapp 会关闭并立即重新打开；已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="284"/>
        <source>&amp;Restart now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="285"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="309"/>
        <source>Could not change starting at login: %1</source>
        <translation>无法更改登录时启动：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="316"/>
        <source>finapp will start in the tray when you log in.</source>
        <translation>登录时 finapp 将在系统托盘中启动。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="318"/>
        <source>finapp will not start when you log in.</source>
        <translation>登录时 finapp 将不会启动。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../finapp/gui/pages/alerts.py" line="99"/>
        <location filename="../../finapp/gui/pages/catalog.py" line="58"/>
        <source>Alerts</source>
        <extracomment>the pattern alerts that name the days of the lines they are about, by their facts&apos; names</extracomment>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/budgets.py" line="177"/>
        <location filename="../../finapp/gui/pages/catalog.py" line="55"/>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="46"/>
        <location filename="../../finapp/gui/pages/dashboard.py" line="150"/>
        <source>Dashboard</source>
        <extracomment>the filters a list entry&apos;s click hands to bus.navigate how many entries each list shows next_date: the next renewal from today (rolled on past where the statements end) renewals of the last few days after the statements end: expected, not in them yet (:mod:`finapp.services.renewals_due`, the tray menu&apos;s rule too) the month&apos;s income, spending and net in the base currency (others converted) what the household owns less what it owes, month by month over the chosen history the day the renewals are told from</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="49"/>
        <location filename="../../finapp/gui/pages/transactions.py" line="122"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="64"/>
        <location filename="../../finapp/gui/pages/health.py" line="52"/>
        <source>Health</source>
        <translation>财务健康</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="67"/>
        <location filename="../../finapp/gui/pages/payees.py" line="103"/>
        <source>Payees</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/accounts.py" line="72"/>
        <location filename="../../finapp/gui/pages/catalog.py" line="61"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="70"/>
        <location filename="../../finapp/gui/pages/settings.py" line="336"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/catalog.py" line="52"/>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="92"/>
        <source>Subscriptions</source>
        <extracomment>the UiState key of the fold state, and the groups folded until the user says otherwise</extracomment>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="165"/>
        <source>&amp;Passphrase:</source>
        <extracomment>zxcvbn scores 0..4; a new passphrase needs at least this Turns a typed passphrase into the open store (None where the store is open already). why a store asks for a key that its recovery key may be (see the module&apos;s docstring) the refusal that made the unlock form necessary, said as its question when it names the recovery key (see :func:`asks_for_recovery_key`) everything was deleted from &quot;Forgot it?&quot; (:meth:`allow_erase`): start afresh</extracomment>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="167"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="169"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="170"/>
        <source>Repeat passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="171"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="172"/>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="175"/>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="178"/>
        <source>Choose the new passphrase that will protect your finapp data and its backups. Without it the data cannot be recovered.</source>
        <translation>请选择新的密码短语，用来保护您的 finapp 数据及其备份。忘记它，数据将无法恢复。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="182"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="184"/>
        <source>Protect your finapp data</source>
        <translation>保护您的 finapp 数据</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="187"/>
        <source>This computer has no keyring to keep finapp&apos;s key, so your data will be encrypted with a passphrase. Choose one you will remember: without it the data cannot be recovered.</source>
        <translation>这台电脑没有可保存 finapp 密钥的钥匙串，因此您的数据将用密码短语加密。请选择一个您能记住的密码短语：忘记后数据将无法恢复。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="192"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="194"/>
        <source>Unlock finapp</source>
        <translation>解锁 finapp</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="198"/>
        <source>Enter the passphrase that protects your finapp data.</source>
        <translation>请输入保护 finapp 数据的密码短语。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="200"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="204"/>
        <source>Very weak: easy to guess.</source>
        <translation>非常弱：很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="205"/>
        <source>Weak: add another word or two.</source>
        <translation>弱：再加一两个词。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="206"/>
        <source>Fair: a longer phrase would be safer.</source>
        <translation>一般：更长的短语会更安全。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="207"/>
        <source>Good.</source>
        <translation>好。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="208"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="222"/>
        <source>Type a passphrase to see how strong it is.</source>
        <translation>输入密码短语即可查看其强度。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="235"/>
        <source>Spaces alone do not make a passphrase.</source>
        <translation>只有空格不能作为密码短语。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/unlock.py" line="237"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="239"/>
        <source>This passphrase is too easy to guess.</source>
        <translation>这个密码短语太容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="241"/>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="262"/>
        <source>Forgot it?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="277"/>
        <source>That passphrase or recovery key does not open this store. Try again.</source>
        <translation>该密码短语或恢复密钥无法打开此数据库，请重试。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/unlock.py" line="278"/>
        <source>That passphrase does not open this store. Try again.</source>
        <translation>该密码短语无法打开此数据库，请重试。</translation>
    </message>
</context>
<context>
    <name>PayeeName</name>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="27"/>
        <source>Salary — %1</source>
        <translation>工资 — %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="28"/>
        <source>Salary</source>
        <translation>工资</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="31"/>
        <source>%1 card payment</source>
        <translation>%1 信用卡还款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="32"/>
        <source>Card payment</source>
        <translation>信用卡还款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="35"/>
        <source>%1 interest</source>
        <translation>%1 利息</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="36"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="39"/>
        <source>Transfer to %1</source>
        <translation>转账至 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="40"/>
        <source>Transfer to</source>
        <translation>转账至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="43"/>
        <source>Transfer from %1</source>
        <translation>来自 %1 的转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="44"/>
        <source>Transfer from</source>
        <translation>转账来自</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="47"/>
        <source>Payment to %1</source>
        <translation>付款给 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="48"/>
        <source>Payment to</source>
        <translation>付款给</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="51"/>
        <source>Payment from %1</source>
        <translation>来自 %1 的付款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="52"/>
        <source>Payment from</source>
        <translation>付款来自</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="55"/>
        <source>Zelle to %1</source>
        <translation>Zelle 转给 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="56"/>
        <source>Zelle to</source>
        <translation>Zelle 转给</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="59"/>
        <source>Zelle from %1</source>
        <translation>来自 %1 的 Zelle</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="60"/>
        <source>Zelle from</source>
        <translation>Zelle 来自</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="63"/>
        <source>Zelle · %1</source>
        <translation>Zelle · %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="64"/>
        <source>Zelle payment</source>
        <translation>Zelle 转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="67"/>
        <source>Venmo to %1</source>
        <translation>Venmo 转给 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="68"/>
        <source>Venmo to</source>
        <translation>Venmo 转给</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="71"/>
        <source>Venmo from %1</source>
        <translation>来自 %1 的 Venmo</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="72"/>
        <source>Venmo from</source>
        <translation>Venmo 来自</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="75"/>
        <source>Transfer · %1</source>
        <translation>转账 · %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="91"/>
        <source>Check for %1</source>
        <translation>支票 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="92"/>
        <source>Checks</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="95"/>
        <source>Check #%1</source>
        <translation>支票 #%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="96"/>
        <source>Check</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="76"/>
        <source>Transfer between accounts</source>
        <translation>账户间转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="79"/>
        <source>Cash withdrawal · %1</source>
        <translation>取现 · %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="80"/>
        <source>Cash withdrawal</source>
        <translation>取现</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="83"/>
        <source>Cash deposit · %1</source>
        <translation>现金存入 · %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="84"/>
        <source>Cash deposit</source>
        <translation>现金存入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="87"/>
        <source>Check deposit · %1</source>
        <translation>支票存入 · %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/name_words.py" line="88"/>
        <source>Check deposit</source>
        <translation>支票存入</translation>
    </message>
</context>
<context>
    <name>PayeeRename</name>
    <message>
        <location filename="../../finapp/gui/pages/payee_rename.py" line="40"/>
        <source>This line names no payee to rename.</source>
        <extracomment>what a payee&apos;s new name changes on screen</extracomment>
        <translation>这一行没有可重命名的收款方。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payee_rename.py" line="57"/>
        <source>Rename payee</source>
        <translation>重命名收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payee_rename.py" line="59"/>
        <source>Show “%1” everywhere as (leave empty for the name found on the statements):</source>
        <translation>将“%1”在所有地方显示为（留空则使用对账单上的名称）：</translation>
    </message>
</context>
<context>
    <name>PayeesModel</name>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="76"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="79"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="82"/>
        <source>The category most of its lines have</source>
        <translation>其大多数交易所属的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="83"/>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="86"/>
        <source>Its number of transactions</source>
        <translation>其交易笔数</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="88"/>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="91"/>
        <source>All you paid it, per currency</source>
        <translation>您付给它的全部金额（按币种）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="92"/>
        <source>Received</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="95"/>
        <source>All it paid you (refunds, salary), per currency</source>
        <translation>它付给您的全部金额（退款、工资），按币种</translation>
    </message>
</context>
<context>
    <name>PayeesPage</name>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="114"/>
        <source>Search payee, statement text or category</source>
        <translation>搜索收款方、账单原文或分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="115"/>
        <source>Search payees</source>
        <translation>搜索收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="120"/>
        <source>Show transfers between your accounts</source>
        <translation>显示自己账户之间的转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="122"/>
        <source>Card payments and transfers between your own accounts are not payees.</source>
        <translation>信用卡还款和自己账户之间的转账不算收款方。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="125"/>
        <source>Payees</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="133"/>
        <source>Show the payee&apos;s transactions</source>
        <translation>显示该收款方的交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="136"/>
        <source>Rename the payee</source>
        <translation>重命名收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="138"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="139"/>
        <source>Rename the selected payee everywhere</source>
        <translation>在所有地方重命名所选收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="141"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="142"/>
        <source>Merge the selected payee into another</source>
        <translation>将所选收款方合并到另一个收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="144"/>
        <source>Show transactions</source>
        <translation>显示交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="145"/>
        <source>Show the selected payee&apos;s transactions</source>
        <translation>显示所选收款方的交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="179"/>
        <source>No payees yet: each statement you import adds the payees of its lines.</source>
        <translation>还没有收款方：您导入的每份对账单都会加入其交易的收款方。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="180"/>
        <source>Import statements…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="213"/>
        <source>Merge payee</source>
        <translation>合并收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="216"/>
        <source>Its transactions and what was learned from your categories move to the payee chosen,
which keeps its name.

Merge “%1” into:</source>
        <translation>它的交易以及从您的分类中学到的规则将移到所选收款方，
所选收款方保留其名称。

将“%1”合并到：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/payees.py" line="238"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PerCurrencyField</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="173"/>
        <source>Currency</source>
        <extracomment>a row was completed (both cells typed) or removed: the page saves</extracomment>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="173"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="185"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="186"/>
        <source>Add a currency</source>
        <translation>添加币种</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="188"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_fields.py" line="189"/>
        <source>Remove the selected currency</source>
        <translation>删除所选币种</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="57"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="58"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="60"/>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="61"/>
        <source>Latest month in your statements</source>
        <translation>账单中的最新月份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="116"/>
        <source>%1 (latest month in your statements)</source>
        <translation>%1（账单中的最新月份）</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="vanished">最新</translation>
    </message>
    <message>
        <source>Latest month with data</source>
        <translation type="vanished">有数据的最近一个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="65"/>
        <source>Month shown</source>
        <translation>显示的月份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="71"/>
        <source>How far the statements go</source>
        <translation>账单覆盖到哪一天</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="vanished">yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_period.py" line="113"/>
        <source>Statements up to %1</source>
        <translation>账单截至%1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="vanished">yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="84"/>
        <source>Line</source>
        <extracomment>rows shown in the preview</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="85"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="86"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="87"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="88"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/import_wizard.py" line="89"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="vanished">yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../finapp/gui/dialogs/progress.py" line="98"/>
        <source>Cancelling…</source>
        <extracomment>work that ends sooner than this never shows a window (a flash would only distract)</extracomment>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RateEntryDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="45"/>
        <source>Edit exchange rate</source>
        <extracomment>what tests and window automation find the dialog by (currency, rate as typed, the day it applies from)</extracomment>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="45"/>
        <source>Add exchange rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="50"/>
        <source>What one unit of a currency is worth in %1, from the day given until a newer rate.</source>
        <translation>一个单位的外币折合多少 %1，自所填日期起生效，直到有更新的汇率。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="58"/>
        <source>e.g. EUR</source>
        <translation>例如 EUR</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="59"/>
        <source>Currency code</source>
        <translation>币种代码</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="61"/>
        <source>e.g. 1.0561</source>
        <translation>例如 1.0561</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="62"/>
        <source>Worth in %1</source>
        <translation>折合 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="65"/>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="72"/>
        <source>1 unit of</source>
        <translation>1 单位</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="73"/>
        <source>is worth (%1)</source>
        <translation>折合（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="74"/>
        <source>from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="82"/>
        <source>Type the currency&apos;s three-letter code, such as EUR.</source>
        <translation>请输入币种的三位字母代码，例如 EUR。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="85"/>
        <source>%1 is the base currency: its rate is always 1.</source>
        <translation>%1 是基准币种：其汇率始终为 1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/rate_entry.py" line="94"/>
        <source>Type what one %1 is worth in %2, like 1.0561.</source>
        <translation>请输入 1 %1 折合多少 %2，例如 1.0561。</translation>
    </message>
</context>
<context>
    <name>RateText</name>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="18"/>
        <source>not a CSV file of exchange rates</source>
        <translation>不是汇率 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="19"/>
        <source>not a European Central Bank rates file (its first line should be “Date, USD, JPY, …”)</source>
        <translation>不是欧洲中央银行的汇率文件（第一行应为“Date, USD, JPY, …”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="23"/>
        <source>“%1” is not a currency code</source>
        <translation>“%1”不是币种代码</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="24"/>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="25"/>
        <source>“%1” is not a rate</source>
        <translation>“%1”不是汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="26"/>
        <source>more rates than the first line names (“%1”)</source>
        <translation>汇率数量多于第一行列出的币种（“%1”）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="27"/>
        <source>the file holds no rates</source>
        <translation>文件中没有汇率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="34"/>
        <source>entered by you</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="55"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rate_texts.py" line="60"/>
        <source>%1: %2. No rate was kept.</source>
        <translation>%1：%2。未保存任何汇率。</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="58"/>
        <source>Reconcile %1</source>
        <extracomment>what tests and window automation find the dialog by</extracomment>
        <translation>对账：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="72"/>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="78"/>
        <source>Accept the books up to</source>
        <translation>确认账目截至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="74"/>
        <source>Accept the differences up to that day as they stand</source>
        <translation>按现状接受截至该日的差额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="81"/>
        <source>Statements cover up to %1. Accepted periods are no longer flagged; a line changed in them later is.</source>
        <translation>对账单覆盖至 %1。已确认的期间不再提示；其后若其中的交易有变动，仍会提示。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="88"/>
        <source>Mark reconciled</source>
        <translation>标记为已对账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="90"/>
        <source>Forget reconciliation</source>
        <translation>取消对账标记</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="96"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="96"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="96"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="97"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="97"/>
        <source>No statement covers</source>
        <translation>无对账单覆盖</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="100"/>
        <source>Periods where the transactions differ</source>
        <translation>交易不符的期间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/reconcile.py" line="126"/>
        <source>The transactions differ from the statements up to that day: import what is missing, or tick the box to accept them as they stand.</source>
        <translation>截至该日的交易与对账单不符：请导入缺少的对账单，或勾选按现状接受。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/recovery_key.py" line="25"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/recovery_key.py" line="30"/>
        <source>finapp keeps the key to your data in this computer&apos;s keyring. Write down this recovery key and keep it somewhere safe: it opens your data and its backups if the keyring is lost or on another computer. It is shown only this once (later: finapp recovery-key).</source>
        <translation>finapp 将数据密钥保存在这台电脑的钥匙串中。请抄下这个恢复密钥并妥善保管：钥匙串丢失或在另一台电脑上时，可用它打开您的数据及备份。它只显示这一次（之后可用 finapp recovery-key 查看）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/recovery_key.py" line="41"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/recovery_key.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="130"/>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="221"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="vanished">备份</translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="vanished">备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">大小</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="vanished">交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="141"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="143"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="148"/>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="155"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="170"/>
        <source>finapp found damage inside your data in %1: part of it cannot be read. The newest backup, %2, was made %3: restore it to carry on from then. The damaged file is kept aside, not deleted. Cancel opens your data as it is, unchanged.</source>
        <translation>finapp 发现 %1 中的数据内部已损坏：其中一部分无法读取。最新的备份 %2 制作于 %3：恢复它即可从那时继续。损坏的文件会另外保留，不会删除。点击“取消”则按原样打开您的数据，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="180"/>
        <source>finapp found damage inside your data in %1: part of it cannot be read, and no backup of it was found there. If you keep a backup elsewhere, choose it to restore it. Cancel opens your data as it is, unchanged.</source>
        <translation>finapp 发现 %1 中的数据内部已损坏：其中一部分无法读取，且那里没有找到它的备份。如果您在别处保存了备份，请选择它来恢复。点击“取消”则按原样打开您的数据，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="189"/>
        <source>Your finapp data in %1 is damaged and cannot be opened. Restore a backup to carry on from the day it was made. The damaged file is kept aside, not deleted.</source>
        <translation>%1 中的 finapp 数据已损坏，无法打开。恢复一份备份，即可从做备份的那天接着使用。已损坏的文件会另外保留，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="198"/>
        <source>Your finapp data is missing from %1, but its backups are there. Restore one to carry on from the day it was made.</source>
        <translation>%1 中的 finapp 数据不见了，但它的备份还在。恢复其中一份，即可从做备份的那天接着使用。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="206"/>
        <source>Your finapp data is missing from %1 and no backup of it was found there. If you keep a backup elsewhere, choose it to restore it.</source>
        <translation>%1 中的 finapp 数据不见了，那里也没有找到它的备份。如果您在别处存有备份，请选择它来恢复。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="212"/>
        <source>Bring back your data from a backup finapp made, on this computer or another.</source>
        <translation>用 finapp 做的备份（来自这台电脑或另一台电脑）找回您的数据。</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="104"/>
        <source>Review date of %1</source>
        <translation>%1 的复查日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="105"/>
        <source>Remind me to review it on</source>
        <translation>提醒我复查的日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="110"/>
        <source>Review date</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="114"/>
        <source>Pick a day before it renews, to cancel in time if you no longer use it.</source>
        <translation>请选在续费之前的日期，如果不再使用，可以及时取消。</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="13"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="14"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="15"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="16"/>
        <source>Any text</source>
        <translation>任意文本</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="20"/>
        <source>%1 contains “%2”</source>
        <extracomment>%1 the field, %2 the pattern as the user wrote it</extracomment>
        <translation>%1包含“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="21"/>
        <source>%1 starts with “%2”</source>
        <translation>%1以“%2”开头</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="22"/>
        <source>%1 is “%2”</source>
        <translation>%1为“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="23"/>
        <source>%1 matches the pattern “%2”</source>
        <translation>%1匹配模式“%2”</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="24"/>
        <source>%1 holds one of “%2”</source>
        <translation>%1包含“%2”中的任一项</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="27"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="28"/>
        <source>Yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/rule_words.py" line="29"/>
        <source>Learned</source>
        <translation>自动学习</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="69"/>
        <source>⚠ skipped</source>
        <translation>⚠ 已跳过</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="77"/>
        <source>finapp skips this rule: its pattern cannot be used. Delete it or add it again.</source>
        <translation>finapp 会跳过这条规则：它的匹配模式无法使用。请删除它，或重新添加。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="87"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="89"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="91"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="93"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="95"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="97"/>
        <source>Rename to</source>
        <translation>重命名为</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings_categories.py" line="99"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>SetBalanceDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="57"/>
        <source>Set balance</source>
        <extracomment>what tests and window automation find the dialog by</extracomment>
        <translation>设置余额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="62"/>
        <source>The balance of %1 at the end of the day, as your bank shows it.</source>
        <translation>%1 在当天结束时的余额，以银行显示的为准。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="69"/>
        <source>e.g. 1234.56 or -250.00</source>
        <translation>例如 1234.56 或 -250.00</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="70"/>
        <source>Balance in %1</source>
        <translation>余额（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="74"/>
        <source>Day of the balance</source>
        <translation>余额日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="76"/>
        <source>Balance (%1)</source>
        <translation>余额（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/set_balance.py" line="77"/>
        <source>At the end of</source>
        <translation>截至当天结束</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../finapp/services/settings.py" line="145"/>
        <source>Remind of renewals this many days ahead</source>
        <extracomment>the value of an option that can be switched off (:attr:`Option.off`), as stored and as the CLI takes it; the settings page shows it in the interface&apos;s language English, marked for translation in context &quot;Settings&quot;: the settings page translates it the option can be switched off with :data:`OFF` (a word the settings page translates) Every domain setting. Amounts are in each account&apos;s own currency.</extracomment>
        <translation>提前多少天提醒续费</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="151"/>
        <source>Warn when a budget reaches these percentages</source>
        <translation>预算达到这些百分比时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="157"/>
        <source>Alert on any charge above</source>
        <translation>单笔支出超过此金额时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="163"/>
        <source>Alert on a first charge from a new merchant above</source>
        <translation>新商户首笔支出超过此金额时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="169"/>
        <source>Alert when a charge is this many times the usual</source>
        <translation>支出达到平常的多少倍时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="175"/>
        <source>Same charge twice within (days)</source>
        <translation>相同扣款间隔（天）以内视为重复</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="181"/>
        <source>Raise charge alerts for the last (days)</source>
        <translation>只对最近多少天内的支出提醒（天）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="187"/>
        <source>Raise subscription alerts for events in the last (days)</source>
        <translation>只对最近多少天内的订阅变化提醒（天）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="193"/>
        <source>Hold desktop notifications during (e.g. 22:00-08:00, or off)</source>
        <translation>免打扰时段：此时段内不弹出桌面通知（如 22:00-08:00，或“关闭”）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="202"/>
        <source>Reporting thresholds banks watch, per currency (CODE=AMOUNT, ...)</source>
        <translation>银行关注的申报门槛，按币种（代码=金额, ...）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="210"/>
        <source>Emergency fund target (months of essentials)</source>
        <translation>应急资金目标（必要开支月数）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="216"/>
        <source>Note when one institution holds more than this % of liquid money</source>
        <translation>单一机构持有流动资金超过此百分比时提示</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="224"/>
        <source>Warn when a card&apos;s balance reaches these % of its limit</source>
        <translation>信用卡欠款达到额度的这些百分比时提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="230"/>
        <source>Monthly cap on subscriptions (an amount, or off)</source>
        <translation>每月订阅上限（金额，或“关闭”）</translation>
    </message>
    <message>
        <location filename="../../finapp/services/settings.py" line="237"/>
        <source>Show household totals in (a currency code, or auto: the one most money moves in)</source>
        <translation>家庭合计使用的币种（币种代码，或 auto：资金往来最多的币种）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="51"/>
        <source>off</source>
        <extracomment>how the settings page writes an option that is switched off (&quot;关闭&quot; in Chinese)</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="55"/>
        <source>Reporting thresholds banks watch</source>
        <extracomment>a shorter title where the option&apos;s own tells how to type it (the CLI&apos;s), which a control of its own makes needless</extracomment>
        <translation>银行关注的申报门槛</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="349"/>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="355"/>
        <source>Alerts and reminders</source>
        <translation>提醒与通知</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="356"/>
        <source>Money</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="357"/>
        <source>Categories and rules</source>
        <translation>分类与规则</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/settings.py" line="358"/>
        <source>Data and security</source>
        <translation>数据与安全</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../finapp/gui/shell.py" line="222"/>
        <source>finapp found damage inside your data</source>
        <extracomment>the window has been shown once (a login start keeps it hidden until asked for) the tray&apos;s notification at a login start: the page check found damage in the store</extracomment>
        <translation>finapp 发现您的数据内部已损坏</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/shell.py" line="223"/>
        <source>Open finapp to restore a backup.</source>
        <translation>打开 finapp 以从备份恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/shell.py" line="264"/>
        <source>A move of finapp&apos;s key to the system keyring was cut short after re-encrypting %n backup(s). Finish it with Settings → Keep key in system keyring.</source>
        <extracomment>the banner at start while a move of the key to the keyring is unfinished</extracomment>
        <translation>
            <numerusform>把密钥移入系统钥匙串的操作在重新加密 %n 个备份后被中断。请在“设置 → 将密钥保存在系统钥匙串中”完成它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/shell.py" line="272"/>
        <source>A change of finapp&apos;s passphrase was cut short after re-encrypting %n backup(s). Finish it with Settings → Change passphrase, giving the same new passphrase.</source>
        <extracomment>the banner at start while a change of the passphrase is unfinished</extracomment>
        <translation>
            <numerusform>更改密码短语的操作在重新加密 %n 个备份后被中断。请在“设置 → 更改密码短语”中输入同一个新密码短语来完成它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/shell.py" line="305"/>
        <source>finapp is still running</source>
        <translation>finapp 仍在运行</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/shell.py" line="306"/>
        <source>finapp keeps checking for reminders here. Quit it from this icon&apos;s menu.</source>
        <translation>finapp 会在这里继续检查提醒。可通过此图标的菜单退出。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/shortcuts.py" line="112"/>
        <location filename="../../finapp/gui/dialogs/shortcuts.py" line="116"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/shortcuts.py" line="117"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/shortcuts.py" line="117"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/shortcuts.py" line="143"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="43"/>
        <source>Split %1</source>
        <translation>拆分 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="45"/>
        <source>Tick the charges that belong to a subscription of their own. They move to a new subscription; the others stay in %1.</source>
        <translation>勾选属于另一项订阅的扣款。它们将移到新的订阅中，其余扣款仍留在 %1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="51"/>
        <source>Charges</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="54"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="54"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="54"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_edit.py" line="93"/>
        <source>Tick some of the charges, not none and not all.</source>
        <extracomment>one per charge, in the tree&apos;s order</extracomment>
        <translation>请勾选部分扣款，不能一笔不选，也不能全选。</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="77"/>
        <source>Split transaction</source>
        <extracomment>what tests and window automation find the dialog by the columns of the parts table the colour of an over-assigned remainder (the app&apos;s error red)</extracomment>
        <translation>拆分交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="85"/>
        <source>Divide “%1” (%2) among categories. The parts must add up to the line.</source>
        <extracomment>the field of a part the user was last in (what Remove part removes)</extracomment>
        <translation>将“%1”（%2）分配到多个分类。各部分之和必须等于该交易金额。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="89"/>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="92"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="93"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="94"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="103"/>
        <source>Add part</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="105"/>
        <source>Remove part</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="107"/>
        <source>Fill remainder</source>
        <translation>填入剩余金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="108"/>
        <source>Put what is left to assign on the last part</source>
        <translation>将尚未分配的金额放到最后一部分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="112"/>
        <source>Left to assign</source>
        <translation>待分配</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="123"/>
        <source>Remove split</source>
        <translation>取消拆分</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="152"/>
        <source>Category of part %1</source>
        <translation>第 %1 部分的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="156"/>
        <source>Amount of part %1</source>
        <translation>第 %1 部分的金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="160"/>
        <source>Memo of part %1</source>
        <translation>第 %1 部分的备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="253"/>
        <source>“%1” is not an amount in %2</source>
        <translation>“%1”不是 %2 金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="266"/>
        <source>Give each part a category.</source>
        <translation>请为每个部分选择分类。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="268"/>
        <source>Give each part an amount, or remove it.</source>
        <translation>请为每个部分填写金额，或将其删除。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="270"/>
        <source>Each part goes the way the line does: write it without a minus.</source>
        <translation>每个部分与交易同向：请不要带负号。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="273"/>
        <source>A split needs two parts or more.</source>
        <translation>拆分至少需要两个部分。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="283"/>
        <source>Left to assign: %1</source>
        <translation>待分配：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="285"/>
        <source>Over by %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/split_editor.py" line="287"/>
        <source>All assigned</source>
        <translation>已全部分配</translation>
    </message>
</context>
<context>
    <name>StartRestore</name>
    <message numerus="yes">
        <location filename="../../finapp/gui/start_restore.py" line="107"/>
        <source>Restored %n transaction(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 恢复 %n 笔交易。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/start_restore.py" line="112"/>
        <source>The damaged data is kept as %1.</source>
        <translation>已损坏的数据保留为 %1。</translation>
    </message>
</context>
<context>
    <name>SubscriptionAudit</name>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="69"/>
        <source>Music</source>
        <extracomment>the most of the screen&apos;s width the dialog opens at: the window it came from stays in sight the height the dialog opens at, in lines of text (about 480 pixels at a 14-pixel line), the screen&apos;s at most</extracomment>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="70"/>
        <source>Video streaming</source>
        <translation>视频流媒体</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="71"/>
        <source>Cloud storage</source>
        <translation>云存储</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="72"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="73"/>
        <source>Fitness</source>
        <translation>健身</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="88"/>
        <source>Also %1 a month in %2 (%n subscription(s)), not counted against the cap</source>
        <translation>
            <numerusform>另有%2订阅每月 %1（%n 项），不计入上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="94"/>
        <source>%1 a month for %n subscription(s)</source>
        <translation>
            <numerusform>%n 项订阅每月 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="100"/>
        <source>; no monthly cap set</source>
        <translation>；未设每月上限</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="103"/>
        <source>; over your cap of %1 by %2</source>
        <translation>；超出上限 %1 共 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="111"/>
        <source>; within your cap of %1</source>
        <translation>；在上限 %1 之内</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="115"/>
        <source>No active subscriptions</source>
        <translation>没有有效订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="122"/>
        <source>Overlap (%1): %2</source>
        <translation>重叠（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="133"/>
        <source>Review due since %1</source>
        <translation>自 %1 起待复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="138"/>
        <source>Next review %1</source>
        <translation>下次复查 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="143"/>
        <source>Not reviewed since %1</source>
        <translation>自 %1 起未复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="148"/>
        <source>Reviewed %1</source>
        <translation>已于 %1 复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="152"/>
        <source>New since %1</source>
        <translation>自 %1 起新增</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="161"/>
        <source>%1 → %2 on %3</source>
        <translation>%3：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="166"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="174"/>
        <source>%1 on %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="183"/>
        <source>⚠ Overlaps %1</source>
        <translation>⚠ 与 %1 重叠</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="191"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="194"/>
        <source>Paid by</source>
        <translation>支付账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="197"/>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="199"/>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="202"/>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="205"/>
        <source>Spent so far</source>
        <translation>累计花费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="208"/>
        <source>Last charge</source>
        <translation>最近扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="210"/>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="212"/>
        <source>Overlaps</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="215"/>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="263"/>
        <source>Kept %1 on %2 (%3 a year)</source>
        <extracomment>the columns of words (a merchant&apos;s name is one), wrapped onto more lines when the window is narrow, and the fewest average characters each is given: a name breaks between its words, not after every one. The first takes what a wide window has to spare.</extracomment>
        <translation>已于 %2 保留 %1（每年 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="279"/>
        <source>Cancelled %1 on %2, but charged again %n time(s) since, last %3 on %4: saves nothing yet</source>
        <translation>
            <numerusform>已于 %2 取消 %1，但之后又扣款 %n 次，最近一次 %4 扣 %3：尚未省下任何钱</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="304"/>
        <source>Stopped charging: %1, last %2 on %3 (not marked cancelled; %4 a year no longer paid)</source>
        <translation>已停止扣款：%1，最近一次 %3 扣 %2（未标为已取消；每年不再支付 %4）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="318"/>
        <source>Cancelled %1 on %2: saves %3 a year</source>
        <translation>%2 取消了 %1：每年节省 %3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="376"/>
        <source>“Stopped charging” is what your statements show, not a cancellation you marked: if you cancelled one, mark it cancelled on the Subscriptions page.</source>
        <translation>“已停止扣款”是账单显示的情况，并非您标记的取消：如果您取消过其中某项，请在“订阅”页将其标为已取消。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="265"/>
        <source>Kept %1 on %2 (%3 a year); next review %4</source>
        <translation>%2 保留了 %1（每年 %3）；下次复查 %4</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="328"/>
        <source>Price increase: %1 from %2 to %3 on %4 (%5 more a year)</source>
        <translation>涨价：%1 于 %4 从 %2 涨到 %3（每年多 %5）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="343"/>
        <source>No subscription was cancelled or kept in %1, and no price rose.</source>
        <translation>%1 年没有取消或保留任何订阅，也没有涨价。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="352"/>
        <source>Cancelling saves %1 a year</source>
        <translation>取消共每年节省 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="359"/>
        <source>Stopped charging: %1 a year no longer paid</source>
        <translation>已停止扣款：每年不再支付 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="368"/>
        <source>Price increases cost %1 more a year</source>
        <translation>涨价使每年多花 %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionAuditDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="393"/>
        <source>Subscription audit</source>
        <translation>订阅审查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="395"/>
        <source>Audit</source>
        <translation>审查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="396"/>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="501"/>
        <source>Annual review</source>
        <translation>年度回顾</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="440"/>
        <source>Monthly total against the cap</source>
        <translation>每月合计与上限对比</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="444"/>
        <source>Overlapping services</source>
        <translation>重叠的服务</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="449"/>
        <source>Active subscriptions</source>
        <translation>有效订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="458"/>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="464"/>
        <source>Next review:</source>
        <translation>下次复查：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="469"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="470"/>
        <source>Cancel &amp;subscription</source>
        <translation>取消订阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="495"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="504"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="560"/>
        <source>%1 is marked cancelled.</source>
        <translation>%1 已标记为取消。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/subscription_audit.py" line="563"/>
        <source>%1 kept; next review %2.</source>
        <translation>已保留 %1；下次复查 %2。</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="36"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="37"/>
        <source>Every 2 weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="38"/>
        <source>Twice a month</source>
        <translation>每月两次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="39"/>
        <source>Every 4 weeks</source>
        <translation>每四周</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="40"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="41"/>
        <source>Every 2 months</source>
        <translation>每两个月</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="42"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="43"/>
        <source>Twice a year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="44"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="47"/>
        <source>Suggested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="48"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="49"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="50"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="53"/>
        <source>Stopped</source>
        <extracomment>a stream the user still expects whose charges stopped</extracomment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="55"/>
        <source>%1 charge not seen</source>
        <extracomment>an expected charge missing from statements that cover its day</extracomment>
        <translation>未见 %1 的扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="57"/>
        <source>Paused until %1</source>
        <extracomment>a wage paused over the summer as the year before, resuming in a month (&quot;September 2026&quot;)</extracomment>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="60"/>
        <source>%1 — after your statements end %2</source>
        <extracomment>a renewal already past that the statements cannot show yet (they end before its day); the dashboard&apos;s renewals say it with the same words</extracomment>
        <translation>%1（在最新账单之后，账单截至%2）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="62"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="63"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="64"/>
        <source>Regular spending</source>
        <translation>日常固定开销</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="66"/>
        <source>Transfers between own accounts</source>
        <translation>自有账户间转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="70"/>
        <source>Services you chose and can cancel: streaming, software, a gym.</source>
        <extracomment>what each group holds, for its header&apos;s tooltip</extracomment>
        <translation>您自己选择、可以取消的服务：流媒体、软件、健身房等。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="73"/>
        <source>What running the home costs: housing, utilities, phone and internet, insurance, loans.</source>
        <translation>维持家庭运转的开销：住房、水电燃气、电话和网络、保险、贷款。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="77"/>
        <source>Everyday purchases that come round on a schedule at whatever they cost that time, such as a monthly taxi ride or grocery shop: no bill to renew or cancel, left out of the totals, still in the balance forecast.</source>
        <translation>按固定周期出现、金额随当次消费而定的日常购买，例如每月一次的打车或买菜：没有需要续费或取消的账单，不计入合计，但仍计入余额预测。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="83"/>
        <source>Money coming in regularly: pay, interest.</source>
        <translation>定期收入：工资、利息。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="84"/>
        <source>Money moved between your own accounts, such as card payments and savings; each transfer is listed once, from the paying account.</source>
        <translation>在您自己的账户之间转移的资金，如信用卡还款和储蓄；每笔转账只列一次，记在付款账户下。</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="vanished">订阅</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="vanished">账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="65"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="vanished">转账</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="92"/>
        <source>▲ price up</source>
        <extracomment>the badges of what went wrong (red, and the row in bold)</extracomment>
        <translation>▲ 涨价</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="93"/>
        <source>⊘ lapsed</source>
        <translation>⊘ 已中断</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="94"/>
        <source>⚠ overdue</source>
        <translation>⚠ 逾期未扣</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="95"/>
        <source>⚠ charged after cancel</source>
        <translation>⚠ 取消后仍扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="97"/>
        <source>▲ pay rise</source>
        <translation>▲ 加薪</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="98"/>
        <source>▲ amount up</source>
        <translation>▲ 金额上涨</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="99"/>
        <source>after free trial</source>
        <translation>免费试用后</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="101"/>
        <source>after your statements</source>
        <extracomment>the next renewal is past but after the statements end (words only: common fonts lack ⧗)</extracomment>
        <translation>在最新账单之后</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="105"/>
        <source>⊘ lapsed after free trial</source>
        <extracomment>a badge and &quot;after free trial&quot; said as one phrase, so a language orders them its own way (Chinese puts the time first: &quot;免费试用后已中断&quot;, never &quot;已中断 免费试用后&quot;)</extracomment>
        <translation>⊘ 免费试用后已中断</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="106"/>
        <source>▲ price up after free trial</source>
        <translation>▲ 免费试用后涨价</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="110"/>
        <source>%1, none in %2</source>
        <extracomment>a monthly bill with months off every year (council tax: ten instalments, April to January)</extracomment>
        <translation>%1，%2除外</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="112"/>
        <source>%1, in %2</source>
        <extracomment>a bill paid in a few set months only (estimated taxes: January, April, June, September)</extracomment>
        <translation>%1，仅%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="198"/>
        <source>review %1</source>
        <translation>%1 复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="218"/>
        <source>Pay rise: %1 → %2 on %3</source>
        <translation>加薪：%3 起 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="220"/>
        <source>Amount %1 → %2 on %3</source>
        <translation>金额：%3 起 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="222"/>
        <source>Price %1 → %2 on %3</source>
        <translation>价格：%3 起 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="236"/>
        <source>No charge came when it was due: it may have ended.</source>
        <translation>到期时没有扣款：可能已经终止。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="243"/>
        <source>The charge due on %1 is not in the statements, which go to %2: check whether it still runs.</source>
        <translation>应在 %1 的扣款不在截至 %2 的账单中：请确认它是否仍在续费。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="253"/>
        <source>It began after a free trial.</source>
        <translation>它是在免费试用结束后开始收费的。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="260"/>
        <source>%n charge(s) after you cancelled</source>
        <translation>
            <numerusform>取消后仍有 %n 笔扣款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="267"/>
        <source>To review on %1</source>
        <translation>待于 %1 复查</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="290"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="293"/>
        <source>%1 (%2) · %3 a year · %4 a month</source>
        <translation>%1（%2）· 每年 %3 · 每月 %4</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="312"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="314"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">类型</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="317"/>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="319"/>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="321"/>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="324"/>
        <source>Paid from</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="327"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/subscriptions_model.py" line="329"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="114"/>
        <source>What subscriptions cost</source>
        <extracomment>the subscription asked for before its row had loaded</extracomment>
        <translation>订阅费用</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="121"/>
        <source>Show dismissed</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="129"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_coverage.py" line="30"/>
        <source>How far the statements go</source>
        <translation>对账单的覆盖范围</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">确认</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="vanished">忽略</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation type="vanished">标为已取消</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">重命名…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="370"/>
        <source>Merge with…</source>
        <translation>与…合并</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation type="vanished">拆分…</translation>
    </message>
    <message>
        <source>Review date…</source>
        <translation type="vanished">复查日期…</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation type="vanished">提醒…</translation>
    </message>
    <message>
        <source>Show charges</source>
        <translation type="vanished">查看扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="161"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="162"/>
        <source>Audit…</source>
        <translation>审查…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="163"/>
        <source>Export calendar (.ics)…</source>
        <translation>导出日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="165"/>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="66"/>
        <source>Keep a calendar file up to date…</source>
        <translation>保持日历文件为最新…</translation>
    </message>
    <message>
        <source>Rename payee everywhere…</source>
        <translation type="vanished">全部重命名收款方…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="234"/>
        <source>No recurring charges found yet. finapp finds subscriptions and bills in a few months of statements.</source>
        <translation>还没有发现定期扣款。finapp 会从几个月的对账单中找出订阅和账单。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="236"/>
        <source>Import statements…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="242"/>
        <source>No active subscriptions</source>
        <translation>没有进行中的订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="249"/>
        <source>%1 a month · %2 a year (%3 active)</source>
        <translation>每月 %1 · 每年 %2（%3 个进行中）</translation>
    </message>
    <message>
        <source>Judged as of %1, where %2&apos;s statements end.</source>
        <translation type="vanished">按 %1 判断，即 %2 的对账单截止日。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_coverage.py" line="58"/>
        <source>Judged as of %1, where the statements of %2 end.</source>
        <translation>按 %1 判断，即 %2 的对账单截止日。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_coverage.py" line="54"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_coverage.py" line="63"/>
        <source>%1 on %2</source>
        <translation>%1 截至 %2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_coverage.py" line="68"/>
        <source>Judged as of where each account&apos;s statements end: %1.</source>
        <translation>按各账户对账单的截止日判断：%1。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="vanished">yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="151"/>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="152"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="153"/>
        <source>&amp;Mark cancelled</source>
        <translation>标为已取消(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="154"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="155"/>
        <source>Mer&amp;ge with…</source>
        <translation>与…合并(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="156"/>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="157"/>
        <source>Re&amp;view date…</source>
        <translation>复查日期(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="158"/>
        <source>Remi&amp;nders…</source>
        <translation>提醒(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="159"/>
        <source>Show c&amp;harges</source>
        <translation>查看扣款(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="170"/>
        <source>Rename &amp;payee everywhere…</source>
        <translation>全部重命名收款方(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="180"/>
        <source>Show the subscription&apos;s charges</source>
        <translation>显示该订阅的扣款</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="183"/>
        <source>Rename the subscription</source>
        <translation>重命名订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="184"/>
        <source>Add a subscription</source>
        <translation>添加订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="315"/>
        <source>Select a subscription first.</source>
        <translation>请先选择一个订阅。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="347"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="347"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="365"/>
        <source>There is no other detected subscription to merge it with.</source>
        <translation>没有其他已识别的订阅可以与之合并。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="371"/>
        <source>%1 stays and takes over the charges of:</source>
        <translation>保留 %1，并接收以下订阅的扣款：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="393"/>
        <source>%1 has no charges to split off.</source>
        <translation>%1 没有可拆分的扣款。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="415"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions.py" line="416"/>
        <source>Remind me this many days before each renewal (empty: the default)</source>
        <translation>每次续费前提前多少天提醒（留空：使用默认值）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="40"/>
        <source>Export renewals</source>
        <translation>导出续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="44"/>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="98"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="54"/>
        <source>%n renewal(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个续费写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="70"/>
        <source>Choose an .ics file (e.g. in a synced folder your calendar app subscribes to); finapp rewrites it after every change.</source>
        <translation>选择一个 .ics 文件（例如在日历应用订阅的同步文件夹中）；每次更改后 finapp 都会重写它。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="78"/>
        <source>Stop updating %1</source>
        <translation>停止更新 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="82"/>
        <source>Kept up to date: %1</source>
        <translation>保持最新：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="94"/>
        <source>Keep a calendar file up to date</source>
        <translation>保持日历文件为最新</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="108"/>
        <source>%1 is no longer kept up to date; the file stays.</source>
        <translation>%1 不再自动更新；文件会保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/subscriptions_calendar.py" line="126"/>
        <source>%n event(s) written to %1; finapp rewrites it after every change.</source>
        <translation>
            <numerusform>已将 %n 个事件写入 %1；每次更改后 finapp 都会重写它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsSection</name>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="50"/>
        <source>Audit…</source>
        <translation>审查…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="51"/>
        <source>Audit subscriptions</source>
        <translation>审查订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="80"/>
        <source>All subscriptions: %1 a month in %2, counting the currencies with a rate</source>
        <translation>全部订阅：每月 %1，有汇率的币种折合%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="82"/>
        <source>All subscriptions: %1 a month, every currency in %2</source>
        <translation>全部订阅：每月 %1，所有币种折合%2</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="93"/>
        <source>Reviews due: %1</source>
        <translation>待复查：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/health_subscriptions.py" line="102"/>
        <source>No review due.</source>
        <translation>没有待复查的订阅。</translation>
    </message>
</context>
<context>
    <name>TagReport</name>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="52"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="53"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="56"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="59"/>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="68"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
</context>
<context>
    <name>TagReportDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="79"/>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="94"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="83"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="87"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/tag_report.py" line="97"/>
        <source>No transaction in this period has a tag. Right-click transactions on the Transactions page and choose Tags… to add some.</source>
        <translation>此期间没有带标签的交易。在“交易”页右键点击交易并选择“标签…”即可添加。</translation>
    </message>
</context>
<context>
    <name>TransactionMenus</name>
    <message>
        <source>Rename payee…</source>
        <extracomment>the columns the user may hide or show, in the header menu&apos;s order shown when the page opens</extracomment>
        <translation type="vanished">重命名收款方…</translation>
    </message>
    <message>
        <source>Set category of selected…</source>
        <translation type="vanished">设置所选交易的分类…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="vanished">笔记…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation type="vanished">标签…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation type="vanished">拆分…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_menus.py" line="58"/>
        <source>&amp;Rename payee…</source>
        <extracomment>the columns the user may hide or show, in the header menu&apos;s order shown when the page opens</extracomment>
        <translation>重命名收款方(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_menus.py" line="62"/>
        <source>Set &amp;category of selected…</source>
        <translation>设置所选交易的分类(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_menus.py" line="65"/>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_menus.py" line="67"/>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_menus.py" line="70"/>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message>
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="44"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="45"/>
        <source>Your note on %n transaction(s) (leave empty for none):</source>
        <translation>
            <numerusform>您对这 %n 笔交易的笔记（留空则不写）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="70"/>
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="82"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transaction_notes.py" line="83"/>
        <source>Tags of %n transaction(s), separated by spaces, such as #holiday-2026 #tax:</source>
        <translation>
            <numerusform>这 %n 笔交易的标签，用空格分隔，例如 #度假-2026 #报税：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="54"/>
        <source>Date</source>
        <extracomment>the Payee column shows the name a payee is known by; the statement&apos;s own words are in COL_STATEMENT (hidden until the user shows it) and in the payee&apos;s tooltip the user&apos;s tags (&quot;#holiday-2026 #tax&quot;) and note (its first line; the whole note in the tooltip)</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="55"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="56"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="57"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="58"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="59"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="60"/>
        <source>Description (as on statement)</source>
        <translation>描述（对账单原文）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="61"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="62"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="65"/>
        <source>On the statement: %1</source>
        <extracomment>the payee cell&apos;s tooltip</extracomment>
        <translation>对账单原文：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="67"/>
        <source>Split: %1</source>
        <extracomment>a split line&apos;s category cell: the names of its parts&apos; categories, joined</extracomment>
        <translation>拆分：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the names of a split&apos;s categories are joined by the language&apos;s list separator</extracomment>
        <translation type="vanished">、</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="69"/>
        <source>(no category)</source>
        <extracomment>a part whose category was deleted since</extracomment>
        <translation>（无分类）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="72"/>
        <source>Money moved between your own accounts: not counted as spending or income, nor in the net below the table. Filed under %1.</source>
        <extracomment>the tooltip of a row no total counts, with the category it is filed under and without one</extracomment>
        <translation>在您自己的账户之间转移的资金：不计为支出或收入，也不计入表格下方的净额。归类于 %1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="77"/>
        <source>Money moved between your own accounts: not counted as spending or income, nor in the net below the table.</source>
        <translation>在您自己的账户之间转移的资金：不计为支出或收入，也不计入表格下方的净额。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="85"/>
        <source>At %1, local time, as the statement gives it.</source>
        <translation>%1（当地时间，以账单为准）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="86"/>
        <source>The statement gives no time of day for this transaction.</source>
        <translation>账单未给出这笔交易的具体时间。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/models/transactions_model.py" line="89"/>
        <source>The day posted. Point at a day to see the time of day, where the statement gives one (payment apps and most card downloads do; many bank statements do not).</source>
        <translation>记账日期。账单给出具体时间的（支付应用和大多数信用卡下载文件会给出，许多银行对账单不会），将鼠标指向日期即可看到时间。</translation>
    </message>
    <message>
        <source>The day posted, and the time of day where the statement gives one (payment apps and most card downloads do; many bank statements do not).</source>
        <translation type="vanished">记账日期；账单给出时间时一并显示（支付应用和多数信用卡下载会给出，很多银行账单不会）。</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Search payee or memo</source>
        <translation type="vanished">搜索收款方或备注</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="vanished">搜索交易</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation type="vanished">按账户筛选</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="vanished">按分类筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="vanished">开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="vanished">结束日期</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation type="vanished">最小金额</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation type="vanished">最大金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="477"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">从</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">至</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="152"/>
        <source>Transactions table</source>
        <translation>交易表</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="177"/>
        <source>Transactions shown</source>
        <translation>显示的交易</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="180"/>
        <source>The net counts money spent once: transfers between your own accounts (a card topping up or paying a wallet, a card&apos;s payment, savings) are shown in grey italics and left out.</source>
        <translation>净额中每笔花费只计一次：您自己账户之间的转账（银行卡为钱包充值或付款、信用卡还款、存入储蓄）以灰色斜体显示，不计入净额。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="185"/>
        <source>Set category of selected…</source>
        <translation>设置所选交易的分类…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="186"/>
        <source>Set category of selected transactions</source>
        <translation>设置所选交易的分类</translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="vanished">任意</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="vanished">全部账户</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="vanished">全部分类</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation type="vanished">未分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="206"/>
        <source>Set the category of the selected lines</source>
        <translation>设置所选交易的分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="258"/>
        <source>Loading transactions…</source>
        <translation>正在加载交易…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="339"/>
        <source>Select the transactions to categorise.</source>
        <translation>请选择要分类的交易。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="345"/>
        <source>Set category</source>
        <translation>设置分类</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="346"/>
        <source>Category for %n transaction(s):</source>
        <translation>
            <numerusform>%n 笔交易的分类：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="401"/>
        <source>Filed %n transaction(s) under %1</source>
        <translation>
            <numerusform>已将 %n 笔交易归入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="405"/>
        <source>Filed “%2” under %1</source>
        <translation>已将“%2”归入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="407"/>
        <source>, and %n other transaction(s) of the same merchant with it</source>
        <translation>
            <numerusform>，同一商户的另外 %n 笔交易也一并归入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="409"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="428"/>
        <source>Other edits came after this one: Edit → Undo takes back the last first.</source>
        <translation>此后还有其他编辑：“编辑 → 撤销”会先撤销最近的一次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="432"/>
        <source>Put %n transaction(s) back in their previous category.</source>
        <translation>
            <numerusform>已将 %n 笔交易恢复为原来的分类。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="450"/>
        <source>%Ln transaction(s)</source>
        <comment>every one is shown</comment>
        <translation>
            <numerusform>共 %Ln 笔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="453"/>
        <source>%1 of %2 transactions</source>
        <translation>显示 %1 / %2 笔</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="457"/>
        <source>money in only</source>
        <translation>仅收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="458"/>
        <source>money out only</source>
        <translation>仅支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="460"/>
        <source>chosen transactions only (Clear filters shows all)</source>
        <translation>仅显示所选交易（“清除筛选”可显示全部）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/pages/transactions.py" line="466"/>
        <source>%n transfer(s) not counted</source>
        <translation>
            <numerusform>%n 笔转账未计入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="476"/>
        <source>No transactions match these filters.</source>
        <translation>没有符合筛选条件的交易。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="482"/>
        <source>No transactions yet. Import your bank&apos;s statements to see them here.</source>
        <translation>还没有交易。导入银行对账单后即可在这里查看。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="483"/>
        <source>Import statements…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <source>one transaction (Clear filters shows all)</source>
        <translation type="vanished">一笔交易（“清除筛选”可显示全部）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/transactions.py" line="463"/>
        <source>net %1</source>
        <translation>净额 %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../finapp/gui/tray.py" line="115"/>
        <source>Upcoming renewals</source>
        <extracomment>renewals already due after the statements end: expected, not in them yet (listed apart)</extracomment>
        <translation>即将续费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="120"/>
        <source>Expected, not in your statements yet</source>
        <translation>应已扣款，尚未出现在账单中</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="126"/>
        <source>No open alerts</source>
        <translation>没有未处理的提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../finapp/gui/tray.py" line="126"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n 条未处理的提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="130"/>
        <source>&amp;Open finapp</source>
        <translation>打开 finapp(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="157"/>
        <source>&amp;Resume notifications (paused until %1)</source>
        <translation>恢复通知（已暂停至 %1）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="163"/>
        <source>&amp;Pause notifications</source>
        <translation>暂停通知(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="165"/>
        <source>For 1 &amp;hour</source>
        <translation>1 小时(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/tray.py" line="167"/>
        <source>Until &amp;tomorrow</source>
        <translation>直到明天(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UnknownWorth</name>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_unknown_worth.py" line="40"/>
        <source>%1 — balance not known, not counted in net worth</source>
        <translation>%1 — 余额未知，未计入净资产</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_unknown_worth.py" line="57"/>
        <source>Set balance…</source>
        <translation>设置余额…</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/pages/dashboard_unknown_worth.py" line="58"/>
        <source>Set the balance of %1</source>
        <translation>设置 %1 的余额</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/user_guide.py" line="38"/>
        <location filename="../../finapp/gui/dialogs/user_guide.py" line="48"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/user_guide.py" line="42"/>
        <source>The user guide is written in English only for now.</source>
        <translation>用户指南目前只有英文版。</translation>
    </message>
    <message>
        <source>The user guide is the &quot;%1&quot; section of README.md, at the top of finapp&apos;s source code. This installation of finapp does not include the source code.</source>
        <translation type="vanished">用户指南是 finapp 源代码根目录下 README.md 中的“%1”一节。当前安装的 finapp 不包含源代码。</translation>
    </message>
    <message>
        <source>The user guide is the &quot;%1&quot; section of finapp&apos;s README, in this file:</source>
        <translation type="vanished">用户指南是 finapp 的 README 中的“%1”一节，位于此文件：</translation>
    </message>
    <message>
        <source>Where the user guide is</source>
        <translation type="vanished">用户指南的位置</translation>
    </message>
    <message>
        <source>&amp;Open the guide</source>
        <translation type="vanished">打开指南(&amp;O)</translation>
    </message>
</context>
<context>
    <name>YearReview</name>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="79"/>
        <source>Uncategorized</source>
        <extracomment>what a window manager&apos;s frame and title bar take around the dialog, at most (pixels)</extracomment>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="97"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="99"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="62"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="101"/>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="114"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="58"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="103"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="63"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="105"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="64"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="116"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="59"/>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="139"/>
        <source>Paid for subscriptions and bills: %1</source>
        <translation>订阅与账单支出：%1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="143"/>
        <source>Nothing paid for subscriptions or bills</source>
        <translation>未支付订阅或账单</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="145"/>
        <source>Started %1 on %2 (%3 a year)</source>
        <translation>%2 开始订阅 %1（每年 %3）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="146"/>
        <source>Cancelled %1 on %2 (saves %3 a year)</source>
        <translation>%2 取消了 %1（每年节省 %3）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="161"/>
        <source>Price increase: %1 from %2 to %3 on %4 (%5 more a year)</source>
        <translation>涨价：%1 于 %4 从 %2 涨到 %3（每年多 %5）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="185"/>
        <source>No subscription started or was cancelled, and no price rose.</source>
        <translation>没有新开或取消的订阅，也没有涨价。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="191"/>
        <source>“Stopped charging” is what your statements show, not a cancellation you marked: if you cancelled one, mark it cancelled on the Subscriptions page.</source>
        <translation>“已停止扣费”是账单显示的情况，并非您标记的取消：如果您已取消其中某项，请在“订阅”页面将其标为已取消。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="202"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="208"/>
        <source>Cancelled %1 on %2, but charged again since: %3 (saves nothing yet)</source>
        <translation>%2 取消了 %1，但此后仍被扣费：%3（暂未节省）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="270"/>
        <source>Net worth leaves out, no balance known: %1.</source>
        <translation>净资产未计入（余额未知）：%1。</translation>
    </message>
    <message>
        <source>Stopped charging: %1, last %2 on %3 (not marked cancelled; %4 a year no longer paid)</source>
        <translation type="vanished">已停止扣费：%1，最后一次于 %3 扣费 %2（未标为已取消；每年不再支付 %4）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="278"/>
        <source>Not converted to %1, no rate on or before %2: %3 (left out of the totals).</source>
        <translation>未换算为 %1，%2 或之前没有汇率：%3（未计入合计）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="48"/>
        <source>n/a (no income)</source>
        <translation>无（没有收入）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="234"/>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="52"/>
        <source>n/a (fewer than two month ends with known balances)</source>
        <translation>无（已知余额的月末少于两个）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="241"/>
        <source>%1 (%2 on %3 → %4 on %5)</source>
        <translation>%1（%3：%2 → %5：%4）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="258"/>
        <source>No transactions in %1.</source>
        <translation>%1 年没有交易。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="262"/>
        <source>Data from %1 to %2.</source>
        <translation>数据范围：%1 至 %2。</translation>
    </message>
    <message>
        <source>Not converted to %1, no rate on %2: %3 (left out of the totals).</source>
        <translation type="vanished">%2 没有汇率，未换算为%1：%3（未计入合计）。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="286"/>
        <source>≈: converted to %1 at the rates of %2.</source>
        <translation>≈：按 %2 的汇率换算为%1。</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="41"/>
        <source>Year in review %1</source>
        <translation>%1 年度回顾</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="42"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="43"/>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="44"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="45"/>
        <source>Savings rate</source>
        <translation>储蓄率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="46"/>
        <source>Net worth change</source>
        <translation>净资产变化</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="47"/>
        <source>%1 on %2 → %3 on %4</source>
        <translation>%2：%1 → %4：%3</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="49"/>
        <source>n/a: no rate from %1 to %2 (%3 spent and %4 earned left out)</source>
        <translation>不适用：没有 %1 兑 %2 的汇率（未计入支出 %3 和收入 %4）</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="55"/>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="56"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="57"/>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="60"/>
        <source>Largest purchases</source>
        <translation>最大笔消费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="65"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="66"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review_export.py" line="67"/>
        <source>Written by finapp. Not encrypted. Print it from a browser to keep a PDF.</source>
        <translation>由 finapp 生成。未加密。可在浏览器中打印为 PDF。</translation>
    </message>
</context>
<context>
    <name>YearReviewDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="317"/>
        <source>Year in review</source>
        <extracomment>the day the dialog opened: a year not over is reviewed up to it at the latest</extracomment>
        <translation>年度回顾</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="321"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="326"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="342"/>
        <source>Income</source>
        <extracomment>the charts as drawn, to draw them again into a saved page</extracomment>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="342"/>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="343"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="343"/>
        <source>Savings rate</source>
        <translation>储蓄率</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="344"/>
        <source>Net worth change</source>
        <translation>净资产变化</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="362"/>
        <source>Income and spending by month</source>
        <translation>每月收入与支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="364"/>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="379"/>
        <source>Spending by category</source>
        <translation>按分类支出</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="375"/>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="385"/>
        <source>Largest purchases</source>
        <translation>最大笔消费</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="383"/>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="387"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../finapp/gui/dialogs/year_review.py" line="386"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>_BackupKeyDialog</name>
    <message>
        <location filename="../../finapp/gui/dialogs/restore_backup.py" line="63"/>
        <source>Enter the passphrase %1 was made under, or the recovery key finapp showed you if it kept its key in the system keyring then.</source>
        <translation>请输入做 %1 时所用的密码短语；如果当时 finapp 把密钥保存在系统钥匙串中，请输入它当时给您的恢复密钥。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>%1 budget used</source>
        <translation type="vanished">已用预算 %1</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 left</source>
        <translation type="vanished">%1 / %2 · 剩余 %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="vanished">剩余 %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="vanished">超出 %1</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="vanished">%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Monthly budget for %1</source>
        <translation type="vanished">%1 的每月预算</translation>
    </message>
    <message>
        <source>Roll over</source>
        <translation type="vanished">结转</translation>
    </message>
    <message>
        <source>What is left (or overspent) carries into next month</source>
        <translation type="vanished">剩余（或超支）金额结转到下个月</translation>
    </message>
    <message>
        <source>Roll over %1</source>
        <translation type="vanished">结转 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <source>Remove budget for %1</source>
        <translation type="vanished">删除 %1 的预算</translation>
    </message>
</context>
</TS>
