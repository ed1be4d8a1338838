"""The pages of the step 2, 3 and 6 wizards: which record tables and which views each shows."""

from __future__ import annotations

from mainstream_desktop.core import participation_specs as specs
from mainstream_desktop.core import review_specs
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as N
from mainstream_desktop.ui.wizards.records_wizard import RecordsPageInfo

C = "participation"

REGISTRY_PAGE = RecordsPageInfo(
    N(C, "Institutions and people"),
    N(C, "One registry for every step: ministries, agencies, the central bank, the statistics office, local "
         "government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their "
         "people. Contact details need the person's consent."),
    (specs.INSTITUTIONS, specs.PEOPLE))

GOVERNMENT_PAGES = (
    REGISTRY_PAGE,
    RecordsPageInfo(
        N(C, "The coordination mechanism"),
        N(C, "The task force or working group: its legal basis, chair, secretariat, terms of reference, and its "
             "members with the sector focal points."),
        (specs.MECHANISMS, specs.MEMBERS)),
    RecordsPageInfo(
        N(C, "Meetings"),
        N(C, "Each meeting with its agenda and minutes, who attended, and the decisions and action items."),
        (specs.MEETINGS, specs.ATTENDANCE, specs.ACTION_ITEMS), ("meeting_attendance", "action_items")),
    RecordsPageInfo(
        N(C, "Who is responsible for what"),
        N(C, "For each policy area, the lead institution, the contributors, the data providers and who is "
             "consulted. Core sectors without a lead are shown in red."),
        (specs.RESPONSIBILITIES,), ("responsibility_matrix",)),
)

SOCIETY_PAGES = (
    REGISTRY_PAGE,
    RecordsPageInfo(
        N(C, "Stakeholders"),
        N(C, "Who has a stake, how interested and how influential (1-5), and how they are engaged."),
        (specs.STAKEHOLDERS,), ("interest_influence",)),
    RecordsPageInfo(
        N(C, "Consultations"),
        N(C, "Each consultation with its participants by sex and the stakeholders present."),
        (specs.EVENTS, specs.EVENT_STAKEHOLDERS), ("participation",)),
    RecordsPageInfo(
        N(C, "Inputs received"),
        N(C, "Every suggestion received and what became of it (accepted, partly, noted, rejected), with the "
             "reason."),
        (specs.INPUTS,), ("input_funnel",)),
)

SUPPORT_PAGES = (
    REGISTRY_PAGE,
    RecordsPageInfo(
        N(C, "Development partners"),
        N(C, "UN agencies, donors, international financial institutions and foundations present in the country; "
             "each lists its migration-related projects or confirms it has none."),
        (specs.PARTNERS, specs.FX_RATES)),
    RecordsPageInfo(
        N(C, "Projects"),
        N(C, "The migration and development project inventory: budgets, dates, policy areas, and alignment to "
             "the national priorities (or why not)."),
        (specs.PROJECTS, specs.PROJECT_PRIORITIES), ("partner_policy_heatmap", "alignment", "funding_by_policy_area")),
    RecordsPageInfo(
        N(C, "Coordination"),
        N(C, "UN country team meetings, donor round tables and joint programming."),
        (specs.PARTNER_EVENTS,)),
)

LESSONS_PAGES = (
    RecordsPageInfo(
        N(C, "GMG expert missions"),
        N(C, "The missions of the GMG agencies that supported the country: in country, remote or desk review, with "
             "the steps they supported, their terms of reference and their reports."),
        (review_specs.MISSIONS,)),
    RecordsPageInfo(
        N(C, "Lessons learned"),
        N(C, "What happened, why, and what others should do: each lesson with its theme and step, how widely it "
             "applies, its evidence, and who validated it. Step 7 needs at least three validated lessons."),
        (review_specs.LESSONS,)),
)
