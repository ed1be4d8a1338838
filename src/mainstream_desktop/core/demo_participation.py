"""Steps 2, 3 and 6 of the demo for Jamaica and Moldova: the institution and people registry, the
coordination mechanisms with members, meetings, attendance, action items and the responsibility
map; stakeholders, consultation events and inputs; partners, projects, FX rates and partner
coordination events. Every row goes through ``RecordService.save`` (so every field, code list,
reference and cross-field rule is checked); ToR, minutes and reports through ``DocumentService.add``.

Sourced (domain notes §0.2, §4.6, §4.7): the PIOJ as Jamaica's focal point; the NWGIMD (2011, PIOJ
chair and secretariat; only the year is known, 1 January stands for it); the national policy's
nine thematic areas, tabled June 2017; the 2010 (EU-funded) and 2018 migration profiles; the
learning mission to the Philippines; GD 725 of 08.09.2017 (committee chaired by the Government's
Secretary General, ministry focal persons, the Diaspora Relations Bureau coordinating);
Diaspora-2025, GD 634/2012 and the EMP, PARE 1+1, the return plan 2017-2020; Moldova's USD 963,228
of which USD 254,700 UNDP-managed, 2012-2018 (the IOM row is the difference); phase II's project
mapping. General knowledge, to verify: ministry and agency names (ODIMM running PARE 1+1), the
ISO 3166-2 codes, the MiDL project.

Invented, and marked "demo" in a name, text or note wherever the record has one: every person
(named by post; contact data only at example.org or 555 numbers and always with consent), NGOs,
associations and firms, the dates of meetings and events, meeting frequencies, attendance, agendas,
action items, inputs and dispositions, participant counts, interest and influence scores, the
responsibility map, Jamaica's project amounts (illustrative in the notes), FX rates (approximate),
partners' replies, and the wording of every attached file. Two honest gaps are left in Jamaica: no
LEAD for EDU (the education ministry was asked to name one) and ILO has not reported its projects.
Loaded once per new workspace: a workspace that already has a mechanism is left as it is.
"""

from __future__ import annotations

import re
import tempfile
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from mainstream_desktop.core import participation_specs as S
from mainstream_desktop.core.documents import DocumentService
from mainstream_desktop.core.record_specs import RecordSpec
from mainstream_desktop.core.records import RecordService
from mainstream_desktop.resource_files import read_csv_rows

BANNER = "DEMO DOCUMENT - invented placeholder for the Mainstream Desktop demo, not an official record."
UNALIGNED = ("Agreed with the partner before the national migration and development priorities were set; to be "
             "reviewed at the next partner coordination meeting.")
NOTES = {"ILL": " Demo entry: amount and dates illustrative, not from project documents.",
         "INV": " Invented demo project."}
FX_SOURCE = "Approximate annual average, USD per unit (demo value; check IMF IFS or the ECB before use)"

# Tables are "|"-separated rows; an indented line continues the row above. Institutions:
# key|name|acronym|type|level|sectors|people as post/sex/contact ("" none, "e" e-mail, "p" also phone,
# both with consent) separated by ";" (keys KEY, KEY2...). Name "*" is the workspace's lead institution.
SHARED = {
    "institutions": """
IOM|International Organization for Migration|IOM|UN_AGENCY|INTERNATIONAL|DIA,RET,DAT|Programme officer/F/e
UNDP|United Nations Development Programme|UNDP|UN_AGENCY|INTERNATIONAL|GOV,LOC|Programme analyst/M/
UNICEF|United Nations Children's Fund|UNICEF|UN_AGENCY|INTERNATIONAL|FAM,EDU|Child protection officer/F/
UNHCR|Office of the UN High Commissioner for Refugees|UNHCR|UN_AGENCY|INTERNATIONAL|GOV|
ILO|International Labour Organization|ILO|UN_AGENCY|INTERNATIONAL|EMP|Labour migration specialist/M/
SDC|Swiss Agency for Development and Cooperation|SDC|DONOR|INTERNATIONAL||Programme officer/F/
EU|Delegation of the European Union|EU|DONOR|INTERNATIONAL||""",
    # key|name|type|GMG agency|confirmed no migration projects (a demo reply)
    "partners": """
SDC|Swiss Agency for Development and Cooperation (SDC)|BILATERAL_DONOR||0
EU|European Union|EU||0
IOM|International Organization for Migration (IOM)|UN_AGENCY|IOM|0
UNDP|United Nations Development Programme (UNDP)|UN_AGENCY|UNDP|0
UNICEF|United Nations Children's Fund (UNICEF)|UN_AGENCY|UNICEF|0
UNHCR|UN High Commissioner for Refugees (UNHCR)|UN_AGENCY|UNHCR|1""",
}

