"""Step 1 demo content for Jamaica and Moldova (domain notes §4.3-4.5): emigrant stocks,
emigration flows, net migration, remittances, remittance sources and costs, and the diaspora
estimates, each with its own data source. Values tagged [ILL] in the notes come from a source
named "Illustrative demo series (not official statistics)".

The deliberate validation traps are kept as published: Jamaica's 1985 net-migration rate
(+7.4, almost certainly -7.4), the two estimates of the Jamaican diaspora (1.11 m against
1.3 m), Jamaica's 2013 remittances (USD 1,800 mn against 2,140 mn), Moldova's 2008 remittances
(NBM bank channel against the World Bank) and Moldova's emigrants by sex (NBS).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mainstream_desktop.core.observation_dto import ObservationForm
from mainstream_desktop.enums import Direction, ObservationStatus, PeriodType

A, E = ObservationStatus.NORMAL, ObservationStatus.ESTIMATE
EMI = Direction.EMIGRATION
ILLUSTRATIVE = "Illustrative demo series (not official statistics)"


@dataclass(frozen=True)
class DemoSource:
    name: str
    source_type: str
    reference: str
    gap_notes: str


SOURCES = {
    "UNDESA_EMI": DemoSource("UN DESA International Migrant Stock 2019 (origin, via datosmacro)", "INTERNATIONAL_DB",
                             "datosmacro.expansion.com, Jamaica emigration",
                             "Destination-country censuses; shares by destination only for the main countries."),
    "IOM2018": DemoSource("IOM, Migration in Jamaica: A Country Profile 2018", "STUDY",
                          "publications.iom.int/books/migration-jamaica-country-profile-2018",
                          "Secondary compilation; several figures are rounded in the text."),
    "PIOJ": DemoSource("PIOJ Migration Policy Project Unit (via press)", "ADMIN_REGISTER", "Gleaner, 2014",
                       "Permanent emigration to the USA, Canada and the UK only."),
    "BOJ": DemoSource("Bank of Jamaica remittance bulletins", "BOP_CENTRAL_BANK", "boj.org.jm",
                      "Monthly; source-country shares published for selected months only."),
    "IDB": DemoSource("IDB/IFAD/BOJ estimate (via press)", "STUDY", "jamaicans.com statistics page",
                      "Single-year estimate; method not published."),
    "ILL": DemoSource(ILLUSTRATIVE, "OTHER", "domain notes §4.4-4.5",
                      "Placeholder values between sourced anchors; replace with World Bank WDI series."),
    "WB": DemoSource("World Bank, Migration and Remittances data (via press)", "INTERNATIONAL_DB",
                     "World Bank Migration and Development Briefs", "Estimates revised between editions."),
    "NBM": DemoSource("National Bank of Moldova, transfers via banks", "BOP_CENTRAL_BANK", "bnm.md",
                      "Bank channel only; informal transfers are not counted."),
    "MFA": DemoSource("Ministry of Foreign Affairs and European Integration (via press)", "CONSULAR_REGISTRY",
                      "eapmigrationpanel.org", "Estimate of Moldovans abroad; definition not published."),
    "NBS": DemoSource("National Bureau of Statistics, citizens declared abroad", "HOUSEHOLD_SURVEY", "publika.md",
                      "Counts only citizens declared abroad by their households."),
}


def _point(year: int) -> tuple[date, date, PeriodType]:
    return date(year, 7, 1), date(year, 7, 1), PeriodType.POINT


def _year(year: int) -> tuple[date, date, PeriodType]:
    return date(year, 1, 1), date(year, 12, 31), PeriodType.YEAR


def _month(year: int, month: int) -> tuple[date, date, PeriodType]:
    end = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(end.toordinal() - 1), PeriodType.MONTH


def _quarter(year: int, quarter: int) -> tuple[date, date, PeriodType]:
    start_month = 3 * quarter - 2
    end = date(year + (quarter == 4), (start_month + 2) % 12 + 1, 1)
    return date(year, start_month, 1), date.fromordinal(end.toordinal() - 1), PeriodType.QUARTER


def _obs(source: str, indicator: str, period: tuple[date, date, PeriodType], value: float, unit: str,
         status: ObservationStatus = A, **dims: object) -> tuple[str, ObservationForm]:
    start, end, kind = period
    form = ObservationForm(indicator_code=indicator, period_start=start, period_end=end, period_type=kind,
                           value=value, unit_code=unit, source_id=None, obs_status=status,
                           **dims)  # type: ignore[arg-type]
    return source, form


def jamaica() -> list[tuple[str, ObservationForm]]:
    rows = [
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 759161, "PERSONS", E, partner_country="USA", direction=EMI,
             note="68.33% of the total, computed"),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 157765, "PERSONS", E, partner_country="GBR", direction=EMI,
             note="14.20% of the total, computed"),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 147321, "PERSONS", E, partner_country="CAN", direction=EMI,
             note="13.26% of the total, computed"),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 46774, "PERSONS", E, partner_country="_OTHER", direction=EMI,
             note="all other destinations, residual"),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 1111021, "PERSONS", direction=EMI),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 637357, "PERSONS", sex="F", direction=EMI),
        _obs("UNDESA_EMI", "MIG_STOCK_EMI", _point(2019), 473664, "PERSONS", sex="M", direction=EMI),
        _obs("IOM2018", "MIG_STOCK_EMI", _point(2019), 1300000, "PERSONS", E, direction=EMI,
             note="'about 1.3 million' Jamaican-born abroad; reference date approximate"),
    ]
    flows: tuple[tuple[int, float, str, ObservationStatus], ...] = ((2006, 29000, "IOM2018", E), (2010, 25093, "PIOJ", A),
                                        (2011, 24231, "PIOJ", A), (2012, 25895, "PIOJ", A),
                                        (2013, 24744, "PIOJ", A), (2015, 22900, "IOM2018", E))
    for year, value, source, status in flows:
        rows.append(_obs(source, "MIG_FLOW_OUT", _year(year), value, "PERSONS_PER_YEAR", status, direction=EMI,
                         note="permanent emigration to the USA, Canada and the UK"))
    net = (-17.5, -18.7, -10.7, -11.0, 7.4, -13.8, -9.3, -5.8, -5.8, -7.4, -5.8, -5.6)
    for year, rate in zip(range(1965, 2021, 5), net, strict=True):
        rows.append(_obs("IOM2018", "MIG_NET_RATE", _year(year), rate, "PER_1000_POP",
                         note="as published in the secondary copy" if year == 1985 else ""))
    rows += [
        _obs("IDB", "REM_IN_USD", _year(2013), 1800, "USD_MN_CURRENT", note="about 15% of GDP"),
        _obs("IOM2018", "REM_IN_GDP", _year(2015), 16.1, "PCT"),
        _obs("BOJ", "REM_IN_USD", _year(2016), 2292, "USD_MN_CURRENT"),
        _obs("BOJ", "REM_NET_USD", _year(2019), 2152.3, "USD_MN_CURRENT"),
        _obs("BOJ", "REM_IN_USD", _year(2020), 2910, "USD_MN_CURRENT"),
    ]
    series = ((2000, 9.0, 10.5, 950), (2002, 9.7, 12.8, 1240), (2004, 10.2, 15.9, 1620), (2006, 11.9, 16.9, 2010),
              (2008, 13.7, 14.8, 2030), (2010, 13.2, 15.3, 2020), (2012, 14.8, 14.6, 2160), (2013, 14.3, 15.0, 2140),
              (2014, 13.9, 15.6, 2170), (2015, 14.2, 16.1, 2290), (2016, 14.1, 16.3, 2292), (2017, 14.8, 15.9, 2350),
              (2018, 15.7, 15.5, 2430), (2019, 15.8, 15.2, 2400), (2020, 13.8, 21.1, 2910), (2021, 14.6, 23.3, 3400),
              (2022, 17.1, 20.5, 3500))
    for year, gdp_bn, share, usd in series:
        rows.append(_obs("ILL", "CTX_GDP_USD", _year(year), gdp_bn * 1000, "USD_MN_CURRENT", E))
        rows.append(_obs("ILL", "REM_IN_GDP", _year(year), share, "PCT", E))
        rows.append(_obs("ILL", "REM_IN_USD", _year(year), usd, "USD_MN_CURRENT", E))
    shares = {(2019, 12): (63.2, 13.5, 9.3, 8.1), (2020, 9): (67.4, 10.6, 12.0, 6.3),
              (2020, 11): (68.1, 11.6, 10.2, 6.1), (2021, 5): (69.7, 11.2, 11.0, 4.9)}
    for (year, month), month_shares in shares.items():
        for partner, share in zip(("USA", "GBR", "CAN", "CYM"), month_shares, strict=True):
            rows.append(_obs("BOJ", "REM_BY_SOURCE", _month(year, month), share, "PCT", partner_country=partner))
    costs = {2013: (7.9, 9.6, 11.2), 2017: (6.8, 8.1, 9.4), 2021: (5.9, 6.7, 8.3)}
    for year, corridor_costs in costs.items():
        for partner, cost in zip(("USA", "GBR", "CAN"), corridor_costs, strict=True):
            rows.append(_obs("ILL", "REM_COST", _quarter(year, 1), cost, "PCT", E, partner_country=partner,
                             note="average total cost of sending USD 200"))
    return rows


def moldova() -> list[tuple[str, ObservationForm]]:
    rows = [
        _obs("WB", "REM_IN_GDP", _year(2011), 23.2, "PCT"),
        _obs("WB", "REM_IN_GDP", _year(2012), 23.0, "PCT"),
        _obs("WB", "REM_IN_GDP", _year(2014), 24.9, "PCT"),
        _obs("WB", "REM_IN_GDP", _year(2018), 16.1, "PCT"),
        _obs("WB", "REM_IN_USD", _year(2008), 1897, "USD_MN_CURRENT"),
        _obs("WB", "REM_IN_USD", _year(2011), 1526, "USD_MN_CURRENT", E, note="World Bank projection"),
        _obs("NBM", "REM_IN_USD", _year(2008), 1660.09, "USD_MN_CURRENT", note="transfers via banks (peak)"),
        _obs("NBM", "REM_IN_USD", _year(2011), 1453.79, "USD_MN_CURRENT", note="transfers via banks"),
        _obs("NBM", "REM_IN_USD", _year(2017), 1200, "USD_MN_CURRENT", E, note="about USD 1.2 bn, +11.2% on 2016"),
        _obs("MFA", "MIG_STOCK_EMI", _point(2017), 805000, "PERSONS", E, direction=EMI),
        _obs("NBS", "MIG_STOCK_EMI", _point(2018), 350000, "PERSONS", E, direction=EMI, note="more than 350,000"),
        _obs("NBS", "MIG_STOCK_EMI", _point(2018), 240000, "PERSONS", E, sex="M", direction=EMI, note="about"),
        _obs("NBS", "MIG_STOCK_EMI", _point(2018), 114000, "PERSONS", E, sex="F", direction=EMI, note="about"),
    ]
    for partner, amount in (("RUS", 387), ("ISR", 154), ("ITA", 133), ("USA", 133), ("ESP", 12)):
        rows.append(_obs("NBM", "REM_IN_USD", _year(2016), amount, "USD_MN_CURRENT", E, partner_country=partner,
                         note="bank transfers by source country"))
    sourced = {2011, 2012, 2014, 2018}
    series = dict(zip((2000, 2002, 2004, 2006, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018,
                       2019, 2020, 2021, 2022),
                      (13.8, 19.4, 26.0, 30.5, 31.0, 22.0, 23.5, 23.2, 23.0, 24.5, 24.9, 20.5, 20.0, 19.0, 16.1,
                       15.5, 15.5, 15.0, 13.5), strict=True))
    rows += [_obs("ILL", "REM_IN_GDP", _year(year), value, "PCT", E) for year, value in series.items()
             if year not in sourced]
    return rows


NARRATIVES = {
    "JAM": {
        "A": "Jamaica is a country of emigration: about 1.1 million Jamaican-born people lived abroad in 2019 "
             "(UN DESA), mostly in the United States, the United Kingdom and Canada, against some 23,000 "
             "immigrants. Net migration has been negative in every five-year period since 1965.",
        "C": "The Planning Institute of Jamaica is the focal point; the National Working Group on International "
             "Migration and Development (2011) coordinates; the National Policy on International Migration and "
             "Development was tabled in Parliament in June 2017.",
    },
    "MDA": {
        "A": "Moldova's foreign-born population fell by about 81% after 1990, while emigration grew: estimates "
             "of Moldovans abroad range from 350,000 (NBS, citizens declared abroad) to 805,000 (MFA).",
    },
}


# Part B matrix for the demo [ILL wording; channels and areas from the domain notes].
SECTOR_IMPACTS: dict[str, tuple[tuple[str, str, str, int, str, str], ...]] = {
    "JAM": (
        ("HEA", "EMIGRATION_OF_WORKERS", "NEGATIVE", 3, "MODERATE",
         "Nurses and doctors recruited abroad leave gaps in public hospitals (demo)."),
        ("EDU", "EMIGRATION_OF_WORKERS", "NEGATIVE", 2, "MODERATE", "Teachers recruited abroad (demo)."),
        ("FIN", "REMITTANCES", "POSITIVE", 3, "STRONG", "Remittances of about 15% of GDP support consumption (demo)."),
        ("FAM", "FAMILY_LEFT_BEHIND", "MIXED", 2, "WEAK", "Children left behind with relatives (demo)."),
        ("RET", "RETURN_SKILLS", "MIXED", 1, "ANECDOTAL", "Forced returnees need reintegration support (demo)."),
        ("TRD", "DIASPORA_INVESTMENT", "POSITIVE", 1, "WEAK", "Diaspora bonds and investment are small (demo)."),
    ),
    "MDA": (
        ("AGR", "EMIGRATION_OF_WORKERS", "NEGATIVE", 2, "MODERATE", "Rural labour shortages (demo)."),
        ("FIN", "REMITTANCES", "POSITIVE", 3, "STRONG", "Remittances near a quarter of GDP in the 2010s (demo)."),
        ("FAM", "FAMILY_LEFT_BEHIND", "NEGATIVE", 2, "MODERATE", "Children and elderly left behind (demo)."),
    ),
}
