"""The handbook's guidance for each step, as shown on the step page (translatable).

Paraphrased from the GMG handbook and the IOM-UNDP pilots' practice (see the domain notes);
written for the officials who do the work, not for specialists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("guidance", text)


def step_guidance(number: int) -> str:
    texts = {
        0: _t("Before starting, the handbook asks for political backing, a mandated lead and "
              "resources. Record the pilot's basic facts, then assess the seven preconditions: "
              "high-level endorsement, a designated lead institution and focal point, funding, "
              "an agreed UN lead agency, a planning window (a national or sector plan being "
              "drafted), existing analysis, and the statistics office on board. The best moment "
              "to mainstream is while a new national strategy is drafted; if the timelines do not "
              "match, a stand-alone migration and development strategy can feed the plan."),
        1: _t("Build the evidence base in the standard profile structure: A, migration trends and "
              "migrants' characteristics; B, the impact of migration on the economy, labour "
              "market, society and health; C, the governance framework; D, findings and "
              "recommendations. Break data down by age and sex, give every number its source, "
              "inventory the data sources and their gaps, and plan how the profile will be kept "
              "up to date."),
        2: _t("Set up an inter-ministerial mechanism (a task force or working group with a legal "
              "basis, a chair, a secretariat and terms of reference) so that labour, health, "
              "education, statistics, finance or the central bank, interior and border, foreign "
              "affairs, justice and planning all contribute. Name sector focal points, meet "
              "regularly and keep minutes, decisions and action items."),
        3: _t("Bring in academia, service providers, local government, the private sector, "
              "recruitment agencies, remittance providers, trade unions, NGOs, diaspora and "
              "migrant associations and the media. Record each consultation with its participants "
              "by sex, every input received, and what became of it, with a reason."),
        4: _t("Combine the profile with the consultations to set migration and development "
              "priorities, apply the migration lens to the plan's goals, and write the priorities "
              "into the national plan, sector strategies, local plans, the UN cooperation "
              "framework or the budget. Each priority points back to its evidence and forward to "
              "costed actions with a lead institution."),
        5: _t("Set up a results framework (impact, outcomes, outputs) with neutral indicators, "
              "their unit, disaggregation, means of verification, a baseline and targets. Report "
              "actuals each period; the program computes red, amber or green from the progress "
              "toward each target. Plan mid-term and final evaluations and record management "
              "responses."),
        6: _t("Once migration is in the national instruments, align outside support with it: list "
              "the development partners and their migration-related projects, link each project "
              "to the national priorities it serves, and compare funding with the cost of each "
              "priority to show the gap."),
        7: _t("Across the pilot countries, record GMG expert missions, peer exchanges and review "
              "comments, capture lessons learned (what happened, why, and what to recommend), and "
              "trace proposals to change the handbook to the lessons behind them."),
    }
    return texts[number]


def step_title(number: int, english_title: str) -> str:
    """The step's title in the user's language (titles are marked for translation in core)."""
    return QCoreApplication.translate("core", english_title)
