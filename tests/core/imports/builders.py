"""Small fixture files in the exact layouts of the public downloads (banners, merged two-row
headers, BOMs, trailing commas, ``..``/``~``/``*`` markers, leading spaces, text year headers),
written into a test's ``tmp_path``. Numbers for Jamaica and Moldova are the real UN DESA ones."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

YEARS_2019 = [1990, 1995, 2000, 2005, 2010, 2015, 2019]
YEARS_2020 = [1990, 1995, 2000, 2005, 2010, 2015, 2020]
# (T, M, F) per year; 1990 and 2019 are the real UN DESA 2019 figures
JAMAICA = {1990: (20475, 9981, 10494), 2019: (23468, 11920, 11548)}
MOLDOVA = {1990: (544162, 238053, 306109), 2019: (104713, 42839, 61874)}


def _by_sex(series: dict[int, tuple[int, int, int]], years: list[int]) -> list[object]:
    """Both sexes, then male, then female, one cell per year (other years: made-up numbers)."""
    return [series.get(year, (1000 + year, 600 + year, 400))[sex] for sex in range(3) for year in years]


def undesa_2019(path: Path) -> Path:
    book = Workbook()
    contents = book.active
    contents.title = "CONTENTS"
    contents["A9"] = "Workbook: UN_MigrantStockTotal_2019.xlsx"
    contents["A14"] = "International Migrant Stock 2019 (United Nations database, POP/DB/MIG/Stock/Rev.2019)."
    _table_2019(book.create_sheet("Table 1"), "Table 1 -  International migrant stock at mid-year by sex",
                ["International migrant stock at mid-year (both sexes)",
                 "International migrant stock at mid-year (male)",
                 "International migrant stock at mid-year (female)"],
                [_by_sex(JAMAICA, YEARS_2019), _by_sex(MOLDOVA, YEARS_2019)], with_type=True)
    _table_2019(book.create_sheet("Table 2"), "Table 2 -  Total population at mid-year by sex (thousands)",
                ["Total population of both sexes at mid-year (thousands)g",
                 "Total male population at mid-year (thousands)", "Total female population at mid-year (thousands)"],
                [[2948.279] * 21, [4043.263] * 21], with_type=False)
    _table_2019(book.create_sheet("Table 3"), "Table 3 - International migrant stock as a percentage",
                ["International migrant stock as a percentage of the total population (both sexes)",
                 "International migrant stock as a percentage of the total population (male)",
                 "International migrant stock as a percentage of the total population (female)"],
                [[0.8] * 21, [12.5] * 21], with_type=True)
    _table_2019(book.create_sheet("Table 5"), "Table 5 - Annual rate of change of the migrant stock",
                ["Annual rate of change of the migrant stock (both sexes)"], [[1.5] * 6, [-2.0] * 6],
                with_type=True, periods=["1990-1995", "1995-2000", "2000-2005", "2005-2010", "2010-2015",
                                         "2015-2019"])
    notes = book.create_sheet("NOTES")
    notes["A18"], notes["B18"] = "(18)", "Including Transnistria."
    book.save(path)
    return path


def _table_2019(sheet, title: str, captions: list[str], values: list[list[object]], with_type: bool,
                periods: list[str] | None = None) -> None:
    sheet["E5"], sheet["E6"] = "United Nations", "Population Division"
    sheet["E9"] = "Workbook: UN_MigrantStockTotal_2019.xlsx"
    sheet["E10"] = title
    sheet["E13"] = ("Suggested citation: United Nations, Department of Economic and Social Affairs. Population "
                    "Division (2019). International Migrant Stock 2019 (United Nations database, "
                    "POP/DB/MIG/Stock/Rev.2019).")
    first = 6 if with_type else 5
    labels: list[object] = periods or YEARS_2019
    header = ["Sort\norder", "Major area, region, country or area of destination", "Notes", "Code"]
    if with_type:
        header.append("Type of data (a)")
    for column, caption in enumerate(header, start=1):
        sheet.cell(15, column, caption)
        sheet.merge_cells(start_row=15, start_column=column, end_row=16, end_column=column)
    for block, caption in enumerate(captions):
        start = first + block * len(labels)
        sheet.cell(15, start, caption)
        sheet.merge_cells(start_row=15, start_column=start, end_row=15, end_column=start + len(labels) - 1)
        for offset, label in enumerate(labels):
            sheet.cell(16, start + offset, label)
    width = len(captions) * len(labels)
    rows = [
        [1, "WORLD", None, 900] + ([None] if with_type else []) + [153011473] * width,
        [2, "UN development groups", None, None] + ([None] if with_type else []) + [".."] * width,
        [3, "More developed regions", "b", 901] + ([None] if with_type else []) + [82767216] * width,
        [4, "Jamaica", None, 388] + (["B"] if with_type else []) + list(values[0][:width]),
        [5, "Republic of Moldova", 18, 498] + (["B"] if with_type else []) + list(values[1][:width]),
        [6, "Saint Helena", 3, 654] + (["CR"] if with_type else []) + [".."] * width,
        [7, "Channel Islands", 20, 830] + (["B R "] if with_type else []) + [164000] * width,
    ]
    for index, row in enumerate(rows, start=17):
        for column, value in enumerate(row, start=1):
            sheet.cell(index, column, value)


def undesa_2020(path: Path) -> Path:
    book = Workbook()
    book.active.title = "Table of contents"
    book.active["J2"] = "International Migrant Stock 2020: Destination"
    _table_2020(book.create_sheet("Table 1"), "Table 1: International migrant stock at mid-year by sex",
                ["International migrant stock at mid-year, both sexes combined",
                 "International migrant stock at mid-year, males", "International migrant stock at mid-year, females"],
                {"jam": [20475] * 7 + [9981] * 7 + [10494] * 7, "myt": [15229] * 21, "ssd": [".."] * 21})
    _table_2020(book.create_sheet("Table 6"), "Table 6: Estimated refugee stock (including asylum seekers)",
                ["Refugee and asylum seekers at mid-year, both sexes combined",
                 "Refugee and asylum seekers as a percentage of the international migrant stock"],
                {"jam": ["~", "\u2014", 16, 16, 20, 21, 25] + [0.1] * 7, "myt": [5] * 14, "ssd": [".."] * 14})
    book.create_sheet("Notes")["B17"] = "An em dash (\u2014) indicates that the magnitude is not zero"
    book.save(path)
    return path


def _table_2020(sheet, title: str, captions: list[str], values: dict[str, list[object]]) -> None:
    sheet["E2"], sheet["E3"] = "International Migrant Stock 2020: Destination", title
    sheet["E4"] = "POP/DB/MIG/Stock/Rev.2020"
    for block, caption in enumerate(captions):
        sheet.cell(8, 6 + block * 7, caption)
    header = [None, "Region, development group, country or area", "Notes", "Location code", "Type of data"]
    header += YEARS_2020 * len(captions)
    for column, value in enumerate(header, start=1):
        sheet.cell(11, column, value)
    rows = [
        [1.0, "WORLD", None, 900, ""] + [152986157] * 7 * len(captions),
        [2.0, "  Sub-Saharan Africa", None, 947, ""] + [13286341] * 7 * len(captions),
        [3.0, "   Jamaica", None, 388, "B R "] + values["jam"],
        [4.0, "   Mayotte*", 1, 175, "B R"] + values["myt"],
        [5.0, "   South Sudan", None, 728, "B R"] + values["ssd"],
        [6.0, "High-income countries", None, 1503, ""] + [1] * 7 * len(captions),
    ]
    for index, row in enumerate(rows, start=12):
        for column, value in enumerate(row, start=1):
            sheet.cell(index, column, value)


def undesa_flows(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Totals"
    sheet["A5"], sheet["A6"] = "United Nations", "Population Division"
    sheet["A9"] = "International Migration Flows to and from Selected Countries: The 2015 Revision"
    sheet["A11"] = "POP/DB/MIG/Flow/Rev.2015"
    sheet["A16"], sheet["B16"] = "Reporting country", "Classification"
    for column, value in enumerate(["CntName", "Criteria", "Type", "Coverage", 1980, 1981, 1982], start=1):
        sheet.cell(17, column, value)
    rows = [
        ["Republic of Moldova", "Citizenship", "Immigrants", "Foreigners", "..", 1200, 1350],
        ["Republic of Moldova", "Residence", "Emigrants", "Both", "..", "..", 9000],
        ["Republic of Moldova", "Residence", "Immigrants", "Both", 100, 200, 300],
        ["France", "Citizenship", "Immigrants", "Both", 1, 2, 3],
        ["France", "Residence", "Immigrants", "Both", 4, 5, 6],
        ["Atlantis", "Residence", "Immigrants", "Both", 7, 8, 9],
    ]
    for index, row in enumerate(rows, start=18):
        for column, value in enumerate(row, start=1):
            sheet.cell(index, column, value)
    book.save(path)
    return path


def _write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def wdi_csv(path: Path, code: str = "SM.POP.NETM", name: str = "Net migration",
            rows: dict[str, tuple[str, list[str]]] | None = None) -> Path:
    years = [str(year) for year in range(2017, 2021)]
    rows = rows or {
        "JAM": ("Jamaica", ["-11000", "-10999", "", "-10500"]),
        "MDA": ("Moldova", ["-1500", "", "", ""]),
        "WLD": ("World", ["0", "0", "0", "0"]),
        "INX": ("Not classified", ["", "", "", ""]),
        "XKX": ("Kosovo", ["100", "200", "300", "400"]),
    }
    lines = ['"Data Source","World Development Indicators",', "", '"Last Updated Date","2024-06-28",', "",
             ",".join(f'"{h}"' for h in ["Country Name", "Country Code", "Indicator Name", "Indicator Code",
                                           *years]) + ","]
    for iso3, (country, values) in rows.items():
        lines.append(",".join(f'"{v}"' for v in [country, iso3, name, code, *values]) + ",")
    return _write(path, "\n".join(lines) + "\n", "utf-8-sig", "\r\n")


def wdi_metadata_country(path: Path) -> Path:
    return _write(path, '"Country Code","Region","IncomeGroup","SpecialNotes","TableName",\n'
                        '"ABW","Latin America & Caribbean","High income","","Aruba",\n', "utf-8-sig", "\r\n")


def wdi_metadata_indicator(path: Path) -> Path:
    return _write(path, '"INDICATOR_CODE","INDICATOR_NAME","SOURCE_NOTE","SOURCE_ORGANIZATION",\n'
                        '"SM.POP.NETM","Net migration","Net migration is the net total, of migrants.","UN",\n',
                  "utf-8-sig", "\r\n")


def wdi_xlsx(path: Path) -> Path:
    book = Workbook()
    data = book.active
    data.title = "Data"
    data["A1"], data["B1"] = "Data Source", "World Development Indicators"
    data["A2"], data["B2"] = "Last Updated Date", datetime(2023, 10, 26)
    header = ["Country Name", "Country Code", "Indicator Name", "Indicator Code", "2021", "2022"]
    for column, value in enumerate(header, start=1):
        data.cell(4, column, value)
    rows = [["Jamaica", "JAM", "Personal remittances, received (current US$)", "BX.TRF.PWKR.CD.DT",
             3500000000.5, 3687554909.0],
            ["Arab World", "ARB", "Personal remittances, received (current US$)", "BX.TRF.PWKR.CD.DT", 1.0, 2.0]]
    for index, row in enumerate(rows, start=5):
        for column, value in enumerate(row, start=1):
            data.cell(index, column, value)
    meta = book.create_sheet("Metadata - Countries")
    for column, value in enumerate(["Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName"], 1):
        meta.cell(1, column, value)
    book.save(path)
    return path


UNHCR_PREAMBLE = (
    'Extracted:,"United Nations High Commissioner for Refugees"\n'
    '"Date extracted:","07/03/2021 10:56"\n'
    '"Last updated:","07/03/2021 10:56"\n'
    '"Last Some data presented may differ from statistics published previously due to retroactive changes."\n'
    "\n"
    '"Data table contains the following:","Population figures"\n'
    '"Content type","End year stock population totals"\n'
    '"Data quick link",https://www.unhcr.org/refugee-statistics/download/?url=l9X0ri\n'
    '"Data definitions",https://www.unhcr.org/refugee-statistics-2/methodology/\n'
    '"Usage licence",https://creativecommons.org/licenses/by/4.0/\n'
    '"Population types included","REF,ROC,ASY,IDP,IOC,VDA,OOC,STA"\n'
    "Years:\n"
    "Origin:\n"
    '"Country of asylum::"\n'
)


def unhcr_finder(path: Path) -> Path:
    header = ('Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)",'
              '"Refugees under UNHCR\u2019s mandate",Asylum-seekers,"IDPs of concern to UNHCR",'
              '"Venezuelans displaced abroad","Stateless persons","Others of concern"\n')
    rows = (
        "2020,Haiti,HTI,Jamaica,JAM,27,5,0,,0,0\n"
        '2020,"Venezuela (Bolivarian Republic of)",VEN,Jamaica,JAM,0,0,0,67,0,0\n'
        '2020,Afghanistan,AFG,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,10,35,0,,0,0\n'
        '2020,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,0,0,196000,,0,0\n'
        '2020,"Unknown ",,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,3,0,0,,0,0\n'
        '2020,Tibetan,TIB,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,4,0,0,,0,0\n'
        '2020,Stateless,XXA,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,0,0,0,,2000,0\n'
        '2020,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,Germany,DEU,5000,1200,0,,0,0\n'
        '2020,"Republic of Moldova",MDA,"Serbia and Kosovo: S/RES/1244 (1999)",SRB,0,0,0,,0,12\n'
    )
    return _write(path, UNHCR_PREAMBLE + header + rows)


def unhcr_footnotes(path: Path) -> Path:
    return _write(path, 'Footnote,Year,"Country of origin (ISO)","Country of asylum (ISO)","Population type"\n'
                        '"IDP figure in South Sudan includes 105,000 people, in an IDP-like situation.",'
                        "2015,,SSD,IDP\n")


def unhcr_popstats(path: Path) -> Path:
    text = (
        '"Extracted from the UNHCR Population Statistics Reference Database",'
        '"United Nations High Commissioner for Refugees"\n'
        '"Date extracted: 2015-07-10 15:01:42 +02:00"\n'
        "\n"
        'Year,"Country / territory of asylum/residence",Origin,"Population type",Value\n'
        "2014,Jamaica,Cuba,Asylum-seekers,*\n"
        '2014,Jamaica,Haiti,"Refugees (incl. refugee-like situations)",18\n'
        "2014,Jamaica,Haiti,Asylum-seekers,\n"
        '2014,"Rep. of Moldova","Iran (Islamic Rep. of)","Refugees (incl. refugee-like situations)",7\n'
        '2014,Germany,"Serbia and Kosovo (S/RES/1244 (1999))","Refugees (incl. refugee-like situations)",2500\n'
        '2014,"Serbia and Kosovo (S/RES/1244 (1999))",Various/Unknown,Asylum-seekers,40\n'
        '2014,"Serbia and Kosovo (S/RES/1244 (1999))",Stateless,Asylum-seekers,*\n'
        "2014,Curaçao,\"Côte d'Ivoire\",Asylum-seekers,6\n"
        "2014,Atlantis,Haiti,Asylum-seekers,9\n"
    )
    return _write(path, text)


def ilostat_labels(path: Path) -> Path:
    header = ('\ufeff"ref_area.label","source.label","indicator.label","sex.label","classif1.label",'
              '"classif2.label","time","obs_value","obs_status.label","note_indicator.label","note_source.label"\n')
    label = "Average monthly earnings of employees by sex and rural / urban areas"
    rows = [
        ("Jamaica", "Total", "Area type: National", "2014", "531.337", ""),
        ("Jamaica", "Male", "Area type: National", "2014", "532.879", ""),
        ("Jamaica", "Female", "Area type: Rural", "2014", "395.763", "Break in series"),
        ("Republic of Moldova", "Other", "Area type: National", "2024", "863.701", "Unreliable"),
        ("World", "Total", "Area type: National", "2024", "1000", ""),
        ("Atlantis", "Total", "Area type: National", "2024", "1", ""),
    ]
    lines = [f'"{area}","LFS - Labour Force Survey","{label}","{sex}","{c1}","Currency: 2021 PPP $","{time}",'
             f'{value},{f"{chr(34)}{status}{chr(34)}" if status else ""},"Currency: JAM - Jamaican dollar (JMD)",'
             '"Repository: ILO-STATISTICS - Micro data processing"\n'
             for area, sex, c1, time, value, status in rows]
    path.write_bytes((header + "".join(lines)).encode("utf-8"))
    return path


def ilostat_codes(path: Path) -> Path:
    text = (
        "ref_area,source,indicator,sex,classif1,classif2,time,obs_value,obs_status,note_classif,note_indicator,"
        "note_source\n"
        '"JAM","BA:123","MST_TEAP_SEX_AGE_CBR_NB","SEX_T","AGE_YTHADULT_YGE15","CBR_BRT_TOTAL","2019",1350.5,,,,\n'
        '"JAM","BA:123","MST_TEAP_SEX_AGE_CBR_NB","SEX_F","AGE_YTHADULT_Y15-24","CBR_BRT_FOR","2019Q1",12.25,"B",,,\n'
        '"MDA","BA:456","MST_TEAP_SEX_AGE_CBR_NB","SEX_M","AGE_YTHADULT_YGE15","CBR_BRT_TOTAL","2019M01",,"U",,,\n'
        '"X01","XA:1","MST_TEAP_SEX_AGE_CBR_NB","SEX_T","AGE_YTHADULT_YGE15","CBR_BRT_TOTAL","2019",99999,,,,\n'
        '"MDA","BA:456","MST_TEAP_SEX_AGE_CBR_NB","SEX_T","AGE_AGGREGATE_Y25-54","CBR_BRT_TOTAL","2019",500,,,,\n'
        '"MDA","BA:456","UNE_DEAP_SEX_AGE_RT","SEX_T","AGE_YTHADULT_YGE15","","2019-13",5.1,,,,\n'
    )
    return _write(path, text)


def single_row(frame, **where):
    """The one row of a parsed frame matching every ``column=value`` (fails if not exactly one)."""
    rows = frame
    for name, value in where.items():
        rows = rows[rows[name] == value]
    assert len(rows) == 1, rows
    return rows.iloc[0]
