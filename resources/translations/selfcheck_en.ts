<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="42"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="59"/>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="61"/>
        <source>Offline self-assessment of AI use against AISGF-1.0 §6.3.</source>
        <translation>Offline self-assessment of AI use against AISGF-1.0 §6.3.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="62"/>
        <source>Installed checklist packs:</source>
        <translation>Installed checklist packs:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="64"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="65"/>
        <source>(portable)</source>
        <translation>(portable)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="66"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="67"/>
        <source>Log files:</source>
        <translation>Log files:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="68"/>
        <source>Settings:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="69"/>
        <source>Chinese text is shown with the bundled font WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception).</source>
        <translation>Chinese text is shown with the bundled font WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="103"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="104"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="105"/>
        <source>Pac&amp;ks</source>
        <translation>Pac&amp;ks</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="106"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="108"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="109"/>
        <source>&amp;Open selected assessment</source>
        <translation>&amp;Open selected assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="115"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="116"/>
        <source>&amp;Restore database…</source>
        <translation>&amp;Restore database…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="118"/>
        <source>&amp;Assessments list</source>
        <translation>&amp;Assessments list</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="119"/>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="120"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="123"/>
        <source>&amp;Verify a report…</source>
        <translation>&amp;Verify a report…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="124"/>
        <source>Report &amp;register…</source>
        <translation>Report &amp;register…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="125"/>
        <source>Signing &amp;identity…</source>
        <translation>Signing &amp;identity…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="126"/>
        <source>&amp;Install pack…</source>
        <translation>&amp;Install pack…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="127"/>
        <source>&amp;Upgrade assessment to a newer pack version…</source>
        <translation>&amp;Upgrade assessment to a newer pack version…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="128"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="130"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="110"/>
        <source>&amp;Export report (PDF, workbook, Word)…</source>
        <translation>&amp;Export report (PDF, workbook, Word)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="111"/>
        <source>Prepared, reviewed and approved &amp;by…</source>
        <translation>Prepared, reviewed and approved &amp;by…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="112"/>
        <source>Export &amp;questionnaire workbook…</source>
        <translation>Export &amp;questionnaire workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="114"/>
        <source>&amp;Import answers from a workbook…</source>
        <translation>&amp;Import answers from a workbook…</translation>
    </message>
