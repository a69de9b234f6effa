<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="42"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="59"/>
        <source>Version %1 (Qt %2)</source>
        <translation>版本 %1（Qt %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="61"/>
        <source>Offline self-assessment of AI use against AISGF-1.0 §6.3.</source>
        <translation>依据《人工智能安全治理框架》1.0版第6.3条，离线开展人工智能使用安全自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="62"/>
        <source>Installed checklist packs:</source>
        <translation>已安装的检查清单：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="64"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="65"/>
        <source>(portable)</source>
        <translation>（便携模式）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="66"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="67"/>
        <source>Log files:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="68"/>
        <source>Settings:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="69"/>
        <source>Chinese text is shown with the bundled font WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception).</source>
        <translation>中文使用随程序附带的文泉驿微米黑字体显示（Apache 2.0 / GPLv3 附字体例外条款）。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="102"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="103"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="104"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="105"/>
        <source>Pac&amp;ks</source>
        <translation>清单(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="106"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="107"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="108"/>
        <source>&amp;New assessment…</source>
        <translation>新建自查(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="109"/>
        <source>&amp;Open selected assessment</source>
        <translation>打开所选自查(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="115"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="116"/>
        <source>&amp;Restore database…</source>
        <translation>从备份恢复数据库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="118"/>
        <source>&amp;Assessments list</source>
        <translation>自查列表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="119"/>
        <source>&amp;Items</source>
        <translation>检查项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="120"/>
        <source>&amp;Summary</source>
        <translation>汇总(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="123"/>
        <source>&amp;Verify a report…</source>
        <translation>验证报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="124"/>
        <source>Report &amp;register…</source>
        <translation>报告登记簿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="125"/>
        <source>Signing &amp;identity…</source>
        <translation>签名身份(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="126"/>
        <source>&amp;Install pack…</source>
        <translation>安装清单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="127"/>
        <source>&amp;Upgrade assessment to a newer pack version…</source>
        <translation>将自查升级到新版清单(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="128"/>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="130"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="110"/>
        <source>&amp;Export report (PDF, workbook, Word)…</source>
        <translation>导出报告（PDF、工作簿、Word）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="111"/>
        <source>Prepared, reviewed and approved &amp;by…</source>
        <translation>编制、审核与批准人员(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="112"/>
        <source>Export &amp;questionnaire workbook…</source>
        <translation>导出问卷工作簿(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="114"/>
        <source>&amp;Import answers from a workbook…</source>
        <translation>从工作簿导入答复(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>AssessmentListView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="127"/>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="137"/>
        <source>Assessments</source>
        <translation>自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="128"/>
        <source>New assessment…</source>
        <translation>新建自查…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="131"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="132"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="134"/>
        <source>Search organisation, AI system, assessor…</source>
        <translation>搜索单位、人工智能系统、自查人…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="135"/>
        <source>Search assessments</source>
        <translation>搜索自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="136"/>
        <source>Filter by sector</source>
        <translation>按领域筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="141"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="147"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="149"/>
        <source>No assessments yet. Choose “New assessment…” to start your first self-check.</source>
        <translation>还没有自查记录。请点击“新建自查…”开始第一次自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="213"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="215"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>共 %n 项自查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="224"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="225"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="137"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="138"/>
        <source>AI system</source>
        <translation>人工智能系统</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="139"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="140"/>
        <source>Pack</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="141"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="142"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="143"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="144"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="159"/>
        <source>(upgraded, read-only)</source>
        <translation>（已升级，只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="160"/>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="237"/>
        <source>Comparison</source>
        <translation>逐项比较</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="242"/>
        <source>Comparison: %1 / %2</source>
        <translation>逐项比较：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="246"/>
        <source>#%1 (version %2, signed %3) → #%4 (version %5, signed %6)</source>
        <translation>#%1（第 %2 版，签名于 %3）→ #%4（第 %5 版，签名于 %6）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="252"/>
        <source>Note: these reports are of different assessments.</source>
        <translation>注意：这两份报告不属于同一自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="257"/>
        <source>Select two reports in the register (or one, to compare it with the version before it) and choose “Compare…”. The older report is on the left.</source>
        <translation>在登记簿中选择两份报告（或选择一份，与其上一版比较），然后点击“比较…”。较早的报告在左侧。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="259"/>
        <source>Show unchanged items</source>
        <translation>显示未变化的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="260"/>
        <source>Items compared</source>
        <translation>逐项比较结果</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="29"/>
        <source>SelfCheck database (*.sqlite3 *.db);;All files (*)</source>
        <translation>自查数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="54"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="56"/>
        <source>“%1” is the database the program is using; a backup cannot replace it. Choose another file for the backup.</source>
        <translation>“%1”是本程序正在使用的数据库，不能用备份覆盖。请为备份另选文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="58"/>
        <source>Backup not written</source>
        <translation>未写入备份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="63"/>
        <source>Replace the file?</source>
        <translation>要替换该文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="63"/>
        <source>A file named “%1” already exists in %2.

Replace it with the backup?</source>
        <translation>文件夹 %2 中已有名为“%1”的文件。

是否用本次备份替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="76"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="86"/>
        <source>Restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="88"/>
        <source>“%1” is the database the program is using, not a backup. Choose a backup file to restore from.</source>
        <translation>“%1”是本程序正在使用的数据库，并非备份文件。请选择要从中恢复的备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="95"/>
        <source>Restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="95"/>
        <source>Replace all assessments in %1 with the contents of “%2”?

A copy of the current database is kept in the data folder first.</source>
        <translation>用“%2”的内容替换 %1 中的全部自查记录吗？

替换前会先在数据文件夹中保留当前数据库的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="105"/>
        <source>The database was restored from “%1”. The previous database was kept as %2.</source>
        <translation>已从“%1”恢复数据库。原数据库已保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="111"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="90"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="118"/>
        <source>This file cannot be restored</source>
        <translation>此文件无法用于恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="127"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="54"/>
        <source>Cannot do that</source>
        <translation>无法完成该操作</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="61"/>
        <source>Something went wrong inside the program. Your saved answers are safe. The details were written to the log file.</source>
        <translation>程序内部出现意外错误。已保存的答案不受影响，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="63"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="183"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="184"/>
        <source>Handling &amp;mark:</source>
        <translation>标识(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="185"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="186"/>
        <source>Signer &amp;identity:</source>
        <translation>签名身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="186"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="187"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="199"/>
        <source>Sign the report (recommended)</source>
        <translation>对报告进行数字签名（建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="200"/>
        <source>Printed on every page, e.g. 内部 or 公开</source>
        <translation>印在每一页上的发放范围标识，例如“内部”或“公开”</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="201"/>
        <source>Your identity file, .pem or .p12 (Tools → Signing identity…)</source>
        <translation>您的签名身份文件，.pem 或 .p12（工具 → 签名身份…）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="202"/>
        <source>Passphrase of the identity</source>
        <translation>签名身份的口令</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="203"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="204"/>
        <source>Set up a signing identity…</source>
        <translation>设置签名身份…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="205"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="235"/>
        <source>Export and sign</source>
        <translation>导出并签名</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="236"/>
        <source>Export unsigned</source>
        <translation>导出（不签名）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="247"/>
        <source>This report will be exported unsigned: recipients cannot check who issued it or whether it was changed.</source>
        <translation>本报告将以未签名方式导出，接收方无法核实报告由谁出具，也无法确认报告是否被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="382"/>
        <source>Enter the passphrase of your signer identity.</source>
        <translation>请输入签名身份的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="244"/>
        <source>The signer identity file %1 cannot be found.</source>
        <translation>找不到签名身份文件 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="246"/>
        <source>No signing identity is set up yet.</source>
        <translation>尚未设置签名身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="242"/>
        <source>Tick “Sign the report” to sign it.</source>
        <translation>如需签名，请勾选“对报告进行数字签名”。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="366"/>
        <source>Replace the report?</source>
        <translation>要替换报告吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="367"/>
        <source>A file named “%1” already exists in %2.

Replace it with the new report?</source>
        <translation>文件夹 %2 中已有名为“%1”的文件。

是否用新报告替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="284"/>
        <source>Choose your signer identity</source>
        <translation>选择您的签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="288"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>签名身份 (*.pem *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="310"/>
        <source>“%1” is your signer identity file. Choose another name for the report; the identity is never overwritten.</source>
        <translation>“%1”是您的签名身份文件，不能被覆盖。请为报告另选文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="314"/>
        <source>“%1” is the program&apos;s database. Choose another name for the report.</source>
        <translation>“%1”是本程序的数据库文件。请为报告另选文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="341"/>
        <source>Save the report as</source>
        <translation>报告保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="339"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="323"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="376"/>
        <source>Choose your signer identity (.pem or .p12), or untick “Sign the report”.</source>
        <translation>请选择签名身份（.pem 或 .p12），或取消勾选“对报告进行数字签名”。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="183"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="184"/>
        <source>&amp;Distribution:</source>
        <translation>发放范围(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="185"/>
        <source>Sign-off:</source>
        <translation>审核签署：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="190"/>
        <source>PDF report (signed)</source>
        <translation>PDF 报告（签名）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="191"/>
        <source>Workbook: remediation register and all answers (.xlsx)</source>
        <translation>工作簿：整改台账和全部答复（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="192"/>
        <source>Word working draft, editable and unsigned (.docx)</source>
        <translation>Word 工作稿：可编辑，不签名（.docx）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="195"/>
        <source>Who the report goes to (optional)</source>
        <translation>报告发给谁（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="196"/>
        <source>Prepared, reviewed and approved by…</source>
        <translation>编制、审核与批准人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="197"/>
        <source>Workbooks and Word drafts are not signed: the signed PDF report is the formal result.</source>
        <translation>工作簿和 Word 工作稿不签名；正式结果以签名的 PDF 报告为准。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="182"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="206"/>
        <source>The file name&apos;s ending follows the format; it is added when the name lacks it</source>
        <translation>文件扩展名随格式而定；文件名缺少时自动补上</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="236"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="339"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="340"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="144"/>
        <source>The most frequent critical gaps</source>
        <translation>最常见的关键差距</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="146"/>
        <source>Critical gaps in the newest report of each assessment, the most frequent first. Double-click a row to see the reports that have it.</source>
        <translation>按各自查最新一版报告统计的关键差距，出现最多的排在前面。双击一行可查看存在该差距的报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="148"/>
        <source>Frequent critical gaps</source>
        <translation>常见关键差距</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="175"/>
        <source>History: %1 / %2</source>
        <translation>历次版本：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="178"/>
        <source>History</source>
        <translation>历次版本</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="183"/>
        <source>Select a report in the register and choose “History of this assessment”. Every version received, oldest first, with the critical gaps each one opened and closed.</source>
        <translation>在登记簿中选择一份报告，然后点击“查看该自查的历次版本”。按时间先后列出收到的每一版，以及每一版新增和消除的关键差距。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="186"/>
        <source>Versions of the assessment</source>
        <translation>该自查的历次版本</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="82"/>
        <source>Looking for reports…</source>
        <translation>正在查找报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="89"/>
        <source>Checked %1 of %2 files: %3 added, %4 already registered, %5 rejected</source>
        <translation>已核验 %1 / %2 个文件：新登记 %3 份，已存在 %4 份，不予登记 %5 份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="97"/>
        <source>Cancelling… the reports registered so far stay.</source>
        <translation>正在取消…已登记的报告将保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="112"/>
        <source>%1 added, %2 already in the register, %3 rejected; %4 other files in the folders skipped.</source>
        <translation>新登记 %1 份，登记簿中已有 %2 份，不予登记 %3 份；文件夹中另有 %4 个其他文件已跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="117"/>
        <source>Cancelled: %1 files were not checked.</source>
        <translation>已取消：%1 个文件未核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="121"/>
        <source>Rejected file</source>
        <translation>不予登记的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="121"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="130"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="131"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/import_panel.py" line="132"/>
        <source>Files not registered, with the reason</source>
        <translation>未登记的文件及原因</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="85"/>
        <source>What good looks like</source>
        <translation>达标要求</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="86"/>
        <source>Evidence examples</source>
        <translation>证据示例</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="155"/>
        <source>Your answer</source>
        <extracomment>A status button was pressed (the Status). Text was typed (save after a pause). A change to save now (flag, a due date accepted or cleared, a field left).</extracomment>
        <translation>您的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="160"/>
        <source>Shortcut: %1 (Ctrl+%1 while typing in a text field)</source>
        <translation>快捷键：%1（在文本框中输入时用 Ctrl+%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="163"/>
        <source>Evidence references (documents, records, where they are kept)</source>
        <translation>证据说明（文件、记录名称及存放位置）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="165"/>
        <source>Evidence references</source>
        <translation>证据说明</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="166"/>
        <source>e.g. Risk assessment report 2026-03, archive no. …</source>
        <translation>例如：2026年3月风险评估报告，档案号……</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="91"/>
        <source>Attached evidence files (stored in the database with their SHA-256)</source>
        <translation>附件证据文件（连同 SHA-256 校验值存入数据库）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="70"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="70"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/attachments.py" line="71"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="94"/>
        <source>Attached evidence files</source>
        <translation>附件证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="95"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="96"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="97"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="168"/>
        <source>Remediation (for partial or not implemented)</source>
        <translation>整改（适用于部分落实或未落实）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="170"/>
        <source>Owner:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="171"/>
        <source>Remediation owner</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="172"/>
        <source>Person or department responsible</source>
        <translation>负责的人员或部门</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="173"/>
        <source>Due date:</source>
        <translation>完成期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="108"/>
        <source>Remediation due date</source>
        <translation>整改完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="107"/>
        <source>not set (YYYY-MM-DD)</source>
        <extracomment>A date was accepted, chosen or cleared (save now).</extracomment>
        <translation>未设置（格式：年-月-日）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="109"/>
        <source>Type the date as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar.</source>
        <translation>请按“年-月-日”填写日期（例如 2027-03-31），或从日历中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="112"/>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="189"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="113"/>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="114"/>
        <source>Pick the due date</source>
        <translation>选择完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="117"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="118"/>
        <source>Clear the due date</source>
        <translation>清除完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/due_date.py" line="208"/>
        <source>“%1” is not a valid date. Type it as YYYY-MM-DD (e.g. 2027-03-31) or pick it from the calendar; until then the due date is not changed.</source>
        <translation>“%1”不是有效的日期。请按“年-月-日”填写（例如 2027-03-31），或从日历中选择；在此之前完成期限保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="175"/>
        <source>Flag for follow-up  [F]</source>
        <translation>标记存疑  [F]</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="69"/>
        <source>Mark as reviewed</source>
        <extracomment>&quot;Mark as reviewed&quot; was pressed.</extracomment>
        <translation>确认已复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="111"/>
        <source>Select an item in the list to answer it.</source>
        <extracomment>The saved answer last shown: another one means the answer was saved meanwhile.</extracomment>
        <translation>请在列表中选择一个检查项进行作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="91"/>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="95"/>
        <source>Counts as critical</source>
        <translation>按关键项计</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="96"/>
        <source>A partial or missing answer to this item is a critical gap at this risk grade.</source>
        <translation>在当前风险等级下，此检查项部分落实或未落实即构成关键差距。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="103"/>
        <source>Cites: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="76"/>
        <source>This item changed since pack version %1, where you answered it. Check the answer below and confirm it, or change it.</source>
        <translation>此检查项自您作答的第 %1 版清单以来有变化。请核对下面的回答，确认无误或加以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="80"/>
        <source>This item changed in the new pack version. Check the answer below and confirm it, or change it.</source>
        <translation>此检查项在新版清单中有变化。请核对下面的回答，确认无误或加以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="87"/>
        <source>What changed in the question:</source>
        <translation>问题的措辞变化：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="99"/>
        <source>Sectors: %1 → %2</source>
        <translation>适用领域：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="104"/>
        <source>Previous answer: %1</source>
        <translation>原回答：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/review_banner.py" line="105"/>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="233"/>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="238"/>
        <source>Justification</source>
        <translation>说明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="235"/>
        <source>(required for “%1”)</source>
        <translation>（“%1”时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="240"/>
        <source>Why this status? What is missing, or why the item does not apply?</source>
        <translation>为何选择此状态？还缺少什么，或为何不适用？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/answer_form.py" line="242"/>
        <source>Optional: how the requirement is met</source>
        <translation>选填：如何满足该要求</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="203"/>
        <source>Draft — not saved yet</source>
        <translation>草稿——尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="205"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="207"/>
        <source>Last saved %1</source>
        <translation>上次保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="209"/>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="273"/>
        <source>A justification is required for “%1”: press J (or click the box) to write it. Your answer is kept here as a draft and saved as soon as you write one.</source>
        <translation>选择“%1”时必须填写理由：请按 J 键（或点击文本框）填写。您的回答已作为草稿保留在此，填写理由后即自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="278"/>
        <source>A justification of one character does not say why. Write at least %1 characters; your answer is kept here as a draft until then.</source>
        <translation>只有一个字的理由说明不足以说明原因，请至少填写 %1 个字；在此之前，您的回答作为草稿保留在此。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="201"/>
        <source>Read-only (kept as history)</source>
        <translation>只读（作为历史记录保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="283"/>
        <source>The due date %1 is in the past. Choose today or a later date; the rest of your answer is kept as a draft.</source>
        <translation>完成期限 %1 已过去。请选择今天或以后的日期；回答的其余内容已作为草稿保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="122"/>
        <source>Attach an evidence file</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="129"/>
        <source>Storing %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="139"/>
        <source>The file was not attached</source>
        <translation>文件未能添加</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="150"/>
        <source>Save a copy of the evidence file</source>
        <translation>另存证据文件副本</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="165"/>
        <source>Copy saved</source>
        <translation>副本已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="173"/>
        <source>Remove evidence file</source>
        <translation>移除证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/attachments.py" line="174"/>
        <source>Remove “%1” from this answer? The removal is recorded in the audit log.</source>
        <translation>从此回答中移除“%1”吗？移除操作会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/detail/question.py" line="108"/>
        <source>This item no longer applies with the assessment&apos;s profile answers. Its answer is kept as it was and counts again if the item applies again.</source>
        <translation>根据本次自查的画像答案，此检查项不再适用。其答复原样保留，检查项重新适用时再次计入。</translation>
    </message>
</context>
<context>
    <name>ItemTableBox</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="208"/>
        <source>Go to item</source>
        <extracomment>Stacking order of the theme bars. Links to items in the reasons text: ``item:RA-01``.</extracomment>
        <translation>转到检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="245"/>
        <source>Hide the list</source>
        <translation>收起列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="246"/>
        <source>Show all %1</source>
        <translation>显示全部 %1 项</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="186"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="187"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="188"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="189"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="190"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="192"/>
        <source>Flagged for follow-up, awaiting re-review, unsaved draft, evidence recorded</source>
        <translation>存疑标记、待复核、未保存的草稿、已有证据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="263"/>
        <source>Flagged for follow-up</source>
        <translation>已标记存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="265"/>
        <source>Awaiting re-review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="226"/>
        <source>Counts as critical at this risk grade</source>
        <translation>在当前风险等级下按关键项计</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="267"/>
        <source>Unsaved draft</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="269"/>
        <source>Evidence recorded</source>
        <translation>已有证据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="164"/>
        <source>%1 · no longer applies</source>
        <extracomment>What an item without a saved answer shows. The text colour of items that no longer apply with the profile answers. False for an item that no longer applies with the profile answers (its answer kept) The roles :meth:`ItemTableModel.data` answers. Changes whenever a row&apos;s content may have changed (filters compare it).</extracomment>
        <translation>%1 · 不再适用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="221"/>
        <source>No longer applies with the profile answers; the answer is kept</source>
        <translation>根据画像答案不再适用；答复予以保留</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="101"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="136"/>
        <source>The assessment cannot be opened</source>
        <translation>无法打开该自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="148"/>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="204"/>
        <source>Select an assessment in the list first.</source>
        <translation>请先在列表中选择一项自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="176"/>
        <source>In the workspace (outside text fields):</source>
        <translation>在自查工作区（不在文本框中时）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="177"/>
        <source>1 / 2 / 3 / 4 — implemented / partial / not implemented / not applicable</source>
        <translation>1 / 2 / 3 / 4 —— 已落实 / 部分落实 / 未落实 / 不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="178"/>
        <source>N / P — next / previous unanswered item</source>
        <translation>N / P —— 下一个 / 上一个未作答检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="179"/>
        <source>F — flag for follow-up;  J — write the justification</source>
        <translation>F —— 标记存疑；J —— 填写理由</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="180"/>
        <source>Inside text fields: Ctrl+1…4 set the status, Alt+N / Alt+P move, Esc returns to the list</source>
        <translation>在文本框中：Ctrl+1…4 设置状态，Alt+N / Alt+P 切换检查项，Esc 返回列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="182"/>
        <source>A status key leaves the keyboard in the list: after 2, 3 or 4 press J to write the justification.</source>
        <translation>按状态键后键盘仍停留在列表中：按 2、3 或 4 之后，再按 J 填写理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="184"/>
        <source>Ctrl+F — search items;  Ctrl+Shift+S — summary;  Ctrl+Shift+I — items;  Ctrl+L — assessments</source>
        <translation>Ctrl+F —— 搜索检查项；Ctrl+Shift+S —— 汇总；Ctrl+Shift+I —— 检查项；Ctrl+L —— 自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="186"/>
        <source>Ctrl+N — new assessment;  Ctrl+O — open;  Ctrl+E — export;  F1 — this list;  Ctrl+Q — quit</source>
        <translation>Ctrl+N —— 新建自查；Ctrl+O —— 打开；Ctrl+E —— 导出；F1 —— 本列表；Ctrl+Q —— 退出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="189"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="222"/>
        <source>The report was written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="224"/>
        <source>Signed by %1.</source>
        <translation>签名人：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="226"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="231"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="231"/>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="236"/>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="335"/>
        <source>Installed %1</source>
        <translation>已安装 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="387"/>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="400"/>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="378"/>
        <source>Profile changed: %1 item(s) apply now, %2 no longer apply (answers kept).</source>
        <translation>画像已修改：%1 个检查项开始适用，%2 个检查项不再适用（答复保留）。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="247"/>
        <source>Sign-off saved.</source>
        <translation>审核签署信息已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="259"/>
        <source>Questionnaire with %1 item(s) written to %2.</source>
        <translation>含 %1 个检查项的问卷已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="270"/>
        <source>Choose the returned questionnaire</source>
        <translation>选择交回的问卷</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="272"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="285"/>
        <source>%1 answer(s) imported.</source>
        <translation>已导入 %1 项答复。</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="112"/>
        <source>Organisations × themes</source>
        <translation>单位×主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="114"/>
        <source>The weighted score of each theme over the newest report of each of an organisation&apos;s assessments. Double-click a cell to see its reports.</source>
        <translation>按各单位每项自查的最新一版报告，计算各主题的加权得分。双击单元格可查看相应报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/cross_views.py" line="119"/>
        <source>Organisations by themes</source>
        <translation>单位与主题对照表</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="127"/>
        <source>New assessment</source>
        <extracomment>The grade badge while the risk profile is incomplete.</extracomment>
        <translation>新建自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="129"/>
        <source>Checklist &amp;pack:</source>
        <translation>检查清单(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="130"/>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="131"/>
        <source>AI &amp;system:</source>
        <translation>人工智能系统(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="132"/>
        <source>&amp;What the system does:</source>
        <translation>系统用途(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="133"/>
        <source>S&amp;ector:</source>
        <translation>领域(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="134"/>
        <source>&amp;Assessor:</source>
        <translation>自查人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="138"/>
        <source>e.g. Municipal Bureau of Transport</source>
        <translation>例如：某市交通运输局</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="139"/>
        <source>e.g. Citizen hotline assistant</source>
        <translation>例如：市民热线智能助手</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="140"/>
        <source>What it is used for, by whom, on what data</source>
        <translation>用于什么、由谁使用、处理哪些数据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="141"/>
        <source>Your name and role</source>
        <translation>您的姓名和职务</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="165"/>
        <source>%1 — version %2 · %3 · %4 items</source>
        <translation>%1 —— 第 %2 版 · %3 · %4 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="230"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="231"/>
        <source>not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="242"/>
        <source>Still to answer: %1.</source>
        <translation>尚待回答：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="148"/>
        <source>Resulting risk grade:</source>
        <translation>得出的风险等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="150"/>
        <source>Create assessment</source>
        <translation>创建自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="151"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="254"/>
        <source>No checklist pack is installed.</source>
        <translation>尚未安装任何检查清单。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="257"/>
        <source>Enter the organisation.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="261"/>
        <source>Enter the name of the AI system.</source>
        <translation>请填写人工智能系统名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="265"/>
        <source>Answer the risk-profile questions first.</source>
        <translation>请先回答风险情况问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="157"/>
        <source>Risk profile — %1</source>
        <translation>风险情况 —— %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="233"/>
        <source>Answer the risk-profile questions to see the risk grade. The grade decides which items count as critical.</source>
        <translation>请回答风险情况问题，以确定风险等级。风险等级决定哪些检查项按关键项计。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="247"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="268"/>
        <source>Answer the open questions first.</source>
        <translation>请先回答尚未回答的问题。</translation>
    </message>
</context>
<context>
    <name>PackDiff</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="40"/>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="41"/>
        <source>sectors</source>
        <translation>适用领域</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="42"/>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="43"/>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="44"/>
        <source>what good looks like</source>
        <translation>达标要求</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="45"/>
        <source>evidence examples</source>
        <translation>证据示例</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="46"/>
        <source>clauses cited</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="47"/>
        <source>whether evidence is expected</source>
        <translation>是否须有证据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="61"/>
        <source>reworded</source>
        <translation>问题措辞修改</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="62"/>
        <source>reworded (same meaning)</source>
        <translation>问题措辞修改（含义不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="64"/>
        <source>sectors: %1 → %2</source>
        <translation>适用领域：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="68"/>
        <source>severity: %1 → %2</source>
        <translation>严重程度：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="73"/>
        <source>also changed: %1</source>
        <translation>另有修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="81"/>
        <source>new item: to be answered</source>
        <translation>新检查项，需作答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="83"/>
        <source>answers stay in the old assessment</source>
        <translation>答复保留在原自查中</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="85"/>
        <source>answers carried over, awaiting re-review</source>
        <translation>答复沿用，待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="87"/>
        <source>answers carried over; scored at the new severity</source>
        <translation>答复沿用，按新的严重程度计分</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="88"/>
        <source>answers carried over</source>
        <translation>答复沿用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="105"/>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="120"/>
        <source>added</source>
        <extracomment>Decides the effect column: (kind, item id, change or None) -&gt; text.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="107"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="126"/>
        <source>%1 → %2 items: %3 added · %4 removed · %5 changed (%6 of them with answers to re-review) · %7 unchanged</source>
        <translation>检查项 %1 → %2 个：新增 %3 · 删除 %4 · 修改 %5（其中 %6 个的答复待复核）· 未变 %7</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="155"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="155"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="156"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="156"/>
        <source>Answers</source>
        <translation>对答复的影响</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="157"/>
        <source>Changes item by item</source>
        <translation>逐项变化</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/pack_diff.py" line="175"/>
        <source>Before: %1</source>
        <translation>原措辞：%1</translation>
    </message>
</context>
<context>
    <name>PackInstallDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="95"/>
        <source>Install a checklist pack</source>
        <extracomment>The key the chosen file is signed with, when this computer does not trust it.</extracomment>
        <translation>安装检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="96"/>
        <source>Choose pack file…</source>
        <translation>选择清单文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="97"/>
        <source>Trust a pack key…</source>
        <translation>信任清单签名密钥…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="99"/>
        <source>Trust the public key (.public.json) your administrator signs packs with, after comparing its fingerprint</source>
        <translation>核对指纹后，信任管理员用于签发检查清单的公钥文件（.public.json）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="101"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="109"/>
        <source>Choose a signed pack file</source>
        <translation>选择已签名的清单文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="110"/>
        <source>Signed checklist packs (%1);;All files (*)</source>
        <translation>已签名的检查清单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="147"/>
        <source>This pack file is signed with the pack key %1, which this computer does not trust yet. If your administrator gave you that key&apos;s public-key file (.public.json), choose “Trust a pack key…”: its full fingerprint is shown for you to compare before anything changes.</source>
        <translation>此清单文件由清单签名密钥 %1 签名，本机尚未信任该密钥。如果管理员向您提供了该密钥的公钥文件（.public.json），请点击“信任清单签名密钥…”：在作出任何更改之前，会显示完整指纹供您核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="152"/>
        <source>This pack file is not accepted: %1</source>
        <translation>不接受此清单文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="164"/>
        <source>Choose the pack key&apos;s public-key file</source>
        <translation>选择清单签名密钥的公钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="166"/>
        <source>Pack public keys (*%1);;All files (*)</source>
        <translation>清单签名公钥 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="173"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="177"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="189"/>
        <source>The key was not trusted</source>
        <translation>未信任该密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="179"/>
        <source>Trust this pack key?</source>
        <translation>信任此清单签名密钥吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="198"/>
        <source>This file holds the pack key %1, but the pack file is signed with the key %2. Choose the public-key file of %2.</source>
        <translation>此文件中是清单签名密钥 %1，但清单文件是用密钥 %2 签名的。请选择 %2 的公钥文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="205"/>
        <source>The pack key %1 was revoked on this computer on %2; it is not trusted again from here. Ask your administrator.</source>
        <translation>清单签名密钥 %1 已于 %2 在本机吊销，不能在此重新信任。请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="208"/>
        <source>The pack key %1 is trusted already.</source>
        <translation>清单签名密钥 %1 已受信任。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="214"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="214"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="278"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="215"/>
        <source>Algorithm: %1</source>
        <translation>算法：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="216"/>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="216"/>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="217"/>
        <source>Key id: %1</source>
        <translation>密钥编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="218"/>
        <source>Fingerprint (SHA-256 of the key):</source>
        <translation>指纹（密钥的 SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="221"/>
        <source>Compare the whole fingerprint with the one your administrator gave you on paper or by phone. Trust this key only if every digit matches: packs it signs will be installed on this computer.</source>
        <translation>请将完整指纹与管理员以书面或电话方式提供的指纹逐位核对。只有每一位都一致时才可信任此密钥：由它签名的检查清单将可在本机安装。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="231"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="242"/>
        <source>Checking the signature and the content…</source>
        <translation>正在检查签名和内容…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="244"/>
        <source>Choose a signed pack file (.ckpack) from your administrator. It is checked against the trusted pack keys of this computer before anything is installed.</source>
        <translation>请选择管理员提供的已签名清单文件（.ckpack）。安装前会用本机信任的清单密钥进行核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="259"/>
        <source>Every item is new on this computer.</source>
        <translation>本机此前未安装此清单，全部检查项均为新增。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="265"/>
        <source>New pack: not installed before.</source>
        <translation>新清单：此前未安装。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="266"/>
        <source>Newer version: installed versions %1.</source>
        <translation>较新版本：已安装的版本为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="268"/>
        <source>This version is already installed.</source>
        <translation>此版本已经安装。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="269"/>
        <source>Refused: older than the installed version.</source>
        <translation>已拒绝：比已安装的版本旧。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="270"/>
        <source>ALARM: this version number is installed with different content. Nothing will be installed; tell your administrator.</source>
        <translation>警报：已安装的同一版本号内容不同。不会安装任何内容，请告知管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="275"/>
        <source>%1 · %2 · %3 items</source>
        <translation>%1 · %2 · %3 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="277"/>
        <source>Signed by: %1 (key %2)</source>
        <translation>签名人：%1（密钥 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="280"/>
        <source>Content SHA-256: %1</source>
        <translation>内容 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="284"/>
        <source>This pack file has expired; it is not installed.</source>
        <translation>此清单文件已过期，不予安装。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="143"/>
        <source>Risk profile — %1</source>
        <translation>风险情况 —— %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="168"/>
        <source>Profile questions</source>
        <translation>画像问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="170"/>
        <source>Changing an answer changes which items apply. No answer is lost: the answers of items that stop applying are kept and shown as such, and count again if the items apply again.</source>
        <translation>修改答案会改变适用的检查项。答复不会丢失：不再适用的检查项的答复予以保留并标明，检查项重新适用时再次计入。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="175"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="176"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="184"/>
        <source>Still to answer: %1.</source>
        <translation>尚待回答：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="197"/>
        <source>Risk grade: %1 → %2</source>
        <translation>风险等级：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="200"/>
        <source>Will apply: %1</source>
        <translation>将开始适用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="203"/>
        <source>Will stop applying (answers kept): %1</source>
        <translation>将不再适用（答复保留）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="205"/>
        <source>No item changes.</source>
        <translation>适用的检查项不变。</translation>
    </message>
</context>
<context>
    <name>ProfileQuestionsBox</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="82"/>
        <source>Questions of this checklist (they decide which items apply)</source>
        <translation>本检查清单的画像问题（决定哪些检查项适用）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/profile.py" line="88"/>
        <source>— choose an answer —</source>
        <translation>请选择</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/file_dialogs.py" line="84"/>
        <source>All files (*)</source>
        <extracomment>The columns of the file list: name, size, type, date modified.</extracomment>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="50"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="52"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="53"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="48"/>
        <source>&amp;Look in:</source>
        <extracomment>Strings of Qt&apos;s own file dialog that Qt 6.11&apos;s qtbase_zh_CN.qm does not translate (its catalogue has &quot;Look in:&quot; and &quot;Files of type:&quot;, but the dialog asks for the forms with a mnemonic; the file-type names come from QAbstractFileIconProvider, which the catalogue lacks). They are listed here so that lupdate keeps them in selfcheck_zh_CN.ts; our translator answers when Qt&apos;s has no translation.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="49"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="92"/>
        <source>Export questionnaire workbook</source>
        <translation>导出问卷工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="94"/>
        <source>A workbook with the items of the chosen themes and their current answers, for a colleague to fill in. When it comes back, import it with File → Import answers from a workbook…: each answer is shown beside the current one before anything is saved.</source>
        <translation>导出所选主题的检查项及其现有答复，供同事填写。交回后，用“文件 → 从工作簿导入答复…”导入：保存前会逐项把工作簿中的答复与现有答复并列显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="98"/>
        <source>Themes:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="99"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="100"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="101"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="112"/>
        <source>Save the questionnaire as</source>
        <translation>问卷保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="113"/>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="122"/>
        <source>Choose at least one theme.</source>
        <translation>请至少选择一个主题。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="126"/>
        <source>“%1” is the program&apos;s database. Choose another name.</source>
        <translation>“%1”是本程序的数据库，请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="131"/>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/questionnaire_export.py" line="132"/>
        <source>A file named “%1” already exists in %2.

Replace it?</source>
        <translation>%2 中已有名为“%1”的文件。

是否替换？</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="138"/>
        <source>Search: organisation, system, signer, verdict, notes… (Chinese or English)</source>
        <translation>搜索：单位、系统、签名人、结论、提示…（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="139"/>
        <source>Search the register</source>
        <translation>搜索登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="143"/>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="148"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="149"/>
        <source>Newest version of each assessment only</source>
        <translation>每项自查只显示最新一版</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="150"/>
        <source>Only reports with notes</source>
        <translation>只显示有提示的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="151"/>
        <source>Show all reports</source>
        <translation>显示全部报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="152"/>
        <source>Registered reports</source>
        <translation>已登记的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="153"/>
        <source>Details of the selected report</source>
        <translation>所选报告的详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="154"/>
        <source>History of this assessment</source>
        <translation>查看该自查的历次版本</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="155"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="157"/>
        <source>Two reports selected: compare them. One selected: compare it with the version before it.</source>
        <translation>选中两份报告时比较这两份；选中一份时与其上一版比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="159"/>
        <source>Remove from register…</source>
        <translation>从登记簿移除…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="160"/>
        <source>The report leaves the register; its file is not touched</source>
        <translation>报告从登记簿中移除，原文件不受影响</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="214"/>
        <source>Showing the %n report(s) chosen in another view.</source>
        <translation>
            <numerusform>正在显示在其他视图中选定的 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/register_view.py" line="230"/>
        <source>%1 of %2 reports</source>
        <translation>显示 %1 份，共 %2 份报告</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="142"/>
        <source>Add signed PDF reports with “Add reports…” (Ctrl+O) or drop them onto this window. Each one is checked against the trusted roots of this computer.</source>
        <extracomment>Looks up the pack a report answers when that exact version is installed here: (pack id, version, pack hash) -&gt; the pack or None.</extracomment>
        <translation>请通过“添加报告…”（Ctrl+O）选择已签名的 PDF 报告，或将文件拖放到本窗口。每份报告均依据本机的受信任根证书进行核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="148"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="153"/>
        <source>Authentic — signed, unchanged since signing, and from a signer this computer trusts</source>
        <translation>可信：已签名，签名后未被改动，签名者受本机信任</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="156"/>
        <source>Rejected — this report cannot be relied on</source>
        <translation>不可信：不得采信本报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="162"/>
        <source>Why it was rejected</source>
        <translation>不可信的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="171"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="173"/>
        <source>Issued by:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="179"/>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="181"/>
        <source>Signed at:</source>
        <translation>签名时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="184"/>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="186"/>
        <source>Question pack:</source>
        <translation>检查清单：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="191"/>
        <source>Pack hash (SHA-256):</source>
        <translation>清单哈希（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="193"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="195"/>
        <source>No signature could be read from this file.</source>
        <translation>未能从该文件中读取签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="201"/>
        <source>Unverified — do not rely on this. The file failed verification; what follows may have been altered.</source>
        <translation>未经核验，请勿采信。该文件未通过核验，以下内容可能已被篡改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="209"/>
        <source>The results inside a rejected report are not shown: they cannot be trusted.</source>
        <translation>未通过核验的报告不显示其中的自查结果：这些结果不可信。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="217"/>
        <source>Notes from the check</source>
        <translation>核验说明</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="229"/>
        <source>As claimed by the signer&apos;s own computer clock; no timestamp authority confirms it.</source>
        <translation>该时间取自签名者本人计算机的时钟，未经时间戳机构证实。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="247"/>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="249"/>
        <source>AI system:</source>
        <translation>人工智能系统：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="264"/>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="266"/>
        <source>Weighted score:</source>
        <translation>加权得分：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="273"/>
        <source>Answers:</source>
        <translation>作答情况：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="276"/>
        <source>Risk grade:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="278"/>
        <source>Critical gaps:</source>
        <translation>关键差距：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="281"/>
        <source>Critical items unanswered:</source>
        <translation>未作答的关键项：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="283"/>
        <source>Results embedded in the signed report</source>
        <translation>签名报告内嵌的自查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="289"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="175"/>
        <source>Signature algorithm:</source>
        <translation>签名算法：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="65"/>
        <source>No trusted root certificate is set up on this computer: add the organisation&apos;s root certificate under “Trusted roots”.</source>
        <extracomment>The bytes that were verified (None when the file could not be read). Bumped for every new check, so that a late answer to an older check is ignored.</extracomment>
        <translation>本机尚未设置受信任的根证书：请在“受信任根证书”页中添加本单位的根证书。</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="110"/>
        <source>Preview of the report</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="29"/>
        <source>This file could not be read, so it was not checked.</source>
        <translation>无法读取该文件，因此未能核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="31"/>
        <source>This file is not a PDF report; nothing in it was checked.</source>
        <translation>该文件不是 PDF 报告，其中内容未经任何核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="33"/>
        <source>This PDF is damaged or incomplete and cannot be checked. Ask for the report again.</source>
        <translation>该 PDF 文件已损坏或不完整，无法核验。请重新索取报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="35"/>
        <source>This PDF is not signed: nothing shows who issued it or whether it was changed. Do not treat it as a signed report.</source>
        <translation>该 PDF 文件未签名：无法证明由谁出具，也无法确认是否被改动。请勿将其视为已签名的报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="38"/>
        <source>No trusted root certificate is set up on this computer, so the signer cannot be checked. Add the organisation&apos;s root certificate under “Trusted roots”; the report is then checked again.</source>
        <translation>本机尚未设置受信任的根证书，因此无法核验签名人。请在“受信任根证书”页中添加本单位的根证书，报告随即重新核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="42"/>
        <source>The signer is not trusted on this computer (the details say why). Do not rely on what this report shows.</source>
        <translation>签名人在本机不受信任（原因见详细信息）。请勿采信本报告所示内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="45"/>
        <source>This file was changed after it was signed — its content may have been altered. Do not rely on what it shows.</source>
        <translation>该文件在签名后被改动，其内容可能已被篡改。请勿采信其中所示内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="49"/>
        <source>The signature of this file is not valid (the details say why). Do not rely on what it shows.</source>
        <translation>该文件的签名无效（原因见详细信息）。请勿采信其中所示内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="154"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="162"/>
        <source>Choose a report in the list to see its pages.</source>
        <translation>在列表中选择一份报告以查看其页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="164"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="166"/>
        <source>This file cannot be previewed: it could not be read.</source>
        <translation>无法预览该文件：文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="168"/>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="170"/>
        <source>This file cannot be previewed: it is not a PDF document that can be displayed.</source>
        <translation>无法预览该文件：它不是可以显示的 PDF 文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="192"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="129"/>
        <source>Report register</source>
        <translation>报告登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="131"/>
        <source>Import signed reports with File → Import, or drop files and folders (a USB stick) on this window. Each file is verified strictly; only authentic reports are registered.</source>
        <translation>通过“文件 → 导入”导入已签名的报告，或将文件和文件夹（如U盘）拖放到本窗口。每个文件都经过严格核验，只有可信的报告才会登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="134"/>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="134"/>
        <source>Organisations × themes</source>
        <translation>单位×主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="135"/>
        <source>Frequent gaps</source>
        <translation>常见差距</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="135"/>
        <source>History</source>
        <translation>历次版本</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="136"/>
        <source>Comparison</source>
        <translation>逐项比较</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="139"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="140"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="141"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="142"/>
        <source>Import a &amp;folder (USB stick)…</source>
        <translation>导入文件夹（U盘）(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="143"/>
        <source>&amp;Export the register as shown…</source>
        <translation>导出当前显示的登记簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="144"/>
        <source>Export organisations × &amp;themes…</source>
        <translation>导出单位×主题表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="145"/>
        <source>Export the &amp;comparison…</source>
        <translation>导出逐项比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="146"/>
        <source>Export &amp;everything to Excel…</source>
        <translation>全部导出为 Excel(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="147"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="148"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="159"/>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="174"/>
        <source>The register cannot be read</source>
        <translation>无法读取登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="212"/>
        <source>Import signed reports</source>
        <translation>导入已签名的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="214"/>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF 报告 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="220"/>
        <source>Import every report in a folder</source>
        <translation>导入文件夹中的全部报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="233"/>
        <source>An import is running; wait for it or cancel it first.</source>
        <translation>正在导入，请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="269"/>
        <source>The import stopped</source>
        <translation>导入已中止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="287"/>
        <source>Remove %n report(s) from the register? The files they came from are not touched, and the removal is recorded in the audit log.</source>
        <translation>
            <numerusform>要从登记簿中移除 %n 份报告吗？原文件不受影响，移除操作将记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="290"/>
        <source>Remove from register</source>
        <translation>从登记簿移除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="310"/>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="311"/>
        <source>register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="310"/>
        <source>organisations-themes</source>
        <translation>单位主题表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="311"/>
        <source>comparison</source>
        <translation>逐项比较</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="312"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="313"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="314"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="327"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/review/window.py" line="329"/>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="76"/>
        <source>Sign-off</source>
        <translation>审核签署</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="78"/>
        <source>Who prepared, reviewed and approved this assessment. The report&apos;s sign-off block prints what is filled in here; what is left empty is a blank line to be filled in and signed by hand.</source>
        <translation>本次自查的编制人、审核人和批准人。报告的签署栏打印此处填写的内容；未填写的留出空行，在打印件上手写并签字。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="81"/>
        <source>Prepared by (assessor):</source>
        <translation>编制人（自查人）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="82"/>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="83"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="85"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="88"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/sign_off.py" line="99"/>
        <source>“%1” is not a date: write it as 2027-03-31, or leave it empty.</source>
        <translation>“%1”不是日期：请按 2027-03-31 的格式填写，或留空。</translation>
    </message>
</context>
<context>
    <name>SigningIdentityDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="95"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="97"/>
        <source>Signed reports are certified with your signer identity: a .pem (SM2) or .p12 (ECDSA) file issued by your organisation&apos;s certificate authority. Only the file&apos;s location is remembered; the passphrase is asked for each time you sign.</source>
        <translation>签名报告使用您的签名身份进行认证，即由本单位证书机构签发的 .pem（SM2）或 .p12（ECDSA）文件。程序只记住文件位置，每次签名时都会询问口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="100"/>
        <source>Identity file:</source>
        <translation>身份文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="101"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="102"/>
        <source>Passphrase of the identity</source>
        <translation>签名身份的口令</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="103"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="104"/>
        <source>Open and check</source>
        <translation>打开并检查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="109"/>
        <source>Choose your signer identity</source>
        <translation>选择您的签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="110"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>签名身份 (*.pem *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="124"/>
        <source>Enter the passphrase of the identity.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="154"/>
        <source>No identity chosen yet.</source>
        <translation>尚未选择签名身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="157"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="161"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="162"/>
        <source>Issued by:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="164"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="166"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="169"/>
        <source>Expires in:</source>
        <translation>剩余有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="169"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="163"/>
        <source>Algorithm:</source>
        <translation>签名算法：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="116"/>
        <source>The data folder cannot be created: %1</source>
        <translation>无法创建数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="117"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="136"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="143"/>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="131"/>
        <source>AI Safety Self-Check is already open with the data folder %1. Switch to that window, or close it first.</source>
        <translation>人工智能安全自查已在使用数据文件夹 %1。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="134"/>
        <source>The data folder %1 cannot be used: it is read-only or not accessible. Ask your administrator for write access.</source>
        <translation>无法使用数据文件夹 %1：该文件夹只读或无法访问。请联系管理员开通写入权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="142"/>
        <source>The database cannot be opened. Nothing was changed.</source>
        <translation>无法打开数据库，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="153"/>
        <source>Unsaved drafts kept</source>
        <translation>已保留未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="153"/>
        <source>Some unsaved drafts from an earlier version of the program fit no checklist item. Their text was kept in %1.</source>
        <translation>早期版本程序中的部分未保存草稿无法对应到任何检查项，其内容已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="343"/>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="344"/>
        <source>Export signed PDF…</source>
        <translation>导出签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="345"/>
        <source>Themes: items by status and weighted score</source>
        <translation>各主题：检查项状态与加权得分</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="346"/>
        <source>┆ pass mark %1%</source>
        <translation>┆ 合格线 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="348"/>
        <source>Critical gaps</source>
        <translation>关键差距</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="347"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="349"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="350"/>
        <source>No critical gaps.</source>
        <translation>没有关键差距。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="352"/>
        <source>Critical items not answered yet</source>
        <translation>尚未作答的关键项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="353"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="354"/>
        <source>Every critical item is answered.</source>
        <translation>关键项均已作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="355"/>
        <source>Remediation plan</source>
        <translation>整改计划</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="356"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="356"/>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="357"/>
        <source>Nothing to remediate: no item is partial or not implemented.</source>
        <translation>无需整改：没有部分落实或未落实的检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="405"/>
        <source>Weighted score %1% · answered %2 of %3 · %4</source>
        <translation>加权得分 %1% · 已答 %2 / %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="425"/>
        <source>Critical items not answered yet (%1)</source>
        <translation>尚未作答的关键项（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="441"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="442"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="444"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>TrustedRootsPage</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="79"/>
        <source>A report is authentic only if its signer was issued by one of these roots and is not revoked by the root&apos;s revocation list. Adding or removing a root, or adding a revocation list, checks every report in the list again.</source>
        <translation>只有签名者证书由下列根证书之一颁发、且未被该根证书的吊销列表吊销的报告才可信。添加或移除根证书、或添加吊销列表后，列表中的所有报告将重新核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="83"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="85"/>
        <source>Trusted roots</source>
        <translation>受信任根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="86"/>
        <source>Add root certificate…</source>
        <translation>添加根证书…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="87"/>
        <source>Add root certificate</source>
        <translation>添加根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="88"/>
        <source>Remove root</source>
        <translation>移除根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="89"/>
        <source>Remove the selected root</source>
        <translation>移除所选根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="145"/>
        <source>Keep this revocation list?</source>
        <translation>保存此证书吊销列表吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="158"/>
        <source>Issued by the root: %1</source>
        <translation>签发的根证书：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="159"/>
        <source>Number: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="160"/>
        <source>Issued on: %1</source>
        <translation>签发时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="161"/>
        <source>Next update: %1</source>
        <translation>下次更新：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="162"/>
        <source>Revoked signer certificates: %1</source>
        <translation>已吊销的签名证书：%1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="164"/>
        <source>Reports signed with a revoked certificate will be rejected on this computer. Keep this list?</source>
        <translation>用已吊销证书签名的报告在本机将判定为不可信。保存此列表吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="176"/>
        <source>Choose the organisation&apos;s root certificate</source>
        <translation>选择本单位的根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="178"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="186"/>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="198"/>
        <source>The certificate was not added</source>
        <translation>证书未能添加</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="189"/>
        <source>Already trusted</source>
        <translation>已受信任</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="190"/>
        <source>“%1” is a trusted root on this computer already.</source>
        <translation>“%1”已是本机信任的根证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="192"/>
        <source>Trust this root certificate?</source>
        <translation>信任此根证书吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="205"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="206"/>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="208"/>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="209"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="212"/>
        <source>Compare the whole fingerprint with the one the CA holder gave you on paper or by phone. Trust this root only if every digit matches: reports its signers sign will be accepted as authentic on this computer.</source>
        <translation>请将完整指纹与证书机构（CA）保管人以书面或电话方式提供的指纹逐位核对。只有每一位都一致时才可信任此根证书：由其签发的签名人所签的报告，在本机将被认定为可信。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="227"/>
        <source>Stop trusting this root?</source>
        <translation>不再信任此根证书吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="228"/>
        <source>Reports signed under “%1” will no longer verify on this computer.</source>
        <translation>由“%1”签发的身份签名的报告，在本机将无法再通过核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="84"/>
        <source>Revocation list</source>
        <translation>证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="90"/>
        <source>Add revocation list…</source>
        <translation>添加吊销列表…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="91"/>
        <source>Add a revocation list (CRL)</source>
        <translation>添加证书吊销列表（CRL）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="117"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="118"/>
        <source>No. %1: %2 revoked; next update %3</source>
        <translation>第 %1 号：吊销 %2 个；下次更新 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="127"/>
        <source>Choose the revocation list from the CA holder</source>
        <translation>选择 CA 保管人提供的证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="129"/>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>证书吊销列表 (*.crl *.pem *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="137"/>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="151"/>
        <source>The revocation list was not added</source>
        <translation>未添加证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="142"/>
        <source>Revocation list not added</source>
        <translation>未添加证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/trusted_roots.py" line="143"/>
        <source>This computer already keeps a newer revocation list of that root.</source>
        <translation>本机已保存该根证书更新的吊销列表。</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="78"/>
        <source>Upgrade to a newer pack version</source>
        <translation>升级到新版清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="79"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="80"/>
        <source>No item of this assessment changes: every answer carries over.</source>
        <translation>本自查的检查项均无变化，全部答复原样沿用。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="99"/>
        <source>Working out what changes…</source>
        <translation>正在分析变化…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="103"/>
        <source>The assessment moves from %1 to version %2. A new assessment is created with your answers; the current one is kept unchanged, archived and read-only.</source>
        <translation>自查将从 %1 升级到第 %2 版。系统会带着您的回答新建一项自查；当前自查保持不变，归档并设为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="108"/>
        <source>Carried over unchanged: %1 · awaiting re-review: %2 · new items: %3 · answers of dropped items (kept in the old assessment): %4</source>
        <translation>原样沿用：%1 · 待复核：%2 · 新增检查项：%3 · 已删除检查项的回答（保留在原自查中）：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="125"/>
        <source>carried over, awaiting re-review</source>
        <translation>答复沿用，待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="127"/>
        <source>kept in the old assessment</source>
        <translation>答复保留在原自查中</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="130"/>
        <source>carried over; scored at the new severity</source>
        <translation>答复沿用，按新的严重程度计分</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="131"/>
        <source>carried over</source>
        <translation>答复沿用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="133"/>
        <source>not answered; dropped</source>
        <translation>未作答；已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="134"/>
        <source>not answered yet</source>
        <translation>尚未作答</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="45"/>
        <source>Answers file format (in English)</source>
        <extracomment>The documents of the guide, in the order shown (file names without ``.md``).</extracomment>
        <translation>答复文件格式（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="160"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="161"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="162"/>
        <source>The chosen document</source>
        <translation>所选文档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="179"/>
        <source>The documentation was not found next to the program (a docs folder).</source>
        <translation>未在程序旁找到说明文档（docs 文件夹）。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/user_guide.py" line="225"/>
        <source>Links to web sites are not opened: this program works offline. The address is %1</source>
        <translation>本程序离线工作，不打开网站链接。链接地址为 %1</translation>
    </message>
</context>
<context>
    <name>VerifiedReportsModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="185"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="186"/>
        <source>Verification</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="187"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="188"/>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="189"/>
        <source>Assessment verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="236"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="238"/>
        <source>Authentic</source>
        <translation>可信</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="239"/>
        <source>Rejected</source>
        <translation>不可信</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="287"/>
        <source>Verify signed reports</source>
        <extracomment>The dialog&apos;s size when nothing is remembered (shrunk to fit smaller screens).</extracomment>
        <translation>核验已签名的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="288"/>
        <source>Add reports…</source>
        <translation>添加报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="289"/>
        <source>Choose one or more signed PDF reports (Ctrl+O)</source>
        <translation>选择一份或多份已签名的 PDF 报告（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="290"/>
        <source>Add reports</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="291"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="294"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="292"/>
        <source>Remove the selected reports from the list (Delete); the files are not touched</source>
        <translation>从列表中移除所选报告（Delete 键），文件本身不受影响</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="295"/>
        <source>Or drop PDF files anywhere on this window.</source>
        <translation>也可将 PDF 文件拖放到本窗口任意位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="296"/>
        <source>Reports checked</source>
        <translation>已核验的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="298"/>
        <source>One row per file: verification result, signer, signing time and the assessment verdict. Delete removes the selected rows.</source>
        <translation>每个文件一行：核验结果、签名者、签名时间和结论。按 Delete 键移除所选行。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="300"/>
        <source>Details of the selected report</source>
        <translation>所选报告的详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="301"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="302"/>
        <source>Details and trusted roots</source>
        <translation>详细信息和受信任根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="305"/>
        <source>No trusted root certificate is set up on this computer, so every report will be rejected. Add the organisation&apos;s root certificate under “Trusted roots”.</source>
        <translation>本机尚未设置受信任的根证书，所有报告都将判定为不可信。请在“受信任根证书”页中添加本单位的根证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="313"/>
        <source>Trusted roots (%1)</source>
        <translation>受信任根证书（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="324"/>
        <source>Choose signed reports</source>
        <translation>选择已签名的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="326"/>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF 报告 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="477"/>
        <source>Folders are not searched for reports; skipped: %1.</source>
        <translation>不会在文件夹中查找报告，已跳过：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="480"/>
        <source>Only files on this computer can be checked; %n other item(s) skipped.</source>
        <translation>
            <numerusform>只能核验本机上的文件，已跳过其他 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="410"/>
        <source>The report cannot be checked</source>
        <translation>无法核验该报告</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/wording.py" line="15"/>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="98"/>
        <source>Import answers from a workbook</source>
        <translation>从工作簿导入答复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Apply</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="100"/>
        <source>Current answer</source>
        <translation>现有答复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="101"/>
        <source>Answer in the workbook</source>
        <translation>工作簿中的答复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="102"/>
        <source>Rows that cannot be imported:</source>
        <translation>无法导入的行：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="103"/>
        <source>Filled in by:</source>
        <translation>填写人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="104"/>
        <source>Department / role:</source>
        <translation>部门/职务：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="105"/>
        <source>Apply the ticked answers</source>
        <translation>导入勾选的答复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="107"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="135"/>
        <source>%1: %2 new answer(s), %3 conflict(s) with the current answers, %4 unchanged, %5 row(s) with problems. Nothing is saved until you apply the ticked answers.</source>
        <translation>%1：新答复 %2 项，与现有答复冲突 %3 项，未变化 %4 项，有问题的行 %5 行。导入勾选的答复之前，不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="143"/>
        <source>new answer</source>
        <translation>新答复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="143"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="161"/>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/workbook_import.py" line="183"/>
        <source>Tick the answers to apply, or cancel.</source>
        <translation>请勾选要导入的答复，或取消。</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="76"/>
        <source>◀ Assessments</source>
        <extracomment>The user wants the open assessment upgraded to this pack version. The user wants to change the profile answers (risk factors, the pack&apos;s questions).</extracomment>
        <translation>◀ 自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="77"/>
        <source>Back to the list of assessments</source>
        <translation>返回自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="123"/>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="128"/>
        <source>Items</source>
        <extracomment>The user wants the open assessment upgraded to this pack version. The user wants to change the open assessment&apos;s profile answers. The summary&apos;s &quot;Export signed PDF…&quot; was pressed.</extracomment>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="129"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="45"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="46"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="47"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="105"/>
        <source>Search questions, guidance, notes (Ctrl+F)</source>
        <extracomment>A filter control changed.</extracomment>
        <translation>搜索问题、要求、备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="107"/>
        <source>Search items</source>
        <translation>搜索检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="111"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="117"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="118"/>
        <source>Flagged for follow-up</source>
        <translation>已标记存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="122"/>
        <source>Awaiting re-review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="119"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="120"/>
        <source>Items that count as critical at this risk grade</source>
        <translation>在当前风险等级下按关键项计的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="124"/>
        <source>No item matches the filter.</source>
        <translation>没有符合筛选条件的检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="140"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="143"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="145"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="92"/>
        <source>%1 · v%2 · %3</source>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="97"/>
        <source>Assessor: %1</source>
        <translation>自查人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="99"/>
        <source>read-only: upgraded to a newer pack version</source>
        <translation>只读：已升级到新版清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="101"/>
        <source>Risk grade: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="121"/>
        <source>Upgrade to pack version %1…</source>
        <translation>升级到清单第 %1 版…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="123"/>
        <source>A newer version of this checklist is installed. Your answers are carried over; changed items are marked for re-review.</source>
        <translation>已安装此清单的新版本。升级时保留您的回答，有变化的检查项标为“待复核”。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="134"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="138"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/theme_list.py" line="56"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_list.py" line="188"/>
        <source>%1 of %2 items shown</source>
        <translation>显示 %1 / 共 %2 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="343"/>
        <source>Every item in the list is answered.</source>
        <translation>列表中的检查项均已作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="107"/>
        <source>Profile questions…</source>
        <translation>画像问题…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace_header.py" line="108"/>
        <source>Change the risk profile and the answers that decide which items apply; no answer is lost.</source>
        <translation>修改风险情况及决定检查项是否适用的答案；答复不会丢失。</translation>
    </message>
</context>
</TS>
