"""Steps 4 and 5 of the demo for Jamaica and Moldova: planning instruments with their elements
and migration-lens linkages, the scored and endorsed policy priorities with their evidence (step 1
figures and sector impacts, step 2 and 3 documents, step 3 inputs), the scoring weights, the costed
action plan with its funding, the alignment of step 6 partner projects to the priorities; the
results framework with indicators, baselines, targets, actuals (some by sex), evaluations with a
management response, and the traffic-light thresholds. Every row goes through
``RecordService.save`` (so every field, code list, reference, cross-field and store rule is
checked); adopted texts, evaluation reports and progress reports through ``DocumentService.add``.

Sourced (domain notes §3.2, §4.3-4.7): Jamaica's instruments (Vision 2030 Jamaica 2009-2030, the
National Policy on International Migration and Development as a Ministry Paper of April 2017
tabled in June 2017 (only the month is known: the 1st stands for it), the plan of action for
forced returnees, the Medium-Term Socio-Economic Policy Framework 2018-2021, the National
Diaspora Policy working document of 2019), the policy's nine thematic areas, the subjects of the
five priorities, the net migration rates of the IOM 2018 profile; Moldova's NDS Moldova 2020,
Diaspora-2025 (GD 200/2016), the return and reintegration plan 2017-2020, PARE 1+1 and the four
sectors named for mainstreaming. Illustrative in the notes and kept as given there: the mainstreaming
levels, the results-framework excerpt (OC1-OC3, OP2.1, OP5.1: baselines, targets, the actuals it
names and their colours) and the USA corridor's remittance costs of 2013, 2017 and 2021. General
knowledge, to verify: the Vision 2030 national goals and outcomes, the Moldova 2020 priorities, the
date of GD 200 (26.02.2016).

Invented, and marked "demo" in a text, note or reference wherever the record has one: the statuses
and periods the notes leave open (the plan of action, the MTF, Moldova's instruments, the policy's
end year), the wording of every plan element other than the thematic areas, the Vision 2030 goals
and outcomes and the Moldova 2020 priorities, the lens answers, scores, ranks, weights and decision
numbers, every action with its cost, dates and funding, the amounts aligned to priorities, the other
indicators and their actuals, the disaggregation by sex, the evaluations and management responses,
and the wording of every attached file. Jamaica has no findings in its step 1 demo, so
its priorities rest on figures, sector impacts, inputs and reports.

Deliberate broken links of Jamaica's golden thread (``mainstream trace JAM``):
- PRIORITY_WITHOUT_EVIDENCE: the STATIN-PICA-BOJ data-sharing protocol (endorsed in 2017, nothing
  linked yet; a step 3 input fed it, but no evidence is cited);
- ACTION_WITHOUT_INDICATOR: the protocol's two actions (no result is linked to the priority or
  to the plan elements they land in);
- INDICATOR_WITHOUT_TARGET: OC3's new indicator on returnees in work or training 12 months after
  return (baseline 2019, target still to be set; the mid-term evaluation asks for one);
- PRIORITY_WITHOUT_FUNDING: the protocol again (its actions are UNFUNDED, no project aligned).
Moldova's thread is complete. Loaded once per new workspace: a workspace that already has a
planning instrument is left as it is.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from mainstream_desktop.core import participation_specs as P
from mainstream_desktop.core import planning_specs as S
from mainstream_desktop.core.demo_participation import UNALIGNED, DemoLoader, rows
from mainstream_desktop.core.documents import DocumentService
from mainstream_desktop.core.dto import Choice
from mainstream_desktop.core.record_specs import RecordRow
from mainstream_desktop.core.records import RecordService

WORDING = " (demo wording)"
DEMO = " (demo)"
THRESHOLDS = (0.9, 0.6, 0.05)
PERIOD = re.compile(r"(?P<start>\d{4})(?:Q(?P<quarter>[1-4])|-(?P<end>\d{4}))?:(?P<value>-?[\d.]+)"
                    r"(?:\((?P<parts>[^)]*)\))?$")

# Tables are "|"-separated rows; an indented line continues the row above (demo_participation.rows).
# Instruments: key|title|type|status|level|from|to|adopted on|adopted by|legal reference|owner|text of the
# attached document ("" = none)
JAM = {
    "instruments": """
NDP|Vision 2030 Jamaica \u2013 National Development Plan|NDP|IN_IMPLEMENTATION|2|2009|2030||||PIOJ|
NPIMD|National Policy on International Migration and Development|MD_POLICY|ADOPTED|4|2017|2030|2017-06-01
  |Cabinet (Ministry Paper, April 2017); tabled in the Houses of Parliament, June 2017
  |Ministry Paper, 2017 (number to be checked; demo reference)|PIOJ
  |Nine thematic areas, from governance and policy coherence to data, research and information systems.
POA|Plan of Action for the rehabilitation and reintegration of forced returnees|ACTION_PLAN|UNDER_REVIEW|3|2017
  |2022||||MNS|
MTF|Medium-Term Socio-Economic Policy Framework 2018\u20132021|MTEF_BUDGET|EXPIRED|2|2018|2021||||PIOJ|
NDIAS|National Diaspora Policy (working document, 2019)|DIASPORA_STRATEGY|DRAFTING|2|2019|2030||||MFAFT|""",
    # key|instrument|level|code|part of|S = sourced wording (otherwise marked as demo wording)|text
    "elements": """