JAM = {
    "phone": "+1 876 555 01{:02d}", "consent": "2014-03-01",
    "institutions": """
PIOJ|*|PIOJ|AGENCY|NATIONAL|GOV|Chair of the NWGIMD/F/e;Secretariat officer/M/
MFAFT|Ministry of Foreign Affairs and Foreign Trade|MFAFT|MINISTRY|NATIONAL|FOR,DIA|Diaspora affairs focal point/F/e
MLSS|Ministry of Labour and Social Security|MLSS|MINISTRY|NATIONAL|EMP,SOC|Overseas employment focal point/M/
MOHW|Ministry of Health and Wellness|MOHW|MINISTRY|NATIONAL|HEA|Human resources for health focal point/F/e
MOEYI|Ministry of Education, Youth and Information|MOEYI|MINISTRY|NATIONAL|EDU|Education focal point/F/
MNS|Ministry of National Security|MNS|MINISTRY|NATIONAL|SEC,RET|Returnees focal point/M/p
PICA|Passport, Immigration and Citizenship Agency|PICA|AGENCY|NATIONAL|SEC,DAT|Immigration statistics officer/M/
STATIN|Statistical Institute of Jamaica|STATIN|STATISTICS_OFFICE|NATIONAL|DAT|Demographic statistics focal point/F/e
BOJ|Bank of Jamaica|BOJ|CENTRAL_BANK|NATIONAL|FIN|Remittances analyst/M/
MOFPS|Ministry of Finance and the Public Service|MOFPS|MINISTRY|NATIONAL|FIN|Budget officer/F/
MOJ|Ministry of Justice|MOJ|MINISTRY|NATIONAL|GOV|Legal officer/F/
MLGCD|Ministry of Local Government and Community Development|MLGCD|MINISTRY|NATIONAL|LOC|Local development officer/M/
KSAMC|Kingston and St Andrew Municipal Corporation|KSAMC|LOCAL_GOVERNMENT|LOCAL|LOC|Community development officer/F/
SJMC|St James Municipal Corporation|SJMC|LOCAL_GOVERNMENT|LOCAL|LOC|
UWI|University of the West Indies, Mona|UWI|ACADEMIA|NON_STATE|DAT,EDU|Migration researcher/F/e
PSOJ|Private Sector Organisation of Jamaica|PSOJ|PRIVATE_SECTOR|NON_STATE|TRD,EMP|Policy analyst/M/
NGO1|Returnee support NGO, Kingston (demo)||NGO|NON_STATE|RET,SOC|Programme coordinator/F/p
NGO2|Child rights NGO (demo)||NGO|NON_STATE|FAM|
DIA1|Jamaican diaspora association, New York (demo)||DIASPORA_ORG|NON_STATE|DIA|Board member/M/e
RSP|Money transfer operator (demo)||PRIVATE_SECTOR|NON_STATE|FIN|
TU|Trade union confederation (demo)||TRADE_UNION|NON_STATE|EMP|
PAHO|Pan American Health Organization / WHO|PAHO/WHO|UN_AGENCY|INTERNATIONAL|HEA|Health workforce adviser/F/
UNW|UN Women|UN Women|UN_AGENCY|INTERNATIONAL|GEN|""",
    # key|name|kind|legal basis|reference|established|chair|secretariat|frequency
    "mechanisms": """
NWGIMD|National Working Group on International Migration and Development (NWGIMD)|TECHNICAL_WORKING_GROUP|TOR_ONLY
  |NWGIMD terms of reference, 2011 (demo copy)|2011-01-01|PIOJ|PIOJ|MONTHLY""",
    "tor": """
NWGIMD|Set up in 2011 to integrate migration into national development planning (Vision 2030 Jamaica).
NWGIMD|Chair and secretariat: the Planning Institute of Jamaica, the government's focal point.
NWGIMD|Members: ministries, departments and agencies, civil society, NGOs, academia and development partners.
NWGIMD|Thematic sub-groups follow the nine areas of the national policy.""",
    # mechanism|role|tokens: a person key, or "@INST" for an institution without a person; "*" = sector
    # focal point; NFP is the national focal point the workspace was created with
    "members": """
NWGIMD|CHAIR|PIOJ
NWGIMD|SECRETARIAT|NFP
NWGIMD|MEMBER|MFAFT* MLSS* MOHW* MOEYI* MNS* PICA* STATIN* BOJ* MOFPS* MOJ* MLGCD* UWI PSOJ NGO1 DIA1 @TU
NWGIMD|OBSERVER|IOM UNDP UNICEF ILO PAHO @UNW SDC""",
    # mechanism|date|type|minutes attached|agenda|attendance ("-KEY": sent apologies)
    "meetings": """
NWGIMD|2011-06-14|REGULAR|1|Inaugural meeting: terms of reference, membership and work plan
  |PIOJ NFP MFAFT MLSS MOHW STATIN BOJ PICA -MOJ IOM UNDP
NWGIMD|2012-02-21|TRAINING|1|Training on the GMG handbook: mainstreaming migration into development planning
  |NFP PIOJ2 MFAFT MLSS MOHW MOEYI STATIN MNS UWI IOM UNDP
NWGIMD|2012-09-18|REGULAR|1|Thematic sub-groups for the nine policy areas and their convenors
  |PIOJ NFP MFAFT MLSS MOHW MOEYI -BOJ PICA MOJ NGO1 IOM
NWGIMD|2013-05-22|REGULAR|1|Sub-group reports on the draft National Policy on International Migration and Development
  |PIOJ NFP MFAFT MLSS MOHW -MOEYI MNS STATIN BOJ UWI PSOJ DIA1 IOM UNDP
NWGIMD|2014-03-11|REGULAR|1|Phase II work plan; data-sharing protocol between STATIN, PICA and BOJ
  |PIOJ NFP STATIN PICA BOJ MOFPS -MNS IOM UNDP SDC
NWGIMD|2015-03-10|VALIDATION|1|Validation of the draft policy and its nine thematic areas
  |PIOJ NFP PIOJ2 MFAFT MLSS MOHW MOEYI MNS PICA STATIN BOJ MOFPS MOJ MLGCD UWI PSOJ NGO1 DIA1 IOM UNDP UNICEF ILO
NWGIMD|2015-10-20|REGULAR|1|Lessons from the bilateral learning mission to the Philippines
  |PIOJ NFP MFAFT MLSS -MOHW STATIN IOM UNDP
NWGIMD|2016-06-14|REGULAR|0|Costing the action plan of the policy|PIOJ NFP MOFPS MLSS MOHW -MOEYI MNS UNDP
NWGIMD|2017-06-27|EXTRAORDINARY|1|Policy tabled in Parliament (June 2017): implementation arrangements
  |PIOJ NFP MFAFT MLSS MOHW MOEYI MNS STATIN BOJ MOJ -MLGCD IOM UNDP PAHO
NWGIMD|2017-11-14|REGULAR|0|Monitoring framework; update of the migration profile for 2018
  |PIOJ NFP STATIN PICA BOJ -MOFPS IOM""",
    # meeting index|owner|due|status|what (open items past their date show as overdue)
    "actions": """
0|PIOJ|2011-07-31|DONE|Circulate the terms of reference; each ministry, department and agency names a focal point
2|PIOJ|2012-10-31|DONE|Each thematic sub-group names its convenor
4|STATIN|2014-12-31|IN_PROGRESS|Draft the migration data-sharing protocol between STATIN, PICA and BOJ
4|PICA|2014-09-30|OPEN|Share anonymised arrival data on forced returnees for 2012-2013
5|PIOJ|2015-06-30|DONE|Work the validation comments into the policy draft
6|MLSS|2015-12-15|DROPPED|Brief the sub-groups on overseas workers' welfare schemes seen in the Philippines
7|MOFPS|2016-09-30|OPEN|Advise on the costing of the action plan
8|MOEYI|2017-09-30|OPEN|Name the lead institution for education and skills in the responsibility map
8|MOHW|2017-10-31|DONE|Prepare the terms of reference of the health-worker retention study with PAHO/WHO
9|PIOJ|2018-06-30|DONE|Update the migration profile (published 2018)""",
    # area institution role; EDU has no LEAD on purpose (demo gap, see the MOEYI action item above)
    "responsibilities": """EMP MLSS LEAD, EMP PSOJ CONSULTED, HEA MOHW LEAD, HEA PAHO CONTRIBUTOR,
        EDU MOEYI CONTRIBUTOR, EDU UWI CONSULTED, DAT STATIN LEAD, DAT PICA DATA_PROVIDER, DAT BOJ DATA_PROVIDER,
        FIN BOJ LEAD, FIN MOFPS CONTRIBUTOR, SEC MNS LEAD, SEC PICA CONTRIBUTOR, FOR MFAFT LEAD, GOV MOJ LEAD,
        GOV PIOJ CONTRIBUTOR, DIA MFAFT LEAD, RET MNS LEAD, RET NGO1 CONTRIBUTOR, LOC MLGCD LEAD""",
    # key|name ("" = the institution's)|group|institution|contact person|geography|diaspora in|interest|influence|
    # engagement
    "stakeholders": """
UWI||ACADEMIA_RESEARCH|UWI|UWI|NATIONAL||4|3|COLLABORATE
KSAMC||LOCAL_GOVERNMENT|KSAMC||JM-01||3|2|CONSULT
SJMC||LOCAL_GOVERNMENT|SJMC||JM-08||3|2|CONSULT
PSOJ||PRIVATE_SECTOR_EMPLOYER|PSOJ||NATIONAL||3|4|CONSULT
HOTEL|Hotel employers' association (demo)|PRIVATE_SECTOR_EMPLOYER|||JM-08||3|3|INFORM
RSP||FINANCIAL_RSP|RSP||NATIONAL||4|3|CONSULT
NGO1||NGO_CSO|NGO1|NGO1|NATIONAL||5|2|INVOLVE
NGO2||NGO_CSO|NGO2||NATIONAL||4|2|CONSULT
WOM|Women's rights NGO (demo)|NGO_CSO|||NATIONAL||4|2|CONSULT
DIA1||DIASPORA_ORGANISATION|DIA1|DIA1|NATIONAL|USA|5|3|INVOLVE
DIA2|Jamaican diaspora association, London (demo)|DIASPORA_ORGANISATION|||NATIONAL|GBR|4|2|CONSULT
DIA3|Jamaican diaspora association, Toronto (demo)|DIASPORA_ORGANISATION|||NATIONAL|CAN|4|2|CONSULT
RET|Returned residents' association (demo)|RETURNEE_GROUP|||JM-12||5|1|CONSULT
TU||TRADE_UNION|TU||NATIONAL||3|3|CONSULT
NURSE|Nurses' association (demo)|TRADE_UNION|||NATIONAL||5|2|CONSULT
MEDIA|National newspaper (demo)|MEDIA|||NATIONAL||2|4|INFORM""",
    # title|type|date|location|topics|women|men|other|report attached|stakeholders present
    "events": """
Consultation on labour mobility and remittances|WORKSHOP|2012-10-16|Kingston|EMP,FIN|18|14|0|1|UWI PSOJ RSP TU NGO1
Focus group with forced returnees and support NGOs|FOCUS_GROUP|2013-03-12|Montego Bay (JM-08)|RET,SOC|9|11|0|1
  |NGO1 RET SJMC
Diaspora consultation on the draft policy|DIASPORA_FORUM|2013-06-18|Kingston and online|DIA,FIN,FOR|22|19|1|1
  |DIA1 DIA2 DIA3
Family, children and migration workshop|WORKSHOP|2014-05-20|Kingston|FAM,HEA,EDU,GEN|21|8|0|1|NGO2 WOM NURSE KSAMC
Online consultation on the draft policy|ONLINE_CONSULTATION|2014-11-03|online|GOV,DIA,DAT|64|51|3|0
  |MEDIA UWI DIA1 HOTEL
National validation workshop on the draft National Policy on International Migration and Development
  |VALIDATION_MEETING|2015-03-10|Kingston|GOV,EMP,HEA,DIA,FIN,RET,SEC,FAM,DAT|34|27|0|1
  |UWI KSAMC SJMC PSOJ NGO1 NGO2 DIA1 TU MEDIA""",
    # event index|stakeholder|area|disposition|input|rationale
    "inputs": """
0|PSOJ|EMP|PARTLY_ACCEPTED|Map the skills shortages emigration creates before expanding overseas employment.
  |Skills-gap mapping added to labour mobility; programme size stays with the labour ministry.
0|RSP|FIN|ACCEPTED|Review the regulatory costs that keep remittance fees high.|Fits the remittances area; BOJ to review.
0|TU|EMP|ACCEPTED|Make social security portable in bilateral labour agreements.|Added under labour mobility.
0|UWI|DAT|PARTLY_ACCEPTED|Give researchers access to anonymised emigration microdata.
  |Aggregates to be published; microdata only under the data-sharing protocol.
1|NGO1|RET|ACCEPTED|Meet forced returnees at the airport with information on services.|Included in the return area.
1|RET|EDU|PARTLY_ACCEPTED|Recognise the foreign qualifications of returning residents.
  |Referred to the accreditation bodies; the policy commits to a review only.
1|SJMC|LOC|NOTED|Fund reintegration desks in the municipal corporations.|No budget line yet; kept for the costing.
1|NGO1|RET|REJECTED|Create a separate ministry for returnees.|Coordination stays with existing ministries (NWGIMD).
2|DIA1|DIA|ACCEPTED|Build a database of diaspora skills and investment interests.|Included in the diaspora area.
2|DIA2|GOV|NOTED|Allow Jamaicans abroad to vote.|Electoral law is outside the migration policy.
2|DIA3|FIN|NOTED|Offer a diaspora bond in small denominations.|Referred to the Ministry of Finance.
2|DIA1|FOR|PARTLY_ACCEPTED|Extend consular hours for passport services in New York.
  |Online appointments proposed instead of longer hours.
3|NGO2|FAM|ACCEPTED|Train school counsellors to support children left behind.|Included in the family area.
3|WOM|GEN|ACCEPTED|Collect sex-disaggregated data on labour migrants.|Added to the data and research area.
3|NURSE|HEA|PARTLY_ACCEPTED|Ask recruiting countries to compensate for the nurses they hire.
  |Framed as ethical recruitment and bilateral dialogue, not compensation.
3|KSAMC|LOC|ACCEPTED|Include migration in local sustainable development plans.|Local planning guidance to mention it.
4|MEDIA|GOV|ACCEPTED|Publish the draft policy with a plain-language summary.|Summary published with the consultation.
4|UWI|DAT|ACCEPTED|Use the 2011 census to estimate return migration.|STATIN to run the tables.
4|HOTEL|EMP|PENDING|Regulate the fees of private recruitment agencies.|
5|PSOJ|TRD|PARTLY_ACCEPTED|Promote diaspora investment through the national investment agency.
  |Kept as an action; the agency's mandate is not changed.
5|NGO1|RET|ACCEPTED|Cost the reintegration actions before adoption.|Costing requested (NWGIMD action item).
5|DIA1|DIA|PENDING|Name a diaspora focal point in every ministry.|
5|TU|SOC|ACCEPTED|Report every year on the implementation of the policy.|Annual progress report added.""",
    # ILO is listed but has not reported (demo gap: every partner lists its projects or confirms none)
    "partners": """
PAHO|Pan American Health Organization / World Health Organization (PAHO/WHO)|UN_AGENCY|WHO|0
ILO|International Labour Organization (ILO)|UN_AGENCY|ILO|0""",
    # title|partner|implementer|start|end|budget|currency|year|disbursed|areas|status|note (ILL, INV or text)
    "projects": """
IOM-UNDP joint programme Mainstreaming Migration into National Development Strategies, phase II (SDC-funded)
  |SDC|PIOJ|2014-02-01|2018-01-31|900000|USD|2014||GOV,DAT,DIA|CLOSED
  | Phase dates sourced; the amount is illustrative (domain notes §4.6).
Migration profile of Jamaica 2010 (EU-funded)|EU|IOM|2009-06-01|2010-12-31|250000|EUR|2010|250000|DAT|CLOSED|ILL
Reintegration of forced returnees|UNDP|NGO1|2015-01-01|2017-12-31|400000|USD|2015|310000|RET,SOC,SEC|CLOSED|ILL
Health-worker retention study|PAHO|MOHW|2017-11-01|2019-06-30|100000|USD|2017|60000|HEA,EMP|ONGOING|ILL
Diaspora skills and investment mapping (demo)|IOM|MFAFT|2016-04-01|2018-03-31|150000|USD|2016|120000|DIA,TRD
  |CLOSED|INV
Children left behind: school-based support (demo)|UNICEF|MOEYI|2015-09-01|2017-08-31|80000|USD|2015|80000
  |FAM,EDU|CLOSED|INV""",
    "fx": "EUR|2010|1.326\nJMD|2012|0.01124\nJMD|2013|0.00992\nJMD|2014|0.00899\nJMD|2015|0.00855\nJMD|2016|0.00799\nJMD|2017|0.00782\nJMD|2018|0.00776\nJMD|2019|0.0075\nJMD|2020|0.00702\nJMD|2021|0.00663\nJMD|2022|0.00651",
    # type|date|document attached|decisions
    "coordination": """
UNCT_MEETING|2014-04-08|1|IOM and UNDP co-lead the country team's support on migration; every agency lists its
  migration projects for the inventory (demo wording).
DONOR_ROUNDTABLE|2016-11-22|0|Partners map their support against the nine thematic areas of the draft policy;
  return and reintegration is under-funded (demo wording).""",
}

