<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="37"/>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation>Журнал аудита записан: изменений {code} — {count}, файл {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="49"/>
        <source>Writing the audit trail</source>
        <translation>Запись журнала аудита</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="64"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="69"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="70"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="71"/>
        <source>Export data…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="75"/>
        <location filename="../../ui/widgets/chart_panel.py" line="97"/>
        <source>Drawing…</source>
        <translation>Построение…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="105"/>
        <source>Drawing the chart</source>
        <translation>Построение диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="174"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="177"/>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="181"/>
        <source>Export the chart&apos;s data</source>
        <translation>Экспорт данных диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="24"/>
        <source>Which column is which?</source>
        <translation>Какой столбец что означает?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Column in your file</source>
        <translation>Столбец в вашем файле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="34"/>
        <source>(leave out)</source>
        <translation>(не использовать)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Columns marked * are needed. Every number also needs a unit; the workspace&apos;s country is used when no country column is given.</source>
        <translation>Столбцы, отмеченные *, обязательны. У каждого числа должна быть единица измерения; если столбца страны нет, используется страна рабочего пространства.</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="100"/>
        <source>Conflicts in {code}</source>
        <translation>Конфликты в {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="102"/>
        <source>Reading the conflicts…</source>
        <translation>Чтение конфликтов…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Before both edits</source>
        <translation>До обеих правок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <source>Value kept on every site</source>
        <translation>Значение, сохранённое на всех узлах</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Written by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="108"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="112"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="113"/>
        <source>Keep the value every site holds now</source>
        <translation>Оставить значение, которое сейчас хранится на всех узлах</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="115"/>
        <source>Take the other</source>
        <translation>Взять другое</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="116"/>
        <source>Replace it with the other value, on every site</source>
        <translation>Заменить его другим значением на всех узлах</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="118"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="119"/>
        <source>Type a value of your own</source>
        <translation>Ввести собственное значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="121"/>
        <source>History of this record…</source>
        <translation>История этой записи…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="150"/>
        <source>Reading the conflicts</source>
        <translation>Чтение конфликтов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="167"/>
        <source>{count} open conflict(s). Every site holds the kept value; choose for each what should stay. Your answer travels with the next bundle and closes the conflict on every site.</source>
        <translation>Открытых конфликтов: {count}. На всех узлах хранится сохранённое значение; выберите для каждого, что должно остаться. Ваш ответ уйдёт со следующим пакетом и закроет конфликт на всех узлах.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="175"/>
        <source>No open conflict in {code}.</source>
        <translation>В {code} нет открытых конфликтов.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="191"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
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
        <translation>Сохранение ответа</translation>
    </message>
</context>
<context>
    <name>CountryReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>Country report (PDF)</source>
        <translation>Страновой отчёт (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="230"/>
        <source>Without personal data (names, e-mails, phones)</source>
        <translation>Без персональных данных (имена, эл. почта, телефоны)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="233"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="242"/>
        <source>Writing the country report</source>
        <translation>Формирование странового отчёта</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="149"/>
        <location filename="../../ui/widgets/form_fields.py" line="166"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="150"/>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="151"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="180"/>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="198"/>
        <source>Attaching the document</source>
        <translation>Прикрепление документа</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="92"/>
        <source>Send a bundle of {code}</source>
        <translation>Отправка пакета {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="95"/>
        <source>Everything (a full bundle, for any site)</source>
        <translation>Всё (полный пакет, для любого узла)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="98"/>
        <source>Encrypt for this partner: only its site can open the file</source>
        <translation>Зашифровать для этого партнёра: открыть файл сможет только его узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="99"/>
        <source>Send everything again, not only what the partner has not received yet</source>
        <translation>Отправить всё заново, а не только то, что партнёр ещё не получил</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="102"/>
        <location filename="../../ui/dialogs/exchange_export.py" line="115"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="103"/>
        <source>a USB stick, or the folder you send mail from</source>
        <translation>USB-накопитель или папка, из которой вы отправляете почту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="104"/>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="112"/>
        <source>Send to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="116"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="122"/>
        <source>Write the bundle</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="124"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>country site</source>
        <translation>страновой узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>hub</source>
        <translation>центр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="139"/>
        <source>hub site</source>
        <translation>узел центра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="140"/>
        <source>{name} ({role}, trusted for {workspaces})</source>
        <translation>{name} ({role}, доверие для {workspaces})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="168"/>
        <source>A full bundle carries every change of {code}, whoever wrote it, and is not encrypted. A site that trusts this site&apos;s card for {code} can import it; the changes written at other sites are applied there only if it trusts those sites too.</source>
        <translation>Полный пакет содержит все изменения {code}, кто бы их ни внёс, и не зашифрован. Его может импортировать сайт, доверяющий карточке этого сайта для {code}; изменения, внесённые на других сайтах, применяются там, только если он доверяет и этим сайтам.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="172"/>
        <source>No partner is trusted yet: trust its card under Exchange › Trusted sites to send only what it lacks, encrypted for it.</source>
        <translation>Доверенных партнёров пока нет: добавьте карточку партнёра в разделе «Обмен › Доверенные узлы», чтобы отправлять только недостающее и в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="175"/>
        <source>The bundle carries what {name} has not received from this site yet; the next bundle for it starts where this one ends.</source>
        <translation>Пакет содержит то, что {name} ещё не получил от этого узла; следующий пакет для него начнётся там, где закончится этот.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="215"/>
        <source>{count} changes written</source>
        <translation>Записано изменений: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="226"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="227"/>
        <source>Writing the bundle</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="233"/>
        <source>Bundle written: {path}</source>
        <translation>Пакет записан: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="234"/>
        <source>{changes} change(s) and {attachments} attachment(s), {size}.</source>
        <translation>Изменений: {changes}, вложений: {attachments}, {size}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="238"/>
        <source>Everything of {code}, for {name}.</source>
        <translation>Все данные {code} для {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="240"/>
        <source>What {name} had not received yet.</source>
        <translation>То, что {name} ещё не получил.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="242"/>
        <source>Everything of {code}, for any site that trusts this one.</source>
        <translation>Все данные {code} для любого узла, доверяющего этому.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="245"/>
        <source>Nothing new for {name}: the bundle carries no change (importing it does no harm).</source>
        <translation>Для {name} нет ничего нового: пакет не содержит изменений (его импорт ничему не повредит).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="247"/>
        <source>Encrypted for {name}: only its site can open it.</source>
        <translation>Зашифровано для {name}: открыть его сможет только этот узел.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="249"/>
        <source>Not encrypted: it is signed, so any change to it is detected, but anyone can read it.</source>
        <translation>Не зашифровано: пакет подписан, поэтому любое изменение будет обнаружено, но прочитать его может кто угодно.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="261"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="269"/>
        <source>The bundle was not written: {reason}</source>
        <translation>Пакет не записан: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="274"/>
        <source>Unlocking the keys</source>
        <translation>Разблокировка ключей</translation>
    </message>
    <message>
        <source>A full bundle carries every change of {code}. Any site that trusts this site&apos;s card for {code} can import it; it is not encrypted.</source>
        <translation type="obsolete">Полный пакет содержит все изменения {code}. Его может импортировать любой узел, доверяющий карточке этого узла для {code}; пакет не зашифрован.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>records this site does not have yet</source>
        <translation>записи, которых на этом узле ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>changes applied to records that are here</source>
        <translation>изменения, применённые к имеющимся записям</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>already so here</source>
        <translation>здесь уже так</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>Already here</source>
        <translation>Уже получены</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>changes received before (a bundle sent twice, or passed on)</source>
        <translation>изменения, полученные ранее (пакет отправлен дважды или передан дальше)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>Conflicting</source>
        <translation>Конфликтующие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>edited here and there at once: both values are kept; see Exchange › Conflicts</source>
        <translation>изменены и здесь, и там одновременно: сохраняются оба значения; см. «Обмен › Конфликты»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>Waiting</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>waiting for earlier changes from their sender; applied when those arrive</source>
        <translation>ждут более ранних изменений от отправителя; будут применены, когда те поступят</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>refused with the reason; kept aside, never applied</source>
        <translation>отклонены с указанием причины; хранятся отдельно и не применяются</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="97"/>
        <source>Receive a bundle</source>
        <translation>Получение пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="101"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="113"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="115"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="116"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="117"/>
        <source>Choose a bundle file: it is checked and rehearsed first; nothing is written until you press Import.</source>
        <translation>Выберите файл пакета: сначала он будет проверен и пробно применён; ничего не записывается, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>How many</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="124"/>
        <source>Changes in the bundle, by category</source>
        <translation>Изменения в пакете по категориям</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="126"/>
        <location filename="../../ui/dialogs/exchange_import.py" line="137"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="132"/>
        <source>Changes in the bundle, one by one</source>
        <translation>Изменения в пакете по одному</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="141"/>
        <source>New records and unchanged ones are counted, not listed.</source>
        <translation>Новые и неизменённые записи подсчитываются, но не перечисляются.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="149"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="153"/>
        <source>Check the next of the bundles chosen together</source>
        <translation>Проверить следующий из выбранных вместе пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="173"/>
        <source>Trusted sites…</source>
        <translation>Доверенные узлы…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="199"/>
        <source>Next bundle ({count} left)</source>
        <translation>Следующий пакет (осталось: {count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="211"/>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="213"/>
        <source>Checking the bundle</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="218"/>
        <source>{done} of {total} changes</source>
        <translation>{done} из {total} изменений</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="237"/>
        <source>Preview: nothing has been written yet. {total} change(s) from {sender}.</source>
        <translation>Предварительный просмотр: ничего ещё не записано. Изменений от {sender}: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="246"/>
        <source>{count} change(s) conflict with edits made here: the same value is kept on every site, and the other one waits under Exchange › Conflicts.</source>
        <translation>Изменений, конфликтующих с правками, сделанными здесь: {count}. На всех узлах сохраняется одно и то же значение, а другое ждёт в разделе «Обмен › Конфликты».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="250"/>
        <source>{count} change(s) wait for earlier changes from their sender: import the bundles in between (or a full bundle).</source>
        <translation>Изменений, ожидающих более ранних изменений от отправителя: {count}. Импортируйте промежуточные пакеты (или полный пакет).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="253"/>
        <source>{count} change(s) are rejected: see the reasons below.</source>
        <translation>Отклонено изменений: {count}; причины см. ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="256"/>
        <source>Every change of this bundle is here already.</source>
        <translation>Все изменения этого пакета здесь уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="265"/>
        <source>{code} (not the workspace open now, {current})</source>
        <translation>{code} (не то рабочее пространство, что открыто сейчас: {current})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>changes since the last bundle</source>
        <translation>изменения с последнего пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>full</source>
        <translation>полный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="268"/>
        <source>{kind}, {total} change(s); id {id}</source>
        <translation>{kind}, изменений: {total}; ID {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="271"/>
        <source>Already imported on {when}: nothing to do.</source>
        <translation>Уже импортирован {when}: делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="288"/>
        <source>Every change listed ({count})</source>
        <translation>Все изменения списком ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="320"/>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="322"/>
        <source>Importing the bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="330"/>
        <source>Applied {count} change(s) from {sender} to {code}.</source>
        <translation>Применено изменений от {sender} к {code}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="331"/>
        <source>Nothing from {sender} was applied to {code}.</source>
        <translation>Ничего от {sender} не применено к {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="335"/>
        <source>{count} change(s) that were waiting could be applied now.</source>
        <translation>Теперь удалось применить ожидавшие изменения: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="338"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Сначала создана проверенная резервная копия: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="356"/>
        <source>Cancelled: nothing was imported (an import is all or nothing).</source>
        <translation>Отменено: ничего не импортировано (импорт выполняется целиком или не выполняется совсем).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="357"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="360"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>Пакет не импортирован: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="363"/>
        <source>The bundle was refused; nothing was written.</source>
        <translation>Пакет отклонён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="364"/>
        <source>If the sender is not trusted yet, or not for this workspace: check the fingerprint of its card with the sender by phone, trust it under &lt;b&gt;Trusted sites…&lt;/b&gt;, then choose the file again.</source>
        <translation>Если отправитель ещё не в числе доверенных или не для этого рабочего пространства: сверьте по телефону отпечаток его карточки, добавьте её в &lt;b&gt;Доверенные узлы…&lt;/b&gt; и снова выберите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="367"/>
        <source>If the file was altered or damaged on the way: ask the sender to write it again.</source>
        <translation>Если файл был изменён или повреждён в пути: попросите отправителя записать его заново.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="368"/>
        <source>If it was made by a newer version of the program: update Mainstream Desktop.</source>
        <translation>Если он создан более новой версией программы: обновите Mainstream Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="377"/>
        <source>Unlocking the keys</source>
        <translation>Разблокировка ключей</translation>
    </message>
    <message>
        <source>Imported {total} change(s) from {sender} into {code}.</source>
        <translation type="obsolete">В {code} импортировано изменений от {sender}: {total}.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="190"/>
        <source>Exchange status of {code}</source>
        <translation>Состояние обмена {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="194"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="105"/>
        <location filename="../../ui/widgets/exchange_status.py" line="133"/>
        <source>Reading the exchange status…</source>
        <translation>Чтение состояния обмена…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Sent up to</source>
        <translation>Отправлено до</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Last received</source>
        <translation>Последнее получение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Received up to</source>
        <translation>Получено до</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Partner sites</source>
        <translation>Узлы-партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>“Sent up to” and “Received up to” are for this workspace: the highest change number sent to the partner, and the number up to which every change of the partner is here. The last sent and received times are for any workspace.</source>
        <translation>«Отправлено до» и «Получено до» относятся к этому рабочему пространству: наибольший номер изменения, отправленного партнёру, и номер, до которого здесь есть все изменения партнёра. Время последней отправки и получения — по любому рабочему пространству.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="121"/>
        <source>Changes waiting or refused</source>
        <translation>Ожидающие или отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="135"/>
        <source>Reading the exchange status</source>
        <translation>Чтение состояния обмена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="143"/>
        <source>Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).</source>
        <translation>Обмен {code} на узле {site}: узлов-партнёров: {partners}; открытых конфликтов: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="151"/>
        <source>(no longer trusted) {site}</source>
        <translation>(больше не доверенный) {site}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="157"/>
        <source>{held} change(s) waiting for earlier changes from their sender (they are applied when those arrive); {rejected} rejected (kept here with the reason, never applied).</source>
        <translation>Изменений, ожидающих более ранних изменений от отправителя: {held} (применяются, когда те поступят); отклонено: {rejected} (хранятся здесь с причиной и не применяются).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub</source>
        <translation>центр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub site</source>
        <translation>узел центра</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="173"/>
        <source>country site</source>
        <translation>страновой узел</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="175"/>
        <source> (not trusted for this workspace)</source>
        <translation> (нет доверия для этого рабочего пространства)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="180"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>change {number}</source>
        <translation>изменение {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
</context>
<context>
    <name>HubRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="23"/>
        <source>Peer exchanges and handbook proposals</source>
        <translation>Взаимные обмены и предложения к руководству</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="24"/>
        <source>Records of the whole pilot portfolio, kept at this site: the learning missions between countries, and the changes to the handbook proposed from the lessons.</source>
        <translation>Записи всего портфеля пилотных проектов, хранящиеся на этом узле: ознакомительные миссии между странами и изменения руководства, предложенные на основе уроков.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="34"/>
        <source>Lessons behind each proposal</source>
        <translation>Уроки, на которых основано каждое предложение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="37"/>
        <source>Peer exchanges</source>
        <translation>Взаимные обмены</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="38"/>
        <source>Handbook proposals</source>
        <translation>Предложения к руководству</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="60"/>
        <source>Import a statistics table into {code}</source>
        <translation>Импорт статистической таблицы в {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="64"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>UN DESA migrant stock or flows</source>
        <translation>ДЭСВ ООН: численность мигрантов или потоки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>UNHCR population statistics</source>
        <translation>УВКБ ООН: статистика населения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>World Bank WDI download</source>
        <translation>Выгрузка WDI Всемирного банка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>ILOSTAT CSV</source>
        <translation>ILOSTAT CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>Mainstream Desktop template</source>
        <translation>Шаблон Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="73"/>
        <source>Map columns…</source>
        <translation>Сопоставить столбцы…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="74"/>
        <source>For a spreadsheet of your own: say which column holds what.</source>
        <translation>Для собственной таблицы: укажите, какой столбец что содержит.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="79"/>
        <source>Save an empty template…</source>
        <translation>Сохранить пустой шаблон…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="86"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="87"/>
        <source>Layout</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="88"/>
        <source>Choose a file: nothing is written until you press Import.</source>
        <translation>Выберите файл: ничего не записывается, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Why it was rejected</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="95"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="132"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="141"/>
        <source>Reading the table</source>
        <translation>Чтение таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="146"/>
        <source>Preview of {name} ({source}): nothing has been written yet.</source>
        <translation>Предварительный просмотр {name} ({source}): ничего ещё не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="154"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Добавить: {added}, обновить: {updated}, без изменений: {unchanged}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="158"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="161"/>
        <source>{count} rows concern other countries and are left out.</source>
        <translation>Строк, относящихся к другим странам, пропущено: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="164"/>
        <source>Nothing to import: this workspace already holds every row of the file.</source>
        <translation>Импортировать нечего: в этом рабочем пространстве уже есть все строки файла.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="176"/>
        <source>For a spreadsheet of your own, press “Map columns…” and say which column holds what.</source>
        <translation>Для собственной таблицы нажмите «Сопоставить столбцы…» и укажите, какой столбец что содержит.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="186"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="190"/>
        <source>Imported from {source}.</source>
        <translation>Импортировано из {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="215"/>
        <source>Reading the columns</source>
        <translation>Чтение столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="236"/>
        <source>Template saved: {path}</source>
        <translation>Шаблон сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="239"/>
        <source>Save the template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LessonsReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="264"/>
        <source>Lessons-learned report (PDF)</source>
        <translation>Отчёт об извлечённых уроках (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="265"/>
        <source>The lessons of every workspace in this data folder, by theme and country, and the handbook changes they call for.</source>
        <translation>Уроки всех рабочих пространств в этой папке данных по темам и странам, а также изменения руководства, которых они требуют.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="276"/>
        <source>Writing the lessons-learned report</source>
        <translation>Формирование отчёта об извлечённых уроках</translation>
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
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&lt;h2&gt;Opening the data folder…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Открытие папки данных…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>  ·  Site: {name}</source>
        <translation>  ·  Узел: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;&lt;p&gt;Create one with &lt;b&gt;File › New workspace&lt;/b&gt;, or start the program with &lt;code&gt;--demo&lt;/code&gt; to explore the eight pilot countries.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Рабочих пространств пока нет&lt;/h2&gt;&lt;p&gt;Создайте его через &lt;b&gt;Файл › Новое рабочее пространство&lt;/b&gt; или запустите программу с параметром &lt;code&gt;--demo&lt;/code&gt;, чтобы ознакомиться с восемью пилотными странами.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About Mainstream Desktop</source>
        <translation>&amp;О программе Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Получить пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Send a bundle…</source>
        <translation>&amp;Отправить пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Trusted sites…</source>
        <translation>&amp;Доверенные узлы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Exchange &amp;status…</source>
        <translation>&amp;Состояние обмена…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Export the &amp;audit trail…</source>
        <translation>Экспорт журнала &amp;аудита…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Every change of the workspace, who made it and when, as a CSV file</source>
        <translation>Все изменения рабочей области — кто и когда их внёс — в файле CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Re&amp;view</source>
        <translation>&amp;Рецензирование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Review &amp;desk…</source>
        <translation>&amp;Стол рецензента…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Peer exchanges and handbook proposals…</source>
        <translation>&amp;Взаимные обмены и предложения к руководству…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Reports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Country report (PDF)…</source>
        <translation>&amp;Страновой отчёт (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Lessons-learned report (PDF)…</source>
        <translation>&amp;Отчёт об уроках (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Export workspace to &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Export workspace to C&amp;SV…</source>
        <translation>Экспорт в C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Портфель…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Where every workspace of this data folder stands, side by side</source>
        <translation>Положение всех рабочих пространств этой папки данных рядом</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>The window cannot open</source>
        <translation>Не удаётся открыть окно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Workspace: </source>
        <translation>Рабочее пространство: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>The wizard cannot open</source>
        <translation>Не удаётся открыть мастер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Workspace {code} saved</source>
        <translation>Рабочее пространство {code} сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>The audit trail was not written</source>
        <translation>Журнал аудита не записан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Backup failed</source>
        <translation>Сбой резервного копирования</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Still working: close again when the task has finished.</source>
        <translation>Работа ещё идёт: закройте окно снова, когда задача завершится.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="30"/>
        <source>What the numbers say, in a few sentences…</source>
        <translation>Что говорят цифры — в нескольких предложениях…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="32"/>
        <source>This section is done</source>
        <translation>Этот раздел готов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="71"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="54"/>
        <source>{done} of {total} rows</source>
        <translation>{done} из {total} строк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="66"/>
        <source>Exporting the observations</source>
        <translation>Экспорт наблюдений</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="72"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="73"/>
        <source>{rows} observations (the rows the filters show) written to
{path}</source>
        <translation>Наблюдений (строк, показанных фильтрами): {rows}; записано в
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="79"/>
        <location filename="../../ui/widgets/observation_export.py" line="82"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="80"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
</context>
<context>
    <name>ObservationTable</name>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="125"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="126"/>
        <source>Save the rows the filters show (all of them, in this order) as an Excel workbook or a CSV file</source>
        <translation>Сохранить строки, показанные фильтрами (все, в этом порядке), в книгу Excel или файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="139"/>
        <source>The change was refused</source>
        <translation>Изменение отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="149"/>
        <source>Search indicator, partner, note or source…</source>
        <translation>Поиск по показателю, партнёру, примечанию или источнику…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="152"/>
        <source>All indicators</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Any sex</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>From year</source>
        <translation>С года</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="159"/>
        <source>To year</source>
        <translation>По год</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="161"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="169"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Years:</source>
        <translation>Годы:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="178"/>
        <source>The numbers of the profile</source>
        <translation>Цифры профиля</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="202"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="203"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="209"/>
        <source>&amp;Paste values</source>
        <translation>&amp;Вставить значения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="211"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="213"/>
        <source>&amp;History of this row…</source>
        <translation>&amp;История этой строки…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="242"/>
        <source>Checking the observations</source>
        <translation>Проверка наблюдений</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="276"/>
        <source>Paste {n} values</source>
        <translation>Вставить значения: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="277"/>
        <location filename="../../ui/widgets/observation_table.py" line="383"/>
        <source>The paste was refused; nothing was changed</source>
        <translation>Вставка отклонена; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="285"/>
        <source>Delete {n} observations</source>
        <translation>Удалить наблюдения: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="286"/>
        <source>The rows were not deleted</source>
        <translation>Строки не удалены</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="307"/>
        <source>The change could not be undone or redone</source>
        <translation>Не удалось отменить или повторить изменение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="318"/>
        <source>The checks could not run: {reason}</source>
        <translation>Проверки не удалось выполнить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="342"/>
        <source>Edit {column}</source>
        <translation>Изменить: {column}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Nothing to paste into</source>
        <translation>Некуда вставить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Select the first cell to paste into.</source>
        <translation>Выберите первую ячейку для вставки.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste does not fit</source>
        <translation>Вставка не помещается</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste has {lines} lines, but only {rows} rows follow the current cell.</source>
        <translation>Во вставке строк: {lines}, а после текущей ячейки только {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="380"/>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>Строка {line}: «{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="418"/>
        <source>{n} observations</source>
        <translation>Наблюдений: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="421"/>
        <source>✓ All changes saved</source>
        <translation>✓ Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="428"/>
        <source>Last change refused; nothing was changed</source>
        <translation>Последнее изменение отклонено; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="210"/>
        <source>“{text}” is not a valid entry for this column.</source>
        <translation>«{text}» — недопустимое значение для этого столбца.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Migration type</source>
        <translation>Тип миграции</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Voluntariness</source>
        <translation>Добровольность</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Skill level</source>
        <translation>Уровень квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Education (ISCED)</source>
        <translation>Образование (МСКО)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Occupation (ISCO)</source>
        <translation>Занятие (МСКЗ)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Data type</source>
        <translation>Тип данных</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Sector (ISIC)</source>
        <translation>Отрасль (МСОК)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="389"/>
        <source>Source table</source>
        <translation>Исходная таблица</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Normal</source>
        <translation>Обычное</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Provisional</source>
        <translation>Предварительное</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Break in series</source>
        <translation>Разрыв ряда</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="47"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>OptionalYearSpin</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="64"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/dialogs/portfolio_dialog.py" line="21"/>
        <source>Portfolio: all workspaces</source>
        <translation>Портфель: все рабочие пространства</translation>
    </message>
</context>
<context>
    <name>PortfolioStatusModel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="128"/>
        <source>Step {number}</source>
        <translation>Этап {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="168"/>
        <source>The newest change to any record of this workspace.</source>
        <translation>Последнее изменение любой записи этого рабочего пространства.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="174"/>
        <source>Step {number}: {title}</source>
        <translation>Этап {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="177"/>
        <source>{status}, {percent}% complete</source>
        <translation>{status}, выполнено {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="179"/>
        <source>In this status since {day} ({days} days)</source>
        <translation>В этом статусе с {day} (дней: {days})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="182"/>
        <source>In progress from its records; the step itself was never started.</source>
        <translation>В работе по записям; сам этап не начинался.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="184"/>
        <source>{count} open review comment(s)</source>
        <translation>Открытых замечаний рецензентов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="188"/>
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="189"/>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="199"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="290"/>
        <source>Reading the portfolio…</source>
        <translation>Чтение портфеля…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="201"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="206"/>
        <source>Where each country stands, step by step</source>
        <translation>Положение каждой страны по этапам</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="214"/>
        <source>Open review comments</source>
        <translation>Открытые замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="217"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="218"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="420"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="219"/>
        <source>Lessons by theme and country</source>
        <translation>Уроки по темам и странам</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="220"/>
        <source>Indicators compared</source>
        <translation>Сравнение показателей</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="222"/>
        <source>The expert&apos;s questions</source>
        <translation>Вопросы эксперта</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="226"/>
        <source>Status matrix</source>
        <translation>Матрица статусов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="227"/>
        <source>Review comments</source>
        <translation>Замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="228"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="229"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="230"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="246"/>
        <source>Each cell: how complete the step is and its status; ✎ counts the open review comments. Point at a cell for the days in its status and what is still missing.</source>
        <translation>Каждая ячейка: степень выполнения этапа и его статус; ✎ — число открытых замечаний. Наведите курсор на ячейку, чтобы увидеть, сколько дней она в этом статусе и чего ещё не хватает.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Oldest open (days)</source>
        <translation>Самое давнее открытое (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="298"/>
        <source>Reading the portfolio</source>
        <translation>Чтение портфеля</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="303"/>
        <source>Not read: cancelled.</source>
        <translation>Не прочитано: отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="308"/>
        <source>{count} workspaces in this data folder, read {when}.</source>
        <translation>Рабочих пространств в этой папке данных: {count}; прочитано {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="390"/>
        <source>cross-country</source>
        <translation>межстрановой</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="392"/>
        <source>Lessons of no one country</source>
        <translation>Уроки, не относящиеся к одной стране</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="407"/>
        <source>Recurs in 3 or more countries</source>
        <translation>Повторяется в 3 и более странах</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="411"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Извлечённые уроки пока не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="412"/>
        <source>{count} lessons. Themes recurring in 3 or more countries (★): {themes}.</source>
        <translation>Уроков: {count}. Темы, повторяющиеся в 3 и более странах (★): {themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="413"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="440"/>
        <source>missing</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="448"/>
        <source>{country}: the profile holds no figure for this indicator.</source>
        <translation>{country}: в профиле нет значения этого показателя.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="449"/>
        <source>{country}, {year}. Source: {source}</source>
        <translation>{country}, {year}. Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="452"/>
        <source>Derived: {formula}</source>
        <translation>Рассчитано: {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="454"/>
        <source>Also {value} in {source}</source>
        <translation>Также {value} в {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>answered</source>
        <translation>есть ответ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>partly answered</source>
        <translation>частичный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="460"/>
        <source>no data yet</source>
        <translation>данных пока нет</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="44"/>
        <source>Validation problems</source>
        <translation>Проблемы проверки</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="45"/>
        <source>Acknowledge with a note…</source>
        <translation>Принять с примечанием…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="68"/>
        <source>Acknowledged: {note}</source>
        <translation>Принято: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="73"/>
        <source>Problems: {open} open of {total}</source>
        <translation>Проблемы: открыто {open} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="74"/>
        <source>No problems found</source>
        <translation>Проблем не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="83"/>
        <source>Correct the error</source>
        <translation>Исправьте ошибку</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="84"/>
        <source>Errors must be corrected in the table, not acknowledged.</source>
        <translation>Ошибки нужно исправлять в таблице, а не принимать.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="92"/>
        <source>Not acknowledged</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="98"/>
        <source>Acknowledge a warning</source>
        <translation>Принять предупреждение</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="30"/>
        <source>Step 1: migration profile — {code}</source>
        <translation>Этап 1: миграционный профиль — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="37"/>
        <source>Import a table…</source>
        <translation>Импорт таблицы…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="42"/>
        <source>UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:</source>
        <translation>Выгрузки ДЭСВ ООН, Всемирного банка, УВКБ ООН, ILOSTAT или ваша собственная таблица:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="49"/>
        <source>A value of your own</source>
        <translation>Собственное значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="50"/>
        <source>The value of “{field}” on every site:</source>
        <translation>Значение «{field}» на всех узлах:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="48"/>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="55"/>
        <source>Unlock the keys</source>
        <translation>Разблокировка ключей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="56"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to sign the bundle:</source>
        <translation>Ключи этого узла защищены парольной фразой. Введите её, чтобы подписать пакет:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>{name} exists already in this folder. Replace it?</source>
        <translation>{name} уже есть в этой папке. Заменить?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="52"/>
        <source>Choose one or more bundles</source>
        <translation>Выберите один или несколько пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="53"/>
        <source>Mainstream bundles (*.mdbundle);;All files (*)</source>
        <translation>Пакеты Mainstream (*.mdbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="58"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to open the encrypted bundle:</source>
        <translation>Ключи этого узла защищены парольной фразой. Введите её, чтобы открыть зашифрованный пакет:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="44"/>
        <source>Choose a statistics table</source>
        <translation>Выбор статистической таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="45"/>
        <source>Tables (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xls *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Write the report to</source>
        <translation>Записать отчёт в</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="59"/>
        <source>Choose the partner&apos;s card</source>
        <translation>Выбор карточки партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="60"/>
        <source>Site cards (*.mdcard *.json);;All files (*)</source>
        <translation>Карточки узлов (*.mdcard *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="65"/>
        <source>Save this site&apos;s card</source>
        <translation>Сохранить карточку этого узла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="66"/>
        <source>Site cards (*.mdcard)</source>
        <translation>Карточки узлов (*.mdcard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Remove a trusted site</source>
        <translation>Удаление доверенного узла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Stop accepting bundles signed by {name}? Its changes already imported stay.</source>
        <translation>Перестать принимать пакеты, подписанные {name}? Уже импортированные изменения останутся.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>hub</source>
        <translation>центр</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="obsolete">Выбор пакета</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="obsolete">Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="obsolete">Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Site: {name} ({kind}), {id}</source>
        <translation>Узел: {name} ({kind}), {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42"/>
        <source>Site: not initialised</source>
        <translation>Узел: не инициализирован</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>&lt;p&gt;Guides a government through the GMG handbook &lt;i&gt;Mainstreaming Migration into Development Planning&lt;/i&gt;, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Проводит правительство через этапы руководства ГГМ &lt;i&gt;«Учёт миграции в планировании развития»&lt;/i&gt; в автономном режиме.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>About Mainstream Desktop</source>
        <translation>О программе Mainstream Desktop</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="209"/>
        <source>Choose a document</source>
        <translation>Выбор документа</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="48"/>
        <source>Unsaved draft found</source>
        <translation>Найден несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="49"/>
        <source>This wizard was left with unsaved changes ({when}). Resume them?</source>
        <translation>В этом мастере остались несохранённые изменения ({when}). Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="55"/>
        <source>Choose an evidence file</source>
        <translation>Выбор файла с доказательствами</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="74"/>
        <source>Readiness checklist</source>
        <translation>Контрольный список готовности</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="75"/>
        <source>Assess each precondition. A criterion marked met needs evidence: attach a file or explain it in at least 20 characters.</source>
        <translation>Оцените каждое предварительное условие. Для критерия, отмеченного как выполненный, нужны подтверждения: прикрепите файл или поясните не менее чем в 20 символах.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="90"/>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="93"/>
        <source>Status of {criterion}</source>
        <translation>Статус: {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="97"/>
        <source>Comment on {criterion}</source>
        <translation>Комментарий: {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="98"/>
        <location filename="../../ui/wizards/readiness_page.py" line="181"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="99"/>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="118"/>
        <source>The national focal point has confirmed this assessment</source>
        <translation>Национальный координатор подтвердил эту оценку</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="197"/>
        <source>Evidence not attached</source>
        <translation>Подтверждение не прикреплено</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="200"/>
        <source>Attaching evidence</source>
        <translation>Прикрепление подтверждения</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="103"/>
        <source>Step 0: workspace and readiness</source>
        <translation>Этап 0: рабочее пространство и готовность</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="147"/>
        <source>Nothing to offer: choose a reference indicator that the profile (step 1) has figures for.</source>
        <translation>Нечего предложить: выберите эталонный показатель, для которого в профиле (этап 1) есть значения.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="166"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="266"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="267"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="268"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="272"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="273"/>
        <source>Every change of the selected record: who, when, and each field&apos;s old and new value</source>
        <translation>Все изменения выбранной записи: кто, когда, старое и новое значение каждого поля</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="277"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="278"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>Сохранить эту таблицу в книгу Excel или файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="282"/>
        <source>Review comment…</source>
        <translation>Замечание…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="283"/>
        <source>Comment on the selected record for the country (GMG hub)</source>
        <translation>Замечание к выбранной записи для страны (центр ГГМ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="286"/>
        <source>Without personal data</source>
        <translation>Без персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="288"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Исключить имена, адреса эл. почты, номера телефонов и упоминания людей</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="334"/>
        <source>attached</source>
        <translation>прикреплено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Review comment</source>
        <translation>Замечание рецензента</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="409"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="426"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="430"/>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="81"/>
        <source>History of {record}</source>
        <translation>История: {record}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="83"/>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Came</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Fields: old → new</source>
        <translation>Поля: было → стало</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="89"/>
        <source>Export audit trail…</source>
        <translation>Экспорт журнала аудита…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="91"/>
        <source>Every change of {code} as a CSV file</source>
        <translation>Все изменения {code} в файле CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="119"/>
        <source>Reading the history</source>
        <translation>Чтение истории</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="131"/>
        <source>made here</source>
        <translation>сделано здесь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="132"/>
        <source>bundle {id}</source>
        <translation>пакет {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="135"/>
        <source>{count} change(s), newest first.</source>
        <translation>Изменений: {count}, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="136"/>
        <source>No change is recorded for this record.</source>
        <translation>Для этой записи изменений не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>edited</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="140"/>
        <source>conflict resolved</source>
        <translation>конфликт разрешён</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation type="obsolete">Запись журнала аудита</translation>
    </message>
    <message>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation type="obsolete">Журнал аудита записан: изменений {code}: {count}, файл {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="102"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>Write the report</source>
        <translation>Сформировать отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="116"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="188"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="194"/>
        <source>The report is written: {path}
{pages} pages. It opens in your PDF viewer.</source>
        <translation>Отчёт сформирован: {path}
Страниц: {pages}. Он откроется в программе просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="206"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="209"/>
        <source>The report was not written: {reason}</source>
        <translation>Отчёт не сформирован: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="210"/>
        <source>The report was not written</source>
        <translation>Отчёт не сформирован</translation>
    </message>
</context>
<context>
    <name>ReviewDeskDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_desk_dialog.py" line="21"/>
        <source>Review desk — {code}</source>
        <translation>Стол рецензента — {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="95"/>
        <source>Follow the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A new language takes effect when you restart the program.</source>
        <translation>Новый язык вступит в силу после перезапуска программы.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>This session was started with --lang {code}, which wins over this setting until the program is started without it.</source>
        <translation>Этот сеанс запущен с параметром --lang {code}, который имеет приоритет над этой настройкой, пока программа не будет запущена без него.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>Restart now?</source>
        <translation>Перезапустить сейчас?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The program will show the new language when it starts again. Restart it now? Everything you saved is kept.</source>
        <translation>Новый язык появится при следующем запуске программы. Перезапустить её сейчас? Всё сохранённое останется.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Complete</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="75"/>
        <source>Handbook steps</source>
        <translation>Этапы руководства</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="88"/>
        <source>{percent}% complete, {missing} items missing</source>
        <translation>Выполнено {percent}%, не хватает элементов: {missing}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="46"/>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="47"/>
        <source>Open the wizard…</source>
        <translation>Открыть мастер…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="54"/>
        <source>What is still missing</source>
        <translation>Чего ещё не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="56"/>
        <source>Guidance from the handbook</source>
        <translation>Указания руководства</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="79"/>
        <source>Step {number}: {title}</source>
        <translation>Этап {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="85"/>
        <source>%p% complete</source>
        <translation>Выполнено %p%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="90"/>
        <source>Still missing ({count})</source>
        <translation>Ещё не хватает ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="94"/>
        <source>Nothing is missing</source>
        <translation>Ничего не упущено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="96"/>
        <source>Every check of this step passes.</source>
        <translation>Все проверки этого этапа пройдены.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="78"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="60"/>
        <source>Reading the golden thread…</source>
        <translation>Чтение сквозной нити…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="62"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="66"/>
        <source>Golden thread</source>
        <translation>Сквозная нить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="90"/>
        <source>Reading the golden thread</source>
        <translation>Чтение сквозной нити</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="103"/>
        <source>{chains} priorities, {complete} with an unbroken thread; {broken} broken links.</source>
        <translation>Приоритетов: {chains}, с непрерывной нитью: {complete}; разорванных связей: {broken}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="107"/>
        <source>Broken links ({count})</source>
        <translation>Разорванные связи ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="130"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="131"/>
        <source>no evidence linked</source>
        <translation>нет связанных доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="132"/>
        <source>Consultation inputs</source>
        <translation>Предложения участников консультаций</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="133"/>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="137"/>
        <source>no actions</source>
        <translation>нет мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="138"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="139"/>
        <source>no indicators</source>
        <translation>нет показателей</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="141"/>
        <source>Aligned partner projects</source>
        <translation>Согласованные проекты партнёров</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="168"/>
        <source>lands in no plan element</source>
        <translation>не относится ни к одному элементу плана</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="169"/>
        <source>In the plan: {element}</source>
        <translation>В плане: {element}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="174"/>
        <source>Funding: {source}{partner}</source>
        <translation>Финансирование: {source}{partner}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="179"/>
        <source>Measured by: {indicator}</source>
        <translation>Показатель: {indicator}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="182"/>
        <source>no indicator measures this action</source>
        <translation>ни один показатель не измеряет это мероприятие</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="103"/>
        <source>Trust the card of {name}</source>
        <translation>Доверие карточке {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="105"/>
        <source>Site</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="106"/>
        <source>Site id</source>
        <translation>ID узла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="107"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="108"/>
        <source>Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the card only if every group matches: a card can be swapped on its way, a phone call cannot.</source>
        <translation>Позвоните {name} и попросите зачитать отпечаток, показанный в их окне «Доверенные узлы». Доверяйте карточке, только если совпадают все группы: карточку могут подменить в пути, телефонный звонок — нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="118"/>
        <source>{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces it: do so only if the site told you it has a new key.</source>
        <translation>{name} уже является доверенным с другим ключом (отпечаток {old}). Доверие этой карточке заменит его: делайте это, только если узел сообщил вам о новом ключе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="123"/>
        <source>{name} read me this fingerprint on the phone, and it matches</source>
        <translation>{name} зачитал мне этот отпечаток по телефону, и он совпадает</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="126"/>
        <source>Workspace codes separated by commas, e.g. JAM, MDA</source>
        <translation>Коды рабочих пространств через запятую, напр. JAM, MDA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="127"/>
        <source>Trust it as the hub (it may also write reviews, missions and lessons)</source>
        <translation>Доверять как центру (может также записывать замечания, миссии и уроки)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="130"/>
        <source>May change</source>
        <translation>Может изменять</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="133"/>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="173"/>
        <source>Trusted sites</source>
        <translation>Доверенные узлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="177"/>
        <source>&lt;b&gt;Sites whose bundles this site accepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Узлы, пакеты которых принимает этот узел&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <location filename="../../ui/dialogs/trust_list.py" line="215"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Site</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Hub</source>
        <translation>Центр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>May change</source>
        <translation>Может изменять</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Trusted since</source>
        <translation>Доверие с</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="181"/>
        <source>Sites whose bundles this site accepts</source>
        <translation>Узлы, пакеты которых принимает этот узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="189"/>
        <source>Trust a card…</source>
        <translation>Доверять карточке…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="192"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="199"/>
        <source>This site</source>
        <translation>Этот узел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="205"/>
        <source>Save my card…</source>
        <translation>Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="207"/>
        <source>Give this card to your partners (USB stick or e-mail). When they trust it, read them this fingerprint on the phone.</source>
        <translation>Передайте эту карточку партнёрам (на USB-накопителе или по эл. почте). Когда они будут ей доверять, зачитайте им этот отпечаток по телефону.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="213"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="214"/>
        <source>Site id</source>
        <translation>ID узла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="235"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="261"/>
        <source>Card saved: {path}. Hand it to the partner, then read them the fingerprint on the phone.</source>
        <translation>Карточка сохранена: {path}. Передайте её партнёру, затем зачитайте ему отпечаток по телефону.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="281"/>
        <source>Not trusted: nothing changed.</source>
        <translation>Доверие не установлено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="285"/>
        <source>Trusting the card</source>
        <translation>Установление доверия к карточке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="290"/>
        <source>{name} is trusted for {workspaces}{hub}.</source>
        <translation>{name} — доверенный узел для {workspaces}{hub}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="292"/>
        <source>, and as the hub</source>
        <translation>, а также как центр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="300"/>
        <source>Removing the site</source>
        <translation>Удаление узла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="305"/>
        <source>{name} is no longer trusted: its bundles will be refused.</source>
        <translation>{name} больше не является доверенным: его пакеты будут отклоняться.</translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="96"/>
        <source>Export a workspace to Excel</source>
        <translation>Экспорт рабочего пространства в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="97"/>
        <source>Export a workspace to CSV</source>
        <translation>Экспорт рабочего пространства в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="103"/>
        <source>Without personal data</source>
        <translation>Без персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="105"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>Исключить имена, адреса эл. почты, номера телефонов и упоминания людей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="108"/>
        <location filename="../../ui/dialogs/workbook_export.py" line="118"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="110"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="116"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="125"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="128"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="165"/>
        <source>One workbook: an “About” sheet (workspace, country, when and where it was made, whether personal data is in), then one sheet per table that has rows, with real numbers and dates, frozen headers and filters.</source>
        <translation>Одна книга: лист «О файле» (рабочее пространство, страна, когда и где создан, включены ли персональные данные), затем по листу на каждую непустую таблицу — с настоящими числами и датами, закреплёнными заголовками и фильтрами.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="168"/>
        <source>One CSV file per table (UTF-8, so Excel shows every alphabet), plus “00 About.csv”, together in one zip file.</source>
        <translation>По одному файлу CSV на таблицу (UTF-8, чтобы Excel показывал любой алфавит) и файл «00 About.csv», всё вместе в одном zip-архиве.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="190"/>
        <source>{done} of {total} rows</source>
        <translation>{done} из {total} строк</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="202"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="203"/>
        <source>Exporting {code}</source>
        <translation>Экспорт {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="208"/>
        <source>with personal data</source>
        <translation>с персональными данными</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="209"/>
        <source>without personal data</source>
        <translation>без персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="211"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="212"/>
        <source>{code}: {tables} tables and {rows} rows, {personal}.</source>
        <translation>{code}: таблиц: {tables}, строк: {rows}, {personal}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="223"/>
        <source>Nothing was written: {reason}</source>
        <translation>Ничего не записано: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="65"/>
        <source>Workspace details</source>
        <translation>Сведения о рабочем пространстве</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="66"/>
        <source>The pilot&apos;s basic facts. Fields marked * are needed to create the workspace; the rest can follow, and the checklist shows what is missing.</source>
        <translation>Основные сведения о пилотном проекте. Поля, отмеченные *, нужны для создания рабочего пространства; остальные можно заполнить позже — контрольный список покажет, чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="70"/>
        <source>e.g. JAM</source>
        <translation>напр. JAM</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="75"/>
        <location filename="../../ui/wizards/workspace_page.py" line="85"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="99"/>
        <source>Workspace code *</source>
        <translation>Код рабочего пространства *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="100"/>
        <source>Country *</source>
        <translation>Страна *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="101"/>
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="102"/>
        <source>Programme phase</source>
        <translation>Этап программы</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="103"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="104"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="105"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="106"/>
        <source>Lead institution</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="107"/>
        <source>National focal point</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="108"/>
        <source>Focal point&apos;s e-mail</source>
        <translation>Эл. почта координатора</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="109"/>
        <source>Entry mode</source>
        <translation>Способ включения</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="110"/>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="111"/>
        <source>Reference year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="112"/>
        <source>Languages (ISO 639-1)</source>
        <translation>Языки (ISO 639-1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="113"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="187"/>
        <source>Mainstreaming Migration – {country}</source>
        <translation>Учёт миграции – {country}</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="68"/>
        <source>Where step 0 stands</source>
        <translation>Положение этапа 0</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="73"/>
        <source>What is still missing</source>
        <translation>Чего ещё не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="76"/>
        <source>Saved. What is still missing:</source>
        <translation>Сохранено. Чего ещё не хватает:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="84"/>
        <source>Workspace {code}: step 0 is {percent}% complete</source>
        <translation>Рабочее пространство {code}: этап 0 выполнен на {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="90"/>
        <source>Nothing: the workspace is ready for step 1.</source>
        <translation>Ничего: рабочее пространство готово к этапу 1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="138"/>
        <source>Mainstream Desktop cannot start</source>
        <translation>Не удаётся запустить Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../app.py" line="165"/>
        <source>Demo not loaded</source>
        <translation>Демоданные не загружены</translation>
    </message>
    <message>
        <location filename="../../app.py" line="167"/>
        <source>Loading the demo workspaces</source>
        <translation>Загрузка демонстрационных рабочих пространств</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../reports/charts.py" line="60"/>
        <location filename="../../reports/participation_charts.py" line="59"/>
        <source>No data yet for this chart.</source>
        <translation>Для этой диаграммы данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="67"/>
        <location filename="../../reports/portfolio_charts.py" line="377"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="105"/>
        <location filename="../../reports/charts.py" line="266"/>
        <source>Immigrant stock by sex</source>
        <translation>Численность иммигрантов по полу</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="110"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="115"/>
        <location filename="../../reports/charts.py" line="138"/>
        <source>Persons</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="126"/>
        <source>Emigrants by country of destination</source>
        <translation>Эмигранты по странам назначения</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="132"/>
        <location filename="../../reports/participation_charts.py" line="318"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="147"/>
        <source>Migration flows and net migration</source>
        <translation>Миграционные потоки и чистая миграция</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="152"/>
        <source>Immigration</source>
        <translation>Иммиграция</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="153"/>
        <source>Emigration</source>
        <translation>Эмиграция</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="154"/>
        <source>Net migration</source>
        <translation>Чистая миграция</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="155"/>
        <source>Net migration rate (per 1,000, right axis)</source>
        <translation>Коэффициент чистой миграции (на 1000, правая ось)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="167"/>
        <source>Persons per year</source>
        <translation>Человек в год</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="176"/>
        <source>Per 1,000 population</source>
        <translation>На 1000 жителей</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="186"/>
        <source>Remittances received</source>
        <translation>Полученные денежные переводы</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="193"/>
        <source>USD million</source>
        <translation>Млн долл. США</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="194"/>
        <source>USD million, current</source>
        <translation>Млн долл. США, в текущих ценах</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="199"/>
        <source>% of GDP (right axis)</source>
        <translation>% ВВП (правая ось)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="200"/>
        <source>% of GDP</source>
        <translation>% ВВП</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="211"/>
        <source>How migration affects each sector</source>
        <translation>Как миграция влияет на каждую отрасль</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="230"/>
        <source>green positive, red negative, yellow mixed; the number is the magnitude (1-3)</source>
        <translation>зелёный — положительно, красный — отрицательно, жёлтый — неоднозначно; число — масштаб (1–3)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="237"/>
        <source>Data availability by indicator and year</source>
        <translation>Наличие данных по показателям и годам</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <location filename="../../reports/portfolio_charts.py" line="285"/>
        <source>missing</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="259"/>
        <source>reported</source>
        <translation>отчётные</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="267"/>
        <source>Top destinations</source>
        <translation>Основные страны назначения</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="268"/>
        <source>Flows and net migration</source>
        <translation>Потоки и чистая миграция</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="269"/>
        <source>Remittances</source>
        <translation>Денежные переводы</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="270"/>
        <source>Sector impacts</source>
        <translation>Влияние на отрасли</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="271"/>
        <source>Data availability</source>
        <translation>Наличие данных</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>C</source>
        <translation>У</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>L</source>
        <translation>О</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>Cs</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>D</source>
        <translation>Д</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="46"/>
        <source>Inputs received</source>
        <translation>Полученные предложения</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="47"/>
        <source>Accepted or partly accepted</source>
        <translation>Приняты полностью или частично</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="48"/>
        <source>Reflected in the plan</source>
        <translation>Отражены в плане</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="49"/>
        <source>Still pending</source>
        <translation>Ещё не рассмотрены</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="76"/>
        <location filename="../../reports/planning_charts.py" line="223"/>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="77"/>
        <source>Left out: {notes}</source>
        <translation>Не учтены: {notes}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="121"/>
        <source>no area</source>
        <translation>без сферы</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="142"/>
        <source>Who does what in each policy area</source>
        <translation>Кто что делает в каждой сфере политики</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="170"/>
        <source>L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead</source>
        <translation>О — ответственный, У — участник, Д — поставщик данных, К — консультируемый; красный: ключевая отрасль без ответственного</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="181"/>
        <source>minutes filed</source>
        <translation>протокол есть</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="182"/>
        <source>no minutes</source>
        <translation>без протокола</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="194"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="199"/>
        <source>Attendance rate by institution</source>
        <translation>Посещаемость по учреждениям</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="201"/>
        <source>No attendance recorded yet.</source>
        <translation>Посещаемость пока не отмечена.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="206"/>
        <source>no institution</source>
        <translation>без учреждения</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="218"/>
        <source>Coordination meetings and attendance</source>
        <translation>Координационные заседания и посещаемость</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="230"/>
        <location filename="../../reports/participation_charts.py" line="555"/>
        <source>Overdue action items</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="236"/>
        <source>{overdue} of {open} open items</source>
        <translation>{overdue} из {open} открытых поручений</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="239"/>
        <source>No open action item is overdue.</source>
        <translation>Просроченных открытых поручений нет.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="241"/>
        <source>no owner</source>
        <translation>без ответственного</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="247"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="257"/>
        <source>Keep satisfied</source>
        <translation>Поддерживать удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="258"/>
        <source>Manage closely</source>
        <translation>Тесно взаимодействовать</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="259"/>
        <source>Monitor</source>
        <translation>Наблюдать</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="260"/>
        <source>Keep informed</source>
        <translation>Информировать</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="278"/>
        <source>Stakeholders by interest and influence</source>
        <translation>Заинтересованные стороны по интересу и влиянию</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="300"/>
        <source>Interest (1-5)</source>
        <translation>Интерес (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="301"/>
        <source>Influence (1-5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="306"/>
        <source>bubble size: engagement, from inform to empower</source>
        <translation>размер пузыря: вовлечённость, от информирования до расширения прав</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="312"/>
        <source>Participants by sex per event</source>
        <translation>Участники по полу на каждом мероприятии</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="314"/>
        <source>No consultation event yet.</source>
        <translation>Консультаций пока нет.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="330"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="338"/>
        <source>Events reaching each group</source>
        <translation>Мероприятия, охватившие каждую группу</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="340"/>
        <source>No stakeholder yet.</source>
        <translation>Заинтересованных сторон пока нет.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="349"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="354"/>
        <source>Who the consultations reached</source>
        <translation>Кого охватили консультации</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="367"/>
        <source>What became of the inputs received</source>
        <translation>Что стало с полученными предложениями</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="390"/>
        <source>Partner funding by policy area (USD)</source>
        <translation>Финансирование партнёров по сферам политики (долл. США)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="414"/>
        <source>a project&apos;s budget is split equally among its policy areas</source>
        <translation>бюджет проекта делится поровну между его сферами политики</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="422"/>
        <source>Partner budget aligned to national priorities</source>
        <translation>Бюджет партнёров, согласованный с национальными приоритетами</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="428"/>
        <source>{total} in total, projects: {count}</source>
        <translation>Всего {total}, проектов: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="432"/>
        <source>The recorded budgets add up to zero.</source>
        <translation>Сумма записанных бюджетов равна нулю.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="434"/>
        <source>Aligned: {amount}, projects: {count}</source>
        <translation>Согласовано: {amount}, проектов: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="436"/>
        <source>Not aligned: {amount}, projects: {count}</source>
        <translation>Не согласовано: {amount}, проектов: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="441"/>
        <source>aligned</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="457"/>
        <source>gap {amount}</source>
        <translation>дефицит {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="458"/>
        <source>surplus {amount}</source>
        <translation>профицит {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="510"/>
        <source>Partner funding against the cost of the plan</source>
        <translation>Финансирование партнёров и стоимость плана</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="520"/>
        <source>Partner funding</source>
        <translation>Финансирование партнёров</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="524"/>
        <source>Cost of the actions</source>
        <translation>Стоимость мероприятий</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="528"/>
        <source>Costs arrive with step 4 (the action plan).</source>
        <translation>Стоимость появится на этапе 4 (план действий).</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="533"/>
        <location filename="../../reports/planning_charts.py" line="417"/>
        <source>USD</source>
        <translation>Долл. США</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="551"/>
        <source>Responsibility matrix</source>
        <translation>Матрица ответственности</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="553"/>
        <source>Meetings and attendance</source>
        <translation>Заседания и посещаемость</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="557"/>
        <source>Interest-influence grid</source>
        <translation>Сетка «интерес — влияние»</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="559"/>
        <source>Participation by sex and group</source>
        <translation>Участие по полу и группам</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="561"/>
        <source>Input funnel</source>
        <translation>Воронка предложений</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="563"/>
        <source>Partners by policy area</source>
        <translation>Партнёры по сферам политики</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="565"/>
        <source>Alignment to national priorities</source>
        <translation>Согласование с национальными приоритетами</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="567"/>
        <source>Funding against cost</source>
        <translation>Финансирование и стоимость</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="55"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="56"/>
        <source>Endorsed</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="57"/>
        <source>In plan</source>
        <translation>В плане</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="58"/>
        <source>Dropped</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="61"/>
        <location filename="../../reports/portfolio_charts.py" line="45"/>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="62"/>
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="63"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="64"/>
        <source>Delayed</source>
        <translation>С задержкой</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="65"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>Government budget</source>
        <translation>Госбюджет</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="70"/>
        <source>Private</source>
        <translation>Частные</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="71"/>
        <source>Diaspora</source>
        <translation>Диаспора</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="72"/>
        <source>Unfunded (gap)</source>
        <translation>Не профинансировано (дефицит)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="74"/>
        <source>0 migration absent</source>
        <translation>0 миграция не учтена</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="75"/>
        <source>1 mentioned in the context or analysis</source>
        <translation>1 упомянута в контексте или анализе</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="76"/>
        <source>2 objectives or strategies address it</source>
        <translation>2 отражена в целях или стратегиях</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="77"/>
        <source>3 plus indicators and targets</source>
        <translation>3 плюс показатели и целевые значения</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="78"/>
        <source>4 plus costed, budgeted actions</source>
        <translation>4 плюс мероприятия с затратами и бюджетом</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>A</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>G</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>R</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="84"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>some delay</source>
        <translation>небольшая задержка</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="86"/>
        <source>off track</source>
        <translation>отставание</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="87"/>
        <source>not rated: no recent actual or no target</source>
        <translation>без оценки: нет свежего факта или цели</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="88"/>
        <source>achieved: final target met</source>
        <translation>достигнуто: итоговая цель выполнена</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="161"/>
        <source>High impact, hard to do</source>
        <translation>Большое влияние, трудно</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="162"/>
        <source>Quick wins</source>
        <translation>Быстрые результаты</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="163"/>
        <source>Reconsider</source>
        <translation>Пересмотреть</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="164"/>
        <source>Easy, low impact</source>
        <translation>Легко, малое влияние</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="177"/>
        <source>Priorities by impact and feasibility</source>
        <translation>Приоритеты по влиянию и осуществимости</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="180"/>
        <source>No scored priorities yet: set them in step 4 and score their impact and feasibility.</source>
        <translation>Оценённых приоритетов пока нет: задайте их на этапе 4 и оцените влияние и осуществимость.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="206"/>
        <source>Feasibility (1-5)</source>
        <translation>Осуществимость (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="207"/>
        <source>Impact (1-5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="213"/>
        <source>cost not known</source>
        <translation>стоимость неизвестна</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="215"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="227"/>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="228"/>
        <source>colour: status; bubble area: cost of the actions</source>
        <translation>цвет: статус; площадь пузыря: стоимость мероприятий</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="230"/>
        <source>(largest {amount})</source>
        <translation>(наибольший {amount})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="254"/>
        <source>Policy areas in the planning instruments</source>
        <translation>Сферы политики в инструментах планирования</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="256"/>
        <source>No planning instruments yet: add them in step 4.</source>
        <translation>Инструментов планирования пока нет: добавьте их на этапе 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="261"/>
        <source>No instrument addresses a policy area yet: apply the migration lens to their plan elements in step 4.</source>
        <translation>Ни один инструмент пока не охватывает сферу политики: примените миграционную призму к элементам их планов на этапе 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="301"/>
        <source>? level not assessed</source>
        <translation>? уровень не оценён</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="303"/>
        <source>Mainstreaming level</source>
        <translation>Уровень учёта миграции</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="304"/>
        <source>a cell shows the instrument&apos;s mainstreaming level where it addresses the area</source>
        <translation>в ячейке — уровень учёта миграции в инструменте, если он охватывает сферу</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="333"/>
        <source>Action plan over time</source>
        <translation>План действий во времени</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="336"/>
        <source>No dated actions yet: plan the actions of each priority in step 4.</source>
        <translation>Мероприятий с датами пока нет: спланируйте мероприятия каждого приоритета на этапе 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="368"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="379"/>
        <source>{count} actions by priority</source>
        <translation>Мероприятий по приоритетам: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="381"/>
        <source>{count} more not shown (export the data)</source>
        <translation>Ещё {count} не показано (экспортируйте данные)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="393"/>
        <source>Cost of the action plan by funding source</source>
        <translation>Стоимость плана действий по источникам финансирования</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="396"/>
        <source>No costed actions yet: cost the action plan in step 4.</source>
        <translation>Мероприятий с оценкой затрат пока нет: оцените стоимость плана действий на этапе 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="412"/>
        <source>{share} unfunded</source>
        <translation>не профинансировано {share}</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="423"/>
        <source>{total} in total, {gap} unfunded; cancelled actions left out</source>
        <translation>Всего {total}, не профинансировано {gap}; отменённые мероприятия не учтены</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="448"/>
        <source>no indicator yet</source>
        <translation>показателя пока нет</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="454"/>
        <source>{value} ({year})</source>
        <translation>{value} ({year})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="457"/>
        <source>no actual</source>
        <translation>нет факта</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="478"/>
        <source>Results dashboard</source>
        <translation>Панель результатов</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="480"/>
        <source>No outcome or impact results yet: set up the results framework in step 5.</source>
        <translation>Результатов уровня воздействия или конечных результатов пока нет: создайте систему результатов на этапе 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="504"/>
        <source>{count} more results not shown</source>
        <translation>Ещё результатов не показано: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="505"/>
        <source>impact and outcome indicators, latest actual (year)</source>
        <translation>показатели воздействия и конечных результатов, последнее фактическое значение (год)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="543"/>
        <source>No baseline, target or actual yet.</source>
        <translation>Исходного уровня, цели и факта пока нет.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="555"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="556"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="564"/>
        <location filename="../../reports/planning_charts.py" line="625"/>
        <source>Indicator progress</source>
        <translation>Прогресс по показателям</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="566"/>
        <source>No indicators yet: add them to the results framework in step 5.</source>
        <translation>Показателей пока нет: добавьте их в систему результатов на этапе 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="583"/>
        <source>baseline</source>
        <translation>исходный уровень</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="585"/>
        <source>milestone</source>
        <translation>промежуточная цель</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="587"/>
        <source>final target</source>
        <translation>итоговая цель</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="588"/>
        <source>expected</source>
        <translation>ожидаемое</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="589"/>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="593"/>
        <source>title colour and letter: status ({letters})</source>
        <translation>цвет и буква заголовка: статус ({letters})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="598"/>
        <source>the first {shown} of {count} indicators; export the data for all</source>
        <translation>первые {shown} из {count} показателей; для всех экспортируйте данные</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="615"/>
        <source>Priority matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="617"/>
        <source>Plan coverage</source>
        <translation>Охват плана</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="619"/>
        <source>Action plan timeline</source>
        <translation>График плана действий</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="621"/>
        <source>Budget by funding source</source>
        <translation>Бюджет по источникам финансирования</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="623"/>
        <source>Results dashboard (RAG)</source>
        <translation>Панель результатов (светофор)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="46"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="47"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="48"/>
        <source>Changes requested</source>
        <translation>Запрошены изменения</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="49"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="52"/>
        <source>Blocker</source>
        <translation>Блокирующее</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="53"/>
        <source>Major</source>
        <translation>Существенное</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="54"/>
        <source>Minor</source>
        <translation>Незначительное</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="55"/>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="56"/>
        <source>under 30 days</source>
        <translation>до 30 дней</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="57"/>
        <source>30–90 days</source>
        <translation>30–90 дней</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="58"/>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="148"/>
        <source>Where each country stands</source>
        <translation>Положение каждой страны</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="151"/>
        <location filename="../../reports/portfolio_charts.py" line="334"/>
        <source>No workspace yet.</source>
        <translation>Рабочих пространств пока нет.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="181"/>
        <source>colour: the step&apos;s status; number: how complete it is; ✎ open review comments</source>
        <translation>цвет: статус этапа; число: степень выполнения; ✎ — открытые замечания</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="206"/>
        <location filename="../../reports/portfolio_charts.py" line="385"/>
        <source>Open review comments</source>
        <translation>Открытые замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="210"/>
        <source>No review comment is open ({closed} closed).</source>
        <translation>Открытых замечаний нет (закрыто: {closed}).</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="224"/>
        <source>by severity</source>
        <translation>по важности</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="225"/>
        <source>by age</source>
        <translation>по давности</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="226"/>
        <source>(open or answered, replies not counted)</source>
        <translation>(открытые или с ответом; ответы не считаются)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="232"/>
        <source>Lessons learned by theme and country</source>
        <translation>Извлечённые уроки по темам и странам</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="235"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Извлечённые уроки пока не записаны.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="241"/>
        <source>cross-country</source>
        <translation>межстрановой</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="264"/>
        <source>★ recurs in 3 or more countries</source>
        <translation>★ повторяется в 3 и более странах</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="301"/>
        <source>No country has this figure yet.</source>
        <translation>Этого значения пока нет ни у одной страны.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="331"/>
        <source>Migration profiles side by side</source>
        <translation>Миграционные профили в сравнении</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="345"/>
        <source>each country&apos;s latest figure (year); red: derived from two figures of the profile</source>
        <translation>последнее значение каждой страны (год); красный: рассчитано из двух значений профиля</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="351"/>
        <location filename="../../reports/portfolio_charts.py" line="389"/>
        <source>Emigrants by top destination</source>
        <translation>Эмигранты по основным странам назначения</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="354"/>
        <source>No profile holds emigrants by destination yet.</source>
        <translation>Ни в одном профиле пока нет эмигрантов по странам назначения.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="374"/>
        <source>persons (share of all emigrants)</source>
        <translation>человек (доля от всех эмигрантов)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="384"/>
        <source>Status matrix</source>
        <translation>Матрица статусов</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="386"/>
        <source>Lessons by theme and country</source>
        <translation>Уроки по темам и странам</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="387"/>
        <source>Indicator comparison</source>
        <translation>Сравнение показателей</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/documents.py" line="34"/>
        <source>{path} is not a readable file.</source>
        <translation>{path} — не читаемый файл.</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="38"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation>{path} больше {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="98"/>
        <source>{what}: every number needs its source.</source>
        <translation>{what}: у каждого числа должен быть источник.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="101"/>
        <source>{what}: the period ends before it starts.</source>
        <translation>{what}: период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="105"/>
        <source>{what}: enter a value, or mark the observation as missing.</source>
        <translation>{what}: введите значение или отметьте наблюдение как отсутствующее.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="109"/>
        <source>{what}: {value} is not a percentage (0 to 100).</source>
        <translation>{what}: {value} — не процент (от 0 до 100).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="112"/>
        <source>{what}: remittances above {limit}% of GDP are rare; check the figure.</source>
        <translation>{what}: денежные переводы свыше {limit}% ВВП встречаются редко; проверьте значение.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="116"/>
        <source>{what}: a count cannot be negative ({value}).</source>
        <translation>{what}: численность не может быть отрицательной ({value}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="119"/>
        <source>{what}: a rate per 1,000 must lie between -100 and 100.</source>
        <translation>{what}: коэффициент на 1000 должен быть от -100 до 100.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="122"/>
        <source>{what}: the partner country cannot be the country itself.</source>
        <translation>{what}: страна-партнёр не может совпадать с самой страной.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="125"/>
        <source>{what}: a stock is counted at a point in time, not over a period.</source>
        <translation>{what}: численность (запас) определяется на момент времени, а не за период.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="128"/>
        <source>{what}: a flow is counted over a period, not at a point in time.</source>
        <translation>{what}: поток определяется за период, а не на момент времени.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="165"/>
        <source>{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add up to the total ({total:,.0f}).</source>
        <translation>{indicator} {period}: мужчины ({male:,.0f}) и женщины ({female:,.0f}) в сумме не дают итог ({total:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="181"/>
        <source>{indicator} {period}: {value} has the opposite sign of the values before and after it; a possible sign error.</source>
        <translation>{indicator} {period}: знак {value} противоположен значениям до и после; возможна ошибка в знаке.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="191"/>
        <source>{indicator}: {change:+.0%} between {first} and {second}; explain the change (refugee influx, border change, a new source type?).</source>
        <translation>{indicator}: {change:+.0%} между {first} и {second}; поясните изменение (приток беженцев, изменение границ, новый тип источника?).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="210"/>
        <source>{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); the focal point should reconcile them and mark the preferred one.</source>
        <translation>{indicator} {period}: источники расходятся на {gap:.0%} ({low:,.1f} против {high:,.1f}); координатору следует согласовать их и отметить предпочтительный.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="140"/>
        <source>Errors must be corrected, not acknowledged.</source>
        <translation>Ошибки нужно исправлять, а не принимать.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="142"/>
        <source>Explain the warning in a short note.</source>
        <translation>Поясните предупреждение в коротком примечании.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="211"/>
        <source>The source is not in this workspace&apos;s data-source inventory.</source>
        <translation>Этого источника нет в перечне источников данных рабочего пространства.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="216"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="230"/>
        <source>{indicator} {period}: this source already has a value for the same cell.</source>
        <translation>{indicator} {period}: у этого источника уже есть значение для этой ячейки.</translation>
    </message>
    <message>
        <location filename="../../core/ownership.py" line="50"/>
        <source>This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review comment instead.</source>
        <translation>Это рабочее пространство принадлежит {owner}: центр рецензирует его, но не изменяет. Вместо этого напишите замечание.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>30–90 days</source>
        <translation>30–90 дней</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>under 30 days</source>
        <translation>до 30 дней</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="22"/>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="33"/>
        <source>Where is each country in the process?</source>
        <translation>На каком этапе процесса находится каждая страна?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="34"/>
        <source>How strong is the evidence base?</source>
        <translation>Насколько прочна доказательная база?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="35"/>
        <source>Do national and international numbers agree?</source>
        <translation>Согласуются ли национальные и международные данные?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="36"/>
        <source>How do the migration profiles compare?</source>
        <translation>Как соотносятся миграционные профили?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="37"/>
        <source>Is the institutional set-up real and alive?</source>
        <translation>Реален ли и действует ли институциональный механизм?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="38"/>
        <source>Was society genuinely consulted?</source>
        <translation>Действительно ли проводились консультации с обществом?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="39"/>
        <source>Where did migration land in planning?</source>
        <translation>Где миграция отражена в планировании?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="40"/>
        <source>Are priorities evidence-based and costed?</source>
        <translation>Основаны ли приоритеты на фактических данных и оценены ли затраты?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="41"/>
        <source>Is the M&amp;E framework usable?</source>
        <translation>Пригодна ли система МиО к использованию?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="42"/>
        <source>Is international support coherent?</source>
        <translation>Согласована ли международная поддержка?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="43"/>
        <source>Which GMG agencies supported which steps?</source>
        <translation>Какие учреждения ГГМ поддерживали какие этапы?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="44"/>
        <source>What lessons recur across countries?</source>
        <translation>Какие уроки повторяются в разных странах?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="45"/>
        <source>What did peer exchanges change?</source>
        <translation>Что изменили взаимные обмены?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="46"/>
        <source>Is it sustainable?</source>
        <translation>Устойчив ли результат?</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="47"/>
        <source>Results against programme targets</source>
        <translation>Результаты в сравнении с целями программы</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="92"/>
        <source>There is no workspace in this data folder yet.</source>
        <translation>В этой папке данных пока нет рабочих пространств.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="99"/>
        <source>; longest in its status: step {step}, {days} days</source>
        <translation>; дольше всего в своём статусе: этап {step}, дней: {days}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="101"/>
        <source>{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, {working} in progress, {waiting} not started; last update {updated}{stay}</source>
        <translation>{country} ({code}): всего {percent}%; утверждено {approved}, представлено {submitted}, в работе {working}, не начато {waiting}; последнее обновление {updated}{stay}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="108"/>
        <source>{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; furthest along: {best} ({percent}% overall).</source>
        <translation>Стран: {count}, этапов: {steps}; утверждено {approved}, представлено {submitted}, в работе {working}; дальше всех продвинулась {best} (всего {percent}%).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="119"/>
        <source>No profile holds any figure yet.</source>
        <translation>Ни в одном профиле пока нет значений.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="122"/>
        <source>, newest {newest}, oldest latest figure {oldest}</source>
        <translation>, новейшее {newest}, самое старое последнее значение {oldest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="124"/>
        <source>; international estimates only</source>
        <translation>; только международные оценки</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="125"/>
        <source>{country}: {filled} of {total} core indicators have a figure{years}; sources: {types}{alone}</source>
        <translation>{country}: ключевых показателей со значением — {filled} из {total}{years}; источники: {types}{alone}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="130"/>
        <source>{national} of {count} countries use national data sources; {alone} rely on international estimates only{names}.</source>
        <translation>Национальные источники данных используют {national} из {count} стран; только на международные оценки опираются {alone}{names}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="137"/>
        <source>Who must reconcile a gap is not recorded: the country&apos;s focal point marks the preferred figure.</source>
        <translation>Не указано, кто должен устранять расхождение: предпочтительное значение отмечает национальный координатор.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="140"/>
        <source>No figure is given by two sources that disagree by more than 10%.</source>
        <translation>Нет значений, по которым два источника расходятся более чем на 10%.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="142"/>
        <source>{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}</source>
        <translation>{country}: {indicator} {period}: {low} против {high} (расхождение {gap:.0%}){done}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="144"/>
        <source>, explained</source>
        <translation>, объяснено</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="146"/>
        <source>{count} disagreement(s) between sources in {countries} countries, the largest first; {open} not yet explained.</source>
        <translation>Расхождений между источниками: {count} в {countries} странах, сначала крупнейшие; не объяснено: {open}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="157"/>
        <source>{indicator}: {figures}; missing for {missing}</source>
        <translation>{indicator}: {figures}; нет данных для {missing}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="161"/>
        <source>{country}: emigrants by destination ({year}): {list}</source>
        <translation>{country}: эмигранты по странам назначения ({year}): {list}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="166"/>
        <source>{count} figures side by side across {indicators} indicators; a country without the figure is shown as missing.</source>
        <translation>Значений в сравнении: {count} по {indicators} показателям; страна без значения показана как «нет данных».</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="168"/>
        <source>Skill mix is not compared: the profiles hold no common skill breakdown.</source>
        <translation>Структура квалификаций не сравнивается: в профилях нет общей разбивки по квалификации.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="175"/>
        <source>{country}: no active coordination mechanism recorded</source>
        <translation>{country}: действующий координационный механизм не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="178"/>
        <source>{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); {meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors with a lead {led} of {sectors}; {focal} sector focal points</source>
        <translation>{country}: действующих механизмов {active} ({legal}), председатель {chair} ({kind}); заседаний {meetings}, {rate} в год, с протоколом {minutes}, последнее {last}; ключевых отраслей с ответственным {led} из {sectors}; отраслевых координаторов {focal}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="188"/>
        <source>{alive} of {count} countries record an active coordination mechanism.</source>
        <translation>Действующий координационный механизм зарегистрирован в {alive} из {count} стран.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="190"/>
        <source>Whether the chair&apos;s seat goes with faster progress is not computed: too few mechanisms are recorded to compare.</source>
        <translation>Связь между тем, кто председательствует, и скоростью прогресса не рассчитывается: зарегистрировано слишком мало механизмов для сравнения.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="196"/>
        <source>{country}: {events} consultation(s), {people} participants ({women} women); groups reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, {accepted} accepted</source>
        <translation>{country}: консультаций {events}, участников {people} (женщин {women}); охваченные группы: {groups}; предложений, отражённых в приоритетах, {reflected} из {inputs}, принято {accepted}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="205"/>
        <source>{count} countries record consultations: {people} participants, {women} of them women.</source>
        <translation>Консультации зарегистрированы в {count} странах: участников {people}, из них женщин {women}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="211"/>
        <source>{country} ({route}): {instruments}</source>
        <translation>{country} ({route}): {instruments}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="220"/>
        <source>Highest mainstreaming level (0–4) by route: {routes}.</source>
        <translation>Наивысший уровень учёта миграции (0–4) по способу: {routes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="222"/>
        <source>Which route went faster is not known: the dates of level changes are not recorded.</source>
        <translation>Неизвестно, какой способ оказался быстрее: даты изменения уровней не записываются.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="229"/>
        <source>; {count} action(s) without an exchange rate left out</source>
        <translation>; мероприятий без обменного курса не учтено: {count}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="231"/>
        <source>{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of {actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}</source>
        <translation>{country}: приоритетов, основанных на доказательствах, {evidenced} из {priorities}; мероприятий со стоимостью и ответственным {costed} из {actions}; план {cost}, профинансировано {funded}, дефицит {gap}{left}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="237"/>
        <source>{count} countries have priorities; funding gap across them: {gap} of {cost}.</source>
        <translation>Приоритеты есть у {count} стран; общий дефицит финансирования: {gap} из {cost}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="243"/>
        <source>{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: {rag}; {sdg} aligned to an SDG indicator; latest actual {latest}</source>
        <translation>{country}: показателей с исходным уровнем и целью {ready} из {total}; светофор: {rag}; согласовано с индикаторами ЦУР: {sdg}; последний факт {latest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="250"/>
        <source>{count} countries have a results framework; {ready} of {total} indicators have a baseline and a target.</source>
        <translation>Система результатов есть у {count} стран; показателей с исходным уровнем и целью {ready} из {total}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="253"/>
        <source>Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is shown instead.</source>
        <translation>Для оценки своевременности отчётности нужен календарь отчётности, который не ведётся; вместо этого показан последний факт.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="259"/>
        <source>{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed priorities without partner support: {unsupported}</source>
        <translation>{country}: проектов партнёров {projects}, {aligned} из {budget} ({share}) согласовано с национальными приоритетами; привязано к результатам рамочной программы сотрудничества ООН: {undaf}; одобренные приоритеты без поддержки партнёров: {unsupported}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="267"/>
        <source>{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to national priorities.</source>
        <translation>Проекты партнёров зарегистрированы в {count} странах; доля их бюджетов, согласованная с национальными приоритетами: {share} ({budget}).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="269"/>
        <source>Duplicated projects are not detected.</source>
        <translation>Дублирующиеся проекты не выявляются.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="274"/>
        <source>Resolution time per agency is not known: a comment&apos;s closing date is not recorded.</source>
        <translation>Время рассмотрения по учреждениям неизвестно: дата закрытия замечания не записывается.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="276"/>
        <source>No expert mission or review comment is recorded.</source>
        <translation>Миссий экспертов и замечаний рецензентов не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="278"/>
        <source>{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments {open} open, {closed} closed</source>
        <translation>{agency}: миссий {missions} ({countries}; этапы {steps}); замечаний: открыто {open}, закрыто {closed}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="284"/>
        <source>{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s).</source>
        <translation>Учреждений: {agencies}; экспертных миссий: {missions}, замечаний рецензентов: {comments}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="291"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>Извлечённые уроки пока не записаны.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="296"/>
        <source>{theme}: {count} lesson(s) from {countries}{recurring}{proposal}</source>
        <translation>{theme}: уроков {count} из {countries}{recurring}{proposal}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="299"/>
        <source>; recurs</source>
        <translation>; повторяется</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="300"/>
        <source>; behind a handbook change proposal</source>
        <translation>; основа предложения об изменении руководства</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="303"/>
        <source>Themes recurring in 3 or more countries: {themes}.</source>
        <translation>Темы, повторяющиеся в 3 и более странах: {themes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="304"/>
        <source>No theme recurs in 3 or more countries yet ({count} lessons).</source>
        <translation>Пока ни одна тема не повторяется в 3 и более странах (уроков: {count}).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="311"/>
        <source>No peer exchange is recorded.</source>
        <translation>Взаимные обмены не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="312"/>
        <source>{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} lesson(s) and {priorities} priority(ies)</source>
        <translation>{host} принимает {visitors} ({end}, {topic}): затем гости записали уроков {lessons} и приоритетов {priorities}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="316"/>
        <source>{count} peer exchange(s) recorded.</source>
        <translation>Зарегистрировано взаимных обменов: {count}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="317"/>
        <source>Records dated after an exchange are not necessarily caused by it.</source>
        <translation>Записи, датированные после обмена, не обязательно им вызваны.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="323"/>
        <source>{country}: the government budget carries {share} of the plan&apos;s funding; the mechanism last met {last}</source>
        <translation>{country}: доля государственного бюджета в финансировании плана {share}; последнее заседание механизма {last}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="327"/>
        <source>Government budget share of the funded actions: {share} across {count} countries.</source>
        <translation>Доля государственного бюджета в финансировании мероприятий: {share} по {count} странам.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="329"/>
        <source>Whether the profile is produced by a national body on a legal basis is not recorded.</source>
        <translation>Не записывается, готовит ли профиль национальный орган на законной основе.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="334"/>
        <source>{country}: {indicator} {value} ({year})</source>
        <translation>{country}: {indicator} {value} ({year})</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="337"/>
        <source>No country reports laws amended or new M&amp;D policies (indicators PROC_LAWS_MM, PROC_NEW_MD_POLICIES) in its profile.</source>
        <translation>Ни одна страна не сообщает в профиле об изменённых законах или новых стратегиях в области миграции и развития (показатели PROC_LAWS_MM, PROC_NEW_MD_POLICIES).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="344"/>
        <source>Laws and policies amended: {laws} (the programme reported {laws_target}); new M&amp;D policies and programmes: {policies} (the programme reported {policies_target}).</source>
        <translation>Изменённые законы и стратегии: {laws} (по отчёту программы {laws_target}); новые стратегии и программы в области миграции и развития: {policies} (по отчёту программы {policies_target}).</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="91"/>
        <source>The evidence attached to “{criterion}” is not a document of this workspace; attach the file again.</source>
        <translation>Подтверждение, прикреплённое к «{criterion}», не является документом этого рабочего пространства; прикрепите файл заново.</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="16"/>
        <source>High-level political endorsement</source>
        <translation>Политическая поддержка на высоком уровне</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="17"/>
        <source>Lead institution and focal point designated</source>
        <translation>Назначены ведущее учреждение и координатор</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="18"/>
        <source>Budget or donor funding secured</source>
        <translation>Обеспечено бюджетное или донорское финансирование</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="19"/>
        <source>UN country team lead agency agreed</source>
        <translation>Согласовано ведущее учреждение страновой группы ООН</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="20"/>
        <source>A planning window exists</source>
        <translation>Есть окно планирования</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="21"/>
        <source>Existing analysis available</source>
        <translation>Имеется существующий анализ</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="22"/>
        <source>Statistics office involved</source>
        <translation>Привлечено статистическое ведомство</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="34"/>
        <source>“{criterion}” is marked met: attach evidence or explain it in at least {minimum} characters.</source>
        <translation>«{criterion}» отмечен как выполненный: прикрепите подтверждение или поясните не менее чем в {minimum} символах.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="46"/>
        <source>“{field}” is required.</source>
        <translation>Поле «{field}» обязательно.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="59"/>
        <source>“{field}” must be a whole number.</source>
        <translation>«{field}» должно быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="62"/>
        <source>“{field}” must lie between {minimum} and {maximum}.</source>
        <translation>«{field}» должно быть от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="68"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» — недопустимое значение поля «{field}».</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="72"/>
        <source>“{field}” must be an amount of 0 or more.</source>
        <translation>«{field}» должно быть суммой не меньше 0.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="76"/>
        <source>“{field}” must be a number.</source>
        <translation>«{field}» должно быть числом.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="79"/>
        <source>“{field}” must be a date.</source>
        <translation>«{field}» должно быть датой.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="172"/>
        <source>This record repeats one that is stored already (perhaps one deleted earlier); edit that one instead.</source>
        <translation>Эта запись повторяет уже сохранённую (возможно, удалённую ранее); измените ту запись.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="187"/>
        <source>“{field}” does not belong to the chosen “{parent}”.</source>
        <translation>«{field}» не относится к выбранному «{parent}».</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="224"/>
        <source>“{field}” points at evidence that is not in this workspace.</source>
        <translation>«{field}» ссылается на подтверждение, которого нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="240"/>
        <source>“{field}” points at a record that is not in this workspace.</source>
        <translation>«{field}» ссылается на запись, которой нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="263"/>
        <source>“{value}” is already in the list ({field}).</source>
        <translation>«{value}» уже есть в списке ({field}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="65"/>
        <source>Give the workspace a title.</source>
        <translation>Задайте название рабочего пространства.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="66"/>
        <source>Choose the programme phase.</source>
        <translation>Выберите этап программы.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="67"/>
        <source>Enter the start and end dates.</source>
        <translation>Введите даты начала и окончания.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="68"/>
        <source>Name the donor.</source>
        <translation>Укажите донора.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="69"/>
        <source>Name the lead institution.</source>
        <translation>Укажите ведущее учреждение.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="70"/>
        <source>Name the national focal point.</source>
        <translation>Укажите национального координатора.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="71"/>
        <source>Choose the entry mode into planning.</source>
        <translation>Выберите способ включения в планирование.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="72"/>
        <source>Choose the default currency.</source>
        <translation>Выберите валюту по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="73"/>
        <source>Enter the reference year of the profile.</source>
        <translation>Введите базовый год профиля.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="80"/>
        <source>Assess the readiness criterion “{criterion}”.</source>
        <translation>Оцените критерий готовности «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="85"/>
        <source>“{criterion}” must be met before the process starts.</source>
        <translation>«{criterion}» должен быть выполнен до начала процесса.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="92"/>
        <source>Attach evidence for the criteria marked met: {criteria}.</source>
        <translation>Прикрепите подтверждения для критериев, отмеченных как выполненные: {criteria}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="95"/>
        <source>The national focal point has not confirmed the readiness assessment.</source>
        <translation>Национальный координатор не подтвердил оценку готовности.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="104"/>
        <source>Enter the reference year of the profile in step 0; core indicators are counted from it.</source>
        <translation>Введите базовый год профиля на этапе 0: от него отсчитываются ключевые показатели.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="116"/>
        <source>Core indicators with a value for {first}–{last}: {have} of {total} (80% needed). Missing: {codes}.</source>
        <translation>Ключевые показатели со значением за {first}–{last}: {have} из {total} (нужно 80%). Нет данных: {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="124"/>
        <source>Write the narrative of profile part {part}.</source>
        <translation>Напишите текстовую часть раздела {part} профиля.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="126"/>
        <source>Inventory the data sources used.</source>
        <translation>Составьте перечень использованных источников данных.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="129"/>
        <source>Document the data gaps of each source type used{types}.</source>
        <translation>Опишите пробелы в данных каждого использованного типа источников{types}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="138"/>
        <source>Record an active inter-ministerial coordination mechanism.</source>
        <translation>Зарегистрируйте действующий межведомственный координационный механизм.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="139"/>
        <source>Attach the mechanism&apos;s terms of reference.</source>
        <translation>Прикрепите положение (круг ведения) механизма.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="152"/>
        <source>Core sectors not yet represented on the mechanism: {sectors}.</source>
        <translation>Ключевые отрасли, ещё не представленные в механизме: {sectors}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="155"/>
        <source>The lead institution should sit on the mechanism.</source>
        <translation>Ведущее учреждение должно входить в механизм.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="157"/>
        <source>Name the sector focal points.</source>
        <translation>Назначьте отраслевых координаторов.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="164"/>
        <source>Each active mechanism needs exactly one chair (or one or two co-chairs){names}.</source>
        <translation>У каждого действующего механизма должен быть ровно один председатель (или один-два сопредседателя){names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="174"/>
        <source>Name a lead institution for the policy areas of the priorities: {areas}.</source>
        <translation>Назначьте ведущее учреждение для сфер политики приоритетов: {areas}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="181"/>
        <source>Meetings dated before their mechanism was established: {dates}.</source>
        <translation>Заседания, датированные до создания механизма: {dates}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="185"/>
        <source>Hold at least {minimum} meetings with minutes ({count} so far).</source>
        <translation>Проведите не менее {minimum} заседаний с протоколами (пока {count}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="197"/>
        <source>No consultation has reached {group} yet.</source>
        <translation>Консультации пока не охватили: {group}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="205"/>
        <source>Give every consultation at least one topic and one stakeholder present{titles}.</source>
        <translation>Укажите для каждой консультации хотя бы одну тему и одну присутствующую заинтересованную сторону{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="208"/>
        <source>Hold a validation workshop on the profile and the priorities.</source>
        <translation>Проведите валидационный семинар по профилю и приоритетам.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="210"/>
        <source>Report the participants of consultations by sex.</source>
        <translation>Укажите участников консультаций в разбивке по полу.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="214"/>
        <source>Decide what happens to the inputs received ({pending} of {total} pending; at most 10% may be).</source>
        <translation>Примите решения по полученным предложениям (не рассмотрено {pending} из {total}; допускается не более 10%).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="223"/>
        <source>Adopt a planning instrument that mainstreams migration (level 2 or more) or a stand-alone migration and development policy.</source>
        <translation>Примите инструмент планирования, учитывающий миграцию (уровень 2 и выше), или отдельную стратегию в области миграции и развития.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="226"/>
        <source>Set the migration and development priorities.</source>
        <translation>Определите приоритеты в области миграции и развития.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="231"/>
        <source>Link every priority to its evidence{titles}.</source>
        <translation>Свяжите каждый приоритет с доказательной базой{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="236"/>
        <source>Have the mechanism endorse the priority list{titles}.</source>
        <translation>Добейтесь одобрения списка приоритетов механизмом{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="240"/>
        <source>Make the scoring weights add up to 1 (they add up to {total:.2f}).</source>
        <translation>Веса оценки должны в сумме давать 1 (сейчас {total:.2f}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="246"/>
        <source>Cost the actions of every endorsed priority, each with a lead{titles}.</source>
        <translation>Оцените стоимость мероприятий каждого одобренного приоритета и назначьте ответственных{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="270"/>
        <source>Give every impact an indicator (ideally an SDG or national plan one): {codes}.</source>
        <translation>Задайте для каждого воздействия показатель (желательно индикатор ЦУР или национального плана): {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="273"/>
        <source>Attach the final evaluation&apos;s report and record the management response.</source>
        <translation>Прикрепите отчёт об итоговой оценке и запишите ответ руководства.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="276"/>
        <source>Set up the results framework with its outcomes.</source>
        <translation>Создайте систему результатов с конечными результатами.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="278"/>
        <source>Give every outcome an indicator with a baseline and a target{codes}.</source>
        <translation>Задайте для каждого конечного результата показатель с исходным уровнем и целью{codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="281"/>
        <source>Report actuals for at least 80% of the indicators ({have} of {total}).</source>
        <translation>Сообщите фактические значения не менее чем по 80% показателей ({have} из {total}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="284"/>
        <source>Plan the mid-term and final evaluations.</source>
        <translation>Запланируйте среднесрочную и итоговую оценки.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="298"/>
        <source>List the development partners present in the country.</source>
        <translation>Перечислите партнёров по развитию, работающих в стране.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="300"/>
        <source>Each partner lists its projects or confirms it has none{names}.</source>
        <translation>Каждый партнёр перечисляет свои проекты или подтверждает, что их нет{names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="303"/>
        <source>Align each project to a national priority or say why not{titles}.</source>
        <translation>Согласуйте каждый проект с национальным приоритетом или объясните, почему нет{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="305"/>
        <source>Record at least one partner coordination event.</source>
        <translation>Зарегистрируйте хотя бы одно мероприятие по координации партнёров.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="321"/>
        <source>Steps not yet approved: {steps}.</source>
        <translation>Ещё не утверждённые этапы: {steps}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="322"/>
        <source>Record at least {minimum} validated lessons ({count} so far).</source>
        <translation>Запишите не менее {minimum} подтверждённых уроков (пока {count}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="326"/>
        <source>Resolve the open blocker and major review comments ({count}).</source>
        <translation>Закройте открытые блокирующие и существенные замечания ({count}).</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="25"/>
        <source>Workspace and readiness</source>
        <translation>Рабочее пространство и готовность</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="26"/>
        <source>Set up the pilot and check the preconditions.</source>
        <translation>Организуйте пилотный проект и проверьте предварительные условия.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="28"/>
        <source>Migration profile</source>
        <translation>Миграционный профиль</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="29"/>
        <source>Assess national migration dynamics: the evidence base.</source>
        <translation>Оцените национальную миграционную динамику: доказательная база.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="31"/>
        <source>Whole-of-government</source>
        <translation>Общегосударственный подход</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="32"/>
        <source>The inter-ministerial mechanism and who is responsible.</source>
        <translation>Межведомственный механизм и распределение ответственности.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="34"/>
        <source>Whole-of-society</source>
        <translation>Подход с участием всего общества</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="35"/>
        <source>Stakeholders, consultations and what became of inputs.</source>
        <translation>Заинтересованные стороны, консультации и судьба предложений.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Policy priorities in the plan</source>
        <translation>Приоритеты политики в плане</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Evidence-based priorities, written into plans and costed.</source>
        <translation>Приоритеты на основе фактов, включённые в планы и с оценкой затрат.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>Мониторинг и оценка</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="41"/>
        <source>Results framework, indicators, targets and actuals.</source>
        <translation>Система результатов, показатели, цели и фактические значения.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="43"/>
        <source>Coherent international support</source>
        <translation>Согласованная международная поддержка</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Partners&apos; projects aligned to the national priorities.</source>
        <translation>Проекты партнёров, согласованные с национальными приоритетами.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="46"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Пилотирование и извлечённые уроки</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="47"/>
        <source>Expert support, peer exchanges, lessons, handbook changes.</source>
        <translation>Экспертная поддержка, взаимные обмены, уроки, изменения руководства.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="199"/>
        <source>The priority “{title}” rests on no evidence: link a figure, finding or input.</source>
        <translation>Приоритет «{title}» не опирается на доказательства: свяжите с ним значение, вывод или предложение.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="204"/>
        <source>The endorsed priority “{title}” has no actions.</source>
        <translation>У одобренного приоритета «{title}» нет мероприятий.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="208"/>
        <source>The action “{action}” lands in no plan element.</source>
        <translation>Мероприятие «{action}» не относится ни к одному элементу плана.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="211"/>
        <source>No indicator measures the action “{action}”.</source>
        <translation>Ни один показатель не измеряет мероприятие «{action}».</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="215"/>
        <source>The endorsed priority “{title}” has no funding: no action is funded and no partner project is aligned to it.</source>
        <translation>У одобренного приоритета «{title}» нет финансирования: ни одно мероприятие не профинансировано и ни один проект партнёров с ним не согласован.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="228"/>
        <source>The indicator “{name}” ({code}) has no baseline.</source>
        <translation>У показателя «{name}» ({code}) нет исходного уровня.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="232"/>
        <source>The indicator “{name}” ({code}) has no target.</source>
        <translation>У показателя «{name}» ({code}) нет целевого значения.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="247"/>
        <source>“{title}” is at mainstreaming level {level} but none of its elements is linked to an indicator.</source>
        <translation>«{title}» имеет уровень учёта миграции {level}, но ни один из его элементов не связан с показателем.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="21"/>
        <source>The workspace code must be 2 to 20 capital letters, digits or dashes, for example JAM or JAM-2.</source>
        <translation>Код рабочего пространства: от 2 до 20 заглавных латинских букв, цифр или дефисов, например JAM или JAM-2.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="25"/>
        <source>Choose the country from the list (ISO 3166 code).</source>
        <translation>Выберите страну из списка (код ISO 3166).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="28"/>
        <source>The workspace needs a title.</source>
        <translation>Рабочему пространству нужно название.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="31"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>Дата окончания ({end}) раньше даты начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="35"/>
        <source>The reference year must lie between {first} and {last}.</source>
        <translation>Базовый год должен быть от {first} до {last}.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="39"/>
        <source>{currency} is not an ISO 4217 currency code.</source>
        <translation>{currency} — не код валюты ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="42"/>
        <source>The focal point&apos;s e-mail address does not look right.</source>
        <translation>Адрес эл. почты координатора выглядит неверно.</translation>
    </message>
    <message>
        <source>Women among immigrants, %</source>
        <translation type="obsolete">Доля женщин среди иммигрантов, %</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="45"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="46"/>
        <source>Partly met</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="47"/>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="48"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="40"/>
        <source>Phase I (2011–2013)</source>
        <translation>Этап I (2011–2013)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="41"/>
        <source>Phase II (2014–2018)</source>
        <translation>Этап II (2014–2018)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="42"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="50"/>
        <source>Integrate into the national plan being drafted</source>
        <translation>Включение в разрабатываемый национальный план</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="52"/>
        <source>Stand-alone migration and development strategy</source>
        <translation>Отдельная стратегия в области миграции и развития</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="54"/>
        <source>Sector plans only</source>
        <translation>Только отраслевые планы</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="45"/>
        <source>The file system refused: {reason}</source>
        <translation>Файловая система отказала: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="47"/>
        <source>Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; the details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка ({kind}: {detail}). Ничего не сохранено частично; подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="63"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="64"/>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Файлы CSV в zip-архиве (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="66"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="77"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="78"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} уже существует. Заменить?</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="18"/>
        <source>Before starting, the handbook asks for political backing, a mandated lead and resources. Record the pilot&apos;s basic facts, then assess the seven preconditions: high-level endorsement, a designated lead institution and focal point, funding, an agreed UN lead agency, a planning window (a national or sector plan being drafted), existing analysis, and the statistics office on board. The best moment to mainstream is while a new national strategy is drafted; if the timelines do not match, a stand-alone migration and development strategy can feed the plan.</source>
        <translation>Перед началом руководство требует политической поддержки, уполномоченного ведущего органа и ресурсов. Запишите основные сведения о пилотном проекте, затем оцените семь предварительных условий: поддержку на высоком уровне, назначенные ведущее учреждение и координатора, финансирование, согласованное ведущее учреждение ООН, окно планирования (разрабатываемый национальный или отраслевой план), существующий анализ и участие статистического ведомства. Лучший момент для учёта миграции — разработка новой национальной стратегии; если сроки не совпадают, план может опираться на отдельную стратегию в области миграции и развития.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="25"/>
        <source>Build the evidence base in the standard profile structure: A, migration trends and migrants&apos; characteristics; B, the impact of migration on the economy, labour market, society and health; C, the governance framework; D, findings and recommendations. Break data down by age and sex, give every number its source, inventory the data sources and their gaps, and plan how the profile will be kept up to date.</source>
        <translation>Сформируйте доказательную базу по стандартной структуре профиля: A — миграционные тенденции и характеристики мигрантов; B — влияние миграции на экономику, рынок труда, общество и здравоохранение; C — система управления; D — выводы и рекомендации. Разбивайте данные по возрасту и полу, указывайте источник каждого числа, составьте перечень источников данных и их пробелов и спланируйте, как профиль будет обновляться.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="31"/>
        <source>Set up an inter-ministerial mechanism (a task force or working group with a legal basis, a chair, a secretariat and terms of reference) so that labour, health, education, statistics, finance or the central bank, interior and border, foreign affairs, justice and planning all contribute. Name sector focal points, meet regularly and keep minutes, decisions and action items.</source>
        <translation>Создайте межведомственный механизм (целевую или рабочую группу с правовой основой, председателем, секретариатом и положением), чтобы свой вклад вносили ведомства труда, здравоохранения, образования, статистики, финансов или центральный банк, внутренних дел и пограничной службы, иностранных дел, юстиции и планирования. Назначьте отраслевых координаторов, регулярно проводите заседания и ведите протоколы, решения и поручения.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="36"/>
        <source>Bring in academia, service providers, local government, the private sector, recruitment agencies, remittance providers, trade unions, NGOs, diaspora and migrant associations and the media. Record each consultation with its participants by sex, every input received, and what became of it, with a reason.</source>
        <translation>Привлекайте научное сообщество, поставщиков услуг, местные органы власти, частный сектор, кадровые агентства, операторов денежных переводов, профсоюзы, НПО, диаспору и объединения мигрантов, а также СМИ. Записывайте каждую консультацию с участниками в разбивке по полу, каждое полученное предложение и его судьбу с обоснованием.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="40"/>
        <source>Combine the profile with the consultations to set migration and development priorities, apply the migration lens to the plan&apos;s goals, and write the priorities into the national plan, sector strategies, local plans, the UN cooperation framework or the budget. Each priority points back to its evidence and forward to costed actions with a lead institution.</source>
        <translation>Объедините профиль с результатами консультаций, чтобы определить приоритеты в области миграции и развития, примените миграционную призму к целям плана и включите приоритеты в национальный план, отраслевые стратегии, местные планы, рамочную программу сотрудничества ООН или бюджет. Каждый приоритет опирается на доказательства и ведёт к мероприятиям с оценкой затрат и ведущим учреждением.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="45"/>
        <source>Set up a results framework (impact, outcomes, outputs) with neutral indicators, their unit, disaggregation, means of verification, a baseline and targets. Report actuals each period; the program computes red, amber or green from the progress toward each target. Plan mid-term and final evaluations and record management responses.</source>
        <translation>Создайте систему результатов (воздействие, конечные результаты, непосредственные результаты) с нейтральными показателями, единицами измерения, разбивкой, средствами проверки, исходным уровнем и целевыми значениями. Сообщайте фактические значения за каждый период; программа присваивает красный, жёлтый или зелёный цвет по прогрессу к каждой цели. Планируйте среднесрочную и итоговую оценки и записывайте ответы руководства.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="50"/>
        <source>Once migration is in the national instruments, align outside support with it: list the development partners and their migration-related projects, link each project to the national priorities it serves, and compare funding with the cost of each priority to show the gap.</source>
        <translation>Когда миграция учтена в национальных инструментах, согласуйте с ней внешнюю поддержку: перечислите партнёров по развитию и их проекты, связанные с миграцией, свяжите каждый проект с национальными приоритетами, которым он служит, и сравните финансирование со стоимостью каждого приоритета, чтобы показать дефицит.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="54"/>
        <source>Across the pilot countries, record GMG expert missions, peer exchanges and review comments, capture lessons learned (what happened, why, and what to recommend), and trace proposals to change the handbook to the lessons behind them.</source>
        <translation>По всем пилотным странам записывайте миссии экспертов ГГМ, взаимные обмены и замечания рецензентов, фиксируйте извлечённые уроки (что произошло, почему и что рекомендовать) и связывайте предложения об изменении руководства с уроками, на которых они основаны.</translation>
    </message>
</context>
<context>
    <name>participation</name>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="13"/>
        <source>Institutions and people</source>
        <translation>Учреждения и люди</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="14"/>
        <source>One registry for every step: ministries, agencies, the central bank, the statistics office, local government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their people. Contact details need the person&apos;s consent.</source>
        <translation>Единый реестр для всех этапов: министерства, ведомства, центральный банк, статистическое ведомство, местные органы власти, учреждения ООН, доноры, НПО, научное сообщество, частный сектор, организации диаспоры и их сотрудники. Для контактных данных нужно согласие человека.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="22"/>
        <source>The coordination mechanism</source>
        <translation>Координационный механизм</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="23"/>
        <source>The task force or working group: its legal basis, chair, secretariat, terms of reference, and its members with the sector focal points.</source>
        <translation>Целевая или рабочая группа: правовая основа, председатель, секретариат, положение и члены с отраслевыми координаторами.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="27"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="28"/>
        <source>Each meeting with its agenda and minutes, who attended, and the decisions and action items.</source>
        <translation>Каждое заседание с повесткой и протоколом, присутствующими, решениями и поручениями.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="31"/>
        <source>Who is responsible for what</source>
        <translation>Кто за что отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="32"/>
        <source>For each policy area, the lead institution, the contributors, the data providers and who is consulted. Core sectors without a lead are shown in red.</source>
        <translation>Для каждой сферы политики — ведущее учреждение, участники, поставщики данных и консультируемые. Ключевые отрасли без ответственного выделены красным.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="40"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="41"/>
        <source>Who has a stake, how interested and how influential (1-5), and how they are engaged.</source>
        <translation>Кто заинтересован, насколько сильны интерес и влияние (1–5) и как организовано взаимодействие.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="44"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="45"/>
        <source>Each consultation with its participants by sex and the stakeholders present.</source>
        <translation>Каждая консультация с участниками в разбивке по полу и присутствующими заинтересованными сторонами.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="48"/>
        <source>Inputs received</source>
        <translation>Полученные предложения</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="49"/>
        <source>Every suggestion received and what became of it (accepted, partly, noted, rejected), with the reason.</source>
        <translation>Каждое полученное предложение и его судьба (принято, частично, принято к сведению, отклонено) с обоснованием.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="57"/>
        <source>Development partners</source>
        <translation>Партнёры по развитию</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="58"/>
        <source>UN agencies, donors, international financial institutions and foundations present in the country; each lists its migration-related projects or confirms it has none.</source>
        <translation>Учреждения ООН, доноры, международные финансовые институты и фонды, работающие в стране; каждый перечисляет свои проекты, связанные с миграцией, или подтверждает, что их нет.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="62"/>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="63"/>
        <source>The migration and development project inventory: budgets, dates, policy areas, and alignment to the national priorities (or why not).</source>
        <translation>Перечень проектов в области миграции и развития: бюджеты, сроки, сферы политики и согласование с национальными приоритетами (или причина несогласования).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="67"/>
        <source>Coordination</source>
        <translation>Координация</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="68"/>
        <source>UN country team meetings, donor round tables and joint programming.</source>
        <translation>Заседания страновой группы ООН, круглые столы доноров и совместное программирование.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="74"/>
        <source>GMG expert missions</source>
        <translation>Миссии экспертов ГГМ</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="75"/>
        <source>The missions of the GMG agencies that supported the country: in country, remote or desk review, with the steps they supported, their terms of reference and their reports.</source>
        <translation>Миссии учреждений ГГМ, поддерживавших страну: в стране, дистанционно или кабинетный обзор, с поддержанными этапами, кругом ведения и отчётами.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="79"/>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="80"/>
        <source>What happened, why, and what others should do: each lesson with its theme and step, how widely it applies, its evidence, and who validated it. Step 7 needs at least three validated lessons.</source>
        <translation>Что произошло, почему и что следует делать другим: каждый урок с темой и этапом, широтой применимости, доказательствами и тем, кто его подтвердил. Для этапа 7 нужно не менее трёх подтверждённых уроков.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="16"/>
        <source>Planning instruments</source>
        <translation>Инструменты планирования</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="17"/>
        <source>The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a stand-alone migration policy: status, period and how far each mainstreams migration (0 absent … 4 costed and budgeted actions). Then each plan&apos;s goals, outcomes, strategies and actions.</source>
        <translation>Национальный план, отраслевые стратегии, местные планы, рамочная программа сотрудничества ООН, бюджет или отдельная миграционная политика: статус, период и степень учёта миграции (0 — отсутствует … 4 — мероприятия с затратами и бюджетом). Затем цели, конечные результаты, стратегии и мероприятия каждого плана.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="22"/>
        <source>Migration lens</source>
        <translation>Миграционная призма</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="23"/>
        <source>Apply the migration lens to plan elements: for the element&apos;s policy area, answer the questions of the bank (the list follows the area chosen), say how migration affects the goal and the goal migration, and propose a change to the text.</source>
        <translation>Примените миграционную призму к элементам плана: для сферы политики элемента ответьте на вопросы банка (список зависит от выбранной сферы), укажите, как миграция влияет на цель и цель — на миграцию, и предложите изменение текста.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="28"/>
        <source>Priorities and their evidence</source>
        <translation>Приоритеты и их обоснование</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="29"/>
        <source>The migration and development priorities with problem, objective and target groups, scored 1-5 (weights below; equal when none are set). Each priority needs at least one piece of evidence from the profile, the consultations or a document; endorsement needs the mechanism&apos;s decision.</source>
        <translation>Приоритеты в области миграции и развития с проблемой, задачей и целевыми группами, оценкой 1–5 (веса ниже; если не заданы — равные). Каждому приоритету нужно хотя бы одно доказательство из профиля, консультаций или документа; для одобрения нужно решение механизма.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="34"/>
        <source>Costed action plan</source>
        <translation>План действий с оценкой затрат</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="35"/>
        <source>Each priority&apos;s actions with a lead, dates, a cost and where they land in the plan; their funding by source never exceeds the cost, and the rest shows as the gap.</source>
        <translation>Мероприятия каждого приоритета с ответственным, сроками, стоимостью и привязкой к плану; финансирование по источникам не превышает стоимости, остаток показан как дефицит.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="42"/>
        <source>Results chain</source>
        <translation>Цепочка результатов</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="43"/>
        <source>Impact, outcomes, outputs and activities, each contributing to the level above and linked to a priority or a plan element, with assumptions and risks.</source>
        <translation>Воздействие, конечные результаты, непосредственные результаты и действия, каждый из которых вносит вклад в вышестоящий уровень и связан с приоритетом или элементом плана, с допущениями и рисками.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="47"/>
        <source>Indicators, baselines and targets</source>
        <translation>Показатели, исходные уровни и цели</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="48"/>
        <source>Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a baseline (offered from the profile when the indicator is one of its reference indicators) and targets by year.</source>
        <translation>Нейтральные показатели с единицей, направлением, разбивкой, периодичностью и средствами проверки; исходный уровень (предлагается из профиля, если показатель — один из его эталонных) и цели по годам.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="53"/>
        <source>Actuals</source>
        <translation>Фактические значения</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="54"/>
        <source>The values reported for each period, with their evidence, and disaggregated values that add up to the total. The dashboard colours each indicator by its progress.</source>
        <translation>Значения, сообщённые за каждый период, с подтверждениями, и дезагрегированные значения, дающие в сумме итог. Панель окрашивает каждый показатель по его прогрессу.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="58"/>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="59"/>
        <source>The evaluation plan (mid-term and final), the reports, and the management response to each recommendation; the thresholds of the traffic lights.</source>
        <translation>План оценок (среднесрочная и итоговая), отчёты и ответ руководства на каждую рекомендацию; пороги светофора.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="80"/>
        <source>The golden thread</source>
        <translation>Сквозная нить</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="81"/>
        <source>From the evidence to the priority, its actions and where they land in the plan, the indicators that measure them and the money behind them. Broken links come first.</source>
        <translation>От доказательств к приоритету, его мероприятиям и их месту в плане, показателям, которые их измеряют, и деньгам за ними. Разорванные связи — первыми.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="99"/>
        <source>Review</source>
        <translation>Рецензирование</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="100"/>
        <source>Each step&apos;s review by the GMG hub: a country submits a step, the hub comments, asks for changes or approves. Blocker and major comments must be closed before approval.</source>
        <translation>Рецензирование каждого этапа центром ГГМ: страна представляет этап, центр комментирует, запрашивает изменения или утверждает. Блокирующие и существенные замечания должны быть закрыты до утверждения.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="52"/>
        <source>Step 2: whole-of-government — {code}</source>
        <translation>Этап 2: общегосударственный подход — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="53"/>
        <source>Step 3: whole-of-society — {code}</source>
        <translation>Этап 3: участие всего общества — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="54"/>
        <source>Step 4: priorities in the plan — {code}</source>
        <translation>Этап 4: приоритеты в плане — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="55"/>
        <source>Step 5: monitoring and evaluation — {code}</source>
        <translation>Этап 5: мониторинг и оценка — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="56"/>
        <source>Step 6: coherent international support — {code}</source>
        <translation>Этап 6: согласованная международная поддержка — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="57"/>
        <source>Step 7: pilot testing, review and lessons — {code}</source>
        <translation>Этап 7: пилотирование, обзор и уроки — {code}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="96"/>
        <source>Blocker</source>
        <translation>Блокирующее</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="97"/>
        <source>Major</source>
        <translation>Существенное</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="98"/>
        <source>Minor</source>
        <translation>Незначительное</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="99"/>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="45"/>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="46"/>
        <source>Population, economy, labour market and human development: the background against which migration is read.</source>
        <translation>Население, экономика, рынок труда и человеческое развитие: фон, на котором рассматривается миграция.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="54"/>
        <source>Immigration</source>
        <translation>Иммиграция</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="55"/>
        <source>Immigrant stock and inflows, by sex, age and origin.</source>
        <translation>Численность иммигрантов и их приток по полу, возрасту и происхождению.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="61"/>
        <source>Emigration and diaspora</source>
        <translation>Эмиграция и диаспора</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="62"/>
        <source>Emigrants by destination, outflows, skills, and the diaspora&apos;s estimates from every source.</source>
        <translation>Эмигранты по странам назначения, оттоки, квалификация и оценки численности диаспоры из всех источников.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="68"/>
        <source>Forced migration</source>
        <translation>Вынужденная миграция</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="69"/>
        <source>Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.</source>
        <translation>Принимаемые беженцы и беженцы из страны, просители убежища, внутренне перемещённые лица и лица без гражданства, жертвы торговли людьми, принудительно возвращённые.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="77"/>
        <source>Labour migration</source>
        <translation>Трудовая миграция</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="78"/>
        <source>Temporary, seasonal and circular schemes, sectors and skill levels.</source>
        <translation>Временные, сезонные и циркулярные схемы, отрасли и уровни квалификации.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="83"/>
        <source>Return migration</source>
        <translation>Возвратная миграция</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="84"/>
        <source>Voluntary and forced returns, and reintegration.</source>
        <translation>Добровольное и принудительное возвращение, реинтеграция.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="89"/>
        <source>Remittances and networks</source>
        <translation>Денежные переводы и сети</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="90"/>
        <source>Volumes, share of GDP, corridors and costs, channels, diaspora associations.</source>
        <translation>Объёмы, доля в ВВП, коридоры и стоимость, каналы, объединения диаспоры.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="96"/>
        <source>Sectors affected</source>
        <translation>Затрагиваемые сектора</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="97"/>
        <source>Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.</source>
        <translation>Часть B: как миграция влияет на каждую сферу политики, насколько сильно и насколько надёжны доказательства.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="107"/>
        <source>Governance</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="108"/>
        <source>Part C: laws, policies, institutions, agreements and conventions.</source>
        <translation>Часть C: законы, политика, институты, соглашения и конвенции.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="115"/>
        <source>Data sources and gaps</source>
        <translation>Источники данных и пробелы</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="116"/>
        <source>Every source used, what it covers, its quality and its gaps.</source>
        <translation>Каждый использованный источник, его охват, качество и пробелы.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="123"/>
        <source>Findings and recommendations</source>
        <translation>Выводы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="124"/>
        <source>Part D: key findings, policy implications and recommendations, including on data.</source>
        <translation>Часть D: основные выводы, последствия для политики и рекомендации, в том числе по данным.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="148"/>
        <source>Narrative: {section}</source>
        <translation>Текстовая часть: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="183"/>
        <source>The numbers</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="185"/>
        <source>Every number with its source. Import the public tables or your own spreadsheet, edit in place (Enter moves on), paste from Excel; warnings can be explained, errors must be corrected.</source>
        <translation>Каждое число с источником. Импортируйте открытые таблицы или собственную таблицу, редактируйте на месте (Enter — к следующей), вставляйте из Excel; предупреждения можно пояснить, ошибки нужно исправить.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/participation_specs.py" line="28"/>
        <source>Contact details (e-mail, phone) can only be stored with the person&apos;s consent: tick “Consent to store contact details” or leave them out.</source>
        <translation>Контактные данные (эл. почта, телефон) можно хранить только с согласия человека: отметьте «Согласие на хранение контактных данных» или не указывайте их.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="33"/>
        <source>The e-mail address does not look right.</source>
        <translation>Адрес эл. почты выглядит неверно.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="40"/>
        <source>A mechanism with a formal legal basis needs its legal reference (e.g. “GD 725 of 08.09.2017”).</source>
        <translation>Механизму с формальной правовой основой нужна ссылка на правовой акт (напр. «ПП 725 от 08.09.2017»).</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="48"/>
        <source>Say why: every decision on an input needs its rationale.</source>
        <translation>Укажите причину: каждое решение по предложению требует обоснования.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="55"/>
        <source>A contact person is personal data: record the consent to store it, or leave the contact person out.</source>
        <translation>Контактное лицо — это персональные данные: запишите согласие на их хранение или не указывайте контактное лицо.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="64"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="72"/>
        <source>More is disbursed than the budget; check both amounts.</source>
        <translation>Освоено больше бюджета; проверьте обе суммы.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="97"/>
        <source>This person already holds a role in this mechanism for the same period; end that role first (“Until”) or edit it.</source>
        <translation>Этот человек уже выполняет роль в этом механизме в тот же период; сначала завершите ту роль («До») или измените её.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="103"/>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="104"/>
        <location filename="../../core/participation_specs.py" line="124"/>
        <location filename="../../core/participation_specs.py" line="177"/>
        <location filename="../../core/participation_specs.py" line="217"/>
        <location filename="../../core/record_specs.py" line="93"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="105"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="123"/>
        <location filename="../../core/planning_specs.py" line="195"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="108"/>
        <source>Sectors (policy-area codes, comma-separated)</source>
        <translation>Отрасли (коды сфер политики через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="111"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="112"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="113"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="114"/>
        <location filename="../../core/participation_specs.py" line="138"/>
        <location filename="../../core/participation_specs.py" line="172"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="115"/>
        <location filename="../../reports/observation_export.py" line="89"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="116"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="117"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="118"/>
        <source>Consent to store contact details</source>
        <translation>Согласие на хранение контактных данных</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="119"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="122"/>
        <source>Coordination mechanisms</source>
        <translation>Координационные механизмы</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="125"/>
        <location filename="../../core/planning_specs.py" line="212"/>
        <location filename="../../core/planning_specs.py" line="230"/>
        <location filename="../../core/record_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="126"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="126"/>
        <source>Legal basis</source>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="127"/>
        <location filename="../../core/planning_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="119"/>
        <source>Legal reference</source>
        <translation>Правовой акт</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="128"/>
        <source>Established</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="129"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="130"/>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="131"/>
        <source>Meets</source>
        <translation>Периодичность заседаний</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="133"/>
        <location filename="../../core/review_specs.py" line="44"/>
        <source>Terms of reference</source>
        <translation>Положение (круг ведения)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="136"/>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="137"/>
        <location filename="../../core/participation_specs.py" line="148"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="139"/>
        <location filename="../../core/participation_specs.py" line="157"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="140"/>
        <location filename="../../core/participation_specs.py" line="173"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="141"/>
        <source>Sector focal point</source>
        <translation>Отраслевой координатор</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="142"/>
        <location filename="../../core/participation_specs.py" line="208"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="143"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="147"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="149"/>
        <location filename="../../core/participation_specs.py" line="192"/>
        <location filename="../../core/participation_specs.py" line="251"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="151"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="152"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="155"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="156"/>
        <location filename="../../core/participation_specs.py" line="162"/>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="158"/>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="161"/>
        <source>Decisions and action items</source>
        <translation>Решения и поручения</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="163"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="164"/>
        <location filename="../../core/planning_specs.py" line="117"/>
        <location filename="../../core/planning_specs.py" line="269"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="165"/>
        <location filename="../../core/planning_specs.py" line="270"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="169"/>
        <source>Who is responsible for what</source>
        <translation>Кто за что отвечает</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="171"/>
        <location filename="../../core/participation_specs.py" line="209"/>
        <location filename="../../core/planning_specs.py" line="131"/>
        <location filename="../../core/planning_specs.py" line="142"/>
        <location filename="../../core/record_specs.py" line="107"/>
        <location filename="../../core/record_specs.py" line="128"/>
        <source>Policy area</source>
        <translation>Сфера политики</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="176"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="178"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="179"/>
        <source>Organisation (registry)</source>
        <translation>Организация (реестр)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="180"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="181"/>
        <source>Geography (NATIONAL or ISO 3166-2)</source>
        <translation>География (NATIONAL или ISO 3166-2)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="182"/>
        <source>Diaspora in</source>
        <translation>Диаспора в</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="183"/>
        <source>Interest (1-5)</source>
        <translation>Интерес (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="184"/>
        <source>Influence (1-5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="185"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="186"/>
        <source>Consent to store the contact</source>
        <translation>Согласие на хранение контакта</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="189"/>
        <source>Consultation events</source>
        <translation>Консультационные мероприятия</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="190"/>
        <location filename="../../core/participation_specs.py" line="225"/>
        <location filename="../../core/planning_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="141"/>
        <location filename="../../core/record_specs.py" line="117"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="193"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="194"/>
        <source>Topics (policy-area codes)</source>
        <translation>Темы (коды сфер политики)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="195"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="196"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="197"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="198"/>
        <location filename="../../core/planning_specs.py" line="260"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="201"/>
        <source>Who took part</source>
        <translation>Кто участвовал</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="202"/>
        <location filename="../../core/participation_specs.py" line="207"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="203"/>
        <source>Stakeholder</source>
        <translation>Заинтересованная сторона</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="206"/>
        <source>Inputs received</source>
        <translation>Полученные предложения</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="210"/>
        <source>Input</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="211"/>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="212"/>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="213"/>
        <source>Fed the priority (step 4)</source>
        <translation>Учтено в приоритете (этап 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="216"/>
        <source>Development partners</source>
        <translation>Партнёры по развитию</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="219"/>
        <source>GMG member</source>
        <translation>Член ГГМ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="220"/>
        <source>GMG agency</source>
        <translation>Учреждение ГГМ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="221"/>
        <source>Confirmed: no migration projects</source>
        <translation>Подтверждено: проектов по миграции нет</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="224"/>
        <source>Migration-related projects</source>
        <translation>Проекты, связанные с миграцией</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="226"/>
        <location filename="../../core/planning_specs.py" line="190"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="227"/>
        <source>Implemented by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="228"/>
        <location filename="../../core/planning_specs.py" line="176"/>
        <location filename="../../core/review_specs.py" line="41"/>
        <location filename="../../core/review_specs.py" line="63"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="229"/>
        <location filename="../../core/planning_specs.py" line="177"/>
        <location filename="../../core/review_specs.py" line="42"/>
        <location filename="../../core/review_specs.py" line="64"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="230"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="231"/>
        <source>Currency (ISO 4217)</source>
        <translation>Валюта (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="232"/>
        <source>Budget year</source>
        <translation>Бюджетный год</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="233"/>
        <source>Disbursed</source>
        <translation>Освоено</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="234"/>
        <source>Policy areas (codes, comma-separated)</source>
        <translation>Сферы политики (коды через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="235"/>
        <source>UN cooperation framework outcome</source>
        <translation>Результат рамочной программы сотрудничества ООН</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="236"/>
        <source>Why not aligned to a national priority</source>
        <translation>Почему не согласован с национальным приоритетом</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="241"/>
        <source>Alignment to national priorities</source>
        <translation>Согласование с национальными приоритетами</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="243"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="244"/>
        <source>National priority (step 4)</source>
        <translation>Национальный приоритет (этап 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="245"/>
        <source>Amount for this priority (project currency)</source>
        <translation>Сумма на этот приоритет (в валюте проекта)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="248"/>
        <source>Partner coordination events</source>
        <translation>Мероприятия по координации партнёров</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="252"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="253"/>
        <location filename="../../core/planning_specs.py" line="118"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="256"/>
        <source>Exchange rates to USD</source>
        <translation>Обменные курсы к доллару США</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="257"/>
        <location filename="../../core/planning_specs.py" line="179"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="258"/>
        <location filename="../../core/planning_specs.py" line="228"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="259"/>
        <source>USD per unit</source>
        <translation>Долл. США за единицу</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="260"/>
        <location filename="../../core/planning_specs.py" line="188"/>
        <location filename="../../reports/observation_export.py" line="98"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="51"/>
        <source>An element cannot be part of itself.</source>
        <translation>Элемент не может быть частью самого себя.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="53"/>
        <source>The element it is part of belongs to another instrument.</source>
        <translation>Элемент, частью которого он является, относится к другому инструменту.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="56"/>
        <source>An element is part of one at a higher level (goal, outcome, strategy, action).</source>
        <translation>Элемент входит в элемент более высокого уровня (цель, конечный результат, стратегия, мероприятие).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="66"/>
        <source>Unknown codes: {codes} (choose from {choices}).</source>
        <translation>Неизвестные коды: {codes} (выберите из {choices}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="90"/>
        <source>This evidence is already linked to the priority.</source>
        <translation>Это доказательство уже связано с приоритетом.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="109"/>
        <source>The funding already recorded ({funded:,.0f}) is more than this cost.</source>
        <translation>Уже записанное финансирование ({funded:,.0f}) больше этой стоимости.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="121"/>
        <source>With this amount the funding ({funded:,.0f}) exceeds the action&apos;s cost ({cost:,.0f}).</source>
        <translation>С этой суммой финансирование ({funded:,.0f}) превышает стоимость мероприятия ({cost:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="134"/>
        <source>A result cannot contribute to itself.</source>
        <translation>Результат не может вносить вклад в самого себя.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="136"/>
        <source>A result contributes to one at a higher level (activity → output → outcome → impact).</source>
        <translation>Результат вносит вклад в результат более высокого уровня (действие → непосредственный результат → конечный результат → воздействие).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="156"/>
        <source>The profile has {value:,.6g} for {year} ({source}).</source>
        <translation>В профиле есть значение {value:,.6g} за {year} ({source}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="170"/>
        <source>The indicator already has a target for {year}.</source>
        <translation>У показателя уже есть цель на {year}.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="174"/>
        <source>A target year cannot come before the baseline year ({year}).</source>
        <translation>Целевой год не может быть раньше года исходного уровня ({year}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="178"/>
        <source>The target equals the baseline; only a “maintain” indicator may keep its baseline.</source>
        <translation>Цель равна исходному уровню; сохранять исходный уровень может только показатель типа «поддерживать».</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="190"/>
        <source>An actual for this indicator and period is already recorded; edit it instead.</source>
        <translation>Фактическое значение этого показателя за этот период уже записано; измените его.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="206"/>
        <source>This group already has a value for this actual.</source>
        <translation>Для этой группы уже есть значение этого факта.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="210"/>
        <source>The groups add up to {parts:,.6g}, more than the actual&apos;s total ({total:,.6g}).</source>
        <translation>Сумма групп {parts:,.6g} больше итога фактического значения ({total:,.6g}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="228"/>
        <source>The workspace has its thresholds already; edit them instead.</source>
        <translation>Пороги для рабочего пространства уже заданы; измените их.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="32"/>
        <source>An adopted instrument needs its adoption date.</source>
        <translation>Для принятого инструмента нужна дата принятия.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="35"/>
        <source>An adopted instrument needs its document: attach the adopted text.</source>
        <translation>Для принятого инструмента нужен документ: прикрепите принятый текст.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="43"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="49"/>
        <source>An endorsed priority needs the mechanism&apos;s decision (e.g. “NWGIMD meeting of 12.03.2015, decision 4”).</source>
        <translation>Одобренному приоритету нужно решение механизма (напр. «заседание НРГМР от 12.03.2015, решение 4»).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="58"/>
        <source>Every action needs a lead.</source>
        <translation>Каждому мероприятию нужен ответственный.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="60"/>
        <source>Every action needs its start and end.</source>
        <translation>Каждому мероприятию нужны даты начала и окончания.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="62"/>
        <source>Say in which currency the cost is.</source>
        <translation>Укажите валюту стоимости.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="68"/>
        <source>A qualitative or yes/no indicator is rated by hand: choose its status.</source>
        <translation>Качественный показатель или показатель «да/нет» оценивается вручную: выберите его статус.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="71"/>
        <source>Say why the indicator has this status.</source>
        <translation>Укажите, почему у показателя такой статус.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="78"/>
        <source>A baseline needs both its value and its year.</source>
        <translation>Для исходного уровня нужны и значение, и год.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="86"/>
        <source>An actual cannot be reported for a period that has not ended yet.</source>
        <translation>Нельзя сообщить фактическое значение за ещё не закончившийся период.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="94"/>
        <source>Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6).</source>
        <translation>Жёлтый порог должен быть ниже зелёного, и оба — больше 0 (напр. зелёный 0,9, жёлтый 0,6).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="102"/>
        <source>A weight lies between 0 and 1.</source>
        <translation>Вес должен быть от 0 до 1.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="106"/>
        <source>Planning instruments</source>
        <translation>Инструменты планирования</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="110"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Уровень учёта миграции (0–4)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="111"/>
        <source>From (year)</source>
        <translation>С (год)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="112"/>
        <source>To (year)</source>
        <translation>По (год)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="113"/>
        <source>Sector (for sector strategies)</source>
        <translation>Отрасль (для отраслевых стратегий)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="114"/>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="115"/>
        <source>Adopted by</source>
        <translation>Кем принят</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="121"/>
        <source>Plan elements</source>
        <translation>Элементы плана</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="122"/>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="124"/>
        <source>Number in the plan</source>
        <translation>Номер в плане</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="125"/>
        <location filename="../../core/record_specs.py" line="127"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="126"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="129"/>
        <source>Migration lens</source>
        <translation>Миграционная призма</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="130"/>
        <location filename="../../core/planning_specs.py" line="199"/>
        <source>Plan element</source>
        <translation>Элемент плана</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="132"/>
        <source>Lens question</source>
        <translation>Вопрос призмы</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="133"/>
        <source>Migration&apos;s effect on the goal</source>
        <translation>Влияние миграции на цель</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="135"/>
        <source>The goal&apos;s effect on migration</source>
        <translation>Влияние цели на миграцию</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="137"/>
        <source>Proposed change to the text</source>
        <translation>Предлагаемое изменение текста</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="140"/>
        <source>Policy priorities</source>
        <translation>Приоритеты политики</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="144"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="145"/>
        <source>Impact (1-5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="146"/>
        <source>Feasibility (1-5)</source>
        <translation>Осуществимость (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="147"/>
        <source>Affordability (1-5, 5 = cheapest)</source>
        <translation>Доступность (1–5, 5 = дешевле всего)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="148"/>
        <source>Urgency (1-5)</source>
        <translation>Срочность (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="149"/>
        <source>Political support (1-5)</source>
        <translation>Политическая поддержка (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="150"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="151"/>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="152"/>
        <source>Target groups (codes, comma-separated)</source>
        <translation>Целевые группы (коды через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="153"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="154"/>
        <source>GCM objectives (numbers)</source>
        <translation>Цели ГДМ (номера)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="155"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="156"/>
        <source>Endorsed by (decision)</source>
        <translation>Одобрено (решение)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="160"/>
        <source>Evidence behind the priorities</source>
        <translation>Доказательства, на которых основаны приоритеты</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="162"/>
        <location filename="../../core/planning_specs.py" line="174"/>
        <location filename="../../core/planning_specs.py" line="198"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="163"/>
        <location filename="../../core/planning_specs.py" line="239"/>
        <location filename="../../core/record_specs.py" line="111"/>
        <location filename="../../core/review_specs.py" line="56"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Evidence</source>
        <translation>Доказательная база</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="164"/>
        <source>How it supports the priority</source>
        <translation>Как это подкрепляет приоритет</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="167"/>
        <source>Scoring weights</source>
        <translation>Веса оценки</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="168"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="169"/>
        <source>Weight (0-1; all add up to 1)</source>
        <translation>Вес (0–1; в сумме 1)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="172"/>
        <source>Costed actions</source>
        <translation>Мероприятия с оценкой затрат</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="173"/>
        <location filename="../../core/planning_specs.py" line="187"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="175"/>
        <source>Lead</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="178"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="181"/>
        <source>Lands in plan element</source>
        <translation>Элемент плана</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="182"/>
        <source>Capacity needs</source>
        <translation>Потребности в потенциале</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="186"/>
        <source>Funding of the actions</source>
        <translation>Финансирование мероприятий</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="189"/>
        <source>Amount (in the action&apos;s currency)</source>
        <translation>Сумма (в валюте мероприятия)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="193"/>
        <source>Results chain</source>
        <translation>Цепочка результатов</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="194"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="196"/>
        <source>Result statement</source>
        <translation>Формулировка результата</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="197"/>
        <source>Contributes to</source>
        <translation>Вклад в</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="200"/>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="201"/>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="204"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="205"/>
        <location filename="../../core/planning_specs.py" line="227"/>
        <location filename="../../core/planning_specs.py" line="234"/>
        <location filename="../../reports/observation_export.py" line="83"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="206"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="207"/>
        <location filename="../../reports/observation_export.py" line="95"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="208"/>
        <location filename="../../reports/observation_export.py" line="93"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="209"/>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="210"/>
        <source>Baseline year</source>
        <translation>Год исходного уровня</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="211"/>
        <source>Reference indicator</source>
        <translation>Эталонный показатель</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="213"/>
        <source>Definition (numerator / denominator)</source>
        <translation>Определение (числитель / знаменатель)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="214"/>
        <source>Disaggregations (codes, comma-separated)</source>
        <translation>Разбивки (коды через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="215"/>
        <source>Reporting frequency</source>
        <translation>Периодичность отчётности</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="216"/>
        <source>Means of verification</source>
        <translation>Средства проверки</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="217"/>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="218"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="219"/>
        <source>Where the baseline comes from</source>
        <translation>Откуда взят исходный уровень</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="220"/>
        <source>Status set by hand</source>
        <translation>Статус задан вручную</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="221"/>
        <source>Why this status</source>
        <translation>Обоснование статуса</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="224"/>
        <source>Baseline from the profile</source>
        <translation>Исходный уровень из профиля</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="226"/>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="229"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="233"/>
        <source>Actuals</source>
        <translation>Фактические значения</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="235"/>
        <location filename="../../reports/observation_export.py" line="87"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="236"/>
        <location filename="../../reports/observation_export.py" line="88"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="250"/>
        <location filename="../../reports/observation_export.py" line="94"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="240"/>
        <source>Reported by</source>
        <translation>Кем сообщено</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="241"/>
        <source>Verified by</source>
        <translation>Кем проверено</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="245"/>
        <source>Disaggregated actuals</source>
        <translation>Дезагрегированные факты</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="247"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="248"/>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="249"/>
        <source>Group (code, e.g. F)</source>
        <translation>Группа (код, напр. F)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="253"/>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="255"/>
        <source>Evaluator</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="256"/>
        <source>Planned for</source>
        <translation>Запланирована на</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="257"/>
        <source>Completed on</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="258"/>
        <source>Evaluation questions</source>
        <translation>Вопросы оценки</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="259"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="263"/>
        <source>Management responses</source>
        <translation>Ответы руководства</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="265"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="266"/>
        <location filename="../../core/review_specs.py" line="54"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="267"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="268"/>
        <source>Planned action</source>
        <translation>Запланированное действие</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="274"/>
        <source>Traffic-light thresholds</source>
        <translation>Пороги светофора</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="275"/>
        <source>Green from (progress ratio)</source>
        <translation>Зелёный от (доля прогресса)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="276"/>
        <source>Amber from (progress ratio)</source>
        <translation>Жёлтый от (доля прогресса)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="277"/>
        <source>Tolerance for “maintain” (share)</source>
        <translation>Допуск для «поддерживать» (доля)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="92"/>
        <source>Data sources and gaps</source>
        <translation>Источники данных и пробелы</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="95"/>
        <source>Periodicity</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="96"/>
        <source>Latest year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="97"/>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="98"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="99"/>
        <source>Sex and age</source>
        <translation>Пол и возраст</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="100"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="101"/>
        <source>Quality (1-5)</source>
        <translation>Качество (1–5)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="102"/>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="103"/>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="106"/>
        <source>Sectors affected</source>
        <translation>Затрагиваемые сектора</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="108"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="109"/>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="110"/>
        <source>Magnitude (1-3)</source>
        <translation>Масштаб (1–3)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="112"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="115"/>
        <source>Governance</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="118"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="121"/>
        <location filename="../../reports/observation_export.py" line="91"/>
        <source>Partner country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="122"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="125"/>
        <source>Findings and recommendations</source>
        <translation>Выводы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="129"/>
        <source>Priority (1-3)</source>
        <translation>Приоритетность (1–3)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="25"/>
        <source>List the steps as numbers 0 to 7, separated by commas.</source>
        <translation>Перечислите этапы номерами от 0 до 7 через запятую.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="32"/>
        <source>A validated lesson needs its recommendation.</source>
        <translation>Для подтверждённого урока нужна рекомендация.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="37"/>
        <source>GMG expert missions</source>
        <translation>Миссии экспертов ГГМ</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="38"/>
        <location filename="../../reports/workspace_workbook.py" line="84"/>
        <source>Agency</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="39"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="40"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="43"/>
        <source>Steps supported (numbers, comma-separated)</source>
        <translation>Поддержанные этапы (номера через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="45"/>
        <source>Mission report</source>
        <translation>Отчёт о миссии</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="49"/>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="50"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="51"/>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="52"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="53"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="55"/>
        <source>Applies to</source>
        <translation>Применимость</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="57"/>
        <source>Validated by</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="60"/>
        <location filename="../../sync/status.py" line="217"/>
        <source>Peer exchanges</source>
        <translation>Взаимные обмены</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="61"/>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="62"/>
        <source>Visiting countries (ISO3 codes, comma-separated)</source>
        <translation>Страны-гости (коды ISO3 через запятую)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="65"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="69"/>
        <source>Lessons of every country</source>
        <translation>Уроки всех стран</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="72"/>
        <location filename="../../sync/status.py" line="218"/>
        <source>Handbook change proposals</source>
        <translation>Предложения об изменении руководства</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="74"/>
        <source>Handbook section</source>
        <translation>Раздел руководства</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="75"/>
        <source>Proposed change</source>
        <translation>Предлагаемое изменение</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="79"/>
        <source>Lessons behind each proposal</source>
        <translation>Уроки, на которых основано каждое предложение</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="81"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="82"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="33"/>
        <source>Migration profile: observations</source>
        <translation>Миграционный профиль: наблюдения</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="34"/>
        <source>Profile observations</source>
        <translation>Наблюдения профиля</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="35"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="36"/>
        <source>All other countries</source>
        <translation>Все прочие страны</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="82"/>
        <source>Indicator code</source>
        <translation>Код показателя</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="85"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="90"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="99"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="100"/>
        <source>Migration type</source>
        <translation>Тип миграции</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="101"/>
        <source>Voluntariness</source>
        <translation>Добровольность</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="102"/>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="103"/>
        <source>Skill level</source>
        <translation>Уровень квалификации</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="104"/>
        <source>Occupation (ISCO-08)</source>
        <translation>Занятие (МСКЗ-08)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="105"/>
        <source>Education (ISCED 2011)</source>
        <translation>Образование (МСКО 2011)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="106"/>
        <source>Economic sector (ISIC Rev.4)</source>
        <translation>Вид экономической деятельности (МСОК, ред. 4)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="107"/>
        <source>Type of data (UN DESA)</source>
        <translation>Тип данных (ДЭСВ ООН)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="109"/>
        <source>Source table</source>
        <translation>Исходная таблица</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="110"/>
        <source>Preferred value</source>
        <translation>Предпочтительное значение</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="74"/>
        <source>About</source>
        <translation>О файле</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="75"/>
        <source>Mainstream Desktop: record tables</source>
        <translation>Mainstream Desktop: таблицы записей</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="76"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="77"/>
        <source>Exported on</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="78"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="79"/>
        <source>included</source>
        <translation>включены</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>left out</source>
        <translation>исключены</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="81"/>
        <source>fields</source>
        <translation>поля</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Left out as personal data</source>
        <translation>Исключено как персональные данные</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="83"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="54"/>
        <source>Mainstream Desktop: workspace {code}</source>
        <translation>Mainstream Desktop: рабочее пространство {code}</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="55"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="56"/>
        <source>Produced by</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="57"/>
        <source>{name} ({kind} site {site_id})</source>
        <translation>{name} (узел {kind}, {site_id})</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>hub</source>
        <translation>центр</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="59"/>
        <source>this installation (no site identity yet)</source>
        <translation>эта установка (идентификатор узла ещё не задан)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="60"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="61"/>
        <source>left out (see the last column of the list below)</source>
        <translation>не включены (см. последний столбец списка ниже)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Readiness checklist</source>
        <translation>Контрольный список готовности</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="81"/>
        <location filename="../../sync/status.py" line="216"/>
        <source>Review comments</source>
        <translation>Замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="82"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Written</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="86"/>
        <source>Answer to</source>
        <translation>Ответ на</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="204"/>
        <source>Workspace settings</source>
        <translation>Настройки рабочей области</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="205"/>
        <source>Workspace members</source>
        <translation>Участники рабочей области</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="206"/>
        <source>Step progress</source>
        <translation>Ход выполнения шагов</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="207"/>
        <source>Migration profile figures</source>
        <translation>Показатели миграционного профиля</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="208"/>
        <source>Migration profile texts</source>
        <translation>Тексты миграционного профиля</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="209"/>
        <source>Acknowledged data checks</source>
        <translation>Принятые проверки данных</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="210"/>
        <source>Sector impact figures</source>
        <translation>Показатели отраслевого воздействия</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="211"/>
        <source>MGI assessments</source>
        <translation>Оценки MGI</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="212"/>
        <source>Readiness checks</source>
        <translation>Проверки готовности</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="213"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="214"/>
        <source>Evidence links</source>
        <translation>Ссылки на доказательства</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="215"/>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="219"/>
        <source>Lessons behind a proposal</source>
        <translation>Уроки, на которых основано предложение</translation>
    </message>
    <message>
        <source>left out: names, e-mail addresses, phone numbers and references to people (the columns are listed below)</source>
        <translation type="obsolete">исключены: имена, адреса эл. почты, номера телефонов и упоминания людей (столбцы перечислены ниже)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="57"/>
        <source>Cover and summary</source>
        <translation>Обложка и сводка</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>Сквозная нить</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>Источники данных и пробелы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="68"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>Ход рассмотрения и открытые замечания</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="88"/>
        <source>Reading the workspace</source>
        <translation>Чтение рабочего пространства</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="113"/>
        <location filename="../../reports/pdf_country.py" line="143"/>
        <source>Country report</source>
        <translation>Страновой доклад</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="121"/>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>Учёт миграции в планировании развития: как продвигается работа, шаг за шагом, с её доказательной базой, планом, показателями и финансированием.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="135"/>
        <source>Workspace: {code}</source>
        <translation>Рабочее пространство: {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="120"/>
        <source>Produced on {date}</source>
        <translation>Подготовлен {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="123"/>
        <source>Produced by the site: {site}</source>
        <translation>Подготовлен на площадке: {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Personal data included</source>
        <translation>Персональные данные включены</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>Без персональных данных: имена, адреса электронной почты и номера телефонов не приводятся.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="144"/>
        <location filename="../../reports/pdf_lessons.py" line="127"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="154"/>
        <source>The steps at a glance</source>
        <translation>Этапы в кратком обзоре</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="155"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>{country}: положение дел по каждому этапу руководства, полнота записей и открытые замечания рецензентов.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>Название</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="167"/>
        <source>Complete</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="168"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>Открытые замечания</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Steps approved</source>
        <translation>Утверждённые этапы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <source>Average completeness of the steps</source>
        <translation>Средняя полнота этапов</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>Открытые замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Broken links in the golden thread</source>
        <translation>Разрывы в сквозной нити</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="189"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>Приоритеты политики</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <source>Indicators on track or met</source>
        <translation>Показатели в графике или достигнутые</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>Эмигранты, живущие за рубежом, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="194"/>
        <location filename="../../reports/pdf_country_steps.py" line="53"/>
        <source>Remittances as a share of GDP (%), {year}</source>
        <translation>Денежные переводы в % ВВП, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_context.py" line="77"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="17"/>
        <source>On track</source>
        <translation>По графику</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="18"/>
        <source>Some delay</source>
        <translation>Есть отставание</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="19"/>
        <source>Off track</source>
        <translation>Серьёзное отставание</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="20"/>
        <source>Not reported</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="21"/>
        <source>Target met</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="33"/>
        <source>Planning instrument</source>
        <translation>Инструмент планирования</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="34"/>
        <location filename="../../reports/pdf_country_plan.py" line="126"/>
        <location filename="../../reports/pdf_country_review.py" line="105"/>
        <location filename="../../reports/pdf_country_steps.py" line="211"/>
        <location filename="../../reports/pdf_country_steps.py" line="239"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="36"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>Уровень учёта миграции (0–4)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="37"/>
        <location filename="../../reports/pdf_country_review.py" line="158"/>
        <location filename="../../reports/pdf_country_steps.py" line="248"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="38"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="39"/>
        <source>Planning instruments</source>
        <translation>Инструменты планирования</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="41"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="42"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="43"/>
        <location filename="../../reports/pdf_country_steps.py" line="163"/>
        <location filename="../../reports/pdf_country_steps.py" line="180"/>
        <source>Policy area</source>
        <translation>Сфера политики</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="45"/>
        <source>Endorsed by</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="49"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="50"/>
        <source>Lead</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="51"/>
        <location filename="../../reports/pdf_country_plan.py" line="132"/>
        <location filename="../../reports/pdf_country_plan.py" line="148"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="52"/>
        <location filename="../../reports/pdf_country_plan.py" line="133"/>
        <location filename="../../reports/pdf_country_plan.py" line="149"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="53"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="54"/>
        <location filename="../../reports/pdf_country_plan.py" line="135"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="56"/>
        <source>Costed action plan</source>
        <translation>План действий с оценкой затрат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="70"/>
        <source>Costed actions</source>
        <translation>Мероприятия с оценкой затрат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="71"/>
        <source>Cost of the plan (USD)</source>
        <translation>Стоимость плана (долл. США)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="72"/>
        <source>Funded (USD)</source>
        <translation>Профинансировано (долл. США)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="73"/>
        <source>Funding gap (USD)</source>
        <translation>Дефицит финансирования (долл. США)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="84"/>
        <source>Indicators and their traffic lights</source>
        <translation>Показатели и их «светофор»</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="95"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="96"/>
        <location filename="../../reports/pdf_country_steps.py" line="149"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="97"/>
        <location filename="../../reports/pdf_country_steps.py" line="152"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="98"/>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="99"/>
        <source>Final target</source>
        <translation>Итоговая цель</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="100"/>
        <source>Latest</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="104"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="105"/>
        <source>Evaluator</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="106"/>
        <source>Planned for</source>
        <translation>Запланирована на</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="107"/>
        <source>Completed on</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="108"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="109"/>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="111"/>
        <location filename="../../reports/pdf_country_plan.py" line="156"/>
        <location filename="../../reports/pdf_lessons.py" line="191"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="112"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="113"/>
        <location filename="../../reports/pdf_country_steps.py" line="217"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="115"/>
        <source>Management responses</source>
        <translation>Ответы руководства</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="125"/>
        <location filename="../../reports/pdf_country_plan.py" line="131"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="127"/>
        <source>GMG agency</source>
        <translation>Учреждение ГГМ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="128"/>
        <source>Development partners</source>
        <translation>Партнёры по развитию</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="130"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="134"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="137"/>
        <source>Migration-related projects</source>
        <translation>Проекты, связанные с миграцией</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="145"/>
        <source>Agency</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="146"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="147"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="150"/>
        <source>Steps supported</source>
        <translation>Поддержанные этапы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="151"/>
        <source>GMG expert missions</source>
        <translation>Миссии экспертов ГГМ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="153"/>
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="192"/>
        <source>Applies to</source>
        <translation>Применимость</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="85"/>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="19"/>
        <source>Priority without evidence</source>
        <translation>Приоритет без доказательной базы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="20"/>
        <source>Endorsed priority without actions</source>
        <translation>Одобренный приоритет без мероприятий</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="21"/>
        <source>Endorsed priority without funding</source>
        <translation>Одобренный приоритет без финансирования</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="22"/>
        <source>Action outside the plan</source>
        <translation>Мероприятие вне плана</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="23"/>
        <source>Action nothing measures</source>
        <translation>Мероприятие без показателя</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="24"/>
        <source>Indicator without baseline</source>
        <translation>Показатель без исходного уровня</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="25"/>
        <source>Indicator without target</source>
        <translation>Показатель без целевого значения</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="26"/>
        <source>Plan nothing measures</source>
        <translation>План без показателей</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="29"/>
        <source>Blocker</source>
        <translation>Блокирующее</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="30"/>
        <source>Major</source>
        <translation>Существенное</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="31"/>
        <source>Minor</source>
        <translation>Незначительное</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="32"/>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="35"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="36"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="43"/>
        <source>From the evidence to each priority, its actions and where they land in the plan, the indicators that measure them and the money behind them.</source>
        <translation>От доказательной базы к каждому приоритету, его мероприятиям и их месту в плане, к показателям, которые их измеряют, и к средствам, которые их обеспечивают.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="47"/>
        <source>No policy priority has been recorded yet, so there is no thread to follow.</source>
        <translation>Приоритеты политики ещё не внесены, поэтому прослеживать пока нечего.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="51"/>
        <source>Priorities traced</source>
        <translation>Прослеженные приоритеты</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="52"/>
        <source>Complete threads</source>
        <translation>Полные цепочки</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="53"/>
        <location filename="../../reports/pdf_country_review.py" line="57"/>
        <location filename="../../reports/pdf_country_review.py" line="93"/>
        <source>Broken links</source>
        <translation>Разрывы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="58"/>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="59"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="78"/>
        <source>not costed</source>
        <translation>без оценки затрат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="79"/>
        <source>{action} (cost {cost}, funded {funded})</source>
        <translation>{action} (стоимость {cost}, профинансировано {funded})</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="87"/>
        <location filename="../../reports/pdf_country_steps.py" line="167"/>
        <source>Evidence</source>
        <translation>Доказательная база</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="88"/>
        <source>Consultation inputs</source>
        <translation>Предложения участников консультаций</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="89"/>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="90"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="91"/>
        <source>Partner projects</source>
        <translation>Проекты партнёров</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="101"/>
        <source>The sources the migration profile draws on, what they cover and what is missing.</source>
        <translation>Источники, на которых строится миграционный профиль, что они охватывают и чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="104"/>
        <location filename="../../reports/pdf_country_steps.py" line="153"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="106"/>
        <source>Latest year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="107"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="108"/>
        <source>Quality (1-5)</source>
        <translation>Качество (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="109"/>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="112"/>
        <source>No data source has been recorded yet.</source>
        <translation>Источники данных ещё не внесены.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="134"/>
        <source>Review status</source>
        <translation>Статус рассмотрения</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="135"/>
        <location filename="../../reports/pdf_country_steps.py" line="33"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="136"/>
        <location filename="../../reports/pdf_country_steps.py" line="35"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="138"/>
        <source>Blocking</source>
        <translation>Блокирующие</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="142"/>
        <source>No review comment is open.</source>
        <translation>Открытых замечаний рецензентов нет.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="155"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="157"/>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="159"/>
        <location filename="../../reports/pdf_country_steps.py" line="209"/>
        <location filename="../../reports/pdf_country_steps.py" line="240"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_review.py" line="160"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="21"/>
        <source>Workspace and readiness</source>
        <translation>Рабочее пространство и готовность</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="22"/>
        <source>Migration profile</source>
        <translation>Миграционный профиль</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="23"/>
        <source>Whole-of-government</source>
        <translation>Общегосударственный подход</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="24"/>
        <source>Whole-of-society</source>
        <translation>Подход с участием всего общества</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="25"/>
        <source>Policy priorities in the plan</source>
        <translation>Приоритеты политики в плане</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="26"/>
        <location filename="../../reports/pdf_lessons.py" line="42"/>
        <source>Monitoring and evaluation</source>
        <translation>Мониторинг и оценка</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="27"/>
        <source>Coherent international support</source>
        <translation>Согласованная международная поддержка</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="28"/>
        <source>Pilot testing and lessons learned</source>
        <translation>Пилотирование и извлечённые уроки</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="31"/>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="32"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="34"/>
        <source>Changes requested</source>
        <translation>Запрошены изменения</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="38"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="39"/>
        <source>Partly met</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="40"/>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="41"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="44"/>
        <source>A. Migration trends</source>
        <translation>A. Миграционные тенденции</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="45"/>
        <source>B. Impacts of migration</source>
        <translation>B. Последствия миграции</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="46"/>
        <source>C. Migration governance</source>
        <translation>C. Управление миграцией</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="47"/>
        <source>D. Findings and recommendations</source>
        <translation>D. Выводы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="50"/>
        <source>Immigrants living in the country, {year}</source>
        <translation>Иммигранты, живущие в стране, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="52"/>
        <source>Remittances received, USD million, {year}</source>
        <translation>Полученные денежные переводы, млн долл. США, {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="58"/>
        <source>Step {number}: {title}</source>
        <translation>Этап {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="72"/>
        <source>Status: {status}. Complete: {percent}.</source>
        <translation>Статус: {status}. Выполнено: {percent}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="76"/>
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="81"/>
        <source>Nothing has been recorded for this step yet.</source>
        <translation>По этому этапу пока ничего не внесено.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="96"/>
        <location filename="../../reports/pdf_lessons.py" line="187"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="97"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="98"/>
        <source>Programme phase</source>
        <translation>Этап программы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="99"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="100"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="101"/>
        <source>Lead institution</source>
        <translation>Ведущее учреждение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="104"/>
        <source>National focal point</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="106"/>
        <source>Entry into planning</source>
        <translation>Способ включения в планирование</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="107"/>
        <source>Currency and reference year</source>
        <translation>Валюта и базовый год</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="115"/>
        <source>The readiness checklist has not been filled in yet.</source>
        <translation>Контрольный список готовности ещё не заполнен.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="117"/>
        <source>Readiness checklist</source>
        <translation>Контрольный список готовности</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="124"/>
        <source>Evidence: {title}</source>
        <translation>Подтверждение: {title}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="128"/>
        <source>Precondition</source>
        <translation>Предварительное условие</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="130"/>
        <source>Comment and evidence</source>
        <translation>Комментарий и подтверждение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="148"/>
        <source>Headline figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="150"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="151"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="159"/>
        <source>Charts of the profile</source>
        <translation>Диаграммы профиля</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="164"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="165"/>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="166"/>
        <source>Magnitude (1-3)</source>
        <translation>Масштаб (1–3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="168"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="169"/>
        <source>Sectors affected</source>
        <translation>Затрагиваемые сектора</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="171"/>
        <location filename="../../reports/pdf_country_steps.py" line="178"/>
        <location filename="../../reports/pdf_country_steps.py" line="194"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="173"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="175"/>
        <source>Partner country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="176"/>
        <source>Laws, policies and agreements</source>
        <translation>Законы, стратегии и соглашения</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="179"/>
        <source>Finding or recommendation</source>
        <translation>Вывод или рекомендация</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="181"/>
        <source>Priority (1-3)</source>
        <translation>Приоритетность (1–3)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="182"/>
        <source>Findings and recommendations</source>
        <translation>Выводы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="210"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="195"/>
        <source>Legal basis</source>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="196"/>
        <source>Established</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="197"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="199"/>
        <source>Coordination mechanism</source>
        <translation>Координационный механизм</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="204"/>
        <source>Members of the mechanism: {members}; sector focal points among them: {focal}.</source>
        <translation>Членов механизма: {members}; из них отраслевых координаторов: {focal}.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="212"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="213"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="215"/>
        <source>Decision or action</source>
        <translation>Решение или поручение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="216"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="219"/>
        <source>Decisions and action items</source>
        <translation>Решения и поручения</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="230"/>
        <source>Stakeholder</source>
        <translation>Заинтересованная сторона</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="231"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="232"/>
        <source>Interest (1-5)</source>
        <translation>Интерес (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="233"/>
        <source>Influence (1-5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="234"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="235"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="238"/>
        <location filename="../../reports/pdf_lessons.py" line="38"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="241"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="242"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="243"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="244"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="247"/>
        <source>Input</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="249"/>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="250"/>
        <source>Fed the priority</source>
        <translation>Учтено в приоритете</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_steps.py" line="251"/>
        <source>Inputs received and what became of them</source>
        <translation>Полученные предложения и их судьба</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="51"/>
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="52"/>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="152"/>
        <source>Laying out the pages</source>
        <translation>Вёрстка страниц</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Political commitment</source>
        <translation>Политическая приверженность</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Institutional set-up</source>
        <translation>Институциональная основа</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Planning integration</source>
        <translation>Включение в планирование</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>Capacity</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="43"/>
        <source>UN coordination</source>
        <translation>Координация в системе ООН</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="44"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>Country-specific</source>
        <translation>Для данной страны</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="48"/>
        <source>Regional</source>
        <translation>Региональная</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="49"/>
        <source>General</source>
        <translation>Общая</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="54"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="55"/>
        <source>Incorporated</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="75"/>
        <source>Reading the lessons</source>
        <translation>Чтение уроков</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="91"/>
        <source>Writing the report</source>
        <translation>Составление доклада</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="93"/>
        <source>Consolidated lessons-learned report</source>
        <translation>Сводный доклад об извлечённых уроках</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="110"/>
        <source>Cross-country</source>
        <translation>Несколько стран</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="117"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>Чему научились пилотные страны, учитывая миграцию в планировании развития, и какие изменения руководства вытекают из этих уроков.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <location filename="../../reports/pdf_lessons.py" line="174"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>Уроков: {lessons} · стран: {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Consolidated report</source>
        <translation>Сводный доклад</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>Lessons by theme and country</source>
        <translation>Уроки по темам и странам</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="137"/>
        <source>No lesson has been recorded yet.</source>
        <translation>Уроки ещё не внесены.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <location filename="../../reports/pdf_lessons.py" line="159"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="160"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="142"/>
        <source>Recurring themes</source>
        <translation>Повторяющиеся темы</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Handbook change proposals</source>
        <translation>Предложения об изменении руководства</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="145"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>Темы, по которым есть уроки из {count} и более стран, повторяются по всему портфелю; они выделены.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="170"/>
        <source>The lessons, theme by theme</source>
        <translation>Уроки по темам</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="177"/>
        <source>a recurring theme across the portfolio</source>
        <translation>тема, повторяющаяся по всему портфелю</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="193"/>
        <source>Validated by</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>Proposed changes to the handbook</source>
        <translation>Предлагаемые изменения руководства</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>Изменения руководства ещё не предлагались.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="209"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>Каждое предложение с уроками, на которых оно основано (номера — как в перечне уроков выше).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>no lesson linked yet</source>
        <translation>уроки ещё не привязаны</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="223"/>
        <source>Handbook section</source>
        <translation>Раздел руководства</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Proposed change</source>
        <translation>Предлагаемое изменение</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="226"/>
        <source>Lessons behind it</source>
        <translation>Уроки, на которых основано</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../core/review.py" line="144"/>
        <source>Only the GMG hub writes review comments; a country answers them.</source>
        <translation>Замечания пишет только центр ГГМ; страна на них отвечает.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="147"/>
        <source>Write the comment first.</source>
        <translation>Сначала напишите замечание.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="149"/>
        <source>There is no such step.</source>
        <translation>Такого этапа нет.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="166"/>
        <source>Write the answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="172"/>
        <source>This comment is closed; the hub can reopen it.</source>
        <translation>Это замечание закрыто; центр может открыть его снова.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="190"/>
        <source>Only the GMG hub closes or reopens a review comment.</source>
        <translation>Закрывать и открывать замечания может только центр ГГМ.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="199"/>
        <source>A step is submitted for review by its country.</source>
        <translation>Этап представляется на рецензирование его страной.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="205"/>
        <source>This step is already submitted or approved.</source>
        <translation>Этот этап уже представлен или утверждён.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="214"/>
        <location filename="../../core/review.py" line="227"/>
        <source>Only the GMG hub decides on a step&apos;s review.</source>
        <translation>Решение по рецензированию этапа принимает только центр ГГМ.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="216"/>
        <source>Say what must change before the step can be approved.</source>
        <translation>Укажите, что нужно изменить, чтобы этап можно было утвердить.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="232"/>
        <source>{count} blocker or major comment(s) on this step are still open.</source>
        <translation>По этому этапу ещё открыты блокирующие или существенные замечания: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>changes requested</source>
        <translation>запрошены изменения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>submitted for review</source>
        <translation>представлен на рецензирование</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="62"/>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>blocker</source>
        <translation>блокирующее</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>major</source>
        <translation>существенное</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>minor</source>
        <translation>незначительное</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>suggestion</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>answered</source>
        <translation>есть ответ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>won&apos;t fix</source>
        <translation>не будет исправлено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="77"/>
        <source>Whole workspace</source>
        <translation>Всё рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Этап {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="102"/>
        <source>&amp;Step</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="103"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Важность</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="131"/>
        <source>Reading the review…</source>
        <translation>Чтение рецензирования…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="135"/>
        <source>Open comments</source>
        <translation>Открытые замечания</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="136"/>
        <source>Review status of each step</source>
        <translation>Статус рецензирования каждого этапа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="145"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="146"/>
        <source>Review comments</source>
        <translation>Замечания рецензентов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="154"/>
        <source>&amp;Submit for review…</source>
        <translation>&amp;Представить на рецензирование…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="155"/>
        <source>&amp;Request changes…</source>
        <translation>&amp;Запросить изменения…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="156"/>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="157"/>
        <source>&amp;New comment…</source>
        <translation>&amp;Новое замечание…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="158"/>
        <source>A&amp;nswer…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="159"/>
        <source>Mark &amp;resolved</source>
        <translation>Отметить как &amp;решённое</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="160"/>
        <source>&amp;Won&apos;t fix</source>
        <translation>&amp;Не исправлять</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="161"/>
        <source>Re&amp;open</source>
        <translation>Открыть с&amp;нова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="162"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="223"/>
        <source>Reading the review</source>
        <translation>Чтение рецензирования</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="239"/>
        <source>{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them blocker or major.</source>
        <translation>Утверждено этапов: {approved} из {steps}; открытых замечаний: {open}, из них блокирующих или существенных: {blocking}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="252"/>
        <source>{open} ({blocking} blocking)</source>
        <translation>{open} (блокирующих {blocking})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="295"/>
        <source>{days} d</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>A note for the reviewers (optional)</source>
        <translation>Примечание для рецензентов (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>Submit for review</source>
        <translation>Представить на рецензирование</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="337"/>
        <source>Submitting the step</source>
        <translation>Представление этапа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>Request changes</source>
        <translation>Запросить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>What must change before the step can be approved</source>
        <translation>Что нужно изменить, чтобы этап можно было утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="346"/>
        <source>Requesting changes</source>
        <translation>Запрос изменений</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="351"/>
        <source>Approving the step</source>
        <translation>Утверждение этапа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>New review comment</source>
        <translation>Новое замечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="357"/>
        <source>Saving the comment</source>
        <translation>Сохранение замечания</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer the comment</source>
        <translation>Ответ на замечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="366"/>
        <source>Saving the answer</source>
        <translation>Сохранение ответа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="371"/>
        <source>Saving the comment&apos;s status</source>
        <translation>Сохранение статуса замечания</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="379"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/status_texts.py" line="13"/>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="14"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="15"/>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="16"/>
        <source>Changes requested</source>
        <translation>Запрошены изменения</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="17"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="43"/>
        <source>Priority without evidence</source>
        <translation>Приоритет без доказательной базы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="44"/>
        <source>Endorsed priority without actions</source>
        <translation>Одобренный приоритет без мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="45"/>
        <source>Endorsed priority without funding</source>
        <translation>Одобренный приоритет без финансирования</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="46"/>
        <source>Action outside the plan</source>
        <translation>Мероприятие вне плана</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="47"/>
        <source>Action nothing measures</source>
        <translation>Мероприятие без показателя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="48"/>
        <source>Indicator without baseline</source>
        <translation>Показатель без исходного уровня</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="49"/>
        <source>Indicator without target</source>
        <translation>Показатель без целевого значения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="50"/>
        <source>Instrument without indicators</source>
        <translation>Инструмент без показателей</translation>
    </message>
</context>
</TS>
