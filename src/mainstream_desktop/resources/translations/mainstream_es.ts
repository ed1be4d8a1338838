<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="37"/>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation>Registro de auditoría escrito: {count} cambio(s) de {code} en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="49"/>
        <source>Writing the audit trail</source>
        <translation>Escribiendo el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="64"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="69"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="70"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="71"/>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="75"/>
        <location filename="../../ui/widgets/chart_panel.py" line="97"/>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="105"/>
        <source>Drawing the chart</source>
        <translation>Dibujando el gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="174"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="177"/>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="181"/>
        <source>Export the chart&apos;s data</source>
        <translation>Exportar los datos del gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="24"/>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cuál?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Column in your file</source>
        <translation>Columna en su archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Means</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="34"/>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Columns marked * are needed. Every number also needs a unit; the workspace&apos;s country is used when no country column is given.</source>
        <translation>Las columnas marcadas con * son obligatorias. Cada número necesita además una unidad; si no hay columna de país, se usa el país del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="100"/>
        <source>Conflicts in {code}</source>
        <translation>Conflictos en {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="102"/>
        <source>Reading the conflicts…</source>
        <translation>Leyendo los conflictos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Before both edits</source>
        <translation>Antes de ambas ediciones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <source>Value kept on every site</source>
        <translation>Valor conservado en todos los sitios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="108"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="112"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="113"/>
        <source>Keep the value every site holds now</source>
        <translation>Conservar el valor que tienen ahora todos los sitios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="115"/>
        <source>Take the other</source>
        <translation>Tomar el otro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="116"/>
        <source>Replace it with the other value, on every site</source>
        <translation>Sustituirlo por el otro valor, en todos los sitios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="118"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="119"/>
        <source>Type a value of your own</source>
        <translation>Escribir un valor propio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="121"/>
        <source>History of this record…</source>
        <translation>Historial de este registro…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="150"/>
        <source>Reading the conflicts</source>
        <translation>Leyendo los conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="167"/>
        <source>{count} open conflict(s). Every site holds the kept value; choose for each what should stay. Your answer travels with the next bundle and closes the conflict on every site.</source>
        <translation>{count} conflicto(s) abierto(s). Todos los sitios tienen el valor conservado; elija en cada caso qué debe quedar. Su respuesta viaja con el próximo paquete y cierra el conflicto en todos los sitios.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="175"/>
        <source>No open conflict in {code}.</source>
        <translation>No hay conflictos abiertos en {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="191"/>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>Guardando la respuesta</translation>
    </message>
</context>
<context>
    <name>CountryReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>Country report (PDF)</source>
        <translation>Informe de país (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="230"/>
        <source>Without personal data (names, e-mails, phones)</source>
        <translation>Sin datos personales (nombres, correos, teléfonos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="233"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="242"/>
        <source>Writing the country report</source>
        <translation>Redactando el informe de país</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="149"/>
        <location filename="../../ui/widgets/form_fields.py" line="166"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="150"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="151"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="180"/>
        <source>Not attached</source>
        <translation>No adjuntado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="198"/>
        <source>Attaching the document</source>
        <translation>Adjuntando el documento</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="92"/>
        <source>Send a bundle of {code}</source>
        <translation>Enviar un paquete de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="95"/>
        <source>Everything (a full bundle, for any site)</source>
        <translation>Todo (un paquete completo, para cualquier sitio)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="98"/>
        <source>Encrypt for this partner: only its site can open the file</source>
        <translation>Cifrar para este socio: solo su sitio podrá abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="99"/>
        <source>Send everything again, not only what the partner has not received yet</source>
        <translation>Volver a enviar todo, no solo lo que el socio aún no ha recibido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="102"/>
        <location filename="../../ui/dialogs/exchange_export.py" line="115"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="103"/>
        <source>a USB stick, or the folder you send mail from</source>
        <translation>una memoria USB o la carpeta desde la que envía el correo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="104"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="112"/>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="116"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="122"/>
        <source>Write the bundle</source>
        <translation>Escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="124"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>country site</source>
        <translation>sitio de país</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>hub</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="139"/>
        <source>hub site</source>
        <translation>sitio central</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="140"/>
        <source>{name} ({role}, trusted for {workspaces})</source>
        <translation>{name} ({role}, de confianza para {workspaces})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="168"/>
        <source>A full bundle carries every change of {code}, whoever wrote it, and is not encrypted. A site that trusts this site&apos;s card for {code} can import it; the changes written at other sites are applied there only if it trusts those sites too.</source>
        <translation>Un paquete completo lleva todos los cambios de {code}, los haya escrito quien sea, y no está cifrado. Un sitio que confía en la tarjeta de este sitio para {code} puede importarlo; los cambios escritos en otros sitios solo se aplican allí si también confía en esos sitios.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="172"/>
        <source>No partner is trusted yet: trust its card under Exchange › Trusted sites to send only what it lacks, encrypted for it.</source>
        <translation>Todavía no confía en ningún socio: confíe en su tarjeta en Intercambio › Sitios de confianza para enviarle solo lo que le falta, cifrado para él.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="175"/>
        <source>The bundle carries what {name} has not received from this site yet; the next bundle for it starts where this one ends.</source>
        <translation>El paquete lleva lo que {name} aún no ha recibido de este sitio; el próximo paquete para él empezará donde termina este.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="215"/>
        <source>{count} changes written</source>
        <translation>{count} cambios escritos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="226"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="227"/>
        <source>Writing the bundle</source>
        <translation>Escribiendo el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="233"/>
        <source>Bundle written: {path}</source>
        <translation>Paquete escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="234"/>
        <source>{changes} change(s) and {attachments} attachment(s), {size}.</source>
        <translation>{changes} cambio(s) y {attachments} adjunto(s), {size}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="238"/>
        <source>Everything of {code}, for {name}.</source>
        <translation>Todo {code}, para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="240"/>
        <source>What {name} had not received yet.</source>
        <translation>Lo que {name} aún no había recibido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="242"/>
        <source>Everything of {code}, for any site that trusts this one.</source>
        <translation>Todo {code}, para cualquier sitio que confíe en este.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="245"/>
        <source>Nothing new for {name}: the bundle carries no change (importing it does no harm).</source>
        <translation>Nada nuevo para {name}: el paquete no lleva ningún cambio (importarlo no causa ningún daño).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="247"/>
        <source>Encrypted for {name}: only its site can open it.</source>
        <translation>Cifrado para {name}: solo su sitio puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="249"/>
        <source>Not encrypted: it is signed, so any change to it is detected, but anyone can read it.</source>
        <translation>Sin cifrar: está firmado, por lo que se detecta cualquier alteración, pero cualquiera puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="261"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="269"/>
        <source>The bundle was not written: {reason}</source>
        <translation>El paquete no se escribió: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="274"/>
        <source>Unlocking the keys</source>
        <translation>Desbloqueando las claves</translation>
    </message>
    <message>
        <source>A full bundle carries every change of {code}. Any site that trusts this site&apos;s card for {code} can import it; it is not encrypted.</source>
        <translation type="obsolete">Un paquete completo lleva todos los cambios de {code}. Cualquier sitio que confíe en la tarjeta de este sitio para {code} puede importarlo; no va cifrado.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>records this site does not have yet</source>
        <translation>registros que este sitio aún no tiene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>changes applied to records that are here</source>
        <translation>cambios aplicados a registros que ya están aquí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>already so here</source>
        <translation>ya estaban así aquí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>Already here</source>
        <translation>Ya estaban aquí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>changes received before (a bundle sent twice, or passed on)</source>
        <translation>cambios recibidos antes (un paquete enviado dos veces o reenviado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>Conflicting</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>edited here and there at once: both values are kept; see Exchange › Conflicts</source>
        <translation>editados aquí y allá a la vez: se conservan ambos valores; vea Intercambio › Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>waiting for earlier changes from their sender; applied when those arrive</source>
        <translation>esperan cambios anteriores de su remitente; se aplicarán cuando lleguen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>refused with the reason; kept aside, never applied</source>
        <translation>rechazados con el motivo; se guardan aparte y nunca se aplican</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="97"/>
        <source>Receive a bundle</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="101"/>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="113"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="115"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="116"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="117"/>
        <source>Choose a bundle file: it is checked and rehearsed first; nothing is written until you press Import.</source>
        <translation>Elija un archivo de paquete: primero se verifica y se ensaya; no se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>How many</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="124"/>
        <source>Changes in the bundle, by category</source>
        <translation>Cambios del paquete, por categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="126"/>
        <location filename="../../ui/dialogs/exchange_import.py" line="137"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="132"/>
        <source>Changes in the bundle, one by one</source>
        <translation>Cambios del paquete, uno por uno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="141"/>
        <source>New records and unchanged ones are counted, not listed.</source>
        <translation>Los registros nuevos y los que no cambian se cuentan, pero no se enumeran.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="149"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="153"/>
        <source>Check the next of the bundles chosen together</source>
        <translation>Comprobar el siguiente de los paquetes elegidos juntos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="173"/>
        <source>Trusted sites…</source>
        <translation>Sitios de confianza…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="199"/>
        <source>Next bundle ({count} left)</source>
        <translation>Paquete siguiente (quedan {count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="211"/>
        <source>Checking {name}…</source>
        <translation>Verificando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="213"/>
        <source>Checking the bundle</source>
        <translation>Verificando el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="218"/>
        <source>{done} of {total} changes</source>
        <translation>{done} de {total} cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="237"/>
        <source>Preview: nothing has been written yet. {total} change(s) from {sender}.</source>
        <translation>Vista previa: todavía no se ha escrito nada. {total} cambio(s) de {sender}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="246"/>
        <source>{count} change(s) conflict with edits made here: the same value is kept on every site, and the other one waits under Exchange › Conflicts.</source>
        <translation>{count} cambio(s) entran en conflicto con ediciones hechas aquí: se conserva el mismo valor en todos los sitios y el otro queda pendiente en Intercambio › Conflictos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="250"/>
        <source>{count} change(s) wait for earlier changes from their sender: import the bundles in between (or a full bundle).</source>
        <translation>{count} cambio(s) esperan cambios anteriores de su remitente: importe los paquetes intermedios (o un paquete completo).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="253"/>
        <source>{count} change(s) are rejected: see the reasons below.</source>
        <translation>{count} cambio(s) rechazado(s): vea los motivos más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="256"/>
        <source>Every change of this bundle is here already.</source>
        <translation>Todos los cambios de este paquete ya están aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="265"/>
        <source>{code} (not the workspace open now, {current})</source>
        <translation>{code} (no es el espacio de trabajo abierto ahora, {current})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>changes since the last bundle</source>
        <translation>cambios desde el último paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="268"/>
        <source>{kind}, {total} change(s); id {id}</source>
        <translation>{kind}, {total} cambio(s); id {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="271"/>
        <source>Already imported on {when}: nothing to do.</source>
        <translation>Ya se importó el {when}: no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="288"/>
        <source>Every change listed ({count})</source>
        <translation>Todos los cambios enumerados ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="320"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="322"/>
        <source>Importing the bundle</source>
        <translation>Importando el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="330"/>
        <source>Applied {count} change(s) from {sender} to {code}.</source>
        <translation>Se aplicaron {count} cambio(s) de {sender} a {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="331"/>
        <source>Nothing from {sender} was applied to {code}.</source>
        <translation>No se aplicó nada de {sender} a {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="335"/>
        <source>{count} change(s) that were waiting could be applied now.</source>
        <translation>{count} cambio(s) que estaban en espera se pudieron aplicar ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="338"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Antes se hizo una copia de seguridad verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="356"/>
        <source>Cancelled: nothing was imported (an import is all or nothing).</source>
        <translation>Cancelado: no se importó nada (una importación es todo o nada).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="357"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="360"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>El paquete no se importó: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="363"/>
        <source>The bundle was refused; nothing was written.</source>
        <translation>El paquete fue rechazado; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="364"/>
        <source>If the sender is not trusted yet, or not for this workspace: check the fingerprint of its card with the sender by phone, trust it under &lt;b&gt;Trusted sites…&lt;/b&gt;, then choose the file again.</source>
        <translation>Si el remitente aún no es de confianza, o no lo es para este espacio de trabajo: compruebe por teléfono con el remitente la huella digital de su tarjeta, confíe en ella en &lt;b&gt;Sitios de confianza…&lt;/b&gt; y vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="367"/>
        <source>If the file was altered or damaged on the way: ask the sender to write it again.</source>
        <translation>Si el archivo se alteró o dañó por el camino: pida al remitente que lo vuelva a escribir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="368"/>
        <source>If it was made by a newer version of the program: update Mainstream Desktop.</source>
        <translation>Si lo creó una versión más reciente del programa: actualice Mainstream Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="377"/>
        <source>Unlocking the keys</source>
        <translation>Desbloqueando las claves</translation>
    </message>
    <message>
        <source>Imported {total} change(s) from {sender} into {code}.</source>
        <translation type="obsolete">Se importaron {total} cambio(s) de {sender} en {code}.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="190"/>
        <source>Exchange status of {code}</source>
        <translation>Estado de los intercambios de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="194"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="105"/>
        <location filename="../../ui/widgets/exchange_status.py" line="133"/>
        <source>Reading the exchange status…</source>
        <translation>Leyendo el estado de los intercambios…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Sent up to</source>
        <translation>Enviado hasta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Received up to</source>
        <translation>Recibido hasta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Partner sites</source>
        <translation>Sitios socios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>“Sent up to” and “Received up to” are for this workspace: the highest change number sent to the partner, and the number up to which every change of the partner is here. The last sent and received times are for any workspace.</source>
        <translation>«Enviado hasta» y «Recibido hasta» se refieren a este espacio de trabajo: el número de cambio más alto enviado al socio y el número hasta el cual están aquí todos los cambios del socio. Las horas del último envío y de la última recepción se refieren a cualquier espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="121"/>
        <source>Changes waiting or refused</source>
        <translation>Cambios en espera o rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="135"/>
        <source>Reading the exchange status</source>
        <translation>Leyendo el estado de los intercambios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="143"/>
        <source>Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).</source>
        <translation>Intercambios de {code} en {site}: {partners} sitio(s) socio(s); {conflicts} conflicto(s) abierto(s).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="151"/>
        <source>(no longer trusted) {site}</source>
        <translation>(ya no es de confianza) {site}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="157"/>
        <source>{held} change(s) waiting for earlier changes from their sender (they are applied when those arrive); {rejected} rejected (kept here with the reason, never applied).</source>
        <translation>{held} cambio(s) en espera de cambios anteriores de su remitente (se aplicarán cuando lleguen); {rejected} rechazado(s) (se guardan aquí con el motivo y nunca se aplican).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub site</source>
        <translation>sitio central</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="173"/>
        <source>country site</source>
        <translation>sitio de país</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="175"/>
        <source> (not trusted for this workspace)</source>
        <translation> (no es de confianza para este espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="180"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>change {number}</source>
        <translation>cambio {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
</context>
<context>
    <name>HubRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="23"/>
        <source>Peer exchanges and handbook proposals</source>
        <translation>Intercambios entre pares y propuestas sobre el manual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="24"/>
        <source>Records of the whole pilot portfolio, kept at this site: the learning missions between countries, and the changes to the handbook proposed from the lessons.</source>
        <translation>Registros de toda la cartera piloto, guardados en este sitio: las misiones de aprendizaje entre países y los cambios al manual propuestos a partir de las lecciones.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="34"/>
        <source>Lessons behind each proposal</source>
        <translation>Lecciones en que se basa cada propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="37"/>
        <source>Peer exchanges</source>
        <translation>Intercambios entre pares</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="38"/>
        <source>Handbook proposals</source>
        <translation>Propuestas sobre el manual</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="60"/>
        <source>Import a statistics table into {code}</source>
        <translation>Importar una tabla estadística en {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="64"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>UN DESA migrant stock or flows</source>
        <translation>Stock o flujos de migrantes de UN DESA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>UNHCR population statistics</source>
        <translation>Estadísticas de población del ACNUR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>World Bank WDI download</source>
        <translation>Descarga de los WDI del Banco Mundial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>ILOSTAT CSV</source>
        <translation>CSV de ILOSTAT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>Mainstream Desktop template</source>
        <translation>Plantilla de Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="73"/>
        <source>Map columns…</source>
        <translation>Asignar columnas…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="74"/>
        <source>For a spreadsheet of your own: say which column holds what.</source>
        <translation>Para una hoja de cálculo propia: indique qué columna contiene qué.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="79"/>
        <source>Save an empty template…</source>
        <translation>Guardar una plantilla vacía…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="86"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="87"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="88"/>
        <source>Choose a file: nothing is written until you press Import.</source>
        <translation>Elija un archivo: no se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Why it was rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="95"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="132"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="141"/>
        <source>Reading the table</source>
        <translation>Leyendo la tabla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="146"/>
        <source>Preview of {name} ({source}): nothing has been written yet.</source>
        <translation>Vista previa de {name} ({source}): todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="154"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} por añadir, {updated} por actualizar, {unchanged} sin cambios, {rejected} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="158"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} añadidas, {updated} actualizadas, {unchanged} sin cambios, {rejected} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="161"/>
        <source>{count} rows concern other countries and are left out.</source>
        <translation>{count} filas se refieren a otros países y se omiten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="164"/>
        <source>Nothing to import: this workspace already holds every row of the file.</source>
        <translation>Nada que importar: este espacio de trabajo ya contiene todas las filas del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="176"/>
        <source>For a spreadsheet of your own, press “Map columns…” and say which column holds what.</source>
        <translation>Para una hoja de cálculo propia, pulse «Asignar columnas…» e indique qué columna contiene qué.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="186"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="190"/>
        <source>Imported from {source}.</source>
        <translation>Importado de {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="215"/>
        <source>Reading the columns</source>
        <translation>Leyendo las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="236"/>
        <source>Template saved: {path}</source>
        <translation>Plantilla guardada: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="239"/>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LessonsReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="264"/>
        <source>Lessons-learned report (PDF)</source>
        <translation>Informe de lecciones aprendidas (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="265"/>
        <source>The lessons of every workspace in this data folder, by theme and country, and the handbook changes they call for.</source>
        <translation>Las lecciones de todos los espacios de trabajo de esta carpeta de datos, por tema y por país, y los cambios al manual que reclaman.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="276"/>
        <source>Writing the lessons-learned report</source>
        <translation>Redactando el informe de lecciones aprendidas</translation>
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
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&lt;h2&gt;Opening the data folder…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Abriendo la carpeta de datos…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>  ·  Site: {name}</source>
        <translation>  ·  Sitio: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;&lt;p&gt;Create one with &lt;b&gt;File › New workspace&lt;/b&gt;, or start the program with &lt;code&gt;--demo&lt;/code&gt; to explore the eight pilot countries.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay ningún espacio de trabajo&lt;/h2&gt;&lt;p&gt;Cree uno con &lt;b&gt;Archivo › Nuevo espacio de trabajo&lt;/b&gt;, o inicie el programa con &lt;code&gt;--demo&lt;/code&gt; para explorar los ocho países piloto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Open data folder</source>
        <translation>A&amp;brir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About Mainstream Desktop</source>
        <translation>&amp;Acerca de Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recibir un paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Enviar un paquete…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Trusted sites…</source>
        <translation>Sitios de con&amp;fianza…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Exchange &amp;status…</source>
        <translation>E&amp;stado de los intercambios…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Export the &amp;audit trail…</source>
        <translation>Exportar el registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Every change of the workspace, who made it and when, as a CSV file</source>
        <translation>Cada cambio del espacio de trabajo, quién lo hizo y cuándo, en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Review &amp;desk…</source>
        <translation>&amp;Panel de revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Peer exchanges and handbook proposals…</source>
        <translation>&amp;Intercambios entre pares y propuestas sobre el manual…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Reports</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Country report (PDF)…</source>
        <translation>&amp;Informe de país (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Lessons-learned report (PDF)…</source>
        <translation>Informe de &amp;lecciones aprendidas (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Export workspace to &amp;Excel…</source>
        <translation>Exportar el espacio de trabajo a &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Export workspace to C&amp;SV…</source>
        <translation>Exportar el espacio de trabajo a C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Where every workspace of this data folder stands, side by side</source>
        <translation>En qué punto está cada espacio de trabajo de esta carpeta de datos, uno junto a otro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>The window cannot open</source>
        <translation>La ventana no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Workspace: </source>
        <translation>Espacio de trabajo: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>The wizard cannot open</source>
        <translation>El asistente no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Workspace {code} saved</source>
        <translation>Espacio de trabajo {code} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>The audit trail was not written</source>
        <translation>No se escribió el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Backup written and verified: {path}</source>
        <translation>Copia de seguridad escrita y verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Backing up the database</source>
        <translation>Haciendo una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Still working: close again when the task has finished.</source>
        <translation>Todavía hay trabajo en curso: vuelva a cerrar cuando la tarea haya terminado.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="30"/>
        <source>What the numbers say, in a few sentences…</source>
        <translation>Lo que dicen las cifras, en pocas frases…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="32"/>
        <source>This section is done</source>
        <translation>Esta sección está terminada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="71"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="54"/>
        <source>{done} of {total} rows</source>
        <translation>{done} de {total} filas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="66"/>
        <source>Exporting the observations</source>
        <translation>Exportando las observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="72"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="73"/>
        <source>{rows} observations (the rows the filters show) written to
{path}</source>
        <translation>{rows} observaciones (las filas que muestran los filtros) escritas en
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="79"/>
        <location filename="../../ui/widgets/observation_export.py" line="82"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="80"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ObservationTable</name>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="125"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="126"/>
        <source>Save the rows the filters show (all of them, in this order) as an Excel workbook or a CSV file</source>
        <translation>Guardar las filas que muestran los filtros (todas, en este orden) como libro de Excel o archivo CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="139"/>
        <source>The change was refused</source>
        <translation>El cambio fue rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="149"/>
        <source>Search indicator, partner, note or source…</source>
        <translation>Buscar indicador, país, nota o fuente…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="152"/>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Any sex</source>
        <translation>Cualquier sexo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="159"/>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="161"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="169"/>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Years:</source>
        <translation>Años:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="178"/>
        <source>The numbers of the profile</source>
        <translation>Las cifras del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="202"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="203"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="209"/>
        <source>&amp;Paste values</source>
        <translation>&amp;Pegar valores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="211"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Eliminar filas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="213"/>
        <source>&amp;History of this row…</source>
        <translation>&amp;Historial de esta fila…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="242"/>
        <source>Checking the observations</source>
        <translation>Verificando las observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="276"/>
        <source>Paste {n} values</source>
        <translation>Pegar {n} valores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="277"/>
        <location filename="../../ui/widgets/observation_table.py" line="383"/>
        <source>The paste was refused; nothing was changed</source>
        <translation>Se rechazó el pegado; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="285"/>
        <source>Delete {n} observations</source>
        <translation>Eliminar {n} observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="286"/>
        <source>The rows were not deleted</source>
        <translation>Las filas no se eliminaron</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="307"/>
        <source>The change could not be undone or redone</source>
        <translation>El cambio no se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="318"/>
        <source>The checks could not run: {reason}</source>
        <translation>No se pudieron ejecutar las verificaciones: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="342"/>
        <source>Edit {column}</source>
        <translation>Editar {column}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Nothing to paste into</source>
        <translation>No hay dónde pegar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Select the first cell to paste into.</source>
        <translation>Seleccione la primera celda donde pegar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste does not fit</source>
        <translation>El contenido pegado no cabe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste has {lines} lines, but only {rows} rows follow the current cell.</source>
        <translation>Lo pegado tiene {lines} líneas, pero solo hay {rows} filas a partir de la celda actual.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="380"/>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Línea {line}: «{text}» no es un número.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="418"/>
        <source>{n} observations</source>
        <translation>{n} observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="421"/>
        <source>✓ All changes saved</source>
        <translation>✓ Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="428"/>
        <source>Last change refused; nothing was changed</source>
        <translation>Último cambio rechazado; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="210"/>
        <source>“{text}” is not a valid entry for this column.</source>
        <translation>«{text}» no es un valor válido para esta columna.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Partner</source>
        <translation>País contraparte</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Migration type</source>
        <translation>Tipo de migración</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Voluntariness</source>
        <translation>Voluntariedad</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Skill level</source>
        <translation>Nivel de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Education (ISCED)</source>
        <translation>Educación (CINE)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Occupation (ISCO)</source>
        <translation>Ocupación (CIUO)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Data type</source>
        <translation>Tipo de dato</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Sector (ISIC)</source>
        <translation>Sector (CIIU)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="389"/>
        <source>Source table</source>
        <translation>Tabla de origen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Break in series</source>
        <translation>Ruptura de serie</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="47"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>OptionalYearSpin</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="64"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/dialogs/portfolio_dialog.py" line="21"/>
        <source>Portfolio: all workspaces</source>
        <translation>Cartera: todos los espacios de trabajo</translation>
    </message>
</context>
<context>
    <name>PortfolioStatusModel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="128"/>
        <source>Step {number}</source>
        <translation>Etapa {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Last update</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="168"/>
        <source>The newest change to any record of this workspace.</source>
        <translation>El cambio más reciente en cualquier registro de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="174"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="177"/>
        <source>{status}, {percent}% complete</source>
        <translation>{status}, {percent}% completado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="179"/>
        <source>In this status since {day} ({days} days)</source>
        <translation>En este estado desde el {day} ({days} días)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="182"/>
        <source>In progress from its records; the step itself was never started.</source>
        <translation>En curso según sus registros; la etapa en sí nunca se inició.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="184"/>
        <source>{count} open review comment(s)</source>
        <translation>{count} comentario(s) de revisión abierto(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="188"/>
        <source>Still missing:</source>
        <translation>Todavía falta:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="189"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="199"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="290"/>
        <source>Reading the portfolio…</source>
        <translation>Leyendo la cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="201"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="206"/>
        <source>Where each country stands, step by step</source>
        <translation>En qué punto está cada país, etapa por etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="214"/>
        <source>Open review comments</source>
        <translation>Comentarios de revisión abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="217"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="218"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="420"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="219"/>
        <source>Lessons by theme and country</source>
        <translation>Lecciones por tema y por país</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="220"/>
        <source>Indicators compared</source>
        <translation>Indicadores comparados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="222"/>
        <source>The expert&apos;s questions</source>
        <translation>Las preguntas del experto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="226"/>
        <source>Status matrix</source>
        <translation>Matriz de estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="227"/>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="228"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="229"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="230"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="246"/>
        <source>Each cell: how complete the step is and its status; ✎ counts the open review comments. Point at a cell for the days in its status and what is still missing.</source>
        <translation>Cada celda: el grado de compleción de la etapa y su estado; ✎ cuenta los comentarios de revisión abiertos. Pase el puntero sobre una celda para ver los días en su estado y lo que aún falta.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Oldest open (days)</source>
        <translation>Abierto más antiguo (días)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="298"/>
        <source>Reading the portfolio</source>
        <translation>Leyendo la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="303"/>
        <source>Not read: cancelled.</source>
        <translation>No leída: cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="308"/>
        <source>{count} workspaces in this data folder, read {when}.</source>
        <translation>{count} espacios de trabajo en esta carpeta de datos, leídos el {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="390"/>
        <source>cross-country</source>
        <translation>varios países</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="392"/>
        <source>Lessons of no one country</source>
        <translation>Lecciones que no son de un solo país</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="407"/>
        <source>Recurs in 3 or more countries</source>
        <translation>Se repite en 3 o más países</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="411"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna lección aprendida.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="412"/>
        <source>{count} lessons. Themes recurring in 3 or more countries (★): {themes}.</source>
        <translation>{count} lecciones. Temas que se repiten en 3 o más países (★): {themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="413"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="440"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="448"/>
        <source>{country}: the profile holds no figure for this indicator.</source>
        <translation>{country}: el perfil no tiene ninguna cifra para este indicador.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="449"/>
        <source>{country}, {year}. Source: {source}</source>
        <translation>{country}, {year}. Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="452"/>
        <source>Derived: {formula}</source>
        <translation>Derivado: {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="454"/>
        <source>Also {value} in {source}</source>
        <translation>También {value} en {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>partly answered</source>
        <translation>respondida en parte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="460"/>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="44"/>
        <source>Validation problems</source>
        <translation>Problemas de validación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="45"/>
        <source>Acknowledge with a note…</source>
        <translation>Justificar con una nota…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="68"/>
        <source>Acknowledged: {note}</source>
        <translation>Justificada: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="73"/>
        <source>Problems: {open} open of {total}</source>
        <translation>Problemas: {open} abiertos de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="74"/>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="83"/>
        <source>Correct the error</source>
        <translation>Corrija el error</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="84"/>
        <source>Errors must be corrected in the table, not acknowledged.</source>
        <translation>Los errores deben corregirse en la tabla, no justificarse.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="92"/>
        <source>Not acknowledged</source>
        <translation>Sin justificar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="98"/>
        <source>Acknowledge a warning</source>
        <translation>Justificar una advertencia</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="30"/>
        <source>Step 1: migration profile — {code}</source>
        <translation>Etapa 1: perfil migratorio — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="37"/>
        <source>Import a table…</source>
        <translation>Importar una tabla…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="42"/>
        <source>UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:</source>
        <translation>Descargas de UN DESA, el Banco Mundial, el ACNUR o ILOSTAT, o su propia hoja de cálculo:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="49"/>
        <source>A value of your own</source>
        <translation>Un valor propio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="50"/>
        <source>The value of “{field}” on every site:</source>
        <translation>El valor de «{field}» en todos los sitios:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="48"/>
        <source>Where to write the bundle</source>
        <translation>Dónde escribir el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="55"/>
        <source>Unlock the keys</source>
        <translation>Desbloquear las claves</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="56"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to sign the bundle:</source>
        <translation>Las claves de este sitio están protegidas por una frase de contraseña. Ingrésela para firmar el paquete:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>{name} exists already in this folder. Replace it?</source>
        <translation>{name} ya existe en esta carpeta. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="52"/>
        <source>Choose one or more bundles</source>
        <translation>Elegir uno o varios paquetes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="53"/>
        <source>Mainstream bundles (*.mdbundle);;All files (*)</source>
        <translation>Paquetes de Mainstream (*.mdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="58"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to open the encrypted bundle:</source>
        <translation>Las claves de este sitio están protegidas por una frase de contraseña. Ingrésela para abrir el paquete cifrado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="44"/>
        <source>Choose a statistics table</source>
        <translation>Elegir una tabla estadística</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="45"/>
        <source>Tables (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Tablas (*.xlsx *.xls *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Write the report to</source>
        <translation>Escribir el informe en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="59"/>
        <source>Choose the partner&apos;s card</source>
        <translation>Elegir la tarjeta del socio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="60"/>
        <source>Site cards (*.mdcard *.json);;All files (*)</source>
        <translation>Tarjetas de sitio (*.mdcard *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="65"/>
        <source>Save this site&apos;s card</source>
        <translation>Guardar la tarjeta de este sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="66"/>
        <source>Site cards (*.mdcard)</source>
        <translation>Tarjetas de sitio (*.mdcard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Remove a trusted site</source>
        <translation>Quitar un sitio de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Stop accepting bundles signed by {name}? Its changes already imported stay.</source>
        <translation>¿Dejar de aceptar paquetes firmados por {name}? Los cambios suyos ya importados se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>hub</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="obsolete">Elegir un paquete</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="obsolete">Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="obsolete">Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Site: {name} ({kind}), {id}</source>
        <translation>Sitio: {name} ({kind}), {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42"/>
        <source>Site: not initialised</source>
        <translation>Sitio: sin inicializar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>&lt;p&gt;Guides a government through the GMG handbook &lt;i&gt;Mainstreaming Migration into Development Planning&lt;/i&gt;, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Guía a un gobierno a través del manual del GMG &lt;i&gt;Integrar la migración en la planificación del desarrollo&lt;/i&gt;, sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>About Mainstream Desktop</source>
        <translation>Acerca de Mainstream Desktop</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="209"/>
        <source>Choose a document</source>
        <translation>Elegir un documento</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="48"/>
        <source>Unsaved draft found</source>
        <translation>Se encontró un borrador sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="49"/>
        <source>This wizard was left with unsaved changes ({when}). Resume them?</source>
        <translation>Este asistente se cerró con cambios sin guardar ({when}). ¿Desea recuperarlos?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="55"/>
        <source>Choose an evidence file</source>
        <translation>Elegir un archivo de evidencia</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="74"/>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de la preparación</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="75"/>
        <source>Assess each precondition. A criterion marked met needs evidence: attach a file or explain it in at least 20 characters.</source>
        <translation>Evalúe cada condición previa. Un criterio marcado como cumplido necesita evidencia: adjunte un archivo o explíquelo en al menos 20 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="90"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="93"/>
        <source>Status of {criterion}</source>
        <translation>Estado de {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="97"/>
        <source>Comment on {criterion}</source>
        <translation>Comentario sobre {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="98"/>
        <location filename="../../ui/wizards/readiness_page.py" line="181"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="99"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="118"/>
        <source>The national focal point has confirmed this assessment</source>
        <translation>El coordinador nacional ha confirmado esta evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="197"/>
        <source>Evidence not attached</source>
        <translation>Evidencia no adjuntada</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="200"/>
        <source>Attaching evidence</source>
        <translation>Adjuntando la evidencia</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="103"/>
        <source>Step 0: workspace and readiness</source>
        <translation>Etapa 0: espacio de trabajo y preparación</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="147"/>
        <source>Nothing to offer: choose a reference indicator that the profile (step 1) has figures for.</source>
        <translation>Nada que ofrecer: elija un indicador de referencia para el que el perfil (etapa 1) tenga cifras.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="166"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="266"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="267"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="268"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="272"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="273"/>
        <source>Every change of the selected record: who, when, and each field&apos;s old and new value</source>
        <translation>Cada cambio del registro seleccionado: quién, cuándo y el valor anterior y nuevo de cada campo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="277"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="278"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>Guardar esta tabla como libro de Excel o archivo CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="282"/>
        <source>Review comment…</source>
        <translation>Comentario de revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="283"/>
        <source>Comment on the selected record for the country (GMG hub)</source>
        <translation>Comentar el registro seleccionado para el país (centro del GMG)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="286"/>
        <source>Without personal data</source>
        <translation>Sin datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="288"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Omitir nombres, direcciones de correo electrónico, números de teléfono y referencias a personas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="334"/>
        <source>attached</source>
        <translation>adjuntado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="409"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="426"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="430"/>
        <source>Export the table</source>
        <translation>Exportar la tabla</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="81"/>
        <source>History of {record}</source>
        <translation>Historial de {record}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="83"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Came</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Fields: old → new</source>
        <translation>Campos: antes → después</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="89"/>
        <source>Export audit trail…</source>
        <translation>Exportar registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="91"/>
        <source>Every change of {code} as a CSV file</source>
        <translation>Todos los cambios de {code} como archivo CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="119"/>
        <source>Reading the history</source>
        <translation>Leyendo el historial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="131"/>
        <source>made here</source>
        <translation>hecho aquí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="132"/>
        <source>bundle {id}</source>
        <translation>paquete {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="135"/>
        <source>{count} change(s), newest first.</source>
        <translation>{count} cambio(s), el más reciente primero.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="136"/>
        <source>No change is recorded for this record.</source>
        <translation>No hay ningún cambio registrado para este registro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="140"/>
        <source>conflict resolved</source>
        <translation>conflicto resuelto</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation type="obsolete">Escribiendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation type="obsolete">Registro de auditoría escrito: {count} cambio(s) de {code} en {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="102"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>Write the report</source>
        <translation>Escribir el informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="116"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="188"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="194"/>
        <source>The report is written: {path}
{pages} pages. It opens in your PDF viewer.</source>
        <translation>El informe está escrito: {path}
{pages} páginas. Se abre en su visor de PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="206"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="209"/>
        <source>The report was not written: {reason}</source>
        <translation>El informe no se escribió: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="210"/>
        <source>The report was not written</source>
        <translation>El informe no se escribió</translation>
    </message>
</context>
<context>
    <name>ReviewDeskDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_desk_dialog.py" line="21"/>
        <source>Review desk — {code}</source>
        <translation>Panel de revisión — {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="95"/>
        <source>Follow the system ({language})</source>
        <translation>Igual que el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Idioma del programa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A new language takes effect when you restart the program.</source>
        <translation>El nuevo idioma se aplicará cuando reinicie el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>This session was started with --lang {code}, which wins over this setting until the program is started without it.</source>
        <translation>Esta sesión se inició con --lang {code}, que tiene prioridad sobre esta configuración hasta que el programa se inicie sin esa opción.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>Restart now?</source>
        <translation>¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The program will show the new language when it starts again. Restart it now? Everything you saved is kept.</source>
        <translation>El programa mostrará el nuevo idioma cuando vuelva a iniciarse. ¿Desea reiniciarlo ahora? Todo lo que guardó se conserva.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="75"/>
        <source>Handbook steps</source>
        <translation>Etapas del manual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="88"/>
        <source>{percent}% complete, {missing} items missing</source>
        <translation>{percent}% completado, faltan {missing} elementos</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="46"/>
        <source>Completeness</source>
        <translation>Grado de compleción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="47"/>
        <source>Open the wizard…</source>
        <translation>Abrir el asistente…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="54"/>
        <source>What is still missing</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="56"/>
        <source>Guidance from the handbook</source>
        <translation>Orientaciones del manual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="79"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="85"/>
        <source>%p% complete</source>
        <translation>%p% completado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="90"/>
        <source>Still missing ({count})</source>
        <translation>Aún falta ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="94"/>
        <source>Nothing is missing</source>
        <translation>No falta nada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="96"/>
        <source>Every check of this step passes.</source>
        <translation>Todas las verificaciones de esta etapa se cumplen.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="60"/>
        <source>Reading the golden thread…</source>
        <translation>Leyendo el hilo conductor…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="62"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Link</source>
        <translation>Eslabón</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="66"/>
        <source>Golden thread</source>
        <translation>Hilo conductor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="90"/>
        <source>Reading the golden thread</source>
        <translation>Leyendo el hilo conductor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="103"/>
        <source>{chains} priorities, {complete} with an unbroken thread; {broken} broken links.</source>
        <translation>{chains} prioridades, {complete} con el hilo completo; {broken} eslabones rotos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="107"/>
        <source>Broken links ({count})</source>
        <translation>Eslabones rotos ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="130"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="131"/>
        <source>no evidence linked</source>
        <translation>ninguna evidencia vinculada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="132"/>
        <source>Consultation inputs</source>
        <translation>Aportes de las consultas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="133"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="137"/>
        <source>no actions</source>
        <translation>ninguna acción</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="138"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="139"/>
        <source>no indicators</source>
        <translation>ningún indicador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="141"/>
        <source>Aligned partner projects</source>
        <translation>Proyectos de los socios alineados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="168"/>
        <source>lands in no plan element</source>
        <translation>no se ubica en ningún elemento del plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="169"/>
        <source>In the plan: {element}</source>
        <translation>En el plan: {element}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="174"/>
        <source>Funding: {source}{partner}</source>
        <translation>Financiación: {source}{partner}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="179"/>
        <source>Measured by: {indicator}</source>
        <translation>Medida por: {indicator}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="182"/>
        <source>no indicator measures this action</source>
        <translation>ningún indicador mide esta acción</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="103"/>
        <source>Trust the card of {name}</source>
        <translation>Confiar en la tarjeta de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="105"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="106"/>
        <source>Site id</source>
        <translation>Id. del sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="107"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="108"/>
        <source>Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the card only if every group matches: a card can be swapped on its way, a phone call cannot.</source>
        <translation>Llame a {name} y pídale que le lea la huella digital que aparece en su ventana Sitios de confianza. Confíe en la tarjeta solo si coinciden todos los grupos: una tarjeta puede ser sustituida por el camino; una llamada telefónica, no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="118"/>
        <source>{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces it: do so only if the site told you it has a new key.</source>
        <translation>{name} ya es de confianza con otra clave (huella digital {old}). Confiar en esta tarjeta la reemplaza: hágalo solo si el sitio le ha dicho que tiene una clave nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="123"/>
        <source>{name} read me this fingerprint on the phone, and it matches</source>
        <translation>{name} me leyó esta huella digital por teléfono y coincide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="126"/>
        <source>Workspace codes separated by commas, e.g. JAM, MDA</source>
        <translation>Códigos de espacios de trabajo separados por comas, p. ej., JAM, MDA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="127"/>
        <source>Trust it as the hub (it may also write reviews, missions and lessons)</source>
        <translation>Confiar en él como centro (también podrá escribir revisiones, misiones y lecciones)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="130"/>
        <source>May change</source>
        <translation>Puede modificar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="133"/>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="173"/>
        <source>Trusted sites</source>
        <translation>Sitios de confianza</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="177"/>
        <source>&lt;b&gt;Sites whose bundles this site accepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sitios cuyos paquetes acepta este sitio&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <location filename="../../ui/dialogs/trust_list.py" line="215"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Hub</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>May change</source>
        <translation>Puede modificar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Trusted since</source>
        <translation>De confianza desde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="181"/>
        <source>Sites whose bundles this site accepts</source>
        <translation>Sitios cuyos paquetes acepta este sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="189"/>
        <source>Trust a card…</source>
        <translation>Confiar en una tarjeta…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="192"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="199"/>
        <source>This site</source>
        <translation>Este sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="205"/>
        <source>Save my card…</source>
        <translation>Guardar mi tarjeta…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="207"/>
        <source>Give this card to your partners (USB stick or e-mail). When they trust it, read them this fingerprint on the phone.</source>
        <translation>Entregue esta tarjeta a sus socios (memoria USB o correo electrónico). Cuando confíen en ella, léales esta huella digital por teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="213"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="214"/>
        <source>Site id</source>
        <translation>Id. del sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="235"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="261"/>
        <source>Card saved: {path}. Hand it to the partner, then read them the fingerprint on the phone.</source>
        <translation>Tarjeta guardada: {path}. Entréguela al socio y luego léale la huella digital por teléfono.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="281"/>
        <source>Not trusted: nothing changed.</source>
        <translation>No se confió: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="285"/>
        <source>Trusting the card</source>
        <translation>Confiando en la tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="290"/>
        <source>{name} is trusted for {workspaces}{hub}.</source>
        <translation>{name} es de confianza para {workspaces}{hub}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="292"/>
        <source>, and as the hub</source>
        <translation>, y también como centro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="300"/>
        <source>Removing the site</source>
        <translation>Quitando el sitio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="305"/>
        <source>{name} is no longer trusted: its bundles will be refused.</source>
        <translation>{name} ya no es de confianza: sus paquetes serán rechazados.</translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="96"/>
        <source>Export a workspace to Excel</source>
        <translation>Exportar un espacio de trabajo a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="97"/>
        <source>Export a workspace to CSV</source>
        <translation>Exportar un espacio de trabajo a CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="103"/>
        <source>Without personal data</source>
        <translation>Sin datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="105"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Omitir nombres, direcciones de correo electrónico, números de teléfono y referencias a personas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="108"/>
        <location filename="../../ui/dialogs/workbook_export.py" line="118"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="110"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="116"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="125"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="128"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="165"/>
        <source>One workbook: an “About” sheet (workspace, country, when and where it was made, whether personal data is in), then one sheet per table that has rows, with real numbers and dates, frozen headers and filters.</source>
        <translation>Un libro: una hoja «Acerca de» (espacio de trabajo, país, cuándo y dónde se elaboró, si incluye datos personales) y luego una hoja por cada tabla con filas, con números y fechas reales, encabezados inmovilizados y filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="168"/>
        <source>One CSV file per table (UTF-8, so Excel shows every alphabet), plus “00 About.csv”, together in one zip file.</source>
        <translation>Un archivo CSV por tabla (UTF-8, para que Excel muestre todos los alfabetos), más «00 About.csv», juntos en un archivo zip.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="190"/>
        <source>{done} of {total} rows</source>
        <translation>{done} de {total} filas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="202"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="203"/>
        <source>Exporting {code}</source>
        <translation>Exportando {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="208"/>
        <source>with personal data</source>
        <translation>con datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="209"/>
        <source>without personal data</source>
        <translation>sin datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="211"/>
        <source>Written: {path}</source>
        <translation>Escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="212"/>
        <source>{code}: {tables} tables and {rows} rows, {personal}.</source>
        <translation>{code}: {tables} tablas y {rows} filas, {personal}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="223"/>
        <source>Nothing was written: {reason}</source>
        <translation>No se escribió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="65"/>
        <source>Workspace details</source>
        <translation>Datos del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="66"/>
        <source>The pilot&apos;s basic facts. Fields marked * are needed to create the workspace; the rest can follow, and the checklist shows what is missing.</source>
        <translation>Los datos básicos del piloto. Los campos marcados con * son necesarios para crear el espacio de trabajo; el resto puede completarse después, y la lista de comprobación muestra lo que falta.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="70"/>
        <source>e.g. JAM</source>
        <translation>p. ej., JAM</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="75"/>
        <location filename="../../ui/wizards/workspace_page.py" line="85"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="99"/>
        <source>Workspace code *</source>
        <translation>Código del espacio de trabajo *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="100"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="101"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="102"/>
        <source>Programme phase</source>
        <translation>Fase del programa</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="103"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="104"/>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="105"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="106"/>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="107"/>
        <source>National focal point</source>
        <translation>Coordinador nacional</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="108"/>
        <source>Focal point&apos;s e-mail</source>
        <translation>Correo electrónico del coordinador</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="109"/>
        <source>Entry mode</source>
        <translation>Vía de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="110"/>
        <source>Default currency</source>
        <translation>Moneda predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="111"/>
        <source>Reference year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="112"/>
        <source>Languages (ISO 639-1)</source>
        <translation>Idiomas (ISO 639-1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="113"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="187"/>
        <source>Mainstreaming Migration – {country}</source>
        <translation>Integración de la migración – {country}</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="68"/>
        <source>Where step 0 stands</source>
        <translation>En qué punto está la etapa 0</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="73"/>
        <source>What is still missing</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="76"/>
        <source>Saved. What is still missing:</source>
        <translation>Guardado. Lo que aún falta:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="84"/>
        <source>Workspace {code}: step 0 is {percent}% complete</source>
        <translation>Espacio de trabajo {code}: la etapa 0 está completada al {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="90"/>
        <source>Nothing: the workspace is ready for step 1.</source>
        <translation>Nada: el espacio de trabajo está listo para la etapa 1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="138"/>
        <source>Mainstream Desktop cannot start</source>
        <translation>Mainstream Desktop no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../app.py" line="165"/>
        <source>Demo not loaded</source>
        <translation>Demo no cargada</translation>
    </message>
    <message>
        <location filename="../../app.py" line="167"/>
        <source>Loading the demo workspaces</source>
        <translation>Cargando los espacios de trabajo de demostración</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../reports/charts.py" line="60"/>
        <location filename="../../reports/participation_charts.py" line="59"/>
        <source>No data yet for this chart.</source>
        <translation>Todavía no hay datos para este gráfico.</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="67"/>
        <location filename="../../reports/portfolio_charts.py" line="377"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="105"/>
        <location filename="../../reports/charts.py" line="266"/>
        <source>Immigrant stock by sex</source>
        <translation>Población inmigrante por sexo</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Men</source>
        <translation>Hombres</translation>
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
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="115"/>
        <location filename="../../reports/charts.py" line="138"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="126"/>
        <source>Emigrants by country of destination</source>
        <translation>Emigrantes por país de destino</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="132"/>
        <location filename="../../reports/participation_charts.py" line="318"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="147"/>
        <source>Migration flows and net migration</source>
        <translation>Flujos migratorios y migración neta</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="152"/>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="153"/>
        <source>Emigration</source>
        <translation>Emigración</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="154"/>
        <source>Net migration</source>
        <translation>Migración neta</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="155"/>
        <source>Net migration rate (per 1,000, right axis)</source>
        <translation>Tasa de migración neta (por 1000, eje derecho)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="167"/>
        <source>Persons per year</source>
        <translation>Personas por año</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="176"/>
        <source>Per 1,000 population</source>
        <translation>Por 1000 habitantes</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="186"/>
        <source>Remittances received</source>
        <translation>Remesas recibidas</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="193"/>
        <source>USD million</source>
        <translation>Millones de USD</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="194"/>
        <source>USD million, current</source>
        <translation>Millones de USD corrientes</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="199"/>
        <source>% of GDP (right axis)</source>
        <translation>% del PIB (eje derecho)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="200"/>
        <source>% of GDP</source>
        <translation>% del PIB</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="211"/>
        <source>How migration affects each sector</source>
        <translation>Cómo afecta la migración a cada sector</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="230"/>
        <source>green positive, red negative, yellow mixed; the number is the magnitude (1-3)</source>
        <translation>verde positivo, rojo negativo, amarillo mixto; el número es la magnitud (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="237"/>
        <source>Data availability by indicator and year</source>
        <translation>Disponibilidad de datos por indicador y año</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <location filename="../../reports/portfolio_charts.py" line="285"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="259"/>
        <source>reported</source>
        <translation>informado</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="267"/>
        <source>Top destinations</source>
        <translation>Principales destinos</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="268"/>
        <source>Flows and net migration</source>
        <translation>Flujos y migración neta</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="269"/>
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="270"/>
        <source>Sector impacts</source>
        <translation>Efectos por sector</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="271"/>
        <source>Data availability</source>
        <translation>Disponibilidad de datos</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>L</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>Cs</source>
        <translation>Cs</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="46"/>
        <source>Inputs received</source>
        <translation>Aportes recibidos</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="47"/>
        <source>Accepted or partly accepted</source>
        <translation>Aceptados total o parcialmente</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="48"/>
        <source>Reflected in the plan</source>
        <translation>Reflejados en el plan</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="49"/>
        <source>Still pending</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="76"/>
        <location filename="../../reports/planning_charts.py" line="223"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="77"/>
        <source>Left out: {notes}</source>
        <translation>Omitidos: {notes}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="121"/>
        <source>no area</source>
        <translation>sin ámbito</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="142"/>
        <source>Who does what in each policy area</source>
        <translation>Quién hace qué en cada ámbito de política</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="170"/>
        <source>L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead</source>
        <translation>R responsable, C colaborador, D proveedor de datos, Cs consultado; rojo: sector clave sin responsable</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="181"/>
        <source>minutes filed</source>
        <translation>acta archivada</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="182"/>
        <source>no minutes</source>
        <translation>sin acta</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="194"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="199"/>
        <source>Attendance rate by institution</source>
        <translation>Tasa de asistencia por institución</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="201"/>
        <source>No attendance recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna asistencia.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="206"/>
        <source>no institution</source>
        <translation>sin institución</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="218"/>
        <source>Coordination meetings and attendance</source>
        <translation>Reuniones de coordinación y asistencia</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="230"/>
        <location filename="../../reports/participation_charts.py" line="555"/>
        <source>Overdue action items</source>
        <translation>Tareas pendientes vencidas</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="236"/>
        <source>{overdue} of {open} open items</source>
        <translation>{overdue} de {open} tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="239"/>
        <source>No open action item is overdue.</source>
        <translation>Ninguna tarea abierta está vencida.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="241"/>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="247"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="257"/>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="258"/>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="259"/>
        <source>Monitor</source>
        <translation>Monitorear</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="260"/>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="278"/>
        <source>Stakeholders by interest and influence</source>
        <translation>Partes interesadas por interés e influencia</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="300"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="301"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="306"/>
        <source>bubble size: engagement, from inform to empower</source>
        <translation>tamaño de la burbuja: participación, de informar a empoderar</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="312"/>
        <source>Participants by sex per event</source>
        <translation>Participantes por sexo en cada evento</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="314"/>
        <source>No consultation event yet.</source>
        <translation>Todavía no hay ningún evento de consulta.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="330"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="338"/>
        <source>Events reaching each group</source>
        <translation>Eventos que llegaron a cada grupo</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="340"/>
        <source>No stakeholder yet.</source>
        <translation>Todavía no hay ninguna parte interesada.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="349"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="354"/>
        <source>Who the consultations reached</source>
        <translation>A quién llegaron las consultas</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="367"/>
        <source>What became of the inputs received</source>
        <translation>Qué se hizo con los aportes recibidos</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="390"/>
        <source>Partner funding by policy area (USD)</source>
        <translation>Financiación de los socios por ámbito de política (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="414"/>
        <source>a project&apos;s budget is split equally among its policy areas</source>
        <translation>el presupuesto de un proyecto se reparte a partes iguales entre sus ámbitos de política</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="422"/>
        <source>Partner budget aligned to national priorities</source>
        <translation>Presupuesto de los socios alineado con las prioridades nacionales</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="428"/>
        <source>{total} in total, projects: {count}</source>
        <translation>{total} en total, proyectos: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="432"/>
        <source>The recorded budgets add up to zero.</source>
        <translation>Los presupuestos registrados suman cero.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="434"/>
        <source>Aligned: {amount}, projects: {count}</source>
        <translation>Alineado: {amount}, proyectos: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="436"/>
        <source>Not aligned: {amount}, projects: {count}</source>
        <translation>No alineado: {amount}, proyectos: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="441"/>
        <source>aligned</source>
        <translation>alineado</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="457"/>
        <source>gap {amount}</source>
        <translation>déficit {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="458"/>
        <source>surplus {amount}</source>
        <translation>excedente {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="510"/>
        <source>Partner funding against the cost of the plan</source>
        <translation>Financiación de los socios frente al costo del plan</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="520"/>
        <source>Partner funding</source>
        <translation>Financiación de los socios</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="524"/>
        <source>Cost of the actions</source>
        <translation>Costo de las acciones</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="528"/>
        <source>Costs arrive with step 4 (the action plan).</source>
        <translation>Los costos llegan con la etapa 4 (el plan de acción).</translation>
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
        <translation>Matriz de responsabilidades</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="553"/>
        <source>Meetings and attendance</source>
        <translation>Reuniones y asistencia</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="557"/>
        <source>Interest-influence grid</source>
        <translation>Matriz interés-influencia</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="559"/>
        <source>Participation by sex and group</source>
        <translation>Participación por sexo y grupo</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="561"/>
        <source>Input funnel</source>
        <translation>Embudo de aportes</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="563"/>
        <source>Partners by policy area</source>
        <translation>Socios por ámbito de política</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="565"/>
        <source>Alignment to national priorities</source>
        <translation>Alineación con las prioridades nacionales</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="567"/>
        <source>Funding against cost</source>
        <translation>Financiación frente a costo</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="55"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="56"/>
        <source>Endorsed</source>
        <translation>Respaldada</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="57"/>
        <source>In plan</source>
        <translation>En el plan</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="58"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="61"/>
        <location filename="../../reports/portfolio_charts.py" line="45"/>
        <source>Not started</source>
        <translation>Sin comenzar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="62"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="63"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="64"/>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="65"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>Government budget</source>
        <translation>Presupuesto público</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="70"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="71"/>
        <source>Diaspora</source>
        <translation>Diáspora</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="72"/>
        <source>Unfunded (gap)</source>
        <translation>Sin financiar (déficit)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="74"/>
        <source>0 migration absent</source>
        <translation>0 migración ausente</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="75"/>
        <source>1 mentioned in the context or analysis</source>
        <translation>1 mencionada en el contexto o el análisis</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="76"/>
        <source>2 objectives or strategies address it</source>
        <translation>2 la abordan objetivos o estrategias</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="77"/>
        <source>3 plus indicators and targets</source>
        <translation>3 además, indicadores y metas</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="78"/>
        <source>4 plus costed, budgeted actions</source>
        <translation>4 además, acciones costeadas y presupuestadas</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>A</source>
        <translation>A</translation>
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
        <translation>en buen camino</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>some delay</source>
        <translation>cierto retraso</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="86"/>
        <source>off track</source>
        <translation>desviado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="87"/>
        <source>not rated: no recent actual or no target</source>
        <translation>sin calificar: sin valor reciente o sin meta</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="88"/>
        <source>achieved: final target met</source>
        <translation>logrado: meta final cumplida</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="161"/>
        <source>High impact, hard to do</source>
        <translation>Alto impacto, difícil de ejecutar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="162"/>
        <source>Quick wins</source>
        <translation>Logros rápidos</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="163"/>
        <source>Reconsider</source>
        <translation>Reconsiderar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="164"/>
        <source>Easy, low impact</source>
        <translation>Fácil, bajo impacto</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="177"/>
        <source>Priorities by impact and feasibility</source>
        <translation>Prioridades por impacto y viabilidad</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="180"/>
        <source>No scored priorities yet: set them in step 4 and score their impact and feasibility.</source>
        <translation>Todavía no hay prioridades puntuadas: defínalas en la etapa 4 y puntúe su impacto y su viabilidad.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="206"/>
        <source>Feasibility (1-5)</source>
        <translation>Viabilidad (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="207"/>
        <source>Impact (1-5)</source>
        <translation>Impacto (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="213"/>
        <source>cost not known</source>
        <translation>costo desconocido</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="215"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="227"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="228"/>
        <source>colour: status; bubble area: cost of the actions</source>
        <translation>color: estado; área de la burbuja: costo de las acciones</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="230"/>
        <source>(largest {amount})</source>
        <translation>(la mayor: {amount})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="254"/>
        <source>Policy areas in the planning instruments</source>
        <translation>Ámbitos de política en los instrumentos de planificación</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="256"/>
        <source>No planning instruments yet: add them in step 4.</source>
        <translation>Todavía no hay instrumentos de planificación: añádalos en la etapa 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="261"/>
        <source>No instrument addresses a policy area yet: apply the migration lens to their plan elements in step 4.</source>
        <translation>Ningún instrumento aborda todavía un ámbito de política: aplique la óptica migratoria a los elementos de su plan en la etapa 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="301"/>
        <source>? level not assessed</source>
        <translation>? nivel sin evaluar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="303"/>
        <source>Mainstreaming level</source>
        <translation>Nivel de integración</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="304"/>
        <source>a cell shows the instrument&apos;s mainstreaming level where it addresses the area</source>
        <translation>una celda muestra el nivel de integración del instrumento donde aborda el ámbito</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="333"/>
        <source>Action plan over time</source>
        <translation>Plan de acción en el tiempo</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="336"/>
        <source>No dated actions yet: plan the actions of each priority in step 4.</source>
        <translation>Todavía no hay acciones con fechas: planifique las acciones de cada prioridad en la etapa 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="368"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="379"/>
        <source>{count} actions by priority</source>
        <translation>{count} acciones por prioridad</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="381"/>
        <source>{count} more not shown (export the data)</source>
        <translation>{count} más sin mostrar (exporte los datos)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="393"/>
        <source>Cost of the action plan by funding source</source>
        <translation>Costo del plan de acción por fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="396"/>
        <source>No costed actions yet: cost the action plan in step 4.</source>
        <translation>Todavía no hay acciones costeadas: estime el costo del plan de acción en la etapa 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="412"/>
        <source>{share} unfunded</source>
        <translation>{share} sin financiar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="423"/>
        <source>{total} in total, {gap} unfunded; cancelled actions left out</source>
        <translation>{total} en total, {gap} sin financiar; se omiten las acciones canceladas</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="448"/>
        <source>no indicator yet</source>
        <translation>aún sin indicador</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="454"/>
        <source>{value} ({year})</source>
        <translation>{value} ({year})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="457"/>
        <source>no actual</source>
        <translation>sin valor alcanzado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="478"/>
        <source>Results dashboard</source>
        <translation>Tablero de resultados</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="480"/>
        <source>No outcome or impact results yet: set up the results framework in step 5.</source>
        <translation>Todavía no hay resultados de impacto o efecto: establezca el marco de resultados en la etapa 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="504"/>
        <source>{count} more results not shown</source>
        <translation>{count} resultados más sin mostrar</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="505"/>
        <source>impact and outcome indicators, latest actual (year)</source>
        <translation>indicadores de impacto y de efecto, último valor alcanzado (año)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="543"/>
        <source>No baseline, target or actual yet.</source>
        <translation>Todavía no hay línea de base, meta ni valor alcanzado.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="555"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="556"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="564"/>
        <location filename="../../reports/planning_charts.py" line="625"/>
        <source>Indicator progress</source>
        <translation>Avance de los indicadores</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="566"/>
        <source>No indicators yet: add them to the results framework in step 5.</source>
        <translation>Todavía no hay indicadores: añádalos al marco de resultados en la etapa 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="583"/>
        <source>baseline</source>
        <translation>línea de base</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="585"/>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="587"/>
        <source>final target</source>
        <translation>meta final</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="588"/>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="589"/>
        <source>actual</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="593"/>
        <source>title colour and letter: status ({letters})</source>
        <translation>color y letra del título: estado ({letters})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="598"/>
        <source>the first {shown} of {count} indicators; export the data for all</source>
        <translation>los primeros {shown} de {count} indicadores; exporte los datos para verlos todos</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="615"/>
        <source>Priority matrix</source>
        <translation>Matriz de prioridades</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="617"/>
        <source>Plan coverage</source>
        <translation>Cobertura del plan</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="619"/>
        <source>Action plan timeline</source>
        <translation>Cronograma del plan de acción</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="621"/>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="623"/>
        <source>Results dashboard (RAG)</source>
        <translation>Tablero de resultados (semáforo)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="46"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="47"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="48"/>
        <source>Changes requested</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="49"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="52"/>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="53"/>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="54"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="55"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="56"/>
        <source>under 30 days</source>
        <translation>menos de 30 días</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="57"/>
        <source>30–90 days</source>
        <translation>30–90 días</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="58"/>
        <source>over 90 days</source>
        <translation>más de 90 días</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="148"/>
        <source>Where each country stands</source>
        <translation>En qué punto está cada país</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="151"/>
        <location filename="../../reports/portfolio_charts.py" line="334"/>
        <source>No workspace yet.</source>
        <translation>Todavía no hay ningún espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="181"/>
        <source>colour: the step&apos;s status; number: how complete it is; ✎ open review comments</source>
        <translation>color: el estado de la etapa; número: su grado de compleción; ✎ comentarios de revisión abiertos</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="206"/>
        <location filename="../../reports/portfolio_charts.py" line="385"/>
        <source>Open review comments</source>
        <translation>Comentarios de revisión abiertos</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="210"/>
        <source>No review comment is open ({closed} closed).</source>
        <translation>No hay ningún comentario de revisión abierto ({closed} cerrados).</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="224"/>
        <source>by severity</source>
        <translation>por gravedad</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="225"/>
        <source>by age</source>
        <translation>por antigüedad</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="226"/>
        <source>(open or answered, replies not counted)</source>
        <translation>(abiertos o respondidos, sin contar las respuestas)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="232"/>
        <source>Lessons learned by theme and country</source>
        <translation>Lecciones aprendidas por tema y país</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="235"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna lección aprendida.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="241"/>
        <source>cross-country</source>
        <translation>varios países</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="264"/>
        <source>★ recurs in 3 or more countries</source>
        <translation>★ se repite en 3 o más países</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="301"/>
        <source>No country has this figure yet.</source>
        <translation>Ningún país tiene todavía esta cifra.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="331"/>
        <source>Migration profiles side by side</source>
        <translation>Perfiles migratorios comparados</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="345"/>
        <source>each country&apos;s latest figure (year); red: derived from two figures of the profile</source>
        <translation>la última cifra de cada país (año); rojo: derivada de dos cifras del perfil</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="351"/>
        <location filename="../../reports/portfolio_charts.py" line="389"/>
        <source>Emigrants by top destination</source>
        <translation>Emigrantes por principales destinos</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="354"/>
        <source>No profile holds emigrants by destination yet.</source>
        <translation>Ningún perfil contiene todavía emigrantes por destino.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="374"/>
        <source>persons (share of all emigrants)</source>
        <translation>personas (proporción del total de emigrantes)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="384"/>
        <source>Status matrix</source>
        <translation>Matriz de estado</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="386"/>
        <source>Lessons by theme and country</source>
        <translation>Lecciones por tema y por país</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="387"/>
        <source>Indicator comparison</source>
        <translation>Comparación de indicadores</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/documents.py" line="34"/>
        <source>{path} is not a readable file.</source>
        <translation>{path} no es un archivo legible.</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="38"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation>{path} ocupa más de {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="98"/>
        <source>{what}: every number needs its source.</source>
        <translation>{what}: cada número necesita su fuente.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="101"/>
        <source>{what}: the period ends before it starts.</source>
        <translation>{what}: el período termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="105"/>
        <source>{what}: enter a value, or mark the observation as missing.</source>
        <translation>{what}: ingrese un valor o marque la observación como faltante.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="109"/>
        <source>{what}: {value} is not a percentage (0 to 100).</source>
        <translation>{what}: {value} no es un porcentaje (de 0 a 100).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="112"/>
        <source>{what}: remittances above {limit}% of GDP are rare; check the figure.</source>
        <translation>{what}: las remesas superiores al {limit}% del PIB son poco frecuentes; verifique la cifra.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="116"/>
        <source>{what}: a count cannot be negative ({value}).</source>
        <translation>{what}: un recuento no puede ser negativo ({value}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="119"/>
        <source>{what}: a rate per 1,000 must lie between -100 and 100.</source>
        <translation>{what}: una tasa por 1000 debe estar entre -100 y 100.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="122"/>
        <source>{what}: the partner country cannot be the country itself.</source>
        <translation>{what}: el país contraparte no puede ser el propio país.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="125"/>
        <source>{what}: a stock is counted at a point in time, not over a period.</source>
        <translation>{what}: un stock se cuenta en un momento dado, no a lo largo de un período.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="128"/>
        <source>{what}: a flow is counted over a period, not at a point in time.</source>
        <translation>{what}: un flujo se cuenta a lo largo de un período, no en un momento dado.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="165"/>
        <source>{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add up to the total ({total:,.0f}).</source>
        <translation>{indicator} {period}: hombres ({male:,.0f}) y mujeres ({female:,.0f}) no suman el total ({total:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="181"/>
        <source>{indicator} {period}: {value} has the opposite sign of the values before and after it; a possible sign error.</source>
        <translation>{indicator} {period}: {value} tiene el signo contrario a los valores anterior y posterior; posible error de signo.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="191"/>
        <source>{indicator}: {change:+.0%} between {first} and {second}; explain the change (refugee influx, border change, a new source type?).</source>
        <translation>{indicator}: {change:+.0%} entre {first} y {second}; explique el cambio (¿llegada de refugiados, cambio de fronteras, un nuevo tipo de fuente?).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="210"/>
        <source>{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); the focal point should reconcile them and mark the preferred one.</source>
        <translation>{indicator} {period}: las fuentes difieren en un {gap:.0%} ({low:,.1f} frente a {high:,.1f}); el coordinador nacional debe conciliarlas y marcar la preferida.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="140"/>
        <source>Errors must be corrected, not acknowledged.</source>
        <translation>Los errores deben corregirse, no justificarse.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="142"/>
        <source>Explain the warning in a short note.</source>
        <translation>Explique la advertencia en una nota breve.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="211"/>
        <source>The source is not in this workspace&apos;s data-source inventory.</source>
        <translation>La fuente no está en el inventario de fuentes de datos de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="216"/>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="230"/>
        <source>{indicator} {period}: this source already has a value for the same cell.</source>
        <translation>{indicator} {period}: esta fuente ya tiene un valor para la misma celda.</translation>
    </message>
    <message>
        <location filename="../../core/ownership.py" line="50"/>
        <source>This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review comment instead.</source>
        <translation>Este espacio de trabajo pertenece a {owner}: el centro lo revisa, pero no lo modifica. Escriba un comentario de revisión en su lugar.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>30–90 days</source>
        <translation>30–90 días</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>under 30 days</source>
        <translation>menos de 30 días</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="22"/>
        <source>over 90 days</source>
        <translation>más de 90 días</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="33"/>
        <source>Where is each country in the process?</source>
        <translation>¿En qué punto del proceso está cada país?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="34"/>
        <source>How strong is the evidence base?</source>
        <translation>¿Qué tan sólida es la base empírica?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="35"/>
        <source>Do national and international numbers agree?</source>
        <translation>¿Coinciden las cifras nacionales y las internacionales?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="36"/>
        <source>How do the migration profiles compare?</source>
        <translation>¿Cómo se comparan los perfiles migratorios?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="37"/>
        <source>Is the institutional set-up real and alive?</source>
        <translation>¿La estructura institucional es real y está activa?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="38"/>
        <source>Was society genuinely consulted?</source>
        <translation>¿Se consultó realmente a la sociedad?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="39"/>
        <source>Where did migration land in planning?</source>
        <translation>¿Dónde quedó la migración en la planificación?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="40"/>
        <source>Are priorities evidence-based and costed?</source>
        <translation>¿Las prioridades se basan en evidencia y están costeadas?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="41"/>
        <source>Is the M&amp;E framework usable?</source>
        <translation>¿Es utilizable el marco de S&amp;E?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="42"/>
        <source>Is international support coherent?</source>
        <translation>¿Es coherente el apoyo internacional?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="43"/>
        <source>Which GMG agencies supported which steps?</source>
        <translation>¿Qué organismos del GMG apoyaron qué etapas?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="44"/>
        <source>What lessons recur across countries?</source>
        <translation>¿Qué lecciones se repiten entre países?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="45"/>
        <source>What did peer exchanges change?</source>
        <translation>¿Qué cambiaron los intercambios entre pares?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="46"/>
        <source>Is it sustainable?</source>
        <translation>¿Es sostenible?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="47"/>
        <source>Results against programme targets</source>
        <translation>Resultados frente a las metas del programa</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="92"/>
        <source>There is no workspace in this data folder yet.</source>
        <translation>Todavía no hay ningún espacio de trabajo en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="99"/>
        <source>; longest in its status: step {step}, {days} days</source>
        <translation>; más tiempo en su estado: etapa {step}, {days} días</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="101"/>
        <source>{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, {working} in progress, {waiting} not started; last update {updated}{stay}</source>
        <translation>{country} ({code}): {percent}% en total; {approved} aprobadas, {submitted} presentadas, {working} en curso, {waiting} sin comenzar; última actualización {updated}{stay}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="108"/>
        <source>{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; furthest along: {best} ({percent}% overall).</source>
        <translation>{count} países, {steps} etapas: {approved} aprobadas, {submitted} presentadas, {working} en curso; el más avanzado: {best} ({percent}% en total).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="119"/>
        <source>No profile holds any figure yet.</source>
        <translation>Ningún perfil contiene todavía ninguna cifra.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="122"/>
        <source>, newest {newest}, oldest latest figure {oldest}</source>
        <translation>, la más reciente {newest}, la última cifra más antigua {oldest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="124"/>
        <source>; international estimates only</source>
        <translation>; solo estimaciones internacionales</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="125"/>
        <source>{country}: {filled} of {total} core indicators have a figure{years}; sources: {types}{alone}</source>
        <translation>{country}: {filled} de {total} indicadores básicos tienen una cifra{years}; fuentes: {types}{alone}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="130"/>
        <source>{national} of {count} countries use national data sources; {alone} rely on international estimates only{names}.</source>
        <translation>{national} de {count} países usan fuentes de datos nacionales; {alone} dependen solo de estimaciones internacionales{names}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="137"/>
        <source>Who must reconcile a gap is not recorded: the country&apos;s focal point marks the preferred figure.</source>
        <translation>No se registra quién debe conciliar una discrepancia: el coordinador nacional del país marca la cifra preferida.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="140"/>
        <source>No figure is given by two sources that disagree by more than 10%.</source>
        <translation>Ninguna cifra procede de dos fuentes que difieran en más del 10%.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="142"/>
        <source>{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}</source>
        <translation>{country}: {indicator} {period}: {low} frente a {high} ({gap:.0%} de diferencia){done}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="144"/>
        <source>, explained</source>
        <translation>, explicada</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="146"/>
        <source>{count} disagreement(s) between sources in {countries} countries, the largest first; {open} not yet explained.</source>
        <translation>{count} discrepancia(s) entre fuentes en {countries} países, de mayor a menor; {open} aún sin explicar.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="157"/>
        <source>{indicator}: {figures}; missing for {missing}</source>
        <translation>{indicator}: {figures}; falta para {missing}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="161"/>
        <source>{country}: emigrants by destination ({year}): {list}</source>
        <translation>{country}: emigrantes por destino ({year}): {list}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="166"/>
        <source>{count} figures side by side across {indicators} indicators; a country without the figure is shown as missing.</source>
        <translation>{count} cifras comparadas en {indicators} indicadores; un país sin la cifra figura como faltante.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="168"/>
        <source>Skill mix is not compared: the profiles hold no common skill breakdown.</source>
        <translation>No se compara la composición por competencias: los perfiles no tienen un desglose común por competencias.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="175"/>
        <source>{country}: no active coordination mechanism recorded</source>
        <translation>{country}: ningún mecanismo de coordinación activo registrado</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="178"/>
        <source>{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); {meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors with a lead {led} of {sectors}; {focal} sector focal points</source>
        <translation>{country}: {active} mecanismo(s) activo(s) ({legal}), presidencia {chair} ({kind}); {meetings} reuniones, {rate} al año, {minutes} con acta, la última {last}; sectores clave con responsable: {led} de {sectors}; {focal} coordinadores sectoriales</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="188"/>
        <source>{alive} of {count} countries record an active coordination mechanism.</source>
        <translation>{alive} de {count} países registran un mecanismo de coordinación activo.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="190"/>
        <source>Whether the chair&apos;s seat goes with faster progress is not computed: too few mechanisms are recorded to compare.</source>
        <translation>No se calcula si quién ocupa la presidencia se asocia con un avance más rápido: hay muy pocos mecanismos registrados para comparar.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="196"/>
        <source>{country}: {events} consultation(s), {people} participants ({women} women); groups reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, {accepted} accepted</source>
        <translation>{country}: {events} consulta(s), {people} participantes ({women} mujeres); grupos alcanzados: {groups}; {reflected} de {inputs} aportes reflejados en una prioridad, {accepted} aceptados</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="205"/>
        <source>{count} countries record consultations: {people} participants, {women} of them women.</source>
        <translation>{count} países registran consultas: {people} participantes, {women} de ellos mujeres.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="211"/>
        <source>{country} ({route}): {instruments}</source>
        <translation>{country} ({route}): {instruments}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="220"/>
        <source>Highest mainstreaming level (0–4) by route: {routes}.</source>
        <translation>Nivel de integración más alto (0–4) por vía: {routes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="222"/>
        <source>Which route went faster is not known: the dates of level changes are not recorded.</source>
        <translation>No se sabe qué vía fue más rápida: no se registran las fechas de los cambios de nivel.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="229"/>
        <source>; {count} action(s) without an exchange rate left out</source>
        <translation>; se omiten {count} acción(es) sin tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="231"/>
        <source>{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of {actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}</source>
        <translation>{country}: {evidenced} de {priorities} prioridades se basan en evidencia; {costed} de {actions} acciones tienen costo y responsable; plan {cost}, financiado {funded}, déficit {gap}{left}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="237"/>
        <source>{count} countries have priorities; funding gap across them: {gap} of {cost}.</source>
        <translation>{count} países tienen prioridades; déficit de financiación entre todos: {gap} de {cost}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="243"/>
        <source>{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: {rag}; {sdg} aligned to an SDG indicator; latest actual {latest}</source>
        <translation>{country}: {ready} de {total} indicadores tienen línea de base y meta; semáforos: {rag}; {sdg} alineados con un indicador de los ODS; último valor alcanzado {latest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="250"/>
        <source>{count} countries have a results framework; {ready} of {total} indicators have a baseline and a target.</source>
        <translation>{count} países tienen un marco de resultados; {ready} de {total} indicadores tienen línea de base y meta.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="253"/>
        <source>Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is shown instead.</source>
        <translation>La puntualidad de los informes requiere un calendario de presentación de informes, que no se registra; en su lugar se muestra el último valor alcanzado.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="259"/>
        <source>{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed priorities without partner support: {unsupported}</source>
        <translation>{country}: {projects} proyecto(s) de socios, {aligned} de {budget} ({share}) alineados con las prioridades nacionales; {undaf} vinculados a un efecto del Marco de Cooperación de las Naciones Unidas; prioridades respaldadas sin apoyo de los socios: {unsupported}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="267"/>
        <source>{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to national priorities.</source>
        <translation>{count} países registran proyectos de socios; el {share} de sus presupuestos ({budget}) está alineado con las prioridades nacionales.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="269"/>
        <source>Duplicated projects are not detected.</source>
        <translation>No se detectan los proyectos duplicados.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="274"/>
        <source>Resolution time per agency is not known: a comment&apos;s closing date is not recorded.</source>
        <translation>No se conoce el tiempo de resolución por organismo: no se registra la fecha de cierre de los comentarios.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="276"/>
        <source>No expert mission or review comment is recorded.</source>
        <translation>No se ha registrado ninguna misión de expertos ni ningún comentario de revisión.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="278"/>
        <source>{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments {open} open, {closed} closed</source>
        <translation>{agency}: {missions} misión(es) ({countries}; etapas {steps}); comentarios de revisión: {open} abiertos, {closed} cerrados</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="284"/>
        <source>{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s).</source>
        <translation>{agencies} organismos: {missions} misión(es) de expertos y {comments} comentario(s) de revisión.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="291"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna lección aprendida.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="296"/>
        <source>{theme}: {count} lesson(s) from {countries}{recurring}{proposal}</source>
        <translation>{theme}: {count} lección(es) de {countries}{recurring}{proposal}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="299"/>
        <source>; recurs</source>
        <translation>; se repite</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="300"/>
        <source>; behind a handbook change proposal</source>
        <translation>; origen de una propuesta de cambio al manual</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="303"/>
        <source>Themes recurring in 3 or more countries: {themes}.</source>
        <translation>Temas que se repiten en 3 o más países: {themes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="304"/>
        <source>No theme recurs in 3 or more countries yet ({count} lessons).</source>
        <translation>Todavía no hay ningún tema que se repita en 3 o más países ({count} lecciones).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="311"/>
        <source>No peer exchange is recorded.</source>
        <translation>No se ha registrado ningún intercambio entre pares.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="312"/>
        <source>{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} lesson(s) and {priorities} priority(ies)</source>
        <translation>{host} recibe a {visitors} ({end}, {topic}): después, los visitantes registraron {lessons} lección(es) y {priorities} prioridad(es)</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="316"/>
        <source>{count} peer exchange(s) recorded.</source>
        <translation>{count} intercambio(s) entre pares registrado(s).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="317"/>
        <source>Records dated after an exchange are not necessarily caused by it.</source>
        <translation>Los registros con fecha posterior a un intercambio no son necesariamente consecuencia de este.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="323"/>
        <source>{country}: the government budget carries {share} of the plan&apos;s funding; the mechanism last met {last}</source>
        <translation>{country}: el presupuesto público aporta el {share} de la financiación del plan; el mecanismo se reunió por última vez el {last}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="327"/>
        <source>Government budget share of the funded actions: {share} across {count} countries.</source>
        <translation>Parte del presupuesto público en las acciones financiadas: {share} en {count} países.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="329"/>
        <source>Whether the profile is produced by a national body on a legal basis is not recorded.</source>
        <translation>No se registra si el perfil lo elabora un organismo nacional con base jurídica.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="334"/>
        <source>{country}: {indicator} {value} ({year})</source>
        <translation>{country}: {indicator} {value} ({year})</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="337"/>
        <source>No country reports laws amended or new M&amp;D policies (indicators PROC_LAWS_MM, PROC_NEW_MD_POLICIES) in its profile.</source>
        <translation>Ningún país informa en su perfil de leyes modificadas ni de nuevas políticas de M&amp;D (indicadores PROC_LAWS_MM, PROC_NEW_MD_POLICIES).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="344"/>
        <source>Laws and policies amended: {laws} (the programme reported {laws_target}); new M&amp;D policies and programmes: {policies} (the programme reported {policies_target}).</source>
        <translation>Leyes y políticas modificadas: {laws} (el programa informó {laws_target}); nuevas políticas y programas de M&amp;D: {policies} (el programa informó {policies_target}).</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="91"/>
        <source>The evidence attached to “{criterion}” is not a document of this workspace; attach the file again.</source>
        <translation>La evidencia adjuntada a «{criterion}» no es un documento de este espacio de trabajo; vuelva a adjuntar el archivo.</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="16"/>
        <source>High-level political endorsement</source>
        <translation>Respaldo político de alto nivel</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="17"/>
        <source>Lead institution and focal point designated</source>
        <translation>Institución responsable y coordinador designados</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="18"/>
        <source>Budget or donor funding secured</source>
        <translation>Presupuesto o financiación de donantes asegurados</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="19"/>
        <source>UN country team lead agency agreed</source>
        <translation>Organismo líder de la ONU acordado</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="20"/>
        <source>A planning window exists</source>
        <translation>Existe una ventana de planificación</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="21"/>
        <source>Existing analysis available</source>
        <translation>Hay análisis existentes disponibles</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="22"/>
        <source>Statistics office involved</source>
        <translation>Participación de la oficina de estadística</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="34"/>
        <source>“{criterion}” is marked met: attach evidence or explain it in at least {minimum} characters.</source>
        <translation>«{criterion}» está marcado como cumplido: adjunte evidencia o explíquelo en al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="46"/>
        <source>“{field}” is required.</source>
        <translation>«{field}» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="59"/>
        <source>“{field}” must be a whole number.</source>
        <translation>«{field}» debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="62"/>
        <source>“{field}” must lie between {minimum} and {maximum}.</source>
        <translation>«{field}» debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="68"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» no es un valor válido de {field}.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="72"/>
        <source>“{field}” must be an amount of 0 or more.</source>
        <translation>«{field}» debe ser un importe igual o mayor que 0.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="76"/>
        <source>“{field}” must be a number.</source>
        <translation>«{field}» debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="79"/>
        <source>“{field}” must be a date.</source>
        <translation>«{field}» debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="172"/>
        <source>This record repeats one that is stored already (perhaps one deleted earlier); edit that one instead.</source>
        <translation>Este registro repite uno que ya está guardado (quizás uno eliminado antes); edite ese en su lugar.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="187"/>
        <source>“{field}” does not belong to the chosen “{parent}”.</source>
        <translation>«{field}» no pertenece al «{parent}» elegido.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="224"/>
        <source>“{field}” points at evidence that is not in this workspace.</source>
        <translation>«{field}» remite a una evidencia que no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="240"/>
        <source>“{field}” points at a record that is not in this workspace.</source>
        <translation>«{field}» remite a un registro que no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="263"/>
        <source>“{value}” is already in the list ({field}).</source>
        <translation>«{value}» ya está en la lista ({field}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="65"/>
        <source>Give the workspace a title.</source>
        <translation>Dé un título al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="66"/>
        <source>Choose the programme phase.</source>
        <translation>Elija la fase del programa.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="67"/>
        <source>Enter the start and end dates.</source>
        <translation>Ingrese las fechas de inicio y de finalización.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="68"/>
        <source>Name the donor.</source>
        <translation>Indique el donante.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="69"/>
        <source>Name the lead institution.</source>
        <translation>Indique la institución responsable.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="70"/>
        <source>Name the national focal point.</source>
        <translation>Indique el coordinador nacional.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="71"/>
        <source>Choose the entry mode into planning.</source>
        <translation>Elija la vía de entrada en la planificación.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="72"/>
        <source>Choose the default currency.</source>
        <translation>Elija la moneda predeterminada.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="73"/>
        <source>Enter the reference year of the profile.</source>
        <translation>Ingrese el año de referencia del perfil.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="80"/>
        <source>Assess the readiness criterion “{criterion}”.</source>
        <translation>Evalúe el criterio de preparación «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="85"/>
        <source>“{criterion}” must be met before the process starts.</source>
        <translation>«{criterion}» debe cumplirse antes de iniciar el proceso.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="92"/>
        <source>Attach evidence for the criteria marked met: {criteria}.</source>
        <translation>Adjunte evidencia para los criterios marcados como cumplidos: {criteria}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="95"/>
        <source>The national focal point has not confirmed the readiness assessment.</source>
        <translation>El coordinador nacional no ha confirmado la evaluación de la preparación.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="104"/>
        <source>Enter the reference year of the profile in step 0; core indicators are counted from it.</source>
        <translation>Ingrese el año de referencia del perfil en la etapa 0; los indicadores básicos se cuentan a partir de él.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="116"/>
        <source>Core indicators with a value for {first}–{last}: {have} of {total} (80% needed). Missing: {codes}.</source>
        <translation>Indicadores básicos con un valor para {first}–{last}: {have} de {total} (se necesita el 80%). Faltan: {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="124"/>
        <source>Write the narrative of profile part {part}.</source>
        <translation>Redacte la narrativa de la parte {part} del perfil.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="126"/>
        <source>Inventory the data sources used.</source>
        <translation>Haga el inventario de las fuentes de datos utilizadas.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="129"/>
        <source>Document the data gaps of each source type used{types}.</source>
        <translation>Documente las lagunas de datos de cada tipo de fuente utilizado{types}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="138"/>
        <source>Record an active inter-ministerial coordination mechanism.</source>
        <translation>Registre un mecanismo de coordinación interministerial activo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="139"/>
        <source>Attach the mechanism&apos;s terms of reference.</source>
        <translation>Adjunte los términos de referencia del mecanismo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="152"/>
        <source>Core sectors not yet represented on the mechanism: {sectors}.</source>
        <translation>Sectores clave aún no representados en el mecanismo: {sectors}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="155"/>
        <source>The lead institution should sit on the mechanism.</source>
        <translation>La institución responsable debería formar parte del mecanismo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="157"/>
        <source>Name the sector focal points.</source>
        <translation>Designe a los coordinadores sectoriales.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="164"/>
        <source>Each active mechanism needs exactly one chair (or one or two co-chairs){names}.</source>
        <translation>Cada mecanismo activo necesita exactamente una presidencia (o una o dos copresidencias){names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="174"/>
        <source>Name a lead institution for the policy areas of the priorities: {areas}.</source>
        <translation>Designe una institución responsable para los ámbitos de política de las prioridades: {areas}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="181"/>
        <source>Meetings dated before their mechanism was established: {dates}.</source>
        <translation>Reuniones con fecha anterior a la creación de su mecanismo: {dates}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="185"/>
        <source>Hold at least {minimum} meetings with minutes ({count} so far).</source>
        <translation>Celebre al menos {minimum} reuniones con acta ({count} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="197"/>
        <source>No consultation has reached {group} yet.</source>
        <translation>Ninguna consulta ha llegado todavía a {group}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="205"/>
        <source>Give every consultation at least one topic and one stakeholder present{titles}.</source>
        <translation>Dé a cada consulta al menos un tema y una parte interesada presente{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="208"/>
        <source>Hold a validation workshop on the profile and the priorities.</source>
        <translation>Celebre un taller de validación del perfil y de las prioridades.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="210"/>
        <source>Report the participants of consultations by sex.</source>
        <translation>Informe de los participantes en las consultas por sexo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="214"/>
        <source>Decide what happens to the inputs received ({pending} of {total} pending; at most 10% may be).</source>
        <translation>Decida qué se hace con los aportes recibidos ({pending} de {total} pendientes; como máximo puede quedar el 10%).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="223"/>
        <source>Adopt a planning instrument that mainstreams migration (level 2 or more) or a stand-alone migration and development policy.</source>
        <translation>Adopte un instrumento de planificación que integre la migración (nivel 2 o superior) o una política específica de migración y desarrollo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="226"/>
        <source>Set the migration and development priorities.</source>
        <translation>Defina las prioridades de migración y desarrollo.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="231"/>
        <source>Link every priority to its evidence{titles}.</source>
        <translation>Vincule cada prioridad con su evidencia{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="236"/>
        <source>Have the mechanism endorse the priority list{titles}.</source>
        <translation>Haga que el mecanismo respalde la lista de prioridades{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="240"/>
        <source>Make the scoring weights add up to 1 (they add up to {total:.2f}).</source>
        <translation>Haga que las ponderaciones sumen 1 (ahora suman {total:.2f}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="246"/>
        <source>Cost the actions of every endorsed priority, each with a lead{titles}.</source>
        <translation>Estime el costo de las acciones de cada prioridad respaldada, cada una con un responsable{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="270"/>
        <source>Give every impact an indicator (ideally an SDG or national plan one): {codes}.</source>
        <translation>Dé a cada impacto un indicador (idealmente uno de los ODS o del plan nacional): {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="273"/>
        <source>Attach the final evaluation&apos;s report and record the management response.</source>
        <translation>Adjunte el informe de la evaluación final y registre la respuesta de la administración.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="276"/>
        <source>Set up the results framework with its outcomes.</source>
        <translation>Establezca el marco de resultados con sus efectos.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="278"/>
        <source>Give every outcome an indicator with a baseline and a target{codes}.</source>
        <translation>Dé a cada efecto un indicador con línea de base y meta{codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="281"/>
        <source>Report actuals for at least 80% of the indicators ({have} of {total}).</source>
        <translation>Informe de los valores alcanzados de al menos el 80% de los indicadores ({have} de {total}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="284"/>
        <source>Plan the mid-term and final evaluations.</source>
        <translation>Planifique las evaluaciones de medio término y final.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="298"/>
        <source>List the development partners present in the country.</source>
        <translation>Enumere los socios para el desarrollo presentes en el país.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="300"/>
        <source>Each partner lists its projects or confirms it has none{names}.</source>
        <translation>Cada socio enumera sus proyectos o confirma que no tiene ninguno{names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="303"/>
        <source>Align each project to a national priority or say why not{titles}.</source>
        <translation>Alinee cada proyecto con una prioridad nacional o indique por qué no{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="305"/>
        <source>Record at least one partner coordination event.</source>
        <translation>Registre al menos un evento de coordinación de socios.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="321"/>
        <source>Steps not yet approved: {steps}.</source>
        <translation>Etapas aún no aprobadas: {steps}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="322"/>
        <source>Record at least {minimum} validated lessons ({count} so far).</source>
        <translation>Registre al menos {minimum} lecciones validadas ({count} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="326"/>
        <source>Resolve the open blocker and major review comments ({count}).</source>
        <translation>Resuelva los comentarios de revisión bloqueantes y mayores abiertos ({count}).</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="25"/>
        <source>Workspace and readiness</source>
        <translation>Inicio y preparación</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="26"/>
        <source>Set up the pilot and check the preconditions.</source>
        <translation>Configurar el piloto y comprobar las condiciones previas.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="28"/>
        <source>Migration profile</source>
        <translation>Perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="29"/>
        <source>Assess national migration dynamics: the evidence base.</source>
        <translation>Evaluar la dinámica migratoria nacional: la base empírica.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="31"/>
        <source>Whole-of-government</source>
        <translation>Enfoque de gobierno integral</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="32"/>
        <source>The inter-ministerial mechanism and who is responsible.</source>
        <translation>El mecanismo interministerial y quién es responsable de qué.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="34"/>
        <source>Whole-of-society</source>
        <translation>Enfoque pansocial</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="35"/>
        <source>Stakeholders, consultations and what became of inputs.</source>
        <translation>Partes interesadas, consultas y qué se hizo con los aportes.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Policy priorities in the plan</source>
        <translation>Prioridades en el plan</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Evidence-based priorities, written into plans and costed.</source>
        <translation>Prioridades basadas en evidencia, incorporadas en los planes y costeadas.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>Seguimiento y evaluación</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="41"/>
        <source>Results framework, indicators, targets and actuals.</source>
        <translation>Marco de resultados, indicadores, metas y valores alcanzados.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="43"/>
        <source>Coherent international support</source>
        <translation>Apoyo internacional coherente</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Partners&apos; projects aligned to the national priorities.</source>
        <translation>Proyectos de los socios alineados con las prioridades nacionales.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="46"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Pilotaje y lecciones</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="47"/>
        <source>Expert support, peer exchanges, lessons, handbook changes.</source>
        <translation>Apoyo de expertos, intercambios entre pares, lecciones, cambios al manual.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="199"/>
        <source>The priority “{title}” rests on no evidence: link a figure, finding or input.</source>
        <translation>La prioridad «{title}» no se basa en ninguna evidencia: vincule una cifra, una conclusión o un aporte.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="204"/>
        <source>The endorsed priority “{title}” has no actions.</source>
        <translation>La prioridad respaldada «{title}» no tiene acciones.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="208"/>
        <source>The action “{action}” lands in no plan element.</source>
        <translation>La acción «{action}» no se ubica en ningún elemento del plan.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="211"/>
        <source>No indicator measures the action “{action}”.</source>
        <translation>Ningún indicador mide la acción «{action}».</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="215"/>
        <source>The endorsed priority “{title}” has no funding: no action is funded and no partner project is aligned to it.</source>
        <translation>La prioridad respaldada «{title}» no tiene financiación: ninguna acción está financiada y ningún proyecto de los socios está alineado con ella.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="228"/>
        <source>The indicator “{name}” ({code}) has no baseline.</source>
        <translation>El indicador «{name}» ({code}) no tiene línea de base.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="232"/>
        <source>The indicator “{name}” ({code}) has no target.</source>
        <translation>El indicador «{name}» ({code}) no tiene meta.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="247"/>
        <source>“{title}” is at mainstreaming level {level} but none of its elements is linked to an indicator.</source>
        <translation>«{title}» está en el nivel de integración {level}, pero ninguno de sus elementos está vinculado a un indicador.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="21"/>
        <source>The workspace code must be 2 to 20 capital letters, digits or dashes, for example JAM or JAM-2.</source>
        <translation>El código del espacio de trabajo debe tener de 2 a 20 letras mayúsculas, dígitos o guiones, por ejemplo JAM o JAM-2.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="25"/>
        <source>Choose the country from the list (ISO 3166 code).</source>
        <translation>Elija el país de la lista (código ISO 3166).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="28"/>
        <source>The workspace needs a title.</source>
        <translation>El espacio de trabajo necesita un título.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="31"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>La fecha de finalización ({end}) es anterior a la fecha de inicio ({start}).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="35"/>
        <source>The reference year must lie between {first} and {last}.</source>
        <translation>El año de referencia debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="39"/>
        <source>{currency} is not an ISO 4217 currency code.</source>
        <translation>{currency} no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="42"/>
        <source>The focal point&apos;s e-mail address does not look right.</source>
        <translation>La dirección de correo electrónico del coordinador no parece correcta.</translation>
    </message>
    <message>
        <source>Women among immigrants, %</source>
        <translation type="obsolete">Mujeres entre los inmigrantes, %</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="45"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="46"/>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="47"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="48"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="40"/>
        <source>Phase I (2011–2013)</source>
        <translation>Fase I (2011–2013)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="41"/>
        <source>Phase II (2014–2018)</source>
        <translation>Fase II (2014–2018)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="42"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="50"/>
        <source>Integrate into the national plan being drafted</source>
        <translation>Integrar en el plan nacional en elaboración</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="52"/>
        <source>Stand-alone migration and development strategy</source>
        <translation>Estrategia específica de migración y desarrollo</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="54"/>
        <source>Sector plans only</source>
        <translation>Solo planes sectoriales</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="45"/>
        <source>The file system refused: {reason}</source>
        <translation>El sistema de archivos se negó: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="47"/>
        <source>Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; the details are in the log file.</source>
        <translation>Ocurrió un error inesperado ({kind}: {detail}). No quedó nada guardado a medias; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="63"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="64"/>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Archivos CSV en un zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="66"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="77"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="78"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} ya existe. ¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="18"/>
        <source>Before starting, the handbook asks for political backing, a mandated lead and resources. Record the pilot&apos;s basic facts, then assess the seven preconditions: high-level endorsement, a designated lead institution and focal point, funding, an agreed UN lead agency, a planning window (a national or sector plan being drafted), existing analysis, and the statistics office on board. The best moment to mainstream is while a new national strategy is drafted; if the timelines do not match, a stand-alone migration and development strategy can feed the plan.</source>
        <translation>Antes de empezar, el manual pide respaldo político, una institución responsable con mandato y recursos. Registre los datos básicos del piloto y luego evalúe las siete condiciones previas: respaldo de alto nivel, una institución responsable y un coordinador designados, financiación, un organismo líder de las Naciones Unidas acordado, una ventana de planificación (un plan nacional o sectorial en elaboración), análisis existentes y la participación de la oficina de estadística. El mejor momento para integrar la migración es mientras se elabora una nueva estrategia nacional; si los plazos no coinciden, una estrategia específica de migración y desarrollo puede alimentar el plan.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="25"/>
        <source>Build the evidence base in the standard profile structure: A, migration trends and migrants&apos; characteristics; B, the impact of migration on the economy, labour market, society and health; C, the governance framework; D, findings and recommendations. Break data down by age and sex, give every number its source, inventory the data sources and their gaps, and plan how the profile will be kept up to date.</source>
        <translation>Construya la base empírica siguiendo la estructura estándar del perfil: A, tendencias migratorias y características de los migrantes; B, efectos de la migración en la economía, el mercado laboral, la sociedad y la salud; C, el marco de gobernanza; D, conclusiones y recomendaciones. Desglose los datos por edad y sexo, indique la fuente de cada número, haga el inventario de las fuentes de datos y sus lagunas, y planifique cómo se mantendrá actualizado el perfil.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="31"/>
        <source>Set up an inter-ministerial mechanism (a task force or working group with a legal basis, a chair, a secretariat and terms of reference) so that labour, health, education, statistics, finance or the central bank, interior and border, foreign affairs, justice and planning all contribute. Name sector focal points, meet regularly and keep minutes, decisions and action items.</source>
        <translation>Establezca un mecanismo interministerial (un grupo de trabajo con base jurídica, presidencia, secretaría y términos de referencia) para que contribuyan trabajo, salud, educación, estadística, finanzas o el banco central, interior y fronteras, relaciones exteriores, justicia y planificación. Designe coordinadores sectoriales, reúnase con regularidad y lleve actas, decisiones y tareas pendientes.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="36"/>
        <source>Bring in academia, service providers, local government, the private sector, recruitment agencies, remittance providers, trade unions, NGOs, diaspora and migrant associations and the media. Record each consultation with its participants by sex, every input received, and what became of it, with a reason.</source>
        <translation>Incorpore al mundo académico, los proveedores de servicios, los gobiernos locales, el sector privado, las agencias de contratación, los proveedores de servicios de remesas, los sindicatos, las ONG, la diáspora y las asociaciones de migrantes, y los medios de comunicación. Registre cada consulta con sus participantes por sexo, cada aporte recibido y qué se hizo con él, con su motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="40"/>
        <source>Combine the profile with the consultations to set migration and development priorities, apply the migration lens to the plan&apos;s goals, and write the priorities into the national plan, sector strategies, local plans, the UN cooperation framework or the budget. Each priority points back to its evidence and forward to costed actions with a lead institution.</source>
        <translation>Combine el perfil con las consultas para definir prioridades de migración y desarrollo, aplique la óptica migratoria a los objetivos del plan e incorpore las prioridades en el plan nacional, las estrategias sectoriales, los planes locales, el Marco de Cooperación de las Naciones Unidas o el presupuesto. Cada prioridad remite a su evidencia y a acciones costeadas con una institución responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="45"/>
        <source>Set up a results framework (impact, outcomes, outputs) with neutral indicators, their unit, disaggregation, means of verification, a baseline and targets. Report actuals each period; the program computes red, amber or green from the progress toward each target. Plan mid-term and final evaluations and record management responses.</source>
        <translation>Establezca un marco de resultados (impacto, efectos, productos) con indicadores neutros, su unidad, desagregación, medios de verificación, línea de base y metas. Informe de los valores alcanzados en cada período; el programa calcula rojo, ámbar o verde según el avance hacia cada meta. Planifique las evaluaciones de medio término y final, y registre las respuestas de la administración.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="50"/>
        <source>Once migration is in the national instruments, align outside support with it: list the development partners and their migration-related projects, link each project to the national priorities it serves, and compare funding with the cost of each priority to show the gap.</source>
        <translation>Una vez que la migración está en los instrumentos nacionales, alinee con ella el apoyo externo: enumere los socios para el desarrollo y sus proyectos relacionados con la migración, vincule cada proyecto con las prioridades nacionales a las que sirve y compare la financiación con el costo de cada prioridad para mostrar el déficit.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="54"/>
        <source>Across the pilot countries, record GMG expert missions, peer exchanges and review comments, capture lessons learned (what happened, why, and what to recommend), and trace proposals to change the handbook to the lessons behind them.</source>
        <translation>En todos los países piloto, registre las misiones de expertos del GMG, los intercambios entre pares y los comentarios de revisión, recoja las lecciones aprendidas (qué ocurrió, por qué y qué se recomienda) y vincule las propuestas de cambio al manual con las lecciones en que se basan.</translation>
    </message>
</context>
<context>
    <name>participation</name>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="13"/>
        <source>Institutions and people</source>
        <translation>Instituciones y personas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="14"/>
        <source>One registry for every step: ministries, agencies, the central bank, the statistics office, local government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their people. Contact details need the person&apos;s consent.</source>
        <translation>Un único registro para todas las etapas: ministerios, organismos, el banco central, la oficina de estadística, los gobiernos locales, los organismos de las Naciones Unidas, los donantes, las ONG, el mundo académico, el sector privado, las organizaciones de la diáspora y sus integrantes. Los datos de contacto requieren el consentimiento de la persona.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="22"/>
        <source>The coordination mechanism</source>
        <translation>El mecanismo de coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="23"/>
        <source>The task force or working group: its legal basis, chair, secretariat, terms of reference, and its members with the sector focal points.</source>
        <translation>El grupo de trabajo: su base jurídica, presidencia, secretaría y términos de referencia, y sus miembros con los coordinadores sectoriales.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="27"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="28"/>
        <source>Each meeting with its agenda and minutes, who attended, and the decisions and action items.</source>
        <translation>Cada reunión con su orden del día y su acta, quiénes asistieron, y las decisiones y tareas pendientes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="31"/>
        <source>Who is responsible for what</source>
        <translation>Quién es responsable de qué</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="32"/>
        <source>For each policy area, the lead institution, the contributors, the data providers and who is consulted. Core sectors without a lead are shown in red.</source>
        <translation>Para cada ámbito de política, la institución responsable, los colaboradores, los proveedores de datos y a quién se consulta. Los sectores clave sin responsable se muestran en rojo.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="40"/>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="41"/>
        <source>Who has a stake, how interested and how influential (1-5), and how they are engaged.</source>
        <translation>Quién tiene interés, cuánto interés y cuánta influencia (1-5), y cómo participa.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="44"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="45"/>
        <source>Each consultation with its participants by sex and the stakeholders present.</source>
        <translation>Cada consulta con sus participantes por sexo y las partes interesadas presentes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="48"/>
        <source>Inputs received</source>
        <translation>Aportes recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="49"/>
        <source>Every suggestion received and what became of it (accepted, partly, noted, rejected), with the reason.</source>
        <translation>Cada sugerencia recibida y qué se hizo con ella (aceptada, en parte, tomada en cuenta, rechazada), con el motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="57"/>
        <source>Development partners</source>
        <translation>Socios para el desarrollo</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="58"/>
        <source>UN agencies, donors, international financial institutions and foundations present in the country; each lists its migration-related projects or confirms it has none.</source>
        <translation>Organismos de las Naciones Unidas, donantes, instituciones financieras internacionales y fundaciones presentes en el país; cada uno enumera sus proyectos relacionados con la migración o confirma que no tiene ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="62"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="63"/>
        <source>The migration and development project inventory: budgets, dates, policy areas, and alignment to the national priorities (or why not).</source>
        <translation>El inventario de proyectos de migración y desarrollo: presupuestos, fechas, ámbitos de política y alineación con las prioridades nacionales (o por qué no).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="67"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="68"/>
        <source>UN country team meetings, donor round tables and joint programming.</source>
        <translation>Reuniones del equipo de las Naciones Unidas en el país, mesas redondas de donantes y programación conjunta.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="74"/>
        <source>GMG expert missions</source>
        <translation>Misiones de expertos del GMG</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="75"/>
        <source>The missions of the GMG agencies that supported the country: in country, remote or desk review, with the steps they supported, their terms of reference and their reports.</source>
        <translation>Las misiones de los organismos del GMG que apoyaron al país: en el país, a distancia o de revisión documental, con las etapas que apoyaron, sus términos de referencia y sus informes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="79"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="80"/>
        <source>What happened, why, and what others should do: each lesson with its theme and step, how widely it applies, its evidence, and who validated it. Step 7 needs at least three validated lessons.</source>
        <translation>Qué ocurrió, por qué y qué deberían hacer otros: cada lección con su tema y etapa, su alcance, su evidencia y quién la validó. La etapa 7 necesita al menos tres lecciones validadas.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="16"/>
        <source>Planning instruments</source>
        <translation>Instrumentos de planificación</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="17"/>
        <source>The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a stand-alone migration policy: status, period and how far each mainstreams migration (0 absent … 4 costed and budgeted actions). Then each plan&apos;s goals, outcomes, strategies and actions.</source>
        <translation>El plan nacional, las estrategias sectoriales, los planes locales, el Marco de Cooperación de las Naciones Unidas, el presupuesto o una política específica de migración: estado, período y grado de integración de la migración (0 ausente … 4 acciones costeadas y presupuestadas). Luego, los objetivos, efectos, estrategias y acciones de cada plan.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="22"/>
        <source>Migration lens</source>
        <translation>Óptica migratoria</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="23"/>
        <source>Apply the migration lens to plan elements: for the element&apos;s policy area, answer the questions of the bank (the list follows the area chosen), say how migration affects the goal and the goal migration, and propose a change to the text.</source>
        <translation>Aplique la óptica migratoria a los elementos del plan: para el ámbito de política del elemento, responda a las preguntas del banco (la lista depende del ámbito elegido), indique cómo afecta la migración al objetivo y el objetivo a la migración, y proponga un cambio en el texto.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="28"/>
        <source>Priorities and their evidence</source>
        <translation>Prioridades y su evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="29"/>
        <source>The migration and development priorities with problem, objective and target groups, scored 1-5 (weights below; equal when none are set). Each priority needs at least one piece of evidence from the profile, the consultations or a document; endorsement needs the mechanism&apos;s decision.</source>
        <translation>Las prioridades de migración y desarrollo con problema, objetivo y grupos destinatarios, puntuadas de 1 a 5 (ponderaciones abajo; iguales si no se definen). Cada prioridad necesita al menos una evidencia del perfil, de las consultas o de un documento; el respaldo requiere la decisión del mecanismo.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="34"/>
        <source>Costed action plan</source>
        <translation>Plan de acción presupuestado</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="35"/>
        <source>Each priority&apos;s actions with a lead, dates, a cost and where they land in the plan; their funding by source never exceeds the cost, and the rest shows as the gap.</source>
        <translation>Las acciones de cada prioridad con responsable, fechas, costo y su ubicación en el plan; su financiación por fuente nunca supera el costo, y el resto aparece como déficit.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="42"/>
        <source>Results chain</source>
        <translation>Cadena de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="43"/>
        <source>Impact, outcomes, outputs and activities, each contributing to the level above and linked to a priority or a plan element, with assumptions and risks.</source>
        <translation>Impacto, efectos, productos y actividades, cada uno contribuyendo al nivel superior y vinculado a una prioridad o a un elemento del plan, con supuestos y riesgos.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="47"/>
        <source>Indicators, baselines and targets</source>
        <translation>Indicadores, líneas de base y metas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="48"/>
        <source>Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a baseline (offered from the profile when the indicator is one of its reference indicators) and targets by year.</source>
        <translation>Indicadores neutros con unidad, dirección, desagregación, frecuencia y medios de verificación; una línea de base (propuesta a partir del perfil cuando el indicador es uno de sus indicadores de referencia) y metas por año.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="53"/>
        <source>Actuals</source>
        <translation>Valores alcanzados</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="54"/>
        <source>The values reported for each period, with their evidence, and disaggregated values that add up to the total. The dashboard colours each indicator by its progress.</source>
        <translation>Los valores informados para cada período, con su evidencia, y valores desagregados que suman el total. El tablero colorea cada indicador según su avance.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="58"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="59"/>
        <source>The evaluation plan (mid-term and final), the reports, and the management response to each recommendation; the thresholds of the traffic lights.</source>
        <translation>El plan de evaluación (de medio término y final), los informes y la respuesta de la administración a cada recomendación; los umbrales de los semáforos.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="80"/>
        <source>The golden thread</source>
        <translation>El hilo conductor</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="81"/>
        <source>From the evidence to the priority, its actions and where they land in the plan, the indicators that measure them and the money behind them. Broken links come first.</source>
        <translation>De la evidencia a la prioridad, sus acciones y su lugar en el plan, los indicadores que las miden y el dinero que las respalda. Los eslabones rotos aparecen primero.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="99"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="100"/>
        <source>Each step&apos;s review by the GMG hub: a country submits a step, the hub comments, asks for changes or approves. Blocker and major comments must be closed before approval.</source>
        <translation>La revisión de cada etapa por el centro del GMG: un país presenta una etapa, el centro la comenta, solicita cambios o la aprueba. Los comentarios bloqueantes y mayores deben cerrarse antes de la aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="52"/>
        <source>Step 2: whole-of-government — {code}</source>
        <translation>Etapa 2: enfoque de gobierno integral — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="53"/>
        <source>Step 3: whole-of-society — {code}</source>
        <translation>Etapa 3: enfoque pansocial — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="54"/>
        <source>Step 4: priorities in the plan — {code}</source>
        <translation>Etapa 4: prioridades en el plan — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="55"/>
        <source>Step 5: monitoring and evaluation — {code}</source>
        <translation>Etapa 5: seguimiento y evaluación — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="56"/>
        <source>Step 6: coherent international support — {code}</source>
        <translation>Etapa 6: apoyo internacional coherente — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="57"/>
        <source>Step 7: pilot testing, review and lessons — {code}</source>
        <translation>Etapa 7: fase piloto, revisión y lecciones — {code}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="96"/>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="97"/>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="98"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="99"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="45"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="46"/>
        <source>Population, economy, labour market and human development: the background against which migration is read.</source>
        <translation>Población, economía, mercado laboral y desarrollo humano: el contexto en el que se interpreta la migración.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="54"/>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="55"/>
        <source>Immigrant stock and inflows, by sex, age and origin.</source>
        <translation>Población inmigrante y flujos de entrada, por sexo, edad y origen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="61"/>
        <source>Emigration and diaspora</source>
        <translation>Emigración y diáspora</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="62"/>
        <source>Emigrants by destination, outflows, skills, and the diaspora&apos;s estimates from every source.</source>
        <translation>Emigrantes por destino, flujos de salida, competencias y las estimaciones de la diáspora de todas las fuentes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="68"/>
        <source>Forced migration</source>
        <translation>Migración forzosa</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="69"/>
        <source>Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.</source>
        <translation>Refugiados acogidos y originarios del país, solicitantes de asilo, desplazados internos y apátridas, víctimas de trata, retornados forzosos.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="77"/>
        <source>Labour migration</source>
        <translation>Migración laboral</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="78"/>
        <source>Temporary, seasonal and circular schemes, sectors and skill levels.</source>
        <translation>Programas temporales, estacionales y circulares, sectores y niveles de competencias.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="83"/>
        <source>Return migration</source>
        <translation>Migración de retorno</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="84"/>
        <source>Voluntary and forced returns, and reintegration.</source>
        <translation>Retornos voluntarios y forzosos, y reintegración.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="89"/>
        <source>Remittances and networks</source>
        <translation>Remesas y redes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="90"/>
        <source>Volumes, share of GDP, corridors and costs, channels, diaspora associations.</source>
        <translation>Volúmenes, proporción del PIB, corredores y costos, canales, asociaciones de la diáspora.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="96"/>
        <source>Sectors affected</source>
        <translation>Sectores afectados</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="97"/>
        <source>Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.</source>
        <translation>Parte B: para cada ámbito de política, cómo lo afecta la migración, en qué medida y qué tan sólida es la evidencia.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="107"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="108"/>
        <source>Part C: laws, policies, institutions, agreements and conventions.</source>
        <translation>Parte C: leyes, políticas, instituciones, acuerdos y convenios.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="115"/>
        <source>Data sources and gaps</source>
        <translation>Fuentes de datos y lagunas</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="116"/>
        <source>Every source used, what it covers, its quality and its gaps.</source>
        <translation>Cada fuente utilizada, lo que abarca, su calidad y sus lagunas.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="123"/>
        <source>Findings and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="124"/>
        <source>Part D: key findings, policy implications and recommendations, including on data.</source>
        <translation>Parte D: principales conclusiones, implicaciones de política y recomendaciones, también sobre los datos.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="148"/>
        <source>Narrative: {section}</source>
        <translation>Narrativa: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="183"/>
        <source>The numbers</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="185"/>
        <source>Every number with its source. Import the public tables or your own spreadsheet, edit in place (Enter moves on), paste from Excel; warnings can be explained, errors must be corrected.</source>
        <translation>Cada número con su fuente. Importe las tablas públicas o su propia hoja de cálculo, edite directamente en la tabla (Intro pasa a la siguiente celda), pegue desde Excel; las advertencias pueden justificarse, los errores deben corregirse.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/participation_specs.py" line="28"/>
        <source>Contact details (e-mail, phone) can only be stored with the person&apos;s consent: tick “Consent to store contact details” or leave them out.</source>
        <translation>Los datos de contacto (correo electrónico, teléfono) solo pueden guardarse con el consentimiento de la persona: marque «Consentimiento para guardar los datos de contacto» u omítalos.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="33"/>
        <source>The e-mail address does not look right.</source>
        <translation>La dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="40"/>
        <source>A mechanism with a formal legal basis needs its legal reference (e.g. “GD 725 of 08.09.2017”).</source>
        <translation>Un mecanismo con base jurídica formal necesita su referencia legal (p. ej., «DG 725 del 08.09.2017»).</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="48"/>
        <source>Say why: every decision on an input needs its rationale.</source>
        <translation>Indique el motivo: toda decisión sobre un aporte necesita su justificación.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="55"/>
        <source>A contact person is personal data: record the consent to store it, or leave the contact person out.</source>
        <translation>Una persona de contacto es un dato personal: registre el consentimiento para guardarla u omita la persona de contacto.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="64"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de finalización es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="72"/>
        <source>More is disbursed than the budget; check both amounts.</source>
        <translation>Lo desembolsado supera el presupuesto; verifique ambos importes.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="97"/>
        <source>This person already holds a role in this mechanism for the same period; end that role first (“Until”) or edit it.</source>
        <translation>Esta persona ya ocupa una función en este mecanismo durante el mismo período; termine primero esa función («Hasta») o edítela.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="103"/>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="104"/>
        <location filename="../../core/participation_specs.py" line="124"/>
        <location filename="../../core/participation_specs.py" line="177"/>
        <location filename="../../core/participation_specs.py" line="217"/>
        <location filename="../../core/record_specs.py" line="93"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="105"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="123"/>
        <location filename="../../core/planning_specs.py" line="195"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="108"/>
        <source>Sectors (policy-area codes, comma-separated)</source>
        <translation>Sectores (códigos de ámbito de política, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="111"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="112"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="113"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="114"/>
        <location filename="../../core/participation_specs.py" line="138"/>
        <location filename="../../core/participation_specs.py" line="172"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="115"/>
        <location filename="../../reports/observation_export.py" line="89"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="116"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="117"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="118"/>
        <source>Consent to store contact details</source>
        <translation>Consentimiento para guardar los datos de contacto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="119"/>
        <source>Consent given on</source>
        <translation>Consentimiento otorgado el</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="122"/>
        <source>Coordination mechanisms</source>
        <translation>Mecanismos de coordinación</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="125"/>
        <location filename="../../core/planning_specs.py" line="212"/>
        <location filename="../../core/planning_specs.py" line="230"/>
        <location filename="../../core/record_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="126"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="126"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="127"/>
        <location filename="../../core/planning_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="119"/>
        <source>Legal reference</source>
        <translation>Referencia legal</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="128"/>
        <source>Established</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="129"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="130"/>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="131"/>
        <source>Meets</source>
        <translation>Periodicidad de reuniones</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="133"/>
        <location filename="../../core/review_specs.py" line="44"/>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="136"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="137"/>
        <location filename="../../core/participation_specs.py" line="148"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="139"/>
        <location filename="../../core/participation_specs.py" line="157"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="140"/>
        <location filename="../../core/participation_specs.py" line="173"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="141"/>
        <source>Sector focal point</source>
        <translation>Coordinador sectorial</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="142"/>
        <location filename="../../core/participation_specs.py" line="208"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="143"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="147"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="149"/>
        <location filename="../../core/participation_specs.py" line="192"/>
        <location filename="../../core/participation_specs.py" line="251"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="151"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="152"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="155"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="156"/>
        <location filename="../../core/participation_specs.py" line="162"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="158"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="161"/>
        <source>Decisions and action items</source>
        <translation>Decisiones y tareas pendientes</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="163"/>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="169"/>
        <source>Who is responsible for what</source>
        <translation>Quién es responsable de qué</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="171"/>
        <location filename="../../core/participation_specs.py" line="209"/>
        <location filename="../../core/planning_specs.py" line="131"/>
        <location filename="../../core/planning_specs.py" line="142"/>
        <location filename="../../core/record_specs.py" line="107"/>
        <location filename="../../core/record_specs.py" line="128"/>
        <source>Policy area</source>
        <translation>Ámbito de política</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="176"/>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="178"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="179"/>
        <source>Organisation (registry)</source>
        <translation>Organización (registro)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="180"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="181"/>
        <source>Geography (NATIONAL or ISO 3166-2)</source>
        <translation>Ámbito geográfico (NATIONAL o ISO 3166-2)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="182"/>
        <source>Diaspora in</source>
        <translation>Diáspora en</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="183"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="184"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="185"/>
        <source>Engagement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="186"/>
        <source>Consent to store the contact</source>
        <translation>Consentimiento para guardar el contacto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="189"/>
        <source>Consultation events</source>
        <translation>Eventos de consulta</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="190"/>
        <location filename="../../core/participation_specs.py" line="225"/>
        <location filename="../../core/planning_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="141"/>
        <location filename="../../core/record_specs.py" line="117"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="193"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="194"/>
        <source>Topics (policy-area codes)</source>
        <translation>Temas (códigos de ámbito de política)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="195"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="196"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="197"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="198"/>
        <location filename="../../core/planning_specs.py" line="260"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="201"/>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="202"/>
        <location filename="../../core/participation_specs.py" line="207"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="203"/>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="206"/>
        <source>Inputs received</source>
        <translation>Aportes recibidos</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="210"/>
        <source>Input</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="211"/>
        <source>Disposition</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="212"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="213"/>
        <source>Fed the priority (step 4)</source>
        <translation>Alimentó la prioridad (etapa 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="216"/>
        <source>Development partners</source>
        <translation>Socios para el desarrollo</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="219"/>
        <source>GMG member</source>
        <translation>Miembro del GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="220"/>
        <source>GMG agency</source>
        <translation>Organismo del GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="221"/>
        <source>Confirmed: no migration projects</source>
        <translation>Confirmado: sin proyectos de migración</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="224"/>
        <source>Migration-related projects</source>
        <translation>Proyectos relacionados con la migración</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="226"/>
        <location filename="../../core/planning_specs.py" line="190"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="227"/>
        <source>Implemented by</source>
        <translation>Ejecutado por</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="228"/>
        <location filename="../../core/planning_specs.py" line="176"/>
        <location filename="../../core/review_specs.py" line="41"/>
        <location filename="../../core/review_specs.py" line="63"/>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="231"/>
        <source>Currency (ISO 4217)</source>
        <translation>Moneda (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="232"/>
        <source>Budget year</source>
        <translation>Año del presupuesto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="233"/>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="234"/>
        <source>Policy areas (codes, comma-separated)</source>
        <translation>Ámbitos de política (códigos, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="235"/>
        <source>UN cooperation framework outcome</source>
        <translation>Efecto del Marco de Cooperación de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="236"/>
        <source>Why not aligned to a national priority</source>
        <translation>Por qué no está alineado con una prioridad nacional</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="241"/>
        <source>Alignment to national priorities</source>
        <translation>Alineación con las prioridades nacionales</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="243"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="244"/>
        <source>National priority (step 4)</source>
        <translation>Prioridad nacional (etapa 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="245"/>
        <source>Amount for this priority (project currency)</source>
        <translation>Importe para esta prioridad (moneda del proyecto)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="248"/>
        <source>Partner coordination events</source>
        <translation>Eventos de coordinación de socios</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="252"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="253"/>
        <location filename="../../core/planning_specs.py" line="118"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="256"/>
        <source>Exchange rates to USD</source>
        <translation>Tipos de cambio a USD</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="257"/>
        <location filename="../../core/planning_specs.py" line="179"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="258"/>
        <location filename="../../core/planning_specs.py" line="228"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="259"/>
        <source>USD per unit</source>
        <translation>USD por unidad</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="260"/>
        <location filename="../../core/planning_specs.py" line="188"/>
        <location filename="../../reports/observation_export.py" line="98"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="51"/>
        <source>An element cannot be part of itself.</source>
        <translation>Un elemento no puede formar parte de sí mismo.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="53"/>
        <source>The element it is part of belongs to another instrument.</source>
        <translation>El elemento del que forma parte pertenece a otro instrumento.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="56"/>
        <source>An element is part of one at a higher level (goal, outcome, strategy, action).</source>
        <translation>Un elemento forma parte de otro de nivel superior (objetivo, efecto, estrategia, acción).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="66"/>
        <source>Unknown codes: {codes} (choose from {choices}).</source>
        <translation>Códigos desconocidos: {codes} (elija entre {choices}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="90"/>
        <source>This evidence is already linked to the priority.</source>
        <translation>Esta evidencia ya está vinculada a la prioridad.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="109"/>
        <source>The funding already recorded ({funded:,.0f}) is more than this cost.</source>
        <translation>La financiación ya registrada ({funded:,.0f}) supera este costo.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="121"/>
        <source>With this amount the funding ({funded:,.0f}) exceeds the action&apos;s cost ({cost:,.0f}).</source>
        <translation>Con este importe, la financiación ({funded:,.0f}) supera el costo de la acción ({cost:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="134"/>
        <source>A result cannot contribute to itself.</source>
        <translation>Un resultado no puede contribuir a sí mismo.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="136"/>
        <source>A result contributes to one at a higher level (activity → output → outcome → impact).</source>
        <translation>Un resultado contribuye a otro de nivel superior (actividad → producto → efecto → impacto).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="156"/>
        <source>The profile has {value:,.6g} for {year} ({source}).</source>
        <translation>El perfil tiene {value:,.6g} para {year} ({source}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="170"/>
        <source>The indicator already has a target for {year}.</source>
        <translation>El indicador ya tiene una meta para {year}.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="174"/>
        <source>A target year cannot come before the baseline year ({year}).</source>
        <translation>El año de una meta no puede ser anterior al año de la línea de base ({year}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="178"/>
        <source>The target equals the baseline; only a “maintain” indicator may keep its baseline.</source>
        <translation>La meta es igual a la línea de base; solo un indicador «mantener» puede conservar su línea de base.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="190"/>
        <source>An actual for this indicator and period is already recorded; edit it instead.</source>
        <translation>Ya hay un valor alcanzado registrado para este indicador y período; edítelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="206"/>
        <source>This group already has a value for this actual.</source>
        <translation>Este grupo ya tiene un valor para este valor alcanzado.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="210"/>
        <source>The groups add up to {parts:,.6g}, more than the actual&apos;s total ({total:,.6g}).</source>
        <translation>Los grupos suman {parts:,.6g}, más que el total del valor alcanzado ({total:,.6g}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="228"/>
        <source>The workspace has its thresholds already; edit them instead.</source>
        <translation>El espacio de trabajo ya tiene sus umbrales; edítelos en su lugar.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="32"/>
        <source>An adopted instrument needs its adoption date.</source>
        <translation>Un instrumento aprobado necesita su fecha de aprobación.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="35"/>
        <source>An adopted instrument needs its document: attach the adopted text.</source>
        <translation>Un instrumento aprobado necesita su documento: adjunte el texto aprobado.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="43"/>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="49"/>
        <source>An endorsed priority needs the mechanism&apos;s decision (e.g. “NWGIMD meeting of 12.03.2015, decision 4”).</source>
        <translation>Una prioridad respaldada necesita la decisión del mecanismo (p. ej., «reunión del NWGIMD del 12.03.2015, decisión 4»).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="58"/>
        <source>Every action needs a lead.</source>
        <translation>Cada acción necesita un responsable.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="60"/>
        <source>Every action needs its start and end.</source>
        <translation>Cada acción necesita su inicio y su fin.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="62"/>
        <source>Say in which currency the cost is.</source>
        <translation>Indique en qué moneda está el costo.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="68"/>
        <source>A qualitative or yes/no indicator is rated by hand: choose its status.</source>
        <translation>Un indicador cualitativo o de sí/no se califica a mano: elija su estado.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="71"/>
        <source>Say why the indicator has this status.</source>
        <translation>Indique por qué el indicador tiene este estado.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="78"/>
        <source>A baseline needs both its value and its year.</source>
        <translation>Una línea de base necesita su valor y su año.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="86"/>
        <source>An actual cannot be reported for a period that has not ended yet.</source>
        <translation>No se puede informar de un valor alcanzado para un período que aún no ha terminado.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="94"/>
        <source>Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6).</source>
        <translation>El ámbar debe empezar por debajo del verde, y ambos por encima de 0 (p. ej., verde 0,9; ámbar 0,6).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="102"/>
        <source>A weight lies between 0 and 1.</source>
        <translation>Una ponderación está entre 0 y 1.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="106"/>
        <source>Planning instruments</source>
        <translation>Instrumentos de planificación</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="110"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Nivel de integración (0-4)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="111"/>
        <source>From (year)</source>
        <translation>Desde (año)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="112"/>
        <source>To (year)</source>
        <translation>Hasta (año)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="113"/>
        <source>Sector (for sector strategies)</source>
        <translation>Sector (para estrategias sectoriales)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="114"/>
        <source>Adopted on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="115"/>
        <source>Adopted by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="121"/>
        <source>Plan elements</source>
        <translation>Elementos del plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="122"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="124"/>
        <source>Number in the plan</source>
        <translation>Número en el plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="125"/>
        <location filename="../../core/record_specs.py" line="127"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="126"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="129"/>
        <source>Migration lens</source>
        <translation>Óptica migratoria</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="130"/>
        <location filename="../../core/planning_specs.py" line="199"/>
        <source>Plan element</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="132"/>
        <source>Lens question</source>
        <translation>Pregunta de la óptica</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="133"/>
        <source>Migration&apos;s effect on the goal</source>
        <translation>Efecto de la migración en el objetivo</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="135"/>
        <source>The goal&apos;s effect on migration</source>
        <translation>Efecto del objetivo en la migración</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="137"/>
        <source>Proposed change to the text</source>
        <translation>Cambio propuesto al texto</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="140"/>
        <source>Policy priorities</source>
        <translation>Prioridades de política</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="144"/>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="145"/>
        <source>Impact (1-5)</source>
        <translation>Impacto (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="146"/>
        <source>Feasibility (1-5)</source>
        <translation>Viabilidad (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="147"/>
        <source>Affordability (1-5, 5 = cheapest)</source>
        <translation>Asequibilidad (1-5, 5 = la más barata)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="148"/>
        <source>Urgency (1-5)</source>
        <translation>Urgencia (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="149"/>
        <source>Political support (1-5)</source>
        <translation>Apoyo político (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="150"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="151"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="152"/>
        <source>Target groups (codes, comma-separated)</source>
        <translation>Grupos destinatarios (códigos, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="153"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="154"/>
        <source>GCM objectives (numbers)</source>
        <translation>Objetivos del Pacto Mundial (números)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="155"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="156"/>
        <source>Endorsed by (decision)</source>
        <translation>Respaldada por (decisión)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="160"/>
        <source>Evidence behind the priorities</source>
        <translation>Evidencia en que se basan las prioridades</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="162"/>
        <location filename="../../core/planning_specs.py" line="174"/>
        <location filename="../../core/planning_specs.py" line="198"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="163"/>
        <location filename="../../core/planning_specs.py" line="239"/>
        <location filename="../../core/record_specs.py" line="111"/>
        <location filename="../../core/review_specs.py" line="56"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="164"/>
        <source>How it supports the priority</source>
        <translation>Cómo respalda la prioridad</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="167"/>
        <source>Scoring weights</source>
        <translation>Ponderaciones</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="168"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="169"/>
        <source>Weight (0-1; all add up to 1)</source>
        <translation>Ponderación (0-1; todas suman 1)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="172"/>
        <source>Costed actions</source>
        <translation>Acciones presupuestadas</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="173"/>
        <location filename="../../core/planning_specs.py" line="187"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="175"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="178"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="181"/>
        <source>Lands in plan element</source>
        <translation>Se ubica en el elemento del plan</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="182"/>
        <source>Capacity needs</source>
        <translation>Necesidades de capacidad</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="186"/>
        <source>Funding of the actions</source>
        <translation>Financiación de las acciones</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="189"/>
        <source>Amount (in the action&apos;s currency)</source>
        <translation>Importe (en la moneda de la acción)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="193"/>
        <source>Results chain</source>
        <translation>Cadena de resultados</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="194"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="196"/>
        <source>Result statement</source>
        <translation>Enunciado del resultado</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="197"/>
        <source>Contributes to</source>
        <translation>Contribuye a</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="200"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="201"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="204"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="205"/>
        <location filename="../../core/planning_specs.py" line="227"/>
        <location filename="../../core/planning_specs.py" line="234"/>
        <location filename="../../reports/observation_export.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="206"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="207"/>
        <location filename="../../reports/observation_export.py" line="95"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="208"/>
        <location filename="../../reports/observation_export.py" line="93"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="209"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="210"/>
        <source>Baseline year</source>
        <translation>Año de la línea de base</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="211"/>
        <source>Reference indicator</source>
        <translation>Indicador de referencia</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="213"/>
        <source>Definition (numerator / denominator)</source>
        <translation>Definición (numerador / denominador)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="214"/>
        <source>Disaggregations (codes, comma-separated)</source>
        <translation>Desagregaciones (códigos, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="215"/>
        <source>Reporting frequency</source>
        <translation>Frecuencia de presentación de informes</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="216"/>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="217"/>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="218"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="219"/>
        <source>Where the baseline comes from</source>
        <translation>De dónde procede la línea de base</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="220"/>
        <source>Status set by hand</source>
        <translation>Estado fijado a mano</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="221"/>
        <source>Why this status</source>
        <translation>Por qué este estado</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="224"/>
        <source>Baseline from the profile</source>
        <translation>Línea de base del perfil</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="226"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="229"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="233"/>
        <source>Actuals</source>
        <translation>Valores alcanzados</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="235"/>
        <location filename="../../reports/observation_export.py" line="87"/>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="236"/>
        <location filename="../../reports/observation_export.py" line="88"/>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="250"/>
        <location filename="../../reports/observation_export.py" line="94"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="240"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="241"/>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="245"/>
        <source>Disaggregated actuals</source>
        <translation>Valores alcanzados desagregados</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="247"/>
        <source>Actual</source>
        <translation>Valor alcanzado</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="248"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="249"/>
        <source>Group (code, e.g. F)</source>
        <translation>Grupo (código, p. ej., F)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="253"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="255"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="256"/>
        <source>Planned for</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="257"/>
        <source>Completed on</source>
        <translation>Concluida el</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="258"/>
        <source>Evaluation questions</source>
        <translation>Preguntas de evaluación</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="259"/>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="263"/>
        <source>Management responses</source>
        <translation>Respuestas de la administración</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="265"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="266"/>
        <location filename="../../core/review_specs.py" line="54"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="267"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="268"/>
        <source>Planned action</source>
        <translation>Acción prevista</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="274"/>
        <source>Traffic-light thresholds</source>
        <translation>Umbrales del semáforo</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="275"/>
        <source>Green from (progress ratio)</source>
        <translation>Verde desde (índice de avance)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="276"/>
        <source>Amber from (progress ratio)</source>
        <translation>Ámbar desde (índice de avance)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="277"/>
        <source>Tolerance for “maintain” (share)</source>
        <translation>Tolerancia para «mantener» (proporción)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="92"/>
        <source>Data sources and gaps</source>
        <translation>Fuentes de datos y lagunas</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="95"/>
        <source>Periodicity</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="96"/>
        <source>Latest year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="97"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="98"/>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="99"/>
        <source>Sex and age</source>
        <translation>Sexo y edad</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="100"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="101"/>
        <source>Quality (1-5)</source>
        <translation>Calidad (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="102"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="103"/>
        <source>Gaps</source>
        <translation>Lagunas</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="106"/>
        <source>Sectors affected</source>
        <translation>Sectores afectados</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="108"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="109"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="110"/>
        <source>Magnitude (1-3)</source>
        <translation>Magnitud (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="112"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="115"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="118"/>
        <source>Adopted</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="121"/>
        <location filename="../../reports/observation_export.py" line="91"/>
        <source>Partner country</source>
        <translation>País contraparte</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="122"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="125"/>
        <source>Findings and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="129"/>
        <source>Priority (1-3)</source>
        <translation>Prioridad (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="25"/>
        <source>List the steps as numbers 0 to 7, separated by commas.</source>
        <translation>Indique las etapas como números del 0 al 7, separados por comas.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="32"/>
        <source>A validated lesson needs its recommendation.</source>
        <translation>Una lección validada necesita su recomendación.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="37"/>
        <source>GMG expert missions</source>
        <translation>Misiones de expertos del GMG</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="38"/>
        <location filename="../../reports/workspace_workbook.py" line="84"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="39"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="40"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="43"/>
        <source>Steps supported (numbers, comma-separated)</source>
        <translation>Etapas apoyadas (números, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="45"/>
        <source>Mission report</source>
        <translation>Informe de la misión</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="49"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="50"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="51"/>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="52"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="53"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="55"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="57"/>
        <source>Validated by</source>
        <translation>Validada por</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="60"/>
        <location filename="../../sync/status.py" line="217"/>
        <source>Peer exchanges</source>
        <translation>Intercambios entre pares</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="61"/>
        <source>Host country</source>
        <translation>País anfitrión</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="62"/>
        <source>Visiting countries (ISO3 codes, comma-separated)</source>
        <translation>Países visitantes (códigos ISO3, separados por comas)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="65"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="69"/>
        <source>Lessons of every country</source>
        <translation>Lecciones de todos los países</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="72"/>
        <location filename="../../sync/status.py" line="218"/>
        <source>Handbook change proposals</source>
        <translation>Propuestas de cambio al manual</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="74"/>
        <source>Handbook section</source>
        <translation>Sección del manual</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="75"/>
        <source>Proposed change</source>
        <translation>Cambio propuesto</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="79"/>
        <source>Lessons behind each proposal</source>
        <translation>Lecciones en que se basa cada propuesta</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="81"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="82"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="33"/>
        <source>Migration profile: observations</source>
        <translation>Perfil migratorio: observaciones</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="34"/>
        <source>Profile observations</source>
        <translation>Observaciones del perfil</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="35"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="36"/>
        <source>All other countries</source>
        <translation>Todos los demás países</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="82"/>
        <source>Indicator code</source>
        <translation>Código del indicador</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="85"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="90"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="99"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="100"/>
        <source>Migration type</source>
        <translation>Tipo de migración</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="101"/>
        <source>Voluntariness</source>
        <translation>Voluntariedad</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="102"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="103"/>
        <source>Skill level</source>
        <translation>Nivel de competencias</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="104"/>
        <source>Occupation (ISCO-08)</source>
        <translation>Ocupación (CIUO-08)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="105"/>
        <source>Education (ISCED 2011)</source>
        <translation>Educación (CINE 2011)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="106"/>
        <source>Economic sector (ISIC Rev.4)</source>
        <translation>Sector económico (CIIU Rev. 4)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="107"/>
        <source>Type of data (UN DESA)</source>
        <translation>Tipo de dato (UN DESA)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="109"/>
        <source>Source table</source>
        <translation>Tabla de origen</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="110"/>
        <source>Preferred value</source>
        <translation>Valor preferido</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="74"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="75"/>
        <source>Mainstream Desktop: record tables</source>
        <translation>Mainstream Desktop: tablas de registros</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="76"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="77"/>
        <source>Exported on</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="78"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="79"/>
        <source>included</source>
        <translation>incluidos</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>left out</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="81"/>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Left out as personal data</source>
        <translation>Omitido por ser datos personales</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="83"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="54"/>
        <source>Mainstream Desktop: workspace {code}</source>
        <translation>Mainstream Desktop: espacio de trabajo {code}</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="55"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="56"/>
        <source>Produced by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="57"/>
        <source>{name} ({kind} site {site_id})</source>
        <translation>{name} (sitio {kind} {site_id})</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>country</source>
        <translation>de país</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>hub</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="59"/>
        <source>this installation (no site identity yet)</source>
        <translation>esta instalación (aún sin identidad de sitio)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="60"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="61"/>
        <source>left out (see the last column of the list below)</source>
        <translation>omitidos (véase la última columna de la lista siguiente)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de la preparación</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="81"/>
        <location filename="../../sync/status.py" line="216"/>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="82"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Written</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="86"/>
        <source>Answer to</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="204"/>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="205"/>
        <source>Workspace members</source>
        <translation>Miembros del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="206"/>
        <source>Step progress</source>
        <translation>Avance de los pasos</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="207"/>
        <source>Migration profile figures</source>
        <translation>Cifras del perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="208"/>
        <source>Migration profile texts</source>
        <translation>Textos del perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="209"/>
        <source>Acknowledged data checks</source>
        <translation>Controles de datos aceptados</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="210"/>
        <source>Sector impact figures</source>
        <translation>Cifras de impacto sectorial</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="211"/>
        <source>MGI assessments</source>
        <translation>Evaluaciones IGM</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="212"/>
        <source>Readiness checks</source>
        <translation>Comprobaciones de preparación</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="213"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="214"/>
        <source>Evidence links</source>
        <translation>Vínculos a evidencias</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="215"/>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="219"/>
        <source>Lessons behind a proposal</source>
        <translation>Lecciones en que se basa una propuesta</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="57"/>
        <source>Cover and summary</source>
        <translation>Portada y resumen</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>El hilo conductor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>Fuentes de datos y lagunas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="68"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>Estado de la revisión y comentarios abiertos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="88"/>
        <source>Reading the workspace</source>
        <translation>Leyendo el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="113"/>
        <location filename="../../reports/pdf_country.py" line="143"/>
        <source>Country report</source>
        <translation>Informe de país</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="121"/>
        <source>Writing the file</source>
        <translation>Escribiendo el archivo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>Integrar la migración en la planificación del desarrollo: el estado de los trabajos, paso a paso, con su evidencia, su plan, sus indicadores y su financiación.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="135"/>
        <source>Workspace: {code}</source>
        <translation>Espacio de trabajo: {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="120"/>
        <source>Produced on {date}</source>
        <translation>Elaborado el {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="123"/>
        <source>Produced by the site: {site}</source>
        <translation>Elaborado por el sitio: {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Personal data included</source>
        <translation>Incluye datos personales</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>Sin datos personales: se omiten los nombres, los correos electrónicos y los números de teléfono.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="144"/>
        <location filename="../../reports/pdf_lessons.py" line="127"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="154"/>
        <source>The steps at a glance</source>
        <translation>Las etapas de un vistazo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="155"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>En qué punto está cada etapa del manual para {country}, cuán completos están sus registros y qué comentarios de revisión siguen abiertos.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="167"/>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="168"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>Comentarios abiertos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Steps approved</source>
        <translation>Etapas aprobadas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <source>Average completeness of the steps</source>
        <translation>Grado medio de compleción de las etapas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>Comentarios de revisión abiertos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Broken links in the golden thread</source>
        <translation>Eslabones rotos del hilo conductor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="189"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>Prioridades de política</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <source>Indicators on track or met</source>
        <translation>Indicadores en buen camino o cumplidos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>Emigrantes que viven en el extranjero, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="194"/>
        <location filename="../../reports/pdf_country_steps.py" line="53"/>
        <source>Remittances as a share of GDP (%), {year}</source>
        <translation>Remesas como porcentaje del PIB (%), {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="17"/>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="18"/>
        <source>Some delay</source>
        <translation>Cierto retraso</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="19"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="20"/>
        <source>Not reported</source>
        <translation>Sin informar</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="21"/>
        <source>Target met</source>
        <translation>Meta cumplida</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="33"/>
        <source>Planning instrument</source>
        <translation>Instrumento de planificación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="34"/>
        <location filename="../../reports/pdf_country_plan.py" line="126"/>
        <location filename="../../reports/pdf_country_review.py" line="105"/>
        <location filename="../../reports/pdf_country_steps.py" line="211"/>
        <location filename="../../reports/pdf_country_steps.py" line="239"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="36"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Nivel de integración (0-4)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="37"/>
        <location filename="../../reports/pdf_country_review.py" line="158"/>
        <location filename="../../reports/pdf_country_steps.py" line="248"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="38"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="39"/>
        <source>Planning instruments</source>
        <translation>Instrumentos de planificación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="41"/>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="42"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="43"/>
        <location filename="../../reports/pdf_country_steps.py" line="163"/>
        <location filename="../../reports/pdf_country_steps.py" line="180"/>
        <source>Policy area</source>
        <translation>Ámbito de política</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="45"/>
        <source>Endorsed by</source>
        <translation>Respaldado por</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="49"/>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Inicio</translation>
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
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="54"/>
        <location filename="../../reports/pdf_country_plan.py" line="135"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="56"/>
        <source>Costed action plan</source>
        <translation>Plan de acción presupuestado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="70"/>
        <source>Costed actions</source>
        <translation>Acciones presupuestadas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="71"/>
        <source>Cost of the plan (USD)</source>
        <translation>Costo del plan (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="72"/>
        <source>Funded (USD)</source>
        <translation>Financiado (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="73"/>
        <source>Funding gap (USD)</source>
        <translation>Déficit de financiación (USD)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="84"/>
        <source>Indicators and their traffic lights</source>
        <translation>Indicadores y sus semáforos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="95"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="96"/>
        <location filename="../../reports/pdf_country_steps.py" line="149"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="97"/>
        <location filename="../../reports/pdf_country_steps.py" line="152"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="98"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="99"/>
        <source>Final target</source>
        <translation>Meta final</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="100"/>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="104"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="105"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="106"/>
        <source>Planned for</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="107"/>
        <source>Completed on</source>
        <translation>Concluida el</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="108"/>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="109"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="111"/>
        <location filename="../../reports/pdf_country_plan.py" line="156"/>
        <location filename="../../reports/pdf_lessons.py" line="191"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="112"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="113"/>
        <location filename="../../reports/pdf_country_steps.py" line="217"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="115"/>
        <source>Management responses</source>
        <translation>Respuestas de la administración</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="125"/>
        <location filename="../../reports/pdf_country_plan.py" line="131"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="127"/>
        <source>GMG agency</source>
        <translation>Organismo del GMG</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="128"/>
        <source>Development partners</source>
        <translation>Socios para el desarrollo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="130"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="134"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="137"/>
        <source>Migration-related projects</source>
        <translation>Proyectos relacionados con la migración</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="145"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="146"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="147"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="150"/>
        <source>Steps supported</source>
        <translation>Etapas apoyadas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="151"/>
        <source>GMG expert missions</source>
        <translation>Misiones de expertos del GMG</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="153"/>
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="192"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="85"/>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="19"/>
        <source>Priority without evidence</source>
        <translation>Prioridad sin evidencia</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="20"/>
        <source>Endorsed priority without actions</source>
        <translation>Prioridad respaldada sin acciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="21"/>
        <source>Endorsed priority without funding</source>
        <translation>Prioridad respaldada sin financiación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="22"/>
        <source>Action outside the plan</source>
        <translation>Acción fuera del plan</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="23"/>
        <source>Action nothing measures</source>
        <translation>Acción sin indicador</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="24"/>
        <source>Indicator without baseline</source>
        <translation>Indicador sin línea de base</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="25"/>
        <source>Indicator without target</source>
        <translation>Indicador sin meta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="26"/>
        <source>Plan nothing measures</source>
        <translation>Plan sin indicador</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="29"/>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="30"/>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="31"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="32"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="35"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="36"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="43"/>
        <source>From the evidence to each priority, its actions and where they land in the plan, the indicators that measure them and the money behind them.</source>
        <translation>De la evidencia a cada prioridad, sus acciones y su lugar en el plan, los indicadores que las miden y el dinero que las respalda.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="47"/>
        <source>No policy priority has been recorded yet, so there is no thread to follow.</source>
        <translation>Todavía no se ha registrado ninguna prioridad de política, así que no hay hilo que seguir.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="51"/>
        <source>Priorities traced</source>
        <translation>Prioridades trazadas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="52"/>
        <source>Complete threads</source>
        <translation>Hilos completos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="53"/>
        <location filename="../../reports/pdf_country_review.py" line="57"/>
        <location filename="../../reports/pdf_country_review.py" line="93"/>
        <source>Broken links</source>
        <translation>Eslabones rotos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="58"/>
        <source>Gap</source>
        <translation>Laguna</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="59"/>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="78"/>
        <source>not costed</source>
        <translation>sin presupuestar</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="79"/>
        <source>{action} (cost {cost}, funded {funded})</source>
        <translation>{action} (costo {cost}, financiado {funded})</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="87"/>
        <location filename="../../reports/pdf_country_steps.py" line="167"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="88"/>
        <source>Consultation inputs</source>
        <translation>Aportes de las consultas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="89"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="90"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="91"/>
        <source>Partner projects</source>
        <translation>Proyectos de los socios</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="101"/>
        <source>The sources the migration profile draws on, what they cover and what is missing.</source>
        <translation>Las fuentes en las que se basa el perfil migratorio, lo que abarcan y lo que falta.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="104"/>
        <location filename="../../reports/pdf_country_steps.py" line="153"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="106"/>
        <source>Latest year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="107"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="108"/>
        <source>Quality (1-5)</source>
        <translation>Calidad (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="109"/>
        <source>Gaps</source>
        <translation>Lagunas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="112"/>
        <source>No data source has been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna fuente de datos.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="134"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="135"/>
        <location filename="../../reports/pdf_country_steps.py" line="33"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="136"/>
        <location filename="../../reports/pdf_country_steps.py" line="35"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="138"/>
        <source>Blocking</source>
        <translation>Bloqueantes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="142"/>
        <source>No review comment is open.</source>
        <translation>No hay ningún comentario de revisión abierto.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="155"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="157"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="159"/>
        <location filename="../../reports/pdf_country_steps.py" line="209"/>
        <location filename="../../reports/pdf_country_steps.py" line="240"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="160"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="21"/>
        <source>Workspace and readiness</source>
        <translation>Espacio de trabajo y preparación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="22"/>
        <source>Migration profile</source>
        <translation>Perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="23"/>
        <source>Whole-of-government</source>
        <translation>Enfoque de gobierno integral</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="24"/>
        <source>Whole-of-society</source>
        <translation>Enfoque pansocial</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="25"/>
        <source>Policy priorities in the plan</source>
        <translation>Prioridades de política en el plan</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="26"/>
        <location filename="../../reports/pdf_lessons.py" line="42"/>
        <source>Monitoring and evaluation</source>
        <translation>Seguimiento y evaluación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="27"/>
        <source>Coherent international support</source>
        <translation>Apoyo internacional coherente</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="28"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Fase piloto y lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="31"/>
        <source>Not started</source>
        <translation>Sin comenzar</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="32"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="34"/>
        <source>Changes requested</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="38"/>
        <source>Met</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="39"/>
        <source>Partly met</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="40"/>
        <source>Not met</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="41"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="44"/>
        <source>A. Migration trends</source>
        <translation>A. Tendencias migratorias</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="45"/>
        <source>B. Impacts of migration</source>
        <translation>B. Efectos de la migración</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="46"/>
        <source>C. Migration governance</source>
        <translation>C. Gobernanza de la migración</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="47"/>
        <source>D. Findings and recommendations</source>
        <translation>D. Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="50"/>
        <source>Immigrants living in the country, {year}</source>
        <translation>Inmigrantes que viven en el país, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="52"/>
        <source>Remittances received, USD million, {year}</source>
        <translation>Remesas recibidas, millones de USD, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="58"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="72"/>
        <source>Status: {status}. Complete: {percent}.</source>
        <translation>Estado: {status}. Completado: {percent}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="76"/>
        <source>Still missing:</source>
        <translation>Todavía falta:</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="81"/>
        <source>Nothing has been recorded for this step yet.</source>
        <translation>Todavía no se ha registrado nada para esta etapa.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="96"/>
        <location filename="../../reports/pdf_lessons.py" line="187"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="97"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="98"/>
        <source>Programme phase</source>
        <translation>Fase del programa</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="99"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="100"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="101"/>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="104"/>
        <source>National focal point</source>
        <translation>Coordinador nacional</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="106"/>
        <source>Entry into planning</source>
        <translation>Vía de entrada en la planificación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="107"/>
        <source>Currency and reference year</source>
        <translation>Moneda y año de referencia</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="115"/>
        <source>The readiness checklist has not been filled in yet.</source>
        <translation>La lista de comprobación de la preparación aún no se ha completado.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="117"/>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de la preparación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="124"/>
        <source>Evidence: {title}</source>
        <translation>Justificante: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="128"/>
        <source>Precondition</source>
        <translation>Condición previa</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="130"/>
        <source>Comment and evidence</source>
        <translation>Comentario y justificante</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="148"/>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="150"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="151"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="159"/>
        <source>Charts of the profile</source>
        <translation>Gráficos del perfil</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="164"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="165"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="166"/>
        <source>Magnitude (1-3)</source>
        <translation>Magnitud (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="168"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="169"/>
        <source>Sectors affected</source>
        <translation>Sectores afectados</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="171"/>
        <location filename="../../reports/pdf_country_steps.py" line="178"/>
        <location filename="../../reports/pdf_country_steps.py" line="194"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="173"/>
        <source>Adopted</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="175"/>
        <source>Partner country</source>
        <translation>País asociado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="176"/>
        <source>Laws, policies and agreements</source>
        <translation>Leyes, políticas y acuerdos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="179"/>
        <source>Finding or recommendation</source>
        <translation>Conclusión o recomendación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="181"/>
        <source>Priority (1-3)</source>
        <translation>Prioridad (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="182"/>
        <source>Findings and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="210"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="195"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="196"/>
        <source>Established</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="197"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="199"/>
        <source>Coordination mechanism</source>
        <translation>Mecanismo de coordinación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="204"/>
        <source>Members of the mechanism: {members}; sector focal points among them: {focal}.</source>
        <translation>Miembros del mecanismo: {members}; de ellos, coordinadores sectoriales: {focal}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="212"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="213"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="215"/>
        <source>Decision or action</source>
        <translation>Decisión o tarea</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="216"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="219"/>
        <source>Decisions and action items</source>
        <translation>Decisiones y tareas pendientes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="230"/>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="231"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="232"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="233"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="234"/>
        <source>Engagement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="235"/>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="238"/>
        <location filename="../../reports/pdf_lessons.py" line="38"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="241"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="242"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="243"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="244"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="247"/>
        <source>Input</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="249"/>
        <source>Disposition</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="250"/>
        <source>Fed the priority</source>
        <translation>Alimentó la prioridad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="251"/>
        <source>Inputs received and what became of them</source>
        <translation>Aportes recibidos y qué se hizo con ellos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="51"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="52"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="152"/>
        <source>Laying out the pages</source>
        <translation>Maquetando las páginas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Political commitment</source>
        <translation>Compromiso político</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Institutional set-up</source>
        <translation>Estructura institucional</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Planning integration</source>
        <translation>Integración en la planificación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="43"/>
        <source>UN coordination</source>
        <translation>Coordinación de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="44"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>Country-specific</source>
        <translation>Específica del país</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="48"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="49"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="54"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="55"/>
        <source>Incorporated</source>
        <translation>Incorporada</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="75"/>
        <source>Reading the lessons</source>
        <translation>Leyendo las lecciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="91"/>
        <source>Writing the report</source>
        <translation>Redactando el informe</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="93"/>
        <source>Consolidated lessons-learned report</source>
        <translation>Informe consolidado de lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="110"/>
        <source>Cross-country</source>
        <translation>Varios países</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="117"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>Lo que aprendieron los países piloto al integrar la migración en su planificación del desarrollo y los cambios en el manual que esas lecciones reclaman.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <location filename="../../reports/pdf_lessons.py" line="174"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>Lecciones: {lessons} · países: {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Consolidated report</source>
        <translation>Informe consolidado</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>Lessons by theme and country</source>
        <translation>Lecciones por tema y por país</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="137"/>
        <source>No lesson has been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna lección.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <location filename="../../reports/pdf_lessons.py" line="159"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="160"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="142"/>
        <source>Recurring themes</source>
        <translation>Temas recurrentes</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Handbook change proposals</source>
        <translation>Propuestas de cambio al manual</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="145"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>Los temas con lecciones de {count} o más países se repiten en la cartera; aparecen resaltados.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="170"/>
        <source>The lessons, theme by theme</source>
        <translation>Las lecciones, tema por tema</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="177"/>
        <source>a recurring theme across the portfolio</source>
        <translation>tema recurrente en la cartera</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="193"/>
        <source>Validated by</source>
        <translation>Validada por</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>Proposed changes to the handbook</source>
        <translation>Cambios propuestos al manual</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>Todavía no se ha propuesto ningún cambio al manual.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="209"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>Cada propuesta con las lecciones en que se basa (numeradas como arriba).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>no lesson linked yet</source>
        <translation>ninguna lección vinculada todavía</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="223"/>
        <source>Handbook section</source>
        <translation>Sección del manual</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Proposed change</source>
        <translation>Cambio propuesto</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="226"/>
        <source>Lessons behind it</source>
        <translation>Lecciones en que se basa</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../core/review.py" line="144"/>
        <source>Only the GMG hub writes review comments; a country answers them.</source>
        <translation>Solo el centro del GMG escribe comentarios de revisión; el país los responde.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="147"/>
        <source>Write the comment first.</source>
        <translation>Escriba primero el comentario.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="149"/>
        <source>There is no such step.</source>
        <translation>Esa etapa no existe.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="166"/>
        <source>Write the answer first.</source>
        <translation>Escriba primero la respuesta.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="172"/>
        <source>This comment is closed; the hub can reopen it.</source>
        <translation>Este comentario está cerrado; el centro puede reabrirlo.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="190"/>
        <source>Only the GMG hub closes or reopens a review comment.</source>
        <translation>Solo el centro del GMG cierra o reabre un comentario de revisión.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="199"/>
        <source>A step is submitted for review by its country.</source>
        <translation>Es el país quien presenta una etapa para revisión.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="205"/>
        <source>This step is already submitted or approved.</source>
        <translation>Esta etapa ya está presentada o aprobada.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="214"/>
        <location filename="../../core/review.py" line="227"/>
        <source>Only the GMG hub decides on a step&apos;s review.</source>
        <translation>Solo el centro del GMG decide sobre la revisión de una etapa.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="216"/>
        <source>Say what must change before the step can be approved.</source>
        <translation>Indique qué debe cambiar para que la etapa pueda aprobarse.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="232"/>
        <source>{count} blocker or major comment(s) on this step are still open.</source>
        <translation>Todavía hay {count} comentario(s) bloqueante(s) o mayor(es) abierto(s) en esta etapa.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>not started</source>
        <translation>sin comenzar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>changes requested</source>
        <translation>por corregir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>submitted for review</source>
        <translation>presentada para revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="62"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>blocker</source>
        <translation>bloqueante</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>major</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>suggestion</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>won&apos;t fix</source>
        <translation>no se corregirá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="77"/>
        <source>Whole workspace</source>
        <translation>Todo el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="102"/>
        <source>&amp;Step</source>
        <translation>E&amp;tapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="103"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="131"/>
        <source>Reading the review…</source>
        <translation>Leyendo la revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="135"/>
        <source>Open comments</source>
        <translation>Comentarios abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="136"/>
        <source>Review status of each step</source>
        <translation>Estado de revisión de cada etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="145"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="146"/>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="154"/>
        <source>&amp;Submit for review…</source>
        <translation>&amp;Presentar para revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="155"/>
        <source>&amp;Request changes…</source>
        <translation>&amp;Solicitar cambios…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="156"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="157"/>
        <source>&amp;New comment…</source>
        <translation>&amp;Nuevo comentario…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="158"/>
        <source>A&amp;nswer…</source>
        <translation>R&amp;esponder…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="159"/>
        <source>Mark &amp;resolved</source>
        <translation>Marcar como res&amp;uelto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="160"/>
        <source>&amp;Won&apos;t fix</source>
        <translation>No &amp;corregir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="161"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="162"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="223"/>
        <source>Reading the review</source>
        <translation>Leyendo la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="239"/>
        <source>{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them blocker or major.</source>
        <translation>{approved} de {steps} etapas aprobadas; {open} comentario(s) abierto(s), {blocking} de ellos bloqueantes o mayores.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="252"/>
        <source>{open} ({blocking} blocking)</source>
        <translation>{open} ({blocking} bloqueantes)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="295"/>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>A note for the reviewers (optional)</source>
        <translation>Una nota para los revisores (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>Submit for review</source>
        <translation>Presentar para revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="337"/>
        <source>Submitting the step</source>
        <translation>Presentando la etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>What must change before the step can be approved</source>
        <translation>Qué debe cambiar para que la etapa pueda aprobarse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="346"/>
        <source>Requesting changes</source>
        <translation>Solicitando cambios</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="351"/>
        <source>Approving the step</source>
        <translation>Aprobando la etapa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>New review comment</source>
        <translation>Nuevo comentario de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="357"/>
        <source>Saving the comment</source>
        <translation>Guardando el comentario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer the comment</source>
        <translation>Responder al comentario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="366"/>
        <source>Saving the answer</source>
        <translation>Guardando la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="371"/>
        <source>Saving the comment&apos;s status</source>
        <translation>Guardando el estado del comentario</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="379"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/status_texts.py" line="13"/>
        <source>Not started</source>
        <translation>Sin comenzar</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="14"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="15"/>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="16"/>
        <source>Changes requested</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="17"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="43"/>
        <source>Priority without evidence</source>
        <translation>Prioridad sin evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="44"/>
        <source>Endorsed priority without actions</source>
        <translation>Prioridad respaldada sin acciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="45"/>
        <source>Endorsed priority without funding</source>
        <translation>Prioridad respaldada sin financiación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="46"/>
        <source>Action outside the plan</source>
        <translation>Acción fuera del plan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="47"/>
        <source>Action nothing measures</source>
        <translation>Acción sin indicador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="48"/>
        <source>Indicator without baseline</source>
        <translation>Indicador sin línea de base</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="49"/>
        <source>Indicator without target</source>
        <translation>Indicador sin meta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="50"/>
        <source>Instrument without indicators</source>
        <translation>Instrumento sin indicadores</translation>
    </message>
</context>
</TS>
