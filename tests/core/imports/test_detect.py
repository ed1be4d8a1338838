"""Format detection from content, and clean errors for files that are not tables."""

from __future__ import annotations

import zipfile

import pytest

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.imports.detect import detect_format, read_table
from mainstream_desktop.core.imports.errors import KNOWN_LAYOUTS, UnreadableFile, UnrecognisedLayout
from mainstream_desktop.core.imports.readers.template import write_template
from tests.core.imports import builders


@pytest.mark.parametrize(("builder", "suffix", "expected"), [
    (builders.undesa_2019, ".xlsx", "undesa"),
    (builders.undesa_2020, ".xlsx", "undesa"),
    (builders.undesa_flows, ".xlsx", "undesa"),
    (builders.wdi_csv, ".csv", "wdi"),
    (builders.wdi_xlsx, ".xlsx", "wdi"),
    (builders.unhcr_finder, ".csv", "unhcr"),
    (builders.unhcr_popstats, ".csv", "unhcr"),
    (builders.ilostat_labels, ".csv", "ilostat"),
    (builders.ilostat_codes, ".csv", "ilostat"),
    (write_template, ".xlsx", "template"),
])
def test_format_is_detected_from_content_not_name(tmp_path, builder, suffix, expected):
    path = builder(tmp_path / f"download{suffix}")
    assert detect_format(path) == expected
    renamed = path.rename(tmp_path / "no_extension")
    assert detect_format(renamed) == expected


def test_template_csv_is_detected(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("Indicator code,Period,Value\nMIG_NET,2019,-5\n", encoding="utf-8")
    parsed = read_table(path, default_country="JAM")
    assert parsed.format == "template" and parsed.frame.iloc[0].value == -5


def test_unknown_tables_name_the_file_and_the_known_layouts(tmp_path):
    path = tmp_path / "budget.csv"
    path.write_text("Ministry,Amount\nHealth,12\n", encoding="utf-8")
    with pytest.raises(UnrecognisedLayout) as raised:
        read_table(path)
    message = str(raised.value)
    assert "'budget.csv'" in message and KNOWN_LAYOUTS in message
    assert "UN DESA International Migrant Stock (2019, 2020 editions) or Migration Flows 2015" in message


def test_a_format_that_does_not_fit_is_refused(tmp_path):
    path = builders.unhcr_finder(tmp_path / "population.csv")
    with pytest.raises(UnrecognisedLayout):
        read_table(path, "ilostat")
    with pytest.raises(UnrecognisedLayout):
        read_table(path, "undesa")
    with pytest.raises(UnrecognisedLayout, match="not a format name"):
        read_table(path, "sdmx")


def _encrypted_like(path):
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    return path


def _damaged_zip(path):
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 20)
    return path


def _plain_zip(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p, "does not exist"),
    (lambda p: (p.write_bytes(b""), p)[1], "empty"),
    (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), p)[1], "neither"),
    (_encrypted_like, "password"),
    (_damaged_zip, "damaged"),
    (_plain_zip, "not an Excel workbook"),
])
def test_unreadable_files_raise_a_clear_error(tmp_path, make, reason):
    path = make(tmp_path / "table.xlsx")
    with pytest.raises(UnreadableFile, match=reason) as raised:
        read_table(path)
    assert isinstance(raised.value, MainstreamError) and "'table.xlsx' cannot be read" in str(raised.value)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(UnreadableFile, match="folder"):
        read_table(tmp_path)
