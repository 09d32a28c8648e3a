"""The ZIPs Alipay and WeChat Pay send a bill in, dropped on finapp as they arrive.

Alipay mails ``支付宝交易明细(20251001-20261130).zip`` and WeChat Pay ``微信支付账单(…).zip``,
each locked with a password the app tells the user apart from the email (解压密码), its entry
named in Chinese without the ZIP's UTF-8 mark (GBK, as Windows in Chinese writes it). finapp
reads no archive; it must say which file is inside, legibly, and that it needs the password.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from tests.importers.helpers import counts

_ALIPAY_CSV = "支付宝交易明细(20251001-20261130).csv"
_WECHAT_XLSX = "微信支付账单(20251001-20261130).xlsx"
_M = 0xFFFFFFFF


class _ZipCrypto:
    """PKWARE's traditional ZIP encryption (APPNOTE 6.1), as the apps' archives use it."""

    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    @staticmethod
    def _crc(old: int, byte: int) -> int:
        return ~zlib.crc32(bytes([byte]), ~old & _M) & _M

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = self._crc(k0, byte)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & _M
        k2 = self._crc(k2, k1 >> 24)
        self.keys = [k0, k1, k2]

    def encrypt(self, plain: bytes) -> bytes:
        out = bytearray()
        for byte in plain:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)


def _bill_zip(name: str, content: bytes, password: bytes | None) -> bytes:
    """One stored entry named in GBK (no UTF-8 flag), locked with ``password`` if given."""
    raw_name = name.encode("gbk")
    crc = zlib.crc32(content)
    flags, data = 0, content
    if password is not None:
        flags = 0x1
        header = bytes(range(11)) + bytes([crc >> 24])  # the last byte checks the password
        data = _ZipCrypto(password).encrypt(header + content)
    when = (0x5B81, 0x5B9A)  # a time and a day of 2025
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, *when, crc, len(data),
                        len(content), len(raw_name), 0) + raw_name  # fmt: skip
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 0, *when, crc,
                          len(data), len(content), len(raw_name), 0, 0, 0, 0, 0x20,
                          0) + raw_name  # fmt: skip
    start = len(local) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), start, 0)
    return local + data + central + end


@pytest.mark.parametrize(
    ("archive", "inside"),
    [
        ("支付宝交易明细(20251001-20261130).zip", _ALIPAY_CSV),
        ("微信支付账单(20251001-20261130).zip", _WECHAT_XLSX),
    ],
)
def test_a_locked_bill_archive_says_it_needs_the_password_and_names_its_file(
    store, write, archive: str, inside: str
) -> None:
    path: Path = write(archive, _bill_zip(inside, "交易时间,金额\r\n".encode("gbk"), b"382916"))
    (result,) = import_files(store, [path]).files
    assert result.error is not None
    assert f"a password-protected ZIP archive holding {inside}, not a statement" in result.error
    assert "unpack it with the password that came with it" in result.error
    assert counts(store) == (0, 0, 0)


def test_an_unlocked_archive_names_its_chinese_file_legibly(store, write) -> None:
    path = write("账单.zip", _bill_zip(_ALIPAY_CSV, "交易时间,金额\r\n".encode("gbk"), None))
    (result,) = import_files(store, [path]).files
    assert result.error is not None
    assert f"a ZIP archive holding {_ALIPAY_CSV}, not a statement: unpack it" in result.error