</context>
<context>
    <name>AssessmentListView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="127"/>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="137"/>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="128"/>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="131"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="132"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="134"/>
        <source>Search organisation, AI system, assessor…</source>
        <translation>Search organisation, AI system, assessor…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="135"/>
        <source>Search assessments</source>
        <translation>Search assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="136"/>
        <source>Filter by sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="141"/>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="147"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="149"/>
        <source>No assessments yet. Choose “New assessment…” to start your first self-check.</source>
        <translation>No assessments yet. Choose “New assessment…” to start your first self-check.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="213"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="215"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="224"/>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="225"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="137"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="138"/>
        <source>AI system</source>
        <translation>AI system</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="139"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="140"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="141"/>
        <source>Risk grade</source>
        <translation>Risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="142"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="143"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="144"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="159"/>
        <source>(upgraded, read-only)</source>
        <translation>(upgraded, read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="160"/>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="237"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="242"/>
        <source>Comparison: %1 / %2</source>
        <translation>Comparison: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="246"/>
        <source>#%1 (version %2, signed %3) → #%4 (version %5, signed %6)</source>
        <translation>#%1 (version %2, signed %3) → #%4 (version %5, signed %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="252"/>
        <source>Note: these reports are of different assessments.</source>
        <translation>Note: these reports are of different assessments.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="257"/>
        <source>Select two reports in the register (or one, to compare it with the version before it) and choose “Compare…”. The older report is on the left.</source>
        <translation>Select two reports in the register (or one, to compare it with the version before it) and choose “Compare…”. The older report is on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="259"/>
        <source>Show unchanged items</source>
        <translation>Show unchanged items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="260"/>
        <source>Items compared</source>
        <translation>Items compared</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="29"/>
        <source>SelfCheck database (*.sqlite3 *.db);;All files (*)</source>
        <translation>SelfCheck database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="54"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="56"/>
        <source>“%1” is the database the program is using; a backup cannot replace it. Choose another file for the backup.</source>
        <translation>“%1” is the database the program is using; a backup cannot replace it. Choose another file for the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="58"/>
        <source>Backup not written</source>
        <translation>Backup not written</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="63"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="63"/>
        <source>A file named “%1” already exists in %2.

Replace it with the backup?</source>
        <translation>A file named “%1” already exists in %2.

Replace it with the backup?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="76"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="86"/>
        <source>Restore the database from a backup</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="88"/>
        <source>“%1” is the database the program is using, not a backup. Choose a backup file to restore from.</source>
        <translation>“%1” is the database the program is using, not a backup. Choose a backup file to restore from.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="95"/>
        <source>Restore the database</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="95"/>
        <source>Replace all assessments in %1 with the contents of “%2”?

A copy of the current database is kept in the data folder first.</source>
        <translation>Replace all assessments in %1 with the contents of “%2”?

A copy of the current database is kept in the data folder first.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="105"/>
        <source>The database was restored from “%1”. The previous database was kept as %2.</source>
        <translation>The database was restored from “%1”. The previous database was kept as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="111"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="90"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="118"/>
        <source>This file cannot be restored</source>
        <translation>This file cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="127"/>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="54"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="61"/>
        <source>Something went wrong inside the program. Your saved answers are safe. The details were written to the log file.</source>
        <translation>Something went wrong inside the program. Your saved answers are safe. The details were written to the log file.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="63"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="183"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="184"/>
        <source>Handling &amp;mark:</source>
        <translation>Handling &amp;mark:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="185"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="186"/>
        <source>Signer &amp;identity:</source>
        <translation>Signer &amp;identity:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="186"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="187"/>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="199"/>
        <source>Sign the report (recommended)</source>
        <translation>Sign the report (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="200"/>
        <source>Printed on every page, e.g. 内部 or 公开</source>
        <translation>Printed on every page, e.g. 内部 or 公开</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="201"/>
        <source>Your identity file, .pem or .p12 (Tools → Signing identity…)</source>
        <translation>Your identity file, .pem or .p12 (Tools → Signing identity…)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="202"/>
        <source>Passphrase of the identity</source>
        <translation>Passphrase of the identity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="203"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="204"/>
        <source>Set up a signing identity…</source>
        <translation>Set up a signing identity…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="205"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="235"/>
        <source>Export and sign</source>
        <translation>Export and sign</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="236"/>
        <source>Export unsigned</source>
        <translation>Export unsigned</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="247"/>
        <source>This report will be exported unsigned: recipients cannot check who issued it or whether it was changed.</source>
        <translation>This report will be exported unsigned: recipients cannot check who issued it or whether it was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="382"/>
        <source>Enter the passphrase of your signer identity.</source>
        <translation>Enter the passphrase of your signer identity.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="244"/>
        <source>The signer identity file %1 cannot be found.</source>
        <translation>The signer identity file %1 cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="246"/>
        <source>No signing identity is set up yet.</source>
        <translation>No signing identity is set up yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="242"/>
        <source>Tick “Sign the report” to sign it.</source>
        <translation>Tick “Sign the report” to sign it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="366"/>
        <source>Replace the report?</source>
        <translation>Replace the report?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="367"/>
        <source>A file named “%1” already exists in %2.

Replace it with the new report?</source>
        <translation>A file named “%1” already exists in %2.

Replace it with the new report?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="284"/>
        <source>Choose your signer identity</source>
        <translation>Choose your signer identity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="288"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>Signer identity (*.pem *.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="310"/>
        <source>“%1” is your signer identity file. Choose another name for the report; the identity is never overwritten.</source>
        <translation>“%1” is your signer identity file. Choose another name for the report; the identity is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="314"/>
        <source>“%1” is the program&apos;s database. Choose another name for the report.</source>
        <translation>“%1” is the program&apos;s database. Choose another name for the report.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="341"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="339"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="323"/>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="376"/>
        <source>Choose your signer identity (.pem or .p12), or untick “Sign the report”.</source>
        <translation>Choose your signer identity (.pem or .p12), or untick “Sign the report”.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="183"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="184"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Distribution:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="185"/>
        <source>Sign-off:</source>
        <translation>Sign-off:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="190"/>
        <source>PDF report (signed)</source>
        <translation>PDF report (signed)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="191"/>
        <source>Workbook: remediation register and all answers (.xlsx)</source>
        <translation>Workbook: remediation register and all answers (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="192"/>
        <source>Word working draft, editable and unsigned (.docx)</source>
        <translation>Word working draft, editable and unsigned (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="195"/>
        <source>Who the report goes to (optional)</source>
        <translation>Who the report goes to (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="196"/>
        <source>Prepared, reviewed and approved by…</source>
        <translation>Prepared, reviewed and approved by…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="197"/>
        <source>Workbooks and Word drafts are not signed: the signed PDF report is the formal result.</source>
        <translation>Workbooks and Word drafts are not signed: the signed PDF report is the formal result.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="182"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="206"/>
        <source>The file name&apos;s ending follows the format; it is added when the name lacks it</source>
        <translation>The file name&apos;s ending follows the format; it is added when the name lacks it</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="236"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="339"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="340"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="144"/>
        <source>The most frequent critical gaps</source>
        <translation>The most frequent critical gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="146"/>
        <source>Critical gaps in the newest report of each assessment, the most frequent first. Double-click a row to see the reports that have it.</source>
        <translation>Critical gaps in the newest report of each assessment, the most frequent first. Double-click a row to see the reports that have it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="148"/>
        <source>Frequent critical gaps</source>
        <translation>Frequent critical gaps</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="175"/>
        <source>History: %1 / %2</source>
        <translation>History: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="178"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="183"/>
        <source>Select a report in the register and choose “History of this assessment”. Every version received, oldest first, with the critical gaps each one opened and closed.</source>
        <translation>Select a report in the register and choose “History of this assessment”. Every version received, oldest first, with the critical gaps each one opened and closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="186"/>
        <source>Versions of the assessment</source>
        <translation>Versions of the assessment</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="82"/>
        <source>Looking for reports…</source>
        <translation>Looking for reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="89"/>
        <source>Checked %1 of %2 files: %3 added, %4 already registered, %5 rejected</source>
        <translation>Checked %1 of %2 files: %3 added, %4 already registered, %5 rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="97"/>
        <source>Cancelling… the reports registered so far stay.</source>
        <translation>Cancelling… the reports registered so far stay.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="112"/>
        <source>%1 added, %2 already in the register, %3 rejected; %4 other files in the folders skipped.</source>
        <translation>%1 added, %2 already in the register, %3 rejected; %4 other files in the folders skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="117"/>
        <source>Cancelled: %1 files were not checked.</source>
        <translation>Cancelled: %1 files were not checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="121"/>
        <source>Rejected file</source>
        <translation>Rejected file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="121"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="130"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="131"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="132"/>
        <source>Files not registered, with the reason</source>
        <translation>Files not registered, with the reason</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="85"/>
        <source>What good looks like</source>
        <translation>What good looks like</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="86"/>
        <source>Evidence examples</source>
        <translation>Evidence examples</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="155"/>
        <source>Your answer</source>
        <extracomment>A status button was pressed (the Status). Text was typed (save after a pause). A change to save now (flag, a due date accepted or cleared, a field left).</extracomment>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="160"/>
        <source>Shortcut: %1 (Ctrl+%1 while typing in a text field)</source>
        <translation>Shortcut: %1 (Ctrl+%1 while typing in a text field)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="163"/>
        <source>Evidence references (documents, records, where they are kept)</source>
        <translation>Evidence references (documents, records, where they are kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="165"/>
        <source>Evidence references</source>
        <translation>Evidence references</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="166"/>
        <source>e.g. Risk assessment report 2026-03, archive no. …</source>
        <translation>e.g. Risk assessment report 2026-03, archive no. …</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="91"/>
        <source>Attached evidence files (stored in the database with their SHA-256)</source>
        <translation>Attached evidence files (stored in the database with their SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="70"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="70"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="71"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="94"/>
        <source>Attached evidence files</source>
        <translation>Attached evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="95"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="96"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="97"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="168"/>
        <source>Remediation (for partial or not implemented)</source>
        <translation>Remediation (for partial or not implemented)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="170"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="171"/>
        <source>Remediation owner</source>
        <translation>Remediation owner</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="172"/>
        <source>Person or department responsible</source>
        <translation>Person or department responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="173"/>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="108"/>
        <source>Remediation due date</source>
        <translation>Remediation due date</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="107"/>
        <source>not set (YYYY-MM-DD)</source>
        <extracomment>A date was accepted, chosen or cleared (save now).</extracomment>
        <translation>not set (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="109"/>
        <source>Type the date as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar.</source>
        <translation>Type the date as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="112"/>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="189"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="113"/>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="114"/>
        <source>Pick the due date</source>
        <translation>Pick the due date</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="117"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="118"/>
        <source>Clear the due date</source>
        <translation>Clear the due date</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="208"/>
        <source>“%1” is not a valid date. Type it as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar; until then the due date is not changed.</source>
        <translation>“%1” is not a valid date. Type it as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar; until then the due date is not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="175"/>
        <source>Flag for follow-up  [F]</source>
        <translation>Flag for follow-up  [F]</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="69"/>
        <source>Mark as reviewed</source>
        <extracomment>&quot;Mark as reviewed&quot; was pressed.</extracomment>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="111"/>
        <source>Select an item in the list to answer it.</source>
        <extracomment>The saved answer last shown: another one means the answer was saved meanwhile.</extracomment>
        <translation>Select an item in the list to answer it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="91"/>
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="95"/>
        <source>Counts as critical</source>
        <translation>Counts as critical</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="96"/>
        <source>A partial or missing answer to this item is a critical gap at this risk grade.</source>
        <translation>A partial or missing answer to this item is a critical gap at this risk grade.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="103"/>
        <source>Cites: %1</source>
        <translation>Cites: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="76"/>
        <source>This item changed since pack version %1, where you answered it. Check the answer below and confirm it, or change it.</source>
        <translation>This item changed since pack version %1, where you answered it. Check the answer below and confirm it, or change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="80"/>
        <source>This item changed in the new pack version. Check the answer below and confirm it, or change it.</source>
        <translation>This item changed in the new pack version. Check the answer below and confirm it, or change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="87"/>
        <source>What changed in the question:</source>
        <translation>What changed in the question:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="99"/>
        <source>Sectors: %1 → %2</source>
        <translation>Sectors: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="104"/>
        <source>Previous answer: %1</source>
        <translation>Previous answer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="105"/>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="233"/>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="238"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="235"/>
        <source>(required for “%1”)</source>
        <translation>(required for “%1”)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="240"/>
        <source>Why this status? What is missing, or why the item does not apply?</source>
        <translation>Why this status? What is missing, or why the item does not apply?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="242"/>
        <source>Optional: how the requirement is met</source>
        <translation>Optional: how the requirement is met</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="203"/>
        <source>Draft — not saved yet</source>
        <translation>Draft — not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="205"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="207"/>
        <source>Last saved %1</source>
        <translation>Last saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="209"/>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="273"/>
        <source>A justification is required for “%1”: press J (or click the box) to write it. Your answer is kept here as a draft and saved as soon as you write one.</source>
        <translation>A justification is required for “%1”: press J (or click the box) to write it. Your answer is kept here as a draft and saved as soon as you write one.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="278"/>
        <source>A justification of one character does not say why. Write at least %1 characters; your answer is kept here as a draft until then.</source>
        <translation>A justification of one character does not say why. Write at least %1 characters; your answer is kept here as a draft until then.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="201"/>
        <source>Read-only (kept as history)</source>
        <translation>Read-only (kept as history)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="283"/>
        <source>The due date %1 is in the past. Choose today or a later date; the rest of your answer is kept as a draft.</source>
        <translation>The due date %1 is in the past. Choose today or a later date; the rest of your answer is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="122"/>
        <source>Attach an evidence file</source>
        <translation>Attach an evidence file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="129"/>
        <source>Storing %1…</source>
        <translation>Storing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="139"/>
        <source>The file was not attached</source>
        <translation>The file was not attached</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="150"/>
        <source>Save a copy of the evidence file</source>
        <translation>Save a copy of the evidence file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="165"/>
        <source>Copy saved</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="173"/>
        <source>Remove evidence file</source>
        <translation>Remove evidence file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="174"/>
        <source>Remove “%1” from this answer? The removal is recorded in the audit log.</source>
        <translation>Remove “%1” from this answer? The removal is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="108"/>
        <source>This item no longer applies with the assessment&apos;s profile answers. Its answer is kept as it was and counts again if the item applies again.</source>
        <translation>This item no longer applies with the assessment&apos;s profile answers. Its answer is kept as it was and counts again if the item applies again.</translation>
    </message>
</context>
<context>
    <name>ItemTableBox</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="208"/>
        <source>Go to item</source>
        <extracomment>Stacking order of the theme bars. Links to items in the reasons text: ``item:RA-01``.</extracomment>
        <translation>Go to item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="245"/>
        <source>Hide the list</source>
        <translation>Hide the list</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="246"/>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="186"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="187"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="188"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="190"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="192"/>
        <source>Flagged for follow-up, awaiting re-review, unsaved draft, evidence recorded</source>
        <translation>Flagged for follow-up, awaiting re-review, unsaved draft, evidence recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="263"/>
        <source>Flagged for follow-up</source>
        <translation>Flagged for follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="265"/>
        <source>Awaiting re-review</source>
        <translation>Awaiting re-review</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="226"/>
        <source>Counts as critical at this risk grade</source>
        <translation>Counts as critical at this risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="267"/>
        <source>Unsaved draft</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="269"/>
        <source>Evidence recorded</source>
        <translation>Evidence recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="164"/>
        <source>%1 · no longer applies</source>
        <extracomment>What an item without a saved answer shows. The text colour of items that no longer apply with the profile answers. False for an item that no longer applies with the profile answers (its answer kept) The roles :meth:`ItemTableModel.data` answers. Changes whenever a row&apos;s content may have changed (filters compare it).</extracomment>
        <translation>%1 · no longer applies</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="221"/>
        <source>No longer applies with the profile answers; the answer is kept</source>
        <translation>No longer applies with the profile answers; the answer is kept</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="101"/>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="136"/>
        <source>The assessment cannot be opened</source>
        <translation>The assessment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="148"/>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="204"/>
        <source>Select an assessment in the list first.</source>
        <translation>Select an assessment in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="176"/>
        <source>In the workspace (outside text fields):</source>
        <translation>In the workspace (outside text fields):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="177"/>
        <source>1 / 2 / 3 / 4 — implemented / partial / not implemented / not applicable</source>
        <translation>1 / 2 / 3 / 4 — implemented / partial / not implemented / not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="178"/>
        <source>N / P — next / previous unanswered item</source>
        <translation>N / P — next / previous unanswered item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="179"/>
        <source>F — flag for follow-up;  J — write the justification</source>
        <translation>F — flag for follow-up;  J — write the justification</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="180"/>
        <source>Inside text fields: Ctrl+1…4 set the status, Alt+N / Alt+P move, Esc returns to the list</source>
        <translation>Inside text fields: Ctrl+1…4 set the status, Alt+N / Alt+P move, Esc returns to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="182"/>
        <source>A status key leaves the keyboard in the list: after 2, 3 or 4 press J to write the justification.</source>
        <translation>A status key leaves the keyboard in the list: after 2, 3 or 4 press J to write the justification.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="184"/>
        <source>Ctrl+F — search items;  Ctrl+Shift+S — summary;  Ctrl+Shift+I — items;  Ctrl+L — assessments</source>
        <translation>Ctrl+F — search items;  Ctrl+Shift+S — summary;  Ctrl+Shift+I — items;  Ctrl+L — assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="186"/>
        <source>Ctrl+N — new assessment;  Ctrl+O — open;  Ctrl+E — export;  F1 — this list;  Ctrl+Q — quit</source>
        <translation>Ctrl+N — new assessment;  Ctrl+O — open;  Ctrl+E — export;  F1 — this list;  Ctrl+Q — quit</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="189"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="222"/>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="224"/>
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="226"/>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="231"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="231"/>
        <source>Open containing folder</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="236"/>
        <source>No program on this computer opens %1.</source>
        <translation>No program on this computer opens %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="335"/>
        <source>Installed %1</source>
        <translation>Installed %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="387"/>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="400"/>
        <source>Database restored</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="378"/>
        <source>Profile changed: %1 item(s) apply now, %2 no longer apply (answers kept).</source>
        <translation>Profile changed: %1 item(s) apply now, %2 no longer apply (answers kept).</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="247"/>
        <source>Sign-off saved.</source>
        <translation>Sign-off saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="259"/>
        <source>Questionnaire with %1 item(s) written to %2.</source>
        <translation>Questionnaire with %1 item(s) written to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="270"/>
        <source>Choose the returned questionnaire</source>
        <translation>Choose the returned questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="272"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="285"/>
        <source>%1 answer(s) imported.</source>
        <translation>%1 answer(s) imported.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="112"/>
        <source>Organisations × themes</source>
        <translation>Organisations × themes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="114"/>
        <source>The weighted score of each theme over the newest report of each of an organisation&apos;s assessments. Double-click a cell to see its reports.</source>
        <translation>The weighted score of each theme over the newest report of each of an organisation&apos;s assessments. Double-click a cell to see its reports.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="119"/>
        <source>Organisations by themes</source>
        <translation>Organisations by themes</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="127"/>
        <source>New assessment</source>
        <extracomment>The grade badge while the risk profile is incomplete.</extracomment>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="129"/>
        <source>Checklist &amp;pack:</source>
        <translation>Checklist &amp;pack:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="130"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="131"/>
        <source>AI &amp;system:</source>
        <translation>AI &amp;system:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="132"/>
        <source>&amp;What the system does:</source>
        <translation>&amp;What the system does:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="133"/>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="134"/>
        <source>&amp;Assessor:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="138"/>
        <source>e.g. Municipal Bureau of Transport</source>
        <translation>e.g. Municipal Bureau of Transport</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="139"/>
        <source>e.g. Citizen hotline assistant</source>
        <translation>e.g. Citizen hotline assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="140"/>
        <source>What it is used for, by whom, on what data</source>
        <translation>What it is used for, by whom, on what data</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="141"/>
        <source>Your name and role</source>
        <translation>Your name and role</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="165"/>
        <source>%1 — version %2 · %3 · %4 items</source>
        <translation>%1 — version %2 · %3 · %4 items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="230"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="231"/>
        <source>not graded yet</source>
        <translation>not graded yet</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="242"/>
        <source>Still to answer: %1.</source>
        <translation>Still to answer: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="148"/>
        <source>Resulting risk grade:</source>
        <translation>Resulting risk grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="150"/>
        <source>Create assessment</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="151"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="254"/>
        <source>No checklist pack is installed.</source>
        <translation>No checklist pack is installed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="257"/>
        <source>Enter the organisation.</source>
        <translation>Enter the organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="261"/>
        <source>Enter the name of the AI system.</source>
        <translation>Enter the name of the AI system.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="265"/>
        <source>Answer the risk-profile questions first.</source>
        <translation>Answer the risk-profile questions first.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="157"/>
        <source>Risk profile — %1</source>
        <translation>Risk profile — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="233"/>
        <source>Answer the risk-profile questions to see the risk grade. The grade decides which items count as critical.</source>
        <translation>Answer the risk-profile questions to see the risk grade. The grade decides which items count as critical.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="247"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="268"/>
        <source>Answer the open questions first.</source>
        <translation>Answer the open questions first.</translation>
    </message>
</context>
<context>
    <name>PackDiff</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="40"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="41"/>
        <source>sectors</source>
        <translation>sectors</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="42"/>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="43"/>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="44"/>
        <source>what good looks like</source>
        <translation>what good looks like</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="45"/>
        <source>evidence examples</source>
        <translation>evidence examples</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="46"/>
        <source>clauses cited</source>
        <translation>clauses cited</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="47"/>
        <source>whether evidence is expected</source>
        <translation>whether evidence is expected</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="61"/>
        <source>reworded</source>
        <translation>reworded</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="62"/>
        <source>reworded (same meaning)</source>
        <translation>reworded (same meaning)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="64"/>
        <source>sectors: %1 → %2</source>
        <translation>sectors: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="68"/>
        <source>severity: %1 → %2</source>
        <translation>severity: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="73"/>
        <source>also changed: %1</source>
        <translation>also changed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="81"/>
        <source>new item: to be answered</source>
        <translation>new item: to be answered</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="83"/>
        <source>answers stay in the old assessment</source>
        <translation>answers stay in the old assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="85"/>
        <source>answers carried over, awaiting re-review</source>
        <translation>answers carried over, awaiting re-review</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="87"/>
        <source>answers carried over; scored at the new severity</source>
        <translation>answers carried over; scored at the new severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="88"/>
        <source>answers carried over</source>
        <translation>answers carried over</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="105"/>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="120"/>
        <source>added</source>
        <extracomment>Decides the effect column: (kind, item id, change or None) -&gt; text.</extracomment>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="107"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="126"/>
        <source>%1 → %2 items: %3 added · %4 removed · %5 changed (%6 of them with answers to re-review) · %7 unchanged</source>
        <translation>%1 → %2 items: %3 added · %4 removed · %5 changed (%6 of them with answers to re-review) · %7 unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="155"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="155"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="156"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="156"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="157"/>
        <source>Changes item by item</source>
        <translation>Changes item by item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="175"/>
        <source>Before: %1</source>
        <translation>Before: %1</translation>
    </message>
</context>
<context>
    <name>PackInstallDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="95"/>
        <source>Install a checklist pack</source>
        <extracomment>The key the chosen file is signed with, when this computer does not trust it.</extracomment>
        <translation>Install a checklist pack</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="96"/>
        <source>Choose pack file…</source>
        <translation>Choose pack file…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="97"/>
        <source>Trust a pack key…</source>
        <translation>Trust a pack key…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="99"/>
        <source>Trust the public key (.public.json) your administrator signs packs with, after comparing its fingerprint</source>
        <translation>Trust the public key (.public.json) your administrator signs packs with, after comparing its fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="101"/>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="109"/>
        <source>Choose a signed pack file</source>
        <translation>Choose a signed pack file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="110"/>
        <source>Signed checklist packs (%1);;All files (*)</source>
        <translation>Signed checklist packs (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="147"/>
        <source>This pack file is signed with the pack key %1, which this computer does not trust yet. If your administrator gave you that key&apos;s public-key file (.public.json), choose “Trust a pack key…”: its full fingerprint is shown for you to compare before anything changes.</source>
        <translation>This pack file is signed with the pack key %1, which this computer does not trust yet. If your administrator gave you that key&apos;s public-key file (.public.json), choose “Trust a pack key…”: its full fingerprint is shown for you to compare before anything changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="152"/>
        <source>This pack file is not accepted: %1</source>
        <translation>This pack file is not accepted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="164"/>
        <source>Choose the pack key&apos;s public-key file</source>
        <translation>Choose the pack key&apos;s public-key file</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="166"/>
        <source>Pack public keys (*%1);;All files (*)</source>
        <translation>Pack public keys (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="173"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="177"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="189"/>
        <source>The key was not trusted</source>
        <translation>The key was not trusted</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="179"/>
        <source>Trust this pack key?</source>
        <translation>Trust this pack key?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="198"/>
        <source>This file holds the pack key %1, but the pack file is signed with the key %2. Choose the public-key file of %2.</source>
        <translation>This file holds the pack key %1, but the pack file is signed with the key %2. Choose the public-key file of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="205"/>
        <source>The pack key %1 was revoked on this computer on %2; it is not trusted again from here. Ask your administrator.</source>
        <translation>The pack key %1 was revoked on this computer on %2; it is not trusted again from here. Ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="208"/>
        <source>The pack key %1 is trusted already.</source>
        <translation>The pack key %1 is trusted already.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="214"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="214"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="278"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="215"/>
        <source>Algorithm: %1</source>
        <translation>Algorithm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="216"/>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="216"/>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="217"/>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="218"/>
        <source>Fingerprint (SHA-256 of the key):</source>
        <translation>Fingerprint (SHA-256 of the key):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="221"/>
        <source>Compare the whole fingerprint with the one your administrator gave you on paper or by phone. Trust this key only if every digit matches: packs it signs will be installed on this computer.</source>
        <translation>Compare the whole fingerprint with the one your administrator gave you on paper or by phone. Trust this key only if every digit matches: packs it signs will be installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="231"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="242"/>
        <source>Checking the signature and the content…</source>
        <translation>Checking the signature and the content…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="244"/>
        <source>Choose a signed pack file (.ckpack) from your administrator. It is checked against the trusted pack keys of this computer before anything is installed.</source>
        <translation>Choose a signed pack file (.ckpack) from your administrator. It is checked against the trusted pack keys of this computer before anything is installed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="259"/>
        <source>Every item is new on this computer.</source>
        <translation>Every item is new on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="265"/>
        <source>New pack: not installed before.</source>
        <translation>New pack: not installed before.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="266"/>
        <source>Newer version: installed versions %1.</source>
        <translation>Newer version: installed versions %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="268"/>
        <source>This version is already installed.</source>
        <translation>This version is already installed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="269"/>
        <source>Refused: older than the installed version.</source>
        <translation>Refused: older than the installed version.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="270"/>
        <source>ALARM: this version number is installed with different content. Nothing will be installed; tell your administrator.</source>
        <translation>ALARM: this version number is installed with different content. Nothing will be installed; tell your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="275"/>
        <source>%1 · %2 · %3 items</source>
        <translation>%1 · %2 · %3 items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="277"/>
        <source>Signed by: %1 (key %2)</source>
        <translation>Signed by: %1 (key %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="280"/>
        <source>Content SHA-256: %1</source>
        <translation>Content SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="284"/>
        <source>This pack file has expired; it is not installed.</source>
        <translation>This pack file has expired; it is not installed.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="143"/>
        <source>Risk profile — %1</source>
        <translation>Risk profile — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="168"/>
        <source>Profile questions</source>
        <translation>Profile questions</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="170"/>
        <source>Changing an answer changes which items apply. No answer is lost: the answers of items that stop applying are kept and shown as such, and count again if the items apply again.</source>
        <translation>Changing an answer changes which items apply. No answer is lost: the answers of items that stop applying are kept and shown as such, and count again if the items apply again.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="175"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="184"/>
        <source>Still to answer: %1.</source>
        <translation>Still to answer: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="197"/>
        <source>Risk grade: %1 → %2</source>
        <translation>Risk grade: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="200"/>
        <source>Will apply: %1</source>
        <translation>Will apply: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="203"/>
        <source>Will stop applying (answers kept): %1</source>
        <translation>Will stop applying (answers kept): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="205"/>
        <source>No item changes.</source>
        <translation>No item changes.</translation>
    </message>
</context>
<context>
    <name>ProfileQuestionsBox</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="82"/>
        <source>Questions of this checklist (they decide which items apply)</source>
        <translation>Questions of this checklist (they decide which items apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="88"/>
        <source>— choose an answer —</source>
        <translation>— choose an answer —</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/file_dialogs.py" line="84"/>
        <source>All files (*)</source>
        <extracomment>The columns of the file list: name, size, type, date modified.</extracomment>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="50"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="52"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="53"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="48"/>
        <source>&amp;Look in:</source>
        <extracomment>Strings of Qt&apos;s own file dialog that Qt 6.11&apos;s qtbase_zh_CN.qm does not translate (its catalogue has &quot;Look in:&quot; and &quot;Files of type:&quot;, but the dialog asks for the forms with a mnemonic; the file-type names come from QAbstractFileIconProvider, which the catalogue lacks). They are listed here so that lupdate keeps them in selfcheck_zh_CN.ts; our translator answers when Qt&apos;s has no translation.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="49"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="92"/>
        <source>Export questionnaire workbook</source>
        <translation>Export questionnaire workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="94"/>
        <source>A workbook with the items of the chosen themes and their current answers, for a colleague to fill in. When it comes back, import it with File → Import answers from a workbook…: each answer is shown beside the current one before anything is saved.</source>
        <translation>A workbook with the items of the chosen themes and their current answers, for a colleague to fill in. When it comes back, import it with File → Import answers from a workbook…: each answer is shown beside the current one before anything is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="98"/>
        <source>Themes:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="99"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="100"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="101"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="112"/>
        <source>Save the questionnaire as</source>
        <translation>Save the questionnaire as</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="113"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="122"/>
        <source>Choose at least one theme.</source>
        <translation>Choose at least one theme.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="126"/>
        <source>“%1” is the program&apos;s database. Choose another name.</source>
        <translation>“%1” is the program&apos;s database. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="131"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="132"/>
        <source>A file named “%1” already exists in %2.

Replace it?</source>
        <translation>A file named “%1” already exists in %2.

Replace it?</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="138"/>
        <source>Search: organisation, system, signer, verdict, notes… (Chinese or English)</source>
        <translation>Search: organisation, system, signer, verdict, notes… (Chinese or English)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="139"/>
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="143"/>
        <source>All verdicts</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="148"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="149"/>
        <source>Newest version of each assessment only</source>
        <translation>Newest version of each assessment only</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="150"/>
        <source>Only reports with notes</source>
        <translation>Only reports with notes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="151"/>
        <source>Show all reports</source>
        <translation>Show all reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="152"/>
        <source>Registered reports</source>
        <translation>Registered reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="153"/>
        <source>Details of the selected report</source>
        <translation>Details of the selected report</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="154"/>
        <source>History of this assessment</source>
        <translation>History of this assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="155"/>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="157"/>
        <source>Two reports selected: compare them. One selected: compare it with the version before it.</source>
        <translation>Two reports selected: compare them. One selected: compare it with the version before it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="159"/>
        <source>Remove from register…</source>
        <translation>Remove from register…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="160"/>
        <source>The report leaves the register; its file is not touched</source>
        <translation>The report leaves the register; its file is not touched</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="214"/>
        <source>Showing the %n report(s) chosen in another view.</source>
        <translation>
            <numerusform>Showing the %n report chosen in another view.</numerusform>
            <numerusform>Showing the %n reports chosen in another view.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="230"/>
        <source>%1 of %2 reports</source>
        <translation>%1 of %2 reports</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="142"/>
        <source>Add signed PDF reports with “Add reports…” (Ctrl+O) or drop them onto this window. Each one is checked against the trusted roots of this computer.</source>
        <extracomment>Looks up the pack a report answers when that exact version is installed here: (pack id, version, pack hash) -&gt; the pack or None.</extracomment>
        <translation>Add signed PDF reports with “Add reports…” (Ctrl+O) or drop them onto this window. Each one is checked against the trusted roots of this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="148"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="153"/>
        <source>Authentic — signed, unchanged since signing, and from a signer this computer trusts</source>
        <translation>Authentic — signed, unchanged since signing, and from a signer this computer trusts</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="156"/>
        <source>Rejected — this report cannot be relied on</source>
        <translation>Rejected — this report cannot be relied on</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="162"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="171"/>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="173"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="179"/>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Certificate fingerprint (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="181"/>
        <source>Signed at:</source>
        <translation>Signed at:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="184"/>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="186"/>
        <source>Question pack:</source>
        <translation>Question pack:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="191"/>
        <source>Pack hash (SHA-256):</source>
        <translation>Pack hash (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="193"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="195"/>
        <source>No signature could be read from this file.</source>
        <translation>No signature could be read from this file.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="201"/>
        <source>Unverified — do not rely on this. The file failed verification; what follows may have been altered.</source>
        <translation>Unverified — do not rely on this. The file failed verification; what follows may have been altered.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="209"/>
        <source>The results inside a rejected report are not shown: they cannot be trusted.</source>
        <translation>The results inside a rejected report are not shown: they cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="217"/>
        <source>Notes from the check</source>
        <translation>Notes from the check</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="229"/>
        <source>As claimed by the signer&apos;s own computer clock; no timestamp authority confirms it.</source>
        <translation>As claimed by the signer&apos;s own computer clock; no timestamp authority confirms it.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="247"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="249"/>
        <source>AI system:</source>
        <translation>AI system:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="264"/>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="266"/>
        <source>Weighted score:</source>
        <translation>Weighted score:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="273"/>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="276"/>
        <source>Risk grade:</source>
        <translation>Risk grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="278"/>
        <source>Critical gaps:</source>
        <translation>Critical gaps:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="281"/>
        <source>Critical items unanswered:</source>
        <translation>Critical items unanswered:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="283"/>
        <source>Results embedded in the signed report</source>
        <translation>Results embedded in the signed report</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="289"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="175"/>
        <source>Signature algorithm:</source>
        <translation>Signature algorithm:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="65"/>
        <source>No trusted root certificate is set up on this computer: add the organisation&apos;s root certificate under “Trusted roots”.</source>
        <extracomment>The bytes that were verified (None when the file could not be read). Bumped for every new check, so that a late answer to an older check is ignored.</extracomment>
        <translation>No trusted root certificate is set up on this computer: add the organisation&apos;s root certificate under “Trusted roots”.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="110"/>
        <source>Preview of the report</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="29"/>
        <source>This file could not be read, so it was not checked.</source>
        <translation>This file could not be read, so it was not checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="31"/>
        <source>This file is not a PDF report; nothing in it was checked.</source>
        <translation>This file is not a PDF report; nothing in it was checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="33"/>
        <source>This PDF is damaged or incomplete and cannot be checked. Ask for the report again.</source>
        <translation>This PDF is damaged or incomplete and cannot be checked. Ask for the report again.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="35"/>
        <source>This PDF is not signed: nothing shows who issued it or whether it was changed. Do not treat it as a signed report.</source>
        <translation>This PDF is not signed: nothing shows who issued it or whether it was changed. Do not treat it as a signed report.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="38"/>
        <source>No trusted root certificate is set up on this computer, so the signer cannot be checked. Add the organisation&apos;s root certificate under “Trusted roots”; the report is then checked again.</source>
        <translation>No trusted root certificate is set up on this computer, so the signer cannot be checked. Add the organisation&apos;s root certificate under “Trusted roots”; the report is then checked again.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="42"/>
        <source>The signer is not trusted on this computer (the details say why). Do not rely on what this report shows.</source>
        <translation>The signer is not trusted on this computer (the details say why). Do not rely on what this report shows.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="45"/>
        <source>This file was changed after it was signed — its content may have been altered. Do not rely on what it shows.</source>
        <translation>This file was changed after it was signed — its content may have been altered. Do not rely on what it shows.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="49"/>
        <source>The signature of this file is not valid (the details say why). Do not rely on what it shows.</source>
        <translation>The signature of this file is not valid (the details say why). Do not rely on what it shows.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="154"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="162"/>
        <source>Choose a report in the list to see its pages.</source>
        <translation>Choose a report in the list to see its pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="164"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="166"/>
        <source>This file cannot be previewed: it could not be read.</source>
        <translation>This file cannot be previewed: it could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="168"/>
        <source>Loading the preview…</source>
        <translation>Loading the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="170"/>
        <source>This file cannot be previewed: it is not a PDF document that can be displayed.</source>
        <translation>This file cannot be previewed: it is not a PDF document that can be displayed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="192"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="129"/>
        <source>Report register</source>
        <translation>Report register</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="131"/>
        <source>Import signed reports with File → Import, or drop files and folders (a USB stick) on this window. Each file is verified strictly; only authentic reports are registered.</source>
        <translation>Import signed reports with File → Import, or drop files and folders (a USB stick) on this window. Each file is verified strictly; only authentic reports are registered.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="134"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="134"/>
        <source>Organisations × themes</source>
        <translation>Organisations × themes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="135"/>
        <source>Frequent gaps</source>
        <translation>Frequent gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="135"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="136"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="141"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="142"/>
        <source>Import a &amp;folder (USB stick)…</source>
        <translation>Import a &amp;folder (USB stick)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="143"/>
        <source>&amp;Export the register as shown…</source>
        <translation>&amp;Export the register as shown…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="144"/>
        <source>Export organisations × &amp;themes…</source>
        <translation>Export organisations × &amp;themes…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="145"/>
        <source>Export the &amp;comparison…</source>
        <translation>Export the &amp;comparison…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="146"/>
        <source>Export &amp;everything to Excel…</source>
        <translation>Export &amp;everything to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="147"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="148"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="159"/>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="174"/>
        <source>The register cannot be read</source>
        <translation>The register cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="212"/>
        <source>Import signed reports</source>
        <translation>Import signed reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="214"/>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF reports (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="220"/>
        <source>Import every report in a folder</source>
        <translation>Import every report in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="233"/>
        <source>An import is running; wait for it or cancel it first.</source>
        <translation>An import is running; wait for it or cancel it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="269"/>
        <source>The import stopped</source>
        <translation>The import stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="287"/>
        <source>Remove %n report(s) from the register? The files they came from are not touched, and the removal is recorded in the audit log.</source>
        <translation>
            <numerusform>Remove %n report from the register? The file it came from is not touched, and the removal is recorded in the audit log.</numerusform>
            <numerusform>Remove %n reports from the register? The files they came from are not touched, and the removal is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="290"/>
        <source>Remove from register</source>
        <translation>Remove from register</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="310"/>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="311"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="310"/>
        <source>organisations-themes</source>
        <translation>organisations-themes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="311"/>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="312"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="313"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="314"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="327"/>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="329"/>
        <source>The export failed</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="76"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="78"/>
        <source>Who prepared, reviewed and approved this assessment. The report&apos;s sign-off block prints what is filled in here; what is left empty is a blank line to be filled in and signed by hand.</source>
        <translation>Who prepared, reviewed and approved this assessment. The report&apos;s sign-off block prints what is filled in here; what is left empty is a blank line to be filled in and signed by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="81"/>
        <source>Prepared by (assessor):</source>
        <translation>Prepared by (assessor):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="82"/>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="83"/>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="85"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="88"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="99"/>
        <source>“%1” is not a date: write it as 2027-03-31, or leave it empty.</source>
        <translation>“%1” is not a date: write it as 2027-03-31, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>SigningIdentityDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="95"/>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="97"/>
        <source>Signed reports are certified with your signer identity: a .pem (SM2) or .p12 (ECDSA) file issued by your organisation&apos;s certificate authority. Only the file&apos;s location is remembered; the passphrase is asked for each time you sign.</source>
        <translation>Signed reports are certified with your signer identity: a .pem (SM2) or .p12 (ECDSA) file issued by your organisation&apos;s certificate authority. Only the file&apos;s location is remembered; the passphrase is asked for each time you sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="100"/>
        <source>Identity file:</source>
        <translation>Identity file:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="101"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="102"/>
        <source>Passphrase of the identity</source>
        <translation>Passphrase of the identity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="103"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="104"/>
        <source>Open and check</source>
        <translation>Open and check</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="109"/>
        <source>Choose your signer identity</source>
        <translation>Choose your signer identity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="110"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>Signer identity (*.pem *.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="124"/>
        <source>Enter the passphrase of the identity.</source>
        <translation>Enter the passphrase of the identity.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="154"/>
        <source>No identity chosen yet.</source>
        <translation>No identity chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="157"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="161"/>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="162"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="164"/>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="166"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="169"/>
        <source>Expires in:</source>
        <translation>Expires in:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="169"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="163"/>
        <source>Algorithm:</source>
        <translation>Algorithm:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="116"/>
        <source>The data folder cannot be created: %1</source>
        <translation>The data folder cannot be created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="117"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="136"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="143"/>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="131"/>
        <source>AI Safety Self-Check is already open with the data folder %1. Switch to that window, or close it first.</source>
        <translation>AI Safety Self-Check is already open with the data folder %1. Switch to that window, or close it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="134"/>
        <source>The data folder %1 cannot be used: it is read-only or not accessible. Ask your administrator for write access.</source>
        <translation>The data folder %1 cannot be used: it is read-only or not accessible. Ask your administrator for write access.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="142"/>
        <source>The database cannot be opened. Nothing was changed.</source>
        <translation>The database cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="153"/>
        <source>Unsaved drafts kept</source>
        <translation>Unsaved drafts kept</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="153"/>
        <source>Some unsaved drafts from an earlier version of the program fit no checklist item. Their text was kept in %1.</source>
        <translation>Some unsaved drafts from an earlier version of the program fit no checklist item. Their text was kept in %1.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="343"/>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="344"/>
        <source>Export signed PDF…</source>
        <translation>Export signed PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="345"/>
        <source>Themes: items by status and weighted score</source>
        <translation>Themes: items by status and weighted score</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="346"/>
        <source>┆ pass mark %1%</source>
        <translation>┆ pass mark %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="348"/>
        <source>Critical gaps</source>
        <translation>Critical gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="349"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="350"/>
        <source>No critical gaps.</source>
        <translation>No critical gaps.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="352"/>
        <source>Critical items not answered yet</source>
        <translation>Critical items not answered yet</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="353"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="354"/>
        <source>Every critical item is answered.</source>
        <translation>Every critical item is answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="355"/>
        <source>Remediation plan</source>
        <translation>Remediation plan</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="356"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="356"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="357"/>
        <source>Nothing to remediate: no item is partial or not implemented.</source>
        <translation>Nothing to remediate: no item is partial or not implemented.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="405"/>
        <source>Weighted score %1% · answered %2 of %3 · %4</source>
        <translation>Weighted score %1% · answered %2 of %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="425"/>
        <source>Critical items not answered yet (%1)</source>
        <translation>Critical items not answered yet (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="441"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="442"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="444"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>TrustedRootsPage</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="79"/>
        <source>A report is authentic only if its signer was issued by one of these roots and is not revoked by the root&apos;s revocation list. Adding or removing a root, or adding a revocation list, checks every report in the list again.</source>
        <translation>A report is authentic only if its signer was issued by one of these roots and is not revoked by the root&apos;s revocation list. Adding or removing a root, or adding a revocation list, checks every report in the list again.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Root certificate</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="85"/>
        <source>Trusted roots</source>
        <translation>Trusted roots</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="86"/>
        <source>Add root certificate…</source>
        <translation>Add root certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="87"/>
        <source>Add root certificate</source>
        <translation>Add root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="88"/>
        <source>Remove root</source>
        <translation>Remove root</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="89"/>
        <source>Remove the selected root</source>
        <translation>Remove the selected root</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="145"/>
        <source>Keep this revocation list?</source>
        <translation>Keep this revocation list?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="158"/>
        <source>Issued by the root: %1</source>
        <translation>Issued by the root: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="159"/>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="160"/>
        <source>Issued on: %1</source>
        <translation>Issued on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="161"/>
        <source>Next update: %1</source>
        <translation>Next update: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="162"/>
        <source>Revoked signer certificates: %1</source>
        <translation>Revoked signer certificates: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="164"/>
        <source>Reports signed with a revoked certificate will be rejected on this computer. Keep this list?</source>
        <translation>Reports signed with a revoked certificate will be rejected on this computer. Keep this list?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="176"/>
        <source>Choose the organisation&apos;s root certificate</source>
        <translation>Choose the organisation&apos;s root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="178"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="186"/>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="198"/>
        <source>The certificate was not added</source>
        <translation>The certificate was not added</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="189"/>
        <source>Already trusted</source>
        <translation>Already trusted</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="190"/>
        <source>“%1” is a trusted root on this computer already.</source>
        <translation>“%1” is a trusted root on this computer already.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="192"/>
        <source>Trust this root certificate?</source>
        <translation>Trust this root certificate?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="205"/>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="206"/>
        <source>Valid: %1 to %2</source>
        <translation>Valid: %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="208"/>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="209"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="212"/>
        <source>Compare the whole fingerprint with the one the CA holder gave you on paper or by phone. Trust this root only if every digit matches: reports its signers sign will be accepted as authentic on this computer.</source>
        <translation>Compare the whole fingerprint with the one the CA holder gave you on paper or by phone. Trust this root only if every digit matches: reports its signers sign will be accepted as authentic on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="227"/>
        <source>Stop trusting this root?</source>
        <translation>Stop trusting this root?</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="228"/>
        <source>Reports signed under “%1” will no longer verify on this computer.</source>
        <translation>Reports signed under “%1” will no longer verify on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="84"/>
        <source>Revocation list</source>
        <translation>Revocation list</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="90"/>
        <source>Add revocation list…</source>
        <translation>Add revocation list…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="91"/>
        <source>Add a revocation list (CRL)</source>
        <translation>Add a revocation list (CRL)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="117"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="118"/>
        <source>No. %1: %2 revoked; next update %3</source>
        <translation>No. %1: %2 revoked; next update %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="127"/>
        <source>Choose the revocation list from the CA holder</source>
        <translation>Choose the revocation list from the CA holder</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="129"/>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Revocation lists (*.crl *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="137"/>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="151"/>
        <source>The revocation list was not added</source>
        <translation>The revocation list was not added</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="142"/>
        <source>Revocation list not added</source>
        <translation>Revocation list not added</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="143"/>
        <source>This computer already keeps a newer revocation list of that root.</source>
        <translation>This computer already keeps a newer revocation list of that root.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="78"/>
        <source>Upgrade to a newer pack version</source>
        <translation>Upgrade to a newer pack version</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="79"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="80"/>
        <source>No item of this assessment changes: every answer carries over.</source>
        <translation>No item of this assessment changes: every answer carries over.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="99"/>
        <source>Working out what changes…</source>
        <translation>Working out what changes…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="103"/>
        <source>The assessment moves from %1 to version %2. A new assessment is created with your answers; the current one is kept unchanged, archived and read-only.</source>
        <translation>The assessment moves from %1 to version %2. A new assessment is created with your answers; the current one is kept unchanged, archived and read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="108"/>
        <source>Carried over unchanged: %1 · awaiting re-review: %2 · new items: %3 · answers of dropped items (kept in the old assessment): %4</source>
        <translation>Carried over unchanged: %1 · awaiting re-review: %2 · new items: %3 · answers of dropped items (kept in the old assessment): %4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="125"/>
        <source>carried over, awaiting re-review</source>
        <translation>carried over, awaiting re-review</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="127"/>
        <source>kept in the old assessment</source>
        <translation>kept in the old assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="130"/>
        <source>carried over; scored at the new severity</source>
        <translation>carried over; scored at the new severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="131"/>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="133"/>
        <source>not answered; dropped</source>
        <translation>not answered; dropped</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="134"/>
        <source>not answered yet</source>
        <translation>not answered yet</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="45"/>
        <source>Answers file format (in English)</source>
        <extracomment>The documents of the guide, in the order shown (file names without ``.md``).</extracomment>
        <translation>Answers file format (in English)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="160"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="161"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="162"/>
        <source>The chosen document</source>
        <translation>The chosen document</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="179"/>
        <source>The documentation was not found next to the program (a docs folder).</source>
        <translation>The documentation was not found next to the program (a docs folder).</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="225"/>
        <source>Links to web sites are not opened: this program works offline. The address is %1</source>
        <translation>Links to web sites are not opened: this program works offline. The address is %1</translation>
    </message>
</context>
<context>
    <name>VerifiedReportsModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="185"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="186"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="187"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="188"/>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="189"/>
        <source>Assessment verdict</source>
        <translation>Assessment verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="236"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="238"/>
        <source>Authentic</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="239"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="287"/>
        <source>Verify signed reports</source>
        <extracomment>The dialog&apos;s size when nothing is remembered (shrunk to fit smaller screens).</extracomment>
        <translation>Verify signed reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="288"/>
        <source>Add reports…</source>
        <translation>Add reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="289"/>
        <source>Choose one or more signed PDF reports (Ctrl+O)</source>
        <translation>Choose one or more signed PDF reports (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="290"/>
        <source>Add reports</source>
        <translation>Add reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="291"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="294"/>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="292"/>
        <source>Remove the selected reports from the list (Delete); the files are not touched</source>
        <translation>Remove the selected reports from the list (Delete); the files are not touched</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="295"/>
        <source>Or drop PDF files anywhere on this window.</source>
        <translation>Or drop PDF files anywhere on this window.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="296"/>
        <source>Reports checked</source>
        <translation>Reports checked</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="298"/>
        <source>One row per file: verification result, signer, signing time and the assessment verdict. Delete removes the selected rows.</source>
        <translation>One row per file: verification result, signer, signing time and the assessment verdict. Delete removes the selected rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="300"/>
        <source>Details of the selected report</source>
        <translation>Details of the selected report</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="301"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="302"/>
        <source>Details and trusted roots</source>
        <translation>Details and trusted roots</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="305"/>
        <source>No trusted root certificate is set up on this computer, so every report will be rejected. Add the organisation&apos;s root certificate under “Trusted roots”.</source>
        <translation>No trusted root certificate is set up on this computer, so every report will be rejected. Add the organisation&apos;s root certificate under “Trusted roots”.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="313"/>
        <source>Trusted roots (%1)</source>
        <translation>Trusted roots (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="324"/>
        <source>Choose signed reports</source>
        <translation>Choose signed reports</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="326"/>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF reports (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="477"/>
        <source>Folders are not searched for reports; skipped: %1.</source>
        <translation>Folders are not searched for reports; skipped: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="480"/>
        <source>Only files on this computer can be checked; %n other item(s) skipped.</source>
        <translation>
            <numerusform>Only files on this computer can be checked; %n other item skipped.</numerusform>
            <numerusform>Only files on this computer can be checked; %n other items skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="410"/>
        <source>The report cannot be checked</source>
        <translation>The report cannot be checked</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/wording.py" line="15"/>
        <source>%1 · version %2</source>
        <translation>%1 · v%2</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="98"/>
        <source>Import answers from a workbook</source>
        <translation>Import answers from a workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Current answer</source>
        <translation>Current answer</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="101"/>
        <source>Answer in the workbook</source>
        <translation>Answer in the workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="102"/>
        <source>Rows that cannot be imported:</source>
        <translation>Rows that cannot be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="103"/>
        <source>Filled in by:</source>
        <translation>Filled in by:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="104"/>
        <source>Department / role:</source>
        <translation>Department / role:</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="105"/>
        <source>Apply the ticked answers</source>
        <translation>Apply the ticked answers</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="107"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="135"/>
        <source>%1: %2 new answer(s), %3 conflict(s) with the current answers, %4 unchanged, %5 row(s) with problems. Nothing is saved until you apply the ticked answers.</source>
        <translation>%1: %2 new answer(s), %3 conflict(s) with the current answers, %4 unchanged, %5 row(s) with problems. Nothing is saved until you apply the ticked answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="143"/>
        <source>new answer</source>
        <translation>new answer</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="143"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="161"/>
        <source>Row %1 (%2)</source>
        <translation>Row %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="183"/>
        <source>Tick the answers to apply, or cancel.</source>
        <translation>Tick the answers to apply, or cancel.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="76"/>
        <source>◀ Assessments</source>
        <extracomment>The user wants the open assessment upgraded to this pack version. The user wants to change the profile answers (risk factors, the pack&apos;s questions).</extracomment>
        <translation>◀ Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="77"/>
        <source>Back to the list of assessments</source>
        <translation>Back to the list of assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="123"/>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="128"/>
        <source>Items</source>
        <extracomment>The user wants the open assessment upgraded to this pack version. The user wants to change the open assessment&apos;s profile answers. The summary&apos;s &quot;Export signed PDF…&quot; was pressed.</extracomment>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="129"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="45"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="46"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="47"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="105"/>
        <source>Search questions, guidance, notes (Ctrl+F)</source>
        <extracomment>A filter control changed.</extracomment>
        <translation>Search questions, guidance, notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="107"/>
        <source>Search items</source>
        <translation>Search items</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="111"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="117"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="118"/>
        <source>Flagged for follow-up</source>
        <translation>Flagged for follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="122"/>
        <source>Awaiting re-review</source>
        <translation>Awaiting re-review</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="119"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="120"/>
        <source>Items that count as critical at this risk grade</source>
        <translation>Items that count as critical at this risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="124"/>
        <source>No item matches the filter.</source>
        <translation>No item matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="140"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="145"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="92"/>
        <source>%1 · v%2 · %3</source>
        <translation>%1 · v%2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="97"/>
        <source>Assessor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="99"/>
        <source>read-only: upgraded to a newer pack version</source>
        <translation>read-only: upgraded to a newer pack version</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="101"/>
        <source>Risk grade: %1</source>
        <translation>Risk grade: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="121"/>
        <source>Upgrade to pack version %1…</source>
        <translation>Upgrade to pack version %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="123"/>
        <source>A newer version of this checklist is installed. Your answers are carried over; changed items are marked for re-review.</source>
        <translation>A newer version of this checklist is installed. Your answers are carried over; changed items are marked for re-review.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="134"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="138"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="56"/>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="188"/>
        <source>%1 of %2 items shown</source>
        <translation>%1 of %2 items shown</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="343"/>
        <source>Every item in the list is answered.</source>
        <translation>Every item in the list is answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="107"/>
        <source>Profile questions…</source>
        <translation>Profile questions…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="108"/>
        <source>Change the risk profile and the answers that decide which items apply; no answer is lost.</source>
        <translation>Change the risk profile and the answers that decide which items apply; no answer is lost.</translation>
    </message>
</context>
</TS>
