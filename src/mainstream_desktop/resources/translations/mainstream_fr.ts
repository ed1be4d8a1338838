<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="37"/>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation>Piste d&apos;audit écrite : {count} modification(s) de {code} dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="49"/>
        <source>Writing the audit trail</source>
        <translation>Écriture de la piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="64"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="69"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="70"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="71"/>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="75"/>
        <location filename="../../ui/widgets/chart_panel.py" line="97"/>
        <source>Drawing…</source>
        <translation>Dessin en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="105"/>
        <source>Drawing the chart</source>
        <translation>Dessin du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="174"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="177"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="181"/>
        <source>Export the chart&apos;s data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="24"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="34"/>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Columns marked * are needed. Every number also needs a unit; the workspace&apos;s country is used when no country column is given.</source>
        <translation>Les colonnes marquées * sont obligatoires. Chaque nombre doit aussi avoir une unité ; le pays de l&apos;espace de travail est utilisé en l&apos;absence de colonne pays.</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="100"/>
        <source>Conflicts in {code}</source>
        <translation>Conflits dans {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="102"/>
        <source>Reading the conflicts…</source>
        <translation>Lecture des conflits…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Before both edits</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <source>Value kept on every site</source>
        <translation>Valeur conservée sur tous les sites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Written by</source>
        <translation>Écrite par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="108"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="112"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="113"/>
        <source>Keep the value every site holds now</source>
        <translation>Conserver la valeur que tous les sites détiennent actuellement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="115"/>
        <source>Take the other</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="116"/>
        <source>Replace it with the other value, on every site</source>
        <translation>La remplacer par l&apos;autre valeur, sur tous les sites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="118"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="119"/>
        <source>Type a value of your own</source>
        <translation>Saisir votre propre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="121"/>
        <source>History of this record…</source>
        <translation>Historique de cet enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="150"/>
        <source>Reading the conflicts</source>
        <translation>Lecture des conflits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="167"/>
        <source>{count} open conflict(s). Every site holds the kept value; choose for each what should stay. Your answer travels with the next bundle and closes the conflict on every site.</source>
        <translation>{count} conflit(s) en suspens. Tous les sites détiennent la valeur conservée ; choisissez pour chacun ce qui doit rester. Votre réponse part avec le prochain paquet et clôt le conflit sur tous les sites.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="175"/>
        <source>No open conflict in {code}.</source>
        <translation>Aucun conflit en suspens dans {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="191"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="191"/>
        <source>{who}
{when}</source>
        <translation>{who}
{when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="225"/>
        <source>Saving the answer</source>
        <translation>Enregistrement de la réponse</translation>
    </message>
</context>
<context>
    <name>CountryReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>Country report (PDF)</source>
        <translation>Rapport de pays (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="230"/>
        <source>Without personal data (names, e-mails, phones)</source>
        <translation>Sans données personnelles (noms, adresses électroniques, téléphones)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="233"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="242"/>
        <source>Writing the country report</source>
        <translation>Rédaction du rapport de pays</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="149"/>
        <location filename="../../ui/widgets/form_fields.py" line="166"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="150"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="151"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="180"/>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="198"/>
        <source>Attaching the document</source>
        <translation>Ajout du document</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="92"/>
        <source>Send a bundle of {code}</source>
        <translation>Envoyer un paquet de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="95"/>
        <source>Everything (a full bundle, for any site)</source>
        <translation>Tout (un paquet complet, pour n&apos;importe quel site)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="98"/>
        <source>Encrypt for this partner: only its site can open the file</source>
        <translation>Chiffrer pour ce partenaire : seul son site pourra ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="99"/>
        <source>Send everything again, not only what the partner has not received yet</source>
        <translation>Tout renvoyer, pas seulement ce que le partenaire n&apos;a pas encore reçu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="102"/>
        <location filename="../../ui/dialogs/exchange_export.py" line="115"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="103"/>
        <source>a USB stick, or the folder you send mail from</source>
        <translation>une clé USB, ou le dossier depuis lequel vous envoyez vos courriels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="104"/>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="112"/>
        <source>Send to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="116"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="122"/>
        <source>Write the bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="124"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>country site</source>
        <translation>site national</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>hub</source>
        <translation>pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="139"/>
        <source>hub site</source>
        <translation>site du pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="140"/>
        <source>{name} ({role}, trusted for {workspaces})</source>
        <translation>{name} ({role}, de confiance pour {workspaces})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="168"/>
        <source>A full bundle carries every change of {code}, whoever wrote it, and is not encrypted. A site that trusts this site&apos;s card for {code} can import it; the changes written at other sites are applied there only if it trusts those sites too.</source>
        <translation>Un lot complet contient toutes les modifications de {code}, quel qu’en soit l’auteur, et n’est pas chiffré. Un site qui fait confiance à la carte de ce site pour {code} peut l’importer ; les modifications écrites sur d’autres sites n’y sont appliquées que s’il fait aussi confiance à ces sites.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="172"/>
        <source>No partner is trusted yet: trust its card under Exchange › Trusted sites to send only what it lacks, encrypted for it.</source>
        <translation>Aucun partenaire n&apos;est encore de confiance : faites confiance à sa carte sous Échanges › Sites de confiance pour n&apos;envoyer que ce qui lui manque, chiffré pour lui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="175"/>
        <source>The bundle carries what {name} has not received from this site yet; the next bundle for it starts where this one ends.</source>
        <translation>Le paquet contient ce que {name} n&apos;a pas encore reçu de ce site ; le prochain paquet pour ce partenaire commencera là où celui-ci s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="215"/>
        <source>{count} changes written</source>
        <translation>{count} modifications écrites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="226"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="227"/>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="233"/>
        <source>Bundle written: {path}</source>
        <translation>Paquet écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="234"/>
        <source>{changes} change(s) and {attachments} attachment(s), {size}.</source>
        <translation>{changes} modification(s) et {attachments} pièce(s) jointe(s), {size}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="238"/>
        <source>Everything of {code}, for {name}.</source>
        <translation>Tout {code}, pour {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="240"/>
        <source>What {name} had not received yet.</source>
        <translation>Ce que {name} n&apos;avait pas encore reçu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="242"/>
        <source>Everything of {code}, for any site that trusts this one.</source>
        <translation>Tout {code}, pour tout site qui fait confiance à celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="245"/>
        <source>Nothing new for {name}: the bundle carries no change (importing it does no harm).</source>
        <translation>Rien de nouveau pour {name} : le paquet ne contient aucune modification (l&apos;importer est sans effet).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="247"/>
        <source>Encrypted for {name}: only its site can open it.</source>
        <translation>Chiffré pour {name} : seul son site peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="249"/>
        <source>Not encrypted: it is signed, so any change to it is detected, but anyone can read it.</source>
        <translation>Non chiffré : il est signé, donc toute altération est détectée, mais tout le monde peut le lire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="261"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="269"/>
        <source>The bundle was not written: {reason}</source>
        <translation>Le paquet n&apos;a pas été écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="274"/>
        <source>Unlocking the keys</source>
        <translation>Déverrouillage des clés</translation>
    </message>
    <message>
        <source>A full bundle carries every change of {code}. Any site that trusts this site&apos;s card for {code} can import it; it is not encrypted.</source>
        <translation type="obsolete">Un paquet complet contient toutes les modifications de {code}. Tout site qui fait confiance à la carte de ce site pour {code} peut l&apos;importer ; il n&apos;est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>records this site does not have yet</source>
        <translation>enregistrements que ce site n&apos;a pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>changes applied to records that are here</source>
        <translation>modifications appliquées à des enregistrements présents ici</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>already so here</source>
        <translation>déjà identiques ici</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>Already here</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>changes received before (a bundle sent twice, or passed on)</source>
        <translation>modifications déjà reçues (paquet envoyé deux fois, ou transmis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>Conflicting</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>edited here and there at once: both values are kept; see Exchange › Conflicts</source>
        <translation>modifiés ici et là-bas en même temps : les deux valeurs sont conservées ; voir Échanges › Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>waiting for earlier changes from their sender; applied when those arrive</source>
        <translation>en attente de modifications antérieures de leur expéditeur ; appliquées à leur arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>refused with the reason; kept aside, never applied</source>
        <translation>refusées avec le motif ; mises de côté, jamais appliquées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="97"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="101"/>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="113"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="115"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="116"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="117"/>
        <source>Choose a bundle file: it is checked and rehearsed first; nothing is written until you press Import.</source>
        <translation>Choisissez un fichier de paquet : il est d&apos;abord vérifié et simulé ; rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>How many</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="124"/>
        <source>Changes in the bundle, by category</source>
        <translation>Modifications du paquet, par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="126"/>
        <location filename="../../ui/dialogs/exchange_import.py" line="137"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="132"/>
        <source>Changes in the bundle, one by one</source>
        <translation>Modifications du paquet, une par une</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="141"/>
        <source>New records and unchanged ones are counted, not listed.</source>
        <translation>Les enregistrements nouveaux et inchangés sont comptés, pas listés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="149"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="153"/>
        <source>Check the next of the bundles chosen together</source>
        <translation>Vérifier le paquet suivant parmi ceux choisis ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="173"/>
        <source>Trusted sites…</source>
        <translation>Sites de confiance…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="199"/>
        <source>Next bundle ({count} left)</source>
        <translation>Paquet suivant (encore {count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="211"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="213"/>
        <source>Checking the bundle</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="218"/>
        <source>{done} of {total} changes</source>
        <translation>{done} modifications sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="237"/>
        <source>Preview: nothing has been written yet. {total} change(s) from {sender}.</source>
        <translation>Aperçu : rien n&apos;a encore été écrit. {total} modification(s) de {sender}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="246"/>
        <source>{count} change(s) conflict with edits made here: the same value is kept on every site, and the other one waits under Exchange › Conflicts.</source>
        <translation>{count} modification(s) entrent en conflit avec des modifications faites ici : la même valeur est conservée sur tous les sites, et l&apos;autre attend sous Échanges › Conflits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="250"/>
        <source>{count} change(s) wait for earlier changes from their sender: import the bundles in between (or a full bundle).</source>
        <translation>{count} modification(s) attendent des modifications antérieures de leur expéditeur : importez les paquets intermédiaires (ou un paquet complet).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="253"/>
        <source>{count} change(s) are rejected: see the reasons below.</source>
        <translation>{count} modification(s) sont rejetées : voir les motifs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="256"/>
        <source>Every change of this bundle is here already.</source>
        <translation>Toutes les modifications de ce paquet sont déjà présentes ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="265"/>
        <source>{code} (not the workspace open now, {current})</source>
        <translation>{code} (pas l&apos;espace de travail ouvert actuellement, {current})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>changes since the last bundle</source>
        <translation>modifications depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="268"/>
        <source>{kind}, {total} change(s); id {id}</source>
        <translation>{kind}, {total} modification(s) ; id {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="271"/>
        <source>Already imported on {when}: nothing to do.</source>
        <translation>Déjà importé le {when} : rien à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="288"/>
        <source>Every change listed ({count})</source>
        <translation>Toutes les modifications listées ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="320"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="322"/>
        <source>Importing the bundle</source>
        <translation>Importation du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="330"/>
        <source>Applied {count} change(s) from {sender} to {code}.</source>
        <translation>{count} modification(s) de {sender} appliquée(s) à {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="331"/>
        <source>Nothing from {sender} was applied to {code}.</source>
        <translation>Rien de {sender} n’a été appliqué à {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="335"/>
        <source>{count} change(s) that were waiting could be applied now.</source>
        <translation>{count} modification(s) en attente ont pu être appliquées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="338"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Une sauvegarde vérifiée a d&apos;abord été faite : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="356"/>
        <source>Cancelled: nothing was imported (an import is all or nothing).</source>
        <translation>Annulé : rien n&apos;a été importé (une importation se fait en entier ou pas du tout).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="357"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="360"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>Le paquet n&apos;a pas été importé : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="363"/>
        <source>The bundle was refused; nothing was written.</source>
        <translation>Le paquet a été refusé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="364"/>
        <source>If the sender is not trusted yet, or not for this workspace: check the fingerprint of its card with the sender by phone, trust it under &lt;b&gt;Trusted sites…&lt;/b&gt;, then choose the file again.</source>
        <translation>Si l&apos;expéditeur n&apos;est pas encore de confiance, ou pas pour cet espace de travail : vérifiez par téléphone l&apos;empreinte de sa carte avec l&apos;expéditeur, faites-lui confiance sous &lt;b&gt;Sites de confiance…&lt;/b&gt;, puis choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="367"/>
        <source>If the file was altered or damaged on the way: ask the sender to write it again.</source>
        <translation>Si le fichier a été altéré ou endommagé en chemin : demandez à l&apos;expéditeur de l&apos;écrire à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="368"/>
        <source>If it was made by a newer version of the program: update Mainstream Desktop.</source>
        <translation>S&apos;il a été créé par une version plus récente du programme : mettez à jour Mainstream Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="377"/>
        <source>Unlocking the keys</source>
        <translation>Déverrouillage des clés</translation>
    </message>
    <message>
        <source>Imported {total} change(s) from {sender} into {code}.</source>
        <translation type="obsolete">{total} modification(s) de {sender} importée(s) dans {code}.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="190"/>
        <source>Exchange status of {code}</source>
        <translation>État des échanges de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="194"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="105"/>
        <location filename="../../ui/widgets/exchange_status.py" line="133"/>
        <source>Reading the exchange status…</source>
        <translation>Lecture de l&apos;état des échanges…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Sent up to</source>
        <translation>Envoyé jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Received up to</source>
        <translation>Reçu jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Partner sites</source>
        <translation>Sites partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>“Sent up to” and “Received up to” are for this workspace: the highest change number sent to the partner, and the number up to which every change of the partner is here. The last sent and received times are for any workspace.</source>
        <translation>« Envoyé jusqu&apos;à » et « Reçu jusqu&apos;à » concernent cet espace de travail : le numéro de modification le plus élevé envoyé au partenaire, et le numéro jusqu&apos;auquel toutes les modifications du partenaire sont présentes ici. Les dates du dernier envoi et de la dernière réception valent pour tous les espaces de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="121"/>
        <source>Changes waiting or refused</source>
        <translation>Modifications en attente ou refusées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="135"/>
        <source>Reading the exchange status</source>
        <translation>Lecture de l&apos;état des échanges</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="143"/>
        <source>Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).</source>
        <translation>Échanges de {code} sur {site} : {partners} site(s) partenaire(s) ; {conflicts} conflit(s) en suspens.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="151"/>
        <source>(no longer trusted) {site}</source>
        <translation>(plus de confiance) {site}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="157"/>
        <source>{held} change(s) waiting for earlier changes from their sender (they are applied when those arrive); {rejected} rejected (kept here with the reason, never applied).</source>
        <translation>{held} modification(s) en attente de modifications antérieures de leur expéditeur (appliquées à leur arrivée) ; {rejected} rejetée(s) (conservée(s) ici avec le motif, jamais appliquée(s)).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub</source>
        <translation>pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub site</source>
        <translation>site du pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="173"/>
        <source>country site</source>
        <translation>site national</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="175"/>
        <source> (not trusted for this workspace)</source>
        <translation> (pas de confiance pour cet espace de travail)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="180"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>change {number}</source>
        <translation>modification {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>HubRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="23"/>
        <source>Peer exchanges and handbook proposals</source>
        <translation>Échanges entre pairs et propositions pour le manuel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="24"/>
        <source>Records of the whole pilot portfolio, kept at this site: the learning missions between countries, and the changes to the handbook proposed from the lessons.</source>
        <translation>Enregistrements de l&apos;ensemble du portefeuille pilote, conservés sur ce site : les missions d&apos;apprentissage entre pays et les modifications du manuel proposées à partir des enseignements.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="34"/>
        <source>Lessons behind each proposal</source>
        <translation>Enseignements à l&apos;appui de chaque proposition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="37"/>
        <source>Peer exchanges</source>
        <translation>Échanges entre pairs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="38"/>
        <source>Handbook proposals</source>
        <translation>Propositions pour le manuel</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="60"/>
        <source>Import a statistics table into {code}</source>
        <translation>Importer un tableau statistique dans {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="64"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>UN DESA migrant stock or flows</source>
        <translation>Stock ou flux de migrants (DAES de l&apos;ONU)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>UNHCR population statistics</source>
        <translation>Statistiques de population du HCR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>World Bank WDI download</source>
        <translation>Téléchargement des WDI de la Banque mondiale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>ILOSTAT CSV</source>
        <translation>CSV ILOSTAT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>Mainstream Desktop template</source>
        <translation>Modèle Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="73"/>
        <source>Map columns…</source>
        <translation>Associer les colonnes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="74"/>
        <source>For a spreadsheet of your own: say which column holds what.</source>
        <translation>Pour votre propre tableur : indiquez quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="79"/>
        <source>Save an empty template…</source>
        <translation>Enregistrer un modèle vide…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="86"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="87"/>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="88"/>
        <source>Choose a file: nothing is written until you press Import.</source>
        <translation>Choisissez un fichier : rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Why it was rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="95"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="132"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="141"/>
        <source>Reading the table</source>
        <translation>Lecture du tableau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="146"/>
        <source>Preview of {name} ({source}): nothing has been written yet.</source>
        <translation>Aperçu de {name} ({source}) : rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="154"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} à ajouter, {updated} à mettre à jour, {unchanged} inchangées, {rejected} rejetées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="158"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} ajoutées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="161"/>
        <source>{count} rows concern other countries and are left out.</source>
        <translation>{count} lignes concernent d&apos;autres pays et sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="164"/>
        <source>Nothing to import: this workspace already holds every row of the file.</source>
        <translation>Rien à importer : cet espace de travail contient déjà toutes les lignes du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="176"/>
        <source>For a spreadsheet of your own, press “Map columns…” and say which column holds what.</source>
        <translation>Pour votre propre tableur, cliquez sur « Associer les colonnes… » et indiquez quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="186"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="190"/>
        <source>Imported from {source}.</source>
        <translation>Importé depuis {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="215"/>
        <source>Reading the columns</source>
        <translation>Lecture des colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="236"/>
        <source>Template saved: {path}</source>
        <translation>Modèle enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="239"/>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LessonsReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="264"/>
        <source>Lessons-learned report (PDF)</source>
        <translation>Rapport sur les enseignements tirés (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="265"/>
        <source>The lessons of every workspace in this data folder, by theme and country, and the handbook changes they call for.</source>
        <translation>Les enseignements de tous les espaces de travail de ce dossier de données, par thème et par pays, et les modifications du manuel qu&apos;ils appellent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="276"/>
        <source>Writing the lessons-learned report</source>
        <translation>Rédaction du rapport sur les enseignements tirés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Mainstream Desktop</source>
        <translation>Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&lt;h2&gt;Opening the data folder…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ouverture du dossier de données…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>  ·  Site: {name}</source>
        <translation>  ·  Site : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;&lt;p&gt;Create one with &lt;b&gt;File › New workspace&lt;/b&gt;, or start the program with &lt;code&gt;--demo&lt;/code&gt; to explore the eight pilot countries.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun espace de travail pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Créez-en un avec &lt;b&gt;Fichier › Nouvel espace de travail&lt;/b&gt;, ou lancez le programme avec &lt;code&gt;--demo&lt;/code&gt; pour découvrir les huit pays pilotes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About Mainstream Desktop</source>
        <translation>À &amp;propos de Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>E&amp;xchange</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recevoir un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Envoyer un paquet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Trusted sites…</source>
        <translation>Sites de con&amp;fiance…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Exchange &amp;status…</source>
        <translation>É&amp;tat des échanges…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Export the &amp;audit trail…</source>
        <translation>Exporter la piste d&apos;&amp;audit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Every change of the workspace, who made it and when, as a CSV file</source>
        <translation>Chaque modification de l&apos;espace de travail, par qui et quand, dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Re&amp;view</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Review &amp;desk…</source>
        <translation>&amp;Bureau d&apos;examen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Peer exchanges and handbook proposals…</source>
        <translation>Échanges entre &amp;pairs et propositions pour le manuel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Country report (PDF)…</source>
        <translation>&amp;Rapport de pays (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Lessons-learned report (PDF)…</source>
        <translation>Rapport sur les &amp;enseignements tirés (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Export workspace to &amp;Excel…</source>
        <translation>Exporter l&apos;espace de travail vers E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Export workspace to C&amp;SV…</source>
        <translation>Exporter l&apos;espace de travail en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Portefeuille…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Where every workspace of this data folder stands, side by side</source>
        <translation>Où en est chaque espace de travail de ce dossier de données, côte à côte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>The window cannot open</source>
        <translation>La fenêtre ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Workspace: </source>
        <translation>Espace de travail : </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>The wizard cannot open</source>
        <translation>L&apos;assistant ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Workspace {code} saved</source>
        <translation>Espace de travail {code} enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>The audit trail was not written</source>
        <translation>La piste d&apos;audit n&apos;a pas été écrite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Backup written and verified: {path}</source>
        <translation>Sauvegarde écrite et vérifiée : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Backing up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Still working: close again when the task has finished.</source>
        <translation>Travail en cours : fermez à nouveau lorsque la tâche sera terminée.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="30"/>
        <source>What the numbers say, in a few sentences…</source>
        <translation>Ce que disent les chiffres, en quelques phrases…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="32"/>
        <source>This section is done</source>
        <translation>Cette section est terminée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="71"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="54"/>
        <source>{done} of {total} rows</source>
        <translation>{done} lignes sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="66"/>
        <source>Exporting the observations</source>
        <translation>Exportation des observations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="72"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="73"/>
        <source>{rows} observations (the rows the filters show) written to
{path}</source>
        <translation>{rows} observations (les lignes affichées par les filtres) écrites dans
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="79"/>
        <location filename="../../ui/widgets/observation_export.py" line="82"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="80"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ObservationTable</name>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="125"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="126"/>
        <source>Save the rows the filters show (all of them, in this order) as an Excel workbook or a CSV file</source>
        <translation>Enregistrer les lignes affichées par les filtres (toutes, dans cet ordre) sous forme de classeur Excel ou de fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="139"/>
        <source>The change was refused</source>
        <translation>La modification a été refusée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="149"/>
        <source>Search indicator, partner, note or source…</source>
        <translation>Indicateur, partenaire, note, source…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="152"/>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Any sex</source>
        <translation>Tous sexes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>From year</source>
        <translation>De l&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="159"/>
        <source>To year</source>
        <translation>À l&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="161"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="169"/>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Years:</source>
        <translation>Années :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="178"/>
        <source>The numbers of the profile</source>
        <translation>Les chiffres du profil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="202"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="203"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="209"/>
        <source>&amp;Paste values</source>
        <translation>&amp;Coller les valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="211"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="213"/>
        <source>&amp;History of this row…</source>
        <translation>&amp;Historique de cette ligne…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="242"/>
        <source>Checking the observations</source>
        <translation>Vérification des observations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="276"/>
        <source>Paste {n} values</source>
        <translation>le collage de {n} valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="277"/>
        <location filename="../../ui/widgets/observation_table.py" line="383"/>
        <source>The paste was refused; nothing was changed</source>
        <translation>Le collage a été refusé ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="285"/>
        <source>Delete {n} observations</source>
        <translation>la suppression de {n} observations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="286"/>
        <source>The rows were not deleted</source>
        <translation>Les lignes n&apos;ont pas été supprimées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="307"/>
        <source>The change could not be undone or redone</source>
        <translation>La modification n&apos;a pas pu être annulée ou rétablie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="318"/>
        <source>The checks could not run: {reason}</source>
        <translation>Les vérifications n&apos;ont pas pu s&apos;exécuter : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="342"/>
        <source>Edit {column}</source>
        <translation>la modification de {column}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Nothing to paste into</source>
        <translation>Rien où coller</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Select the first cell to paste into.</source>
        <translation>Sélectionnez la première cellule où coller.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste does not fit</source>
        <translation>Le collage ne tient pas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste has {lines} lines, but only {rows} rows follow the current cell.</source>
        <translation>Le collage compte {lines} lignes, mais seules {rows} lignes suivent la cellule courante.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="380"/>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Ligne {line} : « {text} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="418"/>
        <source>{n} observations</source>
        <translation>{n} observations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="421"/>
        <source>✓ All changes saved</source>
        <translation>✓ Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="428"/>
        <source>Last change refused; nothing was changed</source>
        <translation>Dernière modification refusée ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="210"/>
        <source>“{text}” is not a valid entry for this column.</source>
        <translation>« {text} » n&apos;est pas une saisie valide pour cette colonne.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Migration type</source>
        <translation>Type de migration</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Voluntariness</source>
        <translation>Caractère volontaire</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Skill level</source>
        <translation>Niveau de qualification</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Education (ISCED)</source>
        <translation>Éducation (CITE)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Occupation (ISCO)</source>
        <translation>Profession (CITP)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Data type</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Sector (ISIC)</source>
        <translation>Secteur (CITI)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="389"/>
        <source>Source table</source>
        <translation>Tableau source</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Break in series</source>
        <translation>Rupture de série</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="47"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
<context>
    <name>OptionalYearSpin</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="64"/>
        <source>not set</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/dialogs/portfolio_dialog.py" line="21"/>
        <source>Portfolio: all workspaces</source>
        <translation>Portefeuille : tous les espaces de travail</translation>
    </message>
</context>
<context>
    <name>PortfolioStatusModel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="128"/>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Last update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="168"/>
        <source>The newest change to any record of this workspace.</source>
        <translation>La modification la plus récente d&apos;un enregistrement de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="174"/>
        <source>Step {number}: {title}</source>
        <translation>Étape {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="177"/>
        <source>{status}, {percent}% complete</source>
        <translation>{status}, complétée à {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="179"/>
        <source>In this status since {day} ({days} days)</source>
        <translation>Dans ce statut depuis le {day} ({days} jours)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="182"/>
        <source>In progress from its records; the step itself was never started.</source>
        <translation>En cours d&apos;après ses enregistrements ; l&apos;étape elle-même n&apos;a jamais été commencée.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="184"/>
        <source>{count} open review comment(s)</source>
        <translation>{count} commentaire(s) d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="188"/>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="189"/>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="199"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="290"/>
        <source>Reading the portfolio…</source>
        <translation>Lecture du portefeuille…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="201"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="206"/>
        <source>Where each country stands, step by step</source>
        <translation>Où en est chaque pays, étape par étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="214"/>
        <source>Open review comments</source>
        <translation>Commentaires d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="217"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="218"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="420"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="219"/>
        <source>Lessons by theme and country</source>
        <translation>Enseignements par thème et par pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="220"/>
        <source>Indicators compared</source>
        <translation>Indicateurs comparés</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="222"/>
        <source>The expert&apos;s questions</source>
        <translation>Les questions de l&apos;expert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="226"/>
        <source>Status matrix</source>
        <translation>Matrice des statuts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="227"/>
        <source>Review comments</source>
        <translation>Commentaires d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="228"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="229"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="230"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="246"/>
        <source>Each cell: how complete the step is and its status; ✎ counts the open review comments. Point at a cell for the days in its status and what is still missing.</source>
        <translation>Chaque cellule : le degré d&apos;achèvement de l&apos;étape et son statut ; ✎ compte les commentaires d&apos;examen en suspens. Survolez une cellule pour voir le nombre de jours dans ce statut et ce qui manque encore.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Oldest open (days)</source>
        <translation>Plus ancien ouvert (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="298"/>
        <source>Reading the portfolio</source>
        <translation>Lecture du portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="303"/>
        <source>Not read: cancelled.</source>
        <translation>Non lu : annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="308"/>
        <source>{count} workspaces in this data folder, read {when}.</source>
        <translation>{count} espaces de travail dans ce dossier de données, lus le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="390"/>
        <source>cross-country</source>
        <translation>plusieurs pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="392"/>
        <source>Lessons of no one country</source>
        <translation>Enseignements ne concernant aucun pays en particulier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="407"/>
        <source>Recurs in 3 or more countries</source>
        <translation>Récurrent dans au moins 3 pays</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="411"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Aucun enseignement tiré n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="412"/>
        <source>{count} lessons. Themes recurring in 3 or more countries (★): {themes}.</source>
        <translation>{count} enseignements. Thèmes récurrents dans au moins 3 pays (★) : {themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="413"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="440"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="448"/>
        <source>{country}: the profile holds no figure for this indicator.</source>
        <translation>{country} : le profil ne contient aucun chiffre pour cet indicateur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="449"/>
        <source>{country}, {year}. Source: {source}</source>
        <translation>{country}, {year}. Source : {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="452"/>
        <source>Derived: {formula}</source>
        <translation>Dérivé : {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="454"/>
        <source>Also {value} in {source}</source>
        <translation>Aussi {value} dans {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>partly answered</source>
        <translation>en partie répondu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="460"/>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="44"/>
        <source>Validation problems</source>
        <translation>Problèmes de validation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="45"/>
        <source>Acknowledge with a note…</source>
        <translation>Prendre acte avec une note…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="68"/>
        <source>Acknowledged: {note}</source>
        <translation>Pris acte : {note}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="73"/>
        <source>Problems: {open} open of {total}</source>
        <translation>Problèmes : {open} en suspens sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="74"/>
        <source>No problems found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="83"/>
        <source>Correct the error</source>
        <translation>Corrigez l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="84"/>
        <source>Errors must be corrected in the table, not acknowledged.</source>
        <translation>Les erreurs doivent être corrigées dans le tableau ; on ne peut pas simplement en prendre acte.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="92"/>
        <source>Not acknowledged</source>
        <translation>Prise d&apos;acte non enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="98"/>
        <source>Acknowledge a warning</source>
        <translation>Prendre acte d&apos;un avertissement</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="30"/>
        <source>Step 1: migration profile — {code}</source>
        <translation>Étape 1 : profil migratoire — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="37"/>
        <source>Import a table…</source>
        <translation>Importer un tableau…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="42"/>
        <source>UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:</source>
        <translation>Téléchargements du DAES de l&apos;ONU, de la Banque mondiale, du HCR, d&apos;ILOSTAT ou votre propre tableur :</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="49"/>
        <source>A value of your own</source>
        <translation>Une valeur de votre choix</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="50"/>
        <source>The value of “{field}” on every site:</source>
        <translation>La valeur de « {field} » sur tous les sites :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="48"/>
        <source>Where to write the bundle</source>
        <translation>Où écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="55"/>
        <source>Unlock the keys</source>
        <translation>Déverrouiller les clés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="56"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to sign the bundle:</source>
        <translation>Les clés de ce site sont protégées par une phrase secrète. Saisissez-la pour signer le paquet :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>{name} exists already in this folder. Replace it?</source>
        <translation>{name} existe déjà dans ce dossier. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="52"/>
        <source>Choose one or more bundles</source>
        <translation>Choisir un ou plusieurs paquets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="53"/>
        <source>Mainstream bundles (*.mdbundle);;All files (*)</source>
        <translation>Paquets Mainstream (*.mdbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="58"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to open the encrypted bundle:</source>
        <translation>Les clés de ce site sont protégées par une phrase secrète. Saisissez-la pour ouvrir le paquet chiffré :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="44"/>
        <source>Choose a statistics table</source>
        <translation>Choisir un tableau statistique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="45"/>
        <source>Tables (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Tableaux (*.xlsx *.xls *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Write the report to</source>
        <translation>Écrire le rapport dans</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="59"/>
        <source>Choose the partner&apos;s card</source>
        <translation>Choisir la carte du partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="60"/>
        <source>Site cards (*.mdcard *.json);;All files (*)</source>
        <translation>Cartes de site (*.mdcard *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="65"/>
        <source>Save this site&apos;s card</source>
        <translation>Enregistrer la carte de ce site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="66"/>
        <source>Site cards (*.mdcard)</source>
        <translation>Cartes de site (*.mdcard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Remove a trusted site</source>
        <translation>Retirer un site de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Stop accepting bundles signed by {name}? Its changes already imported stay.</source>
        <translation>Ne plus accepter les paquets signés par {name} ? Ses modifications déjà importées restent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>hub</source>
        <translation>pôle central</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="obsolete">Choisir un paquet</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="obsolete">Exporter la piste d&apos;audit</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="obsolete">Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Site: {name} ({kind}), {id}</source>
        <translation>Site : {name} ({kind}), {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42"/>
        <source>Site: not initialised</source>
        <translation>Site : non initialisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>&lt;p&gt;Guides a government through the GMG handbook &lt;i&gt;Mainstreaming Migration into Development Planning&lt;/i&gt;, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Guide un gouvernement à travers le manuel du GMG &lt;i&gt;Intégrer la migration dans la planification du développement&lt;/i&gt;, hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>About Mainstream Desktop</source>
        <translation>À propos de Mainstream Desktop</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="209"/>
        <source>Choose a document</source>
        <translation>Choisir un document</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="48"/>
        <source>Unsaved draft found</source>
        <translation>Brouillon non enregistré trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="49"/>
        <source>This wizard was left with unsaved changes ({when}). Resume them?</source>
        <translation>Cet assistant a été quitté avec des modifications non enregistrées ({when}). Les reprendre ?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="55"/>
        <source>Choose an evidence file</source>
        <translation>Choisir un fichier justificatif</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="74"/>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de l&apos;état de préparation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="75"/>
        <source>Assess each precondition. A criterion marked met needs evidence: attach a file or explain it in at least 20 characters.</source>
        <translation>Évaluez chaque condition préalable. Un critère marqué comme rempli doit être justifié : joignez un fichier ou expliquez-le en 20 caractères au moins.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="90"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="93"/>
        <source>Status of {criterion}</source>
        <translation>Statut de {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="97"/>
        <source>Comment on {criterion}</source>
        <translation>Commentaire sur {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="98"/>
        <location filename="../../ui/wizards/readiness_page.py" line="181"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="99"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="118"/>
        <source>The national focal point has confirmed this assessment</source>
        <translation>Le point focal national a confirmé cette évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="197"/>
        <source>Evidence not attached</source>
        <translation>Justificatif non joint</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="200"/>
        <source>Attaching evidence</source>
        <translation>Ajout du justificatif</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="103"/>
        <source>Step 0: workspace and readiness</source>
        <translation>Étape 0 : espace de travail et état de préparation</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="147"/>
        <source>Nothing to offer: choose a reference indicator that the profile (step 1) has figures for.</source>
        <translation>Rien à proposer : choisissez un indicateur de référence pour lequel le profil (étape 1) contient des chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="166"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="266"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="267"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="268"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="272"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="273"/>
        <source>Every change of the selected record: who, when, and each field&apos;s old and new value</source>
        <translation>Chaque modification de l&apos;enregistrement choisi : qui, quand, et l&apos;ancienne et la nouvelle valeur de chaque champ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="277"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="278"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>Enregistrer ce tableau sous forme de classeur Excel ou de fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="282"/>
        <source>Review comment…</source>
        <translation>Commentaire d&apos;examen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="283"/>
        <source>Comment on the selected record for the country (GMG hub)</source>
        <translation>Commenter l&apos;enregistrement sélectionné à l&apos;intention du pays (pôle central du GMG)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="286"/>
        <source>Without personal data</source>
        <translation>Sans données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="288"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Omettre les noms, adresses électroniques, numéros de téléphone et références à des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="334"/>
        <source>attached</source>
        <translation>joint</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Review comment</source>
        <translation>Commentaire d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="409"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="426"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="430"/>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="81"/>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="83"/>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Came</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Fields: old → new</source>
        <translation>Champs : ancien → nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="89"/>
        <source>Export audit trail…</source>
        <translation>Exporter la piste d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="91"/>
        <source>Every change of {code} as a CSV file</source>
        <translation>Toutes les modifications de {code} dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="119"/>
        <source>Reading the history</source>
        <translation>Lecture de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="131"/>
        <source>made here</source>
        <translation>faite ici</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="132"/>
        <source>bundle {id}</source>
        <translation>paquet {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="135"/>
        <source>{count} change(s), newest first.</source>
        <translation>{count} modification(s), les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="136"/>
        <source>No change is recorded for this record.</source>
        <translation>Aucune modification n&apos;est enregistrée pour cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="140"/>
        <source>conflict resolved</source>
        <translation>résolution de conflit</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation type="obsolete">Écriture de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation type="obsolete">Piste d&apos;audit écrite : {count} modification(s) de {code} dans {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="102"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="116"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="188"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="194"/>
        <source>The report is written: {path}
{pages} pages. It opens in your PDF viewer.</source>
        <translation>Le rapport est écrit : {path}
{pages} pages. Il s&apos;ouvre dans votre lecteur PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="206"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="209"/>
        <source>The report was not written: {reason}</source>
        <translation>Le rapport n&apos;a pas été écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="210"/>
        <source>The report was not written</source>
        <translation>Le rapport n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>ReviewDeskDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_desk_dialog.py" line="21"/>
        <source>Review desk — {code}</source>
        <translation>Bureau d&apos;examen — {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="95"/>
        <source>Follow the system ({language})</source>
        <translation>Suivre le système ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Langue du programme :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A new language takes effect when you restart the program.</source>
        <translation>Une nouvelle langue prend effet au redémarrage du programme.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>This session was started with --lang {code}, which wins over this setting until the program is started without it.</source>
        <translation>Cette session a été lancée avec --lang {code}, qui l&apos;emporte sur ce paramètre jusqu&apos;à ce que le programme soit lancé sans cette option.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The program will show the new language when it starts again. Restart it now? Everything you saved is kept.</source>
        <translation>Le programme affichera la nouvelle langue à son prochain démarrage. Le redémarrer maintenant ? Tout ce que vous avez enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Complete</source>
        <translation>Complété</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="75"/>
        <source>Handbook steps</source>
        <translation>Étapes du manuel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="88"/>
        <source>{percent}% complete, {missing} items missing</source>
        <translation>Complétée à {percent} %, {missing} éléments manquants</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="46"/>
        <source>Completeness</source>
        <translation>Degré d&apos;achèvement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="47"/>
        <source>Open the wizard…</source>
        <translation>Ouvrir l&apos;assistant…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="54"/>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="56"/>
        <source>Guidance from the handbook</source>
        <translation>Conseils du manuel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="79"/>
        <source>Step {number}: {title}</source>
        <translation>Étape {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="85"/>
        <source>%p% complete</source>
        <translation>Complétée à %p %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="90"/>
        <source>Still missing ({count})</source>
        <translation>Il manque encore ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="94"/>
        <source>Nothing is missing</source>
        <translation>Il ne manque rien</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="96"/>
        <source>Every check of this step passes.</source>
        <translation>Toutes les vérifications de cette étape sont satisfaites.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="60"/>
        <source>Reading the golden thread…</source>
        <translation>Lecture du fil conducteur…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="62"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Link</source>
        <translation>Maillon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="66"/>
        <source>Golden thread</source>
        <translation>Fil conducteur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="90"/>
        <source>Reading the golden thread</source>
        <translation>Lecture du fil conducteur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="103"/>
        <source>{chains} priorities, {complete} with an unbroken thread; {broken} broken links.</source>
        <translation>{chains} priorités, dont {complete} avec un fil complet ; {broken} maillons manquants.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="107"/>
        <source>Broken links ({count})</source>
        <translation>Maillons manquants ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="130"/>
        <source>Evidence</source>
        <translation>Données probantes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="131"/>
        <source>no evidence linked</source>
        <translation>aucune donnée probante liée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="132"/>
        <source>Consultation inputs</source>
        <translation>Contributions des consultations</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="133"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="137"/>
        <source>no actions</source>
        <translation>aucune action</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="138"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="139"/>
        <source>no indicators</source>
        <translation>aucun indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="141"/>
        <source>Aligned partner projects</source>
        <translation>Projets de partenaires alignés</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="168"/>
        <source>lands in no plan element</source>
        <translation>ne figure dans aucun élément du plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="169"/>
        <source>In the plan: {element}</source>
        <translation>Dans le plan : {element}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="174"/>
        <source>Funding: {source}{partner}</source>
        <translation>Financement : {source}{partner}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="179"/>
        <source>Measured by: {indicator}</source>
        <translation>Mesurée par : {indicator}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="182"/>
        <source>no indicator measures this action</source>
        <translation>aucun indicateur ne mesure cette action</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="103"/>
        <source>Trust the card of {name}</source>
        <translation>Faire confiance à la carte de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="105"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="106"/>
        <source>Site id</source>
        <translation>Id du site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="107"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="108"/>
        <source>Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the card only if every group matches: a card can be swapped on its way, a phone call cannot.</source>
        <translation>Appelez {name} et demandez-lui de lire l&apos;empreinte affichée dans sa fenêtre Sites de confiance. Ne faites confiance à la carte que si chaque groupe correspond : une carte peut être substituée en chemin, un appel téléphonique non.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="118"/>
        <source>{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces it: do so only if the site told you it has a new key.</source>
        <translation>{name} est déjà de confiance avec une autre clé (empreinte {old}). Faire confiance à cette carte la remplace : ne le faites que si le site vous a dit avoir une nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="123"/>
        <source>{name} read me this fingerprint on the phone, and it matches</source>
        <translation>{name} m&apos;a lu cette empreinte au téléphone, et elle correspond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="126"/>
        <source>Workspace codes separated by commas, e.g. JAM, MDA</source>
        <translation>Codes d&apos;espaces de travail séparés par des virgules, p. ex. JAM, MDA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="127"/>
        <source>Trust it as the hub (it may also write reviews, missions and lessons)</source>
        <translation>Lui faire confiance comme pôle central (il peut aussi écrire des examens, des missions et des enseignements)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="130"/>
        <source>May change</source>
        <translation>Peut modifier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="133"/>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="173"/>
        <source>Trusted sites</source>
        <translation>Sites de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="177"/>
        <source>&lt;b&gt;Sites whose bundles this site accepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sites dont ce site accepte les paquets&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <location filename="../../ui/dialogs/trust_list.py" line="215"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Hub</source>
        <translation>Pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>May change</source>
        <translation>Peut modifier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Trusted since</source>
        <translation>De confiance depuis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="181"/>
        <source>Sites whose bundles this site accepts</source>
        <translation>Sites dont ce site accepte les paquets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="189"/>
        <source>Trust a card…</source>
        <translation>Faire confiance à une carte…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="192"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="199"/>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="205"/>
        <source>Save my card…</source>
        <translation>Enregistrer ma carte…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="207"/>
        <source>Give this card to your partners (USB stick or e-mail). When they trust it, read them this fingerprint on the phone.</source>
        <translation>Remettez cette carte à vos partenaires (clé USB ou courriel). Lorsqu&apos;ils lui font confiance, lisez-leur cette empreinte au téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="213"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="214"/>
        <source>Site id</source>
        <translation>Id du site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="235"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="261"/>
        <source>Card saved: {path}. Hand it to the partner, then read them the fingerprint on the phone.</source>
        <translation>Carte enregistrée : {path}. Remettez-la au partenaire, puis lisez-lui l&apos;empreinte au téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="281"/>
        <source>Not trusted: nothing changed.</source>
        <translation>Pas de confiance accordée : rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="285"/>
        <source>Trusting the card</source>
        <translation>Enregistrement de la confiance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="290"/>
        <source>{name} is trusted for {workspaces}{hub}.</source>
        <translation>{name} est de confiance pour {workspaces}{hub}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="292"/>
        <source>, and as the hub</source>
        <translation>, et comme pôle central</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="300"/>
        <source>Removing the site</source>
        <translation>Retrait du site</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="305"/>
        <source>{name} is no longer trusted: its bundles will be refused.</source>
        <translation>{name} n&apos;est plus de confiance : ses paquets seront refusés.</translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="96"/>
        <source>Export a workspace to Excel</source>
        <translation>Exporter un espace de travail vers Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="97"/>
        <source>Export a workspace to CSV</source>
        <translation>Exporter un espace de travail en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="103"/>
        <source>Without personal data</source>
        <translation>Sans données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="105"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Omettre les noms, adresses électroniques, numéros de téléphone et références à des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="108"/>
        <location filename="../../ui/dialogs/workbook_export.py" line="118"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="110"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="116"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="125"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="128"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="165"/>
        <source>One workbook: an “About” sheet (workspace, country, when and where it was made, whether personal data is in), then one sheet per table that has rows, with real numbers and dates, frozen headers and filters.</source>
        <translation>Un seul classeur : une feuille « À propos » (espace de travail, pays, date et lieu de création, présence ou non de données personnelles), puis une feuille par table contenant des lignes, avec de vrais nombres et de vraies dates, des en-têtes figés et des filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="168"/>
        <source>One CSV file per table (UTF-8, so Excel shows every alphabet), plus “00 About.csv”, together in one zip file.</source>
        <translation>Un fichier CSV par table (UTF-8, pour qu&apos;Excel affiche tous les alphabets), plus « 00 À propos.csv », réunis dans un fichier zip.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="190"/>
        <source>{done} of {total} rows</source>
        <translation>{done} lignes sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="202"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="203"/>
        <source>Exporting {code}</source>
        <translation>Exportation de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="208"/>
        <source>with personal data</source>
        <translation>avec données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="209"/>
        <source>without personal data</source>
        <translation>sans données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="211"/>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="212"/>
        <source>{code}: {tables} tables and {rows} rows, {personal}.</source>
        <translation>{code} : {tables} tables et {rows} lignes, {personal}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="223"/>
        <source>Nothing was written: {reason}</source>
        <translation>Rien n&apos;a été écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="65"/>
        <source>Workspace details</source>
        <translation>Informations sur l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="66"/>
        <source>The pilot&apos;s basic facts. Fields marked * are needed to create the workspace; the rest can follow, and the checklist shows what is missing.</source>
        <translation>Les informations de base du projet pilote. Les champs marqués * sont nécessaires pour créer l&apos;espace de travail ; les autres peuvent suivre, et la liste de contrôle indique ce qui manque.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="70"/>
        <source>e.g. JAM</source>
        <translation>p. ex. JAM</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="75"/>
        <location filename="../../ui/wizards/workspace_page.py" line="85"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="99"/>
        <source>Workspace code *</source>
        <translation>Code de l&apos;espace de travail *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="100"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="101"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="102"/>
        <source>Programme phase</source>
        <translation>Phase du programme</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="103"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="104"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="105"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="106"/>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="107"/>
        <source>National focal point</source>
        <translation>Point focal national</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="108"/>
        <source>Focal point&apos;s e-mail</source>
        <translation>Courriel du point focal</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="109"/>
        <source>Entry mode</source>
        <translation>Mode d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="110"/>
        <source>Default currency</source>
        <translation>Monnaie par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="111"/>
        <source>Reference year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="112"/>
        <source>Languages (ISO 639-1)</source>
        <translation>Langues (ISO 639-1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="113"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="187"/>
        <source>Mainstreaming Migration – {country}</source>
        <translation>Intégrer la migration – {country}</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="68"/>
        <source>Where step 0 stands</source>
        <translation>Où en est l&apos;étape 0</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="73"/>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="76"/>
        <source>Saved. What is still missing:</source>
        <translation>Enregistré. Ce qui manque encore :</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="84"/>
        <source>Workspace {code}: step 0 is {percent}% complete</source>
        <translation>Espace de travail {code} : l&apos;étape 0 est complétée à {percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="90"/>
        <source>Nothing: the workspace is ready for step 1.</source>
        <translation>Rien : l&apos;espace de travail est prêt pour l&apos;étape 1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="138"/>
        <source>Mainstream Desktop cannot start</source>
        <translation>Mainstream Desktop ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../app.py" line="165"/>
        <source>Demo not loaded</source>
        <translation>Démo non chargée</translation>
    </message>
    <message>
        <location filename="../../app.py" line="167"/>
        <source>Loading the demo workspaces</source>
        <translation>Chargement des espaces de travail de démonstration</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../reports/charts.py" line="60"/>
        <location filename="../../reports/participation_charts.py" line="59"/>
        <source>No data yet for this chart.</source>
        <translation>Pas encore de données pour ce graphique.</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="67"/>
        <location filename="../../reports/portfolio_charts.py" line="377"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="105"/>
        <location filename="../../reports/charts.py" line="266"/>
        <source>Immigrant stock by sex</source>
        <translation>Stock d&apos;immigrés par sexe</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="110"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="115"/>
        <location filename="../../reports/charts.py" line="138"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="126"/>
        <source>Emigrants by country of destination</source>
        <translation>Émigrés par pays de destination</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="132"/>
        <location filename="../../reports/participation_charts.py" line="318"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="147"/>
        <source>Migration flows and net migration</source>
        <translation>Flux migratoires et solde migratoire</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="152"/>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="153"/>
        <source>Emigration</source>
        <translation>Émigration</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="154"/>
        <source>Net migration</source>
        <translation>Solde migratoire</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="155"/>
        <source>Net migration rate (per 1,000, right axis)</source>
        <translation>Taux de migration nette (pour 1 000, axe de droite)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="167"/>
        <source>Persons per year</source>
        <translation>Personnes par an</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="176"/>
        <source>Per 1,000 population</source>
        <translation>Pour 1 000 habitants</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="186"/>
        <source>Remittances received</source>
        <translation>Envois de fonds reçus</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="193"/>
        <source>USD million</source>
        <translation>Millions d&apos;USD</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="194"/>
        <source>USD million, current</source>
        <translation>Millions d&apos;USD courants</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="199"/>
        <source>% of GDP (right axis)</source>
        <translation>% du PIB (axe de droite)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="200"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="211"/>
        <source>How migration affects each sector</source>
        <translation>Effets de la migration sur chaque secteur</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="230"/>
        <source>green positive, red negative, yellow mixed; the number is the magnitude (1-3)</source>
        <translation>vert positif, rouge négatif, jaune mitigé ; le nombre indique l&apos;ampleur (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="237"/>
        <source>Data availability by indicator and year</source>
        <translation>Disponibilité des données par indicateur et par année</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <location filename="../../reports/portfolio_charts.py" line="285"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="259"/>
        <source>reported</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="267"/>
        <source>Top destinations</source>
        <translation>Principales destinations</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="268"/>
        <source>Flows and net migration</source>
        <translation>Flux et solde migratoire</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="269"/>
        <source>Remittances</source>
        <translation>Envois de fonds</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="270"/>
        <source>Sector impacts</source>
        <translation>Effets sectoriels</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="271"/>
        <source>Data availability</source>
        <translation>Disponibilité des données</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>L</source>
        <translation>CF</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>Cs</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="46"/>
        <source>Inputs received</source>
        <translation>Contributions reçues</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="47"/>
        <source>Accepted or partly accepted</source>
        <translation>Acceptées en tout ou en partie</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="48"/>
        <source>Reflected in the plan</source>
        <translation>Prises en compte dans le plan</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="49"/>
        <source>Still pending</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="76"/>
        <location filename="../../reports/planning_charts.py" line="223"/>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="77"/>
        <source>Left out: {notes}</source>
        <translation>Exclus : {notes}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="121"/>
        <source>no area</source>
        <translation>aucun domaine</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="142"/>
        <source>Who does what in each policy area</source>
        <translation>Qui fait quoi dans chaque domaine d&apos;action</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="170"/>
        <source>L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead</source>
        <translation>CF chef de file, C contributeur, D fournisseur de données, Co consulté ; rouge : secteur clé sans chef de file</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="181"/>
        <source>minutes filed</source>
        <translation>procès-verbal déposé</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="182"/>
        <source>no minutes</source>
        <translation>sans procès-verbal</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="194"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="199"/>
        <source>Attendance rate by institution</source>
        <translation>Taux de présence par institution</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="201"/>
        <source>No attendance recorded yet.</source>
        <translation>Aucune présence enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="206"/>
        <source>no institution</source>
        <translation>aucune institution</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="218"/>
        <source>Coordination meetings and attendance</source>
        <translation>Réunions de coordination et présence</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="230"/>
        <location filename="../../reports/participation_charts.py" line="555"/>
        <source>Overdue action items</source>
        <translation>Mesures de suivi en retard</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="236"/>
        <source>{overdue} of {open} open items</source>
        <translation>{overdue} sur {open} mesures en cours</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="239"/>
        <source>No open action item is overdue.</source>
        <translation>Aucune mesure de suivi en cours n&apos;est en retard.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="241"/>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="247"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="257"/>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="258"/>
        <source>Manage closely</source>
        <translation>Gérer étroitement</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="259"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="260"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="278"/>
        <source>Stakeholders by interest and influence</source>
        <translation>Parties prenantes par intérêt et influence</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="300"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="301"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="306"/>
        <source>bubble size: engagement, from inform to empower</source>
        <translation>taille des bulles : participation, d&apos;informer à autonomiser</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="312"/>
        <source>Participants by sex per event</source>
        <translation>Participants par sexe et par événement</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="314"/>
        <source>No consultation event yet.</source>
        <translation>Aucun événement de consultation pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="330"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="338"/>
        <source>Events reaching each group</source>
        <translation>Événements touchant chaque groupe</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="340"/>
        <source>No stakeholder yet.</source>
        <translation>Aucune partie prenante pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="349"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="354"/>
        <source>Who the consultations reached</source>
        <translation>Qui les consultations ont touché</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="367"/>
        <source>What became of the inputs received</source>
        <translation>Suites données aux contributions reçues</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="390"/>
        <source>Partner funding by policy area (USD)</source>
        <translation>Financement des partenaires par domaine d&apos;action (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="414"/>
        <source>a project&apos;s budget is split equally among its policy areas</source>
        <translation>le budget d&apos;un projet est réparti à parts égales entre ses domaines d&apos;action</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="422"/>
        <source>Partner budget aligned to national priorities</source>
        <translation>Budget des partenaires aligné sur les priorités nationales</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="428"/>
        <source>{total} in total, projects: {count}</source>
        <translation>{total} au total, projets : {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="432"/>
        <source>The recorded budgets add up to zero.</source>
        <translation>La somme des budgets enregistrés est nulle.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="434"/>
        <source>Aligned: {amount}, projects: {count}</source>
        <translation>Aligné : {amount}, projets : {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="436"/>
        <source>Not aligned: {amount}, projects: {count}</source>
        <translation>Non aligné : {amount}, projets : {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="441"/>
        <source>aligned</source>
        <translation>aligné</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="457"/>
        <source>gap {amount}</source>
        <translation>déficit {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="458"/>
        <source>surplus {amount}</source>
        <translation>excédent {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="510"/>
        <source>Partner funding against the cost of the plan</source>
        <translation>Financement des partenaires par rapport au coût du plan</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="520"/>
        <source>Partner funding</source>
        <translation>Financement des partenaires</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="524"/>
        <source>Cost of the actions</source>
        <translation>Coût des actions</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="528"/>
        <source>Costs arrive with step 4 (the action plan).</source>
        <translation>Les coûts arrivent avec l&apos;étape 4 (le plan d&apos;action).</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="533"/>
        <location filename="../../reports/planning_charts.py" line="417"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="551"/>
        <source>Responsibility matrix</source>
        <translation>Matrice des responsabilités</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="553"/>
        <source>Meetings and attendance</source>
        <translation>Réunions et présence</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="557"/>
        <source>Interest-influence grid</source>
        <translation>Grille intérêt-influence</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="559"/>
        <source>Participation by sex and group</source>
        <translation>Participation par sexe et par groupe</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="561"/>
        <source>Input funnel</source>
        <translation>Entonnoir des contributions</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="563"/>
        <source>Partners by policy area</source>
        <translation>Partenaires par domaine d&apos;action</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="565"/>
        <source>Alignment to national priorities</source>
        <translation>Alignement sur les priorités nationales</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="567"/>
        <source>Funding against cost</source>
        <translation>Financement et coût</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="55"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="56"/>
        <source>Endorsed</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="57"/>
        <source>In plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="58"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="61"/>
        <location filename="../../reports/portfolio_charts.py" line="45"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="62"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="63"/>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="64"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="65"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>Government budget</source>
        <translation>Budget de l&apos;État</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="70"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="71"/>
        <source>Diaspora</source>
        <translation>Diaspora</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="72"/>
        <source>Unfunded (gap)</source>
        <translation>Non financé (déficit)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="74"/>
        <source>0 migration absent</source>
        <translation>0 migration absente</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="75"/>
        <source>1 mentioned in the context or analysis</source>
        <translation>1 mentionnée dans le contexte ou l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="76"/>
        <source>2 objectives or strategies address it</source>
        <translation>2 traitée par des objectifs ou des stratégies</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="77"/>
        <source>3 plus indicators and targets</source>
        <translation>3 plus des indicateurs et des cibles</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="78"/>
        <source>4 plus costed, budgeted actions</source>
        <translation>4 plus des actions chiffrées et budgétisées</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>A</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>G</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="84"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>some delay</source>
        <translation>léger retard</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="86"/>
        <source>off track</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="87"/>
        <source>not rated: no recent actual or no target</source>
        <translation>non évalué : pas de valeur réalisée récente ou pas de cible</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="88"/>
        <source>achieved: final target met</source>
        <translation>atteint : cible finale atteinte</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="161"/>
        <source>High impact, hard to do</source>
        <translation>Fort impact, difficile à réaliser</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="162"/>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="163"/>
        <source>Reconsider</source>
        <translation>À reconsidérer</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="164"/>
        <source>Easy, low impact</source>
        <translation>Facile, faible impact</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="177"/>
        <source>Priorities by impact and feasibility</source>
        <translation>Priorités par impact et faisabilité</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="180"/>
        <source>No scored priorities yet: set them in step 4 and score their impact and feasibility.</source>
        <translation>Aucune priorité notée pour l&apos;instant : définissez-les à l&apos;étape 4 et notez leur impact et leur faisabilité.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="206"/>
        <source>Feasibility (1-5)</source>
        <translation>Faisabilité (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="207"/>
        <source>Impact (1-5)</source>
        <translation>Impact (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="213"/>
        <source>cost not known</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="215"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="227"/>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="228"/>
        <source>colour: status; bubble area: cost of the actions</source>
        <translation>couleur : statut ; surface des bulles : coût des actions</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="230"/>
        <source>(largest {amount})</source>
        <translation>(la plus grande : {amount})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="254"/>
        <source>Policy areas in the planning instruments</source>
        <translation>Domaines d&apos;action dans les instruments de planification</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="256"/>
        <source>No planning instruments yet: add them in step 4.</source>
        <translation>Aucun instrument de planification pour l&apos;instant : ajoutez-les à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="261"/>
        <source>No instrument addresses a policy area yet: apply the migration lens to their plan elements in step 4.</source>
        <translation>Aucun instrument ne traite encore un domaine d&apos;action : appliquez le prisme de la migration à leurs éléments de plan à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="301"/>
        <source>? level not assessed</source>
        <translation>? niveau non évalué</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="303"/>
        <source>Mainstreaming level</source>
        <translation>Niveau d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="304"/>
        <source>a cell shows the instrument&apos;s mainstreaming level where it addresses the area</source>
        <translation>une cellule indique le niveau d&apos;intégration de l&apos;instrument là où il traite le domaine</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="333"/>
        <source>Action plan over time</source>
        <translation>Plan d&apos;action dans le temps</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="336"/>
        <source>No dated actions yet: plan the actions of each priority in step 4.</source>
        <translation>Aucune action datée pour l&apos;instant : planifiez les actions de chaque priorité à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="368"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="379"/>
        <source>{count} actions by priority</source>
        <translation>{count} actions par priorité</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="381"/>
        <source>{count} more not shown (export the data)</source>
        <translation>{count} de plus non affichées (exportez les données)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="393"/>
        <source>Cost of the action plan by funding source</source>
        <translation>Coût du plan d&apos;action par source de financement</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="396"/>
        <source>No costed actions yet: cost the action plan in step 4.</source>
        <translation>Aucune action chiffrée pour l&apos;instant : chiffrez le plan d&apos;action à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="412"/>
        <source>{share} unfunded</source>
        <translation>{share} non financé</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="423"/>
        <source>{total} in total, {gap} unfunded; cancelled actions left out</source>
        <translation>{total} au total, dont {gap} non financé ; actions annulées exclues</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="448"/>
        <source>no indicator yet</source>
        <translation>pas encore d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="454"/>
        <source>{value} ({year})</source>
        <translation>{value} ({year})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="457"/>
        <source>no actual</source>
        <translation>pas de valeur réalisée</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="478"/>
        <source>Results dashboard</source>
        <translation>Tableau de bord des résultats</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="480"/>
        <source>No outcome or impact results yet: set up the results framework in step 5.</source>
        <translation>Aucun résultat d&apos;effet ou d&apos;impact pour l&apos;instant : établissez le cadre de résultats à l&apos;étape 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="504"/>
        <source>{count} more results not shown</source>
        <translation>{count} résultats de plus non affichés</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="505"/>
        <source>impact and outcome indicators, latest actual (year)</source>
        <translation>indicateurs d&apos;impact et d&apos;effet, dernière valeur réalisée (année)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="543"/>
        <source>No baseline, target or actual yet.</source>
        <translation>Pas encore de valeur de référence, de cible ni de valeur réalisée.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="555"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="556"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="564"/>
        <location filename="../../reports/planning_charts.py" line="625"/>
        <source>Indicator progress</source>
        <translation>Progression des indicateurs</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="566"/>
        <source>No indicators yet: add them to the results framework in step 5.</source>
        <translation>Aucun indicateur pour l&apos;instant : ajoutez-les au cadre de résultats à l&apos;étape 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="583"/>
        <source>baseline</source>
        <translation>valeur de référence</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="585"/>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="587"/>
        <source>final target</source>
        <translation>cible finale</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="588"/>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="589"/>
        <source>actual</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="593"/>
        <source>title colour and letter: status ({letters})</source>
        <translation>couleur et lettre du titre : statut ({letters})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="598"/>
        <source>the first {shown} of {count} indicators; export the data for all</source>
        <translation>les {shown} premiers indicateurs sur {count} ; exportez les données pour les voir tous</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="615"/>
        <source>Priority matrix</source>
        <translation>Matrice des priorités</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="617"/>
        <source>Plan coverage</source>
        <translation>Couverture des plans</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="619"/>
        <source>Action plan timeline</source>
        <translation>Calendrier du plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="621"/>
        <source>Budget by funding source</source>
        <translation>Budget par source de financement</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="623"/>
        <source>Results dashboard (RAG)</source>
        <translation>Tableau de bord des résultats (feux)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="46"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="47"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="48"/>
        <source>Changes requested</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="49"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="52"/>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="53"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="54"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="55"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="56"/>
        <source>under 30 days</source>
        <translation>moins de 30 jours</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="57"/>
        <source>30–90 days</source>
        <translation>30 à 90 jours</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="58"/>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="148"/>
        <source>Where each country stands</source>
        <translation>Où en est chaque pays</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="151"/>
        <location filename="../../reports/portfolio_charts.py" line="334"/>
        <source>No workspace yet.</source>
        <translation>Aucun espace de travail pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="181"/>
        <source>colour: the step&apos;s status; number: how complete it is; ✎ open review comments</source>
        <translation>couleur : statut de l&apos;étape ; nombre : degré d&apos;achèvement ; ✎ commentaires d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="206"/>
        <location filename="../../reports/portfolio_charts.py" line="385"/>
        <source>Open review comments</source>
        <translation>Commentaires d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="210"/>
        <source>No review comment is open ({closed} closed).</source>
        <translation>Aucun commentaire d&apos;examen n&apos;est en suspens ({closed} clos).</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="224"/>
        <source>by severity</source>
        <translation>par gravité</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="225"/>
        <source>by age</source>
        <translation>par ancienneté</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="226"/>
        <source>(open or answered, replies not counted)</source>
        <translation>(ouverts ou répondus, réponses non comptées)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="232"/>
        <source>Lessons learned by theme and country</source>
        <translation>Enseignements tirés par thème et par pays</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="235"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Aucun enseignement tiré n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="241"/>
        <source>cross-country</source>
        <translation>plusieurs pays</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="264"/>
        <source>★ recurs in 3 or more countries</source>
        <translation>★ récurrent dans au moins 3 pays</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="301"/>
        <source>No country has this figure yet.</source>
        <translation>Aucun pays n&apos;a encore ce chiffre.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="331"/>
        <source>Migration profiles side by side</source>
        <translation>Profils migratoires côte à côte</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="345"/>
        <source>each country&apos;s latest figure (year); red: derived from two figures of the profile</source>
        <translation>dernier chiffre de chaque pays (année) ; rouge : dérivé de deux chiffres du profil</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="351"/>
        <location filename="../../reports/portfolio_charts.py" line="389"/>
        <source>Emigrants by top destination</source>
        <translation>Émigrés par principale destination</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="354"/>
        <source>No profile holds emigrants by destination yet.</source>
        <translation>Aucun profil ne contient encore d&apos;émigrés par destination.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="374"/>
        <source>persons (share of all emigrants)</source>
        <translation>personnes (part de l&apos;ensemble des émigrés)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="384"/>
        <source>Status matrix</source>
        <translation>Matrice des statuts</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="386"/>
        <source>Lessons by theme and country</source>
        <translation>Enseignements par thème et par pays</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="387"/>
        <source>Indicator comparison</source>
        <translation>Comparaison des indicateurs</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/documents.py" line="34"/>
        <source>{path} is not a readable file.</source>
        <translation>{path} n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="38"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation>{path} dépasse {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="98"/>
        <source>{what}: every number needs its source.</source>
        <translation>{what} : chaque nombre doit avoir sa source.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="101"/>
        <source>{what}: the period ends before it starts.</source>
        <translation>{what} : la période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="105"/>
        <source>{what}: enter a value, or mark the observation as missing.</source>
        <translation>{what} : saisissez une valeur, ou marquez l&apos;observation comme manquante.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="109"/>
        <source>{what}: {value} is not a percentage (0 to 100).</source>
        <translation>{what} : {value} n&apos;est pas un pourcentage (0 à 100).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="112"/>
        <source>{what}: remittances above {limit}% of GDP are rare; check the figure.</source>
        <translation>{what} : des envois de fonds supérieurs à {limit} % du PIB sont rares ; vérifiez le chiffre.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="116"/>
        <source>{what}: a count cannot be negative ({value}).</source>
        <translation>{what} : un effectif ne peut pas être négatif ({value}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="119"/>
        <source>{what}: a rate per 1,000 must lie between -100 and 100.</source>
        <translation>{what} : un taux pour 1 000 doit être compris entre -100 et 100.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="122"/>
        <source>{what}: the partner country cannot be the country itself.</source>
        <translation>{what} : le pays partenaire ne peut pas être le pays lui-même.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="125"/>
        <source>{what}: a stock is counted at a point in time, not over a period.</source>
        <translation>{what} : un stock se mesure à une date donnée, pas sur une période.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="128"/>
        <source>{what}: a flow is counted over a period, not at a point in time.</source>
        <translation>{what} : un flux se mesure sur une période, pas à une date donnée.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="165"/>
        <source>{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add up to the total ({total:,.0f}).</source>
        <translation>{indicator} {period} : hommes ({male:,.0f}) et femmes ({female:,.0f}) ne correspondent pas au total ({total:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="181"/>
        <source>{indicator} {period}: {value} has the opposite sign of the values before and after it; a possible sign error.</source>
        <translation>{indicator} {period} : {value} est de signe opposé aux valeurs qui l&apos;entourent ; erreur de signe possible.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="191"/>
        <source>{indicator}: {change:+.0%} between {first} and {second}; explain the change (refugee influx, border change, a new source type?).</source>
        <translation>{indicator} : {change:+.0%} entre {first} et {second} ; expliquez la variation (afflux de réfugiés, changement de frontière, nouveau type de source ?).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="210"/>
        <source>{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); the focal point should reconcile them and mark the preferred one.</source>
        <translation>{indicator} {period} : les sources divergent de {gap:.0%} ({low:,.1f} contre {high:,.1f}) ; le point focal doit les rapprocher et marquer celle à privilégier.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="140"/>
        <source>Errors must be corrected, not acknowledged.</source>
        <translation>Les erreurs doivent être corrigées ; on ne peut pas simplement en prendre acte.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="142"/>
        <source>Explain the warning in a short note.</source>
        <translation>Expliquez l&apos;avertissement dans une courte note.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="211"/>
        <source>The source is not in this workspace&apos;s data-source inventory.</source>
        <translation>La source ne figure pas dans l&apos;inventaire des sources de données de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="216"/>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="230"/>
        <source>{indicator} {period}: this source already has a value for the same cell.</source>
        <translation>{indicator} {period} : cette source a déjà une valeur pour la même cellule.</translation>
    </message>
    <message>
        <location filename="../../core/ownership.py" line="50"/>
        <source>This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review comment instead.</source>
        <translation>Cet espace de travail appartient à {owner} : le pôle central l&apos;examine mais ne le modifie pas. Rédigez plutôt un commentaire d&apos;examen.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>30–90 days</source>
        <translation>30 à 90 jours</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>under 30 days</source>
        <translation>moins de 30 jours</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="22"/>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="33"/>
        <source>Where is each country in the process?</source>
        <translation>Où en est chaque pays dans le processus ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="34"/>
        <source>How strong is the evidence base?</source>
        <translation>Quelle est la solidité de la base de données probantes ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="35"/>
        <source>Do national and international numbers agree?</source>
        <translation>Les chiffres nationaux et internationaux concordent-ils ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="36"/>
        <source>How do the migration profiles compare?</source>
        <translation>Comment les profils migratoires se comparent-ils ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="37"/>
        <source>Is the institutional set-up real and alive?</source>
        <translation>Le dispositif institutionnel est-il réel et actif ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="38"/>
        <source>Was society genuinely consulted?</source>
        <translation>La société a-t-elle été réellement consultée ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="39"/>
        <source>Where did migration land in planning?</source>
        <translation>Où la migration a-t-elle trouvé sa place dans la planification ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="40"/>
        <source>Are priorities evidence-based and costed?</source>
        <translation>Les priorités sont-elles fondées sur des données probantes et chiffrées ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="41"/>
        <source>Is the M&amp;E framework usable?</source>
        <translation>Le cadre de S&amp;E est-il utilisable ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="42"/>
        <source>Is international support coherent?</source>
        <translation>L&apos;appui international est-il cohérent ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="43"/>
        <source>Which GMG agencies supported which steps?</source>
        <translation>Quels organismes du GMG ont appuyé quelles étapes ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="44"/>
        <source>What lessons recur across countries?</source>
        <translation>Quels enseignements reviennent d&apos;un pays à l&apos;autre ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="45"/>
        <source>What did peer exchanges change?</source>
        <translation>Qu&apos;ont changé les échanges entre pairs ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="46"/>
        <source>Is it sustainable?</source>
        <translation>Est-ce durable ?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="47"/>
        <source>Results against programme targets</source>
        <translation>Résultats par rapport aux cibles du programme</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="92"/>
        <source>There is no workspace in this data folder yet.</source>
        <translation>Ce dossier de données ne contient encore aucun espace de travail.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="99"/>
        <source>; longest in its status: step {step}, {days} days</source>
        <translation>; plus longtemps dans son statut : étape {step}, {days} jours</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="101"/>
        <source>{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, {working} in progress, {waiting} not started; last update {updated}{stay}</source>
        <translation>{country} ({code}) : {percent} % au total ; {approved} approuvée(s), {submitted} soumise(s), {working} en cours, {waiting} pas commencée(s) ; dernière mise à jour {updated}{stay}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="108"/>
        <source>{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; furthest along: {best} ({percent}% overall).</source>
        <translation>{count} pays, {steps} étapes : {approved} approuvées, {submitted} soumises, {working} en cours ; le plus avancé : {best} ({percent} % au total).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="119"/>
        <source>No profile holds any figure yet.</source>
        <translation>Aucun profil ne contient encore de chiffre.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="122"/>
        <source>, newest {newest}, oldest latest figure {oldest}</source>
        <translation>, le plus récent {newest}, dernier chiffre le plus ancien {oldest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="124"/>
        <source>; international estimates only</source>
        <translation>; estimations internationales uniquement</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="125"/>
        <source>{country}: {filled} of {total} core indicators have a figure{years}; sources: {types}{alone}</source>
        <translation>{country} : {filled} indicateurs de base sur {total} ont un chiffre{years} ; sources : {types}{alone}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="130"/>
        <source>{national} of {count} countries use national data sources; {alone} rely on international estimates only{names}.</source>
        <translation>{national} pays sur {count} utilisent des sources de données nationales ; {alone} s&apos;appuient uniquement sur des estimations internationales{names}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="137"/>
        <source>Who must reconcile a gap is not recorded: the country&apos;s focal point marks the preferred figure.</source>
        <translation>Qui doit résoudre un écart n&apos;est pas enregistré : le point focal du pays marque le chiffre à privilégier.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="140"/>
        <source>No figure is given by two sources that disagree by more than 10%.</source>
        <translation>Aucun chiffre n&apos;est donné par deux sources divergeant de plus de 10 %.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="142"/>
        <source>{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}</source>
        <translation>{country} : {indicator} {period} : {low} contre {high} (écart de {gap:.0%}){done}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="144"/>
        <source>, explained</source>
        <translation>, expliqué</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="146"/>
        <source>{count} disagreement(s) between sources in {countries} countries, the largest first; {open} not yet explained.</source>
        <translation>{count} divergence(s) entre sources dans {countries} pays, les plus grandes d&apos;abord ; {open} pas encore expliquée(s).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="157"/>
        <source>{indicator}: {figures}; missing for {missing}</source>
        <translation>{indicator} : {figures} ; manquant pour {missing}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="161"/>
        <source>{country}: emigrants by destination ({year}): {list}</source>
        <translation>{country} : émigrés par destination ({year}) : {list}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="166"/>
        <source>{count} figures side by side across {indicators} indicators; a country without the figure is shown as missing.</source>
        <translation>{count} chiffres côte à côte pour {indicators} indicateurs ; un pays sans le chiffre est indiqué comme manquant.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="168"/>
        <source>Skill mix is not compared: the profiles hold no common skill breakdown.</source>
        <translation>La composition par qualification n&apos;est pas comparée : les profils n&apos;ont pas de ventilation commune par qualification.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="175"/>
        <source>{country}: no active coordination mechanism recorded</source>
        <translation>{country} : aucun mécanisme de coordination actif enregistré</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="178"/>
        <source>{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); {meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors with a lead {led} of {sectors}; {focal} sector focal points</source>
        <translation>{country} : {active} mécanisme(s) actif(s) ({legal}), présidence {chair} ({kind}) ; {meetings} réunions, {rate} par an, {minutes} avec procès-verbal, dernière le {last} ; secteurs clés dotés d&apos;un chef de file : {led} sur {sectors} ; {focal} points focaux sectoriels</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="188"/>
        <source>{alive} of {count} countries record an active coordination mechanism.</source>
        <translation>{alive} pays sur {count} enregistrent un mécanisme de coordination actif.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="190"/>
        <source>Whether the chair&apos;s seat goes with faster progress is not computed: too few mechanisms are recorded to compare.</source>
        <translation>Le lien entre le siège de la présidence et une progression plus rapide n&apos;est pas calculé : trop peu de mécanismes sont enregistrés pour comparer.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="196"/>
        <source>{country}: {events} consultation(s), {people} participants ({women} women); groups reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, {accepted} accepted</source>
        <translation>{country} : {events} consultation(s), {people} participants ({women} femmes) ; groupes touchés : {groups} ; {reflected} contributions sur {inputs} prises en compte dans une priorité, {accepted} acceptées</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="205"/>
        <source>{count} countries record consultations: {people} participants, {women} of them women.</source>
        <translation>{count} pays enregistrent des consultations : {people} participants, dont {women} femmes.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="211"/>
        <source>{country} ({route}): {instruments}</source>
        <translation>{country} ({route}) : {instruments}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="220"/>
        <source>Highest mainstreaming level (0–4) by route: {routes}.</source>
        <translation>Niveau d&apos;intégration le plus élevé (0–4) par voie : {routes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="222"/>
        <source>Which route went faster is not known: the dates of level changes are not recorded.</source>
        <translation>On ne sait pas quelle voie a été la plus rapide : les dates de changement de niveau ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="229"/>
        <source>; {count} action(s) without an exchange rate left out</source>
        <translation>; {count} action(s) sans taux de change exclue(s)</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="231"/>
        <source>{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of {actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}</source>
        <translation>{country} : {evidenced} priorités sur {priorities} reposent sur des données probantes ; {costed} actions sur {actions} ont un coût et un responsable ; plan {cost}, financé {funded}, déficit {gap}{left}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="237"/>
        <source>{count} countries have priorities; funding gap across them: {gap} of {cost}.</source>
        <translation>{count} pays ont des priorités ; déficit de financement cumulé : {gap} sur {cost}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="243"/>
        <source>{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: {rag}; {sdg} aligned to an SDG indicator; latest actual {latest}</source>
        <translation>{country} : {ready} indicateurs sur {total} ont une valeur de référence et une cible ; feux : {rag} ; {sdg} alignés sur un indicateur des ODD ; dernière valeur réalisée {latest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="250"/>
        <source>{count} countries have a results framework; {ready} of {total} indicators have a baseline and a target.</source>
        <translation>{count} pays ont un cadre de résultats ; {ready} indicateurs sur {total} ont une valeur de référence et une cible.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="253"/>
        <source>Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is shown instead.</source>
        <translation>La ponctualité des rapports exige un calendrier de communication des données, qui n&apos;est pas enregistré ; la dernière valeur réalisée est indiquée à la place.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="259"/>
        <source>{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed priorities without partner support: {unsupported}</source>
        <translation>{country} : {projects} projet(s) de partenaires, {aligned} sur {budget} ({share}) alignés sur les priorités nationales ; {undaf} liés à un effet du plan-cadre de coopération des Nations Unies ; priorités approuvées sans appui des partenaires : {unsupported}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="267"/>
        <source>{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to national priorities.</source>
        <translation>{count} pays enregistrent des projets de partenaires ; {share} de leurs budgets ({budget}) sont alignés sur les priorités nationales.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="269"/>
        <source>Duplicated projects are not detected.</source>
        <translation>Les projets en double ne sont pas détectés.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="274"/>
        <source>Resolution time per agency is not known: a comment&apos;s closing date is not recorded.</source>
        <translation>Le délai de résolution par organisme n&apos;est pas connu : la date de clôture d&apos;un commentaire n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="276"/>
        <source>No expert mission or review comment is recorded.</source>
        <translation>Aucune mission d&apos;expert ni aucun commentaire d&apos;examen n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="278"/>
        <source>{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments {open} open, {closed} closed</source>
        <translation>{agency} : {missions} mission(s) ({countries} ; étapes {steps}) ; commentaires d&apos;examen : {open} en suspens, {closed} clos</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="284"/>
        <source>{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s).</source>
        <translation>{agencies} organismes : {missions} mission(s) d&apos;experts et {comments} commentaire(s) d&apos;examen.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="291"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Aucun enseignement tiré n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="296"/>
        <source>{theme}: {count} lesson(s) from {countries}{recurring}{proposal}</source>
        <translation>{theme} : {count} enseignement(s) de {countries}{recurring}{proposal}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="299"/>
        <source>; recurs</source>
        <translation>; récurrent</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="300"/>
        <source>; behind a handbook change proposal</source>
        <translation>; à l&apos;origine d&apos;une proposition de modification du manuel</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="303"/>
        <source>Themes recurring in 3 or more countries: {themes}.</source>
        <translation>Thèmes récurrents dans au moins 3 pays : {themes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="304"/>
        <source>No theme recurs in 3 or more countries yet ({count} lessons).</source>
        <translation>Aucun thème n&apos;est encore récurrent dans au moins 3 pays ({count} enseignements).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="311"/>
        <source>No peer exchange is recorded.</source>
        <translation>Aucun échange entre pairs n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="312"/>
        <source>{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} lesson(s) and {priorities} priority(ies)</source>
        <translation>{host} accueillant {visitors} ({end}, {topic}) : ensuite, les visiteurs ont enregistré {lessons} enseignement(s) et {priorities} priorité(s)</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="316"/>
        <source>{count} peer exchange(s) recorded.</source>
        <translation>{count} échange(s) entre pairs enregistré(s).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="317"/>
        <source>Records dated after an exchange are not necessarily caused by it.</source>
        <translation>Les enregistrements postérieurs à un échange n&apos;en sont pas nécessairement la conséquence.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="323"/>
        <source>{country}: the government budget carries {share} of the plan&apos;s funding; the mechanism last met {last}</source>
        <translation>{country} : le budget de l&apos;État assure {share} du financement du plan ; le mécanisme s&apos;est réuni pour la dernière fois le {last}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="327"/>
        <source>Government budget share of the funded actions: {share} across {count} countries.</source>
        <translation>Part du budget de l&apos;État dans les actions financées : {share} sur {count} pays.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="329"/>
        <source>Whether the profile is produced by a national body on a legal basis is not recorded.</source>
        <translation>Il n&apos;est pas enregistré si le profil est produit par un organisme national sur une base juridique.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="334"/>
        <source>{country}: {indicator} {value} ({year})</source>
        <translation>{country} : {indicator} {value} ({year})</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="337"/>
        <source>No country reports laws amended or new M&amp;D policies (indicators PROC_LAWS_MM, PROC_NEW_MD_POLICIES) in its profile.</source>
        <translation>Aucun pays ne signale dans son profil de lois modifiées ni de nouvelles politiques M&amp;D (indicateurs PROC_LAWS_MM, PROC_NEW_MD_POLICIES).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="344"/>
        <source>Laws and policies amended: {laws} (the programme reported {laws_target}); new M&amp;D policies and programmes: {policies} (the programme reported {policies_target}).</source>
        <translation>Lois et politiques modifiées : {laws} (le programme a déclaré {laws_target}) ; nouvelles politiques et nouveaux programmes M&amp;D : {policies} (le programme a déclaré {policies_target}).</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="91"/>
        <source>The evidence attached to “{criterion}” is not a document of this workspace; attach the file again.</source>
        <translation>Le justificatif joint à « {criterion} » n&apos;est pas un document de cet espace de travail ; joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="16"/>
        <source>High-level political endorsement</source>
        <translation>Engagement politique de haut niveau</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="17"/>
        <source>Lead institution and focal point designated</source>
        <translation>Institution chef de file et point focal désignés</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="18"/>
        <source>Budget or donor funding secured</source>
        <translation>Budget ou financement des donateurs assuré</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="19"/>
        <source>UN country team lead agency agreed</source>
        <translation>Organisme chef de file de l&apos;équipe de pays des Nations Unies convenu</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="20"/>
        <source>A planning window exists</source>
        <translation>Une fenêtre de planification existe</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="21"/>
        <source>Existing analysis available</source>
        <translation>Analyses existantes disponibles</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="22"/>
        <source>Statistics office involved</source>
        <translation>Office de statistique associé</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="34"/>
        <source>“{criterion}” is marked met: attach evidence or explain it in at least {minimum} characters.</source>
        <translation>« {criterion} » est marqué comme rempli : joignez un justificatif ou expliquez-le en {minimum} caractères au moins.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="46"/>
        <source>“{field}” is required.</source>
        <translation>« {field} » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="59"/>
        <source>“{field}” must be a whole number.</source>
        <translation>« {field} » doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="62"/>
        <source>“{field}” must lie between {minimum} and {maximum}.</source>
        <translation>« {field} » doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="68"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>« {value} » n&apos;est pas une valeur valide pour « {field} ».</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="72"/>
        <source>“{field}” must be an amount of 0 or more.</source>
        <translation>« {field} » doit être un montant supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="76"/>
        <source>“{field}” must be a number.</source>
        <translation>« {field} » doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="79"/>
        <source>“{field}” must be a date.</source>
        <translation>« {field} » doit être une date.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="172"/>
        <source>This record repeats one that is stored already (perhaps one deleted earlier); edit that one instead.</source>
        <translation>Cet enregistrement reproduit un enregistrement déjà stocké (peut-être supprimé auparavant) ; modifiez plutôt celui-ci.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="187"/>
        <source>“{field}” does not belong to the chosen “{parent}”.</source>
        <translation>« {field} » n&apos;appartient pas à l&apos;élément « {parent} » choisi.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="224"/>
        <source>“{field}” points at evidence that is not in this workspace.</source>
        <translation>« {field} » renvoie à un justificatif qui ne se trouve pas dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="240"/>
        <source>“{field}” points at a record that is not in this workspace.</source>
        <translation>« {field} » renvoie à un enregistrement qui ne se trouve pas dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="263"/>
        <source>“{value}” is already in the list ({field}).</source>
        <translation>« {value} » figure déjà dans la liste ({field}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="65"/>
        <source>Give the workspace a title.</source>
        <translation>Donnez un titre à l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="66"/>
        <source>Choose the programme phase.</source>
        <translation>Choisissez la phase du programme.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="67"/>
        <source>Enter the start and end dates.</source>
        <translation>Saisissez les dates de début et de fin.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="68"/>
        <source>Name the donor.</source>
        <translation>Indiquez le donateur.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="69"/>
        <source>Name the lead institution.</source>
        <translation>Indiquez l&apos;institution chef de file.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="70"/>
        <source>Name the national focal point.</source>
        <translation>Indiquez le point focal national.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="71"/>
        <source>Choose the entry mode into planning.</source>
        <translation>Choisissez le mode d&apos;entrée dans la planification.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="72"/>
        <source>Choose the default currency.</source>
        <translation>Choisissez la monnaie par défaut.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="73"/>
        <source>Enter the reference year of the profile.</source>
        <translation>Saisissez l&apos;année de référence du profil.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="80"/>
        <source>Assess the readiness criterion “{criterion}”.</source>
        <translation>Évaluez le critère de préparation « {criterion} ».</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="85"/>
        <source>“{criterion}” must be met before the process starts.</source>
        <translation>« {criterion} » doit être rempli avant le début du processus.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="92"/>
        <source>Attach evidence for the criteria marked met: {criteria}.</source>
        <translation>Joignez un justificatif pour les critères marqués comme remplis : {criteria}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="95"/>
        <source>The national focal point has not confirmed the readiness assessment.</source>
        <translation>Le point focal national n&apos;a pas confirmé l&apos;évaluation de l&apos;état de préparation.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="104"/>
        <source>Enter the reference year of the profile in step 0; core indicators are counted from it.</source>
        <translation>Saisissez l&apos;année de référence du profil à l&apos;étape 0 ; les indicateurs de base sont comptés à partir de celle-ci.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="116"/>
        <source>Core indicators with a value for {first}–{last}: {have} of {total} (80% needed). Missing: {codes}.</source>
        <translation>Indicateurs de base ayant une valeur pour {first}–{last} : {have} sur {total} (80 % requis). Manquants : {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="124"/>
        <source>Write the narrative of profile part {part}.</source>
        <translation>Rédigez le texte de la partie {part} du profil.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="126"/>
        <source>Inventory the data sources used.</source>
        <translation>Dressez l&apos;inventaire des sources de données utilisées.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="129"/>
        <source>Document the data gaps of each source type used{types}.</source>
        <translation>Documentez les lacunes de données de chaque type de source utilisé{types}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="138"/>
        <source>Record an active inter-ministerial coordination mechanism.</source>
        <translation>Enregistrez un mécanisme de coordination interministériel actif.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="139"/>
        <source>Attach the mechanism&apos;s terms of reference.</source>
        <translation>Joignez les termes de référence du mécanisme.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="152"/>
        <source>Core sectors not yet represented on the mechanism: {sectors}.</source>
        <translation>Secteurs clés pas encore représentés au sein du mécanisme : {sectors}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="155"/>
        <source>The lead institution should sit on the mechanism.</source>
        <translation>L&apos;institution chef de file devrait siéger au sein du mécanisme.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="157"/>
        <source>Name the sector focal points.</source>
        <translation>Désignez les points focaux sectoriels.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="164"/>
        <source>Each active mechanism needs exactly one chair (or one or two co-chairs){names}.</source>
        <translation>Chaque mécanisme actif doit avoir exactement une présidence (ou une ou deux coprésidences){names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="174"/>
        <source>Name a lead institution for the policy areas of the priorities: {areas}.</source>
        <translation>Désignez une institution chef de file pour les domaines d&apos;action des priorités : {areas}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="181"/>
        <source>Meetings dated before their mechanism was established: {dates}.</source>
        <translation>Réunions datées d&apos;avant la création de leur mécanisme : {dates}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="185"/>
        <source>Hold at least {minimum} meetings with minutes ({count} so far).</source>
        <translation>Tenez au moins {minimum} réunions avec procès-verbal ({count} jusqu&apos;à présent).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="197"/>
        <source>No consultation has reached {group} yet.</source>
        <translation>Aucune consultation n&apos;a encore touché ce groupe : {group}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="205"/>
        <source>Give every consultation at least one topic and one stakeholder present{titles}.</source>
        <translation>Indiquez pour chaque consultation au moins un thème et une partie prenante présente{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="208"/>
        <source>Hold a validation workshop on the profile and the priorities.</source>
        <translation>Organisez un atelier de validation du profil et des priorités.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="210"/>
        <source>Report the participants of consultations by sex.</source>
        <translation>Indiquez les participants aux consultations par sexe.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="214"/>
        <source>Decide what happens to the inputs received ({pending} of {total} pending; at most 10% may be).</source>
        <translation>Décidez de la suite à donner aux contributions reçues ({pending} sur {total} en attente ; 10 % au plus peuvent l&apos;être).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="223"/>
        <source>Adopt a planning instrument that mainstreams migration (level 2 or more) or a stand-alone migration and development policy.</source>
        <translation>Adoptez un instrument de planification qui intègre la migration (niveau 2 ou plus) ou une politique autonome de migration et développement.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="226"/>
        <source>Set the migration and development priorities.</source>
        <translation>Définissez les priorités de migration et développement.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="231"/>
        <source>Link every priority to its evidence{titles}.</source>
        <translation>Reliez chaque priorité à ses données probantes{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="236"/>
        <source>Have the mechanism endorse the priority list{titles}.</source>
        <translation>Faites approuver la liste des priorités par le mécanisme{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="240"/>
        <source>Make the scoring weights add up to 1 (they add up to {total:.2f}).</source>
        <translation>Faites en sorte que la somme des pondérations soit égale à 1 (elle est de {total:.2f}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="246"/>
        <source>Cost the actions of every endorsed priority, each with a lead{titles}.</source>
        <translation>Chiffrez les actions de chaque priorité approuvée, chacune avec un responsable{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="270"/>
        <source>Give every impact an indicator (ideally an SDG or national plan one): {codes}.</source>
        <translation>Dotez chaque impact d&apos;un indicateur (idéalement un indicateur des ODD ou du plan national) : {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="273"/>
        <source>Attach the final evaluation&apos;s report and record the management response.</source>
        <translation>Joignez le rapport de l&apos;évaluation finale et enregistrez la réponse de la direction.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="276"/>
        <source>Set up the results framework with its outcomes.</source>
        <translation>Établissez le cadre de résultats avec ses effets.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="278"/>
        <source>Give every outcome an indicator with a baseline and a target{codes}.</source>
        <translation>Dotez chaque effet d&apos;un indicateur avec une valeur de référence et une cible{codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="281"/>
        <source>Report actuals for at least 80% of the indicators ({have} of {total}).</source>
        <translation>Communiquez les valeurs réalisées pour au moins 80 % des indicateurs ({have} sur {total}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="284"/>
        <source>Plan the mid-term and final evaluations.</source>
        <translation>Planifiez les évaluations à mi-parcours et finale.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="298"/>
        <source>List the development partners present in the country.</source>
        <translation>Dressez la liste des partenaires de développement présents dans le pays.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="300"/>
        <source>Each partner lists its projects or confirms it has none{names}.</source>
        <translation>Chaque partenaire liste ses projets ou confirme qu&apos;il n&apos;en a aucun{names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="303"/>
        <source>Align each project to a national priority or say why not{titles}.</source>
        <translation>Alignez chaque projet sur une priorité nationale ou expliquez pourquoi ce n&apos;est pas le cas{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="305"/>
        <source>Record at least one partner coordination event.</source>
        <translation>Enregistrez au moins un événement de coordination des partenaires.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="321"/>
        <source>Steps not yet approved: {steps}.</source>
        <translation>Étapes pas encore approuvées : {steps}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="322"/>
        <source>Record at least {minimum} validated lessons ({count} so far).</source>
        <translation>Enregistrez au moins {minimum} enseignements validés ({count} jusqu&apos;à présent).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="326"/>
        <source>Resolve the open blocker and major review comments ({count}).</source>
        <translation>Réglez les commentaires d&apos;examen bloquants et majeurs en suspens ({count}).</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="25"/>
        <source>Workspace and readiness</source>
        <translation>Espace de travail et préparation</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="26"/>
        <source>Set up the pilot and check the preconditions.</source>
        <translation>Mettre en place le projet pilote et vérifier les conditions préalables.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="28"/>
        <source>Migration profile</source>
        <translation>Profil migratoire</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="29"/>
        <source>Assess national migration dynamics: the evidence base.</source>
        <translation>Évaluer la dynamique migratoire nationale : la base de données probantes.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="31"/>
        <source>Whole-of-government</source>
        <translation>Ensemble des pouvoirs publics</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="32"/>
        <source>The inter-ministerial mechanism and who is responsible.</source>
        <translation>Le mécanisme interministériel et la répartition des responsabilités.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="34"/>
        <source>Whole-of-society</source>
        <translation>Ensemble de la société</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="35"/>
        <source>Stakeholders, consultations and what became of inputs.</source>
        <translation>Parties prenantes, consultations et suites données aux contributions.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Policy priorities in the plan</source>
        <translation>Priorités politiques dans le plan</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Evidence-based priorities, written into plans and costed.</source>
        <translation>Des priorités fondées sur des données probantes, inscrites dans les plans et chiffrées.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>Suivi et évaluation</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="41"/>
        <source>Results framework, indicators, targets and actuals.</source>
        <translation>Cadre de résultats, indicateurs, cibles et valeurs réalisées.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="43"/>
        <source>Coherent international support</source>
        <translation>Un appui international cohérent</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Partners&apos; projects aligned to the national priorities.</source>
        <translation>Projets des partenaires alignés sur les priorités nationales.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="46"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Phase pilote et enseignements</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="47"/>
        <source>Expert support, peer exchanges, lessons, handbook changes.</source>
        <translation>Appui d&apos;experts, échanges entre pairs, enseignements, modifications du manuel.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="199"/>
        <source>The priority “{title}” rests on no evidence: link a figure, finding or input.</source>
        <translation>La priorité « {title} » ne repose sur aucune donnée probante : liez-y un chiffre, une constatation ou une contribution.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="204"/>
        <source>The endorsed priority “{title}” has no actions.</source>
        <translation>La priorité approuvée « {title} » n&apos;a pas d&apos;actions.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="208"/>
        <source>The action “{action}” lands in no plan element.</source>
        <translation>L&apos;action « {action} » ne figure dans aucun élément du plan.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="211"/>
        <source>No indicator measures the action “{action}”.</source>
        <translation>Aucun indicateur ne mesure l&apos;action « {action} ».</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="215"/>
        <source>The endorsed priority “{title}” has no funding: no action is funded and no partner project is aligned to it.</source>
        <translation>La priorité approuvée « {title} » n&apos;a pas de financement : aucune action n&apos;est financée et aucun projet de partenaire n&apos;y est aligné.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="228"/>
        <source>The indicator “{name}” ({code}) has no baseline.</source>
        <translation>L&apos;indicateur « {name} » ({code}) n&apos;a pas de valeur de référence.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="232"/>
        <source>The indicator “{name}” ({code}) has no target.</source>
        <translation>L&apos;indicateur « {name} » ({code}) n&apos;a pas de cible.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="247"/>
        <source>“{title}” is at mainstreaming level {level} but none of its elements is linked to an indicator.</source>
        <translation>« {title} » est au niveau d&apos;intégration {level}, mais aucun de ses éléments n&apos;est lié à un indicateur.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="21"/>
        <source>The workspace code must be 2 to 20 capital letters, digits or dashes, for example JAM or JAM-2.</source>
        <translation>Le code de l&apos;espace de travail doit comporter de 2 à 20 lettres majuscules, chiffres ou tirets, par exemple JAM ou JAM-2.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="25"/>
        <source>Choose the country from the list (ISO 3166 code).</source>
        <translation>Choisissez le pays dans la liste (code ISO 3166).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="28"/>
        <source>The workspace needs a title.</source>
        <translation>L&apos;espace de travail doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="31"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>La date de fin ({end}) est antérieure à la date de début ({start}).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="35"/>
        <source>The reference year must lie between {first} and {last}.</source>
        <translation>L&apos;année de référence doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="39"/>
        <source>{currency} is not an ISO 4217 currency code.</source>
        <translation>{currency} n&apos;est pas un code de monnaie ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="42"/>
        <source>The focal point&apos;s e-mail address does not look right.</source>
        <translation>L&apos;adresse électronique du point focal ne semble pas correcte.</translation>
    </message>
    <message>
        <source>Women among immigrants, %</source>
        <translation type="obsolete">Femmes parmi les immigrés, %</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="45"/>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="46"/>
        <source>Partly met</source>
        <translation>Partiellement rempli</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="47"/>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="48"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="40"/>
        <source>Phase I (2011–2013)</source>
        <translation>Phase I (2011–2013)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="41"/>
        <source>Phase II (2014–2018)</source>
        <translation>Phase II (2014–2018)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="42"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="50"/>
        <source>Integrate into the national plan being drafted</source>
        <translation>Intégration au plan national en cours d&apos;élaboration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="52"/>
        <source>Stand-alone migration and development strategy</source>
        <translation>Stratégie autonome de migration et développement</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="54"/>
        <source>Sector plans only</source>
        <translation>Plans sectoriels uniquement</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="45"/>
        <source>The file system refused: {reason}</source>
        <translation>Le système de fichiers a refusé : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="47"/>
        <source>Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; the details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite ({kind} : {detail}). Rien n&apos;a été enregistré à moitié ; les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="63"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="64"/>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Fichiers CSV dans un zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="66"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="77"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="78"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="18"/>
        <source>Before starting, the handbook asks for political backing, a mandated lead and resources. Record the pilot&apos;s basic facts, then assess the seven preconditions: high-level endorsement, a designated lead institution and focal point, funding, an agreed UN lead agency, a planning window (a national or sector plan being drafted), existing analysis, and the statistics office on board. The best moment to mainstream is while a new national strategy is drafted; if the timelines do not match, a stand-alone migration and development strategy can feed the plan.</source>
        <translation>Avant de commencer, le manuel demande un soutien politique, une institution chef de file mandatée et des ressources. Enregistrez les informations de base du projet pilote, puis évaluez les sept conditions préalables : un engagement de haut niveau, une institution chef de file et un point focal désignés, un financement, un organisme chef de file des Nations Unies convenu, une fenêtre de planification (un plan national ou sectoriel en cours d&apos;élaboration), des analyses existantes et la participation de l&apos;office de statistique. Le meilleur moment pour intégrer la migration est l&apos;élaboration d&apos;une nouvelle stratégie nationale ; si les calendriers ne concordent pas, une stratégie autonome de migration et développement peut alimenter le plan.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="25"/>
        <source>Build the evidence base in the standard profile structure: A, migration trends and migrants&apos; characteristics; B, the impact of migration on the economy, labour market, society and health; C, the governance framework; D, findings and recommendations. Break data down by age and sex, give every number its source, inventory the data sources and their gaps, and plan how the profile will be kept up to date.</source>
        <translation>Constituez la base de données probantes selon la structure type du profil : A, tendances migratoires et caractéristiques des migrants ; B, effets de la migration sur l&apos;économie, le marché du travail, la société et la santé ; C, cadre de gouvernance ; D, constatations et recommandations. Ventilez les données par âge et par sexe, indiquez la source de chaque chiffre, dressez l&apos;inventaire des sources de données et de leurs lacunes, et prévoyez la mise à jour du profil.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="31"/>
        <source>Set up an inter-ministerial mechanism (a task force or working group with a legal basis, a chair, a secretariat and terms of reference) so that labour, health, education, statistics, finance or the central bank, interior and border, foreign affairs, justice and planning all contribute. Name sector focal points, meet regularly and keep minutes, decisions and action items.</source>
        <translation>Mettez en place un mécanisme interministériel (un groupe de travail ou une équipe spéciale dotés d&apos;une base juridique, d&apos;une présidence, d&apos;un secrétariat et de termes de référence) afin que le travail, la santé, l&apos;éducation, la statistique, les finances ou la banque centrale, l&apos;intérieur et les frontières, les affaires étrangères, la justice et la planification y contribuent tous. Désignez des points focaux sectoriels, réunissez-vous régulièrement et consignez les procès-verbaux, les décisions et les mesures de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="36"/>
        <source>Bring in academia, service providers, local government, the private sector, recruitment agencies, remittance providers, trade unions, NGOs, diaspora and migrant associations and the media. Record each consultation with its participants by sex, every input received, and what became of it, with a reason.</source>
        <translation>Associez les milieux universitaires, les prestataires de services, les collectivités locales, le secteur privé, les agences de recrutement, les opérateurs de transfert de fonds, les syndicats, les ONG, la diaspora et les associations de migrants ainsi que les médias. Enregistrez chaque consultation avec ses participants par sexe, chaque contribution reçue et la suite qui lui a été donnée, avec le motif.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="40"/>
        <source>Combine the profile with the consultations to set migration and development priorities, apply the migration lens to the plan&apos;s goals, and write the priorities into the national plan, sector strategies, local plans, the UN cooperation framework or the budget. Each priority points back to its evidence and forward to costed actions with a lead institution.</source>
        <translation>Croisez le profil et les consultations pour définir les priorités de migration et développement, appliquez le prisme de la migration aux objectifs du plan, et inscrivez les priorités dans le plan national, les stratégies sectorielles, les plans locaux, le plan-cadre de coopération des Nations Unies ou le budget. Chaque priorité renvoie à ses données probantes et débouche sur des actions chiffrées dotées d&apos;une institution chef de file.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="45"/>
        <source>Set up a results framework (impact, outcomes, outputs) with neutral indicators, their unit, disaggregation, means of verification, a baseline and targets. Report actuals each period; the program computes red, amber or green from the progress toward each target. Plan mid-term and final evaluations and record management responses.</source>
        <translation>Établissez un cadre de résultats (impact, effets, produits) avec des indicateurs neutres, leur unité, leur ventilation, leurs moyens de vérification, une valeur de référence et des cibles. Communiquez les valeurs réalisées à chaque période ; le programme calcule le rouge, l&apos;orange ou le vert à partir de la progression vers chaque cible. Planifiez les évaluations à mi-parcours et finale et enregistrez les réponses de la direction.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="50"/>
        <source>Once migration is in the national instruments, align outside support with it: list the development partners and their migration-related projects, link each project to the national priorities it serves, and compare funding with the cost of each priority to show the gap.</source>
        <translation>Une fois la migration intégrée dans les instruments nationaux, alignez sur eux l&apos;appui extérieur : dressez la liste des partenaires de développement et de leurs projets liés à la migration, reliez chaque projet aux priorités nationales qu&apos;il sert, et comparez le financement au coût de chaque priorité pour faire apparaître le déficit.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="54"/>
        <source>Across the pilot countries, record GMG expert missions, peer exchanges and review comments, capture lessons learned (what happened, why, and what to recommend), and trace proposals to change the handbook to the lessons behind them.</source>
        <translation>Dans l&apos;ensemble des pays pilotes, enregistrez les missions d&apos;experts du GMG, les échanges entre pairs et les commentaires d&apos;examen, consignez les enseignements tirés (ce qui s&apos;est passé, pourquoi, et ce qu&apos;il convient de recommander), et rattachez les propositions de modification du manuel aux enseignements qui les fondent.</translation>
    </message>
</context>
<context>
    <name>participation</name>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="13"/>
        <source>Institutions and people</source>
        <translation>Institutions et personnes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="14"/>
        <source>One registry for every step: ministries, agencies, the central bank, the statistics office, local government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their people. Contact details need the person&apos;s consent.</source>
        <translation>Un registre unique pour toutes les étapes : ministères, organismes publics, banque centrale, office de statistique, collectivités locales, organismes des Nations Unies, donateurs, ONG, milieux universitaires, secteur privé, organisations de la diaspora, et leurs membres. Les coordonnées nécessitent le consentement de la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="22"/>
        <source>The coordination mechanism</source>
        <translation>Le mécanisme de coordination</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="23"/>
        <source>The task force or working group: its legal basis, chair, secretariat, terms of reference, and its members with the sector focal points.</source>
        <translation>Le groupe de travail ou l&apos;équipe spéciale : sa base juridique, sa présidence, son secrétariat, ses termes de référence, et ses membres avec les points focaux sectoriels.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="27"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="28"/>
        <source>Each meeting with its agenda and minutes, who attended, and the decisions and action items.</source>
        <translation>Chaque réunion avec son ordre du jour et son procès-verbal, les participants, et les décisions et mesures de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="31"/>
        <source>Who is responsible for what</source>
        <translation>Qui est responsable de quoi</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="32"/>
        <source>For each policy area, the lead institution, the contributors, the data providers and who is consulted. Core sectors without a lead are shown in red.</source>
        <translation>Pour chaque domaine d&apos;action, l&apos;institution chef de file, les contributeurs, les fournisseurs de données et les acteurs consultés. Les secteurs clés sans chef de file apparaissent en rouge.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="40"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="41"/>
        <source>Who has a stake, how interested and how influential (1-5), and how they are engaged.</source>
        <translation>Qui est concerné, avec quel intérêt et quelle influence (1-5), et comment il est associé.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="44"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="45"/>
        <source>Each consultation with its participants by sex and the stakeholders present.</source>
        <translation>Chaque consultation avec ses participants par sexe et les parties prenantes présentes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="48"/>
        <source>Inputs received</source>
        <translation>Contributions reçues</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="49"/>
        <source>Every suggestion received and what became of it (accepted, partly, noted, rejected), with the reason.</source>
        <translation>Chaque suggestion reçue et la suite qui lui a été donnée (acceptée, en partie, notée, rejetée), avec le motif.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="57"/>
        <source>Development partners</source>
        <translation>Partenaires de développement</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="58"/>
        <source>UN agencies, donors, international financial institutions and foundations present in the country; each lists its migration-related projects or confirms it has none.</source>
        <translation>Organismes des Nations Unies, donateurs, institutions financières internationales et fondations présents dans le pays ; chacun liste ses projets liés à la migration ou confirme qu&apos;il n&apos;en a aucun.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="62"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="63"/>
        <source>The migration and development project inventory: budgets, dates, policy areas, and alignment to the national priorities (or why not).</source>
        <translation>L&apos;inventaire des projets de migration et développement : budgets, dates, domaines d&apos;action et alignement sur les priorités nationales (ou raison de l&apos;absence d&apos;alignement).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="67"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="68"/>
        <source>UN country team meetings, donor round tables and joint programming.</source>
        <translation>Réunions de l&apos;équipe de pays des Nations Unies, tables rondes des donateurs et programmation conjointe.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="74"/>
        <source>GMG expert missions</source>
        <translation>Missions d&apos;experts du GMG</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="75"/>
        <source>The missions of the GMG agencies that supported the country: in country, remote or desk review, with the steps they supported, their terms of reference and their reports.</source>
        <translation>Les missions des organismes du GMG qui ont appuyé le pays : sur place, à distance ou examen documentaire, avec les étapes appuyées, leurs termes de référence et leurs rapports.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="79"/>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="80"/>
        <source>What happened, why, and what others should do: each lesson with its theme and step, how widely it applies, its evidence, and who validated it. Step 7 needs at least three validated lessons.</source>
        <translation>Ce qui s&apos;est passé, pourquoi, et ce que d&apos;autres devraient faire : chaque enseignement avec son thème et son étape, sa portée, ses justificatifs et qui l&apos;a validé. L&apos;étape 7 requiert au moins trois enseignements validés.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="16"/>
        <source>Planning instruments</source>
        <translation>Instruments de planification</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="17"/>
        <source>The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a stand-alone migration policy: status, period and how far each mainstreams migration (0 absent … 4 costed and budgeted actions). Then each plan&apos;s goals, outcomes, strategies and actions.</source>
        <translation>Le plan national, les stratégies sectorielles, les plans locaux, le plan-cadre de coopération des Nations Unies, le budget ou une politique migratoire autonome : statut, période et degré d&apos;intégration de la migration (0 absente … 4 actions chiffrées et budgétisées). Puis les objectifs, effets, stratégies et actions de chaque plan.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="22"/>
        <source>Migration lens</source>
        <translation>Prisme de la migration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="23"/>
        <source>Apply the migration lens to plan elements: for the element&apos;s policy area, answer the questions of the bank (the list follows the area chosen), say how migration affects the goal and the goal migration, and propose a change to the text.</source>
        <translation>Appliquez le prisme de la migration aux éléments du plan : pour le domaine d&apos;action de l&apos;élément, répondez aux questions de la banque (la liste suit le domaine choisi), indiquez comment la migration influe sur l&apos;objectif et l&apos;objectif sur la migration, et proposez une modification du texte.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="28"/>
        <source>Priorities and their evidence</source>
        <translation>Priorités et données probantes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="29"/>
        <source>The migration and development priorities with problem, objective and target groups, scored 1-5 (weights below; equal when none are set). Each priority needs at least one piece of evidence from the profile, the consultations or a document; endorsement needs the mechanism&apos;s decision.</source>
        <translation>Les priorités de migration et développement avec problème, objectif et groupes cibles, notées de 1 à 5 (pondérations ci-dessous ; égales si aucune n&apos;est définie). Chaque priorité doit reposer sur au moins une donnée probante issue du profil, des consultations ou d&apos;un document ; l&apos;approbation requiert la décision du mécanisme.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="34"/>
        <source>Costed action plan</source>
        <translation>Plan d&apos;action chiffré</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="35"/>
        <source>Each priority&apos;s actions with a lead, dates, a cost and where they land in the plan; their funding by source never exceeds the cost, and the rest shows as the gap.</source>
        <translation>Les actions de chaque priorité avec un responsable, des dates, un coût et leur place dans le plan ; leur financement par source ne dépasse jamais le coût, et le reste apparaît comme déficit.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="42"/>
        <source>Results chain</source>
        <translation>Chaîne de résultats</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="43"/>
        <source>Impact, outcomes, outputs and activities, each contributing to the level above and linked to a priority or a plan element, with assumptions and risks.</source>
        <translation>Impact, effets, produits et activités, chacun contribuant au niveau supérieur et lié à une priorité ou à un élément du plan, avec hypothèses et risques.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="47"/>
        <source>Indicators, baselines and targets</source>
        <translation>Indicateurs, valeurs de référence et cibles</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="48"/>
        <source>Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a baseline (offered from the profile when the indicator is one of its reference indicators) and targets by year.</source>
        <translation>Des indicateurs neutres avec unité, sens, ventilation, fréquence et moyens de vérification ; une valeur de référence (proposée à partir du profil lorsque l&apos;indicateur est l&apos;un de ses indicateurs de référence) et des cibles par année.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="53"/>
        <source>Actuals</source>
        <translation>Valeurs réalisées</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="54"/>
        <source>The values reported for each period, with their evidence, and disaggregated values that add up to the total. The dashboard colours each indicator by its progress.</source>
        <translation>Les valeurs communiquées pour chaque période, avec leurs justificatifs, et des valeurs ventilées dont la somme égale le total. Le tableau de bord colore chaque indicateur selon sa progression.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="58"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="59"/>
        <source>The evaluation plan (mid-term and final), the reports, and the management response to each recommendation; the thresholds of the traffic lights.</source>
        <translation>Le plan d&apos;évaluation (à mi-parcours et finale), les rapports et la réponse de la direction à chaque recommandation ; les seuils des feux.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="80"/>
        <source>The golden thread</source>
        <translation>Le fil conducteur</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="81"/>
        <source>From the evidence to the priority, its actions and where they land in the plan, the indicators that measure them and the money behind them. Broken links come first.</source>
        <translation>Des données probantes à la priorité, à ses actions et à leur place dans le plan, aux indicateurs qui les mesurent et aux fonds qui les financent. Les maillons manquants apparaissent en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="99"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="100"/>
        <source>Each step&apos;s review by the GMG hub: a country submits a step, the hub comments, asks for changes or approves. Blocker and major comments must be closed before approval.</source>
        <translation>L&apos;examen de chaque étape par le pôle central du GMG : un pays soumet une étape, le pôle central la commente, demande des modifications ou l&apos;approuve. Les commentaires bloquants et majeurs doivent être clos avant l&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="52"/>
        <source>Step 2: whole-of-government — {code}</source>
        <translation>Étape 2 : ensemble des pouvoirs publics — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="53"/>
        <source>Step 3: whole-of-society — {code}</source>
        <translation>Étape 3 : ensemble de la société — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="54"/>
        <source>Step 4: priorities in the plan — {code}</source>
        <translation>Étape 4 : priorités dans le plan — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="55"/>
        <source>Step 5: monitoring and evaluation — {code}</source>
        <translation>Étape 5 : suivi et évaluation — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="56"/>
        <source>Step 6: coherent international support — {code}</source>
        <translation>Étape 6 : appui international cohérent — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="57"/>
        <source>Step 7: pilot testing, review and lessons — {code}</source>
        <translation>Étape 7 : phase pilote, examen et enseignements — {code}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="96"/>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="97"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="98"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="99"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="45"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="46"/>
        <source>Population, economy, labour market and human development: the background against which migration is read.</source>
        <translation>Population, économie, marché du travail et développement humain : le contexte dans lequel s&apos;inscrit la migration.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="54"/>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="55"/>
        <source>Immigrant stock and inflows, by sex, age and origin.</source>
        <translation>Stock d&apos;immigrés et flux d&apos;entrée, par sexe, âge et origine.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="61"/>
        <source>Emigration and diaspora</source>
        <translation>Émigration et diaspora</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="62"/>
        <source>Emigrants by destination, outflows, skills, and the diaspora&apos;s estimates from every source.</source>
        <translation>Émigrés par destination, flux de sortie, qualifications, et estimations de la diaspora selon toutes les sources.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="68"/>
        <source>Forced migration</source>
        <translation>Migration forcée</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="69"/>
        <source>Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.</source>
        <translation>Réfugiés accueillis et originaires du pays, demandeurs d&apos;asile, personnes déplacées à l&apos;intérieur de leur propre pays et apatrides, victimes de la traite, retours forcés.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="77"/>
        <source>Labour migration</source>
        <translation>Migration de main-d&apos;œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="78"/>
        <source>Temporary, seasonal and circular schemes, sectors and skill levels.</source>
        <translation>Programmes temporaires, saisonniers et circulaires, secteurs et niveaux de qualification.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="83"/>
        <source>Return migration</source>
        <translation>Migration de retour</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="84"/>
        <source>Voluntary and forced returns, and reintegration.</source>
        <translation>Retours volontaires et forcés, et réintégration.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="89"/>
        <source>Remittances and networks</source>
        <translation>Envois de fonds et réseaux</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="90"/>
        <source>Volumes, share of GDP, corridors and costs, channels, diaspora associations.</source>
        <translation>Volumes, part du PIB, couloirs et coûts, canaux, associations de la diaspora.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="96"/>
        <source>Sectors affected</source>
        <translation>Secteurs touchés</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="97"/>
        <source>Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.</source>
        <translation>Partie B : pour chaque domaine d&apos;action, comment la migration l&apos;affecte, dans quelle mesure, et la solidité des données probantes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="107"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="108"/>
        <source>Part C: laws, policies, institutions, agreements and conventions.</source>
        <translation>Partie C : lois, politiques, institutions, accords et conventions.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="115"/>
        <source>Data sources and gaps</source>
        <translation>Sources de données et lacunes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="116"/>
        <source>Every source used, what it covers, its quality and its gaps.</source>
        <translation>Chaque source utilisée, ce qu&apos;elle couvre, sa qualité et ses lacunes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="123"/>
        <source>Findings and recommendations</source>
        <translation>Constatations et recommandations</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="124"/>
        <source>Part D: key findings, policy implications and recommendations, including on data.</source>
        <translation>Partie D : principales constatations, incidences sur les politiques et recommandations, y compris sur les données.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="148"/>
        <source>Narrative: {section}</source>
        <translation>Analyse : {section}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="183"/>
        <source>The numbers</source>
        <translation>Les chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="185"/>
        <source>Every number with its source. Import the public tables or your own spreadsheet, edit in place (Enter moves on), paste from Excel; warnings can be explained, errors must be corrected.</source>
        <translation>Chaque chiffre avec sa source. Importez les tableaux publics ou votre propre tableur, modifiez sur place (Entrée passe à la suite), collez depuis Excel ; les avertissements peuvent être expliqués, les erreurs doivent être corrigées.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/participation_specs.py" line="28"/>
        <source>Contact details (e-mail, phone) can only be stored with the person&apos;s consent: tick “Consent to store contact details” or leave them out.</source>
        <translation>Les coordonnées (courriel, téléphone) ne peuvent être conservées qu&apos;avec le consentement de la personne : cochez « Consentement à la conservation des coordonnées » ou omettez-les.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="33"/>
        <source>The e-mail address does not look right.</source>
        <translation>L&apos;adresse électronique ne semble pas correcte.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="40"/>
        <source>A mechanism with a formal legal basis needs its legal reference (e.g. “GD 725 of 08.09.2017”).</source>
        <translation>Un mécanisme doté d&apos;une base juridique formelle doit indiquer sa référence juridique (p. ex. « GD 725 du 08.09.2017 »).</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="48"/>
        <source>Say why: every decision on an input needs its rationale.</source>
        <translation>Indiquez pourquoi : chaque décision sur une contribution doit être motivée.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="55"/>
        <source>A contact person is personal data: record the consent to store it, or leave the contact person out.</source>
        <translation>Une personne de contact est une donnée personnelle : enregistrez le consentement à la conserver, ou omettez la personne de contact.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="64"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="72"/>
        <source>More is disbursed than the budget; check both amounts.</source>
        <translation>Le montant décaissé dépasse le budget ; vérifiez les deux montants.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="97"/>
        <source>This person already holds a role in this mechanism for the same period; end that role first (“Until”) or edit it.</source>
        <translation>Cette personne occupe déjà un rôle dans ce mécanisme pour la même période ; mettez d&apos;abord fin à ce rôle (« Jusqu&apos;au ») ou modifiez-le.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="103"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="104"/>
        <location filename="../../core/participation_specs.py" line="124"/>
        <location filename="../../core/participation_specs.py" line="177"/>
        <location filename="../../core/participation_specs.py" line="217"/>
        <location filename="../../core/record_specs.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="105"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="106"/>
        <location filename="../../core/participation_specs.py" line="150"/>
        <location filename="../../core/participation_specs.py" line="191"/>
        <location filename="../../core/participation_specs.py" line="218"/>
        <location filename="../../core/participation_specs.py" line="250"/>
        <location filename="../../core/planning_specs.py" line="108"/>
        <location filename="../../core/planning_specs.py" line="254"/>
        <location filename="../../core/record_specs.py" line="94"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="123"/>
        <location filename="../../core/planning_specs.py" line="195"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="108"/>
        <source>Sectors (policy-area codes, comma-separated)</source>
        <translation>Secteurs (codes des domaines d&apos;action, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="111"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="112"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="113"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="114"/>
        <location filename="../../core/participation_specs.py" line="138"/>
        <location filename="../../core/participation_specs.py" line="172"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="115"/>
        <location filename="../../reports/observation_export.py" line="89"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="116"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="117"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="118"/>
        <source>Consent to store contact details</source>
        <translation>Consentement à la conservation des coordonnées</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="119"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="122"/>
        <source>Coordination mechanisms</source>
        <translation>Mécanismes de coordination</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="125"/>
        <location filename="../../core/planning_specs.py" line="212"/>
        <location filename="../../core/planning_specs.py" line="230"/>
        <location filename="../../core/record_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="126"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="126"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="127"/>
        <location filename="../../core/planning_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="119"/>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="128"/>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="129"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="130"/>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="131"/>
        <source>Meets</source>
        <translation>Fréquence des réunions</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="132"/>
        <location filename="../../core/participation_specs.py" line="166"/>
        <location filename="../../core/participation_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="109"/>
        <location filename="../../core/planning_specs.py" line="143"/>
        <location filename="../../core/planning_specs.py" line="180"/>
        <location filename="../../core/planning_specs.py" line="238"/>
        <location filename="../../core/planning_specs.py" line="271"/>
        <location filename="../../core/record_specs.py" line="120"/>
        <location filename="../../core/review_specs.py" line="76"/>
        <location filename="../../reports/observation_export.py" line="97"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <location filename="../../reports/workspace_workbook.py" line="84"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="133"/>
        <location filename="../../core/review_specs.py" line="44"/>
        <source>Terms of reference</source>
        <translation>Termes de référence</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="136"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="137"/>
        <location filename="../../core/participation_specs.py" line="148"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="139"/>
        <location filename="../../core/participation_specs.py" line="157"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="140"/>
        <location filename="../../core/participation_specs.py" line="173"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="141"/>
        <source>Sector focal point</source>
        <translation>Point focal sectoriel</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="142"/>
        <location filename="../../core/participation_specs.py" line="208"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="143"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="147"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="149"/>
        <location filename="../../core/participation_specs.py" line="192"/>
        <location filename="../../core/participation_specs.py" line="251"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="151"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="152"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="155"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="156"/>
        <location filename="../../core/participation_specs.py" line="162"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="158"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="161"/>
        <source>Decisions and action items</source>
        <translation>Décisions et mesures de suivi</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="163"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="164"/>
        <location filename="../../core/planning_specs.py" line="117"/>
        <location filename="../../core/planning_specs.py" line="269"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="165"/>
        <location filename="../../core/planning_specs.py" line="270"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="169"/>
        <source>Who is responsible for what</source>
        <translation>Qui est responsable de quoi</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="171"/>
        <location filename="../../core/participation_specs.py" line="209"/>
        <location filename="../../core/planning_specs.py" line="131"/>
        <location filename="../../core/planning_specs.py" line="142"/>
        <location filename="../../core/record_specs.py" line="107"/>
        <location filename="../../core/record_specs.py" line="128"/>
        <source>Policy area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="176"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="178"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="179"/>
        <source>Organisation (registry)</source>
        <translation>Organisation (registre)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="180"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="181"/>
        <source>Geography (NATIONAL or ISO 3166-2)</source>
        <translation>Zone géographique (NATIONAL ou ISO 3166-2)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="182"/>
        <source>Diaspora in</source>
        <translation>Diaspora dans</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="183"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="184"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="185"/>
        <source>Engagement</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="186"/>
        <source>Consent to store the contact</source>
        <translation>Consentement à la conservation du contact</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="189"/>
        <source>Consultation events</source>
        <translation>Événements de consultation</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="190"/>
        <location filename="../../core/participation_specs.py" line="225"/>
        <location filename="../../core/planning_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="141"/>
        <location filename="../../core/record_specs.py" line="117"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="193"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="194"/>
        <source>Topics (policy-area codes)</source>
        <translation>Thèmes (codes des domaines d&apos;action)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="195"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="196"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="197"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="198"/>
        <location filename="../../core/planning_specs.py" line="260"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="201"/>
        <source>Who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="202"/>
        <location filename="../../core/participation_specs.py" line="207"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="203"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="206"/>
        <source>Inputs received</source>
        <translation>Contributions reçues</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="210"/>
        <source>Input</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="211"/>
        <source>Disposition</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="212"/>
        <source>Rationale</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="213"/>
        <source>Fed the priority (step 4)</source>
        <translation>A nourri la priorité (étape 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="216"/>
        <source>Development partners</source>
        <translation>Partenaires de développement</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="219"/>
        <source>GMG member</source>
        <translation>Membre du GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="220"/>
        <source>GMG agency</source>
        <translation>Organisme du GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="221"/>
        <source>Confirmed: no migration projects</source>
        <translation>Confirmé : aucun projet lié à la migration</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="224"/>
        <source>Migration-related projects</source>
        <translation>Projets liés à la migration</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="226"/>
        <location filename="../../core/planning_specs.py" line="190"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="227"/>
        <source>Implemented by</source>
        <translation>Mis en œuvre par</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="228"/>
        <location filename="../../core/planning_specs.py" line="176"/>
        <location filename="../../core/review_specs.py" line="41"/>
        <location filename="../../core/review_specs.py" line="63"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="229"/>
        <location filename="../../core/planning_specs.py" line="177"/>
        <location filename="../../core/review_specs.py" line="42"/>
        <location filename="../../core/review_specs.py" line="64"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="230"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="231"/>
        <source>Currency (ISO 4217)</source>
        <translation>Monnaie (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="232"/>
        <source>Budget year</source>
        <translation>Année budgétaire</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="233"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="234"/>
        <source>Policy areas (codes, comma-separated)</source>
        <translation>Domaines d&apos;action (codes, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="235"/>
        <source>UN cooperation framework outcome</source>
        <translation>Effet du plan-cadre de coopération des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="236"/>
        <source>Why not aligned to a national priority</source>
        <translation>Pourquoi pas aligné sur une priorité nationale</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="241"/>
        <source>Alignment to national priorities</source>
        <translation>Alignement sur les priorités nationales</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="243"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="244"/>
        <source>National priority (step 4)</source>
        <translation>Priorité nationale (étape 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="245"/>
        <source>Amount for this priority (project currency)</source>
        <translation>Montant pour cette priorité (monnaie du projet)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="248"/>
        <source>Partner coordination events</source>
        <translation>Événements de coordination des partenaires</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="252"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="253"/>
        <location filename="../../core/planning_specs.py" line="118"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="256"/>
        <source>Exchange rates to USD</source>
        <translation>Taux de change en USD</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="257"/>
        <location filename="../../core/planning_specs.py" line="179"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="258"/>
        <location filename="../../core/planning_specs.py" line="228"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="259"/>
        <source>USD per unit</source>
        <translation>USD par unité</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="260"/>
        <location filename="../../core/planning_specs.py" line="188"/>
        <location filename="../../reports/observation_export.py" line="98"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="51"/>
        <source>An element cannot be part of itself.</source>
        <translation>Un élément ne peut pas faire partie de lui-même.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="53"/>
        <source>The element it is part of belongs to another instrument.</source>
        <translation>L&apos;élément dont il fait partie appartient à un autre instrument.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="56"/>
        <source>An element is part of one at a higher level (goal, outcome, strategy, action).</source>
        <translation>Un élément fait partie d&apos;un élément de niveau supérieur (objectif, effet, stratégie, action).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="66"/>
        <source>Unknown codes: {codes} (choose from {choices}).</source>
        <translation>Codes inconnus : {codes} (choisissez parmi {choices}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="90"/>
        <source>This evidence is already linked to the priority.</source>
        <translation>Cette donnée probante est déjà liée à la priorité.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="109"/>
        <source>The funding already recorded ({funded:,.0f}) is more than this cost.</source>
        <translation>Le financement déjà enregistré ({funded:,.0f}) dépasse ce coût.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="121"/>
        <source>With this amount the funding ({funded:,.0f}) exceeds the action&apos;s cost ({cost:,.0f}).</source>
        <translation>Avec ce montant, le financement ({funded:,.0f}) dépasse le coût de l&apos;action ({cost:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="134"/>
        <source>A result cannot contribute to itself.</source>
        <translation>Un résultat ne peut pas contribuer à lui-même.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="136"/>
        <source>A result contributes to one at a higher level (activity → output → outcome → impact).</source>
        <translation>Un résultat contribue à un résultat de niveau supérieur (activité → produit → effet → impact).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="156"/>
        <source>The profile has {value:,.6g} for {year} ({source}).</source>
        <translation>Le profil indique {value:,.6g} pour {year} ({source}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="170"/>
        <source>The indicator already has a target for {year}.</source>
        <translation>L&apos;indicateur a déjà une cible pour {year}.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="174"/>
        <source>A target year cannot come before the baseline year ({year}).</source>
        <translation>L&apos;année cible ne peut pas précéder l&apos;année de référence ({year}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="178"/>
        <source>The target equals the baseline; only a “maintain” indicator may keep its baseline.</source>
        <translation>La cible est égale à la valeur de référence ; seul un indicateur « maintenir » peut conserver sa valeur de référence.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="190"/>
        <source>An actual for this indicator and period is already recorded; edit it instead.</source>
        <translation>Une valeur réalisée pour cet indicateur et cette période est déjà enregistrée ; modifiez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="206"/>
        <source>This group already has a value for this actual.</source>
        <translation>Ce groupe a déjà une valeur pour cette valeur réalisée.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="210"/>
        <source>The groups add up to {parts:,.6g}, more than the actual&apos;s total ({total:,.6g}).</source>
        <translation>La somme des groupes est de {parts:,.6g}, soit plus que le total de la valeur réalisée ({total:,.6g}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="228"/>
        <source>The workspace has its thresholds already; edit them instead.</source>
        <translation>L&apos;espace de travail a déjà ses seuils ; modifiez-les plutôt.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="32"/>
        <source>An adopted instrument needs its adoption date.</source>
        <translation>Un instrument adopté doit avoir sa date d&apos;adoption.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="35"/>
        <source>An adopted instrument needs its document: attach the adopted text.</source>
        <translation>Un instrument adopté doit avoir son document : joignez le texte adopté.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="43"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="49"/>
        <source>An endorsed priority needs the mechanism&apos;s decision (e.g. “NWGIMD meeting of 12.03.2015, decision 4”).</source>
        <translation>Une priorité approuvée doit indiquer la décision du mécanisme (p. ex. « réunion du NWGIMD du 12.03.2015, décision 4 »).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="58"/>
        <source>Every action needs a lead.</source>
        <translation>Chaque action doit avoir un responsable.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="60"/>
        <source>Every action needs its start and end.</source>
        <translation>Chaque action doit avoir un début et une fin.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="62"/>
        <source>Say in which currency the cost is.</source>
        <translation>Indiquez la monnaie du coût.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="68"/>
        <source>A qualitative or yes/no indicator is rated by hand: choose its status.</source>
        <translation>Un indicateur qualitatif ou oui/non est évalué manuellement : choisissez son statut.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="71"/>
        <source>Say why the indicator has this status.</source>
        <translation>Indiquez pourquoi l&apos;indicateur a ce statut.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="78"/>
        <source>A baseline needs both its value and its year.</source>
        <translation>Une valeur de référence doit avoir sa valeur et son année.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="86"/>
        <source>An actual cannot be reported for a period that has not ended yet.</source>
        <translation>Une valeur réalisée ne peut pas être communiquée pour une période qui n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="94"/>
        <source>Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6).</source>
        <translation>L&apos;orange doit commencer en dessous du vert, et les deux au-dessus de 0 (p. ex. vert 0,9, orange 0,6).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="102"/>
        <source>A weight lies between 0 and 1.</source>
        <translation>Une pondération est comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="106"/>
        <source>Planning instruments</source>
        <translation>Instruments de planification</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="110"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Niveau d&apos;intégration (0-4)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="111"/>
        <source>From (year)</source>
        <translation>Début (année)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="112"/>
        <source>To (year)</source>
        <translation>Fin (année)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="113"/>
        <source>Sector (for sector strategies)</source>
        <translation>Secteur (pour les stratégies sectorielles)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="114"/>
        <source>Adopted on</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="115"/>
        <source>Adopted by</source>
        <translation>Adopté par</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="121"/>
        <source>Plan elements</source>
        <translation>Éléments du plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="122"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="124"/>
        <source>Number in the plan</source>
        <translation>Numéro dans le plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="125"/>
        <location filename="../../core/record_specs.py" line="127"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="126"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="129"/>
        <source>Migration lens</source>
        <translation>Prisme de la migration</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="130"/>
        <location filename="../../core/planning_specs.py" line="199"/>
        <source>Plan element</source>
        <translation>Élément du plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="132"/>
        <source>Lens question</source>
        <translation>Question du prisme</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="133"/>
        <source>Migration&apos;s effect on the goal</source>
        <translation>Effet de la migration sur l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="135"/>
        <source>The goal&apos;s effect on migration</source>
        <translation>Effet de l&apos;objectif sur la migration</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="137"/>
        <source>Proposed change to the text</source>
        <translation>Modification proposée du texte</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="140"/>
        <source>Policy priorities</source>
        <translation>Priorités politiques</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="144"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="145"/>
        <source>Impact (1-5)</source>
        <translation>Impact (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="146"/>
        <source>Feasibility (1-5)</source>
        <translation>Faisabilité (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="147"/>
        <source>Affordability (1-5, 5 = cheapest)</source>
        <translation>Coût abordable (1-5, 5 = le moins cher)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="148"/>
        <source>Urgency (1-5)</source>
        <translation>Urgence (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="149"/>
        <source>Political support (1-5)</source>
        <translation>Soutien politique (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="150"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="151"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="152"/>
        <source>Target groups (codes, comma-separated)</source>
        <translation>Groupes cibles (codes, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="153"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="154"/>
        <source>GCM objectives (numbers)</source>
        <translation>Objectifs du Pacte mondial (numéros)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="155"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="156"/>
        <source>Endorsed by (decision)</source>
        <translation>Approuvée par (décision)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="160"/>
        <source>Evidence behind the priorities</source>
        <translation>Données probantes à l&apos;appui des priorités</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="162"/>
        <location filename="../../core/planning_specs.py" line="174"/>
        <location filename="../../core/planning_specs.py" line="198"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="163"/>
        <location filename="../../core/planning_specs.py" line="239"/>
        <location filename="../../core/record_specs.py" line="111"/>
        <location filename="../../core/review_specs.py" line="56"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Evidence</source>
        <translation>Donnée probante</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="164"/>
        <source>How it supports the priority</source>
        <translation>En quoi elle étaye la priorité</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="167"/>
        <source>Scoring weights</source>
        <translation>Pondérations de notation</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="168"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="169"/>
        <source>Weight (0-1; all add up to 1)</source>
        <translation>Pondération (0-1 ; somme égale à 1)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="172"/>
        <source>Costed actions</source>
        <translation>Actions chiffrées</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="173"/>
        <location filename="../../core/planning_specs.py" line="187"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="175"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="178"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="181"/>
        <source>Lands in plan element</source>
        <translation>Élément du plan concerné</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="182"/>
        <source>Capacity needs</source>
        <translation>Besoins en capacités</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="186"/>
        <source>Funding of the actions</source>
        <translation>Financement des actions</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="189"/>
        <source>Amount (in the action&apos;s currency)</source>
        <translation>Montant (dans la monnaie de l&apos;action)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="193"/>
        <source>Results chain</source>
        <translation>Chaîne de résultats</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="194"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="196"/>
        <source>Result statement</source>
        <translation>Énoncé du résultat</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="197"/>
        <source>Contributes to</source>
        <translation>Contribue à</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="200"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="201"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="204"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="205"/>
        <location filename="../../core/planning_specs.py" line="227"/>
        <location filename="../../core/planning_specs.py" line="234"/>
        <location filename="../../reports/observation_export.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="206"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="207"/>
        <location filename="../../reports/observation_export.py" line="95"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="208"/>
        <location filename="../../reports/observation_export.py" line="93"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="209"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="210"/>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="211"/>
        <source>Reference indicator</source>
        <translation>Indicateur de référence</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="213"/>
        <source>Definition (numerator / denominator)</source>
        <translation>Définition (numérateur / dénominateur)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="214"/>
        <source>Disaggregations (codes, comma-separated)</source>
        <translation>Ventilations (codes, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="215"/>
        <source>Reporting frequency</source>
        <translation>Fréquence de communication</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="216"/>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="217"/>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="218"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="219"/>
        <source>Where the baseline comes from</source>
        <translation>Origine de la valeur de référence</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="220"/>
        <source>Status set by hand</source>
        <translation>Statut défini manuellement</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="221"/>
        <source>Why this status</source>
        <translation>Motif de ce statut</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="224"/>
        <source>Baseline from the profile</source>
        <translation>Valeur de référence tirée du profil</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="226"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="229"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="233"/>
        <source>Actuals</source>
        <translation>Valeurs réalisées</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="235"/>
        <location filename="../../reports/observation_export.py" line="87"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="236"/>
        <location filename="../../reports/observation_export.py" line="88"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="250"/>
        <location filename="../../reports/observation_export.py" line="94"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="240"/>
        <source>Reported by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="241"/>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="245"/>
        <source>Disaggregated actuals</source>
        <translation>Valeurs réalisées ventilées</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="247"/>
        <source>Actual</source>
        <translation>Valeur réalisée</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="248"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="249"/>
        <source>Group (code, e.g. F)</source>
        <translation>Groupe (code, p. ex. F)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="253"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="255"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="256"/>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="257"/>
        <source>Completed on</source>
        <translation>Achevée le</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="258"/>
        <source>Evaluation questions</source>
        <translation>Questions d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="259"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="263"/>
        <source>Management responses</source>
        <translation>Réponses de la direction</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="265"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="266"/>
        <location filename="../../core/review_specs.py" line="54"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="267"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="268"/>
        <source>Planned action</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="274"/>
        <source>Traffic-light thresholds</source>
        <translation>Seuils des feux</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="275"/>
        <source>Green from (progress ratio)</source>
        <translation>Vert à partir de (taux de progression)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="276"/>
        <source>Amber from (progress ratio)</source>
        <translation>Orange à partir de (taux de progression)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="277"/>
        <source>Tolerance for “maintain” (share)</source>
        <translation>Tolérance pour « maintenir » (part)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="92"/>
        <source>Data sources and gaps</source>
        <translation>Sources de données et lacunes</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="95"/>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="96"/>
        <source>Latest year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="97"/>
        <source>Country of birth</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="98"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="99"/>
        <source>Sex and age</source>
        <translation>Sexe et âge</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="100"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="101"/>
        <source>Quality (1-5)</source>
        <translation>Qualité (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="102"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="103"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="106"/>
        <source>Sectors affected</source>
        <translation>Secteurs touchés</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="108"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="109"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="110"/>
        <source>Magnitude (1-3)</source>
        <translation>Ampleur (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="112"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="115"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="118"/>
        <source>Adopted</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="121"/>
        <location filename="../../reports/observation_export.py" line="91"/>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="122"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="125"/>
        <source>Findings and recommendations</source>
        <translation>Constatations et recommandations</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="129"/>
        <source>Priority (1-3)</source>
        <translation>Priorité (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="25"/>
        <source>List the steps as numbers 0 to 7, separated by commas.</source>
        <translation>Indiquez les étapes par des numéros de 0 à 7, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="32"/>
        <source>A validated lesson needs its recommendation.</source>
        <translation>Un enseignement validé doit avoir sa recommandation.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="37"/>
        <source>GMG expert missions</source>
        <translation>Missions d&apos;experts du GMG</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="38"/>
        <location filename="../../reports/workspace_workbook.py" line="84"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="39"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="40"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="43"/>
        <source>Steps supported (numbers, comma-separated)</source>
        <translation>Étapes appuyées (numéros, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="45"/>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="49"/>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="50"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="51"/>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="52"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="53"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="55"/>
        <source>Applies to</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="57"/>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="60"/>
        <location filename="../../sync/status.py" line="217"/>
        <source>Peer exchanges</source>
        <translation>Échanges entre pairs</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="61"/>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="62"/>
        <source>Visiting countries (ISO3 codes, comma-separated)</source>
        <translation>Pays visiteurs (codes ISO3, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="65"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="69"/>
        <source>Lessons of every country</source>
        <translation>Enseignements de tous les pays</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="72"/>
        <location filename="../../sync/status.py" line="218"/>
        <source>Handbook change proposals</source>
        <translation>Propositions de modification du manuel</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="74"/>
        <source>Handbook section</source>
        <translation>Section du manuel</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="75"/>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="79"/>
        <source>Lessons behind each proposal</source>
        <translation>Enseignements à l&apos;appui de chaque proposition</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="81"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="82"/>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="33"/>
        <source>Migration profile: observations</source>
        <translation>Profil migratoire : observations</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="34"/>
        <source>Profile observations</source>
        <translation>Observations du profil</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="35"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="36"/>
        <source>All other countries</source>
        <translation>Tous les autres pays</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="82"/>
        <source>Indicator code</source>
        <translation>Code de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="85"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="90"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="99"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="100"/>
        <source>Migration type</source>
        <translation>Type de migration</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="101"/>
        <source>Voluntariness</source>
        <translation>Caractère volontaire</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="102"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="103"/>
        <source>Skill level</source>
        <translation>Niveau de qualification</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="104"/>
        <source>Occupation (ISCO-08)</source>
        <translation>Profession (CITP-08)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="105"/>
        <source>Education (ISCED 2011)</source>
        <translation>Éducation (CITE 2011)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="106"/>
        <source>Economic sector (ISIC Rev.4)</source>
        <translation>Secteur économique (CITI Rév.4)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="107"/>
        <source>Type of data (UN DESA)</source>
        <translation>Type de données (DAES de l&apos;ONU)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="109"/>
        <source>Source table</source>
        <translation>Tableau source</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="110"/>
        <source>Preferred value</source>
        <translation>Valeur privilégiée</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="74"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="75"/>
        <source>Mainstream Desktop: record tables</source>
        <translation>Mainstream Desktop : tables d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="76"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="77"/>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="78"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="79"/>
        <source>included</source>
        <translation>incluses</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>left out</source>
        <translation>omises</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="81"/>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Left out as personal data</source>
        <translation>Omis comme données personnelles</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="83"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="54"/>
        <source>Mainstream Desktop: workspace {code}</source>
        <translation>Mainstream Desktop : espace de travail {code}</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="55"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="56"/>
        <source>Produced by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="57"/>
        <source>{name} ({kind} site {site_id})</source>
        <translation>{name} (site {kind} {site_id})</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>hub</source>
        <translation>pôle central</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="59"/>
        <source>this installation (no site identity yet)</source>
        <translation>cette installation (pas encore d&apos;identité de site)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="60"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="61"/>
        <source>left out (see the last column of the list below)</source>
        <translation>omises (voir la dernière colonne de la liste ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle de l&apos;état de préparation</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="81"/>
        <location filename="../../sync/status.py" line="216"/>
        <source>Review comments</source>
        <translation>Commentaires d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="82"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="86"/>
        <source>Answer to</source>
        <translation>Réponse à</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="204"/>
        <source>Workspace settings</source>
        <translation>Paramètres de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="205"/>
        <source>Workspace members</source>
        <translation>Membres de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="206"/>
        <source>Step progress</source>
        <translation>Avancement des étapes</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="207"/>
        <source>Migration profile figures</source>
        <translation>Chiffres du profil migratoire</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="208"/>
        <source>Migration profile texts</source>
        <translation>Textes du profil migratoire</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="209"/>
        <source>Acknowledged data checks</source>
        <translation>Contrôles de données validés</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="210"/>
        <source>Sector impact figures</source>
        <translation>Chiffres d’impact sectoriel</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="211"/>
        <source>MGI assessments</source>
        <translation>Évaluations IGM</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="212"/>
        <source>Readiness checks</source>
        <translation>Vérifications de préparation</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="213"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="214"/>
        <source>Evidence links</source>
        <translation>Liens vers les éléments de preuve</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="215"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="219"/>
        <source>Lessons behind a proposal</source>
        <translation>Leçons à l’origine d’une proposition</translation>
    </message>
    <message>
        <source>left out: names, e-mail addresses, phone numbers and references to people (the columns are listed below)</source>
        <translation type="obsolete">omis : noms, adresses électroniques, numéros de téléphone et références à des personnes (les colonnes sont listées ci-dessous)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="57"/>
        <source>Cover and summary</source>
        <translation>Couverture et synthèse</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>Le fil conducteur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>Sources de données et lacunes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="68"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>État de l&apos;examen et commentaires en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="88"/>
        <source>Reading the workspace</source>
        <translation>Lecture de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="113"/>
        <location filename="../../reports/pdf_country.py" line="143"/>
        <source>Country report</source>
        <translation>Rapport de pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="121"/>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>Intégrer la migration dans la planification du développement : l&apos;état d&apos;avancement, étape par étape, avec les données probantes, le plan, les indicateurs et le financement.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="135"/>
        <source>Workspace: {code}</source>
        <translation>Espace de travail : {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="120"/>
        <source>Produced on {date}</source>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="123"/>
        <source>Produced by the site: {site}</source>
        <translation>Établi par le site : {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Personal data included</source>
        <translation>Données personnelles incluses</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>Sans données personnelles : les noms, adresses électroniques et numéros de téléphone sont omis.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="144"/>
        <location filename="../../reports/pdf_lessons.py" line="127"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="154"/>
        <source>The steps at a glance</source>
        <translation>Les étapes en un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="155"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>{country} : où en est chaque étape du manuel, dans quelle mesure ses données sont complètes et quels commentaires d&apos;examen restent en suspens.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="166"/>
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
        <location filename="../../reports/pdf_lessons.py" line="225"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="167"/>
        <source>Complete</source>
        <translation>Complété</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="168"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>Commentaires en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Steps approved</source>
        <translation>Étapes approuvées</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <source>Average completeness of the steps</source>
        <translation>Complétude moyenne des étapes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>Commentaires d&apos;examen en suspens</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Broken links in the golden thread</source>
        <translation>Maillons manquants du fil conducteur</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="189"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>Priorités politiques</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <source>Indicators on track or met</source>
        <translation>Indicateurs en bonne voie ou atteints</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>Émigrés vivant à l&apos;étranger, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="194"/>
        <location filename="../../reports/pdf_country_steps.py" line="53"/>
        <source>Remittances as a share of GDP (%), {year}</source>
        <translation>Envois de fonds en part du PIB (%), {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>yes</source>
        <translation>oui</translation>
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
        <location filename="../../reports/pdf_lessons.py" line="191"/>
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
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="192"/>
        <source>Applies to</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="85"/>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
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
        <location filename="../../reports/pdf_lessons.py" line="42"/>
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
        <location filename="../../reports/pdf_lessons.py" line="187"/>
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
        <location filename="../../reports/pdf_lessons.py" line="38"/>
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
        <location filename="../../reports/pdf_document.py" line="51"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="52"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="152"/>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Political commitment</source>
        <translation>Engagement politique</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Institutional set-up</source>
        <translation>Dispositif institutionnel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Planning integration</source>
        <translation>Intégration dans la planification</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>Capacity</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="43"/>
        <source>UN coordination</source>
        <translation>Coordination des Nations Unies</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="44"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>Country-specific</source>
        <translation>Propre au pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="48"/>
        <source>Regional</source>
        <translation>Régionale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="49"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="54"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="55"/>
        <source>Incorporated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="75"/>
        <source>Reading the lessons</source>
        <translation>Lecture des enseignements</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="91"/>
        <source>Writing the report</source>
        <translation>Rédaction du rapport</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="93"/>
        <source>Consolidated lessons-learned report</source>
        <translation>Rapport de synthèse des enseignements tirés</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="110"/>
        <source>Cross-country</source>
        <translation>Plusieurs pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="117"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>Ce que les pays pilotes ont appris en intégrant la migration dans leur planification du développement, et les modifications du manuel que ces enseignements appellent.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <location filename="../../reports/pdf_lessons.py" line="174"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>Enseignements : {lessons} · pays : {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Consolidated report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>Lessons by theme and country</source>
        <translation>Enseignements par thème et par pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="137"/>
        <source>No lesson has been recorded yet.</source>
        <translation>Aucun enseignement n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <location filename="../../reports/pdf_lessons.py" line="159"/>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="160"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="142"/>
        <source>Recurring themes</source>
        <translation>Thèmes récurrents</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Handbook change proposals</source>
        <translation>Propositions de modification du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="145"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>Les thèmes portant sur des enseignements d&apos;au moins {count} pays sont récurrents dans l&apos;ensemble des pays pilotes ; ils sont mis en évidence.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="170"/>
        <source>The lessons, theme by theme</source>
        <translation>Les enseignements, thème par thème</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="177"/>
        <source>a recurring theme across the portfolio</source>
        <translation>thème récurrent dans l&apos;ensemble des pays pilotes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="193"/>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>Proposed changes to the handbook</source>
        <translation>Modifications proposées du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>Aucune modification du manuel n&apos;a encore été proposée.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="209"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>Chaque proposition avec les enseignements sur lesquels elle repose (numérotés comme ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>no lesson linked yet</source>
        <translation>aucun enseignement lié pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="223"/>
        <source>Handbook section</source>
        <translation>Section du manuel</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="226"/>
        <source>Lessons behind it</source>
        <translation>Enseignements à l&apos;appui</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../core/review.py" line="144"/>
        <source>Only the GMG hub writes review comments; a country answers them.</source>
        <translation>Seul le pôle central du GMG rédige des commentaires d&apos;examen ; un pays y répond.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="147"/>
        <source>Write the comment first.</source>
        <translation>Rédigez d&apos;abord le commentaire.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="149"/>
        <source>There is no such step.</source>
        <translation>Cette étape n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="166"/>
        <source>Write the answer first.</source>
        <translation>Rédigez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="172"/>
        <source>This comment is closed; the hub can reopen it.</source>
        <translation>Ce commentaire est clos ; le pôle central peut le rouvrir.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="190"/>
        <source>Only the GMG hub closes or reopens a review comment.</source>
        <translation>Seul le pôle central du GMG clôt ou rouvre un commentaire d&apos;examen.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="199"/>
        <source>A step is submitted for review by its country.</source>
        <translation>Une étape est soumise à l&apos;examen par son pays.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="205"/>
        <source>This step is already submitted or approved.</source>
        <translation>Cette étape est déjà soumise ou approuvée.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="214"/>
        <location filename="../../core/review.py" line="227"/>
        <source>Only the GMG hub decides on a step&apos;s review.</source>
        <translation>Seul le pôle central du GMG statue sur l&apos;examen d&apos;une étape.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="216"/>
        <source>Say what must change before the step can be approved.</source>
        <translation>Indiquez ce qui doit changer avant que l&apos;étape puisse être approuvée.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="232"/>
        <source>{count} blocker or major comment(s) on this step are still open.</source>
        <translation>{count} commentaire(s) bloquant(s) ou majeur(s) sur cette étape sont encore en suspens.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>changes requested</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>submitted for review</source>
        <translation>soumise à l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="62"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>blocker</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>won&apos;t fix</source>
        <translation>classé sans suite</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="77"/>
        <source>Whole workspace</source>
        <translation>Tout l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Étape {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="102"/>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="103"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="131"/>
        <source>Reading the review…</source>
        <translation>Lecture de l&apos;examen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Decided</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="135"/>
        <source>Open comments</source>
        <translation>Commentaires en suspens</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="136"/>
        <source>Review status of each step</source>
        <translation>État de l&apos;examen de chaque étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="145"/>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="146"/>
        <source>Review comments</source>
        <translation>Commentaires d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="154"/>
        <source>&amp;Submit for review…</source>
        <translation>&amp;Soumettre pour examen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="155"/>
        <source>&amp;Request changes…</source>
        <translation>&amp;Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="156"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="157"/>
        <source>&amp;New comment…</source>
        <translation>&amp;Nouveau commentaire…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="158"/>
        <source>A&amp;nswer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="159"/>
        <source>Mark &amp;resolved</source>
        <translation>Marquer comme rés&amp;olu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="160"/>
        <source>&amp;Won&apos;t fix</source>
        <translation>&amp;Classer sans suite</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="161"/>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="162"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="223"/>
        <source>Reading the review</source>
        <translation>Lecture de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="239"/>
        <source>{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them blocker or major.</source>
        <translation>{approved} étapes approuvées sur {steps} ; {open} commentaire(s) en suspens, dont {blocking} bloquant(s) ou majeur(s).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="252"/>
        <source>{open} ({blocking} blocking)</source>
        <translation>{open} ({blocking} bloquants)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="295"/>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>A note for the reviewers (optional)</source>
        <translation>Une note pour les examinateurs (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>Submit for review</source>
        <translation>Soumettre pour examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="337"/>
        <source>Submitting the step</source>
        <translation>Soumission de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>What must change before the step can be approved</source>
        <translation>Ce qui doit changer avant que l&apos;étape puisse être approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="346"/>
        <source>Requesting changes</source>
        <translation>Demande de modifications</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="351"/>
        <source>Approving the step</source>
        <translation>Approbation de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>New review comment</source>
        <translation>Nouveau commentaire d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="357"/>
        <source>Saving the comment</source>
        <translation>Enregistrement du commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer the comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="366"/>
        <source>Saving the answer</source>
        <translation>Enregistrement de la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="371"/>
        <source>Saving the comment&apos;s status</source>
        <translation>Enregistrement du statut du commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="379"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/status_texts.py" line="13"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="14"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="15"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="16"/>
        <source>Changes requested</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="17"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="43"/>
        <source>Priority without evidence</source>
        <translation>Priorité sans données probantes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="44"/>
        <source>Endorsed priority without actions</source>
        <translation>Priorité approuvée sans actions</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="45"/>
        <source>Endorsed priority without funding</source>
        <translation>Priorité approuvée sans financement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="46"/>
        <source>Action outside the plan</source>
        <translation>Action hors du plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="47"/>
        <source>Action nothing measures</source>
        <translation>Action sans indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="48"/>
        <source>Indicator without baseline</source>
        <translation>Indicateur sans référence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="49"/>
        <source>Indicator without target</source>
        <translation>Indicateur sans cible</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="50"/>
        <source>Instrument without indicators</source>
        <translation>Instrument sans indicateurs</translation>
    </message>
</context>
</TS>