GOV|NPIMD|GOAL|GOV||S|Governance and policy coherence
GOV.1|NPIMD|OUTCOME|GOV.1|GOV||Migration is mainstreamed in national and sector plans through a standing inter-agency mechanism
GOV.1.1|NPIMD|STRATEGY|GOV.1.1|GOV.1||Strengthen the NWGIMD and its thematic sub-groups
GOV.1.1.a|NPIMD|ACTION|GOV.1.1.a|GOV.1.1||Designate a migration and development focal point in every ministry, department and agency
HRSP|NPIMD|GOAL|HRSP||S|Human rights and social protection
HRSP.1|NPIMD|OUTCOME|HRSP.1|HRSP||Migrants and their families keep their social protection when they move
HRSP.1.1|NPIMD|STRATEGY|HRSP.1.1|HRSP.1||Negotiate social security agreements with the main destination countries
DIAS|NPIMD|GOAL|DIAS||S|Diaspora and development
DIAS.1|NPIMD|OUTCOME|DIAS.1|DIAS||Diaspora skills and investment are mobilised for national development
DIAS.1.1|NPIMD|STRATEGY|DIAS.1.1|DIAS.1||Build and maintain a database of diaspora skills and investment interests
DIAS.1.1.a|NPIMD|ACTION|DIAS.1.1.a|DIAS.1.1||Design the database with the diaspora associations
DIAS.1.2|NPIMD|STRATEGY|DIAS.1.2|DIAS.1||Promote diaspora investment through the national investment agency
LAB|NPIMD|GOAL|LAB||S|Labour mobility and development
LAB.1|NPIMD|OUTCOME|LAB.1|LAB||Health workers are retained and recruited abroad only ethically
LAB.1.1|NPIMD|STRATEGY|LAB.1.1|LAB.1||Retain health workers through career, bonding and housing incentives
LAB.1.1.a|NPIMD|ACTION|LAB.1.1.a|LAB.1.1||Study health-worker emigration and retention options with PAHO/WHO
LAB.1.2|NPIMD|STRATEGY|LAB.1.2|LAB.1||Agree ethical recruitment arrangements with recruiting countries (WHO Code)
LAB.2|NPIMD|OUTCOME|LAB.2|LAB||Overseas employment programmes protect workers and build their skills
REM|NPIMD|GOAL|REM||S|Remittances and development
REM.1|NPIMD|OUTCOME|REM.1|REM||Remittances cost less and flow through formal channels
REM.1.1|NPIMD|STRATEGY|REM.1.1|REM.1||Review the regulation of remittance service providers and publish transfer costs
REM.1.1.a|NPIMD|ACTION|REM.1.1.a|REM.1.1||Publish a quarterly remittance price comparison for the main corridors
REM.1.2|NPIMD|STRATEGY|REM.1.2|REM.1||Offer remittance receivers savings and other financial products
RIR|NPIMD|GOAL|RIR||S|Return, integration and reintegration
RIR.1|NPIMD|OUTCOME|RIR.1|RIR||Forced returnees are received with dignity and reintegrated
RIR.1.1|NPIMD|STRATEGY|RIR.1.1|RIR.1||Meet forced returnees on arrival and refer them to services
RIR.1.2|NPIMD|STRATEGY|RIR.1.2|RIR.1||Refer returnees to employment and training services
POSS|NPIMD|GOAL|POSS||S|Public order, safety and security
POSS.1|NPIMD|OUTCOME|POSS.1|POSS||Trafficking and smuggling are prevented and their victims protected
FAM|NPIMD|GOAL|FAM||S|Family, migration and development
FAM.1|NPIMD|OUTCOME|FAM.1|FAM||Children left behind receive support at school
FAM.1.1|NPIMD|STRATEGY|FAM.1.1|FAM.1||Train school guidance counsellors to support children left behind
DATA|NPIMD|GOAL|DATA||S|Data, research and information systems
DATA.1|NPIMD|OUTCOME|DATA.1|DATA||Migration data are collected, shared and published regularly
DATA.1.1|NPIMD|STRATEGY|DATA.1.1|DATA.1||Agree a migration data-sharing protocol between STATIN, PICA and the Bank of Jamaica
DATA.1.1.a|NPIMD|ACTION|DATA.1.1.a|DATA.1.1||Draft, negotiate and sign the data-sharing protocol
DATA.1.2|NPIMD|STRATEGY|DATA.1.2|DATA.1||Update the migration profile at least every two years
V.G1|NDP|GOAL|Goal 1||S|Jamaicans are empowered to achieve their fullest potential
V.O1|NDP|OUTCOME|Outcome 1|V.G1|S|A healthy and stable population
V.O1.1|NDP|STRATEGY|1-POP|V.O1||Population sector: integrate international migration into population and development planning
V.O2|NDP|OUTCOME|Outcome 2|V.G1|S|World-class education and training
V.G2|NDP|GOAL|Goal 2||S|The Jamaican society is secure, cohesive and just
V.O5|NDP|OUTCOME|Outcome 5|V.G2|S|Security and safety
V.G3|NDP|GOAL|Goal 3||S|Jamaica's economy is prosperous
V.O7|NDP|OUTCOME|Outcome 7|V.G3|S|A stable macroeconomy
V.O7.1|NDP|STRATEGY|7-REM|V.O7||Mobilise remittances and diaspora savings for investment
V.O8|NDP|OUTCOME|Outcome 8|V.G3|S|An enabling business environment
R.G|POA|GOAL|1|||Forced returnees are rehabilitated and reintegrated into their communities
R.1|POA|OUTCOME|1.1|R.G||Every forced returnee is met on arrival and told about the services
R.1.1|POA|STRATEGY|1.1.1|R.1||A reception desk at the international airports run with the returnee support NGOs
R.2|POA|OUTCOME|1.2|R.G||Returnees in need receive shelter, training and psychosocial support
R.2.1|POA|STRATEGY|1.2.1|R.2||Case management and referral by the returnee support NGOs
M.1|MTF|OUTCOME|MTF-7|||Lower remittance costs and diaspora investment among the medium-term priorities
M.2|MTF|OUTCOME|MTF-1|||Retention of health workers among the medium-term priorities
D.G|NDIAS|GOAL|1|||The diaspora is engaged as a partner in national development
D.1|NDIAS|STRATEGY|1.1|D.G||Consult the diaspora and keep a register of its skills""",
    # element|policy area|lens question|migration's effect on the goal|the goal's effect on migration|change
    "linkages": """
V.O1.1|HEA|Q_HEA_01|HINDERS|NEUTRAL|Add health-worker emigration and retention to the population and health plans.
V.O2|EDU|Q_EDU_01|MIXED|INCREASES|Plan training places for the nurses and teachers that are recruited abroad.
V.O5|RET|Q_RET_01|MIXED|NEUTRAL|Treat forced returnees as a reintegration task, not only a security one.
V.O7.1|FIN|Q_FIN_01|SUPPORTS|NEUTRAL|Name the cost of remittances (SDG 10.c.1) among the outcome's indicators.
V.O8|TRD|Q_TRD_01|SUPPORTS|NEUTRAL|Open the investment promotion services to diaspora investors.
LAB.1|HEA|Q_HEA_02|HINDERS|DECREASES|Tie recruitment abroad to the WHO Global Code of Practice.
REM.1|FIN|Q_FIN_02|SUPPORTS|NEUTRAL|Measure the share of remittances received through licensed channels.
DATA.1|DAT|Q_DAT_02|SUPPORTS|NEUTRAL|Name the agencies that share records and the legal basis for it.""",
    # key|rank|title|area|status|impact feasibility cost urgency support|category|target groups|GCM|SDG|decision
    # |problem|objective
    "priorities": """
FIN|1|Reduce the cost of remittances and move them into formal channels|FIN|IN_PLAN|5 4 4 4 5|SECTORAL_DEVELOPMENT
  |EMIGRANTS,DIASPORA,FAMILIES_LEFT_BEHIND|20|10.c, 17.3|NWGIMD validation meeting of 10.03.2015, decision 2
  |Remittances are about 15-16% of GDP, but sending USD 200 from the USA cost 7.9% in 2013, far above the 3% SDG target.
  |Bring the USA corridor below 5% and most remittances into licensed channels.
