"""CSV files read by their columns' content: no header row, or a header in words finapp has
no list for; and the refusals when two readings fit (never a silent guess)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import CsvMappingNeeded, read_csv
from tests.helpers import cli_json, run_cli

FIXTURES = Path(__file__).parent / "csv_headerless"


def _read(name: str) -> tuple[list[tuple[str, Decimal, str]], dict[str, object]]:
    path = FIXTURES / name
    parsed = read_csv(str(path), path.read_bytes())
    lines = [
        (t.posted.isoformat(), t.amount, t.payee) for s in parsed.statements for t in s.transactions
    ]
    assert parsed.detected is not None
    return lines, parsed.detected


def test_austrian_data_rows_only_with_a_running_balance() -> None:
    lines, detected = _read("at_giro.csv")
    assert lines == [
        ("2025-01-02", Decimal("-23.47"), "BILLA DANKT 6841 1040 WIEN"),
        ("2025-01-03", Decimal("2451.18"), "LOHN/GEHALT 12/2024 MUSTERBAU GMBH"),
        ("2025-01-07", Decimal("-365.00"), "WIENER LINIEN JAHRESKARTE"),
        ("2025-01-07", Decimal("-18.09"), "SPAR 5532 GRAZ"),
    ]
    assert detected["header"] is False and detected["delimiter"] == ";"
    assert detected["columns"] == {
        "date": 1,
        "description": 2,
        "amount": 3,
        "balance": 4,
        "currency": 5,
    }
    assert (detected["date_format"], detected["decimal"]) == ("DD.MM.YYYY", ",")


def test_austrian_balance_column_gives_the_closing_balance() -> None:
    path = FIXTURES / "at_giro.csv"
    (stmt,) = read_csv(str(path), path.read_bytes()).statements
    assert stmt.account.currency == "EUR"
    assert [(b.as_of.isoformat(), b.amount) for b in stmt.balances] == [
        ("2025-01-07", Decimal("4044.62"))
    ]


def test_lithuanian_rows_newest_first_in_iso_dates() -> None:
    lines, detected = _read("lt_newest_first.csv")
    assert lines == [
        ("2025-02-14", Decimal("-41.37"), "UAB MAXIMA LT VILNIUS"),
        ("2025-02-11", Decimal("120.00"), "Jonas Petraitis"),
        ("2025-02-10", Decimal("-7.85"), "BOLT.EU/O/2502101133"),
    ]
    assert detected["columns"] == {"date": 1, "description": 2, "amount": 3, "currency": 4}


def test_russian_header_words() -> None:
    lines, detected = _read("ru_header.csv")
    assert lines == [
        ("2025-03-14", Decimal("-1234.56"), "Пятёрочка 4417 Москва"),
        ("2025-03-15", Decimal("5000.00"), "Перевод от Иванова И.И."),
        ("2025-03-17", Decimal("-450.00"), "МТС пополнение"),
    ]
    assert detected["columns"] == {
        "date": "Дата совершения операции",
        "amount": "Сумма в валюте счета",
        "description": "Описание операции",
        "currency": "Валюта",
    }


def test_dutch_credit_debet_column_signs_the_amounts() -> None:
    lines, detected = _read("nl_creditdebet.csv")
    assert lines == [
        ("2025-02-13", Decimal("-12.34"), "Albert Heijn 1402 Utrecht"),
        ("2025-02-14", Decimal("2510.62"), "Salaris januari Acme BV"),
        ("2025-02-17", Decimal("-27.40"), "NS Groep IZ namens NS Reizigers"),
    ]
    assert detected["columns"]["direction"] == "CreditDebet"  # type: ignore[index]
    assert detected["sign"] == "from direction column D/C"
    assert detected["date_format"] == "DD-MM-YYYY"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("at_two_dates.csv", "columns 'column 1' and 'column 2' both hold dates"),
        (
            "two_amounts.csv",
            "columns 'column 3' and 'column 4' all hold amounts and none is a "
            "running balance of another",
        ),
    ],
)
def test_two_fitting_readings_are_refused_naming_the_columns(name: str, said: str) -> None:
    path = FIXTURES / name
    with pytest.raises(CsvMappingNeeded) as caught:
        read_csv(str(path), path.read_bytes())
    assert any(said in problem for problem in caught.value.problems)
    assert caught.value.partial is not None  # the wizard opens pre-filled


def test_import_json_tells_how_the_file_was_read_and_reimport_adds_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    summary = cli_json(data, "import", str(FIXTURES / "at_giro.csv"))
    (file,) = summary["files"]
    assert file["new"] == 4
    assert file["detected"]["columns"] == {
        "date": 1,
        "description": 2,
        "amount": 3,
        "balance": 4,
        "currency": 5,
    }
    assert file["detected"]["sign"] == "signed amounts: negative is money out"
    again = cli_json(data, "import", str(FIXTURES / "at_giro.csv"))
    assert (again["new"], again["duplicates"]) == (0, 4)


def test_ambiguous_file_is_refused_by_the_cli_and_nothing_is_written(tmp_path: Path) -> None:
    data = tmp_path / "d"
    proc = run_cli(data, "import", str(FIXTURES / "at_two_dates.csv"))
    assert proc.returncode != 0
    assert "both hold dates" in proc.stdout + proc.stderr
    assert cli_json(data, "transactions") == []


def test_russian_export_in_cp1251_reads_its_cyrillic() -> None:
    lines, detected = _read("ru_header_cp1251.csv")
    assert detected["encoding"] == "cp1251"
    assert [payee for _, _, payee in lines] == [
        "Пятёрочка 4417 Москва",
        "Перевод от Иванова И.И.",
        "МТС пополнение",
    ]


HEADER_WORD_EXPORTS = {
    "german, a value date and a currency-suffixed amount": (
        "Buchungstag;Valuta;Buchungstext;Betrag EUR\n"
        "31.01.2025;03.02.2025;Kartenzahlung REWE Köln;-42,17\n"
        "03.02.2025;03.02.2025;Gehalt Januar;2.317,40\n",
        [
            ("2025-01-31", "-42.17", "Kartenzahlung REWE Köln", "EUR"),
            ("2025-02-03", "2317.40", "Gehalt Januar", "EUR"),
        ],
    ),
    "polish, booking date beside operation date": (
        "Data operacji;Data księgowania;Opis operacji;Kwota;Waluta;Saldo po operacji\n"
        "2025-03-03;2025-03-04;BIEDRONKA 4412 WARSZAWA;-57,23;PLN;1 942,77\n"
        "2025-03-05;2025-03-05;Wynagrodzenie;6 200,00;PLN;8 142,77\n",
        [
            ("2025-03-03", "-57.23", "BIEDRONKA 4412 WARSZAWA", "PLN"),
            ("2025-03-05", "6200.00", "Wynagrodzenie", "PLN"),
        ],
    ),
    "japanese, yen in and out columns": (
        '取引日,摘要,出金,入金,残高\n2025/04/01,セブン-イレブン 新宿,"1,280",,"98,720"\n'
        '2025/04/25,給与 アクメ株式会社,,"312,000","410,720"\n',
        [
            ("2025-04-01", "-1280", "セブン-イレブン 新宿", "JPY"),
            ("2025-04-25", "312000", "給与 アクメ株式会社", "JPY"),
        ],
    ),
    "korean, won": (
        '거래일자,적요,출금액,입금액,잔액\n2025.05.02,GS25 강남점,4500,,"1,195,500"\n'
        '2025.05.10,급여,,3200000,"4,395,500"\n',
        [("2025-05-02", "-4500", "GS25 강남점", "KRW"), ("2025-05-10", "3200000", "급여", "KRW")],
    ),
    "french, operation date before the value date": (
        "Date opération;Date de valeur;Libellé;Débit;Crédit\n"
        "13/06/2025;16/06/2025;CB CARREFOUR CITY;23,45;\n"
        "16/06/2025;17/06/2025;VIR SALAIRE ACME;;2 480,00\n",
        [
            ("2025-06-13", "-23.45", "CB CARREFOUR CITY", "USD"),
            ("2025-06-16", "2480.00", "VIR SALAIRE ACME", "USD"),
        ],
    ),
    "english, amount (EUR)": (
        "Date,Payee,Amount (EUR)\n2025-07-01,Lidl Berlin,-18.92\n2025-07-02,Refund Zalando,49.95\n",
        [
            ("2025-07-01", "-18.92", "Lidl Berlin", "EUR"),
            ("2025-07-02", "49.95", "Refund Zalando", "EUR"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(HEADER_WORD_EXPORTS))
def test_header_words_in_many_languages(name: str) -> None:
    text, expected = HEADER_WORD_EXPORTS[name]
    parsed = read_csv(f"{name}.csv", text.encode("utf-8"))
    assert [
        (t.posted.isoformat(), str(t.amount), t.payee, s.account.currency)
        for s in parsed.statements
        for t in s.transactions
    ] == expected


def test_a_value_date_is_the_date_when_the_file_names_no_other() -> None:
    text = "Valutadatum;Omschrijving;Bedrag\n14-02-2025;Jumbo Utrecht;-23,80\n"
    (stmt,) = read_csv("valuta.csv", text.encode()).statements
    assert [(t.posted.isoformat(), t.amount) for t in stmt.transactions] == [
        ("2025-02-14", Decimal("-23.80"))
    ]


def test_an_unnamed_column_of_d_and_c_signs_amounts_that_are_never_negative() -> None:
    text = (
        "Transactiedatum,Omschrijving,Bedrag,Soort\n"
        "13-02-2025,Albert Heijn 1402,12.34,D\n14-02-2025,Salaris Acme BV,2510.62,C\n"
    )
    parsed = read_csv("soort.csv", text.encode())
    assert [
        (t.posted.isoformat(), t.amount) for s in parsed.statements for t in s.transactions
    ] == [("2025-02-13", Decimal("-12.34")), ("2025-02-14", Decimal("2510.62"))]
    assert parsed.detected is not None and parsed.detected["sign"] == "from direction column D/C"


def test_header_less_amounts_with_a_currency_mark_name_the_currency() -> None:
    text = (
        "03.02.2025;Hofer 0412 Linz;€-31,20\n04.02.2025;Gutschrift Familienbeihilfe;€114,00\n"
        "06.02.2025;OEBB Ticket Wien-Salzburg;€-54,90\n"
    )
    parsed = read_csv("marked.csv", text.encode())
    (stmt,) = parsed.statements
    assert stmt.account.currency == "EUR"
    assert [t.amount for t in stmt.transactions] == [
        Decimal("-31.20"),
        Decimal("114.00"),
        Decimal("-54.90"),
    ]
    assert parsed.detected is not None and parsed.detected["columns"] == {
        "date": 1,
        "description": 2,
        "amount": 3,
    }


@pytest.mark.parametrize(
    ("out", "into"),
    [
        ("D", "C"),
        ("S", "H"),
        ("Af", "Bij"),
        ("-", "+"),
        ("支出", "收入"),
        ("DR", "CR"),
        ("debit", "credit"),
        ("Debit", "Credit"),
    ],
)
def test_header_less_direction_columns_sign_the_amounts(out: str, into: str) -> None:
    text = (
        f"14.05.2025;Lidl Dienstleistung;18,37;{out};EUR\n"
        f"15.05.2025;Gehalt Mai Musterbau;2.604,11;{into};EUR\n"
        f"19.05.2025;Wiener Stadtwerke;61,20;{out};EUR\n"
    )
    parsed = read_csv("ways.csv", text.encode())
    assert [t.amount for s in parsed.statements for t in s.transactions] == [
        Decimal("-18.37"),
        Decimal("2604.11"),
        Decimal("-61.20"),
    ]
    assert parsed.detected is not None
    assert parsed.detected["sign"] == f"from direction column {out}/{into}"


def test_the_cli_summary_says_how_a_detected_csv_was_read(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "d", "import", str(FIXTURES / "nl_creditdebet.csv"))
    assert proc.returncode == 0, proc.stderr
    assert (
        "  read as: date 'Transactiedatum', amount 'Bedrag', direction 'CreditDebet', "
        "description 'Omschrijving', currency 'Munt'; dates DD-MM-YYYY, decimal ','; "
        "from direction column D/C; currency from each row's 'Munt' column"
    ) in proc.stdout.splitlines()


def test_an_account_line_above_header_less_rows_is_no_header_to_trust() -> None:
    text = (
        "IBAN;AT61 1904 3002 3457 3201\n"
        "02.06.2025;Billa Filiale 1100 Wien;-12,80;EUR\n"
        "04.06.2025;Gutschrift Rückerstattung Zalando;59,95;EUR\n"
    )
    (stmt,) = read_csv("preamble.csv", text.encode()).statements
    assert [(t.posted.isoformat(), t.amount, t.payee) for t in stmt.transactions] == [
        ("2025-06-02", Decimal("-12.80"), "Billa Filiale 1100 Wien"),
        ("2025-06-04", Decimal("59.95"), "Gutschrift Rückerstattung Zalando"),
    ]
    assert stmt.account.currency == "EUR"


def test_unsigned_amounts_beside_a_balance_are_no_td_export_and_are_signed_by_it() -> None:
    """The balance signs every row but the oldest; that one is asked, naming the row."""
    text = (
        "04/14/2025,Loblaws 1043 Toronto,25.60,1974.40,004512345678\n"
        "04/15/2025,Payroll Acme Inc,1850.00,3824.40,004512345678\n"
        "04/17/2025,Hydro One,112.35,3712.05,004512345678\n"
    )
    with pytest.raises(CsvMappingNeeded) as caught:
        read_csv("unsigned.csv", text.encode())
    (problem,) = caught.value.problems
    assert "every row but the oldest (line 1: 2025-04-14 Loblaws 1043 Toronto 25.60)" in problem
    assert "--first-row in or --first-row out" in problem
    parsed = read_csv("unsigned.csv", text.encode(), first_sign="out")
    (stmt,) = parsed.statements
    assert [(t.posted.isoformat(), t.amount) for t in stmt.transactions] == [
        ("2025-04-14", Decimal("-25.60")),
        ("2025-04-15", Decimal("1850.00")),
        ("2025-04-17", Decimal("-112.35")),
    ]
    assert stmt.balances[0].amount == Decimal("3712.05")


def test_a_payee_with_digits_is_still_the_description() -> None:
    text = (
        "2025-06-07 08:58:45;中国铁路12306;3361.30;支出;CNY;6222021234567890123\n"
        "2025-06-10 09:54:37;中国铁路12306;1629.57;支出;CNY;6222021234567890123\n"
        "2025-06-10 14:39:05;中国铁路12306;4770.93;收入;CNY;6222021234567890123\n"
    )
    (stmt,) = read_csv("digits.csv", text.encode()).statements
    assert [(t.amount, t.payee) for t in stmt.transactions] == [
        (Decimal("-3361.30"), "中国铁路12306"),
        (Decimal("-1629.57"), "中国铁路12306"),
        (Decimal("4770.93"), "中国铁路12306"),
    ]


def test_whole_yen_amounts_signed_by_a_direction_column_beside_their_balance() -> None:
    text = (
        "2025/04/01,セブン-イレブン 新宿,1280,出金,(3280)\n"
        "2025/04/03,ローソン 渋谷,640,出金,(3920)\n"
        "2025/04/25,給与 アクメ株式会社,312000,入金,308080\n"
    )
    parsed = read_csv("yen.csv", text.encode())
    (stmt,) = parsed.statements
    assert [(t.amount, t.payee) for t in stmt.transactions] == [
        (Decimal("-1280"), "セブン-イレブン 新宿"),
        (Decimal("-640"), "ローソン 渋谷"),
        (Decimal("312000"), "給与 アクメ株式会社"),
    ]
    assert parsed.detected is not None
    assert parsed.detected["columns"] == {
        "date": 1,
        "description": 2,
        "amount": 3,
        "direction": 4,
        "balance": 5,
    }


def test_a_balance_beside_whole_unsigned_amounts_is_not_taken_for_the_amount() -> None:
    text = (
        "2025/04/01,セブン-イレブン 新宿,1280,(3280)\n"
        "2025/04/03,ローソン 渋谷,640,(3920)\n"
        "2025/04/25,給与 アクメ株式会社,312000,308080\n"
    )
    with pytest.raises(CsvMappingNeeded) as caught:
        read_csv("yen.csv", text.encode())
    (problem,) = caught.value.problems
    assert "the oldest (line 1: 2025-04-01 セブン-イレブン 新宿 1280)" in problem
    parsed = read_csv("yen.csv", text.encode(), first_sign="out")
    assert [t.amount for s in parsed.statements for t in s.transactions] == [
        Decimal("-1280"),
        Decimal("-640"),
        Decimal("312000"),
    ]
    assert parsed.detected is not None
    assert parsed.detected["columns"] == {"date": 1, "description": 2, "amount": 3, "balance": 4}


def test_a_day_first_file_shaped_like_a_td_export_is_asked_about_not_read_month_first() -> None:
    """Date, text, debit, credit, balance with dates that read either way: TD Canada Trust's
    shape, but ``;`` between cells and decimal commas are a European bank's way of writing."""
    text = (
        "03/02/2025;Kartenzahlung Albert Heijn 1403;23,47;;1.976,53\n"
        "05/02/2025;Salaris januari Acme BV;;2.418,90;4.395,43\n"
        "07/02/2025;Huur februari Woonstichting;1.150,00;;3.245,43\n"
    )
    with pytest.raises(CsvMappingNeeded) as asked:
        read_csv("nl_shaped_like_td.csv", text.encode())
    assert any("fit both DD/MM/YYYY and MM/DD/YYYY" in p for p in asked.value.problems)


