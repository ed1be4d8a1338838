"""Chart labels that mix a number with other signs (``1,250 (42%)``, ``$1.2M``, ``50%``) are
written in the chart's language (``reference_labels.labels_in``: a report's, else the window's);
plain numbers stay English for ``chart_text.localise_chart``, which writes them in the reader's
style, so no number is rewritten twice."""

from __future__ import annotations

import pytest

from mainstream_desktop.core.portfolio import PortfolioService
from mainstream_desktop.core.reference_labels import labels_in
from mainstream_desktop.reports import participation_charts, planning_charts, portfolio_charts
from mainstream_desktop.reports.chart_text import localised_number
from mainstream_desktop.reports.pdf_locale import ReportLocale
from mainstream_desktop.reports.portfolio_charts import build_portfolio_chart

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def demo_portfolio(demo_services):  # type: ignore[no-untyped-def]
    portfolio = PortfolioService(demo_services.uow, demo_services.status).load()
    assert portfolio is not None
    return portfolio


def test_compound_labels_follow_the_language() -> None:
    with labels_in("fr"):
        assert participation_charts.usd(1_234_567.0) == "$1,2M"
        assert participation_charts.usd(950.0) == "$950"
        assert planning_charts._with_unit(12.5, "PCT") == f"12,5{NBSP}%"
        assert planning_charts._number(1250.0) == f"1{NNBSP}250"
        assert portfolio_charts._value_and_share(1250.0, 0.42) == f"1{NNBSP}250 (42{NBSP}%)"
        assert portfolio_charts._value_text(7.25, "") == "7,2"
    with labels_in("es"):
        assert portfolio_charts._value_and_share(1250.0, 0.42) == f"1.250 (42{NBSP}%)"
    assert participation_charts.usd(1_234_567.0) == "$1.2M"
    assert portfolio_charts._value_and_share(1250.0, 0.42) == "1,250 (42%)"


def test_a_plain_number_is_left_for_the_readers_style_and_a_compound_one_is_not_rewritten() -> None:
    french = ReportLocale.of("fr").number
    with labels_in("es"):
        plain = portfolio_charts._value_and_share(1250.0, None)
        compound = portfolio_charts._value_and_share(1250.0, 0.5)
    assert plain == "1,250" and localised_number(plain, french) == f"1{NNBSP}250"
    assert localised_number(compound, french) == compound


def test_the_destination_bars_of_a_french_portfolio(demo_portfolio) -> None:  # type: ignore[no-untyped-def]
    with labels_in("fr"):
        _data, figure = build_portfolio_chart(demo_portfolio, "portfolio_destinations")
    labels = [text.get_text() for axes in figure.get_axes() for text in axes.texts]
    shares = [label for label in labels if label.endswith(f"{NBSP}%)")]
    assert shares, labels
    assert not any(label.endswith("%)") and f"{NBSP}%" not in label for label in labels)