MDA = {
    "phone": "+373 69 000 0{:02d} (demo)", "consent": "2017-10-02",
    "institutions": """
DRB|*|DRB|AGENCY|NATIONAL|DIA|Focal point network coordinator/F/e
STC|State Chancellery|StC|AGENCY|NATIONAL|GOV|Secretary General of the Government/U/
MHLSP|Ministry of Health, Labour and Social Protection|MHLSP|MINISTRY|NATIONAL|EMP,HEA,SOC
  |Labour migration focal point/F/e;Health focal point/M/
MECR|Ministry of Education, Culture and Research|MECR|MINISTRY|NATIONAL|EDU|Education focal point/F/
NBS|National Bureau of Statistics|NBS|STATISTICS_OFFICE|NATIONAL|DAT|Migration statistics focal point/F/e
MOF|Ministry of Finance|MF|MINISTRY|NATIONAL|FIN|Budget planning focal point/M/
NBM|National Bank of Moldova|NBM|CENTRAL_BANK|NATIONAL|FIN|Balance of payments analyst/F/
MIA|Ministry of Internal Affairs|MIA|MINISTRY|NATIONAL|SEC|Migration policy focal point/M/p
BMA|Bureau for Migration and Asylum|BMA|AGENCY|NATIONAL|SEC,DAT|Migration profile coordinator/F/e
BP|General Inspectorate of Border Police|Border Police|AGENCY|NATIONAL|SEC|Border statistics officer/M/
MFAEI|Ministry of Foreign Affairs and European Integration|MFAEI|MINISTRY|NATIONAL|FOR,DIA
  |Consular and diaspora focal point/F/
MOJ|Ministry of Justice|MJ|MINISTRY|NATIONAL|GOV|Legal adviser/M/
MEI|Ministry of Economy and Infrastructure|MEI|MINISTRY|NATIONAL|TRD|SME policy focal point/M/
MARDE|Ministry of Agriculture, Regional Development and Environment|MARDE|MINISTRY|NATIONAL|AGR,LOC
  |Regional development focal point/F/
ODIMM|Organisation for SME Sector Development|ODIMM|AGENCY|NATIONAL|TRD,FIN|PARE 1+1 programme officer/F/e
CALM|Congress of Local Authorities of Moldova|CALM|LOCAL_GOVERNMENT|LOCAL|LOC|Local governance expert/M/
ASEM|Academy of Economic Studies of Moldova|ASEM|ACADEMIA|NON_STATE|DAT,EDU|Migration researcher/F/e
NGO1|Migrants' rights NGO, Chisinau (demo)||NGO|NON_STATE|GOV,SOC|Director/F/p
NGO2|Children left behind NGO (demo)||NGO|NON_STATE|FAM|
DIA1|Moldovan diaspora association, Italy (demo)||DIASPORA_ORG|NON_STATE|DIA|President/M/e
EMPL|Employers' confederation (demo)||PRIVATE_SECTOR|NON_STATE|TRD,EMP|
BANK|Commercial bank, remittance services (demo)||PRIVATE_SECTOR|NON_STATE|FIN|""",
    "mechanisms": """
IMC|Inter-ministerial committee for diaspora, migration and development|INTER_MINISTERIAL_COMMITTEE|DECREE
  |GD 725 of 08.09.2017|2017-09-08|STC|DRB|BIANNUAL
FPN|Network of ministry focal persons for diaspora, migration and development|FOCAL_POINT_NETWORK|DECREE
  |GD 725 of 08.09.2017|2017-09-08|DRB|DRB|QUARTERLY""",
    "tor": """
IMC|Placeholder for Government Decision No. 725 of 8 September 2017; the official text is published by the Government.
IMC|Committee chaired by the Government's Secretary General; every ministry names responsible staff.
IMC|Local authorities take an integrated approach; ministries assess migration impact in their programmes.
IMC|The Diaspora Relations Bureau coordinates, monitors and evaluates.""",
    "members": """
IMC|CHAIR|STC
IMC|SECRETARIAT|NFP
IMC|MEMBER|@MHLSP @MECR @NBS @MOF @NBM @MIA @MFAEI @MOJ @MEI @MARDE
IMC|OBSERVER|@CALM IOM UNDP SDC
FPN|CHAIR|NFP
FPN|SECRETARIAT|DRB
FPN|MEMBER|MHLSP* MHLSP2* MECR* NBS* MOF* NBM* MIA* BMA* BP* MFAEI* MOJ* MEI* MARDE*
FPN|OBSERVER|IOM""",
    "meetings": """
FPN|2017-10-24|TRAINING|1|Training of ministry focal persons on mainstreaming migration (GD 725)
  |NFP DRB MHLSP MHLSP2 MECR NBS MOF MIA BMA -BP MFAEI MOJ MEI IOM
IMC|2017-11-21|REGULAR|1|Inaugural meeting: rules of procedure and 2018 work plan|STC NFP DRB MHLSP NBS MFAEI IOM UNDP
FPN|2018-03-13|REGULAR|1|Migration in the health, education, agriculture and small-business strategies
  |NFP DRB MHLSP2 MECR MARDE MEI ODIMM -MOF NBS
IMC|2018-06-19|REGULAR|1|First assessments of migration impact in ministry programmes
  |STC NFP DRB MHLSP MECR NBS -NBM MIA MFAEI IOM UNDP SDC
FPN|2018-10-16|REGULAR|0|Extended Migration Profile indicator list with NBS and BMA|DRB NBS BMA BP MIA -NBM
IMC|2018-12-18|VALIDATION|1|Review of the Diaspora-2025 action plan and validation of the next one
  |STC NFP DRB MHLSP MECR MOF MIA MFAEI MOJ -MEI IOM
FPN|2019-04-09|REGULAR|1|Progress of the National Action Plan on Return and Reintegration 2017-2020
  |NFP DRB MIA BMA MHLSP ODIMM -MECR IOM""",
    "actions": """
0|STC|2017-11-30|DONE|Each ministry confirms its focal person for diaspora, migration and development in writing
1|MHLSP|2018-12-31|IN_PROGRESS|Ministries assess the migration impact of their programmes and report to the DRB
2|MHLSP|2018-09-30|OPEN|Propose migration measures for the health sector strategy review
2|ODIMM|2018-06-30|DONE|Make returning migrants a target group of SME support programmes
3|DRB|2019-03-31|OPEN|Guidance for local authorities on an integrated approach to migration
4|NBS|2019-02-28|OPEN|Agree the update of the EMP indicator list (GD 634/2012)
5|DRB|2019-03-31|DONE|Publish the monitoring report on the Diaspora-2025 action plan
6|BMA|2019-09-30|IN_PROGRESS|Exchange data on returnees between the BMA and the Border Police""",
    "responsibilities": """EMP MHLSP LEAD, HEA MHLSP LEAD, EDU MECR LEAD, DAT NBS LEAD, DAT BMA DATA_PROVIDER,
        DAT BP DATA_PROVIDER, FIN MOF LEAD, FIN NBM DATA_PROVIDER, SEC MIA LEAD, SEC BMA CONTRIBUTOR,
        SEC BP CONTRIBUTOR, FOR MFAEI LEAD, GOV MOJ LEAD, GOV STC CONTRIBUTOR, DIA DRB LEAD, DIA MFAEI CONTRIBUTOR,
        RET MIA LEAD, TRD MEI LEAD, TRD ODIMM CONTRIBUTOR, AGR MARDE LEAD, LOC CALM CONSULTED""",
    "stakeholders": """
ASEM||ACADEMIA_RESEARCH|ASEM|ASEM|NATIONAL||4|3|COLLABORATE
THINK|Migration research centre (demo)|ACADEMIA_RESEARCH|||NATIONAL||4|2|CONSULT
CALM||LOCAL_GOVERNMENT|CALM||NATIONAL||4|3|INVOLVE
CAHUL|Cahul district council|LOCAL_GOVERNMENT|||MD-CA||3|2|CONSULT
UNGHENI|Ungheni district council|LOCAL_GOVERNMENT|||MD-UN||3|2|CONSULT
EMPL||PRIVATE_SECTOR_EMPLOYER|EMPL||NATIONAL||3|4|CONSULT
SME|Small business association (demo)|PRIVATE_SECTOR_EMPLOYER|||NATIONAL||4|2|CONSULT
BANK||FINANCIAL_RSP|BANK||NATIONAL||3|3|INFORM
NGO1||NGO_CSO|NGO1|NGO1|NATIONAL||5|2|INVOLVE
NGO2||NGO_CSO|NGO2||NATIONAL||5|2|CONSULT
DIA1||DIASPORA_ORGANISATION|DIA1|DIA1|NATIONAL|ITA|5|3|INVOLVE
DIA2|Moldovan diaspora association, France (demo)|DIASPORA_ORGANISATION|||NATIONAL|FRA|4|2|CONSULT
MIGR|Moldovan migrant workers' association, Moscow (demo)|MIGRANT_ASSOCIATION|||NATIONAL|RUS|4|1|CONSULT
RETG|Returnee entrepreneurs' group (demo)|RETURNEE_GROUP|||MD-CA||4|1|CONSULT
TU|Trade union confederation (demo)|TRADE_UNION|||NATIONAL||3|3|CONSULT""",
    "events": """
Stakeholder workshop on migration in sector strategies|WORKSHOP|2013-04-17|Chisinau|HEA,EDU,AGR,TRD|19|13|0|1
  |ASEM THINK CALM EMPL NGO1
Focus group with returnees who invested through PARE 1+1|FOCUS_GROUP|2014-10-08|Cahul (MD-CA)|RET,TRD,FIN|5|9|0|1
  |RETG CAHUL SME BANK
Diaspora forum on the Diaspora-2025 strategy|DIASPORA_FORUM|2016-08-25|Chisinau|DIA,FOR,FIN|41|36|0|1|DIA1 DIA2 MIGR
Local authorities and the integrated approach to migration|WORKSHOP|2017-11-07|Ungheni (MD-UN)|LOC,DIA,SOC|16|18|0
  |1|CALM CAHUL UNGHENI NGO2
Survey of civil society on migration and social services|SURVEY|2017-06-01|online|SOC,FAM,HEA|48|21|2|0
  |NGO1 NGO2 TU THINK
Validation meeting on the migration priorities for the sector strategies|VALIDATION_MEETING|2018-01-23|Chisinau
  |GOV,HEA,EDU,AGR,TRD,DIA,RET,DAT|27|22|0|1|ASEM CALM EMPL NGO1 DIA1 MIGR TU""",
    "inputs": """
0|ASEM|EDU|ACCEPTED|Recognise skills migrants acquired abroad in the education strategy.
  |Validation of non-formal learning added to the education proposal.
0|THINK|HEA|ACCEPTED|Plan for the emigration of doctors and nurses in the health strategy.
  |Health workforce retention proposed for the health strategy.
0|EMPL|EMP|PARTLY_ACCEPTED|Make it easier to hire returning migrants with foreign work experience.
  |Information services accepted; labour code changes are outside the scope.
0|CALM|LOC|ACCEPTED|Involve local authorities in planning for migration.|Matches the local role in the mechanism.
0|NGO1|GOV|ACCEPTED|Publish the migration measures of the sector strategies for comment.|Drafts shared before adoption.
1|RETG|TRD|NOTED|Raise the PARE 1+1 grant ceiling.|Programme rules are set by the Government.
1|BANK|FIN|PARTLY_ACCEPTED|Accept remittances as proof of income for small-business loans.
  |Prudential question referred to the National Bank; information campaign accepted.
1|CAHUL|LOC|NOTED|Open a one-stop office for returnees in the district.|No funding yet; kept for a local project.
1|SME|TRD|ACCEPTED|Train returnees in business planning before they apply for grants.|Added to the support package.
2|DIA1|DIA|ACCEPTED|Support mother-tongue classes for children abroad.|Included in the Diaspora-2025 plan proposal.
2|DIA2|FOR|PARTLY_ACCEPTED|Extend mobile consular services to smaller cities.|Pilot in two cities; more needs budget.
2|MIGR|SOC|ACCEPTED|Conclude social security agreements with the main destination countries.
  |Listed for the foreign affairs and labour ministries.
2|DIA1|GOV|REJECTED|Create diaspora seats in Parliament.|A constitutional matter, outside the scope.
3|CALM|LOC|PARTLY_ACCEPTED|Give local authorities a budget line for diaspora engagement.
  |Guidance accepted; the budget line is left to local councils.
3|UNGHENI|DIA|ACCEPTED|Train a local focal person for diaspora and migration in each district.|Added to the guidance.
3|NGO2|FAM|ACCEPTED|Map the children left behind in each locality.|Child-protection services to keep the list.
4|NGO1|SOC|ACCEPTED|Inform departing migrants about legal employment abroad.|Information campaign included.
4|TU|EMP|PARTLY_ACCEPTED|Monitor private agencies recruiting for work abroad.|Inspections strengthened; no new licences.
4|THINK|DAT|PENDING|Publish the Extended Migration Profile data as open data.|
5|ASEM|DAT|ACCEPTED|Add return migration indicators to the Extended Migration Profile.
  |Proposed for the update of the indicator list (GD 634/2012).
5|EMPL|EMP|ACCEPTED|Match returnees with employers through the employment agency.|An action for the agency.
5|MIGR|HEA|PENDING|Open the national health insurance to migrants abroad.|
5|TU|GOV|NOTED|Involve the social partners in the inter-ministerial committee.|Invited as observers when relevant.""",
    "partners": "",
    "projects": """
Mainstreaming Migration into National Development Strategies (SDC-funded), IOM-managed share|IOM|DRB|2012-01-01
  |2018-01-31|708528|USD|2012||GOV,DIA,DAT|CLOSED
  | Total USD 963,228 and the UNDP share are sourced (domain notes §0.2); this share is the difference.
Mainstreaming Migration into National Development Strategies (SDC-funded), UNDP-managed share|UNDP|DRB|2012-01-01
  |2018-01-31|254700|USD|2012||GOV,LOC|CLOSED| Amount and period sourced (domain notes §0.2).
Migration and Local Development (MiDL)|SDC|UNDP|2015-01-01|2018-12-31|3500000|CHF|2015|3100000|LOC,DIA|CLOSED
  | Project from general knowledge (verify); amount and dates are demo.
PARE 1+1 remittance-investment programme: support to returnees' businesses|IOM|ODIMM|2013-01-01|2018-12-31
  |500000|USD|2013|420000|TRD,FIN,RET|CLOSED| PARE 1+1 is sourced; the partner link, amount and dates are demo.
Mobility partnership support project (demo)|EU|BMA|2013-03-01|2016-02-29|2000000|EUR|2013|1800000|SEC,DAT,DIA
  |CLOSED|INV
Social services for children and elderly left behind (demo)|UNICEF|MHLSP|2016-01-01|2019-12-31|250000|USD|2016
  |150000|FAM,SOC|ONGOING|INV""",
    "fx": "CHF|2015|1.04\nEUR|2013|1.33\nMDL|2012|0.0826\nMDL|2013|0.0794\nMDL|2014|0.0712\nMDL|2015|0.0531\nMDL|2016|0.0502\nMDL|2017|0.0541\nMDL|2018|0.0595\nMDL|2019|0.0569\nMDL|2020|0.0577\nMDL|2021|0.0566\nMDL|2022|0.0529",
    "coordination": """
JOINT_PROGRAMMING|2015-05-14|1|Mapping of all migration and development projects to find synergies and scale-up
  options (reported for phase II; date and wording demo).
DONOR_ROUNDTABLE|2017-10-31|0|Partners briefed on the GD 725 mechanism; projects report to the Diaspora Relations
  Bureau (demo wording).""",
}
COUNTRIES = {"JAM": JAM, "MDA": MDA}