def test_whole_won_debit_and_credit_columns_are_not_lost_to_the_balance_beside_them() -> None:
    """Won have no decimals: the debit and credit columns look like ids, and the balance (with
    its overdraft in brackets) was the only column that looked like money."""
    text = (
        "Account statement\n"
        "12.10.2025 07:34;코레일 승차권;;9;2,854;154279947115\n"
        "14.10.2025 19:14;한국전력 전기요금;1,764;;1,090;49225604938\n"
        "14.10.2025 11:34;쿠팡;2,550;;(1,460);405187195250\n"
        "16.10.2025 11:58;스타벅스 역삼;;3,457;1,997;806922376929\n"
    )
    parsed = read_csv("kr_won.csv", text.encode())
    assert [
        (t.posted.isoformat(), t.amount) for s in parsed.statements for t in s.transactions
    ] == [
        ("2025-10-12", Decimal("9")),
        ("2025-10-14", Decimal("-1764")),
        ("2025-10-14", Decimal("-2550")),
        ("2025-10-16", Decimal("3457")),
    ]


def test_a_td_chequing_export_gives_the_account_its_balance(tmp_path: Path) -> None:
    """EasyWeb's accountactivity.csv: no header; date, description, debit, credit and the
    balance after each row. The balance column was read as nothing, so the account's balance
    stayed unknown: Health could not forecast and the emergency fund counted CA$0.00."""
    path = tmp_path / "accountactivity.csv"
    path.write_text(
        "10/01/2026,PREAUTH PYMT     MAPLE PROP MGMT,2150.00,,3218.44\n"
        "10/03/2026,GOODLIFE FITNESS MSP,64.99,,3153.45\n"
        "10/03/2026,T T SUPERMARKET   _M,46.12,,3107.33\n"
        "10/16/2026,UHN PAYROLL      PAY,,2791.12,5898.45\n"
        "10/22/2026,ROGERS           BPY,95.60,,5802.85\n"
        "10/30/2026,SEND E-TFR ***Q7k   ,120.00,,5682.85\n"
    )
    summary = cli_json(tmp_path / "d", "import", str(path))
    (file,) = summary["files"]
    assert (file["detected"]["profile"], file["detected"]["columns"]["balance"]) == (
        "TD Canada Trust",
        5,
    )
    (account,) = cli_json(tmp_path / "d", "accounts")
    assert (account["balance"], account["balance_date"]) == ("5682.85", "2026-10-30")
