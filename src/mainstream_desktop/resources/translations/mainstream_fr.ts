<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="56"/>
        <source>Cover and summary</source>
        <translation>Couverture et synthèse</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="65"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>Le fil conducteur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>Sources de données et lacunes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>État de l&apos;examen et commentaires en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="110"/>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Country report</source>
        <translation>Rapport de pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="118"/>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="129"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>Intégrer la migration dans la planification du développement : l&apos;état d&apos;avancement, étape par étape, avec les données probantes, le plan, les indicateurs et le financement.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Workspace: {code}</source>
        <translation>Espace de travail : {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="133"/>
        <location filename="../../reports/pdf_lessons.py" line="118"/>
        <source>Produced on {date}</source>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="121"/>
        <source>Produced by the site: {site}</source>
        <translation>Établi par le site : {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="137"/>
        <source>Personal data included</source>
        <translation>Données personnelles incluses</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="138"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>Sans données personnelles : les noms, adresses électroniques et numéros de téléphone sont omis.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="125"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="151"/>
        <source>The steps at a glance</source>
        <translation>Les étapes en un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="152"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>{country} : où en est chaque étape du manuel, dans quelle mesure ses données sont complètes et quels commentaires d&apos;examen restent en suspens.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="161"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="162"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="163"/>
        <location filename="../../reports/pdf_country_plan.py" line="35"/>
        <location filename="../../reports/pdf_country_plan.py" line="44"/>
        <location filename="../../reports/pdf_country_plan.py" line="55"/>
        <location filename="../../reports/pdf_country_plan.py" line="101"/>
        <location filename="../../reports/pdf_country_plan.py" line="114"/>
        <location filename="../../reports/pdf_country_plan.py" line="136"/>
        <location filename="../../reports/pdf_country_review.py" line="156"/>
        <location filename="../../reports/pdf_country_steps.py" line="129"/>
        <location filename="../../reports/pdf_country_steps.py" line="174"/>
        <location filename="../../reports/pdf_country_steps.py" line="198"/>
        <location filename="../../reports/pdf_country_steps.py" line="218"/>
        <location filename="../../reports/pdf_lessons.py" line="223"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <source>Complete</source>
        <translation>Complété</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>Commentaires en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="181"/>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="182"/>
        <source>Steps approved</source>
        <translation>Étapes approuvées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="183"/>
        <source>Average completeness of the steps</source>
        <translation>Complétude moyenne des étapes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>Commentaires d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Broken links in the golden thread</source>
        <translation>Maillons manquants du fil conducteur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>Priorités politiques</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Indicators on track or met</source>
        <translation>Indicateurs en bonne voie ou atteints</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>Émigrés vivant à l&apos;étranger, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <location filename="../../reports/pdf_country_steps.py" line="53"/>
        <source>Remittances as a share of GDP (%), {year}</source>
        <translation>Envois de fonds en part du PIB (%), {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="69"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="69"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="17"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="18"/>
        <source>Some delay</source>
        <translation>Léger retard</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="19"/>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="20"/>
        <source>Not reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="21"/>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="33"/>
        <source>Planning instrument</source>
        <translation>Instrument de planification</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="34"/>
        <location filename="../../reports/pdf_country_plan.py" line="126"/>
        <location filename="../../reports/pdf_country_review.py" line="105"/>
        <location filename="../../reports/pdf_country_steps.py" line="211"/>
        <location filename="../../reports/pdf_country_steps.py" line="239"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="36"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Niveau d&apos;intégration (0-4)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="37"/>
        <location filename="../../reports/pdf_country_review.py" line="158"/>
        <location filename="../../reports/pdf_country_steps.py" line="248"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="38"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="39"/>
        <source>Planning instruments</source>
        <translation>Instruments de planification</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="41"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="42"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="43"/>
        <location filename="../../reports/pdf_country_steps.py" line="163"/>
        <location filename="../../reports/pdf_country_steps.py" line="180"/>
        <source>Policy area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="45"/>
        <source>Endorsed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="49"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="50"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="51"/>
        <location filename="../../reports/pdf_country_plan.py" line="132"/>
        <location filename="../../reports/pdf_country_plan.py" line="148"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="52"/>
        <location filename="../../reports/pdf_country_plan.py" line="133"/>
        <location filename="../../reports/pdf_country_plan.py" line="149"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="53"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="54"/>
        <location filename="../../reports/pdf_country_plan.py" line="135"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="56"/>
        <source>Costed action plan</source>
        <translation>Plan d&apos;action chiffré</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="70"/>
        <source>Costed actions</source>
        <translation>Actions chiffrées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="71"/>
        <source>Cost of the plan (USD)</source>
        <translation>Coût du plan (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="72"/>
        <source>Funded (USD)</source>
        <translation>Financé (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="73"/>
        <source>Funding gap (USD)</source>
        <translation>Déficit de financement (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="84"/>
        <source>Indicators and their traffic lights</source>
        <translation>Indicateurs et leurs feux de signalisation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="95"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="96"/>
        <location filename="../../reports/pdf_country_steps.py" line="149"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="97"/>
        <location filename="../../reports/pdf_country_steps.py" line="152"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="98"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="99"/>
        <source>Final target</source>
        <translation>Cible finale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="100"/>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="104"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="105"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="106"/>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="107"/>
        <source>Completed on</source>
        <translation>Achevée le</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="108"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="109"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="111"/>
        <location filename="../../reports/pdf_country_plan.py" line="156"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="112"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="113"/>
        <location filename="../../reports/pdf_country_steps.py" line="217"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="115"/>
        <source>Management responses</source>
        <translation>Réponses de la direction</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="125"/>
        <location filename="../../reports/pdf_country_plan.py" line="131"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="127"/>
        <source>GMG agency</source>
        <translation>Organisme du GMG</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="128"/>
        <source>Development partners</source>
        <translation>Partenaires de développement</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="130"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="134"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="137"/>
        <source>Migration-related projects</source>
        <translation>Projets liés à la migration</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="145"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="146"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="147"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="150"/>
        <source>Steps supported</source>
        <translation>Étapes appuyées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="151"/>
        <source>GMG expert missions</source>
        <translation>Missions d&apos;experts du GMG</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="153"/>
        <location filename="../../reports/pdf_lessons.py" line="155"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="187"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Applies to</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="84"/>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="19"/>
        <source>Priority without evidence</source>
        <translation>Priorité sans données probantes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="20"/>
        <source>Endorsed priority without actions</source>
        <translation>Priorité approuvée sans actions</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="21"/>
        <source>Endorsed priority without funding</source>
        <translation>Priorité approuvée sans financement</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="22"/>
        <source>Action outside the plan</source>
        <translation>Action hors du plan</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="23"/>
        <source>Action nothing measures</source>
        <translation>Action sans indicateur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="24"/>
        <source>Indicator without baseline</source>
        <translation>Indicateur sans référence</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="25"/>
        <source>Indicator without target</source>
        <translation>Indicateur sans cible</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="26"/>
        <source>Plan nothing measures</source>
        <translation>Plan sans indicateur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="29"/>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="30"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="31"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="32"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="35"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="36"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="43"/>
        <source>From the evidence to each priority, its actions and where they land in the plan, the indicators that measure them and the money behind them.</source>
        <translation>Des données probantes à chaque priorité, à ses actions et à leur place dans le plan, aux indicateurs qui les mesurent et aux fonds qui les financent.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="47"/>
        <source>No policy priority has been recorded yet, so there is no thread to follow.</source>
        <translation>Aucune priorité politique n&apos;a encore été enregistrée : il n&apos;y a donc pas de fil à suivre.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="51"/>
        <source>Priorities traced</source>
        <translation>Priorités retracées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="52"/>
        <source>Complete threads</source>
        <translation>Fils complets</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="53"/>
        <location filename="../../reports/pdf_country_review.py" line="57"/>
        <location filename="../../reports/pdf_country_review.py" line="93"/>
        <source>Broken links</source>
        <translation>Maillons manquants</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="58"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="59"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="78"/>
        <source>not costed</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="79"/>
        <source>{action} (cost {cost}, funded {funded})</source>
        <translation>{action} (coût {cost}, financé {funded})</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="87"/>
        <location filename="../../reports/pdf_country_steps.py" line="167"/>
        <source>Evidence</source>
        <translation>Données probantes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="88"/>
        <source>Consultation inputs</source>
        <translation>Contributions des consultations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="89"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="90"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="91"/>
        <source>Partner projects</source>
        <translation>Projets des partenaires</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="101"/>
        <source>The sources the migration profile draws on, what they cover and what is missing.</source>
        <translation>Les sources sur lesquelles repose le profil migratoire, ce qu&apos;elles couvrent et ce qui manque.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="104"/>
        <location filename="../../reports/pdf_country_steps.py" line="153"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="106"/>
        <source>Latest year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="107"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="108"/>
        <source>Quality (1-5)</source>
        <translation>Qualité (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="109"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="112"/>
        <source>No data source has been recorded yet.</source>
        <translation>Aucune source de données n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="134"/>
        <source>Review status</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="135"/>
        <location filename="../../reports/pdf_country_steps.py" line="33"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="136"/>
        <location filename="../../reports/pdf_country_steps.py" line="35"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="138"/>
        <source>Blocking</source>
        <translation>Bloquants</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="142"/>
        <source>No review comment is open.</source>
        <translation>Aucun commentaire d&apos;examen n&apos;est en suspens.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="155"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="157"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="159"/>
        <location filename="../../reports/pdf_country_steps.py" line="209"/>
        <location filename="../../reports/pdf_country_steps.py" line="240"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="160"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="21"/>
        <source>Workspace and readiness</source>
        <translation>Espace de travail et état de préparation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="22"/>
        <source>Migration profile</source>
        <translation>Profil migratoire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="23"/>
        <source>Whole-of-government</source>
        <translation>Approche pangouvernementale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="24"/>
        <source>Whole-of-society</source>
        <translation>Approche associant toute la société</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="25"/>
        <source>Policy priorities in the plan</source>
        <translation>Priorités politiques dans le plan</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="26"/>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>Suivi et évaluation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="27"/>
        <source>Coherent international support</source>
        <translation>Un appui international cohérent</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="28"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Phase pilote et enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="31"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="32"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="34"/>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="38"/>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="39"/>
        <source>Partly met</source>
        <translation>Partiellement remplie</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="40"/>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="41"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="44"/>
        <source>A. Migration trends</source>
        <translation>A. Tendances migratoires</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="45"/>
        <source>B. Impacts of migration</source>
        <translation>B. Effets de la migration</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="46"/>
        <source>C. Migration governance</source>
        <translation>C. Gouvernance des migrations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="47"/>
        <source>D. Findings and recommendations</source>
        <translation>D. Constatations et recommandations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="50"/>
        <source>Immigrants living in the country, {year}</source>
        <translation>Immigrés vivant dans le pays, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="52"/>
        <source>Remittances received, USD million, {year}</source>
        <translation>Envois de fonds reçus, millions d&apos;USD, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="58"/>
        <source>Step {number}: {title}</source>
        <translation>Étape {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="72"/>
        <source>Status: {status}. Complete: {percent}.</source>
        <translation>Statut : {status}. Complété : {percent}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="76"/>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="81"/>
        <source>Nothing has been recorded for this step yet.</source>
        <translation>Rien n&apos;a encore été enregistré pour cette étape.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="96"/>
        <location filename="../../reports/pdf_lessons.py" line="185"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="97"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="98"/>
        <source>Programme phase</source>
        <translation>Phase du programme</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="99"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="100"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="101"/>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="104"/>
        <source>National focal point</source>
        <translation>Point focal national</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="106"/>
        <source>Entry into planning</source>
        <translation>Mode d&apos;entrée dans la planification</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="107"/>
        <source>Currency and reference year</source>
        <translation>Monnaie et année de référence</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="115"/>
        <source>The readiness checklist has not been filled in yet.</source>
        <translation>La liste de contrôle de l&apos;état de préparation n&apos;a pas encore été remplie.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="117"/>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de l&apos;état de préparation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="124"/>
        <source>Evidence: {title}</source>
        <translation>Justificatif : {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="128"/>
        <source>Precondition</source>
        <translation>Condition préalable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="130"/>
        <source>Comment and evidence</source>
        <translation>Commentaire et justificatif</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="148"/>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="150"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="151"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="159"/>
        <source>Charts of the profile</source>
        <translation>Graphiques du profil</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="164"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="165"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="166"/>
        <source>Magnitude (1-3)</source>
        <translation>Ampleur (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="168"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="169"/>
        <source>Sectors affected</source>
        <translation>Secteurs touchés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="171"/>
        <location filename="../../reports/pdf_country_steps.py" line="178"/>
        <location filename="../../reports/pdf_country_steps.py" line="194"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="173"/>
        <source>Adopted</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="175"/>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="176"/>
        <source>Laws, policies and agreements</source>
        <translation>Lois, politiques et accords</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="179"/>
        <source>Finding or recommendation</source>
        <translation>Constatation ou recommandation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="181"/>
        <source>Priority (1-3)</source>
        <translation>Priorité (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="182"/>
        <source>Findings and recommendations</source>
        <translation>Constatations et recommandations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="210"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="195"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="196"/>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="197"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="199"/>
        <source>Coordination mechanism</source>
        <translation>Mécanisme de coordination</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="204"/>
        <source>Members of the mechanism: {members}; sector focal points among them: {focal}.</source>
        <translation>Membres du mécanisme : {members} ; dont points focaux sectoriels : {focal}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="212"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="213"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="215"/>
        <source>Decision or action</source>
        <translation>Décision ou mesure</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="216"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="219"/>
        <source>Decisions and action items</source>
        <translation>Décisions et mesures de suivi</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="230"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="231"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="232"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="233"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="234"/>
        <source>Engagement</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="235"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="238"/>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="241"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="242"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="243"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="244"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="247"/>
        <source>Input</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="249"/>
        <source>Disposition</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="250"/>
        <source>Fed the priority</source>
        <translation>A nourri la priorité</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="251"/>
        <source>Inputs received and what became of them</source>
        <translation>Contributions reçues et suites données</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="71"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="72"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="172"/>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="33"/>
        <source>Political commitment</source>
        <translation>Engagement politique</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="34"/>
        <source>Institutional set-up</source>
        <translation>Dispositif institutionnel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Planning integration</source>
        <translation>Intégration dans la planification</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="38"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Capacity</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>UN coordination</source>
        <translation>Coordination des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="42"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="45"/>
        <source>Country-specific</source>
        <translation>Propre au pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="46"/>
        <source>Regional</source>
        <translation>Régionale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="50"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="51"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Incorporated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="77"/>
        <source>Reading the lessons</source>
        <translation>Lecture des enseignements</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="90"/>
        <source>Writing the report</source>
        <translation>Rédaction du rapport</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="92"/>
        <source>Consolidated lessons-learned report</source>
        <translation>Rapport de synthèse des enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="108"/>
        <source>Cross-country</source>
        <translation>Plusieurs pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="115"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>Ce que les pays pilotes ont appris en intégrant la migration dans leur planification du développement, et les modifications du manuel que ces enseignements appellent.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="122"/>
        <location filename="../../reports/pdf_lessons.py" line="172"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>Enseignements : {lessons} · pays : {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <source>Consolidated report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="133"/>
        <source>Lessons by theme and country</source>
        <translation>Enseignements par thème et par pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>No lesson has been recorded yet.</source>
        <translation>Aucun enseignement n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="138"/>
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="158"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <source>Recurring themes</source>
        <translation>Thèmes récurrents</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <source>Handbook change proposals</source>
        <translation>Propositions de modification du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>Les thèmes portant sur des enseignements d&apos;au moins {count} pays sont récurrents dans l&apos;ensemble des pays pilotes ; ils sont mis en évidence.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="168"/>
        <source>The lessons, theme by theme</source>
        <translation>Les enseignements, thème par thème</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="175"/>
        <source>a recurring theme across the portfolio</source>
        <translation>thème récurrent dans l&apos;ensemble des pays pilotes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="184"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="191"/>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="203"/>
        <source>Proposed changes to the handbook</source>
        <translation>Modifications proposées du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>Aucune modification du manuel n&apos;a encore été proposée.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>Chaque proposition avec les enseignements sur lesquels elle repose (numérotés comme ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="220"/>
        <source>no lesson linked yet</source>
        <translation>aucun enseignement lié pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="221"/>
        <source>Handbook section</source>
        <translation>Section du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Lessons behind it</source>
        <translation>Enseignements à l&apos;appui</translation>
    </message>
</context>
</TS>