def load_participation(records: RecordService, documents: DocumentService, code: str) -> int:
    """Fill steps 2, 3 and 6 of a new JAM or MDA workspace; return the number of records created
    (0 for other codes and for a workspace that already has a coordination mechanism)."""
    data = COUNTRIES.get(code)
    if data is None or records.rows(code, S.MECHANISMS):
        return 0
    with tempfile.TemporaryDirectory(prefix="mainstream-demo-") as folder:
        return _Loader(records, documents, code, Path(folder)).load(data)


def rows(table: str) -> list[list[str]]:
    """A "|" table as rows of stripped fields; an indented line continues the row above."""
    joined: list[str] = []
    for line in table.splitlines():
        if line.startswith(" ") and joined:
            joined[-1] += " " + line.strip()
        elif line.strip():
            joined.append(line)
    return [[field.strip() for field in line.split("|")] for line in joined]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class DemoLoader:
    """What every demo loader shares: saving through ``RecordService`` under a key, finding a
    saved record by its key, and attaching a generated placeholder PDF."""

    def __init__(self, records: RecordService, documents: DocumentService, code: str, folder: Path) -> None:
        self.records, self.documents, self.code, self.folder = records, documents, code, folder
        self.ids: dict[str, dict[str, str]] = {}
        self.created = 0

    def save(self, spec: RecordSpec, values: dict[str, Any], key: str = "", record_id: str | None = None) -> str:
        saved = self.records.save(self.code, spec, values, record_id)
        self.created += record_id is None
        if key:
            self.ids.setdefault(spec.key, {})[key] = saved
        return saved

    def ref(self, spec: RecordSpec, key: str) -> str | None:
        return self.ids[spec.key][key] if key else None

    def document(self, title: str, doc_type: str, when: str, lines: list[str]) -> str:
        name = re.sub(r"[^a-z0-9]+", "-", f"{when} {title}".lower()).strip("-")[:80]
        path = self.folder / f"{name}.pdf"
        path.write_bytes(_pdf([BANNER, "", title, f"{self.code}, {when}", "", *lines]))
        return self.documents.add(self.code, path, title, doc_type).document_id


