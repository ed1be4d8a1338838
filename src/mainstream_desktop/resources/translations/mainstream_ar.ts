<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="68"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="69"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="70"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="74"/>
        <location filename="../../ui/widgets/chart_panel.py" line="96"/>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="103"/>
        <source>Drawing the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="172"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="175"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="176"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="176"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="179"/>
        <source>Export the chart&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="180"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="180"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="24"/>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="34"/>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Columns marked * are needed. Every number also needs a unit; the workspace&apos;s country is used when no country column is given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="82"/>
        <source>Conflicts in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="84"/>
        <source>Reading the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="87"/>
        <source>Before both edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="87"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="87"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="88"/>
        <source>Value kept on every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="88"/>
        <location filename="../../ui/dialogs/conflict_queue.py" line="89"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="89"/>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="93"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="94"/>
        <source>Keep the value every site holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="96"/>
        <source>Take the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="97"/>
        <source>Replace it with the other value, on every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="99"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="100"/>
        <source>Type a value of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="102"/>
        <source>History of this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="129"/>
        <source>Reading the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="143"/>
        <source>{count} open conflict(s). Every site holds the kept value; choose for each what should stay. Your answer travels with the next bundle and closes the conflict on every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="150"/>
        <source>No open conflict in {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="166"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="166"/>
        <source>{who}
{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="198"/>
        <source>Saving the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="221"/>
        <source>Country report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="229"/>
        <source>Without personal data (names, e-mails, phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="232"/>
        <source>Workspace</source>
        <translation type="unfinished">مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="241"/>
        <source>Writing the country report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="149"/>
        <location filename="../../ui/widgets/form_fields.py" line="166"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="150"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="151"/>
        <source>Open</source>
        <translation type="unfinished">مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="180"/>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="198"/>
        <source>Attaching the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="91"/>
        <source>Send a bundle of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="94"/>
        <source>Everything (a full bundle, for any site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="97"/>
        <source>Encrypt for this partner: only its site can open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="98"/>
        <source>Send everything again, not only what the partner has not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="101"/>
        <source>a USB stick, or the folder you send mail from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="102"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="110"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="113"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="114"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="120"/>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="122"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="136"/>
        <source>country site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="136"/>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="137"/>
        <source>hub site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>{name} ({role}, trusted for {workspaces})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="166"/>
        <source>A full bundle carries every change of {code}. Any site that trusts this site&apos;s card for {code} can import it; it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="169"/>
        <source>No partner is trusted yet: trust its card under Exchange › Trusted sites to send only what it lacks, encrypted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="172"/>
        <source>The bundle carries what {name} has not received from this site yet; the next bundle for it starts where this one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="212"/>
        <source>{count} changes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="223"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="224"/>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="230"/>
        <source>Bundle written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="231"/>
        <source>{changes} change(s) and {attachments} attachment(s), {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="235"/>
        <source>Everything of {code}, for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="237"/>
        <source>What {name} had not received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="239"/>
        <source>Everything of {code}, for any site that trusts this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="242"/>
        <source>Nothing new for {name}: the bundle carries no change (importing it does no harm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="244"/>
        <source>Encrypted for {name}: only its site can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="246"/>
        <source>Not encrypted: it is signed, so any change to it is detected, but anyone can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="258"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="266"/>
        <source>The bundle was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="271"/>
        <source>Unlocking the keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="60"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="60"/>
        <source>records this site does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="61"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="61"/>
        <source>changes applied to records that are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="62"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="62"/>
        <source>already so here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="63"/>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="63"/>
        <source>changes received before (a bundle sent twice, or passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="64"/>
        <source>Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="64"/>
        <source>edited here and there at once: both values are kept; see Exchange › Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="66"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="66"/>
        <source>waiting for earlier changes from their sender; applied when those arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="67"/>
        <source>Rejected</source>
        <translation type="unfinished">مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="67"/>
        <source>refused with the reason; kept aside, never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="86"/>
        <source>Receive a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="90"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="101"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="102"/>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="103"/>
        <source>Workspace</source>
        <translation type="unfinished">مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="104"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="105"/>
        <source>Choose a bundle file: it is checked and rehearsed first; nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="110"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="110"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="110"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>Why</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="120"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="124"/>
        <source>New records and unchanged ones are counted, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="132"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="151"/>
        <source>Trusted sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="174"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="176"/>
        <source>Checking the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="181"/>
        <source>{done} of {total} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="200"/>
        <source>Preview: nothing has been written yet. {total} change(s) from {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="209"/>
        <source>{count} change(s) conflict with edits made here: the same value is kept on every site, and the other one waits under Exchange › Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="213"/>
        <source>{count} change(s) wait for earlier changes from their sender: import the bundles in between (or a full bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="216"/>
        <source>{count} change(s) are rejected: see the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="219"/>
        <source>Every change of this bundle is here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="228"/>
        <source>{code} (not the workspace open now, {current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="230"/>
        <source>changes since the last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="230"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="231"/>
        <source>{kind}, {total} change(s); id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="234"/>
        <source>Already imported on {when}: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="250"/>
        <source>Every change listed ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="281"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="283"/>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="290"/>
        <source>Imported {total} change(s) from {sender} into {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="294"/>
        <source>{count} change(s) that were waiting could be applied now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="297"/>
        <source>A verified backup was taken first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="307"/>
        <source>Cancelled: nothing was imported (an import is all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="308"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="311"/>
        <source>The bundle was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="314"/>
        <source>The bundle was refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="315"/>
        <source>If the sender is not trusted yet, or not for this workspace: check the fingerprint of its card with the sender by phone, trust it under &lt;b&gt;Trusted sites…&lt;/b&gt;, then choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="318"/>
        <source>If the file was altered or damaged on the way: ask the sender to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="319"/>
        <source>If it was made by a newer version of the program: update Mainstream Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="321"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="321"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="181"/>
        <source>Exchange status of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="185"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="98"/>
        <location filename="../../ui/widgets/exchange_status.py" line="124"/>
        <source>Reading the exchange status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="102"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="102"/>
        <source>Partner</source>
        <translation type="unfinished">الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="102"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="102"/>
        <source>Sent up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="103"/>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="103"/>
        <source>Received up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="104"/>
        <source>“Sent up to” and “Received up to” are for this workspace: the highest change number sent to the partner, and the number up to which every change of the partner is here. The last sent and received times are for any workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>Why</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="126"/>
        <source>Reading the exchange status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="134"/>
        <source>Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="142"/>
        <source>(no longer trusted) {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="148"/>
        <source>{held} change(s) waiting for earlier changes from their sender (they are applied when those arrive); {rejected} rejected (kept here with the reason, never applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="155"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="155"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="163"/>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="163"/>
        <source>hub site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>country site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="166"/>
        <source> (not trusted for this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="171"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="174"/>
        <source>change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="174"/>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="23"/>
        <source>Peer exchanges and handbook proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="24"/>
        <source>Records of the whole pilot portfolio, kept at this site: the learning missions between countries, and the changes to the handbook proposed from the lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="34"/>
        <source>Lessons behind each proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="37"/>
        <source>Peer exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="38"/>
        <source>Handbook proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="60"/>
        <source>Import a statistics table into {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="64"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>UN DESA migrant stock or flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>UNHCR population statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>World Bank WDI download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>ILOSTAT CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>Mainstream Desktop template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="73"/>
        <source>Map columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="74"/>
        <source>For a spreadsheet of your own: say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="79"/>
        <source>Save an empty template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="86"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="87"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="88"/>
        <source>Choose a file: nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="95"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="132"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="141"/>
        <source>Reading the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="146"/>
        <source>Preview of {name} ({source}): nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="154"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="158"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="161"/>
        <source>{count} rows concern other countries and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="164"/>
        <source>Nothing to import: this workspace already holds every row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="176"/>
        <source>For a spreadsheet of your own, press “Map columns…” and say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="186"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="190"/>
        <source>Imported from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="215"/>
        <source>Reading the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="236"/>
        <source>Template saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="239"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="263"/>
        <source>Lessons-learned report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="264"/>
        <source>The lessons of every workspace in this data folder, by theme and country, and the handbook changes they call for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="275"/>
        <source>Writing the lessons-learned report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Mainstream Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Workspace</source>
        <translation type="unfinished">مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>&lt;h2&gt;Opening the data folder…&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>  ·  Site: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;&lt;p&gt;Create one with &lt;b&gt;File › New workspace&lt;/b&gt;, or start the program with &lt;code&gt;--demo&lt;/code&gt; to explore the eight pilot countries.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;About Mainstream Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Receive a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Send a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Trusted sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Exchange &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Review &amp;desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Peer exchanges and handbook proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Country report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Lessons-learned report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Where every workspace of this data folder stands, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>The window cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Workspace: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>The wizard cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Workspace {code} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Still working: close again when the task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="30"/>
        <source>What the numbers say, in a few sentences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="32"/>
        <source>This section is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="57"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="71"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="54"/>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="66"/>
        <source>Exporting the observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="72"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="73"/>
        <source>{rows} observations (the rows the filters show) written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="79"/>
        <location filename="../../ui/widgets/observation_export.py" line="82"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="80"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationTable</name>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="123"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="124"/>
        <source>Save the rows the filters show (all of them, in this order) as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="137"/>
        <source>The change was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="147"/>
        <source>Search indicator, partner, note or source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="150"/>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="153"/>
        <source>Any sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="156"/>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="156"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="159"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="167"/>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="168"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="168"/>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="199"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="200"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="206"/>
        <source>&amp;Paste values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="208"/>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="236"/>
        <source>Checking the observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="270"/>
        <source>Paste {n} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="271"/>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>The paste was refused; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="279"/>
        <source>Delete {n} observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="280"/>
        <source>The rows were not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="288"/>
        <source>The change could not be undone or redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="299"/>
        <source>The checks could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="323"/>
        <source>Edit {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="345"/>
        <source>Nothing to paste into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="345"/>
        <source>Select the first cell to paste into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="348"/>
        <source>The paste does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="348"/>
        <source>The paste has {lines} lines, but only {rows} rows follow the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="361"/>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="399"/>
        <source>{n} observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="402"/>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="409"/>
        <source>Last change refused; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="210"/>
        <source>“{text}” is not a valid entry for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Period</source>
        <translation type="unfinished">الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Partner</source>
        <translation type="unfinished">الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Unit</source>
        <translation type="unfinished">الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Value</source>
        <translation type="unfinished">القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Migration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Voluntariness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Education (ISCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Occupation (ISCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Sector (ISIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="389"/>
        <source>Source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Break in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="47"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalYearSpin</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="64"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/dialogs/portfolio_dialog.py" line="21"/>
        <source>Portfolio: all workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioStatusModel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="131"/>
        <source>Step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="136"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="136"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="136"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="171"/>
        <source>The newest change to any record of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="177"/>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="180"/>
        <source>{status}, {percent}% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="182"/>
        <source>In this status since {day} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="185"/>
        <source>In progress from its records; the step itself was never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="187"/>
        <source>{count} open review comment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="191"/>
        <source>Still missing:</source>
        <translation type="unfinished">لا يزال ينقص:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="192"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="202"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="288"/>
        <source>Reading the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="204"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="218"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="387"/>
        <source>Theme</source>
        <translation type="unfinished">الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="219"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="418"/>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="224"/>
        <source>Status matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="225"/>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="226"/>
        <source>Lessons</source>
        <translation type="unfinished">الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="227"/>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="228"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="244"/>
        <source>Each cell: how complete the step is and its status; ✎ counts the open review comments. Point at a cell for the days in its status and what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="278"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="278"/>
        <source>Open</source>
        <translation type="unfinished">مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Oldest open (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="296"/>
        <source>Reading the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="301"/>
        <source>Not read: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="306"/>
        <source>{count} workspaces in this data folder, read {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="387"/>
        <source>Countries</source>
        <translation type="unfinished">البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="388"/>
        <source>cross-country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="390"/>
        <source>Lessons of no one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="405"/>
        <source>Recurs in 3 or more countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="409"/>
        <source>No lesson learned is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="410"/>
        <source>{count} lessons. Themes recurring in 3 or more countries (★): {themes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="411"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="438"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="446"/>
        <source>{country}: the profile holds no figure for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="447"/>
        <source>{country}, {year}. Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="450"/>
        <source>Derived: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="452"/>
        <source>Also {value} in {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="457"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="457"/>
        <source>partly answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="458"/>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="44"/>
        <source>Validation problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="45"/>
        <source>Acknowledge with a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="68"/>
        <source>Acknowledged: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="73"/>
        <source>Problems: {open} open of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="74"/>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="83"/>
        <source>Correct the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="84"/>
        <source>Errors must be corrected in the table, not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="92"/>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="98"/>
        <source>Acknowledge a warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="30"/>
        <source>Step 1: migration profile — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="37"/>
        <source>Import a table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="42"/>
        <source>UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="41"/>
        <source>A value of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="42"/>
        <source>The value of “{field}” on every site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="48"/>
        <source>Where to write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="54"/>
        <source>Unlock the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="55"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to sign the bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="61"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="61"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>{name} exists already in this folder. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="49"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="50"/>
        <source>Mainstream bundles (*.mdbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="44"/>
        <source>Choose a statistics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="45"/>
        <source>Tables (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="38"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="39"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="58"/>
        <source>Choose the partner&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="59"/>
        <source>Site cards (*.mdcard *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="64"/>
        <source>Save this site&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="65"/>
        <source>Site cards (*.mdcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="76"/>
        <source>Remove a trusted site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="76"/>
        <source>Stop accepting bundles signed by {name}? Its changes already imported stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="92"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="92"/>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Site: {name} ({kind}), {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42"/>
        <source>Site: not initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>&lt;p&gt;Guides a government through the GMG handbook &lt;i&gt;Mainstreaming Migration into Development Planning&lt;/i&gt;, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>About Mainstream Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="209"/>
        <source>Choose a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="48"/>
        <source>Unsaved draft found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="49"/>
        <source>This wizard was left with unsaved changes ({when}). Resume them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="55"/>
        <source>Choose an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="73"/>
        <source>Readiness checklist</source>
        <translation type="unfinished">قائمة التحقق من الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="74"/>
        <source>Assess each precondition. A criterion marked met needs evidence: attach a file or explain it in at least 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="78"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Comment</source>
        <translation type="unfinished">التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="89"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="92"/>
        <source>Status of {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="96"/>
        <source>Comment on {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="97"/>
        <location filename="../../ui/wizards/readiness_page.py" line="180"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="98"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="117"/>
        <source>The national focal point has confirmed this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="196"/>
        <source>Evidence not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="199"/>
        <source>Attaching evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="102"/>
        <source>Step 0: workspace and readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="144"/>
        <source>Nothing to offer: choose a reference indicator that the profile (step 1) has figures for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="163"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="262"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="263"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="264"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="268"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="269"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="273"/>
        <source>Review comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="274"/>
        <source>Comment on the selected record for the country (GMG hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="277"/>
        <source>Without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="279"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="322"/>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="324"/>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="324"/>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="360"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Comment</source>
        <translation type="unfinished">التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="381"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="398"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="402"/>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="65"/>
        <source>History of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="67"/>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="70"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="70"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="70"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="71"/>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="71"/>
        <source>Fields: old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="73"/>
        <source>Export audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="75"/>
        <source>Every change of {code} as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="101"/>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="112"/>
        <source>made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="113"/>
        <source>bundle {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="116"/>
        <source>{count} change(s), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="117"/>
        <source>No change is recorded for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="120"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="120"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="120"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="121"/>
        <source>conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="152"/>
        <source>Writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="158"/>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="112"/>
        <source>Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="115"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="121"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="124"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="187"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="193"/>
        <source>The report is written: {path}
{pages} pages. It opens in your PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="205"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="208"/>
        <source>The report was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="209"/>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDeskDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_desk_dialog.py" line="21"/>
        <source>Review desk — {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="95"/>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A new language takes effect when you restart the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>This session was started with --lang {code}, which wins over this setting until the program is started without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The program will show the new language when it starts again. Restart it now? Everything you saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="63"/>
        <source>Complete</source>
        <translation type="unfinished">نسبة الاكتمال</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="63"/>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="74"/>
        <source>Handbook steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="87"/>
        <source>{percent}% complete, {missing} items missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="46"/>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="47"/>
        <source>Open the wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="54"/>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="56"/>
        <source>Guidance from the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="79"/>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="85"/>
        <source>%p% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="90"/>
        <source>Still missing ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="94"/>
        <source>Nothing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="96"/>
        <source>Every check of this step passes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="58"/>
        <source>Reading the golden thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="60"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="63"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="63"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="64"/>
        <source>Golden thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="88"/>
        <source>Reading the golden thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="101"/>
        <source>{chains} priorities, {complete} with an unbroken thread; {broken} broken links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="105"/>
        <source>Broken links ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="128"/>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="129"/>
        <source>no evidence linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="130"/>
        <source>Consultation inputs</source>
        <translation type="unfinished">مدخلات المشاورات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="131"/>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="135"/>
        <source>no actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="136"/>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="137"/>
        <source>no indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="139"/>
        <source>Aligned partner projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="166"/>
        <source>lands in no plan element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="167"/>
        <source>In the plan: {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="172"/>
        <source>Funding: {source}{partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="177"/>
        <source>Measured by: {indicator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="180"/>
        <source>no indicator measures this action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="102"/>
        <source>Trust the card of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="104"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="105"/>
        <source>Site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="106"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="107"/>
        <source>Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the card only if every group matches: a card can be swapped on its way, a phone call cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="117"/>
        <source>{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces it: do so only if the site told you it has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="122"/>
        <source>{name} read me this fingerprint on the phone, and it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="125"/>
        <source>Workspace codes separated by commas, e.g. JAM, MDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="126"/>
        <source>Trust it as the hub (it may also write reviews, missions and lessons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="129"/>
        <source>May change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="132"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="172"/>
        <source>Trusted sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="176"/>
        <source>&lt;b&gt;Sites whose bundles this site accepts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="178"/>
        <location filename="../../ui/dialogs/trust_list.py" line="213"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="178"/>
        <source>Kind</source>
        <translation type="unfinished">الصنف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="178"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>May change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Trusted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="187"/>
        <source>Trust a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="190"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="197"/>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="203"/>
        <source>Save my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="205"/>
        <source>Give this card to your partners (USB stick or e-mail). When they trust it, read them this fingerprint on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="211"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="212"/>
        <source>Site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="233"/>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="259"/>
        <source>Card saved: {path}. Hand it to the partner, then read them the fingerprint on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="279"/>
        <source>Not trusted: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="283"/>
        <source>Trusting the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="288"/>
        <source>{name} is trusted for {workspaces}{hub}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="290"/>
        <source>, and as the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="298"/>
        <source>Removing the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="303"/>
        <source>{name} is no longer trusted: its bundles will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="96"/>
        <source>Export a workspace to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="97"/>
        <source>Export a workspace to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="103"/>
        <source>Without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="105"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="108"/>
        <location filename="../../ui/dialogs/workbook_export.py" line="118"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="110"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="116"/>
        <source>Workspace</source>
        <translation type="unfinished">مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="125"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="128"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="165"/>
        <source>One workbook: an “About” sheet (workspace, country, when and where it was made, whether personal data is in), then one sheet per table that has rows, with real numbers and dates, frozen headers and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="168"/>
        <source>One CSV file per table (UTF-8, so Excel shows every alphabet), plus “00 About.csv”, together in one zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="190"/>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="202"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="203"/>
        <source>Exporting {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="208"/>
        <source>with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="209"/>
        <source>without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="211"/>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="212"/>
        <source>{code}: {tables} tables and {rows} rows, {personal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="223"/>
        <source>Nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="64"/>
        <source>Workspace details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="65"/>
        <source>The pilot&apos;s basic facts. Fields marked * are needed to create the workspace; the rest can follow, and the checklist shows what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="69"/>
        <source>e.g. JAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="74"/>
        <location filename="../../ui/wizards/workspace_page.py" line="84"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="98"/>
        <source>Workspace code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="99"/>
        <source>Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="100"/>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="101"/>
        <source>Programme phase</source>
        <translation type="unfinished">مرحلة البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="102"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="103"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="104"/>
        <source>Donor</source>
        <translation type="unfinished">الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="105"/>
        <source>Lead institution</source>
        <translation type="unfinished">المؤسسة الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="106"/>
        <source>National focal point</source>
        <translation type="unfinished">جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="107"/>
        <source>Focal point&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="108"/>
        <source>Entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="109"/>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="110"/>
        <source>Reference year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="111"/>
        <source>Languages (ISO 639-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="112"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="186"/>
        <source>Mainstreaming Migration – {country}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="68"/>
        <source>Where step 0 stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="75"/>
        <source>Saved. What is still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="83"/>
        <source>Workspace {code}: step 0 is {percent}% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="89"/>
        <source>Nothing: the workspace is ready for step 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="126"/>
        <source>Mainstream Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="153"/>
        <source>Demo not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="155"/>
        <source>Loading the demo workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../reports/charts.py" line="52"/>
        <location filename="../../reports/participation_charts.py" line="50"/>
        <source>No data yet for this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="59"/>
        <location filename="../../reports/portfolio_charts.py" line="366"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="81"/>
        <location filename="../../reports/charts.py" line="239"/>
        <source>Immigrant stock by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="85"/>
        <location filename="../../reports/participation_charts.py" line="295"/>
        <source>Men</source>
        <translation type="unfinished">الرجال</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="85"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="86"/>
        <location filename="../../reports/participation_charts.py" line="295"/>
        <source>Women</source>
        <translation type="unfinished">النساء</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="91"/>
        <location filename="../../reports/charts.py" line="112"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="102"/>
        <source>Emigrants by country of destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="107"/>
        <location filename="../../reports/participation_charts.py" line="296"/>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="121"/>
        <source>Migration flows and net migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="126"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="127"/>
        <source>Emigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="128"/>
        <source>Net migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="129"/>
        <source>Net migration rate (per 1,000, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="141"/>
        <source>Persons per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="150"/>
        <source>Per 1,000 population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="160"/>
        <source>Remittances received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="167"/>
        <source>USD million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="168"/>
        <source>USD million, current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="173"/>
        <source>% of GDP (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="174"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="185"/>
        <source>How migration affects each sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="204"/>
        <source>green positive, red negative, yellow mixed; the number is the magnitude (1-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="211"/>
        <source>Data availability by indicator and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="231"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="231"/>
        <location filename="../../reports/portfolio_charts.py" line="282"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="232"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="240"/>
        <source>Top destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="241"/>
        <source>Flows and net migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="242"/>
        <source>Remittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="243"/>
        <source>Sector impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="244"/>
        <source>Data availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="33"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="33"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="34"/>
        <source>Cs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="34"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="37"/>
        <source>Inputs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="38"/>
        <source>Accepted or partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="39"/>
        <source>Reflected in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="40"/>
        <source>Still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="67"/>
        <location filename="../../reports/planning_charts.py" line="221"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="68"/>
        <source>Left out: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="97"/>
        <source>no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="118"/>
        <source>Who does what in each policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="146"/>
        <source>L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="157"/>
        <source>minutes filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="158"/>
        <source>no minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="170"/>
        <source>Meetings</source>
        <translation type="unfinished">الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="177"/>
        <source>Attendance rate by institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="179"/>
        <source>No attendance recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="184"/>
        <source>no institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="196"/>
        <source>Coordination meetings and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="208"/>
        <location filename="../../reports/participation_charts.py" line="478"/>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="214"/>
        <source>{overdue} of {open} open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="217"/>
        <source>No open action item is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="219"/>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="225"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="235"/>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="236"/>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="237"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="238"/>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="256"/>
        <source>Stakeholders by interest and influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="278"/>
        <source>Interest (1-5)</source>
        <translation type="unfinished">الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="279"/>
        <source>Influence (1-5)</source>
        <translation type="unfinished">التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="284"/>
        <source>bubble size: engagement, from inform to empower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="290"/>
        <source>Participants by sex per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="292"/>
        <source>No consultation event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="308"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="316"/>
        <source>Events reaching each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="318"/>
        <source>No stakeholder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="327"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="332"/>
        <source>Who the consultations reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="345"/>
        <source>What became of the inputs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="368"/>
        <source>Partner funding by policy area (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="391"/>
        <source>a project&apos;s budget is split equally among its policy areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="399"/>
        <source>Partner budget aligned to national priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="405"/>
        <source>{total} in total, projects: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="409"/>
        <source>The recorded budgets add up to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="411"/>
        <source>Aligned: {amount}, projects: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="413"/>
        <source>Not aligned: {amount}, projects: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="418"/>
        <source>aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="428"/>
        <source>gap {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="429"/>
        <source>surplus {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="437"/>
        <source>Partner funding against the cost of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="447"/>
        <source>Partner funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="451"/>
        <source>Cost of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="454"/>
        <source>Costs arrive with step 4 (the action plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="457"/>
        <location filename="../../reports/planning_charts.py" line="415"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="474"/>
        <source>Responsibility matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="476"/>
        <source>Meetings and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="480"/>
        <source>Interest-influence grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="482"/>
        <source>Participation by sex and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="484"/>
        <source>Input funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="486"/>
        <source>Partners by policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="488"/>
        <source>Alignment to national priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="490"/>
        <source>Funding against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="54"/>
        <source>Proposed</source>
        <translation type="unfinished">مقترح</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="55"/>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="56"/>
        <source>In plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="57"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="60"/>
        <location filename="../../reports/portfolio_charts.py" line="44"/>
        <source>Not started</source>
        <translation type="unfinished">لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="61"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="62"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="63"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="64"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="67"/>
        <source>Government budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>Donor</source>
        <translation type="unfinished">الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="70"/>
        <source>Diaspora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="71"/>
        <source>Unfunded (gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="73"/>
        <source>0 migration absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="74"/>
        <source>1 mentioned in the context or analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="75"/>
        <source>2 objectives or strategies address it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="76"/>
        <source>3 plus indicators and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="77"/>
        <source>4 plus costed, budgeted actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="81"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="81"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="84"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="84"/>
        <source>some delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="86"/>
        <source>not rated: no recent actual or no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="87"/>
        <source>achieved: final target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="159"/>
        <source>High impact, hard to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="160"/>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="161"/>
        <source>Reconsider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="162"/>
        <source>Easy, low impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="175"/>
        <source>Priorities by impact and feasibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="178"/>
        <source>No scored priorities yet: set them in step 4 and score their impact and feasibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="204"/>
        <source>Feasibility (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="205"/>
        <source>Impact (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="211"/>
        <source>cost not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="213"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="225"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="226"/>
        <source>colour: status; bubble area: cost of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="228"/>
        <source>(largest {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="252"/>
        <source>Policy areas in the planning instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="254"/>
        <source>No planning instruments yet: add them in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="259"/>
        <source>No instrument addresses a policy area yet: apply the migration lens to their plan elements in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="299"/>
        <source>? level not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="301"/>
        <source>Mainstreaming level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="302"/>
        <source>a cell shows the instrument&apos;s mainstreaming level where it addresses the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="331"/>
        <source>Action plan over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="334"/>
        <source>No dated actions yet: plan the actions of each priority in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="366"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="377"/>
        <source>{count} actions by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="379"/>
        <source>{count} more not shown (export the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="391"/>
        <source>Cost of the action plan by funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="394"/>
        <source>No costed actions yet: cost the action plan in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="410"/>
        <source>{share} unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="421"/>
        <source>{total} in total, {gap} unfunded; cancelled actions left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="446"/>
        <source>no indicator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="452"/>
        <source>{value} ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="455"/>
        <source>no actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="476"/>
        <source>Results dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="478"/>
        <source>No outcome or impact results yet: set up the results framework in step 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="502"/>
        <source>{count} more results not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="503"/>
        <source>impact and outcome indicators, latest actual (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="541"/>
        <source>No baseline, target or actual yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="553"/>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="554"/>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="562"/>
        <location filename="../../reports/planning_charts.py" line="623"/>
        <source>Indicator progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="564"/>
        <source>No indicators yet: add them to the results framework in step 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="581"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="583"/>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="585"/>
        <source>final target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="586"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="587"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="591"/>
        <source>title colour and letter: status ({letters})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="596"/>
        <source>the first {shown} of {count} indicators; export the data for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="613"/>
        <source>Priority matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="615"/>
        <source>Plan coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="617"/>
        <source>Action plan timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="619"/>
        <source>Budget by funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="621"/>
        <source>Results dashboard (RAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="45"/>
        <source>In progress</source>
        <translation type="unfinished">قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="46"/>
        <source>Submitted</source>
        <translation type="unfinished">مقدَّمة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="47"/>
        <source>Changes requested</source>
        <translation type="unfinished">طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="48"/>
        <source>Approved</source>
        <translation type="unfinished">معتمدة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="51"/>
        <source>Blocker</source>
        <translation type="unfinished">مانع</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="52"/>
        <source>Major</source>
        <translation type="unfinished">رئيسي</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="53"/>
        <source>Minor</source>
        <translation type="unfinished">ثانوي</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="54"/>
        <source>Suggestion</source>
        <translation type="unfinished">اقتراح</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="55"/>
        <source>under 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="56"/>
        <source>30–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="57"/>
        <source>over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="147"/>
        <source>Where each country stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="150"/>
        <location filename="../../reports/portfolio_charts.py" line="323"/>
        <source>No workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="179"/>
        <source>colour: the step&apos;s status; number: how complete it is; ✎ open review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="204"/>
        <location filename="../../reports/portfolio_charts.py" line="374"/>
        <source>Open review comments</source>
        <translation type="unfinished">تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="208"/>
        <source>No review comment is open ({closed} closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="222"/>
        <source>by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="223"/>
        <source>by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="224"/>
        <source>(open or answered, replies not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="230"/>
        <source>Lessons learned by theme and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="233"/>
        <source>No lesson learned is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="239"/>
        <source>cross-country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="262"/>
        <source>★ recurs in 3 or more countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="298"/>
        <source>No country has this figure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="320"/>
        <source>Migration profiles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="334"/>
        <source>each country&apos;s latest figure (year); red: derived from two figures of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="340"/>
        <location filename="../../reports/portfolio_charts.py" line="378"/>
        <source>Emigrants by top destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="343"/>
        <source>No profile holds emigrants by destination yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="363"/>
        <source>persons (share of all emigrants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="373"/>
        <source>Status matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="375"/>
        <source>Lessons by theme and country</source>
        <translation type="unfinished">الدروس حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="376"/>
        <source>Indicator comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/documents.py" line="34"/>
        <source>{path} is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="38"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="98"/>
        <source>{what}: every number needs its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="101"/>
        <source>{what}: the period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="105"/>
        <source>{what}: enter a value, or mark the observation as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="109"/>
        <source>{what}: {value} is not a percentage (0 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="112"/>
        <source>{what}: remittances above {limit}% of GDP are rare; check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="116"/>
        <source>{what}: a count cannot be negative ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="119"/>
        <source>{what}: a rate per 1,000 must lie between -100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="122"/>
        <source>{what}: the partner country cannot be the country itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="125"/>
        <source>{what}: a stock is counted at a point in time, not over a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="128"/>
        <source>{what}: a flow is counted over a period, not at a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="165"/>
        <source>{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add up to the total ({total:,.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="181"/>
        <source>{indicator} {period}: {value} has the opposite sign of the values before and after it; a possible sign error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="191"/>
        <source>{indicator}: {change:+.0%} between {first} and {second}; explain the change (refugee influx, border change, a new source type?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="210"/>
        <source>{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); the focal point should reconcile them and mark the preferred one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="137"/>
        <source>Errors must be corrected, not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="139"/>
        <source>Explain the warning in a short note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="208"/>
        <source>The source is not in this workspace&apos;s data-source inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="213"/>
        <source>Row {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="227"/>
        <source>{indicator} {period}: this source already has a value for the same cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>30–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>under 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="22"/>
        <source>over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_indicators.py" line="43"/>
        <source>Women among immigrants, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="31"/>
        <source>Where is each country in the process?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="32"/>
        <source>How strong is the evidence base?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="33"/>
        <source>Do national and international numbers agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="34"/>
        <source>How do the migration profiles compare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="35"/>
        <source>Is the institutional set-up real and alive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="36"/>
        <source>Was society genuinely consulted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="37"/>
        <source>Where did migration land in planning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="38"/>
        <source>Are priorities evidence-based and costed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="39"/>
        <source>Is the M&amp;E framework usable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="40"/>
        <source>Is international support coherent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="41"/>
        <source>Which GMG agencies supported which steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="42"/>
        <source>What lessons recur across countries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="43"/>
        <source>What did peer exchanges change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="44"/>
        <source>Is it sustainable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="45"/>
        <source>Results against programme targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="88"/>
        <source>There is no workspace in this data folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="95"/>
        <source>; longest in its status: step {step}, {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="97"/>
        <source>{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, {working} in progress, {waiting} not started; last update {updated}{stay}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="104"/>
        <source>{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; furthest along: {best} ({percent}% overall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="115"/>
        <source>No profile holds any figure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="118"/>
        <source>, newest {newest}, oldest latest figure {oldest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="120"/>
        <source>; international estimates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="121"/>
        <source>{country}: {filled} of {total} core indicators have a figure{years}; sources: {types}{alone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="126"/>
        <source>{national} of {count} countries use national data sources; {alone} rely on international estimates only{names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="133"/>
        <source>Who must reconcile a gap is not recorded: the country&apos;s focal point marks the preferred figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="136"/>
        <source>No figure is given by two sources that disagree by more than 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="138"/>
        <source>{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="140"/>
        <source>, explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="142"/>
        <source>{count} disagreement(s) between sources in {countries} countries, the largest first; {open} not yet explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="153"/>
        <source>{indicator}: {figures}; missing for {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="157"/>
        <source>{country}: emigrants by destination ({year}): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="162"/>
        <source>{count} figures side by side across {indicators} indicators; a country without the figure is shown as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="164"/>
        <source>Skill mix is not compared: the profiles hold no common skill breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="171"/>
        <source>{country}: no active coordination mechanism recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="174"/>
        <source>{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); {meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors with a lead {led} of {sectors}; {focal} sector focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="184"/>
        <source>{alive} of {count} countries record an active coordination mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="186"/>
        <source>Whether the chair&apos;s seat goes with faster progress is not computed: too few mechanisms are recorded to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="192"/>
        <source>{country}: {events} consultation(s), {people} participants ({women} women); groups reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, {accepted} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="201"/>
        <source>{count} countries record consultations: {people} participants, {women} of them women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="207"/>
        <source>{country} ({route}): {instruments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="216"/>
        <source>Highest mainstreaming level (0–4) by route: {routes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="218"/>
        <source>Which route went faster is not known: the dates of level changes are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="225"/>
        <source>; {count} action(s) without an exchange rate left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="227"/>
        <source>{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of {actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="233"/>
        <source>{count} countries have priorities; funding gap across them: {gap} of {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="239"/>
        <source>{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: {rag}; {sdg} aligned to an SDG indicator; latest actual {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="246"/>
        <source>{count} countries have a results framework; {ready} of {total} indicators have a baseline and a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="249"/>
        <source>Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="255"/>
        <source>{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed priorities without partner support: {unsupported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="263"/>
        <source>{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to national priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="265"/>
        <source>Duplicated projects are not detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="270"/>
        <source>Resolution time per agency is not known: a comment&apos;s closing date is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="272"/>
        <source>No expert mission or review comment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="274"/>
        <source>{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments {open} open, {closed} closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="280"/>
        <source>{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="287"/>
        <source>No lesson learned is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="292"/>
        <source>{theme}: {count} lesson(s) from {countries}{recurring}{proposal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="295"/>
        <source>; recurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="296"/>
        <source>; behind a handbook change proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="299"/>
        <source>Themes recurring in 3 or more countries: {themes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="300"/>
        <source>No theme recurs in 3 or more countries yet ({count} lessons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="307"/>
        <source>No peer exchange is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="308"/>
        <source>{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} lesson(s) and {priorities} priority(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="312"/>
        <source>{count} peer exchange(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="313"/>
        <source>Records dated after an exchange are not necessarily caused by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="319"/>
        <source>{country}: the government budget carries {share} of the plan&apos;s funding; the mechanism last met {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="323"/>
        <source>Government budget share of the funded actions: {share} across {count} countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="325"/>
        <source>Whether the profile is produced by a national body on a legal basis is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="330"/>
        <source>{country}: {indicator} {value} ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="333"/>
        <source>No country reports laws amended or new M&amp;D policies (indicators PROC_LAWS_MM, PROC_NEW_MD_POLICIES) in its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="340"/>
        <source>Laws and policies amended: {laws} (the programme reported {laws_target}); new M&amp;D policies and programmes: {policies} (the programme reported {policies_target}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="91"/>
        <source>The evidence attached to “{criterion}” is not a document of this workspace; attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="16"/>
        <source>High-level political endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="17"/>
        <source>Lead institution and focal point designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="18"/>
        <source>Budget or donor funding secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="19"/>
        <source>UN country team lead agency agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="20"/>
        <source>A planning window exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="21"/>
        <source>Existing analysis available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="22"/>
        <source>Statistics office involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="34"/>
        <source>“{criterion}” is marked met: attach evidence or explain it in at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="45"/>
        <source>“{field}” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="58"/>
        <source>“{field}” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="61"/>
        <source>“{field}” must lie between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="67"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="71"/>
        <source>“{field}” must be an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="75"/>
        <source>“{field}” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="78"/>
        <source>“{field}” must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="171"/>
        <source>This record repeats one that is stored already (perhaps one deleted earlier); edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="186"/>
        <source>“{field}” does not belong to the chosen “{parent}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="204"/>
        <source>This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review comment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="231"/>
        <source>“{field}” points at evidence that is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="247"/>
        <source>“{field}” points at a record that is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="270"/>
        <source>“{value}” is already in the list ({field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="64"/>
        <source>Give the workspace a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="65"/>
        <source>Choose the programme phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="66"/>
        <source>Enter the start and end dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="67"/>
        <source>Name the donor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="68"/>
        <source>Name the lead institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="69"/>
        <source>Name the national focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="70"/>
        <source>Choose the entry mode into planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="71"/>
        <source>Choose the default currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="72"/>
        <source>Enter the reference year of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="79"/>
        <source>Assess the readiness criterion “{criterion}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="84"/>
        <source>“{criterion}” must be met before the process starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="91"/>
        <source>Attach evidence for the criteria marked met: {criteria}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="94"/>
        <source>The national focal point has not confirmed the readiness assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="103"/>
        <source>Enter the reference year of the profile in step 0; core indicators are counted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="115"/>
        <source>Core indicators with a value for {first}–{last}: {have} of {total} (80% needed). Missing: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="123"/>
        <source>Write the narrative of profile part {part}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="125"/>
        <source>Inventory the data sources used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="128"/>
        <source>Document the data gaps of each source type used{types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="137"/>
        <source>Record an active inter-ministerial coordination mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="138"/>
        <source>Attach the mechanism&apos;s terms of reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="151"/>
        <source>Core sectors not yet represented on the mechanism: {sectors}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="154"/>
        <source>The lead institution should sit on the mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="156"/>
        <source>Name the sector focal points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="163"/>
        <source>Each active mechanism needs exactly one chair (or one or two co-chairs){names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="173"/>
        <source>Name a lead institution for the policy areas of the priorities: {areas}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="180"/>
        <source>Meetings dated before their mechanism was established: {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="184"/>
        <source>Hold at least {minimum} meetings with minutes ({count} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="196"/>
        <source>No consultation has reached {group} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="204"/>
        <source>Give every consultation at least one topic and one stakeholder present{titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="207"/>
        <source>Hold a validation workshop on the profile and the priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="209"/>
        <source>Report the participants of consultations by sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="213"/>
        <source>Decide what happens to the inputs received ({pending} of {total} pending; at most 10% may be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="222"/>
        <source>Adopt a planning instrument that mainstreams migration (level 2 or more) or a stand-alone migration and development policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="225"/>
        <source>Set the migration and development priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="230"/>
        <source>Link every priority to its evidence{titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="235"/>
        <source>Have the mechanism endorse the priority list{titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="239"/>
        <source>Make the scoring weights add up to 1 (they add up to {total:.2f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="245"/>
        <source>Cost the actions of every endorsed priority, each with a lead{titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="269"/>
        <source>Give every impact an indicator (ideally an SDG or national plan one): {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="272"/>
        <source>Attach the final evaluation&apos;s report and record the management response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="275"/>
        <source>Set up the results framework with its outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="277"/>
        <source>Give every outcome an indicator with a baseline and a target{codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="280"/>
        <source>Report actuals for at least 80% of the indicators ({have} of {total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="283"/>
        <source>Plan the mid-term and final evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="297"/>
        <source>List the development partners present in the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="299"/>
        <source>Each partner lists its projects or confirms it has none{names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="302"/>
        <source>Align each project to a national priority or say why not{titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="304"/>
        <source>Record at least one partner coordination event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="320"/>
        <source>Steps not yet approved: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="321"/>
        <source>Record at least {minimum} validated lessons ({count} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="325"/>
        <source>Resolve the open blocker and major review comments ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="25"/>
        <source>Workspace and readiness</source>
        <translation type="unfinished">مساحة العمل والجاهزية</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="26"/>
        <source>Set up the pilot and check the preconditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="28"/>
        <source>Migration profile</source>
        <translation type="unfinished">ملف الهجرة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="29"/>
        <source>Assess national migration dynamics: the evidence base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="31"/>
        <source>Whole-of-government</source>
        <translation type="unfinished">نهج الحكومة بأسرها</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="32"/>
        <source>The inter-ministerial mechanism and who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="34"/>
        <source>Whole-of-society</source>
        <translation type="unfinished">نهج المجتمع بأسره</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="35"/>
        <source>Stakeholders, consultations and what became of inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Policy priorities in the plan</source>
        <translation type="unfinished">أولويات السياسات في الخطة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Evidence-based priorities, written into plans and costed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation type="unfinished">الرصد والتقييم</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="41"/>
        <source>Results framework, indicators, targets and actuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="43"/>
        <source>Coherent international support</source>
        <translation type="unfinished">دعم دولي متسق</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Partners&apos; projects aligned to the national priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="46"/>
        <source>Pilot testing and lessons learned</source>
        <translation type="unfinished">التجريب والدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="47"/>
        <source>Expert support, peer exchanges, lessons, handbook changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="199"/>
        <source>The priority “{title}” rests on no evidence: link a figure, finding or input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="204"/>
        <source>The endorsed priority “{title}” has no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="208"/>
        <source>The action “{action}” lands in no plan element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="211"/>
        <source>No indicator measures the action “{action}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="215"/>
        <source>The endorsed priority “{title}” has no funding: no action is funded and no partner project is aligned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="228"/>
        <source>The indicator “{name}” ({code}) has no baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="232"/>
        <source>The indicator “{name}” ({code}) has no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="247"/>
        <source>“{title}” is at mainstreaming level {level} but none of its elements is linked to an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="21"/>
        <source>The workspace code must be 2 to 20 capital letters, digits or dashes, for example JAM or JAM-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="25"/>
        <source>Choose the country from the list (ISO 3166 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="28"/>
        <source>The workspace needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="31"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="35"/>
        <source>The reference year must lie between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="39"/>
        <source>{currency} is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="42"/>
        <source>The focal point&apos;s e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="44"/>
        <source>Met</source>
        <translation type="unfinished">مستوفى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="45"/>
        <source>Partly met</source>
        <translation type="unfinished">مستوفى جزئياً</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="46"/>
        <source>Not met</source>
        <translation type="unfinished">غير مستوفى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="47"/>
        <source>Not applicable</source>
        <translation type="unfinished">لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="39"/>
        <source>Phase I (2011–2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="40"/>
        <source>Phase II (2014–2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="41"/>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="49"/>
        <source>Integrate into the national plan being drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="51"/>
        <source>Stand-alone migration and development strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="53"/>
        <source>Sector plans only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="39"/>
        <source>The file system refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="41"/>
        <source>Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="63"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="64"/>
        <source>CSV files in a zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="66"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="77"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="78"/>
        <source>{name} exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="18"/>
        <source>Before starting, the handbook asks for political backing, a mandated lead and resources. Record the pilot&apos;s basic facts, then assess the seven preconditions: high-level endorsement, a designated lead institution and focal point, funding, an agreed UN lead agency, a planning window (a national or sector plan being drafted), existing analysis, and the statistics office on board. The best moment to mainstream is while a new national strategy is drafted; if the timelines do not match, a stand-alone migration and development strategy can feed the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="25"/>
        <source>Build the evidence base in the standard profile structure: A, migration trends and migrants&apos; characteristics; B, the impact of migration on the economy, labour market, society and health; C, the governance framework; D, findings and recommendations. Break data down by age and sex, give every number its source, inventory the data sources and their gaps, and plan how the profile will be kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="31"/>
        <source>Set up an inter-ministerial mechanism (a task force or working group with a legal basis, a chair, a secretariat and terms of reference) so that labour, health, education, statistics, finance or the central bank, interior and border, foreign affairs, justice and planning all contribute. Name sector focal points, meet regularly and keep minutes, decisions and action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="36"/>
        <source>Bring in academia, service providers, local government, the private sector, recruitment agencies, remittance providers, trade unions, NGOs, diaspora and migrant associations and the media. Record each consultation with its participants by sex, every input received, and what became of it, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="40"/>
        <source>Combine the profile with the consultations to set migration and development priorities, apply the migration lens to the plan&apos;s goals, and write the priorities into the national plan, sector strategies, local plans, the UN cooperation framework or the budget. Each priority points back to its evidence and forward to costed actions with a lead institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="45"/>
        <source>Set up a results framework (impact, outcomes, outputs) with neutral indicators, their unit, disaggregation, means of verification, a baseline and targets. Report actuals each period; the program computes red, amber or green from the progress toward each target. Plan mid-term and final evaluations and record management responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="50"/>
        <source>Once migration is in the national instruments, align outside support with it: list the development partners and their migration-related projects, link each project to the national priorities it serves, and compare funding with the cost of each priority to show the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="54"/>
        <source>Across the pilot countries, record GMG expert missions, peer exchanges and review comments, capture lessons learned (what happened, why, and what to recommend), and trace proposals to change the handbook to the lessons behind them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>participation</name>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="13"/>
        <source>Institutions and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="14"/>
        <source>One registry for every step: ministries, agencies, the central bank, the statistics office, local government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their people. Contact details need the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="22"/>
        <source>The coordination mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="23"/>
        <source>The task force or working group: its legal basis, chair, secretariat, terms of reference, and its members with the sector focal points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="27"/>
        <source>Meetings</source>
        <translation type="unfinished">الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="28"/>
        <source>Each meeting with its agenda and minutes, who attended, and the decisions and action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="31"/>
        <source>Who is responsible for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="32"/>
        <source>For each policy area, the lead institution, the contributors, the data providers and who is consulted. Core sectors without a lead are shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="40"/>
        <source>Stakeholders</source>
        <translation type="unfinished">أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="41"/>
        <source>Who has a stake, how interested and how influential (1-5), and how they are engaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="44"/>
        <source>Consultations</source>
        <translation type="unfinished">المشاورات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="45"/>
        <source>Each consultation with its participants by sex and the stakeholders present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="48"/>
        <source>Inputs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="49"/>
        <source>Every suggestion received and what became of it (accepted, partly, noted, rejected), with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="57"/>
        <source>Development partners</source>
        <translation type="unfinished">شركاء التنمية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="58"/>
        <source>UN agencies, donors, international financial institutions and foundations present in the country; each lists its migration-related projects or confirms it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="62"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="63"/>
        <source>The migration and development project inventory: budgets, dates, policy areas, and alignment to the national priorities (or why not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="67"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="68"/>
        <source>UN country team meetings, donor round tables and joint programming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="74"/>
        <source>GMG expert missions</source>
        <translation type="unfinished">بعثات خبراء الفريق العالمي المعني بالهجرة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="75"/>
        <source>The missions of the GMG agencies that supported the country: in country, remote or desk review, with the steps they supported, their terms of reference and their reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="79"/>
        <source>Lessons learned</source>
        <translation type="unfinished">الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="80"/>
        <source>What happened, why, and what others should do: each lesson with its theme and step, how widely it applies, its evidence, and who validated it. Step 7 needs at least three validated lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="16"/>
        <source>Planning instruments</source>
        <translation type="unfinished">أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="17"/>
        <source>The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a stand-alone migration policy: status, period and how far each mainstreams migration (0 absent … 4 costed and budgeted actions). Then each plan&apos;s goals, outcomes, strategies and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="22"/>
        <source>Migration lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="23"/>
        <source>Apply the migration lens to plan elements: for the element&apos;s policy area, answer the questions of the bank (the list follows the area chosen), say how migration affects the goal and the goal migration, and propose a change to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="28"/>
        <source>Priorities and their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="29"/>
        <source>The migration and development priorities with problem, objective and target groups, scored 1-5 (weights below; equal when none are set). Each priority needs at least one piece of evidence from the profile, the consultations or a document; endorsement needs the mechanism&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="34"/>
        <source>Costed action plan</source>
        <translation type="unfinished">خطة العمل المحددة التكاليف</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="35"/>
        <source>Each priority&apos;s actions with a lead, dates, a cost and where they land in the plan; their funding by source never exceeds the cost, and the rest shows as the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="42"/>
        <source>Results chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="43"/>
        <source>Impact, outcomes, outputs and activities, each contributing to the level above and linked to a priority or a plan element, with assumptions and risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="47"/>
        <source>Indicators, baselines and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="48"/>
        <source>Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a baseline (offered from the profile when the indicator is one of its reference indicators) and targets by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="53"/>
        <source>Actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="54"/>
        <source>The values reported for each period, with their evidence, and disaggregated values that add up to the total. The dashboard colours each indicator by its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="58"/>
        <source>Evaluations</source>
        <translation type="unfinished">التقييمات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="59"/>
        <source>The evaluation plan (mid-term and final), the reports, and the management response to each recommendation; the thresholds of the traffic lights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="80"/>
        <source>The golden thread</source>
        <translation type="unfinished">الخيط الناظم</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="81"/>
        <source>From the evidence to the priority, its actions and where they land in the plan, the indicators that measure them and the money behind them. Broken links come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="99"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="100"/>
        <source>Each step&apos;s review by the GMG hub: a country submits a step, the hub comments, asks for changes or approves. Blocker and major comments must be closed before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="52"/>
        <source>Step 2: whole-of-government — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="53"/>
        <source>Step 3: whole-of-society — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="54"/>
        <source>Step 4: priorities in the plan — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="55"/>
        <source>Step 5: monitoring and evaluation — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="56"/>
        <source>Step 6: coherent international support — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="57"/>
        <source>Step 7: pilot testing, review and lessons — {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="99"/>
        <source>Blocker</source>
        <translation type="unfinished">مانع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="100"/>
        <source>Major</source>
        <translation type="unfinished">رئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="101"/>
        <source>Minor</source>
        <translation type="unfinished">ثانوي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="102"/>
        <source>Suggestion</source>
        <translation type="unfinished">اقتراح</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="45"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="46"/>
        <source>Population, economy, labour market and human development: the background against which migration is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="54"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="55"/>
        <source>Immigrant stock and inflows, by sex, age and origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="61"/>
        <source>Emigration and diaspora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="62"/>
        <source>Emigrants by destination, outflows, skills, and the diaspora&apos;s estimates from every source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="68"/>
        <source>Forced migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="69"/>
        <source>Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="77"/>
        <source>Labour migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="78"/>
        <source>Temporary, seasonal and circular schemes, sectors and skill levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="83"/>
        <source>Return migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="84"/>
        <source>Voluntary and forced returns, and reintegration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="89"/>
        <source>Remittances and networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="90"/>
        <source>Volumes, share of GDP, corridors and costs, channels, diaspora associations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="96"/>
        <source>Sectors affected</source>
        <translation type="unfinished">القطاعات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="97"/>
        <source>Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="107"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="108"/>
        <source>Part C: laws, policies, institutions, agreements and conventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="115"/>
        <source>Data sources and gaps</source>
        <translation type="unfinished">مصادر البيانات والثغرات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="116"/>
        <source>Every source used, what it covers, its quality and its gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="123"/>
        <source>Findings and recommendations</source>
        <translation type="unfinished">النتائج والتوصيات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="124"/>
        <source>Part D: key findings, policy implications and recommendations, including on data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="148"/>
        <source>Narrative: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="183"/>
        <source>The numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="185"/>
        <source>Every number with its source. Import the public tables or your own spreadsheet, edit in place (Enter moves on), paste from Excel; warnings can be explained, errors must be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/participation_specs.py" line="28"/>
        <source>Contact details (e-mail, phone) can only be stored with the person&apos;s consent: tick “Consent to store contact details” or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="33"/>
        <source>The e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="40"/>
        <source>A mechanism with a formal legal basis needs its legal reference (e.g. “GD 725 of 08.09.2017”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="48"/>
        <source>Say why: every decision on an input needs its rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="55"/>
        <source>A contact person is personal data: record the consent to store it, or leave the contact person out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="64"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="72"/>
        <source>More is disbursed than the budget; check both amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="97"/>
        <source>This person already holds a role in this mechanism for the same period; end that role first (“Until”) or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="103"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="104"/>
        <location filename="../../core/participation_specs.py" line="124"/>
        <location filename="../../core/participation_specs.py" line="177"/>
        <location filename="../../core/participation_specs.py" line="217"/>
        <location filename="../../core/record_specs.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="105"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="123"/>
        <location filename="../../core/planning_specs.py" line="195"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="108"/>
        <source>Sectors (policy-area codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="111"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="112"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="113"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="114"/>
        <location filename="../../core/participation_specs.py" line="138"/>
        <location filename="../../core/participation_specs.py" line="172"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="115"/>
        <location filename="../../reports/observation_export.py" line="89"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="116"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="117"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="118"/>
        <source>Consent to store contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="119"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="122"/>
        <source>Coordination mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="125"/>
        <location filename="../../core/planning_specs.py" line="212"/>
        <location filename="../../core/planning_specs.py" line="230"/>
        <location filename="../../core/record_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished">الصنف</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="126"/>
        <source>Legal basis</source>
        <translation type="unfinished">الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="127"/>
        <location filename="../../core/planning_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="119"/>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="128"/>
        <source>Established</source>
        <translation type="unfinished">تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="129"/>
        <source>Chair</source>
        <translation type="unfinished">الرئاسة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="130"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="131"/>
        <source>Meets</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="133"/>
        <location filename="../../core/review_specs.py" line="44"/>
        <source>Terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="136"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="137"/>
        <location filename="../../core/participation_specs.py" line="148"/>
        <source>Mechanism</source>
        <translation type="unfinished">الآلية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="139"/>
        <location filename="../../core/participation_specs.py" line="157"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="140"/>
        <location filename="../../core/participation_specs.py" line="173"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="141"/>
        <source>Sector focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="142"/>
        <location filename="../../core/participation_specs.py" line="208"/>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="143"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="147"/>
        <source>Meetings</source>
        <translation type="unfinished">الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="149"/>
        <location filename="../../core/participation_specs.py" line="192"/>
        <location filename="../../core/participation_specs.py" line="251"/>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="151"/>
        <source>Agenda</source>
        <translation type="unfinished">جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="152"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="155"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="156"/>
        <location filename="../../core/participation_specs.py" line="162"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="158"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="161"/>
        <source>Decisions and action items</source>
        <translation type="unfinished">القرارات وبنود العمل</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="163"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="164"/>
        <location filename="../../core/planning_specs.py" line="117"/>
        <location filename="../../core/planning_specs.py" line="269"/>
        <source>Owner</source>
        <translation type="unfinished">المسؤول</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="165"/>
        <location filename="../../core/planning_specs.py" line="270"/>
        <source>Due</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="169"/>
        <source>Who is responsible for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="171"/>
        <location filename="../../core/participation_specs.py" line="209"/>
        <location filename="../../core/planning_specs.py" line="131"/>
        <location filename="../../core/planning_specs.py" line="142"/>
        <location filename="../../core/record_specs.py" line="107"/>
        <location filename="../../core/record_specs.py" line="128"/>
        <source>Policy area</source>
        <translation type="unfinished">مجال السياسات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="176"/>
        <source>Stakeholders</source>
        <translation type="unfinished">أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="178"/>
        <source>Group</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="179"/>
        <source>Organisation (registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="180"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="181"/>
        <source>Geography (NATIONAL or ISO 3166-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="182"/>
        <source>Diaspora in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="183"/>
        <source>Interest (1-5)</source>
        <translation type="unfinished">الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="184"/>
        <source>Influence (1-5)</source>
        <translation type="unfinished">التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="185"/>
        <source>Engagement</source>
        <translation type="unfinished">مستوى المشاركة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="186"/>
        <source>Consent to store the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="189"/>
        <source>Consultation events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="190"/>
        <location filename="../../core/participation_specs.py" line="225"/>
        <location filename="../../core/planning_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="141"/>
        <location filename="../../core/record_specs.py" line="117"/>
        <source>Title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="193"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="194"/>
        <source>Topics (policy-area codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="195"/>
        <source>Women</source>
        <translation type="unfinished">النساء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="196"/>
        <source>Men</source>
        <translation type="unfinished">الرجال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="197"/>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="198"/>
        <location filename="../../core/planning_specs.py" line="260"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="201"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="202"/>
        <location filename="../../core/participation_specs.py" line="207"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="203"/>
        <source>Stakeholder</source>
        <translation type="unfinished">صاحب المصلحة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="206"/>
        <source>Inputs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="210"/>
        <source>Input</source>
        <translation type="unfinished">المدخل</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="211"/>
        <source>Disposition</source>
        <translation type="unfinished">ما اتُّخذ بشأنه</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="212"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="213"/>
        <source>Fed the priority (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="216"/>
        <source>Development partners</source>
        <translation type="unfinished">شركاء التنمية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="219"/>
        <source>GMG member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="220"/>
        <source>GMG agency</source>
        <translation type="unfinished">وكالة الفريق العالمي المعني بالهجرة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="221"/>
        <source>Confirmed: no migration projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="224"/>
        <source>Migration-related projects</source>
        <translation type="unfinished">المشاريع المتصلة بالهجرة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="226"/>
        <location filename="../../core/planning_specs.py" line="190"/>
        <source>Partner</source>
        <translation type="unfinished">الشريك</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="227"/>
        <source>Implemented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="228"/>
        <location filename="../../core/planning_specs.py" line="176"/>
        <location filename="../../core/review_specs.py" line="41"/>
        <location filename="../../core/review_specs.py" line="63"/>
        <source>Start</source>
        <translation type="unfinished">البداية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="229"/>
        <location filename="../../core/planning_specs.py" line="177"/>
        <location filename="../../core/review_specs.py" line="42"/>
        <location filename="../../core/review_specs.py" line="64"/>
        <source>End</source>
        <translation type="unfinished">النهاية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="230"/>
        <source>Budget</source>
        <translation type="unfinished">الميزانية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="231"/>
        <source>Currency (ISO 4217)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="232"/>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="233"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="234"/>
        <source>Policy areas (codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="235"/>
        <source>UN cooperation framework outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="236"/>
        <source>Why not aligned to a national priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="241"/>
        <source>Alignment to national priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="243"/>
        <source>Project</source>
        <translation type="unfinished">المشروع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="244"/>
        <source>National priority (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="245"/>
        <source>Amount for this priority (project currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="248"/>
        <source>Partner coordination events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="252"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="253"/>
        <location filename="../../core/planning_specs.py" line="118"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="256"/>
        <source>Exchange rates to USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="257"/>
        <location filename="../../core/planning_specs.py" line="179"/>
        <source>Currency</source>
        <translation type="unfinished">العملة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="258"/>
        <location filename="../../core/planning_specs.py" line="228"/>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="259"/>
        <source>USD per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="260"/>
        <location filename="../../core/planning_specs.py" line="188"/>
        <location filename="../../reports/observation_export.py" line="98"/>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="51"/>
        <source>An element cannot be part of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="53"/>
        <source>The element it is part of belongs to another instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="56"/>
        <source>An element is part of one at a higher level (goal, outcome, strategy, action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="66"/>
        <source>Unknown codes: {codes} (choose from {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="90"/>
        <source>This evidence is already linked to the priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="109"/>
        <source>The funding already recorded ({funded:,.0f}) is more than this cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="121"/>
        <source>With this amount the funding ({funded:,.0f}) exceeds the action&apos;s cost ({cost:,.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="134"/>
        <source>A result cannot contribute to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="136"/>
        <source>A result contributes to one at a higher level (activity → output → outcome → impact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="156"/>
        <source>The profile has {value:,.6g} for {year} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="170"/>
        <source>The indicator already has a target for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="174"/>
        <source>A target year cannot come before the baseline year ({year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="178"/>
        <source>The target equals the baseline; only a “maintain” indicator may keep its baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="190"/>
        <source>An actual for this indicator and period is already recorded; edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="206"/>
        <source>This group already has a value for this actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="210"/>
        <source>The groups add up to {parts:,.6g}, more than the actual&apos;s total ({total:,.6g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="228"/>
        <source>The workspace has its thresholds already; edit them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="32"/>
        <source>An adopted instrument needs its adoption date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="35"/>
        <source>An adopted instrument needs its document: attach the adopted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="43"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="49"/>
        <source>An endorsed priority needs the mechanism&apos;s decision (e.g. “NWGIMD meeting of 12.03.2015, decision 4”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="58"/>
        <source>Every action needs a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="60"/>
        <source>Every action needs its start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="62"/>
        <source>Say in which currency the cost is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="68"/>
        <source>A qualitative or yes/no indicator is rated by hand: choose its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="71"/>
        <source>Say why the indicator has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="78"/>
        <source>A baseline needs both its value and its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="86"/>
        <source>An actual cannot be reported for a period that has not ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="94"/>
        <source>Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="102"/>
        <source>A weight lies between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="106"/>
        <source>Planning instruments</source>
        <translation type="unfinished">أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="110"/>
        <source>Mainstreaming level (0-4)</source>
        <translation type="unfinished">مستوى التعميم (0-4)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="111"/>
        <source>From (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="112"/>
        <source>To (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="113"/>
        <source>Sector (for sector strategies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="114"/>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="115"/>
        <source>Adopted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="121"/>
        <source>Plan elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="122"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="124"/>
        <source>Number in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="125"/>
        <location filename="../../core/record_specs.py" line="127"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="126"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="129"/>
        <source>Migration lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="130"/>
        <location filename="../../core/planning_specs.py" line="199"/>
        <source>Plan element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="132"/>
        <source>Lens question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="133"/>
        <source>Migration&apos;s effect on the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="135"/>
        <source>The goal&apos;s effect on migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="137"/>
        <source>Proposed change to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="140"/>
        <source>Policy priorities</source>
        <translation type="unfinished">أولويات السياسات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="144"/>
        <source>Rank</source>
        <translation type="unfinished">الترتيب</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="145"/>
        <source>Impact (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="146"/>
        <source>Feasibility (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="147"/>
        <source>Affordability (1-5, 5 = cheapest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="148"/>
        <source>Urgency (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="149"/>
        <source>Political support (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="150"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="151"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="152"/>
        <source>Target groups (codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="153"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="154"/>
        <source>GCM objectives (numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="155"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="156"/>
        <source>Endorsed by (decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="160"/>
        <source>Evidence behind the priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="162"/>
        <location filename="../../core/planning_specs.py" line="174"/>
        <location filename="../../core/planning_specs.py" line="198"/>
        <source>Priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="163"/>
        <location filename="../../core/planning_specs.py" line="239"/>
        <location filename="../../core/record_specs.py" line="111"/>
        <location filename="../../core/review_specs.py" line="56"/>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="164"/>
        <source>How it supports the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="167"/>
        <source>Scoring weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="168"/>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="169"/>
        <source>Weight (0-1; all add up to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="172"/>
        <source>Costed actions</source>
        <translation type="unfinished">الإجراءات المحددة التكاليف</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="173"/>
        <location filename="../../core/planning_specs.py" line="187"/>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="175"/>
        <source>Lead</source>
        <translation type="unfinished">الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="178"/>
        <source>Cost</source>
        <translation type="unfinished">التكلفة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="181"/>
        <source>Lands in plan element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="182"/>
        <source>Capacity needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="186"/>
        <source>Funding of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="189"/>
        <source>Amount (in the action&apos;s currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="193"/>
        <source>Results chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="194"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="196"/>
        <source>Result statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="197"/>
        <source>Contributes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="200"/>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="201"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="204"/>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="205"/>
        <location filename="../../core/planning_specs.py" line="227"/>
        <location filename="../../core/planning_specs.py" line="234"/>
        <location filename="../../reports/observation_export.py" line="83"/>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="206"/>
        <source>Result</source>
        <translation type="unfinished">النتيجة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="207"/>
        <location filename="../../reports/observation_export.py" line="95"/>
        <source>Unit</source>
        <translation type="unfinished">الوحدة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="208"/>
        <location filename="../../reports/observation_export.py" line="93"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="209"/>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="210"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="211"/>
        <source>Reference indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="213"/>
        <source>Definition (numerator / denominator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="214"/>
        <source>Disaggregations (codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="215"/>
        <source>Reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="216"/>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="217"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="218"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="219"/>
        <source>Where the baseline comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="220"/>
        <source>Status set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="221"/>
        <source>Why this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="224"/>
        <source>Baseline from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="226"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="229"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="233"/>
        <source>Actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="235"/>
        <location filename="../../reports/observation_export.py" line="87"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="236"/>
        <location filename="../../reports/observation_export.py" line="88"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="250"/>
        <location filename="../../reports/observation_export.py" line="94"/>
        <source>Value</source>
        <translation type="unfinished">القيمة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="240"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="241"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="245"/>
        <source>Disaggregated actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="247"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="248"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="249"/>
        <source>Group (code, e.g. F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="253"/>
        <source>Evaluations</source>
        <translation type="unfinished">التقييمات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="255"/>
        <source>Evaluator</source>
        <translation type="unfinished">المقيِّم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="256"/>
        <source>Planned for</source>
        <translation type="unfinished">مقرر في</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="257"/>
        <source>Completed on</source>
        <translation type="unfinished">أُنجز في</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="258"/>
        <source>Evaluation questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="259"/>
        <source>Findings</source>
        <translation type="unfinished">النتائج</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="263"/>
        <source>Management responses</source>
        <translation type="unfinished">ردود الإدارة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="265"/>
        <source>Evaluation</source>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="266"/>
        <location filename="../../core/review_specs.py" line="54"/>
        <source>Recommendation</source>
        <translation type="unfinished">التوصية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="267"/>
        <source>Response</source>
        <translation type="unfinished">الرد</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="268"/>
        <source>Planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="274"/>
        <source>Traffic-light thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="275"/>
        <source>Green from (progress ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="276"/>
        <source>Amber from (progress ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="277"/>
        <source>Tolerance for “maintain” (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="92"/>
        <source>Data sources and gaps</source>
        <translation type="unfinished">مصادر البيانات والثغرات</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="95"/>
        <source>Periodicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="96"/>
        <source>Latest year</source>
        <translation type="unfinished">آخر سنة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="97"/>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="98"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="99"/>
        <source>Sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="100"/>
        <source>Access</source>
        <translation type="unfinished">الإتاحة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="101"/>
        <source>Quality (1-5)</source>
        <translation type="unfinished">الجودة (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="102"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="103"/>
        <source>Gaps</source>
        <translation type="unfinished">الثغرات</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="106"/>
        <source>Sectors affected</source>
        <translation type="unfinished">القطاعات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="108"/>
        <source>Channel</source>
        <translation type="unfinished">القناة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="109"/>
        <source>Effect</source>
        <translation type="unfinished">الأثر</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="110"/>
        <source>Magnitude (1-3)</source>
        <translation type="unfinished">الحجم (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="112"/>
        <source>Explanation</source>
        <translation type="unfinished">الشرح</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="115"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="118"/>
        <source>Adopted</source>
        <translation type="unfinished">تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="121"/>
        <location filename="../../reports/observation_export.py" line="91"/>
        <source>Partner country</source>
        <translation type="unfinished">البلد الشريك</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="122"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="125"/>
        <source>Findings and recommendations</source>
        <translation type="unfinished">النتائج والتوصيات</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="129"/>
        <source>Priority (1-3)</source>
        <translation type="unfinished">الأولوية (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="25"/>
        <source>List the steps as numbers 0 to 7, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="32"/>
        <source>A validated lesson needs its recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="37"/>
        <source>GMG expert missions</source>
        <translation type="unfinished">بعثات خبراء الفريق العالمي المعني بالهجرة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="38"/>
        <source>Agency</source>
        <translation type="unfinished">الوكالة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="39"/>
        <source>Expert</source>
        <translation type="unfinished">الخبير</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="40"/>
        <source>Mode</source>
        <translation type="unfinished">الطريقة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="43"/>
        <source>Steps supported (numbers, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="45"/>
        <source>Mission report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="49"/>
        <source>Lessons learned</source>
        <translation type="unfinished">الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="50"/>
        <source>Theme</source>
        <translation type="unfinished">الموضوع</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="51"/>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="52"/>
        <source>What happened</source>
        <translation type="unfinished">ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="53"/>
        <source>Why</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="55"/>
        <source>Applies to</source>
        <translation type="unfinished">نطاق الانطباق</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="57"/>
        <source>Validated by</source>
        <translation type="unfinished">صادق عليه</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="60"/>
        <source>Peer exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="61"/>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="62"/>
        <source>Visiting countries (ISO3 codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="65"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="69"/>
        <source>Lessons of every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="72"/>
        <source>Handbook change proposals</source>
        <translation type="unfinished">مقترحات تغيير الدليل</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="74"/>
        <source>Handbook section</source>
        <translation type="unfinished">قسم الدليل</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="75"/>
        <source>Proposed change</source>
        <translation type="unfinished">التغيير المقترح</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="79"/>
        <source>Lessons behind each proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="81"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="82"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="33"/>
        <source>Migration profile: observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="34"/>
        <source>Profile observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="35"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="36"/>
        <source>All other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="82"/>
        <source>Indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="85"/>
        <source>Period</source>
        <translation type="unfinished">الفترة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="90"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="99"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="100"/>
        <source>Migration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="101"/>
        <source>Voluntariness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="102"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="103"/>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="104"/>
        <source>Occupation (ISCO-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="105"/>
        <source>Education (ISCED 2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="106"/>
        <source>Economic sector (ISIC Rev.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="107"/>
        <source>Type of data (UN DESA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="109"/>
        <source>Source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="110"/>
        <source>Preferred value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="72"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="73"/>
        <source>Mainstream Desktop: record tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="74"/>
        <source>Workspace</source>
        <translation type="unfinished">مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="75"/>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="76"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="77"/>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="78"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="79"/>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>Left out as personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="81"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="54"/>
        <source>Mainstream Desktop: workspace {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="55"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="56"/>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="57"/>
        <source>{name} ({kind} site {site_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="59"/>
        <source>this installation (no site identity yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="60"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="61"/>
        <source>Readiness checklist</source>
        <translation type="unfinished">قائمة التحقق من الجاهزية</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Comment</source>
        <translation type="unfinished">التعليق</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="56"/>
        <source>Cover and summary</source>
        <translation>الغلاف والملخص</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="65"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>الخيط الناظم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>مصادر البيانات والثغرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>حالة المراجعة والتعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="110"/>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Country report</source>
        <translation>التقرير القطري</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="118"/>
        <source>Writing the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="129"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>تعميم مراعاة الهجرة في تخطيط التنمية: أين وصل العمل، خطوةً بخطوة، بأدلته وخطته ومؤشراته وتمويله.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Workspace: {code}</source>
        <translation>مساحة العمل: {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="133"/>
        <location filename="../../reports/pdf_lessons.py" line="118"/>
        <source>Produced on {date}</source>
        <translation>أُعدّ في {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="121"/>
        <source>Produced by the site: {site}</source>
        <translation>أعدّه الموقع: {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="137"/>
        <source>Personal data included</source>
        <translation>يتضمن بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="138"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>دون بيانات شخصية: حُذفت الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="125"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="151"/>
        <source>The steps at a glance</source>
        <translation>الخطوات في لمحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="152"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>أين تقف كل خطوة من خطوات الدليل بالنسبة إلى {country}، ومدى اكتمال سجلاتها، وتعليقات المراجعة التي لا تزال مفتوحة بشأنها.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="161"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="162"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>العنوان</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <source>Complete</source>
        <translation>نسبة الاكتمال</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>التعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="181"/>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="182"/>
        <source>Steps approved</source>
        <translation>الخطوات المعتمدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="183"/>
        <source>Average completeness of the steps</source>
        <translation>متوسط اكتمال الخطوات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Broken links in the golden thread</source>
        <translation>الروابط المقطوعة في الخيط الناظم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>أولويات السياسات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Indicators on track or met</source>
        <translation>المؤشرات التي تسير على المسار أو المحققة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>المهاجرون المقيمون في الخارج، {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <location filename="../../reports/pdf_country_steps.py" line="53"/>
        <source>Remittances as a share of GDP (%), {year}</source>
        <translation>التحويلات المالية كنسبة من الناتج المحلي الإجمالي (%)، {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="17"/>
        <source>On track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="18"/>
        <source>Some delay</source>
        <translation>بعض التأخير</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="19"/>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="20"/>
        <source>Not reported</source>
        <translation>لم يُبلَّغ عنه</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="21"/>
        <source>Target met</source>
        <translation>تحقق الهدف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="33"/>
        <source>Planning instrument</source>
        <translation>أداة التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="34"/>
        <location filename="../../reports/pdf_country_plan.py" line="126"/>
        <location filename="../../reports/pdf_country_review.py" line="105"/>
        <location filename="../../reports/pdf_country_steps.py" line="211"/>
        <location filename="../../reports/pdf_country_steps.py" line="239"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="36"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>مستوى التعميم (0-4)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="37"/>
        <location filename="../../reports/pdf_country_review.py" line="158"/>
        <location filename="../../reports/pdf_country_steps.py" line="248"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="38"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="39"/>
        <source>Planning instruments</source>
        <translation>أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="41"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="42"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="43"/>
        <location filename="../../reports/pdf_country_steps.py" line="163"/>
        <location filename="../../reports/pdf_country_steps.py" line="180"/>
        <source>Policy area</source>
        <translation>مجال السياسات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="45"/>
        <source>Endorsed by</source>
        <translation>اعتمدته</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="49"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="50"/>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="51"/>
        <location filename="../../reports/pdf_country_plan.py" line="132"/>
        <location filename="../../reports/pdf_country_plan.py" line="148"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="52"/>
        <location filename="../../reports/pdf_country_plan.py" line="133"/>
        <location filename="../../reports/pdf_country_plan.py" line="149"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="53"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="54"/>
        <location filename="../../reports/pdf_country_plan.py" line="135"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="56"/>
        <source>Costed action plan</source>
        <translation>خطة العمل المحددة التكاليف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="70"/>
        <source>Costed actions</source>
        <translation>الإجراءات المحددة التكاليف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="71"/>
        <source>Cost of the plan (USD)</source>
        <translation>تكلفة الخطة (دولار أمريكي)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="72"/>
        <source>Funded (USD)</source>
        <translation>المموَّل (دولار أمريكي)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="73"/>
        <source>Funding gap (USD)</source>
        <translation>فجوة التمويل (دولار أمريكي)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="84"/>
        <source>Indicators and their traffic lights</source>
        <translation>المؤشرات وإشارات حالتها</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="95"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="96"/>
        <location filename="../../reports/pdf_country_steps.py" line="149"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="97"/>
        <location filename="../../reports/pdf_country_steps.py" line="152"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="98"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="99"/>
        <source>Final target</source>
        <translation>الهدف النهائي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="100"/>
        <source>Latest</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="104"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="105"/>
        <source>Evaluator</source>
        <translation>المقيِّم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="106"/>
        <source>Planned for</source>
        <translation>مقرر في</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="107"/>
        <source>Completed on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="108"/>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="109"/>
        <source>Evaluations</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="111"/>
        <location filename="../../reports/pdf_country_plan.py" line="156"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="112"/>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="113"/>
        <location filename="../../reports/pdf_country_steps.py" line="217"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="115"/>
        <source>Management responses</source>
        <translation>ردود الإدارة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="125"/>
        <location filename="../../reports/pdf_country_plan.py" line="131"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="127"/>
        <source>GMG agency</source>
        <translation>وكالة الفريق العالمي المعني بالهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="128"/>
        <source>Development partners</source>
        <translation>شركاء التنمية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="130"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="134"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="137"/>
        <source>Migration-related projects</source>
        <translation>المشاريع المتصلة بالهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="145"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="146"/>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="147"/>
        <source>Mode</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="150"/>
        <source>Steps supported</source>
        <translation>الخطوات المدعومة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="151"/>
        <source>GMG expert missions</source>
        <translation>بعثات خبراء الفريق العالمي المعني بالهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="153"/>
        <location filename="../../reports/pdf_lessons.py" line="155"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="187"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Applies to</source>
        <translation>نطاق الانطباق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="84"/>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="19"/>
        <source>Priority without evidence</source>
        <translation>أولوية بلا أدلة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="20"/>
        <source>Endorsed priority without actions</source>
        <translation>أولوية معتمدة بلا إجراءات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="21"/>
        <source>Endorsed priority without funding</source>
        <translation>أولوية معتمدة بلا تمويل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="22"/>
        <source>Action outside the plan</source>
        <translation>إجراء خارج الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="23"/>
        <source>Action nothing measures</source>
        <translation>إجراء لا يقيسه أي مؤشر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="24"/>
        <source>Indicator without baseline</source>
        <translation>مؤشر بلا خط أساس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="25"/>
        <source>Indicator without target</source>
        <translation>مؤشر بلا هدف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="26"/>
        <source>Plan nothing measures</source>
        <translation>خطة لا يقيسها أي مؤشر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="29"/>
        <source>Blocker</source>
        <translation>مانع</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="30"/>
        <source>Major</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="31"/>
        <source>Minor</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="32"/>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="35"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="36"/>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="43"/>
        <source>From the evidence to each priority, its actions and where they land in the plan, the indicators that measure them and the money behind them.</source>
        <translation>من الأدلة إلى كل أولوية، وإجراءاتها وموقعها في الخطة، والمؤشرات التي تقيسها، والأموال التي تدعمها.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="47"/>
        <source>No policy priority has been recorded yet, so there is no thread to follow.</source>
        <translation>لم تُسجَّل أي أولوية سياسات بعد، لذا لا يوجد خيط يمكن تتبعه.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="51"/>
        <source>Priorities traced</source>
        <translation>الأولويات المتتبَّعة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="52"/>
        <source>Complete threads</source>
        <translation>الخيوط المكتملة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="53"/>
        <location filename="../../reports/pdf_country_review.py" line="57"/>
        <location filename="../../reports/pdf_country_review.py" line="93"/>
        <source>Broken links</source>
        <translation>الروابط المقطوعة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="58"/>
        <source>Gap</source>
        <translation>الثغرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="59"/>
        <source>What is missing</source>
        <translation>ما الذي ينقص</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="78"/>
        <source>not costed</source>
        <translation>غير محدد التكلفة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="79"/>
        <source>{action} (cost {cost}, funded {funded})</source>
        <translation>{action} (التكلفة {cost}، الممول {funded})</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="87"/>
        <location filename="../../reports/pdf_country_steps.py" line="167"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="88"/>
        <source>Consultation inputs</source>
        <translation>مدخلات المشاورات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="89"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="90"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="91"/>
        <source>Partner projects</source>
        <translation>مشاريع الشركاء</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="101"/>
        <source>The sources the migration profile draws on, what they cover and what is missing.</source>
        <translation>المصادر التي يستند إليها ملف الهجرة، وما تغطيه، وما ينقصها.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="104"/>
        <location filename="../../reports/pdf_country_steps.py" line="153"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="106"/>
        <source>Latest year</source>
        <translation>آخر سنة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="107"/>
        <source>Access</source>
        <translation>الإتاحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="108"/>
        <source>Quality (1-5)</source>
        <translation>الجودة (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="109"/>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="112"/>
        <source>No data source has been recorded yet.</source>
        <translation>لم يُسجَّل أي مصدر بيانات بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="134"/>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="135"/>
        <location filename="../../reports/pdf_country_steps.py" line="33"/>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="136"/>
        <location filename="../../reports/pdf_country_steps.py" line="35"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="138"/>
        <source>Blocking</source>
        <translation>المانعة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="142"/>
        <source>No review comment is open.</source>
        <translation>لا توجد تعليقات مراجعة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="155"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="157"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="159"/>
        <location filename="../../reports/pdf_country_steps.py" line="209"/>
        <location filename="../../reports/pdf_country_steps.py" line="240"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="160"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="21"/>
        <source>Workspace and readiness</source>
        <translation>مساحة العمل والجاهزية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="22"/>
        <source>Migration profile</source>
        <translation>ملف الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="23"/>
        <source>Whole-of-government</source>
        <translation>نهج الحكومة بأسرها</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="24"/>
        <source>Whole-of-society</source>
        <translation>نهج المجتمع بأسره</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="25"/>
        <source>Policy priorities in the plan</source>
        <translation>أولويات السياسات في الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="26"/>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>الرصد والتقييم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="27"/>
        <source>Coherent international support</source>
        <translation>دعم دولي متسق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="28"/>
        <source>Pilot testing and lessons learned</source>
        <translation>التجريب والدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="31"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="32"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="34"/>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="38"/>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="39"/>
        <source>Partly met</source>
        <translation>مستوفى جزئياً</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="40"/>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="41"/>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="44"/>
        <source>A. Migration trends</source>
        <translation>أ. اتجاهات الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="45"/>
        <source>B. Impacts of migration</source>
        <translation>ب. آثار الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="46"/>
        <source>C. Migration governance</source>
        <translation>ج. حوكمة الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="47"/>
        <source>D. Findings and recommendations</source>
        <translation>د. النتائج والتوصيات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="50"/>
        <source>Immigrants living in the country, {year}</source>
        <translation>المهاجرون الوافدون المقيمون في البلد، {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="52"/>
        <source>Remittances received, USD million, {year}</source>
        <translation>التحويلات المالية الواردة، بملايين الدولارات الأمريكية، {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="58"/>
        <source>Step {number}: {title}</source>
        <translation>الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="72"/>
        <source>Status: {status}. Complete: {percent}.</source>
        <translation>الحالة: {status}. نسبة الاكتمال: {percent}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="76"/>
        <source>Still missing:</source>
        <translation>لا يزال ينقص:</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="81"/>
        <source>Nothing has been recorded for this step yet.</source>
        <translation>لم يُسجَّل شيء لهذه الخطوة بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="96"/>
        <location filename="../../reports/pdf_lessons.py" line="185"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="97"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="98"/>
        <source>Programme phase</source>
        <translation>مرحلة البرنامج</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="99"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="100"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="101"/>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="104"/>
        <source>National focal point</source>
        <translation>جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="106"/>
        <source>Entry into planning</source>
        <translation>مدخل التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="107"/>
        <source>Currency and reference year</source>
        <translation>العملة وسنة الأساس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="115"/>
        <source>The readiness checklist has not been filled in yet.</source>
        <translation>لم تُملأ قائمة التحقق من الجاهزية بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="117"/>
        <source>Readiness checklist</source>
        <translation>قائمة التحقق من الجاهزية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="124"/>
        <source>Evidence: {title}</source>
        <translation>الدليل: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="128"/>
        <source>Precondition</source>
        <translation>الشرط المسبق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="130"/>
        <source>Comment and evidence</source>
        <translation>التعليق والدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="148"/>
        <source>Headline figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="150"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="151"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="159"/>
        <source>Charts of the profile</source>
        <translation>الرسوم البيانية للملف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="164"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="165"/>
        <source>Effect</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="166"/>
        <source>Magnitude (1-3)</source>
        <translation>الحجم (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="168"/>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="169"/>
        <source>Sectors affected</source>
        <translation>القطاعات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="171"/>
        <location filename="../../reports/pdf_country_steps.py" line="178"/>
        <location filename="../../reports/pdf_country_steps.py" line="194"/>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="173"/>
        <source>Adopted</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="175"/>
        <source>Partner country</source>
        <translation>البلد الشريك</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="176"/>
        <source>Laws, policies and agreements</source>
        <translation>القوانين والسياسات والاتفاقات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="179"/>
        <source>Finding or recommendation</source>
        <translation>النتيجة أو التوصية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="181"/>
        <source>Priority (1-3)</source>
        <translation>الأولوية (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="182"/>
        <source>Findings and recommendations</source>
        <translation>النتائج والتوصيات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="210"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="195"/>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="196"/>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="197"/>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="199"/>
        <source>Coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="204"/>
        <source>Members of the mechanism: {members}; sector focal points among them: {focal}.</source>
        <translation>أعضاء الآلية: {members}؛ ومنهم جهات تنسيق قطاعية: {focal}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="212"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="213"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="215"/>
        <source>Decision or action</source>
        <translation>القرار أو الإجراء</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="216"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="219"/>
        <source>Decisions and action items</source>
        <translation>القرارات وبنود العمل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="230"/>
        <source>Stakeholder</source>
        <translation>صاحب المصلحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="231"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="232"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="233"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="234"/>
        <source>Engagement</source>
        <translation>مستوى المشاركة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="235"/>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="238"/>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="241"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="242"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="243"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="244"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="247"/>
        <source>Input</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="249"/>
        <source>Disposition</source>
        <translation>ما اتُّخذ بشأنه</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="250"/>
        <source>Fed the priority</source>
        <translation>غذّى الأولوية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="251"/>
        <source>Inputs received and what became of them</source>
        <translation>المدخلات الواردة وما آلت إليه</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="71"/>
        <source>Page {page} of {total}</source>
        <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="72"/>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="172"/>
        <source>Laying out the pages</source>
        <translation>تنسيق الصفحات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="33"/>
        <source>Political commitment</source>
        <translation>الالتزام السياسي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="34"/>
        <source>Institutional set-up</source>
        <translation>الترتيبات المؤسسية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Planning integration</source>
        <translation>الإدماج في التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="38"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Capacity</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>UN coordination</source>
        <translation>تنسيق الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="42"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="45"/>
        <source>Country-specific</source>
        <translation>خاص بالبلد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="46"/>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="50"/>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="51"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Incorporated</source>
        <translation>مُدرج</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="82"/>
        <source>Reading the workspace</source>
        <translation>قراءة مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="77"/>
        <source>Reading the lessons</source>
        <translation>قراءة الدروس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="90"/>
        <source>Writing the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="92"/>
        <source>Consolidated lessons-learned report</source>
        <translation>التقرير الموحد للدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="108"/>
        <source>Cross-country</source>
        <translation>عدة بلدان</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="115"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>ما تعلّمته البلدان الرائدة أثناء تعميم مراعاة الهجرة في تخطيطها الإنمائي، والتغييرات التي تستدعيها هذه الدروس في الدليل.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="122"/>
        <location filename="../../reports/pdf_lessons.py" line="172"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>الدروس: {lessons} · البلدان: {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <source>Consolidated report</source>
        <translation>تقرير موحد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="133"/>
        <source>Lessons by theme and country</source>
        <translation>الدروس حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>No lesson has been recorded yet.</source>
        <translation>لم يُسجَّل أي درس بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="138"/>
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="158"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <source>Recurring themes</source>
        <translation>الموضوعات المتكررة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <source>Handbook change proposals</source>
        <translation>مقترحات تغيير الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>الموضوعات التي تضم دروساً من {count} بلدان أو أكثر تتكرر في مجمل الحافظة؛ وهي مُبرَزة.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="168"/>
        <source>The lessons, theme by theme</source>
        <translation>الدروس، موضوعاً تلو الآخر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="175"/>
        <source>a recurring theme across the portfolio</source>
        <translation>موضوع متكرر في مجمل الحافظة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="184"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="191"/>
        <source>Validated by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="203"/>
        <source>Proposed changes to the handbook</source>
        <translation>التغييرات المقترحة على الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>لم يُقترح أي تغيير على الدليل بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>كل مقترح مع الدروس التي يستند إليها (مرقّمة كما في الدروس أعلاه).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="220"/>
        <source>no lesson linked yet</source>
        <translation>لا يوجد درس مرتبط بعد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="221"/>
        <source>Handbook section</source>
        <translation>قسم الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>Proposed change</source>
        <translation>التغيير المقترح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Lessons behind it</source>
        <translation>الدروس التي يستند إليها</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../core/review.py" line="138"/>
        <source>Only the GMG hub writes review comments; a country answers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="141"/>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="143"/>
        <source>There is no such step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="159"/>
        <source>Write the answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="165"/>
        <source>This comment is closed; the hub can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="182"/>
        <source>Only the GMG hub closes or reopens a review comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="190"/>
        <source>A step is submitted for review by its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="195"/>
        <source>This step is already submitted or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="203"/>
        <location filename="../../core/review.py" line="214"/>
        <source>Only the GMG hub decides on a step&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="205"/>
        <source>Say what must change before the step can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="218"/>
        <source>{count} blocker or major comment(s) on this step are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="58"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="58"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="59"/>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="59"/>
        <source>submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="64"/>
        <source>blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="64"/>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="65"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="65"/>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="69"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="69"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="70"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="70"/>
        <source>won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="75"/>
        <source>Whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="78"/>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="100"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="101"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="129"/>
        <source>Reading the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="132"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="132"/>
        <location filename="../../ui/widgets/review_desk.py" line="142"/>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="132"/>
        <location filename="../../ui/widgets/review_desk.py" line="142"/>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="132"/>
        <source>Submitted</source>
        <translation type="unfinished">مقدَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="133"/>
        <source>Open comments</source>
        <translation type="unfinished">التعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Review status of each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="142"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="142"/>
        <location filename="../../ui/widgets/review_desk.py" line="352"/>
        <source>Comment</source>
        <translation type="unfinished">التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="142"/>
        <source>Severity</source>
        <translation type="unfinished">الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="143"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="152"/>
        <source>&amp;Submit for review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="153"/>
        <source>&amp;Request changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="154"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="155"/>
        <source>&amp;New comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="156"/>
        <source>A&amp;nswer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="157"/>
        <source>Mark &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="158"/>
        <source>&amp;Won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="159"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="160"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="221"/>
        <source>Reading the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="237"/>
        <source>{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them blocker or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="250"/>
        <source>{open} ({blocking} blocking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="293"/>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="332"/>
        <source>A note for the reviewers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="332"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="335"/>
        <source>Submitting the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="341"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="341"/>
        <source>What must change before the step can be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="344"/>
        <source>Requesting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="349"/>
        <source>Approving the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="352"/>
        <source>New review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="355"/>
        <source>Saving the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="361"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="361"/>
        <source>Answer the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="364"/>
        <source>Saving the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="369"/>
        <source>Saving the comment&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="377"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/status_texts.py" line="13"/>
        <source>Not started</source>
        <translation type="unfinished">لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="14"/>
        <source>In progress</source>
        <translation type="unfinished">قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="15"/>
        <source>Submitted</source>
        <translation type="unfinished">مقدَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="16"/>
        <source>Changes requested</source>
        <translation type="unfinished">طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="17"/>
        <source>Approved</source>
        <translation type="unfinished">معتمدة</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="41"/>
        <source>Priority without evidence</source>
        <translation type="unfinished">أولوية بلا أدلة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="42"/>
        <source>Endorsed priority without actions</source>
        <translation type="unfinished">أولوية معتمدة بلا إجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="43"/>
        <source>Endorsed priority without funding</source>
        <translation type="unfinished">أولوية معتمدة بلا تمويل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="44"/>
        <source>Action outside the plan</source>
        <translation type="unfinished">إجراء خارج الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="45"/>
        <source>Action nothing measures</source>
        <translation type="unfinished">إجراء لا يقيسه أي مؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="46"/>
        <source>Indicator without baseline</source>
        <translation type="unfinished">مؤشر بلا خط أساس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="47"/>
        <source>Indicator without target</source>
        <translation type="unfinished">مؤشر بلا هدف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="48"/>
        <source>Instrument without indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