HEA|2|Retain health workers and recruit ethically|HEA|IN_PLAN|5 3 3 5 4|HUMAN_RESOURCE_POLICY|HEALTH_WORKERS,EMIGRANTS
  |6, 18|3.c|NWGIMD validation meeting of 10.03.2015, decision 3
  |Nurses and doctors recruited abroad leave gaps in public hospitals.
  |Fewer nurses leave the public service each year; recruiting countries follow the WHO Code.
RET|3|Reintegrate forced returnees|RET|IN_PLAN|4 3 3 5 4|MIGRATION_POLICY|RETURNEES|21|10.7
  |NWGIMD validation meeting of 10.03.2015, decision 4
  |Forced returnees were a fifth of all immigrants in 2007-2016; few receive reintegration services.
  |Half of forced returnees receive reintegration services, and more find work or training.
DIA|4|Build a diaspora skills and investment database|DIA|ENDORSED|4 4 4 3 4|MIGRATION_POLICY|DIASPORA|19|17.17
  |NWGIMD meeting of 14.06.2016, decision 3
  |Some 1.1-1.3 million Jamaicans live abroad, but their skills and investment interests are not known.
  |A database the diaspora keeps up to date, used to match skills and investors to national needs.
DAT|5|Create a migration data-sharing protocol between STATIN, PICA and the Bank of Jamaica|DAT|ENDORSED|3 4 5 3 3
  |DATA_CAPACITY|EMIGRANTS,IMMIGRANTS,RETURNEES|1|17.18|NWGIMD meeting of 27.06.2017, decision 4
  |Arrival, departure and remittance records sit in three agencies and are not shared for statistics.
  |A signed protocol and regular exchange of anonymised records for migration statistics.""",
    # priority|the evidence's label starts with|how it supports the priority
    "evidence": """