class _Loader(DemoLoader):
    def __init__(self, records: RecordService, documents: DocumentService, code: str, folder: Path) -> None:
        super().__init__(records, documents, code, folder)
        self.labels: dict[str, str] = {}  # institution and stakeholder key -> short name, for the attached files
        self.names: dict[str, str] = {}  # person key -> full name
        self.employer: dict[str, str] = {}  # person key -> institution key

    def load(self, data: dict[str, str]) -> int:
        self.registry(data)
        self.government(data)
        self.society(data)
        self.support(data)
        return self.created

    def registry(self, data: dict[str, str]) -> None:
        lead = next(r["lead_institution"] for r in read_csv_rows("reference", "pilot_workspaces.csv")
                    if r["iso3"] == self.code)
        existing = {row.values["name"]: row.id for row in self.records.rows(self.code, S.INSTITUTIONS)}
        staff: list[tuple[str, str, str]] = []
        for key, name, acronym, kind, level, sectors, people in rows(data["institutions"] + SHARED["institutions"]):
            self.save(S.INSTITUTIONS, {"name": lead if name == "*" else name, "acronym": acronym,
                                       "institution_type": kind, "government_level": level, "sector_codes": sectors},
                      key, existing.get(lead) if name == "*" else None)
            self.labels[key] = acronym or name.removesuffix(" (demo)")
            staff += [(key + (str(n) if n > 1 else ""), key, post) for n, post in enumerate(people.split(";"), 1)
                      if post]
        lead_key = rows(data["institutions"])[0][0]
        for row in self.records.rows(self.code, S.PEOPLE):  # the national focal point made with the workspace
            if row.values["institution_id"] == self.ids["institution"][lead_key]:
                self.ids.setdefault("person", {})["NFP"], self.names["NFP"] = row.id, row.values["full_name"]
        if "NFP" not in self.names:  # a workspace created without one gets a demo focal point
            staff.insert(0, ("NFP", lead_key, "National focal point/U/"))
        self.employer = {key: institution for key, institution, _post in staff} | {"NFP": lead_key}
        for number, (key, institution, person) in enumerate(staff, start=1):
            post, sex, contact = person.split("/")
            self.names[key] = f"{post}, {self.labels[institution]} (demo)"
            mail = re.sub(r"[^a-z0-9]+", ".", f"{post} {key}".lower()).strip(".") + "@example.org"
            self.save(S.PEOPLE, {"full_name": self.names[key], "position": post, "sex": sex,
                                 "institution_id": self.ref(S.INSTITUTIONS, institution),
                                 "email": mail if contact else None, "contact_consent": bool(contact),
                                 "phone": data["phone"].format(number) if contact == "p" else None,
                                 "consent_date": _day(data["consent"]) if contact else None}, key)

    def government(self, data: dict[str, str]) -> None:
        tor = rows(data["tor"])
        for key, name, kind, basis, reference, established, chair, secretariat, frequency in rows(data["mechanisms"]):
            lines = [text for mechanism, text in tor if mechanism == key]
            self.save(S.MECHANISMS, {
                "name": name, "kind": kind, "legal_basis": basis, "legal_reference": reference,
                "established_date": _day(established), "status": "ACTIVE", "meeting_frequency": frequency,
                "chair_institution_id": self.ref(S.INSTITUTIONS, chair),
                "secretariat_institution_id": self.ref(S.INSTITUTIONS, secretariat),
                "tor_document_id": self.document(f"Terms of reference: {name}", "TOR", established, lines)
                if lines else None}, key)
        for mechanism, role, tokens in rows(data["members"]):
            for token in tokens.split():
                person = "" if token.startswith("@") else token.rstrip("*")
                self.save(S.MEMBERS, {"mechanism_id": self.ref(S.MECHANISMS, mechanism), "member_role": role,
                                      "institution_id": self.ref(S.INSTITUTIONS, self.employer.get(person, token[1:])),
                                      "person_id": self.ref(S.PEOPLE, person), "is_sector_focal_point": "*" in token})
        actions = rows(data["actions"])
        for index, (mechanism, when, kind, minutes, agenda, attendance) in enumerate(rows(data["meetings"])):
            present = [self.names[k] for k in attendance.split() if not k.startswith("-")]
            apologies = [self.names[k[1:]] for k in attendance.split() if k.startswith("-")]
            mine = [a for a in actions if a[0] == str(index)]
            lines = [f"Agenda: {agenda}", "Present: " + "; ".join(present),
                     *(["Apologies: " + "; ".join(apologies)] if apologies else []), *(f"Action: {what} ({self.labels[owner]}, due {due})" for _i, owner, due, _s, what in mine)]
            meeting = self.save(S.MEETINGS, {
                "mechanism_id": self.ref(S.MECHANISMS, mechanism), "meeting_date": _day(when),
                "meeting_type": kind, "agenda": agenda + " (demo)",
                "minutes_document_id": self.document(f"Minutes: {agenda}", "MINUTES", when, lines)
                if minutes == "1" else None})
            for token in attendance.split():
                self.save(S.ATTENDANCE, {"meeting_id": meeting, "person_id": self.ref(S.PEOPLE, token.lstrip("-")),
                                         "present": not token.startswith("-")})
            for _index, owner, due, status, what in mine:
                self.save(S.ACTION_ITEMS, {"meeting_id": meeting, "description": what + " (demo)", "status": status,
                                           "owner_institution_id": self.ref(S.INSTITUTIONS, owner),
                                           "due_date": _day(due)})
        for item in data["responsibilities"].split(","):
            area, institution, role = item.split()
            self.save(S.RESPONSIBILITIES, {"policy_area": area, "role": role,
                                           "institution_id": self.ref(S.INSTITUTIONS, institution)})

    def society(self, data: dict[str, str]) -> None:
        for key, name, group, institution, contact, geography, abroad, interest, influence, level in rows(
                data["stakeholders"]):
            self.labels[f"stakeholder:{key}"] = name or self.labels[institution]
            self.save(S.STAKEHOLDERS, {
                "name": name or next(r[1] for r in rows(data["institutions"]) if r[0] == institution),
                "stakeholder_group": group, "geography": geography, "diaspora_location_country": abroad,
                "institution_id": self.ref(S.INSTITUTIONS, institution), "engagement_level": level,
                "contact_person_id": self.ref(S.PEOPLE, contact), "consent_to_store_contact": bool(contact),
                "interest": int(interest), "influence": int(influence)}, key)
        events = []
        for title, kind, when, place, topics, women, men, other, report, present in rows(data["events"]):
            lines = [f"Location: {place}. Topics: {topics}.",
                     f"Participants: {women} women, {men} men, {other} other (demo counts).",
                     "Organisations: " + "; ".join(self.labels[f"stakeholder:{k}"] for k in present.split())]
            events.append(self.save(S.EVENTS, {
                "title": title + " (demo)", "event_type": kind, "event_date": _day(when), "location": place, "topics": topics,
                "participants_female": int(women), "participants_male": int(men), "participants_other": int(other),
                "report_document_id": self.document(f"Report: {title}", "REPORT", when, lines)
                if report == "1" else None}))
            for stakeholder in present.split():
                self.save(S.EVENT_STAKEHOLDERS, {"event_id": events[-1],
                                                 "stakeholder_id": self.ref(S.STAKEHOLDERS, stakeholder)})
        for event, stakeholder, area, disposition, text, rationale in rows(data["inputs"]):
            self.save(S.INPUTS, {"event_id": events[int(event)], "policy_area": area, "text": text + " (demo)",
                                 "stakeholder_id": self.ref(S.STAKEHOLDERS, stakeholder), "disposition": disposition,
                                 "rationale": rationale and rationale + " (demo)"})

    def support(self, data: dict[str, str]) -> None:
        for key, name, kind, agency, confirmed_none in rows(SHARED["partners"] + "\n" + data["partners"]):
            self.save(S.PARTNERS, {"name": name, "partner_type": kind, "gmg_member": bool(agency),
                                   "gmg_agency_code": agency, "confirmed_no_projects": confirmed_none == "1"}, key)
        for title, partner, by, start, end, budget, currency, year, paid, areas, status, note in rows(data["projects"]):
            self.save(S.PROJECTS, {
                "title": title, "partner_id": self.ref(S.PARTNERS, partner),
                "implementing_institution_id": self.ref(S.INSTITUTIONS, by), "start_date": _day(start),
                "end_date": _day(end), "budget_total": float(budget), "currency": currency, "budget_year": int(year),
                "disbursed_to_date": float(paid) if paid else None, "policy_areas": areas, "status": status,
                "unaligned_reason": UNALIGNED + NOTES.get(note, " " + note)})
        for currency, year, rate in rows(data["fx"]):
            self.save(S.FX_RATES, {"currency": currency, "year": int(year), "rate_to_usd": float(rate),
                                   "source": FX_SOURCE})
        for kind, when, attach, decisions in rows(data["coordination"]):
            title = f"Note for the record: {kind.replace('_', ' ').lower()}"
            self.save(S.PARTNER_EVENTS, {"event_type": kind, "event_date": _day(when), "decisions": decisions,
                                         "document_id": self.document(title, "MINUTES", when, [decisions])
                                         if attach == "1" else None})


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, Latin-1) showing the lines, so the demo files open in any viewer."""
    wrapped = [part for line in lines for part in (textwrap.wrap(line, 95) or [""])]
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in wrapped]
    stream = "BT /F1 10 Tf 14 TL 50 800 Td " + " ".join(f"({line}) '" for line in escaped) + " ET"
    page = "/MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R {page} >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1", "replace")
