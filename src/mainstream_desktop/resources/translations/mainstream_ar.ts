<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="28"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="37"/>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation>كُتب سجل التدقيق: {count} تغيير (تغييرات) في {code} في {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_export.py" line="49"/>
        <source>Writing the audit trail</source>
        <translation>جارٍ كتابة سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="64"/>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="69"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="70"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="71"/>
        <source>Export data…</source>
        <translation>تصدير البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="75"/>
        <location filename="../../ui/widgets/chart_panel.py" line="97"/>
        <source>Drawing…</source>
        <translation>جارٍ الرسم…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="105"/>
        <source>Drawing the chart</source>
        <translation>رسم المخطط البياني</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="174"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="177"/>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="178"/>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="181"/>
        <source>Export the chart&apos;s data</source>
        <translation>تصدير بيانات الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_panel.py" line="182"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="24"/>
        <source>Which column is which?</source>
        <translation>ما هو كل عمود؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="28"/>
        <source>Means</source>
        <translation>يعني</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="34"/>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Columns marked * are needed. Every number also needs a unit; the workspace&apos;s country is used when no country column is given.</source>
        <translation>الأعمدة المعلَّمة بـ * مطلوبة. ويحتاج كل رقم أيضًا إلى وحدة؛ ويُستخدم بلد مساحة العمل عند عدم وجود عمود للبلد.</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="100"/>
        <source>Conflicts in {code}</source>
        <translation>التعارضات في {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="102"/>
        <source>Reading the conflicts…</source>
        <translation>جارٍ قراءة التعارضات…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Before both edits</source>
        <translation>قبل التعديلين</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="105"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <source>Value kept on every site</source>
        <translation>القيمة المحتفظ بها في كل موقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="106"/>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Written by</source>
        <translation>كتبها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="107"/>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="108"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="112"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="113"/>
        <source>Keep the value every site holds now</source>
        <translation>إبقاء القيمة التي يحملها كل موقع الآن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="115"/>
        <source>Take the other</source>
        <translation>أخذ الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="116"/>
        <source>Replace it with the other value, on every site</source>
        <translation>استبدالها بالقيمة الأخرى في كل موقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="118"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="119"/>
        <source>Type a value of your own</source>
        <translation>اكتب قيمة من عندك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="121"/>
        <source>History of this record…</source>
        <translation>سجل تاريخ هذا السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="150"/>
        <source>Reading the conflicts</source>
        <translation>قراءة التعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="167"/>
        <source>{count} open conflict(s). Every site holds the kept value; choose for each what should stay. Your answer travels with the next bundle and closes the conflict on every site.</source>
        <translation>{count} تعارض (تعارضات) مفتوح. يحمل كل موقع القيمة المحتفظ بها؛ اختر لكل منها ما يجب أن يبقى. تنتقل إجابتك مع الحزمة التالية وتغلق التعارض في كل موقع.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="175"/>
        <source>No open conflict in {code}.</source>
        <translation>لا يوجد تعارض مفتوح في {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="191"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
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
        <translation>حفظ الإجابة</translation>
    </message>
</context>
<context>
    <name>CountryReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>Country report (PDF)</source>
        <translation>التقرير القُطري (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="230"/>
        <source>Without personal data (names, e-mails, phones)</source>
        <translation>بدون بيانات شخصية (الأسماء، البريد الإلكتروني، الهواتف)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="233"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="242"/>
        <source>Writing the country report</source>
        <translation>كتابة التقرير القُطري</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="149"/>
        <location filename="../../ui/widgets/form_fields.py" line="166"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="150"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="151"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="180"/>
        <source>Not attached</source>
        <translation>غير مرفق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="198"/>
        <source>Attaching the document</source>
        <translation>إرفاق الوثيقة</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="92"/>
        <source>Send a bundle of {code}</source>
        <translation>إرسال حزمة من {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="95"/>
        <source>Everything (a full bundle, for any site)</source>
        <translation>كل شيء (حزمة كاملة، لأي موقع)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="98"/>
        <source>Encrypt for this partner: only its site can open the file</source>
        <translation>التشفير لهذا الشريك: لا يستطيع فتح الملف إلا موقعه</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="99"/>
        <source>Send everything again, not only what the partner has not received yet</source>
        <translation>إرسال كل شيء مرة أخرى، وليس فقط ما لم يتلقَّه الشريك بعد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="102"/>
        <location filename="../../ui/dialogs/exchange_export.py" line="115"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="103"/>
        <source>a USB stick, or the folder you send mail from</source>
        <translation>ذاكرة USB، أو المجلد الذي ترسل منه البريد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="104"/>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="112"/>
        <source>Send to</source>
        <translation>إرسال إلى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="116"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="122"/>
        <source>Write the bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="124"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>country site</source>
        <translation>موقع قُطري</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="138"/>
        <source>hub</source>
        <translation>مركز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="139"/>
        <source>hub site</source>
        <translation>موقع المركز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="140"/>
        <source>{name} ({role}, trusted for {workspaces})</source>
        <translation>{name} ({role}، موثوق به لـ {workspaces})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="168"/>
        <source>A full bundle carries every change of {code}, whoever wrote it, and is not encrypted. A site that trusts this site&apos;s card for {code} can import it; the changes written at other sites are applied there only if it trusts those sites too.</source>
        <translation>تحمل الحزمة الكاملة كل تغييرات {code} أيًّا كان كاتبها، وهي غير مشفّرة. يمكن لأي موقع يثق في بطاقة هذا الموقع لـ {code} أن يستوردها؛ ولا تُطبَّق هناك التغييرات المكتوبة في مواقع أخرى إلا إذا كان يثق في تلك المواقع أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="172"/>
        <source>No partner is trusted yet: trust its card under Exchange › Trusted sites to send only what it lacks, encrypted for it.</source>
        <translation>لا يوجد شريك موثوق به بعد: ثِق ببطاقته من التبادل › المواقع الموثوقة لإرسال ما ينقصه فقط، مشفرًا له.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="175"/>
        <source>The bundle carries what {name} has not received from this site yet; the next bundle for it starts where this one ends.</source>
        <translation>تحمل الحزمة ما لم يتلقَّه {name} من هذا الموقع بعد؛ وتبدأ الحزمة التالية له حيث تنتهي هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="215"/>
        <source>{count} changes written</source>
        <translation>كُتب {count} تغييرًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="226"/>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="227"/>
        <source>Writing the bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="233"/>
        <source>Bundle written: {path}</source>
        <translation>كُتبت الحزمة: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="234"/>
        <source>{changes} change(s) and {attachments} attachment(s), {size}.</source>
        <translation>{changes} تغيير (تغييرات) و{attachments} مرفق (مرفقات)، {size}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="238"/>
        <source>Everything of {code}, for {name}.</source>
        <translation>كل ما يخص {code}، لـ {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="240"/>
        <source>What {name} had not received yet.</source>
        <translation>ما لم يتلقَّه {name} بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="242"/>
        <source>Everything of {code}, for any site that trusts this one.</source>
        <translation>كل ما يخص {code}، لأي موقع يثق بهذا الموقع.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="245"/>
        <source>Nothing new for {name}: the bundle carries no change (importing it does no harm).</source>
        <translation>لا جديد لـ {name}: لا تحمل الحزمة أي تغيير (واستيرادها لا يضر).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="247"/>
        <source>Encrypted for {name}: only its site can open it.</source>
        <translation>مشفرة لـ {name}: لا يستطيع فتحها إلا موقعه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="249"/>
        <source>Not encrypted: it is signed, so any change to it is detected, but anyone can read it.</source>
        <translation>غير مشفرة: إنها موقَّعة، فيُكتشف أي تغيير فيها، لكن يستطيع أي أحد قراءتها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="261"/>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="269"/>
        <source>The bundle was not written: {reason}</source>
        <translation>لم تُكتب الحزمة: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="274"/>
        <source>Unlocking the keys</source>
        <translation>فتح المفاتيح</translation>
    </message>
    <message>
        <source>A full bundle carries every change of {code}. Any site that trusts this site&apos;s card for {code} can import it; it is not encrypted.</source>
        <translation type="obsolete">تحمل الحزمة الكاملة كل تغيير في {code}. ويمكن لأي موقع يثق ببطاقة هذا الموقع لـ {code} استيرادها؛ وهي غير مشفرة.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="68"/>
        <source>records this site does not have yet</source>
        <translation>سجلات ليست لدى هذا الموقع بعد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="69"/>
        <source>changes applied to records that are here</source>
        <translation>تغييرات طُبقت على سجلات موجودة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="70"/>
        <source>already so here</source>
        <translation>هو كذلك هنا بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>Already here</source>
        <translation>موجود هنا بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="71"/>
        <source>changes received before (a bundle sent twice, or passed on)</source>
        <translation>تغييرات وردت من قبل (حزمة أُرسلت مرتين، أو مُرِّرت)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>Conflicting</source>
        <translation>متعارض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="72"/>
        <source>edited here and there at once: both values are kept; see Exchange › Conflicts</source>
        <translation>عُدِّل هنا وهناك في آن واحد: يُحتفظ بالقيمتين؛ انظر التبادل › التعارضات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="74"/>
        <source>waiting for earlier changes from their sender; applied when those arrive</source>
        <translation>في انتظار تغييرات سابقة من مرسلها؛ تُطبق عند وصولها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="75"/>
        <source>refused with the reason; kept aside, never applied</source>
        <translation>رُفض مع ذكر السبب؛ يُحفظ جانبًا ولا يُطبق أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="97"/>
        <source>Receive a bundle</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="101"/>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="113"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="114"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="115"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="116"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="117"/>
        <source>Choose a bundle file: it is checked and rehearsed first; nothing is written until you press Import.</source>
        <translation>اختر ملف حزمة: يُفحص ويُجرَّب أولًا؛ ولا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="122"/>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="124"/>
        <source>Changes in the bundle, by category</source>
        <translation>التغييرات في الحزمة، حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="126"/>
        <location filename="../../ui/dialogs/exchange_import.py" line="137"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Id</source>
        <translation>المعرِّف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="128"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="132"/>
        <source>Changes in the bundle, one by one</source>
        <translation>التغييرات في الحزمة، واحدًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="141"/>
        <source>New records and unchanged ones are counted, not listed.</source>
        <translation>تُعد السجلات الجديدة وغير المتغيرة ولا تُسرد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="149"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="153"/>
        <source>Check the next of the bundles chosen together</source>
        <translation>فحص الحزمة التالية من الحزم المختارة معًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="173"/>
        <source>Trusted sites…</source>
        <translation>المواقع الموثوقة…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="199"/>
        <source>Next bundle ({count} left)</source>
        <translation>الحزمة التالية (المتبقي {count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="211"/>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="213"/>
        <source>Checking the bundle</source>
        <translation>فحص الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="218"/>
        <source>{done} of {total} changes</source>
        <translation>{done} من {total} تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="237"/>
        <source>Preview: nothing has been written yet. {total} change(s) from {sender}.</source>
        <translation>معاينة: لم يُكتب شيء بعد. {total} تغيير (تغييرات) من {sender}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="246"/>
        <source>{count} change(s) conflict with edits made here: the same value is kept on every site, and the other one waits under Exchange › Conflicts.</source>
        <translation>{count} تغيير (تغييرات) تتعارض مع تعديلات أُجريت هنا: تُحفظ القيمة نفسها في كل موقع، وتنتظر الأخرى في التبادل › التعارضات.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="250"/>
        <source>{count} change(s) wait for earlier changes from their sender: import the bundles in between (or a full bundle).</source>
        <translation>{count} تغيير (تغييرات) تنتظر تغييرات سابقة من مرسلها: استورد الحزم الواقعة بينها (أو حزمة كاملة).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="253"/>
        <source>{count} change(s) are rejected: see the reasons below.</source>
        <translation>رُفض {count} تغيير (تغييرات): انظر الأسباب أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="256"/>
        <source>Every change of this bundle is here already.</source>
        <translation>كل تغيير في هذه الحزمة موجود هنا بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="265"/>
        <source>{code} (not the workspace open now, {current})</source>
        <translation>{code} (ليست مساحة العمل المفتوحة الآن، {current})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>changes since the last bundle</source>
        <translation>التغييرات منذ آخر حزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="267"/>
        <source>full</source>
        <translation>كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="268"/>
        <source>{kind}, {total} change(s); id {id}</source>
        <translation>{kind}، {total} تغيير (تغييرات)؛ المعرِّف {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="271"/>
        <source>Already imported on {when}: nothing to do.</source>
        <translation>استُوردت بالفعل في {when}: لا شيء للقيام به.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="288"/>
        <source>Every change listed ({count})</source>
        <translation>كل تغيير مُدرج ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="320"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="322"/>
        <source>Importing the bundle</source>
        <translation>استيراد الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="330"/>
        <source>Applied {count} change(s) from {sender} to {code}.</source>
        <translation>طُبِّق {count} تغيير (تغييرات) من {sender} على {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="331"/>
        <source>Nothing from {sender} was applied to {code}.</source>
        <translation>لم يُطبَّق أي شيء من {sender} على {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="335"/>
        <source>{count} change(s) that were waiting could be applied now.</source>
        <translation>أمكن الآن تطبيق {count} تغيير (تغييرات) كانت قيد الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="338"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>أُخذت نسخة احتياطية متحقق منها أولًا: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="356"/>
        <source>Cancelled: nothing was imported (an import is all or nothing).</source>
        <translation>أُلغي: لم يُستورد شيء (الاستيراد كله أو لا شيء).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="357"/>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="360"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>لم تُستورد الحزمة: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="363"/>
        <source>The bundle was refused; nothing was written.</source>
        <translation>رُفضت الحزمة؛ ولم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="364"/>
        <source>If the sender is not trusted yet, or not for this workspace: check the fingerprint of its card with the sender by phone, trust it under &lt;b&gt;Trusted sites…&lt;/b&gt;, then choose the file again.</source>
        <translation>إذا لم يكن المرسل موثوقًا به بعد، أو لم يكن موثوقًا به لمساحة العمل هذه: تحقق من بصمة بطاقته مع المرسل هاتفيًا، وثِق به من &lt;b&gt;المواقع الموثوقة…&lt;/b&gt;، ثم اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="367"/>
        <source>If the file was altered or damaged on the way: ask the sender to write it again.</source>
        <translation>إذا عُدِّل الملف أو تلف في الطريق: اطلب من المرسل كتابته مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="368"/>
        <source>If it was made by a newer version of the program: update Mainstream Desktop.</source>
        <translation>إذا أُنشئ بإصدار أحدث من البرنامج: حدِّث Mainstream Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>What to do:</source>
        <translation>ما العمل:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="370"/>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="377"/>
        <source>Unlocking the keys</source>
        <translation>فتح المفاتيح</translation>
    </message>
    <message>
        <source>Imported {total} change(s) from {sender} into {code}.</source>
        <translation type="obsolete">استُورد {total} تغيير (تغييرات) من {sender} إلى {code}.</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusDialog</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="190"/>
        <source>Exchange status of {code}</source>
        <translation>حالة التبادل لـ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="194"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>ExchangeStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="105"/>
        <location filename="../../ui/widgets/exchange_status.py" line="133"/>
        <source>Reading the exchange status…</source>
        <translation>جارٍ قراءة حالة التبادل…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Last sent</source>
        <translation>آخر إرسال</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="109"/>
        <source>Sent up to</source>
        <translation>أُرسل حتى</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="110"/>
        <source>Received up to</source>
        <translation>استُلم حتى</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="111"/>
        <source>Partner sites</source>
        <translation>المواقع الشريكة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="112"/>
        <source>“Sent up to” and “Received up to” are for this workspace: the highest change number sent to the partner, and the number up to which every change of the partner is here. The last sent and received times are for any workspace.</source>
        <translation>«أُرسل حتى» و«استُلم حتى» خاصان بمساحة العمل هذه: أعلى رقم تغيير أُرسل إلى الشريك، والرقم الذي وصل حتاه كل تغيير من الشريك. أما آخر أوقات الإرسال والاستلام فتخص أي مساحة عمل.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="119"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="120"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="121"/>
        <source>Changes waiting or refused</source>
        <translation>التغييرات المنتظرة أو المرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="135"/>
        <source>Reading the exchange status</source>
        <translation>قراءة حالة التبادل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="143"/>
        <source>Exchanges of {code} at {site}: {partners} partner site(s); {conflicts} open conflict(s).</source>
        <translation>تبادلات {code} في {site}: {partners} موقع (مواقع) شريك؛ {conflicts} تعارض (تعارضات) مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="151"/>
        <source>(no longer trusted) {site}</source>
        <translation>(لم يعد موثوقًا به) {site}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="157"/>
        <source>{held} change(s) waiting for earlier changes from their sender (they are applied when those arrive); {rejected} rejected (kept here with the reason, never applied).</source>
        <translation>{held} تغيير (تغييرات) تنتظر تغييرات سابقة من مرسلها (تُطبق عند وصولها)؛ {rejected} مرفوض (محفوظ هنا مع السبب، ولا يُطبق أبدًا).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="164"/>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub</source>
        <translation>مركز</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="172"/>
        <source>hub site</source>
        <translation>موقع المركز</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="173"/>
        <source>country site</source>
        <translation>موقع قُطري</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="175"/>
        <source> (not trusted for this workspace)</source>
        <translation> (غير موثوق به لمساحة العمل هذه)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="180"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>change {number}</source>
        <translation>التغيير {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/exchange_status.py" line="183"/>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
</context>
<context>
    <name>HubRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="23"/>
        <source>Peer exchanges and handbook proposals</source>
        <translation>تبادلات الأقران ومقترحات الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="24"/>
        <source>Records of the whole pilot portfolio, kept at this site: the learning missions between countries, and the changes to the handbook proposed from the lessons.</source>
        <translation>سجلات حافظة المشاريع التجريبية بأكملها، المحفوظة في هذا الموقع: بعثات التعلم بين البلدان، والتغييرات المقترحة على الدليل بناءً على الدروس.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="34"/>
        <source>Lessons behind each proposal</source>
        <translation>الدروس وراء كل مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="37"/>
        <source>Peer exchanges</source>
        <translation>تبادلات الأقران</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hub_records_dialog.py" line="38"/>
        <source>Handbook proposals</source>
        <translation>مقترحات الدليل</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="60"/>
        <source>Import a statistics table into {code}</source>
        <translation>استيراد جدول إحصائي إلى {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="64"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>Detect automatically</source>
        <translation>الكشف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="67"/>
        <source>UN DESA migrant stock or flows</source>
        <translation>رصيد المهاجرين أو تدفقاتهم من إدارة الشؤون الاقتصادية والاجتماعية (UN DESA)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>UNHCR population statistics</source>
        <translation>إحصاءات السكان من المفوضية (UNHCR)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="68"/>
        <source>World Bank WDI download</source>
        <translation>تنزيل من مؤشرات التنمية العالمية (WDI) للبنك الدولي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>ILOSTAT CSV</source>
        <translation>ILOSTAT بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="69"/>
        <source>Mainstream Desktop template</source>
        <translation>قالب Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="73"/>
        <source>Map columns…</source>
        <translation>مطابقة الأعمدة…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="74"/>
        <source>For a spreadsheet of your own: say which column holds what.</source>
        <translation>لجدول بيانات خاص بك: حدِّد أي عمود يحمل ماذا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="79"/>
        <source>Save an empty template…</source>
        <translation>حفظ قالب فارغ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="86"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="87"/>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="88"/>
        <source>Choose a file: nothing is written until you press Import.</source>
        <translation>اختر ملفًا: لا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="92"/>
        <source>Why it was rejected</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="95"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="132"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="141"/>
        <source>Reading the table</source>
        <translation>قراءة الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="146"/>
        <source>Preview of {name} ({source}): nothing has been written yet.</source>
        <translation>معاينة {name} ({source}): لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="154"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} للإضافة، {updated} للتحديث، {unchanged} دون تغيير، {rejected} مرفوض.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="158"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{added} أُضيف، {updated} حُدِّث، {unchanged} دون تغيير، {rejected} مرفوض.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="161"/>
        <source>{count} rows concern other countries and are left out.</source>
        <translation>{count} صفًا تخص بلدانًا أخرى وقد استُبعدت.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="164"/>
        <source>Nothing to import: this workspace already holds every row of the file.</source>
        <translation>لا شيء للاستيراد: تحتوي مساحة العمل هذه بالفعل على كل صفوف الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="176"/>
        <source>For a spreadsheet of your own, press “Map columns…” and say which column holds what.</source>
        <translation>لجدول بيانات خاص بك، اضغط «مطابقة الأعمدة…» وحدِّد أي عمود يحمل ماذا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="186"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="190"/>
        <source>Imported from {source}.</source>
        <translation>استُورد من {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="215"/>
        <source>Reading the columns</source>
        <translation>قراءة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="236"/>
        <source>Template saved: {path}</source>
        <translation>حُفظ القالب: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="239"/>
        <source>Save the template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LessonsReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="264"/>
        <source>Lessons-learned report (PDF)</source>
        <translation>تقرير الدروس المستفادة (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="265"/>
        <source>The lessons of every workspace in this data folder, by theme and country, and the handbook changes they call for.</source>
        <translation>دروس كل مساحة عمل في مجلد البيانات هذا، حسب الموضوع والبلد، والتغييرات التي تستدعيها في الدليل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="276"/>
        <source>Writing the lessons-learned report</source>
        <translation>كتابة تقرير الدروس المستفادة</translation>
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
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&lt;h2&gt;Opening the data folder…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;جارٍ فتح مجلد البيانات…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>  ·  Site: {name}</source>
        <translation>  ·  الموقع: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;&lt;p&gt;Create one with &lt;b&gt;File › New workspace&lt;/b&gt;, or start the program with &lt;code&gt;--demo&lt;/code&gt; to explore the eight pilot countries.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;لا توجد مساحة عمل بعد&lt;/h2&gt;&lt;p&gt;أنشئ واحدة من &lt;b&gt;ملف › مساحة عمل جديدة&lt;/b&gt;، أو شغّل البرنامج مع &lt;code&gt;--demo&lt;/code&gt; لاستكشاف البلدان التجريبية الثمانية.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;New workspace…</source>
        <translation>مساحة &amp;عمل جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;About Mainstream Desktop</source>
        <translation>&amp;حول Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>E&amp;xchange</source>
        <translation>&amp;تبادل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Receive a bundle…</source>
        <translation>ا&amp;ستلام حزمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Send a bundle…</source>
        <translation>إ&amp;رسال حزمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Conflicts…</source>
        <translation>التع&amp;ارضات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Trusted sites…</source>
        <translation>المواقع ال&amp;موثوقة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Exchange &amp;status…</source>
        <translation>&amp;حالة التبادل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Export the &amp;audit trail…</source>
        <translation>تصدير سجل ال&amp;تدقيق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Every change of the workspace, who made it and when, as a CSV file</source>
        <translation>كل تغيير في مساحة العمل، ومن أجراه ومتى، في ملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Re&amp;view</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Review &amp;desk…</source>
        <translation>مكتب ال&amp;مراجعة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Peer exchanges and handbook proposals…</source>
        <translation>تبادلات الأ&amp;قران ومقترحات الدليل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Country report (PDF)…</source>
        <translation>التقرير ال&amp;قُطري (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Lessons-learned report (PDF)…</source>
        <translation>تقرير الدروس ال&amp;مستفادة (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Export workspace to &amp;Excel…</source>
        <translation>تصدير مساحة العمل إلى &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Export workspace to C&amp;SV…</source>
        <translation>تصدير مساحة العمل إلى C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Portfolio…</source>
        <translation>&amp;الحافظة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Where every workspace of this data folder stands, side by side</source>
        <translation>أين تقف كل مساحة عمل في مجلد البيانات هذا، جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>The window cannot open</source>
        <translation>تعذر فتح النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Workspace: </source>
        <translation>مساحة العمل: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>The wizard cannot open</source>
        <translation>تعذر فتح المعالج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Workspace {code} saved</source>
        <translation>حُفظت مساحة العمل {code}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>The audit trail was not written</source>
        <translation>لم يُكتب سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Backup written and verified: {path}</source>
        <translation>كُتبت النسخة الاحتياطية وتُحقق منها: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Backing up the database</source>
        <translation>النسخ الاحتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Still working: close again when the task has finished.</source>
        <translation>لا يزال العمل جاريًا: أغلق مرة أخرى عند انتهاء المهمة.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="30"/>
        <source>What the numbers say, in a few sentences…</source>
        <translation>ما تقوله الأرقام، في بضع جمل…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="32"/>
        <source>This section is done</source>
        <translation>اكتمل هذا القسم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/narrative_editor.py" line="71"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
</context>
<context>
    <name>ObservationExporter</name>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="54"/>
        <source>{done} of {total} rows</source>
        <translation>{done} من {total} صف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="66"/>
        <source>Exporting the observations</source>
        <translation>تصدير المشاهدات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="72"/>
        <source>Exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="73"/>
        <source>{rows} observations (the rows the filters show) written to
{path}</source>
        <translation>كُتبت {rows} مشاهدة (الصفوف التي تُظهرها عوامل التصفية) في
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="79"/>
        <location filename="../../ui/widgets/observation_export.py" line="82"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_export.py" line="80"/>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>ObservationTable</name>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="125"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="126"/>
        <source>Save the rows the filters show (all of them, in this order) as an Excel workbook or a CSV file</source>
        <translation>حفظ الصفوف التي تُظهرها عوامل التصفية (كلها، بهذا الترتيب) كمصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="139"/>
        <source>The change was refused</source>
        <translation>رُفض التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="149"/>
        <source>Search indicator, partner, note or source…</source>
        <translation>البحث عن مؤشر أو شريك أو ملاحظة أو مصدر…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="152"/>
        <source>All indicators</source>
        <translation>كل المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="155"/>
        <source>Any sex</source>
        <translation>أي جنس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="157"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="158"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="159"/>
        <source>To year</source>
        <translation>إلى سنة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="161"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="169"/>
        <source>Indicator:</source>
        <translation>المؤشر:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Sex:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="170"/>
        <source>Years:</source>
        <translation>السنوات:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="178"/>
        <source>The numbers of the profile</source>
        <translation>أرقام الملف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="202"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="203"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="209"/>
        <source>&amp;Paste values</source>
        <translation>&amp;لصق القيم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="211"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;حذف الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="213"/>
        <source>&amp;History of this row…</source>
        <translation>&amp;سجل هذا الصف…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="242"/>
        <source>Checking the observations</source>
        <translation>فحص المشاهدات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="276"/>
        <source>Paste {n} values</source>
        <translation>لصق {n} قيمة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="277"/>
        <location filename="../../ui/widgets/observation_table.py" line="383"/>
        <source>The paste was refused; nothing was changed</source>
        <translation>رُفض اللصق؛ ولم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="285"/>
        <source>Delete {n} observations</source>
        <translation>حذف {n} مشاهدة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="286"/>
        <source>The rows were not deleted</source>
        <translation>لم تُحذف الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="307"/>
        <source>The change could not be undone or redone</source>
        <translation>تعذر التراجع عن التغيير أو إعادته</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="318"/>
        <source>The checks could not run: {reason}</source>
        <translation>تعذر إجراء الفحوص: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="342"/>
        <source>Edit {column}</source>
        <translation>تعديل {column}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Nothing to paste into</source>
        <translation>لا شيء للصق فيه</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="364"/>
        <source>Select the first cell to paste into.</source>
        <translation>اختر الخلية الأولى للصق فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste does not fit</source>
        <translation>اللصق لا يتسع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="367"/>
        <source>The paste has {lines} lines, but only {rows} rows follow the current cell.</source>
        <translation>يحتوي اللصق على {lines} سطر، لكن لا يلي الخلية الحالية سوى {rows} صف.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="380"/>
        <source>Line {line}: “{text}” is not a number.</source>
        <translation>السطر {line}: «{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="418"/>
        <source>{n} observations</source>
        <translation>{n} مشاهدة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="421"/>
        <source>✓ All changes saved</source>
        <translation>✓ حُفظت كل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/observation_table.py" line="428"/>
        <source>Last change refused; nothing was changed</source>
        <translation>رُفض آخر تغيير؛ ولم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="210"/>
        <source>“{text}” is not a valid entry for this column.</source>
        <translation>«{text}» ليس إدخالًا صالحًا لهذا العمود.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="381"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="382"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="383"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="384"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Migration type</source>
        <translation>نوع الهجرة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="385"/>
        <source>Voluntariness</source>
        <translation>الطوعية</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="386"/>
        <source>Skill level</source>
        <translation>مستوى المهارة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Education (ISCED)</source>
        <translation>التعليم (ISCED)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="387"/>
        <source>Occupation (ISCO)</source>
        <translation>المهنة (ISCO)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Data type</source>
        <translation>نوع البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="388"/>
        <source>Sector (ISIC)</source>
        <translation>القطاع (ISIC)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="389"/>
        <source>Source table</source>
        <translation>جدول المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Estimate</source>
        <translation>تقدير</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="395"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Forecast</source>
        <translation>توقع</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="396"/>
        <source>Provisional</source>
        <translation>مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Break in series</source>
        <translation>انقطاع في السلسلة</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/observation_table_model.py" line="397"/>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="47"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>OptionalYearSpin</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="64"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/dialogs/portfolio_dialog.py" line="21"/>
        <source>Portfolio: all workspaces</source>
        <translation>الحافظة: كل مساحات العمل</translation>
    </message>
</context>
<context>
    <name>PortfolioStatusModel</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="128"/>
        <source>Step {number}</source>
        <translation>الخطوة {number}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Last update</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="133"/>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="168"/>
        <source>The newest change to any record of this workspace.</source>
        <translation>أحدث تغيير على أي سجل في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="174"/>
        <source>Step {number}: {title}</source>
        <translation>الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="177"/>
        <source>{status}, {percent}% complete</source>
        <translation>{status}، مكتملة بنسبة {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="179"/>
        <source>In this status since {day} ({days} days)</source>
        <translation>في هذه الحالة منذ {day} ({days} يومًا)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="182"/>
        <source>In progress from its records; the step itself was never started.</source>
        <translation>قيد التنفيذ وفق سجلاتها؛ لكن الخطوة نفسها لم تبدأ قط.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="184"/>
        <source>{count} open review comment(s)</source>
        <translation>{count} تعليق (تعليقات) مراجعة مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="188"/>
        <source>Still missing:</source>
        <translation>لا يزال ناقصًا:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="189"/>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="199"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="290"/>
        <source>Reading the portfolio…</source>
        <translation>جارٍ قراءة الحافظة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="201"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="206"/>
        <source>Where each country stands, step by step</source>
        <translation>أين يقف كل بلد، خطوة بخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="214"/>
        <source>Open review comments</source>
        <translation>تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="217"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="218"/>
        <location filename="../../ui/widgets/portfolio_view.py" line="420"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="219"/>
        <source>Lessons by theme and country</source>
        <translation>الدروس حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="220"/>
        <source>Indicators compared</source>
        <translation>مقارنة المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="222"/>
        <source>The expert&apos;s questions</source>
        <translation>أسئلة الخبير</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="226"/>
        <source>Status matrix</source>
        <translation>مصفوفة الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="227"/>
        <source>Review comments</source>
        <translation>تعليقات المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="228"/>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="229"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="230"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="246"/>
        <source>Each cell: how complete the step is and its status; ✎ counts the open review comments. Point at a cell for the days in its status and what is still missing.</source>
        <translation>كل خلية: مدى اكتمال الخطوة وحالتها؛ ويعدّ ✎ تعليقات المراجعة المفتوحة. أشِر إلى خلية لمعرفة عدد الأيام في حالتها وما لا يزال ناقصًا.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="280"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="282"/>
        <source>Oldest open (days)</source>
        <translation>أقدم مفتوح (أيام)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="298"/>
        <source>Reading the portfolio</source>
        <translation>قراءة الحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="303"/>
        <source>Not read: cancelled.</source>
        <translation>لم تُقرأ: أُلغيت.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="308"/>
        <source>{count} workspaces in this data folder, read {when}.</source>
        <translation>{count} مساحة عمل في مجلد البيانات هذا، قُرئت {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="389"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="390"/>
        <source>cross-country</source>
        <translation>عبر البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="392"/>
        <source>Lessons of no one country</source>
        <translation>دروس لا تخص بلدًا بعينه</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="407"/>
        <source>Recurs in 3 or more countries</source>
        <translation>يتكرر في 3 بلدان أو أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="411"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>لم يُسجل أي درس مستفاد بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="412"/>
        <source>{count} lessons. Themes recurring in 3 or more countries (★): {themes}.</source>
        <translation>{count} درسًا. المواضيع المتكررة في 3 بلدان أو أكثر (★): {themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="413"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="440"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="448"/>
        <source>{country}: the profile holds no figure for this indicator.</source>
        <translation>{country}: لا يحتوي الملف على أي رقم لهذا المؤشر.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="449"/>
        <source>{country}, {year}. Source: {source}</source>
        <translation>{country}، {year}. المصدر: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="452"/>
        <source>Derived: {formula}</source>
        <translation>مشتق: {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="454"/>
        <source>Also {value} in {source}</source>
        <translation>أيضًا {value} في {source}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>answered</source>
        <translation>أُجيب عنه</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="459"/>
        <source>partly answered</source>
        <translation>أُجيب عنه جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="460"/>
        <source>no data yet</source>
        <translation>لا بيانات بعد</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="44"/>
        <source>Validation problems</source>
        <translation>مشكلات التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="45"/>
        <source>Acknowledge with a note…</source>
        <translation>الإقرار مع ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="68"/>
        <source>Acknowledged: {note}</source>
        <translation>أُقِرّ: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="73"/>
        <source>Problems: {open} open of {total}</source>
        <translation>المشكلات: {open} مفتوحة من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="74"/>
        <source>No problems found</source>
        <translation>لم تُعثر على مشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="83"/>
        <source>Correct the error</source>
        <translation>تصحيح الخطأ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="84"/>
        <source>Errors must be corrected in the table, not acknowledged.</source>
        <translation>يجب تصحيح الأخطاء في الجدول، لا الإقرار بها.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="92"/>
        <source>Not acknowledged</source>
        <translation>لم يُقَرّ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/problems_panel.py" line="98"/>
        <source>Acknowledge a warning</source>
        <translation>الإقرار بتحذير</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="30"/>
        <source>Step 1: migration profile — {code}</source>
        <translation>الخطوة 1: ملف الهجرة — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="37"/>
        <source>Import a table…</source>
        <translation>استيراد جدول…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_wizard.py" line="42"/>
        <source>UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:</source>
        <translation>تنزيلات UN DESA أو البنك الدولي أو UNHCR أو ILOSTAT أو جدول بياناتك الخاص:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="49"/>
        <source>A value of your own</source>
        <translation>قيمة من عندك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_queue.py" line="50"/>
        <source>The value of “{field}” on every site:</source>
        <translation>قيمة «{field}» في كل موقع:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="48"/>
        <source>Where to write the bundle</source>
        <translation>أين تُكتب الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="55"/>
        <source>Unlock the keys</source>
        <translation>فتح المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="56"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to sign the bundle:</source>
        <translation>مفاتيح هذا الموقع محمية بعبارة مرور. أدخلها لتوقيع الحزمة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_export.py" line="62"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="61"/>
        <source>{name} exists already in this folder. Replace it?</source>
        <translation>{name} موجود بالفعل في هذا المجلد. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="52"/>
        <source>Choose one or more bundles</source>
        <translation>اختر حزمة أو أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="53"/>
        <source>Mainstream bundles (*.mdbundle);;All files (*)</source>
        <translation>حزم Mainstream (*.mdbundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_import.py" line="58"/>
        <source>This site&apos;s keys are protected by a passphrase. Enter it to open the encrypted bundle:</source>
        <translation>مفاتيح هذا الموقع محمية بعبارة مرور. أدخلها لفتح الحزمة المشفرة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="44"/>
        <source>Choose a statistics table</source>
        <translation>اختيار جدول إحصائي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_table.py" line="45"/>
        <source>Tables (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>الجداول (*.xlsx *.xls *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="48"/>
        <source>Write the report to</source>
        <translation>كتابة التقرير في</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="59"/>
        <source>Choose the partner&apos;s card</source>
        <translation>اختيار بطاقة الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="60"/>
        <source>Site cards (*.mdcard *.json);;All files (*)</source>
        <translation>بطاقات المواقع (*.mdcard *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="65"/>
        <source>Save this site&apos;s card</source>
        <translation>حفظ بطاقة هذا الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="66"/>
        <source>Site cards (*.mdcard)</source>
        <translation>بطاقات المواقع (*.mdcard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Remove a trusted site</source>
        <translation>إزالة موقع موثوق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="77"/>
        <source>Stop accepting bundles signed by {name}? Its changes already imported stay.</source>
        <translation>التوقف عن قبول الحزم الموقَّعة من {name}؟ تبقى تغييراته المستوردة سابقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="93"/>
        <source>hub</source>
        <translation>مركز</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="obsolete">اختيار حزمة</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="obsolete">تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="obsolete">ملف CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Site: {name} ({kind}), {id}</source>
        <translation>الموقع: {name} ({kind})، {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42"/>
        <source>Site: not initialised</source>
        <translation>الموقع: غير مهيأ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>&lt;p&gt;Guides a government through the GMG handbook &lt;i&gt;Mainstreaming Migration into Development Planning&lt;/i&gt;, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يرشد الحكومة عبر دليل GMG &lt;i&gt;تعميم مراعاة الهجرة في التخطيط الإنمائي&lt;/i&gt;، دون اتصال بالإنترنت.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>About Mainstream Desktop</source>
        <translation>حول Mainstream Desktop</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="209"/>
        <source>Choose a document</source>
        <translation>اختيار وثيقة</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="48"/>
        <source>Unsaved draft found</source>
        <translation>عُثر على مسودة غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="49"/>
        <source>This wizard was left with unsaved changes ({when}). Resume them?</source>
        <translation>تُرك هذا المعالج بتغييرات غير محفوظة ({when}). هل تريد استئنافها؟</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="55"/>
        <source>Choose an evidence file</source>
        <translation>اختيار ملف أدلة</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="74"/>
        <source>Readiness checklist</source>
        <translation>قائمة التحقق من الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="75"/>
        <source>Assess each precondition. A criterion marked met needs evidence: attach a file or explain it in at least 20 characters.</source>
        <translation>قيِّم كل شرط مسبق. يحتاج المعيار المستوفى إلى دليل: أرفق ملفًا أو اشرحه في 20 حرفًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="79"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="80"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="90"/>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="93"/>
        <source>Status of {criterion}</source>
        <translation>حالة {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="97"/>
        <source>Comment on {criterion}</source>
        <translation>تعليق على {criterion}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="98"/>
        <location filename="../../ui/wizards/readiness_page.py" line="181"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="99"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="118"/>
        <source>The national focal point has confirmed this assessment</source>
        <translation>أكّدت جهة التنسيق الوطنية هذا التقييم</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="197"/>
        <source>Evidence not attached</source>
        <translation>الدليل غير مرفق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="200"/>
        <source>Attaching evidence</source>
        <translation>إرفاق الدليل</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="103"/>
        <source>Step 0: workspace and readiness</source>
        <translation>الخطوة 0: مساحة العمل والجاهزية</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="147"/>
        <source>Nothing to offer: choose a reference indicator that the profile (step 1) has figures for.</source>
        <translation>لا شيء لعرضه: اختر مؤشرًا مرجعيًا تتوفر له أرقام في الملف (الخطوة 1).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="166"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="266"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="267"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="268"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="272"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="273"/>
        <source>Every change of the selected record: who, when, and each field&apos;s old and new value</source>
        <translation>كل تغيير في السجل المحدد: من ومتى، والقيمة القديمة والجديدة لكل حقل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="277"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="278"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>حفظ هذا الجدول كمصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="282"/>
        <source>Review comment…</source>
        <translation>تعليق مراجعة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="283"/>
        <source>Comment on the selected record for the country (GMG hub)</source>
        <translation>التعليق على السجل المحدد للبلد (مركز GMG)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="286"/>
        <source>Without personal data</source>
        <translation>بدون بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="288"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>استبعاد الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف والإشارات إلى الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="334"/>
        <source>attached</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="336"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="373"/>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="401"/>
        <source>Review comment</source>
        <translation>تعليق مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="409"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="426"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="429"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_editor.py" line="430"/>
        <source>Export the table</source>
        <translation>تصدير الجدول</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="81"/>
        <source>History of {record}</source>
        <translation>تاريخ {record}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="83"/>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل التاريخي…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="86"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Came</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="87"/>
        <source>Fields: old → new</source>
        <translation>الحقول: القديم ← الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="89"/>
        <source>Export audit trail…</source>
        <translation>تصدير سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="91"/>
        <source>Every change of {code} as a CSV file</source>
        <translation>كل تغيير في {code} كملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="119"/>
        <source>Reading the history</source>
        <translation>قراءة السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="131"/>
        <source>made here</source>
        <translation>أُجري هنا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="132"/>
        <source>bundle {id}</source>
        <translation>الحزمة {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="135"/>
        <source>{count} change(s), newest first.</source>
        <translation>{count} تغيير (تغييرات)، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="136"/>
        <source>No change is recorded for this record.</source>
        <translation>لم يُسجل أي تغيير لهذا السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="139"/>
        <source>edited</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_history.py" line="140"/>
        <source>conflict resolved</source>
        <translation>حُلَّ التعارض</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation type="obsolete">كتابة سجل التدقيق</translation>
    </message>
    <message>
        <source>Audit trail written: {count} change(s) of {code} in {path}</source>
        <translation type="obsolete">كُتب سجل التدقيق: {count} تغيير (تغييرات) في {code} في {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="102"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>Write the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="116"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="122"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="188"/>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="194"/>
        <source>The report is written: {path}
{pages} pages. It opens in your PDF viewer.</source>
        <translation>كُتب التقرير: {path}
{pages} صفحة. يُفتح في عارض PDF لديك.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="206"/>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="209"/>
        <source>The report was not written: {reason}</source>
        <translation>لم يُكتب التقرير: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="210"/>
        <source>The report was not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
</context>
<context>
    <name>ReviewDeskDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_desk_dialog.py" line="21"/>
        <source>Review desk — {code}</source>
        <translation>مكتب المراجعة — {code}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="95"/>
        <source>Follow the system ({language})</source>
        <translation>اتباع النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Language of the program:</source>
        <translation>&amp;لغة البرنامج:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A new language takes effect when you restart the program.</source>
        <translation>تسري اللغة الجديدة عند إعادة تشغيل البرنامج.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>This session was started with --lang {code}, which wins over this setting until the program is started without it.</source>
        <translation>بدأت هذه الجلسة مع ‎--lang {code}‎، وهو ما يتقدم على هذا الإعداد إلى أن يُشغَّل البرنامج بدونه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>Restart now?</source>
        <translation>إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The program will show the new language when it starts again. Restart it now? Everything you saved is kept.</source>
        <translation>سيعرض البرنامج اللغة الجديدة عند تشغيله مرة أخرى. هل تريد إعادة تشغيله الآن؟ كل ما حفظته يبقى محفوظًا.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="64"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="75"/>
        <source>Handbook steps</source>
        <translation>خطوات الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_navigator.py" line="88"/>
        <source>{percent}% complete, {missing} items missing</source>
        <translation>مكتملة بنسبة {percent}%، {missing} عنصر ناقص</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="46"/>
        <source>Completeness</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="47"/>
        <source>Open the wizard…</source>
        <translation>فتح المعالج…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="54"/>
        <source>What is still missing</source>
        <translation>ما لا يزال ناقصًا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="56"/>
        <source>Guidance from the handbook</source>
        <translation>إرشادات من الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="79"/>
        <source>Step {number}: {title}</source>
        <translation>الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="85"/>
        <source>%p% complete</source>
        <translation>%p% مكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="90"/>
        <source>Still missing ({count})</source>
        <translation>لا يزال ناقصًا ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="94"/>
        <source>Nothing is missing</source>
        <translation>لا شيء ناقص</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_page.py" line="96"/>
        <source>Every check of this step passes.</source>
        <translation>تجتاز هذه الخطوة كل الفحوص.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="78"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="60"/>
        <source>Reading the golden thread…</source>
        <translation>جارٍ قراءة الخيط الذهبي…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="62"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="65"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="66"/>
        <source>Golden thread</source>
        <translation>الخيط الذهبي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="90"/>
        <source>Reading the golden thread</source>
        <translation>قراءة الخيط الذهبي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="103"/>
        <source>{chains} priorities, {complete} with an unbroken thread; {broken} broken links.</source>
        <translation>{chains} أولوية، {complete} منها بخيط غير منقطع؛ {broken} رابط مقطوع.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="107"/>
        <source>Broken links ({count})</source>
        <translation>الروابط المقطوعة ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="130"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="131"/>
        <source>no evidence linked</source>
        <translation>لا دليل مرتبط</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="132"/>
        <source>Consultation inputs</source>
        <translation>مدخلات المشاورات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="133"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="137"/>
        <source>no actions</source>
        <translation>لا إجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="138"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="139"/>
        <source>no indicators</source>
        <translation>لا مؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="141"/>
        <source>Aligned partner projects</source>
        <translation>مشاريع الشركاء المتوائمة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="168"/>
        <source>lands in no plan element</source>
        <translation>لا يندرج في أي عنصر من عناصر الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="169"/>
        <source>In the plan: {element}</source>
        <translation>في الخطة: {element}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="174"/>
        <source>Funding: {source}{partner}</source>
        <translation>التمويل: {source}{partner}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="179"/>
        <source>Measured by: {indicator}</source>
        <translation>يقيسه: {indicator}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="182"/>
        <source>no indicator measures this action</source>
        <translation>لا يوجد مؤشر يقيس هذا الإجراء</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="103"/>
        <source>Trust the card of {name}</source>
        <translation>الثقة ببطاقة {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="105"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="106"/>
        <source>Site id</source>
        <translation>معرِّف الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="107"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="108"/>
        <source>Call {name} and ask them to read the fingerprint shown in their Trusted sites window. Trust the card only if every group matches: a card can be swapped on its way, a phone call cannot.</source>
        <translation>اتصل بـ {name} واطلب منهم قراءة البصمة المعروضة في نافذة «المواقع الموثوقة» لديهم. لا تثق بالبطاقة إلا إذا تطابقت كل مجموعة: يمكن تبديل البطاقة في الطريق، أما المكالمة الهاتفية فلا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="118"/>
        <source>{name} is trusted already with another key (fingerprint {old}). Trusting this card replaces it: do so only if the site told you it has a new key.</source>
        <translation>{name} موثوق به بالفعل بمفتاح آخر (البصمة {old}). الثقة بهذه البطاقة تحل محله: لا تفعل ذلك إلا إذا أخبرك الموقع بأن لديه مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="123"/>
        <source>{name} read me this fingerprint on the phone, and it matches</source>
        <translation>قرأ لي {name} هذه البصمة عبر الهاتف، وهي مطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="126"/>
        <source>Workspace codes separated by commas, e.g. JAM, MDA</source>
        <translation>رموز مساحات العمل مفصولة بفواصل، مثل JAM, MDA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="127"/>
        <source>Trust it as the hub (it may also write reviews, missions and lessons)</source>
        <translation>الثقة به كمركز (يجوز له أيضًا كتابة المراجعات والبعثات والدروس)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="130"/>
        <source>May change</source>
        <translation>يجوز له تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="133"/>
        <source>Trust</source>
        <translation>ثقة</translation>
    </message>
</context>
<context>
    <name>TrustListDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="173"/>
        <source>Trusted sites</source>
        <translation>المواقع الموثوقة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="177"/>
        <source>&lt;b&gt;Sites whose bundles this site accepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;المواقع التي يقبل هذا الموقع حزمها&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <location filename="../../ui/dialogs/trust_list.py" line="215"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="179"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>May change</source>
        <translation>يجوز له تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="180"/>
        <source>Trusted since</source>
        <translation>موثوق به منذ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="181"/>
        <source>Sites whose bundles this site accepts</source>
        <translation>المواقع التي يقبل هذا الموقع حزمها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="189"/>
        <source>Trust a card…</source>
        <translation>الثقة ببطاقة…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="192"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="199"/>
        <source>This site</source>
        <translation>هذا الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="205"/>
        <source>Save my card…</source>
        <translation>حفظ بطاقتي…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="207"/>
        <source>Give this card to your partners (USB stick or e-mail). When they trust it, read them this fingerprint on the phone.</source>
        <translation>أعطِ هذه البطاقة لشركائك (ذاكرة USB أو بريد إلكتروني). وعندما يثقون بها، اقرأ لهم هذه البصمة عبر الهاتف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="213"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="214"/>
        <source>Site id</source>
        <translation>معرِّف الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="235"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="261"/>
        <source>Card saved: {path}. Hand it to the partner, then read them the fingerprint on the phone.</source>
        <translation>حُفظت البطاقة: {path}. سلّمها إلى الشريك، ثم اقرأ له البصمة عبر الهاتف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="281"/>
        <source>Not trusted: nothing changed.</source>
        <translation>لم تتم الثقة: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="285"/>
        <source>Trusting the card</source>
        <translation>الثقة بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="290"/>
        <source>{name} is trusted for {workspaces}{hub}.</source>
        <translation>{name} موثوق به لـ {workspaces}{hub}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="292"/>
        <source>, and as the hub</source>
        <translation>، وكمركز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="300"/>
        <source>Removing the site</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/trust_list.py" line="305"/>
        <source>{name} is no longer trusted: its bundles will be refused.</source>
        <translation>لم يعد {name} موثوقًا به: ستُرفض حزمه.</translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="96"/>
        <source>Export a workspace to Excel</source>
        <translation>تصدير مساحة عمل إلى Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="97"/>
        <source>Export a workspace to CSV</source>
        <translation>تصدير مساحة عمل إلى CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="103"/>
        <source>Without personal data</source>
        <translation>بدون بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="105"/>
        <source>Leave out names, e-mail addresses, phone numbers and references to people</source>
        <translation>استبعاد الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف والإشارات إلى الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="108"/>
        <location filename="../../ui/dialogs/workbook_export.py" line="118"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="110"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="116"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="125"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="128"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="165"/>
        <source>One workbook: an “About” sheet (workspace, country, when and where it was made, whether personal data is in), then one sheet per table that has rows, with real numbers and dates, frozen headers and filters.</source>
        <translation>مصنف واحد: ورقة «حول» (مساحة العمل، البلد، متى وأين أُنشئ، وهل يتضمن بيانات شخصية)، ثم ورقة لكل جدول يحتوي على صفوف، بأرقام وتواريخ حقيقية، ورؤوس مثبتة وعوامل تصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="168"/>
        <source>One CSV file per table (UTF-8, so Excel shows every alphabet), plus “00 About.csv”, together in one zip file.</source>
        <translation>ملف CSV واحد لكل جدول (UTF-8، ليعرض Excel كل الأبجديات)، إضافة إلى «00 About.csv»، معًا في ملف zip واحد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="190"/>
        <source>{done} of {total} rows</source>
        <translation>{done} من {total} صف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="202"/>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="203"/>
        <source>Exporting {code}</source>
        <translation>جارٍ تصدير {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="208"/>
        <source>with personal data</source>
        <translation>مع بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="209"/>
        <source>without personal data</source>
        <translation>بدون بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="211"/>
        <source>Written: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="212"/>
        <source>{code}: {tables} tables and {rows} rows, {personal}.</source>
        <translation>{code}: {tables} جدول و{rows} صف، {personal}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="221"/>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="223"/>
        <source>Nothing was written: {reason}</source>
        <translation>لم يُكتب شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="65"/>
        <source>Workspace details</source>
        <translation>تفاصيل مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="66"/>
        <source>The pilot&apos;s basic facts. Fields marked * are needed to create the workspace; the rest can follow, and the checklist shows what is missing.</source>
        <translation>الحقائق الأساسية للمشروع التجريبي. الحقول المعلَّمة بـ * مطلوبة لإنشاء مساحة العمل؛ ويمكن إكمال الباقي لاحقًا، وتُظهر قائمة التحقق ما هو ناقص.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="70"/>
        <source>e.g. JAM</source>
        <translation>مثال: JAM</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="75"/>
        <location filename="../../ui/wizards/workspace_page.py" line="85"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="99"/>
        <source>Workspace code *</source>
        <translation>رمز مساحة العمل *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="100"/>
        <source>Country *</source>
        <translation>البلد *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="101"/>
        <source>Title *</source>
        <translation>العنوان *</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="102"/>
        <source>Programme phase</source>
        <translation>مرحلة البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="103"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="104"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="105"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="106"/>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="107"/>
        <source>National focal point</source>
        <translation>جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="108"/>
        <source>Focal point&apos;s e-mail</source>
        <translation>البريد الإلكتروني لجهة التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="109"/>
        <source>Entry mode</source>
        <translation>نمط الإدخال</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="110"/>
        <source>Default currency</source>
        <translation>العملة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="111"/>
        <source>Reference year</source>
        <translation>السنة المرجعية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="112"/>
        <source>Languages (ISO 639-1)</source>
        <translation>اللغات (ISO 639-1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="113"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="187"/>
        <source>Mainstreaming Migration – {country}</source>
        <translation>تعميم مراعاة الهجرة – {country}</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="68"/>
        <source>Where step 0 stands</source>
        <translation>أين تقف الخطوة 0</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="73"/>
        <source>What is still missing</source>
        <translation>ما لا يزال ناقصًا</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="76"/>
        <source>Saved. What is still missing:</source>
        <translation>حُفظ. ما لا يزال ناقصًا:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="84"/>
        <source>Workspace {code}: step 0 is {percent}% complete</source>
        <translation>مساحة العمل {code}: الخطوة 0 مكتملة بنسبة {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_wizard.py" line="90"/>
        <source>Nothing: the workspace is ready for step 1.</source>
        <translation>لا شيء: مساحة العمل جاهزة للخطوة 1.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="138"/>
        <source>Mainstream Desktop cannot start</source>
        <translation>تعذر بدء تشغيل Mainstream Desktop</translation>
    </message>
    <message>
        <location filename="../../app.py" line="165"/>
        <source>Demo not loaded</source>
        <translation>لم يُحمَّل العرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../app.py" line="167"/>
        <source>Loading the demo workspaces</source>
        <translation>تحميل مساحات العمل التوضيحية</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../reports/charts.py" line="60"/>
        <location filename="../../reports/participation_charts.py" line="59"/>
        <source>No data yet for this chart.</source>
        <translation>لا بيانات بعد لهذا الرسم البياني.</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="67"/>
        <location filename="../../reports/portfolio_charts.py" line="377"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="105"/>
        <location filename="../../reports/charts.py" line="266"/>
        <source>Immigrant stock by sex</source>
        <translation>رصيد المهاجرين الوافدين حسب الجنس</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="109"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="110"/>
        <location filename="../../reports/participation_charts.py" line="317"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="115"/>
        <location filename="../../reports/charts.py" line="138"/>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="126"/>
        <source>Emigrants by country of destination</source>
        <translation>المهاجرون إلى الخارج حسب بلد المقصد</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="132"/>
        <location filename="../../reports/participation_charts.py" line="318"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="147"/>
        <source>Migration flows and net migration</source>
        <translation>تدفقات الهجرة وصافي الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="152"/>
        <source>Immigration</source>
        <translation>الهجرة الوافدة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="153"/>
        <source>Emigration</source>
        <translation>الهجرة إلى الخارج</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="154"/>
        <source>Net migration</source>
        <translation>صافي الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="155"/>
        <source>Net migration rate (per 1,000, right axis)</source>
        <translation>معدل صافي الهجرة (لكل 1000، المحور الأيمن)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="167"/>
        <source>Persons per year</source>
        <translation>أشخاص سنويًا</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="176"/>
        <source>Per 1,000 population</source>
        <translation>لكل 1000 من السكان</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="186"/>
        <source>Remittances received</source>
        <translation>التحويلات المالية المستلمة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="193"/>
        <source>USD million</source>
        <translation>مليون دولار أمريكي</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="194"/>
        <source>USD million, current</source>
        <translation>مليون دولار أمريكي، بالأسعار الجارية</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="199"/>
        <source>% of GDP (right axis)</source>
        <translation>% من الناتج المحلي الإجمالي (المحور الأيمن)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="200"/>
        <source>% of GDP</source>
        <translation>% من الناتج المحلي الإجمالي</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="211"/>
        <source>How migration affects each sector</source>
        <translation>كيف تؤثر الهجرة في كل قطاع</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="230"/>
        <source>green positive, red negative, yellow mixed; the number is the magnitude (1-3)</source>
        <translation>الأخضر إيجابي، الأحمر سلبي، الأصفر مختلط؛ والرقم هو الحجم (1-3)</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="237"/>
        <source>Data availability by indicator and year</source>
        <translation>توفر البيانات حسب المؤشر والسنة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <source>estimate</source>
        <translation>تقدير</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="258"/>
        <location filename="../../reports/portfolio_charts.py" line="285"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="259"/>
        <source>reported</source>
        <translation>مُبلَّغ عنه</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="267"/>
        <source>Top destinations</source>
        <translation>أهم بلدان المقصد</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="268"/>
        <source>Flows and net migration</source>
        <translation>التدفقات وصافي الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="269"/>
        <source>Remittances</source>
        <translation>التحويلات المالية</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="270"/>
        <source>Sector impacts</source>
        <translation>الآثار القطاعية</translation>
    </message>
    <message>
        <location filename="../../reports/charts.py" line="271"/>
        <source>Data availability</source>
        <translation>توفر البيانات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>C</source>
        <translation>م</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="42"/>
        <source>L</source>
        <translation>ر</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>Cs</source>
        <translation>س</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="43"/>
        <source>D</source>
        <translation>ب</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="46"/>
        <source>Inputs received</source>
        <translation>المدخلات المستلمة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="47"/>
        <source>Accepted or partly accepted</source>
        <translation>مقبولة أو مقبولة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="48"/>
        <source>Reflected in the plan</source>
        <translation>منعكسة في الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="49"/>
        <source>Still pending</source>
        <translation>لا تزال معلقة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="76"/>
        <location filename="../../reports/planning_charts.py" line="223"/>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="77"/>
        <source>Left out: {notes}</source>
        <translation>مستبعد: {notes}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="121"/>
        <source>no area</source>
        <translation>لا مجال</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="142"/>
        <source>Who does what in each policy area</source>
        <translation>من يفعل ماذا في كل مجال من مجالات السياسات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="170"/>
        <source>L lead, C contributor, D data provider, Cs consulted; red: core sector with no lead</source>
        <translation>ر رائد، م مساهم، ب مقدّم بيانات، س مستشار؛ الأحمر: قطاع أساسي بلا جهة رائدة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="181"/>
        <source>minutes filed</source>
        <translation>محضر مودَع</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="182"/>
        <source>no minutes</source>
        <translation>لا محضر</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="194"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="199"/>
        <source>Attendance rate by institution</source>
        <translation>معدل الحضور حسب المؤسسة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="201"/>
        <source>No attendance recorded yet.</source>
        <translation>لم يُسجل أي حضور بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="206"/>
        <source>no institution</source>
        <translation>لا مؤسسة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="218"/>
        <source>Coordination meetings and attendance</source>
        <translation>اجتماعات التنسيق والحضور</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="230"/>
        <location filename="../../reports/participation_charts.py" line="555"/>
        <source>Overdue action items</source>
        <translation>بنود العمل المتأخرة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="236"/>
        <source>{overdue} of {open} open items</source>
        <translation>{overdue} من {open} بندًا مفتوحًا</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="239"/>
        <source>No open action item is overdue.</source>
        <translation>لا يوجد بند عمل مفتوح متأخر.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="241"/>
        <source>no owner</source>
        <translation>لا مسؤول</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="247"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="257"/>
        <source>Keep satisfied</source>
        <translation>الحفاظ على رضاهم</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="258"/>
        <source>Manage closely</source>
        <translation>الإدارة عن كثب</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="259"/>
        <source>Monitor</source>
        <translation>الرصد</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="260"/>
        <source>Keep informed</source>
        <translation>إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="278"/>
        <source>Stakeholders by interest and influence</source>
        <translation>أصحاب المصلحة حسب الاهتمام والتأثير</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="300"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="301"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="306"/>
        <source>bubble size: engagement, from inform to empower</source>
        <translation>حجم الفقاعة: المشاركة، من الإعلام إلى التمكين</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="312"/>
        <source>Participants by sex per event</source>
        <translation>المشاركون حسب الجنس في كل فعالية</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="314"/>
        <source>No consultation event yet.</source>
        <translation>لا توجد فعالية تشاورية بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="330"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="338"/>
        <source>Events reaching each group</source>
        <translation>الفعاليات التي تصل إلى كل فئة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="340"/>
        <source>No stakeholder yet.</source>
        <translation>لا يوجد صاحب مصلحة بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="349"/>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="354"/>
        <source>Who the consultations reached</source>
        <translation>من وصلت إليهم المشاورات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="367"/>
        <source>What became of the inputs received</source>
        <translation>ما آلت إليه المدخلات المستلمة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="390"/>
        <source>Partner funding by policy area (USD)</source>
        <translation>تمويل الشركاء حسب مجال السياسات (دولار أمريكي)</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="414"/>
        <source>a project&apos;s budget is split equally among its policy areas</source>
        <translation>تُقسم ميزانية المشروع بالتساوي على مجالات السياسات الخاصة به</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="422"/>
        <source>Partner budget aligned to national priorities</source>
        <translation>ميزانية الشركاء المتوائمة مع الأولويات الوطنية</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="428"/>
        <source>{total} in total, projects: {count}</source>
        <translation>{total} إجمالًا، المشاريع: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="432"/>
        <source>The recorded budgets add up to zero.</source>
        <translation>مجموع الميزانيات المسجلة صفر.</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="434"/>
        <source>Aligned: {amount}, projects: {count}</source>
        <translation>متوائمة: {amount}، المشاريع: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="436"/>
        <source>Not aligned: {amount}, projects: {count}</source>
        <translation>غير متوائمة: {amount}، المشاريع: {count}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="441"/>
        <source>aligned</source>
        <translation>متوائم</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="457"/>
        <source>gap {amount}</source>
        <translation>فجوة {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="458"/>
        <source>surplus {amount}</source>
        <translation>فائض {amount}</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="510"/>
        <source>Partner funding against the cost of the plan</source>
        <translation>تمويل الشركاء مقارنة بتكلفة الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="520"/>
        <source>Partner funding</source>
        <translation>تمويل الشركاء</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="524"/>
        <source>Cost of the actions</source>
        <translation>تكلفة الإجراءات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="528"/>
        <source>Costs arrive with step 4 (the action plan).</source>
        <translation>تأتي التكاليف مع الخطوة 4 (خطة العمل).</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="533"/>
        <location filename="../../reports/planning_charts.py" line="417"/>
        <source>USD</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="551"/>
        <source>Responsibility matrix</source>
        <translation>مصفوفة المسؤوليات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="553"/>
        <source>Meetings and attendance</source>
        <translation>الاجتماعات والحضور</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="557"/>
        <source>Interest-influence grid</source>
        <translation>شبكة الاهتمام والتأثير</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="559"/>
        <source>Participation by sex and group</source>
        <translation>المشاركة حسب الجنس والفئة</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="561"/>
        <source>Input funnel</source>
        <translation>مسار المدخلات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="563"/>
        <source>Partners by policy area</source>
        <translation>الشركاء حسب مجال السياسات</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="565"/>
        <source>Alignment to national priorities</source>
        <translation>المواءمة مع الأولويات الوطنية</translation>
    </message>
    <message>
        <location filename="../../reports/participation_charts.py" line="567"/>
        <source>Funding against cost</source>
        <translation>التمويل مقارنة بالتكلفة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="55"/>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="56"/>
        <source>Endorsed</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="57"/>
        <source>In plan</source>
        <translation>في الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="58"/>
        <source>Dropped</source>
        <translation>مُسقَط</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="61"/>
        <location filename="../../reports/portfolio_charts.py" line="45"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="62"/>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="63"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="64"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="65"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="68"/>
        <source>Government budget</source>
        <translation>ميزانية الحكومة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="69"/>
        <source>UN</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="70"/>
        <source>Private</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="71"/>
        <source>Diaspora</source>
        <translation>المغتربون</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="72"/>
        <source>Unfunded (gap)</source>
        <translation>غير ممول (فجوة)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="74"/>
        <source>0 migration absent</source>
        <translation>0 الهجرة غائبة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="75"/>
        <source>1 mentioned in the context or analysis</source>
        <translation>1 مذكورة في السياق أو التحليل</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="76"/>
        <source>2 objectives or strategies address it</source>
        <translation>2 تتناولها الأهداف أو الاستراتيجيات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="77"/>
        <source>3 plus indicators and targets</source>
        <translation>3 إضافة إلى المؤشرات والغايات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="78"/>
        <source>4 plus costed, budgeted actions</source>
        <translation>4 إضافة إلى إجراءات محددة التكلفة ومدرجة في الميزانية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>A</source>
        <translation>ك</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="82"/>
        <source>G</source>
        <translation>خ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>?</source>
        <translation>؟</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="83"/>
        <source>R</source>
        <translation>أ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="84"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>on track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="85"/>
        <source>some delay</source>
        <translation>بعض التأخير</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="86"/>
        <source>off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="87"/>
        <source>not rated: no recent actual or no target</source>
        <translation>غير مصنف: لا قيمة فعلية حديثة أو لا غاية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="88"/>
        <source>achieved: final target met</source>
        <translation>تحقق: بُلغت الغاية النهائية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="161"/>
        <source>High impact, hard to do</source>
        <translation>أثر كبير، صعب التنفيذ</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="162"/>
        <source>Quick wins</source>
        <translation>مكاسب سريعة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="163"/>
        <source>Reconsider</source>
        <translation>إعادة النظر</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="164"/>
        <source>Easy, low impact</source>
        <translation>سهل، أثر منخفض</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="177"/>
        <source>Priorities by impact and feasibility</source>
        <translation>الأولويات حسب الأثر والجدوى</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="180"/>
        <source>No scored priorities yet: set them in step 4 and score their impact and feasibility.</source>
        <translation>لا توجد أولويات مقيَّمة بعد: حدِّدها في الخطوة 4 وقيِّم أثرها وجدواها.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="206"/>
        <source>Feasibility (1-5)</source>
        <translation>الجدوى (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="207"/>
        <source>Impact (1-5)</source>
        <translation>الأثر (1-5)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="213"/>
        <source>cost not known</source>
        <translation>التكلفة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="215"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="227"/>
        <source>Priorities</source>
        <translation>الأولويات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="228"/>
        <source>colour: status; bubble area: cost of the actions</source>
        <translation>اللون: الحالة؛ مساحة الفقاعة: تكلفة الإجراءات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="230"/>
        <source>(largest {amount})</source>
        <translation>(الأكبر {amount})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="254"/>
        <source>Policy areas in the planning instruments</source>
        <translation>مجالات السياسات في أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="256"/>
        <source>No planning instruments yet: add them in step 4.</source>
        <translation>لا توجد أدوات تخطيط بعد: أضفها في الخطوة 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="261"/>
        <source>No instrument addresses a policy area yet: apply the migration lens to their plan elements in step 4.</source>
        <translation>لا توجد أداة تتناول مجالًا من مجالات السياسات بعد: طبِّق منظور الهجرة على عناصر خططها في الخطوة 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="301"/>
        <source>? level not assessed</source>
        <translation>؟ المستوى لم يُقيَّم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="303"/>
        <source>Mainstreaming level</source>
        <translation>مستوى التعميم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="304"/>
        <source>a cell shows the instrument&apos;s mainstreaming level where it addresses the area</source>
        <translation>تُظهر الخلية مستوى تعميم الأداة حيث تتناول المجال</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="333"/>
        <source>Action plan over time</source>
        <translation>خطة العمل عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="336"/>
        <source>No dated actions yet: plan the actions of each priority in step 4.</source>
        <translation>لا توجد إجراءات مؤرخة بعد: خطِّط إجراءات كل أولوية في الخطوة 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="368"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="379"/>
        <source>{count} actions by priority</source>
        <translation>{count} إجراء حسب الأولوية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="381"/>
        <source>{count} more not shown (export the data)</source>
        <translation>{count} أخرى غير معروضة (صدِّر البيانات)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="393"/>
        <source>Cost of the action plan by funding source</source>
        <translation>تكلفة خطة العمل حسب مصدر التمويل</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="396"/>
        <source>No costed actions yet: cost the action plan in step 4.</source>
        <translation>لا توجد إجراءات محددة التكلفة بعد: حدِّد تكلفة خطة العمل في الخطوة 4.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="412"/>
        <source>{share} unfunded</source>
        <translation>{share} غير ممول</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="423"/>
        <source>{total} in total, {gap} unfunded; cancelled actions left out</source>
        <translation>{total} إجمالًا، {gap} غير ممول؛ الإجراءات الملغاة مستبعدة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="448"/>
        <source>no indicator yet</source>
        <translation>لا مؤشر بعد</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="454"/>
        <source>{value} ({year})</source>
        <translation>{value} ({year})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="457"/>
        <source>no actual</source>
        <translation>لا قيمة فعلية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="478"/>
        <source>Results dashboard</source>
        <translation>لوحة النتائج</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="480"/>
        <source>No outcome or impact results yet: set up the results framework in step 5.</source>
        <translation>لا توجد نتائج على مستوى المحصلة أو الأثر بعد: أعِدّ إطار النتائج في الخطوة 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="504"/>
        <source>{count} more results not shown</source>
        <translation>{count} نتيجة أخرى غير معروضة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="505"/>
        <source>impact and outcome indicators, latest actual (year)</source>
        <translation>مؤشرات الأثر والمحصلة، أحدث قيمة فعلية (السنة)</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="543"/>
        <source>No baseline, target or actual yet.</source>
        <translation>لا خط أساس ولا غاية ولا قيمة فعلية بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="555"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="556"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="564"/>
        <location filename="../../reports/planning_charts.py" line="625"/>
        <source>Indicator progress</source>
        <translation>تقدم المؤشرات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="566"/>
        <source>No indicators yet: add them to the results framework in step 5.</source>
        <translation>لا توجد مؤشرات بعد: أضفها إلى إطار النتائج في الخطوة 5.</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="583"/>
        <source>baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="585"/>
        <source>milestone</source>
        <translation>معلم</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="587"/>
        <source>final target</source>
        <translation>الغاية النهائية</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="588"/>
        <source>expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="589"/>
        <source>actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="593"/>
        <source>title colour and letter: status ({letters})</source>
        <translation>لون العنوان والحرف: الحالة ({letters})</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="598"/>
        <source>the first {shown} of {count} indicators; export the data for all</source>
        <translation>أول {shown} من {count} مؤشرًا؛ صدِّر البيانات للاطلاع عليها كلها</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="615"/>
        <source>Priority matrix</source>
        <translation>مصفوفة الأولويات</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="617"/>
        <source>Plan coverage</source>
        <translation>تغطية الخطة</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="619"/>
        <source>Action plan timeline</source>
        <translation>الجدول الزمني لخطة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="621"/>
        <source>Budget by funding source</source>
        <translation>الميزانية حسب مصدر التمويل</translation>
    </message>
    <message>
        <location filename="../../reports/planning_charts.py" line="623"/>
        <source>Results dashboard (RAG)</source>
        <translation>لوحة النتائج (نظام إشارات المرور)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="46"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="47"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="48"/>
        <source>Changes requested</source>
        <translation>طُلبت تغييرات</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="49"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="52"/>
        <source>Blocker</source>
        <translation>عائق</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="53"/>
        <source>Major</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="54"/>
        <source>Minor</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="55"/>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="56"/>
        <source>under 30 days</source>
        <translation>أقل من 30 يومًا</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="57"/>
        <source>30–90 days</source>
        <translation>30–90 يومًا</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="58"/>
        <source>over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="148"/>
        <source>Where each country stands</source>
        <translation>أين يقف كل بلد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="151"/>
        <location filename="../../reports/portfolio_charts.py" line="334"/>
        <source>No workspace yet.</source>
        <translation>لا توجد مساحة عمل بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="181"/>
        <source>colour: the step&apos;s status; number: how complete it is; ✎ open review comments</source>
        <translation>اللون: حالة الخطوة؛ الرقم: مدى اكتمالها؛ ✎ تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="206"/>
        <location filename="../../reports/portfolio_charts.py" line="385"/>
        <source>Open review comments</source>
        <translation>تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="210"/>
        <source>No review comment is open ({closed} closed).</source>
        <translation>لا يوجد تعليق مراجعة مفتوح ({closed} مغلق).</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="224"/>
        <source>by severity</source>
        <translation>حسب الخطورة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="225"/>
        <source>by age</source>
        <translation>حسب العمر</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="226"/>
        <source>(open or answered, replies not counted)</source>
        <translation>(مفتوحة أو مُجاب عنها، دون احتساب الردود)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="232"/>
        <source>Lessons learned by theme and country</source>
        <translation>الدروس المستفادة حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="235"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>لم يُسجل أي درس مستفاد بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="241"/>
        <source>cross-country</source>
        <translation>عبر البلدان</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="264"/>
        <source>★ recurs in 3 or more countries</source>
        <translation>★ يتكرر في 3 بلدان أو أكثر</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="301"/>
        <source>No country has this figure yet.</source>
        <translation>لا يملك أي بلد هذا الرقم بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="331"/>
        <source>Migration profiles side by side</source>
        <translation>ملفات الهجرة جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="345"/>
        <source>each country&apos;s latest figure (year); red: derived from two figures of the profile</source>
        <translation>أحدث رقم لكل بلد (السنة)؛ الأحمر: مشتق من رقمين في الملف</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="351"/>
        <location filename="../../reports/portfolio_charts.py" line="389"/>
        <source>Emigrants by top destination</source>
        <translation>المهاجرون إلى الخارج حسب أهم بلدان المقصد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="354"/>
        <source>No profile holds emigrants by destination yet.</source>
        <translation>لا يحتوي أي ملف على المهاجرين إلى الخارج حسب بلد المقصد بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="374"/>
        <source>persons (share of all emigrants)</source>
        <translation>أشخاص (الحصة من مجموع المهاجرين إلى الخارج)</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="384"/>
        <source>Status matrix</source>
        <translation>مصفوفة الحالة</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="386"/>
        <source>Lessons by theme and country</source>
        <translation>الدروس حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../reports/portfolio_charts.py" line="387"/>
        <source>Indicator comparison</source>
        <translation>مقارنة المؤشرات</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/documents.py" line="34"/>
        <source>{path} is not a readable file.</source>
        <translation>{path} ليس ملفًا قابلًا للقراءة.</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="38"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation>{path} أكبر من {limit} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="98"/>
        <source>{what}: every number needs its source.</source>
        <translation>{what}: يحتاج كل رقم إلى مصدره.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="101"/>
        <source>{what}: the period ends before it starts.</source>
        <translation>{what}: تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="105"/>
        <source>{what}: enter a value, or mark the observation as missing.</source>
        <translation>{what}: أدخل قيمة، أو علِّم المشاهدة بأنها مفقودة.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="109"/>
        <source>{what}: {value} is not a percentage (0 to 100).</source>
        <translation>{what}: {value} ليست نسبة مئوية (0 إلى 100).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="112"/>
        <source>{what}: remittances above {limit}% of GDP are rare; check the figure.</source>
        <translation>{what}: التحويلات المالية التي تتجاوز {limit}% من الناتج المحلي الإجمالي نادرة؛ تحقق من الرقم.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="116"/>
        <source>{what}: a count cannot be negative ({value}).</source>
        <translation>{what}: لا يمكن أن يكون العدد سالبًا ({value}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="119"/>
        <source>{what}: a rate per 1,000 must lie between -100 and 100.</source>
        <translation>{what}: يجب أن يقع المعدل لكل 1000 بين ‎-100 و100.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="122"/>
        <source>{what}: the partner country cannot be the country itself.</source>
        <translation>{what}: لا يمكن أن يكون البلد الشريك هو البلد نفسه.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="125"/>
        <source>{what}: a stock is counted at a point in time, not over a period.</source>
        <translation>{what}: يُحسب الرصيد في نقطة زمنية، لا على مدى فترة.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="128"/>
        <source>{what}: a flow is counted over a period, not at a point in time.</source>
        <translation>{what}: يُحسب التدفق على مدى فترة، لا في نقطة زمنية.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="165"/>
        <source>{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add up to the total ({total:,.0f}).</source>
        <translation>{indicator} {period}: مجموع الرجال ({male:,.0f}) والنساء ({female:,.0f}) لا يساوي المجموع الكلي ({total:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="181"/>
        <source>{indicator} {period}: {value} has the opposite sign of the values before and after it; a possible sign error.</source>
        <translation>{indicator} {period}: إشارة {value} عكس إشارة القيم السابقة واللاحقة لها؛ قد يكون خطأ في الإشارة.</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="191"/>
        <source>{indicator}: {change:+.0%} between {first} and {second}; explain the change (refugee influx, border change, a new source type?).</source>
        <translation>{indicator}: {change:+.0%} بين {first} و{second}؛ اشرح التغيير (تدفق لاجئين، تغيير حدودي، نوع مصدر جديد؟).</translation>
    </message>
    <message>
        <location filename="../../core/observation_rules.py" line="210"/>
        <source>{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); the focal point should reconcile them and mark the preferred one.</source>
        <translation>{indicator} {period}: تختلف المصادر بنسبة {gap:.0%} ({low:,.1f} مقابل {high:,.1f})؛ وينبغي لجهة التنسيق التوفيق بينها وتحديد المصدر المفضل.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="140"/>
        <source>Errors must be corrected, not acknowledged.</source>
        <translation>يجب تصحيح الأخطاء، لا الإقرار بها.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="142"/>
        <source>Explain the warning in a short note.</source>
        <translation>اشرح التحذير في ملاحظة قصيرة.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="211"/>
        <source>The source is not in this workspace&apos;s data-source inventory.</source>
        <translation>المصدر غير موجود في جرد مصادر البيانات لمساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="216"/>
        <source>Row {row}: {problem}</source>
        <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/observations.py" line="230"/>
        <source>{indicator} {period}: this source already has a value for the same cell.</source>
        <translation>{indicator} {period}: لهذا المصدر قيمة بالفعل للخلية نفسها.</translation>
    </message>
    <message>
        <location filename="../../core/ownership.py" line="50"/>
        <source>This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review comment instead.</source>
        <translation>مساحة العمل هذه تعود إلى {owner}: يراجعها المركز ولكن لا يغيرها. اكتب تعليق مراجعة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>30–90 days</source>
        <translation>30–90 يومًا</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="21"/>
        <source>under 30 days</source>
        <translation>أقل من 30 يومًا</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_dto.py" line="22"/>
        <source>over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="33"/>
        <source>Where is each country in the process?</source>
        <translation>أين يقف كل بلد في العملية؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="34"/>
        <source>How strong is the evidence base?</source>
        <translation>ما مدى قوة قاعدة الأدلة؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="35"/>
        <source>Do national and international numbers agree?</source>
        <translation>هل تتفق الأرقام الوطنية والدولية؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="36"/>
        <source>How do the migration profiles compare?</source>
        <translation>كيف تُقارن ملفات الهجرة؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="37"/>
        <source>Is the institutional set-up real and alive?</source>
        <translation>هل الترتيب المؤسسي حقيقي وفاعل؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="38"/>
        <source>Was society genuinely consulted?</source>
        <translation>هل استُشير المجتمع فعلًا؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="39"/>
        <source>Where did migration land in planning?</source>
        <translation>أين وقعت الهجرة في التخطيط؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="40"/>
        <source>Are priorities evidence-based and costed?</source>
        <translation>هل الأولويات قائمة على الأدلة ومحددة التكلفة؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="41"/>
        <source>Is the M&amp;E framework usable?</source>
        <translation>هل إطار الرصد والتقييم قابل للاستخدام؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="42"/>
        <source>Is international support coherent?</source>
        <translation>هل الدعم الدولي متسق؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="43"/>
        <source>Which GMG agencies supported which steps?</source>
        <translation>أي وكالات GMG دعمت أي خطوات؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="44"/>
        <source>What lessons recur across countries?</source>
        <translation>ما الدروس المتكررة عبر البلدان؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="45"/>
        <source>What did peer exchanges change?</source>
        <translation>ما الذي غيّرته تبادلات الأقران؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="46"/>
        <source>Is it sustainable?</source>
        <translation>هل هو مستدام؟</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="47"/>
        <source>Results against programme targets</source>
        <translation>النتائج مقارنة بغايات البرنامج</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="92"/>
        <source>There is no workspace in this data folder yet.</source>
        <translation>لا توجد مساحة عمل في مجلد البيانات هذا بعد.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="99"/>
        <source>; longest in its status: step {step}, {days} days</source>
        <translation>؛ الأطول في حالتها: الخطوة {step}، {days} يومًا</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="101"/>
        <source>{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, {working} in progress, {waiting} not started; last update {updated}{stay}</source>
        <translation>{country} ({code}): {percent}% إجمالًا؛ {approved} معتمدة، {submitted} مقدَّمة، {working} قيد التنفيذ، {waiting} لم تبدأ؛ آخر تحديث {updated}{stay}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="108"/>
        <source>{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; furthest along: {best} ({percent}% overall).</source>
        <translation>{count} بلدان، {steps} خطوة: {approved} معتمدة، {submitted} مقدَّمة، {working} قيد التنفيذ؛ الأكثر تقدمًا: {best} ({percent}% إجمالًا).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="119"/>
        <source>No profile holds any figure yet.</source>
        <translation>لا يحتوي أي ملف على أي رقم بعد.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="122"/>
        <source>, newest {newest}, oldest latest figure {oldest}</source>
        <translation>، الأحدث {newest}، أقدم رقم أخير {oldest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="124"/>
        <source>; international estimates only</source>
        <translation>؛ تقديرات دولية فقط</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="125"/>
        <source>{country}: {filled} of {total} core indicators have a figure{years}; sources: {types}{alone}</source>
        <translation>{country}: {filled} من {total} مؤشرًا أساسيًا لها رقم{years}؛ المصادر: {types}{alone}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="130"/>
        <source>{national} of {count} countries use national data sources; {alone} rely on international estimates only{names}.</source>
        <translation>{national} من {count} بلدان تستخدم مصادر بيانات وطنية؛ {alone} تعتمد على التقديرات الدولية فقط{names}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="137"/>
        <source>Who must reconcile a gap is not recorded: the country&apos;s focal point marks the preferred figure.</source>
        <translation>لم يُسجل من يجب أن يوفق الفجوة: تحدد جهة التنسيق في البلد الرقم المفضل.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="140"/>
        <source>No figure is given by two sources that disagree by more than 10%.</source>
        <translation>لا يوجد رقم يقدمه مصدران يختلفان بأكثر من 10%.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="142"/>
        <source>{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}</source>
        <translation>{country}: {indicator} {period}: {low} مقابل {high} (فارق {gap:.0%}){done}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="144"/>
        <source>, explained</source>
        <translation>، مشروح</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="146"/>
        <source>{count} disagreement(s) between sources in {countries} countries, the largest first; {open} not yet explained.</source>
        <translation>{count} اختلاف (اختلافات) بين المصادر في {countries} بلدان، الأكبر أولًا؛ {open} لم يُشرح بعد.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="157"/>
        <source>{indicator}: {figures}; missing for {missing}</source>
        <translation>{indicator}: {figures}؛ مفقود لـ {missing}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="161"/>
        <source>{country}: emigrants by destination ({year}): {list}</source>
        <translation>{country}: المهاجرون إلى الخارج حسب بلد المقصد ({year}): {list}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="166"/>
        <source>{count} figures side by side across {indicators} indicators; a country without the figure is shown as missing.</source>
        <translation>{count} رقمًا جنبًا إلى جنب عبر {indicators} مؤشرًا؛ ويُعرض البلد الذي لا يملك الرقم على أنه مفقود.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="168"/>
        <source>Skill mix is not compared: the profiles hold no common skill breakdown.</source>
        <translation>لا يُقارن مزيج المهارات: لا تحتوي الملفات على تصنيف مشترك للمهارات.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="175"/>
        <source>{country}: no active coordination mechanism recorded</source>
        <translation>{country}: لم تُسجل آلية تنسيق فاعلة</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="178"/>
        <source>{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); {meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors with a lead {led} of {sectors}; {focal} sector focal points</source>
        <translation>{country}: {active} آلية (آليات) فاعلة ({legal})، الرئاسة {chair} ({kind})؛ {meetings} اجتماعًا، {rate} سنويًا، {minutes} بمحاضر، آخرها {last}؛ القطاعات الأساسية ذات الجهة الرائدة {led} من {sectors}؛ {focal} جهات تنسيق قطاعية</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="188"/>
        <source>{alive} of {count} countries record an active coordination mechanism.</source>
        <translation>{alive} من {count} بلدان تسجل آلية تنسيق فاعلة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="190"/>
        <source>Whether the chair&apos;s seat goes with faster progress is not computed: too few mechanisms are recorded to compare.</source>
        <translation>لا يُحسب ما إذا كان مقعد الرئاسة يرتبط بتقدم أسرع: عدد الآليات المسجلة أقل من أن يسمح بالمقارنة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="196"/>
        <source>{country}: {events} consultation(s), {people} participants ({women} women); groups reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, {accepted} accepted</source>
        <translation>{country}: {events} مشاورة (مشاورات)، {people} مشاركًا ({women} امرأة)؛ الفئات التي شُملت: {groups}؛ {reflected} من {inputs} مدخلًا منعكسة في أولوية، {accepted} مقبولة</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="205"/>
        <source>{count} countries record consultations: {people} participants, {women} of them women.</source>
        <translation>{count} بلدان تسجل مشاورات: {people} مشاركًا، منهم {women} امرأة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="211"/>
        <source>{country} ({route}): {instruments}</source>
        <translation>{country} ({route}): {instruments}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="220"/>
        <source>Highest mainstreaming level (0–4) by route: {routes}.</source>
        <translation>أعلى مستوى تعميم (0–4) حسب المسار: {routes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="222"/>
        <source>Which route went faster is not known: the dates of level changes are not recorded.</source>
        <translation>لا يُعرف أي مسار كان أسرع: تواريخ تغير المستويات غير مسجلة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="229"/>
        <source>; {count} action(s) without an exchange rate left out</source>
        <translation>؛ استُبعد {count} إجراء (إجراءات) بلا سعر صرف</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="231"/>
        <source>{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of {actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}</source>
        <translation>{country}: {evidenced} من {priorities} أولوية قائمة على أدلة؛ {costed} من {actions} إجراء لها تكلفة وجهة رائدة؛ الخطة {cost}، الممول {funded}، الفجوة {gap}{left}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="237"/>
        <source>{count} countries have priorities; funding gap across them: {gap} of {cost}.</source>
        <translation>{count} بلدان لديها أولويات؛ فجوة التمويل فيها: {gap} من {cost}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="243"/>
        <source>{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: {rag}; {sdg} aligned to an SDG indicator; latest actual {latest}</source>
        <translation>{country}: {ready} من {total} مؤشرًا لها خط أساس وغاية؛ إشارات المرور: {rag}؛ {sdg} متوائمة مع مؤشر من مؤشرات أهداف التنمية المستدامة؛ أحدث قيمة فعلية {latest}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="250"/>
        <source>{count} countries have a results framework; {ready} of {total} indicators have a baseline and a target.</source>
        <translation>{count} بلدان لديها إطار نتائج؛ {ready} من {total} مؤشرًا لها خط أساس وغاية.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="253"/>
        <source>Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is shown instead.</source>
        <translation>يتطلب قياس انتظام الإبلاغ جدولًا زمنيًا للإبلاغ، وهو غير مسجل؛ وتُعرض بدلًا منه أحدث قيمة فعلية.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="259"/>
        <source>{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed priorities without partner support: {unsupported}</source>
        <translation>{country}: {projects} مشروع (مشاريع) للشركاء، {aligned} من {budget} ({share}) متوائمة مع الأولويات الوطنية؛ {undaf} مرتبطة بمحصلة من محصلات إطار الأمم المتحدة للتعاون؛ الأولويات المعتمدة بلا دعم من الشركاء: {unsupported}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="267"/>
        <source>{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to national priorities.</source>
        <translation>{count} بلدان تسجل مشاريع للشركاء؛ {share} من ميزانياتها ({budget}) متوائمة مع الأولويات الوطنية.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="269"/>
        <source>Duplicated projects are not detected.</source>
        <translation>لا يُكشف عن المشاريع المكررة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="274"/>
        <source>Resolution time per agency is not known: a comment&apos;s closing date is not recorded.</source>
        <translation>لا يُعرف وقت الحل لكل وكالة: تاريخ إغلاق التعليق غير مسجل.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="276"/>
        <source>No expert mission or review comment is recorded.</source>
        <translation>لم تُسجل أي بعثة خبراء أو تعليق مراجعة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="278"/>
        <source>{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments {open} open, {closed} closed</source>
        <translation>{agency}: {missions} بعثة (بعثات) ({countries}؛ الخطوات {steps})؛ تعليقات المراجعة: {open} مفتوحة، {closed} مغلقة</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="284"/>
        <source>{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s).</source>
        <translation>{agencies} وكالات: {missions} بعثة (بعثات) خبراء و{comments} تعليق (تعليقات) مراجعة.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="291"/>
        <source>No lesson learned is recorded yet.</source>
        <translation>لم يُسجل أي درس مستفاد بعد.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="296"/>
        <source>{theme}: {count} lesson(s) from {countries}{recurring}{proposal}</source>
        <translation>{theme}: {count} درس (دروس) من {countries}{recurring}{proposal}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="299"/>
        <source>; recurs</source>
        <translation>؛ متكرر</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="300"/>
        <source>; behind a handbook change proposal</source>
        <translation>؛ وراء مقترح لتغيير الدليل</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="303"/>
        <source>Themes recurring in 3 or more countries: {themes}.</source>
        <translation>المواضيع المتكررة في 3 بلدان أو أكثر: {themes}.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="304"/>
        <source>No theme recurs in 3 or more countries yet ({count} lessons).</source>
        <translation>لا يتكرر أي موضوع في 3 بلدان أو أكثر بعد ({count} درسًا).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="311"/>
        <source>No peer exchange is recorded.</source>
        <translation>لم يُسجل أي تبادل بين الأقران.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="312"/>
        <source>{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} lesson(s) and {priorities} priority(ies)</source>
        <translation>استضافت {host} {visitors} ({end}، {topic}): بعد ذلك سجّل الزوار {lessons} درسًا و{priorities} أولوية</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="316"/>
        <source>{count} peer exchange(s) recorded.</source>
        <translation>سُجل {count} تبادل (تبادلات) بين الأقران.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="317"/>
        <source>Records dated after an exchange are not necessarily caused by it.</source>
        <translation>السجلات المؤرخة بعد تبادل ما ليست بالضرورة ناتجة عنه.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="323"/>
        <source>{country}: the government budget carries {share} of the plan&apos;s funding; the mechanism last met {last}</source>
        <translation>{country}: تتحمل ميزانية الحكومة {share} من تمويل الخطة؛ آخر اجتماع للآلية {last}</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="327"/>
        <source>Government budget share of the funded actions: {share} across {count} countries.</source>
        <translation>حصة ميزانية الحكومة من الإجراءات الممولة: {share} عبر {count} بلدان.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="329"/>
        <source>Whether the profile is produced by a national body on a legal basis is not recorded.</source>
        <translation>لم يُسجل ما إذا كانت هيئة وطنية تُعد الملف على أساس قانوني.</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="334"/>
        <source>{country}: {indicator} {value} ({year})</source>
        <translation>{country}: {indicator} {value} ({year})</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="337"/>
        <source>No country reports laws amended or new M&amp;D policies (indicators PROC_LAWS_MM, PROC_NEW_MD_POLICIES) in its profile.</source>
        <translation>لا يُبلغ أي بلد في ملفه عن قوانين معدلة أو سياسات جديدة للهجرة والتنمية (المؤشران PROC_LAWS_MM وPROC_NEW_MD_POLICIES).</translation>
    </message>
    <message>
        <location filename="../../core/portfolio_questions.py" line="344"/>
        <source>Laws and policies amended: {laws} (the programme reported {laws_target}); new M&amp;D policies and programmes: {policies} (the programme reported {policies_target}).</source>
        <translation>القوانين والسياسات المعدلة: {laws} (أبلغ البرنامج عن {laws_target})؛ السياسات والبرامج الجديدة للهجرة والتنمية: {policies} (أبلغ البرنامج عن {policies_target}).</translation>
    </message>
    <message>
        <location filename="../../core/readiness.py" line="91"/>
        <source>The evidence attached to “{criterion}” is not a document of this workspace; attach the file again.</source>
        <translation>الدليل المرفق بـ «{criterion}» ليس وثيقة من وثائق مساحة العمل هذه؛ أرفق الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="16"/>
        <source>High-level political endorsement</source>
        <translation>تأييد سياسي رفيع المستوى</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="17"/>
        <source>Lead institution and focal point designated</source>
        <translation>تعيين المؤسسة الرائدة وجهة التنسيق</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="18"/>
        <source>Budget or donor funding secured</source>
        <translation>تأمين الميزانية أو تمويل المانحين</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="19"/>
        <source>UN country team lead agency agreed</source>
        <translation>الاتفاق على الوكالة الرائدة في فريق الأمم المتحدة القُطري</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="20"/>
        <source>A planning window exists</source>
        <translation>توجد نافذة تخطيط</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="21"/>
        <source>Existing analysis available</source>
        <translation>تحليلات قائمة متاحة</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="22"/>
        <source>Statistics office involved</source>
        <translation>إشراك مكتب الإحصاء</translation>
    </message>
    <message>
        <location filename="../../core/readiness_rules.py" line="34"/>
        <source>“{criterion}” is marked met: attach evidence or explain it in at least {minimum} characters.</source>
        <translation>«{criterion}» معلَّم بأنه مستوفى: أرفق دليلًا أو اشرحه في {minimum} حرفًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="46"/>
        <source>“{field}” is required.</source>
        <translation>«{field}» مطلوب.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="59"/>
        <source>“{field}” must be a whole number.</source>
        <translation>يجب أن يكون «{field}» عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="62"/>
        <source>“{field}” must lie between {minimum} and {maximum}.</source>
        <translation>يجب أن يقع «{field}» بين {minimum} و{maximum}.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="68"/>
        <source>“{value}” is not a valid {field}.</source>
        <translation>«{value}» ليس {field} صالحًا.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="72"/>
        <source>“{field}” must be an amount of 0 or more.</source>
        <translation>يجب أن يكون «{field}» مبلغًا قدره 0 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="76"/>
        <source>“{field}” must be a number.</source>
        <translation>يجب أن يكون «{field}» رقمًا.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="79"/>
        <source>“{field}” must be a date.</source>
        <translation>يجب أن يكون «{field}» تاريخًا.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="172"/>
        <source>This record repeats one that is stored already (perhaps one deleted earlier); edit that one instead.</source>
        <translation>يكرر هذا السجل سجلًا مخزنًا بالفعل (ربما سجلًا حُذف سابقًا)؛ عدِّل ذلك السجل بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="187"/>
        <source>“{field}” does not belong to the chosen “{parent}”.</source>
        <translation>«{field}» لا ينتمي إلى «{parent}» المختار.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="224"/>
        <source>“{field}” points at evidence that is not in this workspace.</source>
        <translation>يشير «{field}» إلى دليل غير موجود في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="240"/>
        <source>“{field}” points at a record that is not in this workspace.</source>
        <translation>يشير «{field}» إلى سجل غير موجود في مساحة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../core/records.py" line="263"/>
        <source>“{value}” is already in the list ({field}).</source>
        <translation>«{value}» موجود بالفعل في القائمة ({field}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="65"/>
        <source>Give the workspace a title.</source>
        <translation>أعطِ مساحة العمل عنوانًا.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="66"/>
        <source>Choose the programme phase.</source>
        <translation>اختر مرحلة البرنامج.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="67"/>
        <source>Enter the start and end dates.</source>
        <translation>أدخل تاريخي البدء والانتهاء.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="68"/>
        <source>Name the donor.</source>
        <translation>سمِّ الجهة المانحة.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="69"/>
        <source>Name the lead institution.</source>
        <translation>سمِّ المؤسسة الرائدة.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="70"/>
        <source>Name the national focal point.</source>
        <translation>سمِّ جهة التنسيق الوطنية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="71"/>
        <source>Choose the entry mode into planning.</source>
        <translation>اختر نمط الدخول في التخطيط.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="72"/>
        <source>Choose the default currency.</source>
        <translation>اختر العملة الافتراضية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="73"/>
        <source>Enter the reference year of the profile.</source>
        <translation>أدخل السنة المرجعية للملف.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="80"/>
        <source>Assess the readiness criterion “{criterion}”.</source>
        <translation>قيِّم معيار الجاهزية «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="85"/>
        <source>“{criterion}” must be met before the process starts.</source>
        <translation>يجب استيفاء «{criterion}» قبل بدء العملية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="92"/>
        <source>Attach evidence for the criteria marked met: {criteria}.</source>
        <translation>أرفق أدلة للمعايير المعلَّمة بأنها مستوفاة: {criteria}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="95"/>
        <source>The national focal point has not confirmed the readiness assessment.</source>
        <translation>لم تؤكد جهة التنسيق الوطنية تقييم الجاهزية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="104"/>
        <source>Enter the reference year of the profile in step 0; core indicators are counted from it.</source>
        <translation>أدخل السنة المرجعية للملف في الخطوة 0؛ إذ تُحسب المؤشرات الأساسية انطلاقًا منها.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="116"/>
        <source>Core indicators with a value for {first}–{last}: {have} of {total} (80% needed). Missing: {codes}.</source>
        <translation>المؤشرات الأساسية التي لها قيمة للفترة {first}–{last}: {have} من {total} (المطلوب 80%). الناقصة: {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="124"/>
        <source>Write the narrative of profile part {part}.</source>
        <translation>اكتب السرد للجزء {part} من الملف.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="126"/>
        <source>Inventory the data sources used.</source>
        <translation>اجرد مصادر البيانات المستخدمة.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="129"/>
        <source>Document the data gaps of each source type used{types}.</source>
        <translation>وثِّق الثغرات في بيانات كل نوع من أنواع المصادر المستخدمة{types}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="138"/>
        <source>Record an active inter-ministerial coordination mechanism.</source>
        <translation>سجِّل آلية تنسيق فاعلة مشتركة بين الوزارات.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="139"/>
        <source>Attach the mechanism&apos;s terms of reference.</source>
        <translation>أرفق اختصاصات الآلية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="152"/>
        <source>Core sectors not yet represented on the mechanism: {sectors}.</source>
        <translation>القطاعات الأساسية غير الممثلة بعد في الآلية: {sectors}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="155"/>
        <source>The lead institution should sit on the mechanism.</source>
        <translation>ينبغي أن تكون المؤسسة الرائدة عضوًا في الآلية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="157"/>
        <source>Name the sector focal points.</source>
        <translation>سمِّ جهات التنسيق القطاعية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="164"/>
        <source>Each active mechanism needs exactly one chair (or one or two co-chairs){names}.</source>
        <translation>تحتاج كل آلية فاعلة إلى رئيس واحد بالضبط (أو رئيسين مشاركين أو رئيس مشارك واحد){names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="174"/>
        <source>Name a lead institution for the policy areas of the priorities: {areas}.</source>
        <translation>سمِّ مؤسسة رائدة لمجالات السياسات الخاصة بالأولويات: {areas}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="181"/>
        <source>Meetings dated before their mechanism was established: {dates}.</source>
        <translation>اجتماعات مؤرخة قبل إنشاء آليتها: {dates}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="185"/>
        <source>Hold at least {minimum} meetings with minutes ({count} so far).</source>
        <translation>اعقد {minimum} اجتماعات على الأقل بمحاضر (حتى الآن {count}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="197"/>
        <source>No consultation has reached {group} yet.</source>
        <translation>لم تصل أي مشاورة إلى {group} بعد.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="205"/>
        <source>Give every consultation at least one topic and one stakeholder present{titles}.</source>
        <translation>أعطِ كل مشاورة موضوعًا واحدًا على الأقل وصاحب مصلحة حاضرًا واحدًا على الأقل{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="208"/>
        <source>Hold a validation workshop on the profile and the priorities.</source>
        <translation>اعقد حلقة عمل للمصادقة على الملف والأولويات.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="210"/>
        <source>Report the participants of consultations by sex.</source>
        <translation>أبلِغ عن المشاركين في المشاورات حسب الجنس.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="214"/>
        <source>Decide what happens to the inputs received ({pending} of {total} pending; at most 10% may be).</source>
        <translation>قرِّر ما يحدث للمدخلات المستلمة ({pending} من {total} معلقة؛ ويجوز أن يكون 10% منها على الأكثر معلقًا).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="223"/>
        <source>Adopt a planning instrument that mainstreams migration (level 2 or more) or a stand-alone migration and development policy.</source>
        <translation>اعتمد أداة تخطيط تعمم مراعاة الهجرة (المستوى 2 أو أكثر) أو سياسة مستقلة للهجرة والتنمية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="226"/>
        <source>Set the migration and development priorities.</source>
        <translation>حدِّد أولويات الهجرة والتنمية.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="231"/>
        <source>Link every priority to its evidence{titles}.</source>
        <translation>اربط كل أولوية بأدلتها{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="236"/>
        <source>Have the mechanism endorse the priority list{titles}.</source>
        <translation>اجعل الآلية تعتمد قائمة الأولويات{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="240"/>
        <source>Make the scoring weights add up to 1 (they add up to {total:.2f}).</source>
        <translation>اجعل مجموع أوزان التقييم يساوي 1 (مجموعها {total:.2f}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="246"/>
        <source>Cost the actions of every endorsed priority, each with a lead{titles}.</source>
        <translation>حدِّد تكلفة إجراءات كل أولوية معتمدة، ولكل منها جهة رائدة{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="270"/>
        <source>Give every impact an indicator (ideally an SDG or national plan one): {codes}.</source>
        <translation>أعطِ كل أثر مؤشرًا (ويُفضَّل مؤشر من أهداف التنمية المستدامة أو من الخطة الوطنية): {codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="273"/>
        <source>Attach the final evaluation&apos;s report and record the management response.</source>
        <translation>أرفق تقرير التقييم النهائي وسجِّل رد الإدارة.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="276"/>
        <source>Set up the results framework with its outcomes.</source>
        <translation>أعِدّ إطار النتائج بمحصلاته.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="278"/>
        <source>Give every outcome an indicator with a baseline and a target{codes}.</source>
        <translation>أعطِ كل محصلة مؤشرًا له خط أساس وغاية{codes}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="281"/>
        <source>Report actuals for at least 80% of the indicators ({have} of {total}).</source>
        <translation>أبلِغ عن القيم الفعلية لـ 80% على الأقل من المؤشرات ({have} من {total}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="284"/>
        <source>Plan the mid-term and final evaluations.</source>
        <translation>خطِّط لتقييمي منتصف المدة والنهائي.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="298"/>
        <source>List the development partners present in the country.</source>
        <translation>اذكر شركاء التنمية الموجودين في البلد.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="300"/>
        <source>Each partner lists its projects or confirms it has none{names}.</source>
        <translation>يسرد كل شريك مشاريعه أو يؤكد أنه لا يملك أيًا منها{names}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="303"/>
        <source>Align each project to a national priority or say why not{titles}.</source>
        <translation>وائِم كل مشروع مع أولوية وطنية أو اذكر سبب عدم ذلك{titles}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="305"/>
        <source>Record at least one partner coordination event.</source>
        <translation>سجِّل فعالية تنسيق واحدة على الأقل بين الشركاء.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="321"/>
        <source>Steps not yet approved: {steps}.</source>
        <translation>الخطوات التي لم تُعتمد بعد: {steps}.</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="322"/>
        <source>Record at least {minimum} validated lessons ({count} so far).</source>
        <translation>سجِّل {minimum} دروس مصادق عليها على الأقل (حتى الآن {count}).</translation>
    </message>
    <message>
        <location filename="../../core/step_rules.py" line="326"/>
        <source>Resolve the open blocker and major review comments ({count}).</source>
        <translation>عالج تعليقات المراجعة المفتوحة من نوع «عائق» و«رئيسي» ({count}).</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="25"/>
        <source>Workspace and readiness</source>
        <translation>مساحة العمل والجاهزية</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="26"/>
        <source>Set up the pilot and check the preconditions.</source>
        <translation>أعِدّ المشروع التجريبي وتحقق من الشروط المسبقة.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="28"/>
        <source>Migration profile</source>
        <translation>ملف الهجرة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="29"/>
        <source>Assess national migration dynamics: the evidence base.</source>
        <translation>تقييم ديناميات الهجرة الوطنية: قاعدة الأدلة.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="31"/>
        <source>Whole-of-government</source>
        <translation>نهج الحكومة بأكملها</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="32"/>
        <source>The inter-ministerial mechanism and who is responsible.</source>
        <translation>الآلية المشتركة بين الوزارات ومن المسؤول.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="34"/>
        <source>Whole-of-society</source>
        <translation>نهج المجتمع بأكمله</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="35"/>
        <source>Stakeholders, consultations and what became of inputs.</source>
        <translation>أصحاب المصلحة والمشاورات وما آلت إليه المدخلات.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Policy priorities in the plan</source>
        <translation>أولويات السياسات في الخطة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Evidence-based priorities, written into plans and costed.</source>
        <translation>أولويات قائمة على الأدلة، مدرجة في الخطط ومحددة التكلفة.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="40"/>
        <source>Monitoring and evaluation</source>
        <translation>الرصد والتقييم</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="41"/>
        <source>Results framework, indicators, targets and actuals.</source>
        <translation>إطار النتائج والمؤشرات والغايات والقيم الفعلية.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="43"/>
        <source>Coherent international support</source>
        <translation>دعم دولي متسق</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Partners&apos; projects aligned to the national priorities.</source>
        <translation>مشاريع الشركاء المتوائمة مع الأولويات الوطنية.</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="46"/>
        <source>Pilot testing and lessons learned</source>
        <translation>الاختبار التجريبي والدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="47"/>
        <source>Expert support, peer exchanges, lessons, handbook changes.</source>
        <translation>دعم الخبراء وتبادلات الأقران والدروس وتغييرات الدليل.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="199"/>
        <source>The priority “{title}” rests on no evidence: link a figure, finding or input.</source>
        <translation>الأولوية «{title}» لا تستند إلى أي دليل: اربط رقمًا أو استنتاجًا أو مدخلًا.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="204"/>
        <source>The endorsed priority “{title}” has no actions.</source>
        <translation>الأولوية المعتمدة «{title}» ليس لها إجراءات.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="208"/>
        <source>The action “{action}” lands in no plan element.</source>
        <translation>الإجراء «{action}» لا يندرج في أي عنصر من عناصر الخطة.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="211"/>
        <source>No indicator measures the action “{action}”.</source>
        <translation>لا يوجد مؤشر يقيس الإجراء «{action}».</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="215"/>
        <source>The endorsed priority “{title}” has no funding: no action is funded and no partner project is aligned to it.</source>
        <translation>الأولوية المعتمدة «{title}» بلا تمويل: لا يوجد إجراء ممول ولا مشروع شريك متوائم معها.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="228"/>
        <source>The indicator “{name}” ({code}) has no baseline.</source>
        <translation>المؤشر «{name}» ({code}) ليس له خط أساس.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="232"/>
        <source>The indicator “{name}” ({code}) has no target.</source>
        <translation>المؤشر «{name}» ({code}) ليس له غاية.</translation>
    </message>
    <message>
        <location filename="../../core/trace.py" line="247"/>
        <source>“{title}” is at mainstreaming level {level} but none of its elements is linked to an indicator.</source>
        <translation>«{title}» في مستوى التعميم {level} لكن لا يرتبط أي من عناصره بمؤشر.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="21"/>
        <source>The workspace code must be 2 to 20 capital letters, digits or dashes, for example JAM or JAM-2.</source>
        <translation>يجب أن يتكون رمز مساحة العمل من 2 إلى 20 حرفًا لاتينيًا كبيرًا أو رقمًا أو شرطة، مثل JAM أو JAM-2.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="25"/>
        <source>Choose the country from the list (ISO 3166 code).</source>
        <translation>اختر البلد من القائمة (رمز ISO 3166).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="28"/>
        <source>The workspace needs a title.</source>
        <translation>تحتاج مساحة العمل إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="31"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>تاريخ الانتهاء ({end}) يسبق تاريخ البدء ({start}).</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="35"/>
        <source>The reference year must lie between {first} and {last}.</source>
        <translation>يجب أن تقع السنة المرجعية بين {first} و{last}.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="39"/>
        <source>{currency} is not an ISO 4217 currency code.</source>
        <translation>{currency} ليس رمز عملة وفق ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../core/workspace_rules.py" line="42"/>
        <source>The focal point&apos;s e-mail address does not look right.</source>
        <translation>لا يبدو عنوان البريد الإلكتروني لجهة التنسيق صحيحًا.</translation>
    </message>
    <message>
        <source>Women among immigrants, %</source>
        <translation type="obsolete">النساء بين المهاجرين الوافدين، %</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="45"/>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="46"/>
        <source>Partly met</source>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="47"/>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/readiness_page.py" line="48"/>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="40"/>
        <source>Phase I (2011–2013)</source>
        <translation>المرحلة الأولى (2011–2013)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="41"/>
        <source>Phase II (2014–2018)</source>
        <translation>المرحلة الثانية (2014–2018)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="42"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="50"/>
        <source>Integrate into the national plan being drafted</source>
        <translation>الإدماج في الخطة الوطنية قيد الصياغة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="52"/>
        <source>Stand-alone migration and development strategy</source>
        <translation>استراتيجية مستقلة للهجرة والتنمية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/workspace_page.py" line="54"/>
        <source>Sector plans only</source>
        <translation>الخطط القطاعية فقط</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="45"/>
        <source>The file system refused: {reason}</source>
        <translation>رفض نظام الملفات: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="47"/>
        <source>Something unexpected went wrong ({kind}: {detail}). Nothing was half-saved; the details are in the log file.</source>
        <translation>حدث خطأ غير متوقع ({kind}: {detail}). لم يُحفظ أي شيء جزئيًا؛ والتفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="62"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="63"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="64"/>
        <source>CSV files in a zip (*.zip)</source>
        <translation>ملفات CSV في ملف zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="66"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="77"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workbook_export.py" line="78"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="18"/>
        <source>Before starting, the handbook asks for political backing, a mandated lead and resources. Record the pilot&apos;s basic facts, then assess the seven preconditions: high-level endorsement, a designated lead institution and focal point, funding, an agreed UN lead agency, a planning window (a national or sector plan being drafted), existing analysis, and the statistics office on board. The best moment to mainstream is while a new national strategy is drafted; if the timelines do not match, a stand-alone migration and development strategy can feed the plan.</source>
        <translation>قبل البدء، يطلب الدليل دعمًا سياسيًا وجهة رائدة مكلفة وموارد. سجِّل الحقائق الأساسية للمشروع التجريبي، ثم قيِّم الشروط المسبقة السبعة: تأييد رفيع المستوى، ومؤسسة رائدة وجهة تنسيق معينتان، وتمويل، ووكالة رائدة متفق عليها من الأمم المتحدة، ونافذة تخطيط (خطة وطنية أو قطاعية قيد الصياغة)، وتحليلات قائمة، ومشاركة مكتب الإحصاء. وأفضل وقت لتعميم المراعاة هو أثناء صياغة استراتيجية وطنية جديدة؛ وإذا لم تتطابق الجداول الزمنية، يمكن لاستراتيجية مستقلة للهجرة والتنمية أن تغذي الخطة.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="25"/>
        <source>Build the evidence base in the standard profile structure: A, migration trends and migrants&apos; characteristics; B, the impact of migration on the economy, labour market, society and health; C, the governance framework; D, findings and recommendations. Break data down by age and sex, give every number its source, inventory the data sources and their gaps, and plan how the profile will be kept up to date.</source>
        <translation>ابنِ قاعدة الأدلة وفق الهيكل الموحد للملف: ألف، اتجاهات الهجرة وخصائص المهاجرين؛ باء، أثر الهجرة في الاقتصاد وسوق العمل والمجتمع والصحة؛ جيم، إطار الحوكمة؛ دال، الاستنتاجات والتوصيات. صنِّف البيانات حسب العمر والجنس، وأعطِ كل رقم مصدره، واجرد مصادر البيانات وثغراتها، وخطِّط لكيفية تحديث الملف باستمرار.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="31"/>
        <source>Set up an inter-ministerial mechanism (a task force or working group with a legal basis, a chair, a secretariat and terms of reference) so that labour, health, education, statistics, finance or the central bank, interior and border, foreign affairs, justice and planning all contribute. Name sector focal points, meet regularly and keep minutes, decisions and action items.</source>
        <translation>أنشئ آلية مشتركة بين الوزارات (فرقة عمل أو فريق عامل له أساس قانوني ورئيس وأمانة واختصاصات) كي تسهم فيها قطاعات العمل والصحة والتعليم والإحصاء والمالية أو المصرف المركزي والداخلية والحدود والشؤون الخارجية والعدل والتخطيط. سمِّ جهات التنسيق القطاعية، واجتمع بانتظام، واحتفظ بالمحاضر والقرارات وبنود العمل.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="36"/>
        <source>Bring in academia, service providers, local government, the private sector, recruitment agencies, remittance providers, trade unions, NGOs, diaspora and migrant associations and the media. Record each consultation with its participants by sex, every input received, and what became of it, with a reason.</source>
        <translation>أشرِك الأوساط الأكاديمية ومقدمي الخدمات والحكم المحلي والقطاع الخاص ووكالات التوظيف ومقدمي خدمات التحويلات المالية والنقابات العمالية والمنظمات غير الحكومية وجمعيات المغتربين والمهاجرين ووسائل الإعلام. سجِّل كل مشاورة مع المشاركين فيها حسب الجنس، وكل مدخل مستلم، وما آل إليه، مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="40"/>
        <source>Combine the profile with the consultations to set migration and development priorities, apply the migration lens to the plan&apos;s goals, and write the priorities into the national plan, sector strategies, local plans, the UN cooperation framework or the budget. Each priority points back to its evidence and forward to costed actions with a lead institution.</source>
        <translation>اجمع بين الملف والمشاورات لتحديد أولويات الهجرة والتنمية، وطبِّق منظور الهجرة على أهداف الخطة، وأدرج الأولويات في الخطة الوطنية والاستراتيجيات القطاعية والخطط المحلية وإطار الأمم المتحدة للتعاون أو الميزانية. وتحيل كل أولوية إلى أدلتها وتمتد إلى إجراءات محددة التكلفة لها مؤسسة رائدة.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="45"/>
        <source>Set up a results framework (impact, outcomes, outputs) with neutral indicators, their unit, disaggregation, means of verification, a baseline and targets. Report actuals each period; the program computes red, amber or green from the progress toward each target. Plan mid-term and final evaluations and record management responses.</source>
        <translation>أعِدّ إطار نتائج (الأثر، المحصلات، المخرجات) بمؤشرات محايدة، مع وحدتها وتصنيفها ووسائل التحقق منها وخط الأساس والغايات. أبلِغ عن القيم الفعلية في كل فترة؛ ويحسب البرنامج اللون الأحمر أو الكهرماني أو الأخضر من التقدم نحو كل غاية. خطِّط لتقييمي منتصف المدة والنهائي وسجِّل ردود الإدارة.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="50"/>
        <source>Once migration is in the national instruments, align outside support with it: list the development partners and their migration-related projects, link each project to the national priorities it serves, and compare funding with the cost of each priority to show the gap.</source>
        <translation>بمجرد إدراج الهجرة في الأدوات الوطنية، وائِم الدعم الخارجي معها: اذكر شركاء التنمية ومشاريعهم المتعلقة بالهجرة، واربط كل مشروع بالأولويات الوطنية التي يخدمها، وقارن التمويل بتكلفة كل أولوية لإظهار الفجوة.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="54"/>
        <source>Across the pilot countries, record GMG expert missions, peer exchanges and review comments, capture lessons learned (what happened, why, and what to recommend), and trace proposals to change the handbook to the lessons behind them.</source>
        <translation>عبر البلدان التجريبية، سجِّل بعثات خبراء GMG وتبادلات الأقران وتعليقات المراجعة، ودوِّن الدروس المستفادة (ما حدث، ولماذا، وما يُوصى به)، وتتبَّع مقترحات تغيير الدليل إلى الدروس التي تستند إليها.</translation>
    </message>
</context>
<context>
    <name>participation</name>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="13"/>
        <source>Institutions and people</source>
        <translation>المؤسسات والأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="14"/>
        <source>One registry for every step: ministries, agencies, the central bank, the statistics office, local government, UN agencies, donors, NGOs, academia, the private sector, diaspora organisations, and their people. Contact details need the person&apos;s consent.</source>
        <translation>سجل واحد لكل الخطوات: الوزارات والوكالات والمصرف المركزي ومكتب الإحصاء والحكم المحلي ووكالات الأمم المتحدة والجهات المانحة والمنظمات غير الحكومية والأوساط الأكاديمية والقطاع الخاص ومنظمات المغتربين، والأشخاص التابعون لها. تتطلب بيانات الاتصال موافقة الشخص.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="22"/>
        <source>The coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="23"/>
        <source>The task force or working group: its legal basis, chair, secretariat, terms of reference, and its members with the sector focal points.</source>
        <translation>فرقة العمل أو الفريق العامل: أساسه القانوني ورئيسه وأمانته واختصاصاته وأعضاؤه مع جهات التنسيق القطاعية.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="27"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="28"/>
        <source>Each meeting with its agenda and minutes, who attended, and the decisions and action items.</source>
        <translation>كل اجتماع مع جدول أعماله ومحضره ومن حضره والقرارات وبنود العمل.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="31"/>
        <source>Who is responsible for what</source>
        <translation>من المسؤول عن ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="32"/>
        <source>For each policy area, the lead institution, the contributors, the data providers and who is consulted. Core sectors without a lead are shown in red.</source>
        <translation>لكل مجال من مجالات السياسات: المؤسسة الرائدة والمساهمون ومقدمو البيانات ومن تُستشار. وتظهر القطاعات الأساسية التي لا جهة رائدة لها باللون الأحمر.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="40"/>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="41"/>
        <source>Who has a stake, how interested and how influential (1-5), and how they are engaged.</source>
        <translation>من له مصلحة، وما مدى اهتمامه وتأثيره (1-5)، وكيف يُشرَك.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="44"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="45"/>
        <source>Each consultation with its participants by sex and the stakeholders present.</source>
        <translation>كل مشاورة مع المشاركين فيها حسب الجنس وأصحاب المصلحة الحاضرين.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="48"/>
        <source>Inputs received</source>
        <translation>المدخلات المستلمة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="49"/>
        <source>Every suggestion received and what became of it (accepted, partly, noted, rejected), with the reason.</source>
        <translation>كل اقتراح مستلم وما آل إليه (مقبول، جزئيًا، مُحاط علمًا به، مرفوض)، مع السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="57"/>
        <source>Development partners</source>
        <translation>شركاء التنمية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="58"/>
        <source>UN agencies, donors, international financial institutions and foundations present in the country; each lists its migration-related projects or confirms it has none.</source>
        <translation>وكالات الأمم المتحدة والجهات المانحة والمؤسسات المالية الدولية والمؤسسات الخيرية الموجودة في البلد؛ ويسرد كل منها مشاريعه المتعلقة بالهجرة أو يؤكد أنه لا يملك أيًا منها.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="62"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="63"/>
        <source>The migration and development project inventory: budgets, dates, policy areas, and alignment to the national priorities (or why not).</source>
        <translation>جرد مشاريع الهجرة والتنمية: الميزانيات والتواريخ ومجالات السياسات والمواءمة مع الأولويات الوطنية (أو سبب عدمها).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="67"/>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="68"/>
        <source>UN country team meetings, donor round tables and joint programming.</source>
        <translation>اجتماعات فريق الأمم المتحدة القُطري، والموائد المستديرة للمانحين، والبرمجة المشتركة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="74"/>
        <source>GMG expert missions</source>
        <translation>بعثات خبراء GMG</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="75"/>
        <source>The missions of the GMG agencies that supported the country: in country, remote or desk review, with the steps they supported, their terms of reference and their reports.</source>
        <translation>بعثات وكالات GMG التي دعمت البلد: ميدانيًا أو عن بُعد أو مراجعة مكتبية، مع الخطوات التي دعمتها واختصاصاتها وتقاريرها.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="79"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/participation_pages.py" line="80"/>
        <source>What happened, why, and what others should do: each lesson with its theme and step, how widely it applies, its evidence, and who validated it. Step 7 needs at least three validated lessons.</source>
        <translation>ما حدث، ولماذا، وما ينبغي للآخرين فعله: كل درس مع موضوعه وخطوته، ومدى انطباقه، وأدلته، ومن صادق عليه. تتطلب الخطوة 7 ثلاثة دروس مصادق عليها على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="16"/>
        <source>Planning instruments</source>
        <translation>أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="17"/>
        <source>The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a stand-alone migration policy: status, period and how far each mainstreams migration (0 absent … 4 costed and budgeted actions). Then each plan&apos;s goals, outcomes, strategies and actions.</source>
        <translation>الخطة الوطنية، والاستراتيجيات القطاعية، والخطط المحلية، وإطار الأمم المتحدة للتعاون، والميزانية أو سياسة هجرة مستقلة: الحالة والفترة ومدى تعميم كل منها لمراعاة الهجرة (0 غائبة … 4 إجراءات محددة التكلفة ومدرجة في الميزانية). ثم أهداف كل خطة ومحصلاتها واستراتيجياتها وإجراءاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="22"/>
        <source>Migration lens</source>
        <translation>منظور الهجرة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="23"/>
        <source>Apply the migration lens to plan elements: for the element&apos;s policy area, answer the questions of the bank (the list follows the area chosen), say how migration affects the goal and the goal migration, and propose a change to the text.</source>
        <translation>طبِّق منظور الهجرة على عناصر الخطة: لمجال السياسات الخاص بالعنصر، أجب عن أسئلة البنك (تتبع القائمة المجال المختار)، وبيِّن كيف تؤثر الهجرة في الهدف وكيف يؤثر الهدف في الهجرة، واقترح تعديلًا على النص.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="28"/>
        <source>Priorities and their evidence</source>
        <translation>الأولويات وأدلتها</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="29"/>
        <source>The migration and development priorities with problem, objective and target groups, scored 1-5 (weights below; equal when none are set). Each priority needs at least one piece of evidence from the profile, the consultations or a document; endorsement needs the mechanism&apos;s decision.</source>
        <translation>أولويات الهجرة والتنمية مع المشكلة والهدف والفئات المستهدفة، مقيَّمة من 1 إلى 5 (الأوزان أدناه؛ متساوية إن لم تُحدد). تحتاج كل أولوية إلى دليل واحد على الأقل من الملف أو المشاورات أو وثيقة؛ ويتطلب الاعتماد قرارًا من الآلية.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="34"/>
        <source>Costed action plan</source>
        <translation>خطة عمل محددة التكلفة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="35"/>
        <source>Each priority&apos;s actions with a lead, dates, a cost and where they land in the plan; their funding by source never exceeds the cost, and the rest shows as the gap.</source>
        <translation>إجراءات كل أولوية مع جهة رائدة وتواريخ وتكلفة وموضعها في الخطة؛ ولا يتجاوز تمويلها حسب المصدر التكلفة أبدًا، ويظهر الباقي على أنه الفجوة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="42"/>
        <source>Results chain</source>
        <translation>سلسلة النتائج</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="43"/>
        <source>Impact, outcomes, outputs and activities, each contributing to the level above and linked to a priority or a plan element, with assumptions and risks.</source>
        <translation>الأثر والمحصلات والمخرجات والأنشطة، يسهم كل منها في المستوى الأعلى ويرتبط بأولوية أو بعنصر من عناصر الخطة، مع الافتراضات والمخاطر.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="47"/>
        <source>Indicators, baselines and targets</source>
        <translation>المؤشرات وخطوط الأساس والغايات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="48"/>
        <source>Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a baseline (offered from the profile when the indicator is one of its reference indicators) and targets by year.</source>
        <translation>مؤشرات محايدة مع الوحدة والاتجاه والتصنيف والتواتر ووسائل التحقق؛ وخط أساس (يُقترح من الملف عندما يكون المؤشر أحد مؤشراته المرجعية) وغايات حسب السنة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="53"/>
        <source>Actuals</source>
        <translation>القيم الفعلية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="54"/>
        <source>The values reported for each period, with their evidence, and disaggregated values that add up to the total. The dashboard colours each indicator by its progress.</source>
        <translation>القيم المُبلَّغ عنها لكل فترة، مع أدلتها، والقيم المصنفة التي يساوي مجموعها الإجمالي. وتلوّن لوحة المعلومات كل مؤشر حسب تقدمه.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="58"/>
        <source>Evaluations</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/planning_pages.py" line="59"/>
        <source>The evaluation plan (mid-term and final), the reports, and the management response to each recommendation; the thresholds of the traffic lights.</source>
        <translation>خطة التقييم (منتصف المدة والنهائي)، والتقارير، ورد الإدارة على كل توصية؛ وعتبات إشارات المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="80"/>
        <source>The golden thread</source>
        <translation>الخيط الذهبي</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="81"/>
        <source>From the evidence to the priority, its actions and where they land in the plan, the indicators that measure them and the money behind them. Broken links come first.</source>
        <translation>من الأدلة إلى الأولوية وإجراءاتها وموضعها في الخطة، والمؤشرات التي تقيسها والأموال التي تقف وراءها. تأتي الروابط المقطوعة أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="99"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/records_wizard.py" line="100"/>
        <source>Each step&apos;s review by the GMG hub: a country submits a step, the hub comments, asks for changes or approves. Blocker and major comments must be closed before approval.</source>
        <translation>مراجعة مركز GMG لكل خطوة: يقدم البلد خطوة، فيعلق المركز أو يطلب تغييرات أو يعتمدها. يجب إغلاق التعليقات من نوع «عائق» و«رئيسي» قبل الاعتماد.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="52"/>
        <source>Step 2: whole-of-government — {code}</source>
        <translation>الخطوة 2: نهج الحكومة بأكملها — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="53"/>
        <source>Step 3: whole-of-society — {code}</source>
        <translation>الخطوة 3: نهج المجتمع بأكمله — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="54"/>
        <source>Step 4: priorities in the plan — {code}</source>
        <translation>الخطوة 4: الأولويات في الخطة — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="55"/>
        <source>Step 5: monitoring and evaluation — {code}</source>
        <translation>الخطوة 5: الرصد والتقييم — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="56"/>
        <source>Step 6: coherent international support — {code}</source>
        <translation>الخطوة 6: دعم دولي متسق — {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/registry.py" line="57"/>
        <source>Step 7: pilot testing, review and lessons — {code}</source>
        <translation>الخطوة 7: الاختبار التجريبي والمراجعة والدروس — {code}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="96"/>
        <source>Blocker</source>
        <translation>عائق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="97"/>
        <source>Major</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="98"/>
        <source>Minor</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portfolio_view.py" line="99"/>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="45"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="46"/>
        <source>Population, economy, labour market and human development: the background against which migration is read.</source>
        <translation>السكان والاقتصاد وسوق العمل والتنمية البشرية: الخلفية التي تُقرأ الهجرة في ضوئها.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="54"/>
        <source>Immigration</source>
        <translation>الهجرة الوافدة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="55"/>
        <source>Immigrant stock and inflows, by sex, age and origin.</source>
        <translation>رصيد المهاجرين الوافدين وتدفقاتهم، حسب الجنس والعمر والأصل.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="61"/>
        <source>Emigration and diaspora</source>
        <translation>الهجرة إلى الخارج والمغتربون</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="62"/>
        <source>Emigrants by destination, outflows, skills, and the diaspora&apos;s estimates from every source.</source>
        <translation>المهاجرون إلى الخارج حسب بلد المقصد، والتدفقات الخارجة، والمهارات، وتقديرات أعداد المغتربين من كل مصدر.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="68"/>
        <source>Forced migration</source>
        <translation>الهجرة القسرية</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="69"/>
        <source>Refugees hosted and originating, asylum seekers, internally displaced and stateless persons, victims of trafficking, forced returnees.</source>
        <translation>اللاجئون المستضافون والقادمون من البلد، وملتمسو اللجوء، والنازحون داخليًا، وعديمو الجنسية، وضحايا الاتجار بالبشر، والعائدون قسرًا.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="77"/>
        <source>Labour migration</source>
        <translation>هجرة اليد العاملة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="78"/>
        <source>Temporary, seasonal and circular schemes, sectors and skill levels.</source>
        <translation>البرامج المؤقتة والموسمية والدائرية، والقطاعات ومستويات المهارة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="83"/>
        <source>Return migration</source>
        <translation>هجرة العودة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="84"/>
        <source>Voluntary and forced returns, and reintegration.</source>
        <translation>العودة الطوعية والقسرية، وإعادة الإدماج.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="89"/>
        <source>Remittances and networks</source>
        <translation>التحويلات المالية والشبكات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="90"/>
        <source>Volumes, share of GDP, corridors and costs, channels, diaspora associations.</source>
        <translation>الأحجام، والحصة من الناتج المحلي الإجمالي، والممرات والتكاليف، والقنوات، وجمعيات المغتربين.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="96"/>
        <source>Sectors affected</source>
        <translation>القطاعات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="97"/>
        <source>Part B: for each policy area, how migration affects it, how much, and how strong the evidence is.</source>
        <translation>الجزء باء: لكل مجال من مجالات السياسات، كيف تؤثر فيه الهجرة، وبأي قدر، وما مدى قوة الأدلة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="107"/>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="108"/>
        <source>Part C: laws, policies, institutions, agreements and conventions.</source>
        <translation>الجزء جيم: القوانين والسياسات والمؤسسات والاتفاقات والاتفاقيات.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="115"/>
        <source>Data sources and gaps</source>
        <translation>مصادر البيانات وثغراتها</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="116"/>
        <source>Every source used, what it covers, its quality and its gaps.</source>
        <translation>كل مصدر مستخدم، وما يغطيه، وجودته، وثغراته.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="123"/>
        <source>Findings and recommendations</source>
        <translation>الاستنتاجات والتوصيات</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="124"/>
        <source>Part D: key findings, policy implications and recommendations, including on data.</source>
        <translation>الجزء دال: الاستنتاجات الرئيسية، والآثار على السياسات، والتوصيات، بما فيها المتعلقة بالبيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="148"/>
        <source>Narrative: {section}</source>
        <translation>السرد: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="183"/>
        <source>The numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/profile_pages.py" line="185"/>
        <source>Every number with its source. Import the public tables or your own spreadsheet, edit in place (Enter moves on), paste from Excel; warnings can be explained, errors must be corrected.</source>
        <translation>كل رقم مع مصدره. استورد الجداول العامة أو جدول بياناتك الخاص، وعدِّل في المكان (ينقلك Enter إلى التالي)، والصق من Excel؛ يمكن شرح التحذيرات، أما الأخطاء فيجب تصحيحها.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../core/participation_specs.py" line="28"/>
        <source>Contact details (e-mail, phone) can only be stored with the person&apos;s consent: tick “Consent to store contact details” or leave them out.</source>
        <translation>لا يمكن تخزين بيانات الاتصال (البريد الإلكتروني، الهاتف) إلا بموافقة الشخص: حدِّد «الموافقة على تخزين بيانات الاتصال» أو استبعدها.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="33"/>
        <source>The e-mail address does not look right.</source>
        <translation>لا يبدو عنوان البريد الإلكتروني صحيحًا.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="40"/>
        <source>A mechanism with a formal legal basis needs its legal reference (e.g. “GD 725 of 08.09.2017”).</source>
        <translation>تحتاج الآلية ذات الأساس القانوني الرسمي إلى مرجعها القانوني (مثل «القرار الحكومي 725 بتاريخ 08.09.2017»).</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="48"/>
        <source>Say why: every decision on an input needs its rationale.</source>
        <translation>اذكر السبب: يحتاج كل قرار بشأن مدخل إلى مسوغه.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="55"/>
        <source>A contact person is personal data: record the consent to store it, or leave the contact person out.</source>
        <translation>الشخص المسؤول عن الاتصال بيانات شخصية: سجِّل الموافقة على تخزينها، أو استبعد الشخص المسؤول عن الاتصال.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="64"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="72"/>
        <source>More is disbursed than the budget; check both amounts.</source>
        <translation>المبلغ المصروف أكبر من الميزانية؛ تحقق من المبلغين.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="97"/>
        <source>This person already holds a role in this mechanism for the same period; end that role first (“Until”) or edit it.</source>
        <translation>يشغل هذا الشخص بالفعل دورًا في هذه الآلية للفترة نفسها؛ أنهِ ذلك الدور أولًا («حتى») أو عدِّله.</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="103"/>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="104"/>
        <location filename="../../core/participation_specs.py" line="124"/>
        <location filename="../../core/participation_specs.py" line="177"/>
        <location filename="../../core/participation_specs.py" line="217"/>
        <location filename="../../core/record_specs.py" line="93"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="105"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
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
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="123"/>
        <location filename="../../core/planning_specs.py" line="195"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="108"/>
        <source>Sectors (policy-area codes, comma-separated)</source>
        <translation>القطاعات (رموز مجالات السياسات، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="111"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="112"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="113"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="114"/>
        <location filename="../../core/participation_specs.py" line="138"/>
        <location filename="../../core/participation_specs.py" line="172"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="115"/>
        <location filename="../../reports/observation_export.py" line="89"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="116"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="117"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="118"/>
        <source>Consent to store contact details</source>
        <translation>الموافقة على تخزين بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="119"/>
        <source>Consent given on</source>
        <translation>أُعطيت الموافقة في</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="122"/>
        <source>Coordination mechanisms</source>
        <translation>آليات التنسيق</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="125"/>
        <location filename="../../core/planning_specs.py" line="212"/>
        <location filename="../../core/planning_specs.py" line="230"/>
        <location filename="../../core/record_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="126"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="126"/>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="127"/>
        <location filename="../../core/planning_specs.py" line="116"/>
        <location filename="../../core/record_specs.py" line="119"/>
        <source>Legal reference</source>
        <translation>المرجع القانوني</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="128"/>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="129"/>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="130"/>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="131"/>
        <source>Meets</source>
        <translation>وتيرة الاجتماعات</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="133"/>
        <location filename="../../core/review_specs.py" line="44"/>
        <source>Terms of reference</source>
        <translation>الاختصاصات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="136"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="137"/>
        <location filename="../../core/participation_specs.py" line="148"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="139"/>
        <location filename="../../core/participation_specs.py" line="157"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="140"/>
        <location filename="../../core/participation_specs.py" line="173"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="141"/>
        <source>Sector focal point</source>
        <translation>جهة التنسيق القطاعية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="142"/>
        <location filename="../../core/participation_specs.py" line="208"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="143"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="147"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="149"/>
        <location filename="../../core/participation_specs.py" line="192"/>
        <location filename="../../core/participation_specs.py" line="251"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="151"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="152"/>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="155"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="156"/>
        <location filename="../../core/participation_specs.py" line="162"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="158"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="161"/>
        <source>Decisions and action items</source>
        <translation>القرارات وبنود العمل</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="163"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="164"/>
        <location filename="../../core/planning_specs.py" line="117"/>
        <location filename="../../core/planning_specs.py" line="269"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="165"/>
        <location filename="../../core/planning_specs.py" line="270"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="169"/>
        <source>Who is responsible for what</source>
        <translation>من المسؤول عن ماذا</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="171"/>
        <location filename="../../core/participation_specs.py" line="209"/>
        <location filename="../../core/planning_specs.py" line="131"/>
        <location filename="../../core/planning_specs.py" line="142"/>
        <location filename="../../core/record_specs.py" line="107"/>
        <location filename="../../core/record_specs.py" line="128"/>
        <source>Policy area</source>
        <translation>مجال السياسات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="176"/>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="178"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="179"/>
        <source>Organisation (registry)</source>
        <translation>المنظمة (السجل)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="180"/>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="181"/>
        <source>Geography (NATIONAL or ISO 3166-2)</source>
        <translation>النطاق الجغرافي (NATIONAL أو ISO 3166-2)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="182"/>
        <source>Diaspora in</source>
        <translation>المغتربون في</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="183"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="184"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="185"/>
        <source>Engagement</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="186"/>
        <source>Consent to store the contact</source>
        <translation>الموافقة على تخزين بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="189"/>
        <source>Consultation events</source>
        <translation>الفعاليات التشاورية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="190"/>
        <location filename="../../core/participation_specs.py" line="225"/>
        <location filename="../../core/planning_specs.py" line="107"/>
        <location filename="../../core/planning_specs.py" line="141"/>
        <location filename="../../core/record_specs.py" line="117"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="193"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="194"/>
        <source>Topics (policy-area codes)</source>
        <translation>المواضيع (رموز مجالات السياسات)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="195"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="196"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="197"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="198"/>
        <location filename="../../core/planning_specs.py" line="260"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="201"/>
        <source>Who took part</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="202"/>
        <location filename="../../core/participation_specs.py" line="207"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="203"/>
        <source>Stakeholder</source>
        <translation>صاحب المصلحة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="206"/>
        <source>Inputs received</source>
        <translation>المدخلات المستلمة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="210"/>
        <source>Input</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="211"/>
        <source>Disposition</source>
        <translation>القرار المتخذ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="212"/>
        <source>Rationale</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="213"/>
        <source>Fed the priority (step 4)</source>
        <translation>غذّى الأولوية (الخطوة 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="216"/>
        <source>Development partners</source>
        <translation>شركاء التنمية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="219"/>
        <source>GMG member</source>
        <translation>عضو GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="220"/>
        <source>GMG agency</source>
        <translation>وكالة GMG</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="221"/>
        <source>Confirmed: no migration projects</source>
        <translation>مؤكد: لا مشاريع للهجرة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="224"/>
        <source>Migration-related projects</source>
        <translation>المشاريع المتعلقة بالهجرة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="226"/>
        <location filename="../../core/planning_specs.py" line="190"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="227"/>
        <source>Implemented by</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="228"/>
        <location filename="../../core/planning_specs.py" line="176"/>
        <location filename="../../core/review_specs.py" line="41"/>
        <location filename="../../core/review_specs.py" line="63"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="229"/>
        <location filename="../../core/planning_specs.py" line="177"/>
        <location filename="../../core/review_specs.py" line="42"/>
        <location filename="../../core/review_specs.py" line="64"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="230"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="231"/>
        <source>Currency (ISO 4217)</source>
        <translation>العملة (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="232"/>
        <source>Budget year</source>
        <translation>سنة الميزانية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="233"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="234"/>
        <source>Policy areas (codes, comma-separated)</source>
        <translation>مجالات السياسات (رموز، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="235"/>
        <source>UN cooperation framework outcome</source>
        <translation>محصلة إطار الأمم المتحدة للتعاون</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="236"/>
        <source>Why not aligned to a national priority</source>
        <translation>سبب عدم المواءمة مع أولوية وطنية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="241"/>
        <source>Alignment to national priorities</source>
        <translation>المواءمة مع الأولويات الوطنية</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="243"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="244"/>
        <source>National priority (step 4)</source>
        <translation>الأولوية الوطنية (الخطوة 4)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="245"/>
        <source>Amount for this priority (project currency)</source>
        <translation>المبلغ المخصص لهذه الأولوية (بعملة المشروع)</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="248"/>
        <source>Partner coordination events</source>
        <translation>فعاليات التنسيق بين الشركاء</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="252"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="253"/>
        <location filename="../../core/planning_specs.py" line="118"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="256"/>
        <source>Exchange rates to USD</source>
        <translation>أسعار الصرف مقابل الدولار الأمريكي</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="257"/>
        <location filename="../../core/planning_specs.py" line="179"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="258"/>
        <location filename="../../core/planning_specs.py" line="228"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="259"/>
        <source>USD per unit</source>
        <translation>دولار أمريكي للوحدة</translation>
    </message>
    <message>
        <location filename="../../core/participation_specs.py" line="260"/>
        <location filename="../../core/planning_specs.py" line="188"/>
        <location filename="../../reports/observation_export.py" line="98"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="51"/>
        <source>An element cannot be part of itself.</source>
        <translation>لا يمكن أن يكون العنصر جزءًا من نفسه.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="53"/>
        <source>The element it is part of belongs to another instrument.</source>
        <translation>العنصر الذي هو جزء منه ينتمي إلى أداة أخرى.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="56"/>
        <source>An element is part of one at a higher level (goal, outcome, strategy, action).</source>
        <translation>العنصر جزء من عنصر في مستوى أعلى (هدف، محصلة، استراتيجية، إجراء).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="66"/>
        <source>Unknown codes: {codes} (choose from {choices}).</source>
        <translation>رموز غير معروفة: {codes} (اختر من {choices}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="90"/>
        <source>This evidence is already linked to the priority.</source>
        <translation>هذا الدليل مرتبط بالفعل بالأولوية.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="109"/>
        <source>The funding already recorded ({funded:,.0f}) is more than this cost.</source>
        <translation>التمويل المسجل بالفعل ({funded:,.0f}) أكبر من هذه التكلفة.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="121"/>
        <source>With this amount the funding ({funded:,.0f}) exceeds the action&apos;s cost ({cost:,.0f}).</source>
        <translation>بهذا المبلغ يتجاوز التمويل ({funded:,.0f}) تكلفة الإجراء ({cost:,.0f}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="134"/>
        <source>A result cannot contribute to itself.</source>
        <translation>لا يمكن أن تسهم النتيجة في نفسها.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="136"/>
        <source>A result contributes to one at a higher level (activity → output → outcome → impact).</source>
        <translation>تسهم النتيجة في نتيجة من مستوى أعلى (نشاط ← مخرج ← محصلة ← أثر).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="156"/>
        <source>The profile has {value:,.6g} for {year} ({source}).</source>
        <translation>يحتوي الملف على {value:,.6g} لسنة {year} ({source}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="170"/>
        <source>The indicator already has a target for {year}.</source>
        <translation>للمؤشر غاية بالفعل لسنة {year}.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="174"/>
        <source>A target year cannot come before the baseline year ({year}).</source>
        <translation>لا يمكن أن تسبق سنة الغاية سنة خط الأساس ({year}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="178"/>
        <source>The target equals the baseline; only a “maintain” indicator may keep its baseline.</source>
        <translation>الغاية تساوي خط الأساس؛ ولا يجوز الإبقاء على خط الأساس إلا لمؤشر من نوع «المحافظة».</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="190"/>
        <source>An actual for this indicator and period is already recorded; edit it instead.</source>
        <translation>سُجلت بالفعل قيمة فعلية لهذا المؤشر وهذه الفترة؛ عدِّلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="206"/>
        <source>This group already has a value for this actual.</source>
        <translation>لهذه الفئة قيمة بالفعل لهذه القيمة الفعلية.</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="210"/>
        <source>The groups add up to {parts:,.6g}, more than the actual&apos;s total ({total:,.6g}).</source>
        <translation>مجموع الفئات {parts:,.6g}، وهو أكبر من إجمالي القيمة الفعلية ({total:,.6g}).</translation>
    </message>
    <message>
        <location filename="../../core/planning_rules.py" line="228"/>
        <source>The workspace has its thresholds already; edit them instead.</source>
        <translation>لمساحة العمل عتباتها بالفعل؛ عدِّلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="32"/>
        <source>An adopted instrument needs its adoption date.</source>
        <translation>تحتاج الأداة المعتمدة إلى تاريخ اعتمادها.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="35"/>
        <source>An adopted instrument needs its document: attach the adopted text.</source>
        <translation>تحتاج الأداة المعتمدة إلى وثيقتها: أرفق النص المعتمد.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="43"/>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="49"/>
        <source>An endorsed priority needs the mechanism&apos;s decision (e.g. “NWGIMD meeting of 12.03.2015, decision 4”).</source>
        <translation>تحتاج الأولوية المعتمدة إلى قرار الآلية (مثل «اجتماع NWGIMD بتاريخ 12.03.2015، القرار 4»).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="58"/>
        <source>Every action needs a lead.</source>
        <translation>يحتاج كل إجراء إلى جهة رائدة.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="60"/>
        <source>Every action needs its start and end.</source>
        <translation>يحتاج كل إجراء إلى تاريخ بدايته ونهايته.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="62"/>
        <source>Say in which currency the cost is.</source>
        <translation>اذكر العملة التي تُحسب بها التكلفة.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="68"/>
        <source>A qualitative or yes/no indicator is rated by hand: choose its status.</source>
        <translation>يُصنَّف المؤشر النوعي أو مؤشر نعم/لا يدويًا: اختر حالته.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="71"/>
        <source>Say why the indicator has this status.</source>
        <translation>اذكر سبب حصول المؤشر على هذه الحالة.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="78"/>
        <source>A baseline needs both its value and its year.</source>
        <translation>يحتاج خط الأساس إلى قيمته وسنته معًا.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="86"/>
        <source>An actual cannot be reported for a period that has not ended yet.</source>
        <translation>لا يمكن الإبلاغ عن قيمة فعلية لفترة لم تنتهِ بعد.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="94"/>
        <source>Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6).</source>
        <translation>يجب أن تبدأ عتبة الكهرماني دون عتبة الأخضر، وكلتاهما أكبر من 0 (مثل الأخضر 0.9، الكهرماني 0.6).</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="102"/>
        <source>A weight lies between 0 and 1.</source>
        <translation>يقع الوزن بين 0 و1.</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="106"/>
        <source>Planning instruments</source>
        <translation>أدوات التخطيط</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="110"/>
        <source>Mainstreaming level (0-4)</source>
        <translation>مستوى التعميم (0-4)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="111"/>
        <source>From (year)</source>
        <translation>من (سنة)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="112"/>
        <source>To (year)</source>
        <translation>إلى (سنة)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="113"/>
        <source>Sector (for sector strategies)</source>
        <translation>القطاع (للاستراتيجيات القطاعية)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="114"/>
        <source>Adopted on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="115"/>
        <source>Adopted by</source>
        <translation>اعتمدها</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="121"/>
        <source>Plan elements</source>
        <translation>عناصر الخطة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="122"/>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="124"/>
        <source>Number in the plan</source>
        <translation>الرقم في الخطة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="125"/>
        <location filename="../../core/record_specs.py" line="127"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="126"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="129"/>
        <source>Migration lens</source>
        <translation>منظور الهجرة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="130"/>
        <location filename="../../core/planning_specs.py" line="199"/>
        <source>Plan element</source>
        <translation>عنصر الخطة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="132"/>
        <source>Lens question</source>
        <translation>سؤال المنظور</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="133"/>
        <source>Migration&apos;s effect on the goal</source>
        <translation>أثر الهجرة في الهدف</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="135"/>
        <source>The goal&apos;s effect on migration</source>
        <translation>أثر الهدف في الهجرة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="137"/>
        <source>Proposed change to the text</source>
        <translation>التعديل المقترح على النص</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="140"/>
        <source>Policy priorities</source>
        <translation>أولويات السياسات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="144"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="145"/>
        <source>Impact (1-5)</source>
        <translation>الأثر (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="146"/>
        <source>Feasibility (1-5)</source>
        <translation>الجدوى (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="147"/>
        <source>Affordability (1-5, 5 = cheapest)</source>
        <translation>القدرة على تحمل التكلفة (1-5، 5 = الأرخص)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="148"/>
        <source>Urgency (1-5)</source>
        <translation>الإلحاح (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="149"/>
        <source>Political support (1-5)</source>
        <translation>الدعم السياسي (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="150"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="151"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="152"/>
        <source>Target groups (codes, comma-separated)</source>
        <translation>الفئات المستهدفة (رموز، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="153"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="154"/>
        <source>GCM objectives (numbers)</source>
        <translation>أهداف الميثاق العالمي للهجرة (أرقام)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="155"/>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="156"/>
        <source>Endorsed by (decision)</source>
        <translation>اعتمدها (القرار)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="160"/>
        <source>Evidence behind the priorities</source>
        <translation>الأدلة وراء الأولويات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="162"/>
        <location filename="../../core/planning_specs.py" line="174"/>
        <location filename="../../core/planning_specs.py" line="198"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="163"/>
        <location filename="../../core/planning_specs.py" line="239"/>
        <location filename="../../core/record_specs.py" line="111"/>
        <location filename="../../core/review_specs.py" line="56"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="164"/>
        <source>How it supports the priority</source>
        <translation>كيف يدعم الأولوية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="167"/>
        <source>Scoring weights</source>
        <translation>أوزان التقييم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="168"/>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="169"/>
        <source>Weight (0-1; all add up to 1)</source>
        <translation>الوزن (0-1؛ مجموع الأوزان 1)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="172"/>
        <source>Costed actions</source>
        <translation>الإجراءات محددة التكلفة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="173"/>
        <location filename="../../core/planning_specs.py" line="187"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="175"/>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="178"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="181"/>
        <source>Lands in plan element</source>
        <translation>يندرج في عنصر الخطة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="182"/>
        <source>Capacity needs</source>
        <translation>احتياجات القدرات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="186"/>
        <source>Funding of the actions</source>
        <translation>تمويل الإجراءات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="189"/>
        <source>Amount (in the action&apos;s currency)</source>
        <translation>المبلغ (بعملة الإجراء)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="193"/>
        <source>Results chain</source>
        <translation>سلسلة النتائج</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="194"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="196"/>
        <source>Result statement</source>
        <translation>بيان النتيجة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="197"/>
        <source>Contributes to</source>
        <translation>يسهم في</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="200"/>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="201"/>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="204"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="205"/>
        <location filename="../../core/planning_specs.py" line="227"/>
        <location filename="../../core/planning_specs.py" line="234"/>
        <location filename="../../reports/observation_export.py" line="83"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="206"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="207"/>
        <location filename="../../reports/observation_export.py" line="95"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="208"/>
        <location filename="../../reports/observation_export.py" line="93"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="209"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="210"/>
        <source>Baseline year</source>
        <translation>سنة خط الأساس</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="211"/>
        <source>Reference indicator</source>
        <translation>المؤشر المرجعي</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="213"/>
        <source>Definition (numerator / denominator)</source>
        <translation>التعريف (البسط / المقام)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="214"/>
        <source>Disaggregations (codes, comma-separated)</source>
        <translation>التصنيفات (رموز، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="215"/>
        <source>Reporting frequency</source>
        <translation>تواتر الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="216"/>
        <source>Means of verification</source>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="217"/>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="218"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="219"/>
        <source>Where the baseline comes from</source>
        <translation>مصدر خط الأساس</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="220"/>
        <source>Status set by hand</source>
        <translation>حالة محددة يدويًا</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="221"/>
        <source>Why this status</source>
        <translation>سبب هذه الحالة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="224"/>
        <source>Baseline from the profile</source>
        <translation>خط الأساس من الملف</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="226"/>
        <source>Targets</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="229"/>
        <source>Target</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="233"/>
        <source>Actuals</source>
        <translation>القيم الفعلية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="235"/>
        <location filename="../../reports/observation_export.py" line="87"/>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="236"/>
        <location filename="../../reports/observation_export.py" line="88"/>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="237"/>
        <location filename="../../core/planning_specs.py" line="250"/>
        <location filename="../../reports/observation_export.py" line="94"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="240"/>
        <source>Reported by</source>
        <translation>أبلغ عنها</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="241"/>
        <source>Verified by</source>
        <translation>تحقق منها</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="245"/>
        <source>Disaggregated actuals</source>
        <translation>القيم الفعلية المصنفة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="247"/>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="248"/>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="249"/>
        <source>Group (code, e.g. F)</source>
        <translation>الفئة (رمز، مثل F)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="253"/>
        <source>Evaluations</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="255"/>
        <source>Evaluator</source>
        <translation>المقيِّم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="256"/>
        <source>Planned for</source>
        <translation>مخطط له في</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="257"/>
        <source>Completed on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="258"/>
        <source>Evaluation questions</source>
        <translation>أسئلة التقييم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="259"/>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="263"/>
        <source>Management responses</source>
        <translation>ردود الإدارة</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="265"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="266"/>
        <location filename="../../core/review_specs.py" line="54"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="267"/>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="268"/>
        <source>Planned action</source>
        <translation>الإجراء المخطط</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="274"/>
        <source>Traffic-light thresholds</source>
        <translation>عتبات إشارات المرور</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="275"/>
        <source>Green from (progress ratio)</source>
        <translation>الأخضر ابتداءً من (نسبة التقدم)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="276"/>
        <source>Amber from (progress ratio)</source>
        <translation>الكهرماني ابتداءً من (نسبة التقدم)</translation>
    </message>
    <message>
        <location filename="../../core/planning_specs.py" line="277"/>
        <source>Tolerance for “maintain” (share)</source>
        <translation>هامش التسامح لـ «المحافظة» (نسبة)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="92"/>
        <source>Data sources and gaps</source>
        <translation>مصادر البيانات وثغراتها</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="95"/>
        <source>Periodicity</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="96"/>
        <source>Latest year</source>
        <translation>أحدث سنة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="97"/>
        <source>Country of birth</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="98"/>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="99"/>
        <source>Sex and age</source>
        <translation>الجنس والعمر</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="100"/>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="101"/>
        <source>Quality (1-5)</source>
        <translation>الجودة (1-5)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="102"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="103"/>
        <source>Gaps</source>
        <translation>الثغرات</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="106"/>
        <source>Sectors affected</source>
        <translation>القطاعات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="108"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="109"/>
        <source>Effect</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="110"/>
        <source>Magnitude (1-3)</source>
        <translation>الحجم (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="112"/>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="115"/>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="118"/>
        <source>Adopted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="121"/>
        <location filename="../../reports/observation_export.py" line="91"/>
        <source>Partner country</source>
        <translation>البلد الشريك</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="122"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="125"/>
        <source>Findings and recommendations</source>
        <translation>الاستنتاجات والتوصيات</translation>
    </message>
    <message>
        <location filename="../../core/record_specs.py" line="129"/>
        <source>Priority (1-3)</source>
        <translation>الأولوية (1-3)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="25"/>
        <source>List the steps as numbers 0 to 7, separated by commas.</source>
        <translation>اذكر الخطوات بأرقام من 0 إلى 7، مفصولة بفواصل.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="32"/>
        <source>A validated lesson needs its recommendation.</source>
        <translation>يحتاج الدرس المصادق عليه إلى توصيته.</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="37"/>
        <source>GMG expert missions</source>
        <translation>بعثات خبراء GMG</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="38"/>
        <location filename="../../reports/workspace_workbook.py" line="84"/>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="39"/>
        <source>Expert</source>
        <translation>الخبير</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="40"/>
        <source>Mode</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="43"/>
        <source>Steps supported (numbers, comma-separated)</source>
        <translation>الخطوات المدعومة (أرقام، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="45"/>
        <source>Mission report</source>
        <translation>تقرير البعثة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="49"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="50"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="51"/>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="52"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="53"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="55"/>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="57"/>
        <source>Validated by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="60"/>
        <location filename="../../sync/status.py" line="217"/>
        <source>Peer exchanges</source>
        <translation>تبادلات الأقران</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="61"/>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="62"/>
        <source>Visiting countries (ISO3 codes, comma-separated)</source>
        <translation>البلدان الزائرة (رموز ISO3، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="65"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="69"/>
        <source>Lessons of every country</source>
        <translation>دروس كل البلدان</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="72"/>
        <location filename="../../sync/status.py" line="218"/>
        <source>Handbook change proposals</source>
        <translation>مقترحات تغيير الدليل</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="74"/>
        <source>Handbook section</source>
        <translation>قسم الدليل</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="75"/>
        <source>Proposed change</source>
        <translation>التغيير المقترح</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="79"/>
        <source>Lessons behind each proposal</source>
        <translation>الدروس وراء كل مقترح</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="81"/>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <location filename="../../core/review_specs.py" line="82"/>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="33"/>
        <source>Migration profile: observations</source>
        <translation>ملف الهجرة: المشاهدات</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="34"/>
        <source>Profile observations</source>
        <translation>مشاهدات الملف</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="35"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="36"/>
        <source>All other countries</source>
        <translation>كل البلدان الأخرى</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="82"/>
        <source>Indicator code</source>
        <translation>رمز المؤشر</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="85"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="90"/>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="99"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="100"/>
        <source>Migration type</source>
        <translation>نوع الهجرة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="101"/>
        <source>Voluntariness</source>
        <translation>الطوعية</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="102"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="103"/>
        <source>Skill level</source>
        <translation>مستوى المهارة</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="104"/>
        <source>Occupation (ISCO-08)</source>
        <translation>المهنة (ISCO-08)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="105"/>
        <source>Education (ISCED 2011)</source>
        <translation>التعليم (ISCED 2011)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="106"/>
        <source>Economic sector (ISIC Rev.4)</source>
        <translation>القطاع الاقتصادي (ISIC Rev.4)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="107"/>
        <source>Type of data (UN DESA)</source>
        <translation>نوع البيانات (UN DESA)</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="109"/>
        <source>Source table</source>
        <translation>جدول المصدر</translation>
    </message>
    <message>
        <location filename="../../reports/observation_export.py" line="110"/>
        <source>Preferred value</source>
        <translation>القيمة المفضلة</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="74"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="75"/>
        <source>Mainstream Desktop: record tables</source>
        <translation>Mainstream Desktop: جداول السجلات</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="76"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="77"/>
        <source>Exported on</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="78"/>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="79"/>
        <source>included</source>
        <translation>مضمَّنة</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="80"/>
        <source>left out</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="81"/>
        <source>fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Left out as personal data</source>
        <translation>مستبعد لأنه بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="82"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../reports/spreadsheet.py" line="83"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="54"/>
        <source>Mainstream Desktop: workspace {code}</source>
        <translation>Mainstream Desktop: مساحة العمل {code}</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="55"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="56"/>
        <source>Produced by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="57"/>
        <source>{name} ({kind} site {site_id})</source>
        <translation>{name} (موقع {kind} {site_id})</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="58"/>
        <source>hub</source>
        <translation>مركز</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="59"/>
        <source>this installation (no site identity yet)</source>
        <translation>هذا التثبيت (لا هوية موقع له بعد)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="60"/>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="61"/>
        <source>left out (see the last column of the list below)</source>
        <translation>مستبعدة (انظر العمود الأخير من القائمة أدناه)</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="62"/>
        <source>Readiness checklist</source>
        <translation>قائمة التحقق من الجاهزية</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="63"/>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="81"/>
        <location filename="../../sync/status.py" line="216"/>
        <source>Review comments</source>
        <translation>تعليقات المراجعة</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="82"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="83"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="85"/>
        <source>Written</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../reports/workspace_workbook.py" line="86"/>
        <source>Answer to</source>
        <translation>ردًا على</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="204"/>
        <source>Workspace settings</source>
        <translation>إعدادات مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="205"/>
        <source>Workspace members</source>
        <translation>أعضاء مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="206"/>
        <source>Step progress</source>
        <translation>تقدّم الخطوات</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="207"/>
        <source>Migration profile figures</source>
        <translation>أرقام ملف الهجرة</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="208"/>
        <source>Migration profile texts</source>
        <translation>نصوص ملف الهجرة</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="209"/>
        <source>Acknowledged data checks</source>
        <translation>فحوص البيانات المُقَرّ بها</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="210"/>
        <source>Sector impact figures</source>
        <translation>أرقام الأثر القطاعي</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="211"/>
        <source>MGI assessments</source>
        <translation>تقييمات مؤشرات حوكمة الهجرة</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="212"/>
        <source>Readiness checks</source>
        <translation>فحوص الجاهزية</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="213"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="214"/>
        <source>Evidence links</source>
        <translation>روابط الأدلة</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="215"/>
        <source>Snapshots</source>
        <translation>اللقطات</translation>
    </message>
    <message>
        <location filename="../../sync/status.py" line="219"/>
        <source>Lessons behind a proposal</source>
        <translation>الدروس التي يستند إليها مقترح</translation>
    </message>
    <message>
        <source>left out: names, e-mail addresses, phone numbers and references to people (the columns are listed below)</source>
        <translation type="obsolete">مستبعدة: الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف والإشارات إلى الأشخاص (الأعمدة مدرجة أدناه)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../reports/pdf_country.py" line="57"/>
        <source>Cover and summary</source>
        <translation>الغلاف والملخص</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="66"/>
        <location filename="../../reports/pdf_country_review.py" line="42"/>
        <source>The golden thread</source>
        <translation>الخيط الناظم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="67"/>
        <location filename="../../reports/pdf_country_review.py" line="100"/>
        <source>Data sources and gaps</source>
        <translation>مصادر البيانات والثغرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="68"/>
        <location filename="../../reports/pdf_country_review.py" line="119"/>
        <source>Review status and open comments</source>
        <translation>حالة المراجعة والتعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="88"/>
        <source>Reading the workspace</source>
        <translation>قراءة مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="113"/>
        <location filename="../../reports/pdf_country.py" line="143"/>
        <source>Country report</source>
        <translation>التقرير القطري</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="121"/>
        <source>Writing the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="132"/>
        <source>Mainstreaming migration into development planning: where the work stands, step by step, with its evidence, plan, indicators and funding.</source>
        <translation>تعميم مراعاة الهجرة في تخطيط التنمية: أين وصل العمل، خطوةً بخطوة، بأدلته وخطته ومؤشراته وتمويله.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="135"/>
        <source>Workspace: {code}</source>
        <translation>مساحة العمل: {code}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="136"/>
        <location filename="../../reports/pdf_lessons.py" line="120"/>
        <source>Produced on {date}</source>
        <translation>أُعدّ في {date}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="139"/>
        <location filename="../../reports/pdf_lessons.py" line="123"/>
        <source>Produced by the site: {site}</source>
        <translation>أعدّه الموقع: {site}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="140"/>
        <source>Personal data included</source>
        <translation>يتضمن بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="141"/>
        <source>Without personal data: names, e-mails and phone numbers are left out.</source>
        <translation>دون بيانات شخصية: حُذفت الأسماء وعناوين البريد الإلكتروني وأرقام الهواتف.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="144"/>
        <location filename="../../reports/pdf_lessons.py" line="127"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="154"/>
        <source>The steps at a glance</source>
        <translation>الخطوات في لمحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="155"/>
        <source>Where each step of the handbook stands for {country}, how complete its records are, and the review comments still open on it.</source>
        <translation>أين تقف كل خطوة من خطوات الدليل بالنسبة إلى {country}، ومدى اكتمال سجلاتها، وتعليقات المراجعة التي لا تزال مفتوحة بشأنها.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="164"/>
        <location filename="../../reports/pdf_country_plan.py" line="154"/>
        <location filename="../../reports/pdf_country_review.py" line="132"/>
        <location filename="../../reports/pdf_country_review.py" line="154"/>
        <location filename="../../reports/pdf_lessons.py" line="188"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="165"/>
        <location filename="../../reports/pdf_country_review.py" line="133"/>
        <location filename="../../reports/pdf_country_steps.py" line="172"/>
        <source>Title</source>
        <translation>العنوان</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="167"/>
        <source>Complete</source>
        <translation>نسبة الاكتمال</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="168"/>
        <location filename="../../reports/pdf_country_review.py" line="137"/>
        <source>Open comments</source>
        <translation>التعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="184"/>
        <location filename="../../reports/pdf_country.py" line="190"/>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="185"/>
        <source>Steps approved</source>
        <translation>الخطوات المعتمدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="186"/>
        <source>Average completeness of the steps</source>
        <translation>متوسط اكتمال الخطوات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="187"/>
        <location filename="../../reports/pdf_country_review.py" line="140"/>
        <source>Open review comments</source>
        <translation>تعليقات المراجعة المفتوحة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="188"/>
        <source>Broken links in the golden thread</source>
        <translation>الروابط المقطوعة في الخيط الناظم</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="189"/>
        <location filename="../../reports/pdf_country_plan.py" line="46"/>
        <source>Policy priorities</source>
        <translation>أولويات السياسات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="191"/>
        <source>Indicators on track or met</source>
        <translation>المؤشرات التي تسير على المسار أو المحققة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="193"/>
        <location filename="../../reports/pdf_country_steps.py" line="51"/>
        <source>Emigrants living abroad, {year}</source>
        <translation>المهاجرون المقيمون في الخارج، {year}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country.py" line="194"/>
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
        <location filename="../../reports/pdf_lessons.py" line="191"/>
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
        <location filename="../../reports/pdf_lessons.py" line="157"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="155"/>
        <location filename="../../reports/pdf_lessons.py" line="189"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="157"/>
        <location filename="../../reports/pdf_lessons.py" line="192"/>
        <source>Applies to</source>
        <translation>نطاق الانطباق</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_country_plan.py" line="158"/>
        <location filename="../../reports/pdf_lessons.py" line="85"/>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
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
        <location filename="../../reports/pdf_lessons.py" line="42"/>
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
        <location filename="../../reports/pdf_lessons.py" line="187"/>
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
        <location filename="../../reports/pdf_lessons.py" line="38"/>
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
        <location filename="../../reports/pdf_document.py" line="51"/>
        <source>Page {page} of {total}</source>
        <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="52"/>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_document.py" line="152"/>
        <source>Laying out the pages</source>
        <translation>تنسيق الصفحات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="35"/>
        <source>Political commitment</source>
        <translation>الالتزام السياسي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="36"/>
        <source>Institutional set-up</source>
        <translation>الترتيبات المؤسسية</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="37"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="39"/>
        <source>Planning integration</source>
        <translation>الإدماج في التخطيط</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="40"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="41"/>
        <source>Capacity</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="43"/>
        <source>UN coordination</source>
        <translation>تنسيق الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="44"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="47"/>
        <source>Country-specific</source>
        <translation>خاص بالبلد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="48"/>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="49"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="52"/>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="53"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="54"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="55"/>
        <source>Incorporated</source>
        <translation>مُدرج</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="75"/>
        <source>Reading the lessons</source>
        <translation>قراءة الدروس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="91"/>
        <source>Writing the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="93"/>
        <source>Consolidated lessons-learned report</source>
        <translation>التقرير الموحد للدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="110"/>
        <source>Cross-country</source>
        <translation>عدة بلدان</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="117"/>
        <source>What the pilot countries learned while mainstreaming migration into their development planning, and the changes to the handbook these lessons call for.</source>
        <translation>ما تعلّمته البلدان الرائدة أثناء تعميم مراعاة الهجرة في تخطيطها الإنمائي، والتغييرات التي تستدعيها هذه الدروس في الدليل.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="124"/>
        <location filename="../../reports/pdf_lessons.py" line="174"/>
        <source>Lessons: {lessons} · countries: {countries}</source>
        <translation>الدروس: {lessons} · البلدان: {countries}</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="126"/>
        <source>Consolidated report</source>
        <translation>تقرير موحد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="135"/>
        <source>Lessons by theme and country</source>
        <translation>الدروس حسب الموضوع والبلد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="137"/>
        <source>No lesson has been recorded yet.</source>
        <translation>لم يُسجَّل أي درس بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="140"/>
        <location filename="../../reports/pdf_lessons.py" line="159"/>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="141"/>
        <location filename="../../reports/pdf_lessons.py" line="160"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="142"/>
        <source>Recurring themes</source>
        <translation>الموضوعات المتكررة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="143"/>
        <source>Handbook change proposals</source>
        <translation>مقترحات تغيير الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="145"/>
        <source>Themes with lessons from {count} or more countries recur across the portfolio; they are highlighted.</source>
        <translation>الموضوعات التي تضم دروساً من {count} بلدان أو أكثر تتكرر في مجمل الحافظة؛ وهي مُبرَزة.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="170"/>
        <source>The lessons, theme by theme</source>
        <translation>الدروس، موضوعاً تلو الآخر</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="177"/>
        <source>a recurring theme across the portfolio</source>
        <translation>موضوع متكرر في مجمل الحافظة</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="186"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="190"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="193"/>
        <source>Validated by</source>
        <translation>صادق عليه</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="205"/>
        <source>Proposed changes to the handbook</source>
        <translation>التغييرات المقترحة على الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="207"/>
        <source>No change to the handbook has been proposed yet.</source>
        <translation>لم يُقترح أي تغيير على الدليل بعد.</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="209"/>
        <source>Each proposal with the lessons it rests on (numbered as in the lessons above).</source>
        <translation>كل مقترح مع الدروس التي يستند إليها (مرقّمة كما في الدروس أعلاه).</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="222"/>
        <source>no lesson linked yet</source>
        <translation>لا يوجد درس مرتبط بعد</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="223"/>
        <source>Handbook section</source>
        <translation>قسم الدليل</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="224"/>
        <source>Proposed change</source>
        <translation>التغيير المقترح</translation>
    </message>
    <message>
        <location filename="../../reports/pdf_lessons.py" line="226"/>
        <source>Lessons behind it</source>
        <translation>الدروس التي يستند إليها</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../core/review.py" line="144"/>
        <source>Only the GMG hub writes review comments; a country answers them.</source>
        <translation>لا يكتب تعليقات المراجعة إلا مركز GMG؛ ويرد عليها البلد.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="147"/>
        <source>Write the comment first.</source>
        <translation>اكتب التعليق أولًا.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="149"/>
        <source>There is no such step.</source>
        <translation>لا توجد خطوة كهذه.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="166"/>
        <source>Write the answer first.</source>
        <translation>اكتب الرد أولًا.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="172"/>
        <source>This comment is closed; the hub can reopen it.</source>
        <translation>هذا التعليق مغلق؛ ويمكن للمركز إعادة فتحه.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="190"/>
        <source>Only the GMG hub closes or reopens a review comment.</source>
        <translation>لا يغلق تعليق المراجعة أو يعيد فتحه إلا مركز GMG.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="199"/>
        <source>A step is submitted for review by its country.</source>
        <translation>يقدم البلد الخطوة للمراجعة.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="205"/>
        <source>This step is already submitted or approved.</source>
        <translation>هذه الخطوة مقدَّمة أو معتمدة بالفعل.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="214"/>
        <location filename="../../core/review.py" line="227"/>
        <source>Only the GMG hub decides on a step&apos;s review.</source>
        <translation>لا يبت في مراجعة الخطوة إلا مركز GMG.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="216"/>
        <source>Say what must change before the step can be approved.</source>
        <translation>اذكر ما يجب تغييره قبل اعتماد الخطوة.</translation>
    </message>
    <message>
        <location filename="../../core/review.py" line="232"/>
        <source>{count} blocker or major comment(s) on this step are still open.</source>
        <translation>لا يزال {count} تعليق (تعليقات) من نوع «عائق» أو «رئيسي» مفتوحًا في هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="60"/>
        <source>not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>changes requested</source>
        <translation>طُلبت تغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="61"/>
        <source>submitted for review</source>
        <translation>مقدَّمة للمراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="62"/>
        <source>approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>blocker</source>
        <translation>عائق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="66"/>
        <source>major</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>minor</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="67"/>
        <source>suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>answered</source>
        <translation>أُجيب عنه</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="71"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="72"/>
        <source>won&apos;t fix</source>
        <translation>لن يُعالج</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="77"/>
        <source>Whole workspace</source>
        <translation>مساحة العمل بأكملها</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>الخطوة {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="102"/>
        <source>&amp;Step</source>
        <translation>ال&amp;خطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="103"/>
        <source>Se&amp;verity</source>
        <translation>ال&amp;خطورة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="131"/>
        <source>Reading the review…</source>
        <translation>جارٍ قراءة المراجعة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Decided</source>
        <translation>تاريخ البت</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="134"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="135"/>
        <source>Open comments</source>
        <translation>التعليقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="136"/>
        <source>Review status of each step</source>
        <translation>حالة مراجعة كل خطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="144"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="145"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="146"/>
        <source>Review comments</source>
        <translation>تعليقات المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="154"/>
        <source>&amp;Submit for review…</source>
        <translation>&amp;تقديم للمراجعة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="155"/>
        <source>&amp;Request changes…</source>
        <translation>&amp;طلب تغييرات…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="156"/>
        <source>&amp;Approve</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="157"/>
        <source>&amp;New comment…</source>
        <translation>تعليق &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="158"/>
        <source>A&amp;nswer…</source>
        <translation>&amp;رد…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="159"/>
        <source>Mark &amp;resolved</source>
        <translation>تعليم ك&amp;محلول</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="160"/>
        <source>&amp;Won&apos;t fix</source>
        <translation>&amp;لن يُعالج</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="161"/>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="162"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="223"/>
        <source>Reading the review</source>
        <translation>قراءة المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="239"/>
        <source>{approved} of {steps} steps approved; {open} open comment(s), {blocking} of them blocker or major.</source>
        <translation>{approved} من {steps} خطوات معتمدة؛ {open} تعليق (تعليقات) مفتوح، منها {blocking} من نوع «عائق» أو «رئيسي».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="252"/>
        <source>{open} ({blocking} blocking)</source>
        <translation>{open} ({blocking} معيق)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="295"/>
        <source>{days} d</source>
        <translation>{days} ي</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>A note for the reviewers (optional)</source>
        <translation>ملاحظة للمراجعين (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="334"/>
        <source>Submit for review</source>
        <translation>تقديم للمراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="337"/>
        <source>Submitting the step</source>
        <translation>تقديم الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>Request changes</source>
        <translation>طلب تغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="343"/>
        <source>What must change before the step can be approved</source>
        <translation>ما يجب تغييره قبل اعتماد الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="346"/>
        <source>Requesting changes</source>
        <translation>طلب التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="351"/>
        <source>Approving the step</source>
        <translation>اعتماد الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="354"/>
        <source>New review comment</source>
        <translation>تعليق مراجعة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="357"/>
        <source>Saving the comment</source>
        <translation>حفظ التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="363"/>
        <source>Answer the comment</source>
        <translation>الرد على التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="366"/>
        <source>Saving the answer</source>
        <translation>حفظ الإجابة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="371"/>
        <source>Saving the comment&apos;s status</source>
        <translation>حفظ حالة التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_desk.py" line="379"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/status_texts.py" line="13"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="14"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="15"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="16"/>
        <source>Changes requested</source>
        <translation>طُلبت تغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/status_texts.py" line="17"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="43"/>
        <source>Priority without evidence</source>
        <translation>أولوية بلا أدلة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="44"/>
        <source>Endorsed priority without actions</source>
        <translation>أولوية معتمدة بلا إجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="45"/>
        <source>Endorsed priority without funding</source>
        <translation>أولوية معتمدة بلا تمويل</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="46"/>
        <source>Action outside the plan</source>
        <translation>إجراء خارج الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="47"/>
        <source>Action nothing measures</source>
        <translation>إجراء لا يقيسه شيء</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="48"/>
        <source>Indicator without baseline</source>
        <translation>مؤشر بلا خط أساس</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="49"/>
        <source>Indicator without target</source>
        <translation>مؤشر بلا غاية</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trace_view.py" line="50"/>
        <source>Instrument without indicators</source>
        <translation>أداة بلا مؤشرات</translation>
    </message>
</context>
</TS>