FIN|Figure: Personal remittances received, % of GDP|Remittances are a large share of GDP.
FIN|Figure: Personal remittances received, 2|The volume the cost applies to.
FIN|Sector impact: Finance, remittances and financial inclusion –|Remittances support household consumption.
FIN|Consultation input: Review the regulatory costs|The operators' own proposal at the 2012 consultation.
FIN|Document: Report: Consultation on labour mobility and remittances|Where the cost problem was raised.
HEA|Sector impact: Health –|Emigration of nurses and doctors hurts public hospitals.
HEA|Figure: Emigration flow|About 23,000 permanent emigrants a year, many of them skilled.
HEA|Consultation input: Ask recruiting countries to compensate|The nurses' association raised recruitment.
RET|Sector impact: Return and reintegration –|Forced returnees need support to reintegrate.
RET|Consultation input: Meet forced returnees at the airport|The support NGO's proposal.
RET|Document: Report: Focus group with forced returnees|What returnees and the NGOs said they need.
DIA|Figure: Emigrants living abroad|The size of the diaspora.
DIA|Sector impact: Trade, investment and private sector –|Diaspora investment is still small.
DIA|Consultation input: Build a database of diaspora skills|Asked for at the diaspora consultation.
DIA|Document: Report: Diaspora consultation on the draft policy|The diaspora's views on the draft policy.""",
    # priority|text of the step 3 input that fed it (accepted or partly accepted)
    "inputs": """
FIN|Review the regulatory costs
HEA|Ask recruiting countries to compensate
RET|Meet forced returnees at the airport
RET|Cost the reintegration actions
DIA|Build a database of diaspora skills
DIA|Promote diaspora investment
DAT|Give researchers access to anonymised""",
    "weights": "IMPACT 0.3, FEASIBILITY 0.2, COST 0.15, URGENCY 0.2, POLITICAL_SUPPORT 0.15",
    # key|priority|element|lead|start|end|cost|currency|status|funding SOURCE:amount[:partner]|capacity needs|action
    "actions": """
A1|FIN|REM.1.1.a|BOJ|2017-10-01|2019-03-31|8500000|JMD|COMPLETED|GOV_BUDGET:8500000||Publish a quarterly remittance
  price comparison for the USA, UK and Canada corridors
A2|FIN|REM.1.1|BOJ|2018-01-01|2020-12-31|15000000|JMD|COMPLETED|GOV_BUDGET:9000000 DONOR:4000000:SDC UNFUNDED:2000000
  |Legal drafting for the amended regulations|Review the licensing and regulatory costs of remittance service providers
A3|FIN|REM.1.2|MOFPS|2019-04-01|2022-03-31|250000|USD|ONGOING|UN:100000:UNDP UNFUNDED:150000
  |Product design with the credit unions|Pilot savings accounts for remittance receivers with credit unions
A4|FIN|V.O7.1|PIOJ|2018-04-01|2019-03-31|3000000|JMD|COMPLETED|GOV_BUDGET:3000000||Add remittance cost (SDG 10.c.1)
  to the Vision 2030 outcome indicators
A5|HEA|LAB.1.1.a|MOHW|2017-11-01|2019-06-30|100000|USD|DELAYED|UN:100000:PAHO/WHO|A health economist
  |Study health-worker emigration and the options for retaining them
A6|HEA|LAB.1.1|MOHW|2019-01-01|2022-12-31|180000000|JMD|ONGOING|GOV_BUDGET:120000000 UNFUNDED:60000000
  |Human resources planning in the regional health authorities|Retention package for public-hospital nurses: bonding,
  housing allowance and career paths
A7|HEA|LAB.1.2|MFAFT|2018-06-01|2021-12-31|60000|USD|DELAYED|GOV_BUDGET:20000 UNFUNDED:40000
  |Negotiators familiar with the WHO Code|Negotiate ethical recruitment arrangements with two recruiting countries
A8|HEA|V.O1.1|PIOJ|2018-01-01|2018-12-31|2500000|JMD|COMPLETED|GOV_BUDGET:2500000||Write health-worker migration
  into the population and health sector plans
A9|HEA|M.2|MOFPS|2018-04-01|2021-03-31|10000000|JMD|ONGOING|GOV_BUDGET:10000000||Budget line for health-worker
  retention in the medium-term framework
A10|RET|R.1.1|MNS|2017-07-01|2022-06-30|45000000|JMD|ONGOING|GOV_BUDGET:30000000 UNFUNDED:15000000
  |Reception staff trained in returnees' rights|Reception desk for forced returnees at the two international airports
A11|RET|R.2.1|Returnee support NGO, Kingston (demo)|2017-01-01|2019-12-31|250000|USD|COMPLETED
  |UN:150000:UNDP GOV_BUDGET:50000 UNFUNDED:50000|Case managers|Case management, shelter and skills training for forced
  returnees
A12|RET|RIR.1.2|MLSS|2019-01-01|2021-12-31|20000000|JMD|DELAYED|GOV_BUDGET:12000000 UNFUNDED:8000000
  |Referral agreements with training providers|Refer returnees to the national employment and training services
A13|RET|R.1|MNS|2018-01-01|2018-12-31|4000000|JMD|COMPLETED|GOV_BUDGET:4000000||Train reception and police staff on
  returnees' rights and referral
A14|RET|V.O5|MLGCD|2020-01-01|2022-12-31|12000000|JMD|NOT_STARTED|UNFUNDED:12000000|Municipal social workers
  |Community reintegration pilots in the St James and Kingston and St Andrew municipal corporations
A15|DIA|DIAS.1.1.a|MFAFT|2017-07-01|2018-03-31|150000|USD|COMPLETED|UN:120000:IOM GOV_BUDGET:30000|Database design
  |Design the diaspora skills and investment database with the diaspora associations
A16|DIA|DIAS.1.1|MFAFT|2018-04-01|2021-03-31|25000000|JMD|DELAYED|GOV_BUDGET:10000000 UNFUNDED:15000000
  |Consulates' staff time|Run the database and promote it through the consulates and diaspora conferences
A17|DIA|DIAS.1.2|MFAFT|2019-07-01|2022-06-30|80000|USD|NOT_STARTED|UNFUNDED:80000||Diaspora investment desk with the
  national investment agency
A18|DIA|D.1|MFAFT|2019-01-01|2020-12-31|6000000|JMD|ONGOING|GOV_BUDGET:6000000||Consult the diaspora on the National
  Diaspora Policy working document
A19|DAT|DATA.1.1.a|STATIN|2017-09-01|2019-12-31|5000000|JMD|DELAYED|UNFUNDED:5000000|Legal advice on data protection
  |Draft, negotiate and sign the data-sharing protocol between STATIN, PICA and BOJ
A20|DAT|DATA.1.1|PICA|2018-01-01|2020-12-31|18000000|JMD|NOT_STARTED|UNFUNDED:18000000|Record linkage and IT
  |Link PICA's arrival and departure records to STATIN's statistical register""",
    # step 6 project (title starts with)|priority|amount (project currency)
    "alignment": """
Health-worker retention study|HEA|100000
Reintegration of forced returnees|RET|400000
Diaspora skills and investment mapping|DIA|150000
IOM-UNDP joint programme|DIA|200000""",
    # code|level|contributes to|priority|plan element|statement|assumptions|risks
    "results": """
IM|IMPACT|||V.O1|Migration contributes to Jamaica's development as set out in Vision 2030
  |Destination countries keep their admission policies|Economic shocks at home or abroad
OC1|OUTCOME|IM|FIN|REM.1|Remittances cost less and flow through formal channels|Operators compete on price
  |De-risking by correspondent banks closes channels
OC2|OUTCOME|IM||GOV.1|Migration is mainstreamed across government|Ministries keep their focal points|Staff turnover
OC3|OUTCOME|IM|RET|R.2|Forced returnees are reintegrated|NGOs keep their funding|Stigma against deportees
OC4|OUTCOME|IM|HEA|LAB.1|Health workers stay in the public service|Retention incentives are paid on time
  |Recruitment drives abroad
OC5|OUTCOME|IM||DATA.1|Migration data are published regularly|STATIN has the staff|Data protection concerns
OC6|OUTCOME|IM|DIA|DIAS.1|The diaspora's skills and investment are mobilised|Diaspora associations promote the database
  |Low trust in government registers
OP1.1|OUTPUT|OC1|FIN|REM.1.1.a|Remittance price comparisons are published every quarter||
OP2.1|OUTPUT|OC2||GOV.1.1|The NWGIMD meets regularly and keeps minutes||
OP3.1|OUTPUT|OC3|RET|R.1.1|Forced returnees are met on arrival and referred to services||Flight schedules change at short
  notice
OP4.1|OUTPUT|OC4|HEA|LAB.1.1|Nurses receive the retention package||
OP5.1|OUTPUT|OC5||DATA.1.2|The migration profile is kept up to date||""",
    # result|name|unit|direction|kind|frequency|baseline value@year|reference indicator|disaggregations|responsible
    # |targets year:value (F = final)|actuals period:value(parts)|manual status: justification
    # |means of verification|where the baseline comes from
    "indicators": """
IM|Net migration rate|PER_1000_POP|INCREASE|QUANTITATIVE|END_OF_PROGRAMME|-7.4@2010|MIG_NET_RATE||PIOJ
  |2020:-6.0 2030:-4.0F|2011-2015:-5.8 2016-2020:-5.6||UN population estimates as reproduced in the IOM 2018 country
  profile (five-year periods)|Step 1 profile (IOM 2018 country profile), 2006-2010 period
OC1|Average cost of sending USD 200 USA\u2192JAM|PCT|DECREASE|QUANTITATIVE|ANNUAL|7.9@2013|REM_COST||BOJ
  |2017:6.5 2020:5.0F|2015Q1:7.4 2017Q1:6.8 2019Q1:6.3 2021Q1:5.9||World Bank Remittance Prices Worldwide, first
  quarter|Step 1 profile, 2013 Q1 (illustrative demo series)
OC1|Remittances via formal channels (share)|PCT|INCREASE|QUANTITATIVE|ANNUAL|80@2013|||BOJ|2020:90F
  |2016:84 2018:87 2020:89||Bank of Jamaica remittance bulletins and survey of receivers|BOJ estimate for 2013 (demo value)
OC2|MDAs with designated M&D focal point|COUNT|INCREASE|QUANTITATIVE|ANNUAL|0@2012|PROC_FP_MINISTRIES||PIOJ
  |2015:10 2017:20F|2013:4 2014:7 2015:11 2016:14 2017:15 2018:16 2019:16 2020:17 2021:17
  ||Letters of designation kept by the NWGIMD secretariat|No focal points before the NWGIMD asked for them (demo value)
OC3|Forced returnees receiving reintegration services|PCT|INCREASE|QUANTITATIVE|ANNUAL|15@2014|||MNS
  |2016:30 2018:50F|2015:17 2016:19 2017:22 2018:26 2019:29 2020:27 2021:31||Case records of the returnee support NGOs
  against PICA's count of forced returnees|NGO case records for 2014 (demo value)
OC3|Returnees in work or training 12 months after return|PCT|INCREASE|QUANTITATIVE|ANNUAL|20@2019|||MLSS||2020:21
  2021:24||Follow-up survey of returnees by the support NGOs|First follow-up survey, 2019 (demo value); target not yet set
OC4|Nurses leaving the public health service|COUNT_PER_YEAR|DECREASE|QUANTITATIVE|ANNUAL|420@2017||SEX|MOHW
  |2019:350 2021:300F|2018:455 2019:390 2020:310 2021:360(F332,M28)||Human resources records of the regional health
  authorities|Resignations recorded in 2017 (demo value)
OC5|Annual migration statistics tables published by STATIN|COUNT_PER_YEAR|INCREASE|QUANTITATIVE|ANNUAL|0@2016||
  |STATIN|2021:4F|2018:1 2019:2 2020:2 2021:3||STATIN release calendar|No regular migration release before 2017 (demo value)
OC6|Diaspora professionals registered in the skills database|COUNT|INCREASE|QUANTITATIVE|ANNUAL|0@2018|||MFAFT
  |2019:500 2021:2000F|2019:640 2020:1210 2021:1850||Database extract by the Ministry of Foreign Affairs
  |The database opened in 2018 (demo value)
OP1.1|Quarterly price comparisons published|COUNT_PER_YEAR|INCREASE|QUANTITATIVE|ANNUAL|0@2017|||BOJ|2019:4F
  |2018:3 2019:4 2020:4 2021:4||Bank of Jamaica website|No comparison before the action (demo value)
OP2.1|NWGIMD meetings with minutes|COUNT_PER_YEAR|INCREASE|QUANTITATIVE|ANNUAL|2@2011|PROC_MECH_MEETINGS||PIOJ
  |2015:10F|2012:8 2013:9 2014:10 2015:11 2016:10 2017:10 2018:11 2019:10 2020:10 2021:11||Minutes filed by the
  NWGIMD secretariat (step 2 holds a sample)|Meetings with minutes in the founding year (demo value)
OP3.1|Forced returnees met by the airport reception desk|COUNT_PER_YEAR|INCREASE|QUANTITATIVE|ANNUAL|350@2017||SEX
  |MNS|2019:900 2021:1400F|2018:820 2019:1050 2020:610(F48,M562) 2021:1000(F79,M921)||Reception desk register
  |The desk's first half-year (demo value)
OP4.1|Nurses covered by the retention package|COUNT|INCREASE|QUANTITATIVE|ANNUAL|0@2019|||MOHW|2021:900 2022:1500F
  |2020:350 2021:620||Payroll records of the regional health authorities|The package started in 2020 (demo value)
OP5.1|Migration profile updated within 24 months|YN|MAINTAIN|MILESTONE_YN|ANNUAL|1@2010|PROC_PROFILE_UPDATED||PIOJ
  |2018:1F|2010:1 2018:1|GREEN: The 2010 profile was followed by the IOM country profile of 2018; the next update is in
  the data sub-group's work plan.|Published migration profiles|The 2010 migration profile (EU-funded)""",
    # year|title of the progress report the actuals ending that year cite
    "reports": """
2019|Annual progress report 2019 on the National Policy on International Migration and Development
2021|Annual progress report 2021 on the National Policy on International Migration and Development""",
    "reporter": "M&E focal point, {institution} (demo)", "verifier": "M&E unit, PIOJ (demo)",
    # type|evaluator|planned|completed|questions|findings (a completed evaluation gets its report attached)
    "evaluations": """
MID_TERM|External evaluation team contracted by UNDP (demo)|2020-06-30|2021-03-15
  |Is the policy being implemented as planned? Are the actions funded and measured?
  |Good progress on remittances and governance; the data-sharing protocol has neither budget nor indicators;
  reintegration services reach about a quarter of forced returnees.
FINAL|External evaluator, to be contracted (demo)|2030-09-30||Did the policy change development outcomes by 2030?|""",
    # evaluation|recommendation|response|planned action|owner|due|status
    "responses": """
MID_TERM|Cost and fund the data-sharing protocol and give it indicators.|Agreed.|Submit the protocol's costing to
  the 2022/23 budget call and add an output to the results framework.|STATIN|2022-03-31|OPEN
MID_TERM|Set a target for returnees in work or training 12 months after return.|Agreed.|Set the target with the
  support NGOs after the 2021 survey.|MNS|2021-12-31|IN_PROGRESS
MID_TERM|Tie the nurses' retention package to the medium-term budget.|Partly agreed: within the fiscal rules.
  |Budget line in the next medium-term framework.|MOHW|2021-09-30|DONE""",
}

