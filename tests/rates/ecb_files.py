"""Rates files as the European Central Bank publishes them (rates per 1 EUR)."""

from __future__ import annotations

from pathlib import Path

#: eurofxref.csv: one day, cells followed by ", ", the date written out
DAILY = (
    "Date, USD, JPY, BGN, CZK, DKK, GBP, HUF, PLN, RON, SEK, CHF, ISK, NOK, TRY, AUD, BRL, "
    "CAD, CNY, HKD, IDR, ILS, INR, KRW, MXN, MYR, NZD, PHP, SGD, THB, ZAR, \n"
    "27 November 2026, 1.0561, 161.12, 1.9558, 25.298, 7.4582, 0.83325, 410.83, 4.3183, "
    "4.9743, 11.5480, 0.9317, 146.10, 11.7045, 36.5633, 1.6240, 6.2350, 1.4810, 7.6533, "
    "8.2189, 16777.25, 3.8512, 89.1625, 1472.31, 21.6302, 4.6945, 1.7987, 62.012, 1.4175, "
    "36.402, 19.1326, \n"
)

#: eurofxref-hist.csv: newest day first, ISO dates, N/A where a currency was not quoted
HISTORY = (
    "Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,ISK,NOK,"
    "HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,THB,ZAR,\n"
    "2026-11-27,1.0561,161.12,1.9558,N/A,25.298,7.4582,N/A,0.83325,410.83,N/A,N/A,N/A,4.3183,"
    "N/A,4.9743,11.548,N/A,N/A,0.9317,146.1,11.7045,N/A,N/A,N/A,36.5633,1.624,6.235,1.481,"
    "7.6533,8.2189,16777.25,3.8512,89.1625,1472.31,21.6302,4.6945,1.7987,62.012,1.4175,"
    "36.402,19.1326,\n"
    "2026-10-30,1.0885,165.71,1.9558,N/A,25.121,7.4598,N/A,0.84213,408.55,N/A,N/A,N/A,4.3361,"
    "N/A,4.9761,11.603,N/A,N/A,0.9402,147.3,11.8315,N/A,N/A,N/A,37.0221,1.6503,6.2941,"
    "1.5062,7.7412,8.4605,17110.61,3.9014,91.4475,1497.92,21.8125,4.7121,1.8203,63.108,"
    "1.4302,36.881,19.3017,\n"
    "2008-12-31,1.3917,126.14,1.9558,0.585274,26.875,7.4506,15.6466,0.9525,266.7,3.4528,"
    "0.7083,0.4293,4.154,N/A,4.0225,10.87,N/A,30.126,1.485,290,9.75,7.3555,36.207,2.1064,"
    "2.1488,2.0274,2.419,1.9952,9.4956,10.7858,15173.93,5.2828,67.636,1839.13,19.2333,"
    "4.8048,2.4,66.24,1.9952,48.285,13.0667,\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path