MDA = {
    "instruments": """
NDS|National Development Strategy \u201cMoldova 2020\u201d|NDP|EXPIRED|2|2012|2020||||StC|
D2025|National Strategy \u201cDiaspora-2025\u201d|DIASPORA_STRATEGY|ADOPTED|3|2016|2025|2016-02-26
  |Government of the Republic of Moldova|GD 200/2016 (with its action plan 2016-2018)|DRB
  |Strategy and action plan approved by Government Decision 200/2016.
RRP|National Action Plan on Return and Reintegration 2017\u20132020|ACTION_PLAN|EXPIRED|3|2017|2020||||DRB|""",
    "elements": """
N.1|NDS|OUTCOME|Priority 1||S|Education relevant for the career
N.3|NDS|OUTCOME|Priority 3||S|Increased access to finance
N.3.1|NDS|STRATEGY|3.1|N.3||Channel remittances into savings and productive investment
D.G|D2025|GOAL|General objective|||Engage the diaspora, migrants and returnees in the country's development
D.1|D2025|OUTCOME|1|D.G||Diaspora rights are protected and the diaspora is engaged
D.1.1|D2025|STRATEGY|1.1|D.1||Diaspora focal persons in ministries and district councils
D.2|D2025|OUTCOME|2|D.G||Diaspora human and financial capital is mobilised
D.2.1|D2025|STRATEGY|2.1|D.2||PARE 1+1 matching grants for the businesses of migrants and returnees
D.2.2|D2025|STRATEGY|2.2|D.2||Migration mainstreamed in the health, education, agriculture and SME strategies
R.G|RRP|GOAL|General objective|||Returning citizens are reintegrated economically and socially
R.1|RRP|OUTCOME|1|R.G||Returnees find work or start a business
R.1.1|RRP|STRATEGY|1.1|R.1||Information, referral and one-stop services for returnees
R.2|RRP|OUTCOME|2|R.G||Returnees' children are enrolled and their school records recognised""",
    "linkages": """
N.3.1|FIN|Q_FIN_04|SUPPORTS|NEUTRAL|Name PARE 1+1 as the instrument for remittance-financed investment.
N.1|EDU|Q_EDU_02|MIXED|DECREASES|Recognise skills acquired abroad in vocational education.
D.2.2|AGR|Q_AGR_01|HINDERS|NEUTRAL|Plan for the rural labour shortage in the agriculture strategy.
R.1|RET|Q_RET_02|SUPPORTS|DECREASES|Link the plan's services to the employment agency's programmes.""",
    "priorities": """
DIA|1|Engage the diaspora through the Diaspora-2025 strategy|DIA|IN_PLAN|4 4 4 4 5|MIGRATION_POLICY
  |DIASPORA,EMIGRANTS|19|10.7|Inter-ministerial committee meeting of 18.12.2018, decision 2
  |Estimates of Moldovans abroad range from 350,000 to 805,000; links with them are weak.
  |A diaspora focal person in every ministry and district and a growing range of diaspora services.
PARE|2|Channel remittances into investment through PARE 1+1|FIN|IN_PLAN|5 4 3 4 4|SECTORAL_DEVELOPMENT
  |EMIGRANTS,RETURNEES,FAMILIES_LEFT_BEHIND|20|10.c, 17.3|Inter-ministerial committee meeting of 21.11.2017, decision 3
  |Remittances were about a fifth of GDP in the 2010s but mostly fund consumption.
  |More migrants and returnees invest remittances in small businesses.
RET|3|Reintegrate returning migrants|RET|IN_PLAN|4 3 3 4 4|MIGRATION_POLICY|RETURNEES|21|10.7
  |Inter-ministerial committee meeting of 21.11.2017, decision 4
  |Returnees struggle to find work and to have their children's schooling recognised.
  |Returnees use the employment agency's services and more of them find a job.
SECT|4|Mainstream migration in the health, education, agriculture and SME strategies|GOV|ENDORSED|4 3 4 3 3
  |SECTORAL_DEVELOPMENT|EMIGRANTS,RETURNEES,LOCAL_COMMUNITIES|23|17.14
  |Inter-ministerial committee meeting of 19.06.2018, decision 1
  |Sector strategies in health, education, agriculture and small business overlooked migration.
  |Each of the four strategies assesses migration and carries measures for it.""",
    "evidence": """
DIA|Figure: Emigrants living abroad|The size of the diaspora (NBS).
DIA|Document: Report: Diaspora forum on the Diaspora-2025 strategy|The diaspora's priorities for the strategy.
DIA|Consultation input: Support mother-tongue classes|Asked for at the diaspora forum.
PARE|Figure: Personal remittances received, % of GDP|Remittances as a share of GDP.
PARE|Sector impact: Finance, remittances and financial inclusion –|Remittances sustain households.
PARE|Document: Report: Focus group with returnees who invested through PARE 1+1|What investors said about the
  programme.
RET|Consultation input: Match returnees with employers|The employers' proposal.
RET|Document: Minutes: Progress of the National Action Plan on Return and Reintegration|The plan's progress in 2019.
SECT|Sector impact: Agriculture and rural development –|Rural labour shortages from emigration.
SECT|Consultation input: Plan for the emigration of doctors and nurses|Raised at the sector workshop.
SECT|Document: Report: Validation meeting on the migration priorities for the sector strategies|The priorities
  validated with the stakeholders.""",
    "inputs": """
PARE|Train returnees in business planning
DIA|Support mother-tongue classes
DIA|Train a local focal person
RET|Match returnees with employers
RET|Make it easier to hire returning migrants
SECT|Plan for the emigration of doctors and nurses
SECT|Recognise skills migrants acquired abroad""",
    "weights": "IMPACT 0.2, FEASIBILITY 0.2, COST 0.2, URGENCY 0.2, POLITICAL_SUPPORT 0.2",
    "actions": """
M1|DIA|D.1.1|DRB|2017-01-01|2018-12-31|1200000|MDL|COMPLETED|GOV_BUDGET:700000 UN:500000:IOM||Train the diaspora
  focal persons of ministries and district councils
M2|DIA|D.1|MFAEI|2018-01-01|2020-12-31|3500000|MDL|ONGOING|GOV_BUDGET:2000000 UNFUNDED:1500000|Consular staff
  |Mobile consular services in two pilot cities abroad
M3|DIA|D.1|DRB|2017-06-01|2020-12-31|2400000|MDL|ONGOING|GOV_BUDGET:1600000 DIASPORA:300000 UNFUNDED:500000
  |Teachers abroad|Mother-tongue and culture classes for children of the diaspora
M4|PARE|D.2.1|ODIMM|2017-01-01|2020-12-31|60000000|MDL|ONGOING|GOV_BUDGET:48000000 DONOR:6000000:EU
  UNFUNDED:6000000|Grant officers in the regions|PARE 1+1 matching grants for the businesses of migrants and returnees
M5|PARE|N.3.1|ODIMM|2018-01-01|2019-12-31|120000|USD|COMPLETED|UN:120000:IOM||Business-planning training for returnees
  applying for PARE 1+1 grants
M6|RET|R.1.1|MHLSP|2017-04-01|2020-12-31|4800000|MDL|ONGOING|GOV_BUDGET:3000000 UNFUNDED:1800000
  |Counsellors in the district employment offices|Information and referral services for returnees at the employment
  agency
M7|RET|R.2|MECR|2018-09-01|2020-08-31|900000|MDL|DELAYED|GOV_BUDGET:900000||Recognise returnee children's school
  records
M8|SECT|D.2.2|StC|2018-03-01|2019-12-31|60000|USD|ONGOING|UN:60000:UNDP|Policy analysts in the four ministries
  |Assess the migration impact of the health, education, agriculture and SME strategies
M9|SECT|D.2.2|MHLSP|2019-01-01|2020-12-31|500000|MDL|NOT_STARTED|UNFUNDED:500000||Health workforce retention
  measures in the health strategy""",
    "alignment": """
PARE 1+1 remittance-investment programme|PARE|500000
Mainstreaming Migration into National Development Strategies (SDC-funded), UNDP-managed share|SECT|254700
Mainstreaming Migration into National Development Strategies (SDC-funded), IOM-managed share|DIA|300000""",
    "results": """
OC1|OUTCOME||DIA|D.1|The diaspora is engaged through focal persons across government|Councils keep the posts
  |Turnover after local elections
OC2|OUTCOME||PARE|D.2.1|Migrants and returnees invest in small businesses|Grant funds are replenished|Recession
OC3|OUTCOME||RET|R.1|Returnees find work|Employers take part|Returnees do not register
OC4|OUTCOME||SECT|D.2.2|Sector strategies plan for migration|The strategies are revised on time
  |Ministries lack analysts""",
    "indicators": """
OC1|Ministries and district councils with a diaspora focal person|COUNT|INCREASE|QUANTITATIVE|ANNUAL|0@2016|||DRB
  |2018:20 2020:40F|2017:12 2018:24 2019:33 2020:38||Diaspora Relations Bureau register of focal persons
  |No focal persons before GD 725 (demo value)
OC2|Businesses started or expanded with PARE 1+1 grants|COUNT_PER_YEAR|INCREASE|QUANTITATIVE|ANNUAL|110@2016|||ODIMM
  |2020:200F|2017:132 2018:150 2019:171 2020:168||ODIMM programme reports|Grants of 2016 (demo value)
OC3|Returnees registered with the employment agency who found a job|PCT|INCREASE|QUANTITATIVE|ANNUAL|22@2017|||MHLSP
  |2020:35F|2018:25 2019:29 2020:27||Employment agency administrative data|Agency records of 2017 (demo value)
OC4|Sector strategies with migration mainstreamed|COUNT|INCREASE|QUANTITATIVE|ANNUAL|0@2017|PROC_SECTOR_POLICIES_MM||StC
  |2020:4F|2018:1 2019:2 2020:3||Strategies approved by the Government|None of the four strategies in 2017 (demo value)""",
    "reports": """
2020|Monitoring report 2020 on the Diaspora-2025 action plan""",
    "reporter": "Focal person, {institution} (demo)", "verifier": "Diaspora Relations Bureau (demo)",
    "evaluations": """
MID_TERM|External evaluator contracted by IOM (demo)|2020-12-31|2021-06-30|Is Diaspora-2025 on track at mid-term?
  |Focal persons are in place; PARE 1+1 slowed in 2020; returnees' employment lags.
FINAL|External evaluator, to be contracted (demo)|2026-12-15||What did Diaspora-2025 achieve?|""",
    "responses": """
MID_TERM|Open PARE 1+1 to returnees' farm businesses.|Agreed.|Change the programme rules.|ODIMM|2022-06-30|DONE""",
}
COUNTRIES = {"JAM": JAM, "MDA": MDA}


def load_planning(records: RecordService, documents: DocumentService, code: str) -> int:
    """Fill steps 4 and 5 of a new JAM or MDA workspace (after steps 1-3 and 6); return the number
    of records created (0 for other codes, for a workspace that already has an instrument, and for
    one without the step 2-6 demo it builds on)."""
    data = COUNTRIES.get(code)
    if data is None or records.rows(code, S.INSTRUMENTS) or not records.rows(code, P.MECHANISMS):
        return 0
    with tempfile.TemporaryDirectory(prefix="mainstream-demo-") as folder:
        return _Loader(records, documents, code, Path(folder)).load(data)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _acronym(name: str) -> str:
    """"Swiss Agency ... (SDC)" -> "SDC"; "European Union" -> "EU"."""
    found = re.search(r"\(([^)]+)\)$", name)
    return found.group(1) if found else "".join(word[0] for word in name.split() if word[0].isupper())


def _period(token: str) -> tuple[date, date, float, list[tuple[str, float]]]:
    """"2021:17(F11,M6)", "2017Q1:6.8" or "2011-2015:-5.8" -> start, end, value, parts by sex."""
    match = PERIOD.match(token)
    if match is None:
        raise ValueError(f"bad actual {token!r}")
    year, quarter = int(match["start"]), match["quarter"]
    if quarter:
        first = 3 * int(quarter) - 2
        start, end = date(year, first, 1), date(year + first // 10, (first + 2) % 12 + 1, 1)
        end = date.fromordinal(end.toordinal() - 1)
    else:
        start, end = date(year, 1, 1), date(int(match["end"] or year), 12, 31)
    parts = [(part[0], float(part[1:])) for part in (match["parts"] or "").split(",") if part]
    return start, end, float(match["value"]), parts


class _Loader(DemoLoader):
    def __init__(self, records: RecordService, documents: DocumentService, code: str, folder: Path) -> None:
        super().__init__(records, documents, code, folder)
        self.institutions: dict[str, str] = {}
        for row in records.rows(code, P.INSTITUTIONS):
            self.institutions[row.values["name"]] = row.id
            if row.values["acronym"]:
                self.institutions[row.values["acronym"]] = row.id
        self.partners = {_acronym(row.values["name"]): row.id for row in records.rows(code, P.PARTNERS)}

    def institution(self, key: str) -> str | None:
        return self.institutions[key] if key else None

    def load(self, data: dict[str, str]) -> int:
        self.instruments(data)
        self.elements(data)
        self.priorities(data)
        self.actions(data)
        self.align(data)
        self.results(data)
        self.indicators(data)
        self.evaluations(data)
        self.save(S.RAG_THRESHOLDS, dict(zip(("green_from", "amber_from", "maintain_tolerance"), THRESHOLDS,
                                             strict=True)))
        return self.created

    def instruments(self, data: dict[str, str]) -> None:
        for key, title, kind, status, level, start, end, adopted, body, reference, owner, text in rows(
                data["instruments"]):
            self.save(S.INSTRUMENTS, {
                "title": title, "instrument_type": kind, "status": status, "mainstreaming_level": int(level),
                "period_start_year": int(start), "period_end_year": int(end), "adoption_date": _day(adopted),
                "adopting_body": body, "legal_reference": reference,
                "owner_institution_id": self.institution(owner),
                "document_id": self.document(title, "POLICY", adopted, [reference, text]) if text else None}, key)

    def elements(self, data: dict[str, str]) -> None:
        for key, instrument, level, number, parent, sourced, text in rows(data["elements"]):
            self.save(S.PLAN_ELEMENTS, {"instrument_id": self.ref(S.INSTRUMENTS, instrument), "level": level,
                                        "code": number, "text": text + ("" if sourced else WORDING),
                                        "parent_id": self.ref(S.PLAN_ELEMENTS, parent)}, key)
        for element, area, question, on_goal, on_migration, change in rows(data["linkages"]):
            self.save(S.LINKAGES, {"plan_element_id": self.ref(S.PLAN_ELEMENTS, element), "policy_area": area,
                                   "question_code": question, "effect_of_migration_on_goal": on_goal,
                                   "effect_of_goal_on_migration": on_migration,
                                   "proposed_text_change": change + DEMO})

    def priorities(self, data: dict[str, str]) -> None:
        for key, rank, title, area, status, scores, category, groups, gcm, sdg, decision, problem, objective in rows(
                data["priorities"]):
            impact, feasibility, cost, urgency, support = (int(score) for score in scores.split())
            self.save(S.PRIORITIES, {
                "title": title, "policy_area": area, "status": status, "rank": int(rank), "score_impact": impact,
                "score_feasibility": feasibility, "score_cost": cost, "score_urgency": urgency,
                "score_political_support": support, "policy_category": category, "target_groups": groups,
                "gcm_objectives": gcm, "sdg_targets": sdg, "endorsement_reference": decision + " (demo numbering)",
                "problem_statement": problem + DEMO, "objective": objective + DEMO}, key)
        choices = self.records.evidence_choices(self.code)
        for priority, label, note in rows(data["evidence"]):
            self.save(S.PRIORITY_EVIDENCE, {"priority_id": self.ref(S.PRIORITIES, priority),
                                            "evidence": _evidence(choices, label), "note": note + DEMO})
        for item in data["weights"].split(","):
            criterion, weight = item.split()
            self.save(S.SCORING_WEIGHTS, {"criterion": criterion, "weight": float(weight)})
        self.link_inputs(data)

    def link_inputs(self, data: dict[str, str]) -> None:
        """Record which priority each accepted step 3 input fed (the input funnel's last stage)."""
        inputs = self.records.rows(self.code, P.INPUTS)
        for priority, text in rows(data["inputs"]):
            row = _starting(inputs, "text", text)
            self.save(P.INPUTS, {**row.values, "linked_priority_id": self.ref(S.PRIORITIES, priority)}, "", row.id)

    def actions(self, data: dict[str, str]) -> None:
        for key, priority, element, lead, start, end, cost, currency, status, funding, capacity, what in rows(
                data["actions"]):
            action = self.save(S.ACTIONS, {
                "description": what + DEMO, "priority_id": self.ref(S.PRIORITIES, priority),
                "plan_element_id": self.ref(S.PLAN_ELEMENTS, element), "lead_institution_id": self.institution(lead),
                "start_date": _day(start), "end_date": _day(end), "cost_estimate": float(cost),
                "currency": currency, "status": status, "capacity_needs": capacity}, key)
            for token in funding.split():
                source, amount, partner = (token.split(":") + [""])[:3]
                self.save(S.ACTION_FUNDING, {"action_id": action, "funding_source": source, "amount": float(amount),
                                             "partner_id": self.partners[partner] if partner else None})

    def align(self, data: dict[str, str]) -> None:
        """Align step 6 projects to the priorities; an aligned project keeps only its demo note."""
        projects = self.records.rows(self.code, P.PROJECTS)
        for title, priority, amount in rows(data["alignment"]):
            project = _starting(projects, "title", title)
            self.save(P.PROJECT_PRIORITIES, {"project_id": project.id, "priority_id": self.ref(S.PRIORITIES, priority),
                                             "amount": float(amount)})
            reason = str(project.values["unaligned_reason"] or "").removeprefix(UNALIGNED).strip()
            self.save(P.PROJECTS, {**project.values, "unaligned_reason": reason}, "", project.id)

    def results(self, data: dict[str, str]) -> None:
        for code, level, parent, priority, element, statement, assumptions, risks in rows(data["results"]):
            self.save(S.RESULTS, {
                "code": code, "level": level, "statement": statement + DEMO,
                "parent_result_id": self.ref(S.RESULTS, parent), "linked_priority_id": self.ref(S.PRIORITIES, priority),
                "linked_plan_element_id": self.ref(S.PLAN_ELEMENTS, element), "assumptions": assumptions,
                "risks": risks}, code)

    def indicators(self, data: dict[str, str]) -> None:
        reports = {year: self.document(title, "REPORT", f"{int(year) + 1}-03-31", [
            "Progress of each indicator of the results framework against its baseline and targets."])
            for year, title in rows(data["reports"])}
        for (result, name, unit, direction, kind, frequency, baseline, reference, groups, responsible, targets,
             actuals, manual, means, note) in rows(data["indicators"]):
            value, _, year = baseline.partition("@")
            status, _, why = manual.partition(": ")
            indicator = self.save(S.RESULT_INDICATORS, {
                "name": name, "result_id": self.ref(S.RESULTS, result), "unit_code": unit, "direction": direction,
                "indicator_kind": kind, "frequency": frequency, "baseline_value": float(value) if value else None,
                "baseline_year": int(year) if year else None, "indicator_code": reference, "disaggregations": groups,
                "responsible_institution_id": self.institution(responsible), "means_of_verification": means,
                "baseline_source_note": note, "manual_status": status, "manual_status_justification": why})
            self.targets(indicator, targets)
            reporter = data["reporter"].format(institution=responsible)
            for token in actuals.split():
                self.actual(indicator, token, reporter, data["verifier"], reports)

    def targets(self, indicator: str, targets: str) -> None:
        """"2017:6.5 2020:5.0F": a milestone for 2017 and the final target for 2020."""
        for token in targets.split():
            year, _, target = token.partition(":")
            self.save(S.TARGETS, {"result_indicator_id": indicator, "year": int(year),
                                  "target_value": float(target.rstrip("F")),
                                  "target_type": "FINAL" if target.endswith("F") else "MILESTONE"})

    def actual(self, indicator: str, token: str, reporter: str, verifier: str, reports: dict[str, str]) -> None:
        start, end, value, parts = _period(token)
        actual = self.save(S.ACTUALS, {"result_indicator_id": indicator, "period_start": start, "period_end": end,
                                       "value": value, "obs_status": "A", "reported_by": reporter,
                                       "verified_by": verifier, "evidence_document_id": reports.get(str(end.year))})
        for sex, part in parts:
            self.save(S.ACTUAL_DISAGGREGATIONS, {"actual_id": actual, "dimension": "SEX", "code": sex, "value": part})

    def evaluations(self, data: dict[str, str]) -> None:
        for kind, evaluator, planned, completed, questions, findings in rows(data["evaluations"]):
            title = f"{kind.replace('_', '-').lower()} evaluation report".capitalize()
            report = self.document(title, "REPORT", completed, [questions, findings]) if completed else None
            self.save(S.EVALUATIONS, {
                "evaluation_type": kind, "evaluator": evaluator, "planned_date": _day(planned),
                "completed_date": _day(completed), "questions": questions,
                "findings": findings + DEMO if findings else "", "report_document_id": report}, kind)
        for kind, recommendation, response, action, owner, due, status in rows(data["responses"]):
            self.save(S.MANAGEMENT_RESPONSES, {
                "evaluation_id": self.ref(S.EVALUATIONS, kind), "recommendation": recommendation + DEMO,
                "response": response, "planned_action": action, "owner_institution_id": self.institution(owner),
                "due_date": _day(due), "status": status})


def _starting(records: list[RecordRow], field: str, text: str) -> RecordRow:
    """The earlier steps' record whose ``field`` starts with ``text``."""
    found = next((row for row in records if str(row.values[field]).startswith(text)), None)
    if found is None:
        raise LookupError(f"no record whose {field} starts with {text!r} in the demo workspace")
    return found


def _evidence(choices: list[Choice], label: str) -> str:
    """The ``TYPE:uuid`` of the first piece of evidence whose label starts with ``label``."""
    found = next((choice.code for choice in choices if choice.label.startswith(label)), None)
    if found is None:
        raise LookupError(f"no evidence labelled {label!r} in the demo workspace")
    return found
