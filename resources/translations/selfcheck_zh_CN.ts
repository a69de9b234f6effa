<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="46"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="61"/>
        <source>Version %1 (Qt %2)</source>
        <translation>版本 %1（Qt %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="63"/>
        <source>Offline self-assessment of AI use against AISGF-1.0 §6.3.</source>
        <translation>依据《人工智能安全治理框架》1.0版第6.3条，离线开展人工智能使用安全自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="64"/>
        <source>Installed checklist packs:</source>
        <translation>已安装的检查清单：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="66"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="67"/>
        <source>(portable)</source>
        <translation>（便携模式）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="68"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="69"/>
        <source>Log files:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="70"/>
        <source>Settings:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/about.py" line="71"/>
        <source>Chinese text is shown with the bundled font WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception).</source>
        <translation>中文使用随程序附带的文泉驿微米黑字体显示（Apache 2.0 / GPLv3 附字体例外条款）。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="100"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="101"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="102"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="104"/>
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
        <location filename="../../desktop/selfcheck/ui/actions.py" line="111"/>
        <source>&amp;Export signed PDF…</source>
        <translation>导出签名 PDF 报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="112"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="113"/>
        <source>&amp;Restore database…</source>
        <translation>从备份恢复数据库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="115"/>
        <source>&amp;Assessments list</source>
        <translation>自查列表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="116"/>
        <source>&amp;Items</source>
        <translation>检查项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="117"/>
        <source>&amp;Summary</source>
        <translation>汇总(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="121"/>
        <source>&amp;Verify a report…</source>
        <translation>验证报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="123"/>
        <source>Signing &amp;identity…</source>
        <translation>签名身份(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="125"/>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/actions.py" line="129"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AssessmentListView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="145"/>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="155"/>
        <source>Assessments</source>
        <translation>自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="146"/>
        <source>New assessment…</source>
        <translation>新建自查…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="149"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="150"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="152"/>
        <source>Search organisation, AI system, assessor…</source>
        <translation>搜索单位、人工智能系统、自查人…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="153"/>
        <source>Search assessments</source>
        <translation>搜索自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="154"/>
        <source>Filter by sector</source>
        <translation>按领域筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="159"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="165"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="167"/>
        <source>No assessments yet. Choose “New assessment…” to start your first self-check.</source>
        <translation>还没有自查记录。请点击“新建自查…”开始第一次自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="230"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="232"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>共 %n 项自查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="241"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/assessment_list.py" line="242"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="142"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="143"/>
        <source>AI system</source>
        <translation>人工智能系统</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="144"/>
        <source>Sector</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="145"/>
        <source>Pack</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="146"/>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="147"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="148"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="149"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="164"/>
        <source>(upgraded, read-only)</source>
        <translation>（已升级，只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/assessments.py" line="165"/>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="31"/>
        <source>SelfCheck database (*.sqlite3 *.db);;All files (*)</source>
        <translation>自查数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="43"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="49"/>
        <source>“%1” is the database the program is using; a backup cannot replace it. Choose another file for the backup.</source>
        <translation>“%1”是本程序正在使用的数据库，不能用备份覆盖。请为备份另选文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="52"/>
        <source>Backup not written</source>
        <translation>未写入备份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="56"/>
        <source>Replace the file?</source>
        <translation>要替换该文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="56"/>
        <source>A file named “%1” already exists in %2.

Replace it with the backup?</source>
        <translation>文件夹 %2 中已有名为“%1”的文件。

是否用本次备份替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="73"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="112"/>
        <source>Restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="118"/>
        <source>“%1” is the database the program is using, not a backup. Choose a backup file to restore from.</source>
        <translation>“%1”是本程序正在使用的数据库，并非备份文件。请选择要从中恢复的备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="125"/>
        <source>Restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="125"/>
        <source>Replace all assessments in %1 with the contents of “%2”?

A copy of the current database is kept in the data folder first.</source>
        <translation>用“%2”的内容替换 %1 中的全部自查记录吗？

替换前会先在数据文件夹中保留当前数据库的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="135"/>
        <source>The database was restored from “%1”. The previous database was kept as %2.</source>
        <translation>已从“%1”恢复数据库。原数据库已保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="141"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="121"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="148"/>
        <source>This file cannot be restored</source>
        <translation>此文件无法用于恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/database.py" line="157"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="78"/>
        <source>Cannot do that</source>
        <translation>无法完成该操作</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="85"/>
        <source>Something went wrong inside the program. Your saved answers are safe. The details were written to the log file.</source>
        <translation>程序内部出现意外错误。已保存的答案不受影响，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/errors.py" line="87"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="156"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="157"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="157"/>
        <source>Handling &amp;mark:</source>
        <translation>密级标注(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="158"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="158"/>
        <source>Signer &amp;identity:</source>
        <translation>签名身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="159"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="159"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="162"/>
        <source>Sign the report (recommended)</source>
        <translation>对报告进行数字签名（建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="163"/>
        <source>Printed on every page, e.g. 内部 or 公开</source>
        <translation>印在每一页上，例如“内部”或“公开”</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="164"/>
        <source>Your identity file, .pem or .p12 (Tools → Signing identity…)</source>
        <translation>您的签名身份文件，.pem 或 .p12（工具 → 签名身份…）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="165"/>
        <source>Passphrase of the identity</source>
        <translation>签名身份的口令</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="166"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="167"/>
        <source>Set up a signing identity…</source>
        <translation>设置签名身份…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="168"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="169"/>
        <source>A .pdf file; “.pdf” is added when the name lacks it</source>
        <translation>须为 .pdf 文件；文件名未以“.pdf”结尾时自动补上</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="191"/>
        <source>Export and sign</source>
        <translation>导出并签名</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="192"/>
        <source>Export unsigned</source>
        <translation>导出（不签名）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="202"/>
        <source>This report will be exported unsigned: recipients cannot check who issued it or whether it was changed.</source>
        <translation>本报告将以未签名方式导出，接收方无法核实报告由谁出具，也无法确认报告是否被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="199"/>
        <source>The signer identity file %1 cannot be found.</source>
        <translation>找不到签名身份文件 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="201"/>
        <source>No signing identity is set up yet.</source>
        <translation>尚未设置签名身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="197"/>
        <source>Tick “Sign the report” to sign it.</source>
        <translation>如需签名，请勾选“对报告进行数字签名”。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="297"/>
        <source>Replace the report?</source>
        <translation>要替换报告吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="298"/>
        <source>A file named “%1” already exists in %2.

Replace it with the new report?</source>
        <translation>文件夹 %2 中已有名为“%1”的文件。

是否用新报告替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="220"/>
        <source>Choose your signer identity</source>
        <translation>选择您的签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="222"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>签名身份 (*.pem *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="244"/>
        <source>“%1” is your signer identity file. Choose another name for the report; the identity is never overwritten.</source>
        <translation>“%1”是您的签名身份文件，不能被覆盖。请为报告另选文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="248"/>
        <source>“%1” is the program&apos;s database. Choose another name for the report.</source>
        <translation>“%1”是本程序的数据库文件。请为报告另选文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="272"/>
        <source>Save the report as</source>
        <translation>报告保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="273"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="257"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/export_pdf.py" line="307"/>
        <source>Choose your signer identity (.pem or .p12), or untick “Sign the report”.</source>
        <translation>请选择签名身份（.pem 或 .p12），或取消勾选“对报告进行数字签名”。</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="379"/>
        <source>What good looks like</source>
        <extracomment>The statuses offered, in shortcut order 1-4. An answer was saved (the saved value). (item id, draft Answer or None): an unsaved draft appeared or went away.</extracomment>
        <translation>达标要求</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="380"/>
        <source>Evidence examples</source>
        <translation>证据示例</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="381"/>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="386"/>
        <source>Shortcut: %1 (Ctrl+%1 while typing in a text field)</source>
        <translation>快捷键：%1（在文本框中输入时用 Ctrl+%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="388"/>
        <source>Evidence references (documents, records, where they are kept)</source>
        <translation>证据说明（文件、记录名称及存放位置）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="389"/>
        <source>Evidence references</source>
        <translation>证据说明</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="390"/>
        <source>e.g. Risk assessment report 2026-03, archive no. …</source>
        <translation>例如：2026年3月风险评估报告，档案号……</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="391"/>
        <source>Attached evidence files (stored in the database with their SHA-256)</source>
        <translation>附件证据文件（连同 SHA-256 校验值存入数据库）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="392"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="392"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="392"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="393"/>
        <source>Attached evidence files</source>
        <translation>附件证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="394"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="395"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="396"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="397"/>
        <source>Remediation (for partial or not implemented)</source>
        <translation>整改（适用于部分落实或未落实）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="398"/>
        <source>Owner:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="399"/>
        <source>Remediation owner</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="400"/>
        <source>Person or department responsible</source>
        <translation>负责的人员或部门</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="401"/>
        <source>Due date:</source>
        <translation>完成期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="402"/>
        <source>Remediation due date</source>
        <translation>整改完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="403"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="404"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="405"/>
        <source>Clear the due date</source>
        <translation>清除完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="406"/>
        <source>Flag for review  [F]</source>
        <translation>标记待复核  [F]</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="407"/>
        <source>Mark as reviewed</source>
        <translation>确认已复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="408"/>
        <source>Select an item in the list to answer it.</source>
        <translation>请在列表中选择一个检查项进行作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="484"/>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="488"/>
        <source>Counts as critical</source>
        <translation>按关键项计</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="490"/>
        <source>A partial or missing answer to this item is a critical gap at this risk grade.</source>
        <translation>在当前风险等级下，此检查项部分落实或未落实即构成关键差距。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="493"/>
        <source>Cites: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="505"/>
        <source>This item changed in the new pack version. Check the answer below and confirm it, or change it.</source>
        <translation>此检查项在新版清单中有变化。请核对下面的回答，确认无误或加以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="508"/>
        <source>Previous answer: %1</source>
        <translation>原回答：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="509"/>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="537"/>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="542"/>
        <source>Justification</source>
        <translation>说明理由</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="539"/>
        <source>(required for “%1”)</source>
        <translation>（“%1”时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="544"/>
        <source>Why this status? What is missing, or why the item does not apply?</source>
        <translation>为何选择此状态？还缺少什么，或为何不适用？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="545"/>
        <source>Optional: how the requirement is met</source>
        <translation>选填：如何满足该要求</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="560"/>
        <source>Draft — not saved yet</source>
        <translation>草稿——尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="563"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="566"/>
        <source>Last saved %1</source>
        <translation>上次保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="569"/>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="572"/>
        <source>Read-only (kept as history)</source>
        <translation>只读（作为历史记录保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="689"/>
        <source>A justification is required for “%1”. Your answer is kept here as a draft and saved as soon as you write one.</source>
        <translation>选择“%1”时必须填写理由。您的回答已作为草稿保留在此，填写理由后即自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="694"/>
        <source>The due date %1 is in the past. Choose today or a later date; the rest of your answer is kept as a draft.</source>
        <translation>完成期限 %1 已过去。请选择今天或以后的日期；回答的其余内容已作为草稿保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="706"/>
        <source>Attach an evidence file</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="714"/>
        <source>Storing %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="725"/>
        <source>The file was not attached</source>
        <translation>文件未能添加</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="758"/>
        <source>Save a copy of the evidence file</source>
        <translation>另存证据文件副本</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="772"/>
        <source>Copy saved</source>
        <translation>副本已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="780"/>
        <source>Remove evidence file</source>
        <translation>移除证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/item_detail.py" line="781"/>
        <source>Remove “%1” from this answer? The removal is recorded in the audit log.</source>
        <translation>从此回答中移除“%1”吗？移除操作会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="138"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="139"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="140"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="141"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="142"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="144"/>
        <source>Flagged for review, needs re-review, unsaved draft, evidence recorded</source>
        <translation>待复核标记、需重新复核、未保存草稿、已有证据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="173"/>
        <source>Counts as critical at this risk grade</source>
        <translation>在当前风险等级下按关键项计</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="207"/>
        <source>Flagged for review</source>
        <translation>已标记待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="209"/>
        <source>Needs re-review</source>
        <translation>需重新复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="211"/>
        <source>Unsaved draft</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/items.py" line="213"/>
        <source>Evidence recorded</source>
        <translation>已有证据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="94"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="130"/>
        <source>The assessment cannot be opened</source>
        <translation>无法打开该自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="142"/>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="188"/>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="236"/>
        <source>Select an assessment in the list first.</source>
        <translation>请先在列表中选择一项自查。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="164"/>
        <source>In the workspace (outside text fields):</source>
        <translation>在自查工作区（不在文本框中时）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="165"/>
        <source>1 / 2 / 3 / 4 — implemented / partial / not implemented / not applicable</source>
        <translation>1 / 2 / 3 / 4 —— 已落实 / 部分落实 / 未落实 / 不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="166"/>
        <source>N / P — next / previous unanswered item</source>
        <translation>N / P —— 下一个 / 上一个未作答检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="167"/>
        <source>F — flag for review;  J — write the justification</source>
        <translation>F —— 标记待复核；J —— 填写理由</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="168"/>
        <source>Inside text fields: Ctrl+1…4 set the status, Alt+N / Alt+P move, Esc returns to the list</source>
        <translation>在文本框中：Ctrl+1…4 设置状态，Alt+N / Alt+P 切换检查项，Esc 返回列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="170"/>
        <source>Ctrl+F — search items;  Ctrl+Shift+S — summary;  Ctrl+L — assessments</source>
        <translation>Ctrl+F —— 搜索检查项；Ctrl+Shift+S —— 汇总；Ctrl+L —— 自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="171"/>
        <source>Ctrl+N — new assessment;  Ctrl+O — open;  Ctrl+Q — quit</source>
        <translation>Ctrl+N —— 新建自查；Ctrl+O —— 打开；Ctrl+Q —— 退出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="173"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="198"/>
        <source>The report was written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="200"/>
        <source>Signed by %1.</source>
        <translation>签名人：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="202"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="227"/>
        <source>Installed %1 v%2</source>
        <translation>已安装 %1 v%2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="262"/>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/main_window.py" line="275"/>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="160"/>
        <source>New assessment</source>
        <extracomment>The grade badge while the risk profile is incomplete.</extracomment>
        <translation>新建自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="162"/>
        <source>Checklist &amp;pack:</source>
        <translation>检查清单(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="163"/>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="164"/>
        <source>AI &amp;system:</source>
        <translation>人工智能系统(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="165"/>
        <source>&amp;What the system does:</source>
        <translation>系统用途(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="166"/>
        <source>S&amp;ector:</source>
        <translation>领域(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="167"/>
        <source>&amp;Assessor:</source>
        <translation>自查人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="171"/>
        <source>e.g. Municipal Bureau of Transport</source>
        <translation>例如：某市交通运输局</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="172"/>
        <source>e.g. Citizen hotline assistant</source>
        <translation>例如：市民热线智能助手</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="173"/>
        <source>What it is used for, by whom, on what data</source>
        <translation>用于什么、由谁使用、处理哪些数据</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="174"/>
        <source>Your name and role</source>
        <translation>您的姓名和职务</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="175"/>
        <source>Risk profile — AISGF-1.0 §6.3(a)</source>
        <translation>风险情况 —— AISGF-1.0 §6.3(a)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="182"/>
        <source>— choose an answer —</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="202"/>
        <source>%1 — version %2 · %3 · %4 items</source>
        <translation>%1 —— 第 %2 版 · %3 · %4 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="258"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="259"/>
        <source>not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="261"/>
        <source>Answer the four risk-profile questions to see the risk grade. The grade decides which items count as critical.</source>
        <translation>请回答全部四个风险情况问题，以确定风险等级。风险等级决定哪些检查项按关键项计。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="264"/>
        <source>Still to answer: %1.</source>
        <translation>尚待回答：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="268"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="300"/>
        <source>Answer the four risk-profile questions first.</source>
        <translation>请先回答全部四个风险情况问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="195"/>
        <source>Resulting risk grade:</source>
        <translation>得出的风险等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="197"/>
        <source>Create assessment</source>
        <translation>创建自查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="198"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="288"/>
        <source>No checklist pack is installed.</source>
        <translation>尚未安装任何检查清单。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="291"/>
        <source>Enter the organisation.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/new_assessment.py" line="295"/>
        <source>Enter the name of the AI system.</source>
        <translation>请填写人工智能系统名称。</translation>
    </message>
</context>
<context>
    <name>PackInstallDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="87"/>
        <source>Install a checklist pack</source>
        <translation>安装检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="88"/>
        <source>Choose pack file…</source>
        <translation>选择清单文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="89"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="90"/>
        <source>Differences to the installed version</source>
        <translation>与已安装版本的差异</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="95"/>
        <source>Choose a signed pack file</source>
        <translation>选择已签名的清单文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="96"/>
        <source>Signed checklist packs (%1);;All files (*)</source>
        <translation>已签名的检查清单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="129"/>
        <source>This pack file is not accepted: %1</source>
        <translation>不接受此清单文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="137"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="143"/>
        <source>Checking the signature and the content…</source>
        <translation>正在检查签名和内容…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="147"/>
        <source>Choose a signed pack file (.ckpack) from your administrator. It is checked against the trusted pack keys of this computer before anything is installed.</source>
        <translation>请选择管理员提供的已签名清单文件（.ckpack）。安装前会用本机信任的清单密钥进行核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="155"/>
        <source>New pack: not installed before.</source>
        <translation>新清单：此前未安装。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="156"/>
        <source>Newer version: installed versions %1.</source>
        <translation>较新版本：已安装的版本为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="158"/>
        <source>This version is already installed.</source>
        <translation>此版本已经安装。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="159"/>
        <source>Refused: older than the installed version.</source>
        <translation>已拒绝：比已安装的版本旧。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="160"/>
        <source>ALARM: this version number is installed with different content. Nothing will be installed; tell your administrator.</source>
        <translation>警报：已安装的同一版本号内容不同。不会安装任何内容，请告知管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="165"/>
        <source>%1 — version %2 · %3 · %4 items</source>
        <translation>%1 —— 第 %2 版 · %3 · %4 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="168"/>
        <source>Signed by: %1 (%2)</source>
        <translation>签名者：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="170"/>
        <source>Content SHA-256: %1</source>
        <translation>内容 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/pack_install.py" line="174"/>
        <source>This pack file has expired; it is not installed.</source>
        <translation>此清单文件已过期，不予安装。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/prompts.py" line="101"/>
        <source>All files (*)</source>
        <extracomment>Room for the columns of the file list. The columns of the file list: name, size, type, date modified.</extracomment>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="48"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="50"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="51"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="46"/>
        <source>&amp;Look in:</source>
        <extracomment>Strings of Qt&apos;s own file dialog that Qt 6.11&apos;s qtbase_zh_CN.qm does not translate (its catalogue has &quot;Look in:&quot; and &quot;Files of type:&quot;, but the dialog asks for the forms with a mnemonic; the file-type names come from QAbstractFileIconProvider, which the catalogue lacks). They are listed here so that lupdate keeps them in selfcheck_zh_CN.ts; our translator answers when Qt&apos;s has no translation.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/i18n.py" line="47"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="135"/>
        <source>Add signed PDF reports with “Add reports…” (Ctrl+O) or drop them onto this window. Each one is checked against the trusted roots of this computer.</source>
        <extracomment>Looks up the question of an item: (pack id, version, pack hash, item id) -&gt; text or None.</extracomment>
        <translation>请通过“添加报告…”（Ctrl+O）选择已签名的 PDF 报告，或将文件拖放到本窗口。每份报告均依据本机的受信任根证书进行核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="141"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="146"/>
        <source>Authentic — signed, unchanged since signing, and from a signer this computer trusts</source>
        <translation>可信：已签名，签名后未被改动，签名者受本机信任</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="149"/>
        <source>Rejected — this report cannot be relied on</source>
        <translation>不可信：不得采信本报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="155"/>
        <source>Why it was rejected</source>
        <translation>不可信的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="164"/>
        <source>Signer:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="166"/>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="170"/>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="172"/>
        <source>Signed at:</source>
        <translation>签名时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="174"/>
        <source>Question pack:</source>
        <translation>检查清单：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="174"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="180"/>
        <source>Pack hash (SHA-256):</source>
        <translation>清单哈希（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="182"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="184"/>
        <source>No signature could be read from this file.</source>
        <translation>未能从该文件中读取签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="191"/>
        <source>Unverified — do not rely on this. The file failed verification; what follows may have been altered.</source>
        <translation>未经核验，请勿采信。该文件未通过核验，以下内容可能已被篡改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="199"/>
        <source>The results inside a rejected report are not shown: they cannot be trusted.</source>
        <translation>未通过核验的报告不显示其中的自查结果：这些结果不可信。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="204"/>
        <source>Notes from the check</source>
        <translation>核验说明</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="216"/>
        <source>As claimed by the signer&apos;s own computer clock; no timestamp authority confirms it.</source>
        <translation>该时间取自签名者本人计算机的时钟，未经时间戳机构证实。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="229"/>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="231"/>
        <source>AI system:</source>
        <translation>人工智能系统：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="246"/>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="248"/>
        <source>Weighted score:</source>
        <translation>加权得分：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="256"/>
        <source>Answers:</source>
        <translation>作答情况：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="263"/>
        <source>Risk grade:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="265"/>
        <source>Critical gaps:</source>
        <translation>关键项缺口：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="269"/>
        <source>Critical items unanswered:</source>
        <translation>未作答的关键项：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="271"/>
        <source>Results embedded in the signed report</source>
        <translation>签名报告内嵌的自查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="278"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_details.py" line="170"/>
        <source>Signature algorithm:</source>
        <translation>签名算法：</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="75"/>
        <source>Preview of the report</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="76"/>
        <source>This file failed verification — its content may have been altered. Do not rely on what it shows.</source>
        <translation>该文件未通过核验，其内容可能已被篡改，请勿采信其中所示内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="122"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="130"/>
        <source>Choose a report in the list to see its pages.</source>
        <translation>在列表中选择一份报告以查看其页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="132"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="134"/>
        <source>This file cannot be previewed: it could not be read.</source>
        <translation>无法预览该文件：文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="136"/>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="138"/>
        <source>This file cannot be previewed: it is not a PDF document that can be displayed.</source>
        <translation>无法预览该文件：它不是可以显示的 PDF 文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/report_preview.py" line="149"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>SigningIdentityDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="97"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="99"/>
        <source>Signed reports are certified with your signer identity: a .pem (SM2) or .p12 (ECDSA) file issued by your organisation&apos;s certificate authority. Only the file&apos;s location is remembered; the passphrase is asked for each time you sign.</source>
        <translation>签名报告使用您的签名身份进行认证，即由本单位证书机构签发的 .pem（SM2）或 .p12（ECDSA）文件。程序只记住文件位置，每次签名时都会询问口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="102"/>
        <source>Identity file:</source>
        <translation>身份文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="103"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="104"/>
        <source>Passphrase of the identity</source>
        <translation>签名身份的口令</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="105"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="106"/>
        <source>Open and check</source>
        <translation>打开并检查</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="111"/>
        <source>Choose your signer identity</source>
        <translation>选择您的签名身份</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="112"/>
        <source>Signer identity (*.pem *.p12 *.pfx);;All files (*)</source>
        <translation>签名身份 (*.pem *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="150"/>
        <source>No identity chosen yet.</source>
        <translation>尚未选择签名身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="153"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="157"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="158"/>
        <source>Issued by:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="159"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="161"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="164"/>
        <source>Expires in:</source>
        <translation>剩余有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="164"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/signing_identity.py" line="157"/>
        <source>Algorithm:</source>
        <translation>签名算法：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="112"/>
        <source>The data folder cannot be created: %1</source>
        <translation>无法创建数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="113"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="131"/>
        <location filename="../../desktop/selfcheck/ui/app.py" line="138"/>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="126"/>
        <source>AI Safety Self-Check is already open with the data folder %1. Switch to that window, or close it first.</source>
        <translation>人工智能安全自查已在使用数据文件夹 %1。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="129"/>
        <source>The data folder %1 cannot be used: it is read-only or not accessible. Ask your administrator for write access.</source>
        <translation>无法使用数据文件夹 %1：该文件夹只读或无法访问。请联系管理员开通写入权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="137"/>
        <source>The database cannot be opened. Nothing was changed.</source>
        <translation>无法打开数据库，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="150"/>
        <source>Unsaved drafts kept</source>
        <translation>已保留未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/app.py" line="151"/>
        <source>Some unsaved drafts from an earlier version of the program fit no checklist item. Their text was kept in %1.</source>
        <translation>早期版本程序中的部分未保存草稿无法对应到任何检查项，其内容已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="297"/>
        <source>Verdict:</source>
        <extracomment>Stacking order of the theme bars. Links to items in the reasons text: ``item:RA-01``.</extracomment>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="298"/>
        <source>Export signed PDF…</source>
        <translation>导出签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="299"/>
        <source>Themes: items by status and weighted score</source>
        <translation>各主题：检查项状态与加权得分</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="300"/>
        <source>┆ pass mark %1%</source>
        <translation>┆ 合格线 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="301"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="304"/>
        <source>Critical gaps</source>
        <translation>关键差距</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="303"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="308"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="303"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="308"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="303"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="309"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="303"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="305"/>
        <source>No critical gaps.</source>
        <translation>没有关键差距。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="306"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="314"/>
        <source>Go to item</source>
        <translation>转到检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="307"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="311"/>
        <source>Remediation plan</source>
        <translation>整改计划</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="309"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="310"/>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="312"/>
        <source>Nothing to remediate: no item is partial or not implemented.</source>
        <translation>无需整改：没有部分落实或未落实的检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="333"/>
        <source>Weighted score %1% · answered %2 of %3 · %4</source>
        <translation>加权得分 %1% · 已答 %2 / %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="366"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="367"/>
        <location filename="../../desktop/selfcheck/ui/views/summary.py" line="369"/>
        <source>— missing —</source>
        <translation>—— 缺 ——</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="86"/>
        <source>Upgrade to a newer pack version</source>
        <translation>升级到新版清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="87"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="104"/>
        <source>Working out what changes…</source>
        <translation>正在分析变化…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="108"/>
        <source>The assessment moves from %1 v%2 to v%3. A new assessment is created with your answers; the current one is kept unchanged, archived and read-only.</source>
        <translation>自查将从 %1 第 %2 版升级到第 %3 版。系统会带着您的回答新建一项自查；当前自查保持不变，归档并设为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="114"/>
        <source>Carried over unchanged: %1 · need re-review: %2 · new items: %3 · answers of dropped items (kept in the old assessment): %4</source>
        <translation>原样保留：%1 · 需重新复核：%2 · 新增检查项：%3 · 已删除检查项的回答（保留在原自查中）：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="121"/>
        <source>Need re-review:</source>
        <translation>需重新复核：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="122"/>
        <source>New items:</source>
        <translation>新增检查项：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="123"/>
        <source>Dropped:</source>
        <translation>已删除：</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/upgrade.py" line="133"/>
        <source>Every answer carries over.</source>
        <translation>全部回答原样保留。</translation>
    </message>
</context>
<context>
    <name>VerifiedReportsModel</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="179"/>
        <source>File</source>
        <extracomment>The bytes that were verified (None when the file could not be read). Bumped for every new check, so that a late answer to an older check is ignored.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="180"/>
        <source>Verification</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="181"/>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="182"/>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="183"/>
        <source>Assessment verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="230"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="232"/>
        <source>Authentic</source>
        <translation>可信</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/models/verified_reports.py" line="233"/>
        <source>Rejected</source>
        <translation>不可信</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="315"/>
        <source>Verify signed reports</source>
        <extracomment>The dialog&apos;s size when nothing is remembered (shrunk to fit smaller screens).</extracomment>
        <translation>核验已签名的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="316"/>
        <source>Add reports…</source>
        <translation>添加报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="317"/>
        <source>Choose one or more signed PDF reports (Ctrl+O)</source>
        <translation>选择一份或多份已签名的 PDF 报告（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="318"/>
        <source>Add reports</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="319"/>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="322"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="320"/>
        <source>Remove the selected reports from the list (Delete); the files are not touched</source>
        <translation>从列表中移除所选报告（Delete 键），文件本身不受影响</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="323"/>
        <source>Or drop PDF files anywhere on this window.</source>
        <translation>也可将 PDF 文件拖放到本窗口任意位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="324"/>
        <source>Reports checked</source>
        <translation>已核验的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="326"/>
        <source>One row per file: verification result, signer, signing time and the assessment verdict. Delete removes the selected rows.</source>
        <translation>每个文件一行：核验结果、签名者、签名时间和结论。按 Delete 键移除所选行。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="328"/>
        <source>Details of the selected report</source>
        <translation>所选报告的详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="329"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="330"/>
        <source>Details and trusted roots</source>
        <translation>详细信息和受信任根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="342"/>
        <source>No trusted root certificate is set up on this computer, so every report will be rejected. Add the organisation&apos;s root certificate under “Trusted roots”.</source>
        <translation>本机尚未设置受信任的根证书，所有报告都将判定为不可信。请在“受信任根证书”页中添加本单位的根证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="350"/>
        <source>Trusted roots (%1)</source>
        <translation>受信任根证书（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="409"/>
        <source>Choose signed reports</source>
        <translation>选择已签名的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="411"/>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF 报告 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="554"/>
        <source>Folders are not searched for reports; skipped: %1.</source>
        <translation>不会在文件夹中查找报告，已跳过：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="558"/>
        <source>Only files on this computer can be checked; %1 other item(s) skipped.</source>
        <translation>只能核验本机上的文件，已跳过其他 %1 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="485"/>
        <source>The report cannot be checked</source>
        <translation>无法核验该报告</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="299"/>
        <source>◀ Assessments</source>
        <extracomment>The user wants the open assessment upgraded to this pack version. The assessment&apos;s answers changed (the list view refreshes on return).</extracomment>
        <translation>◀ 自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="300"/>
        <source>Back to the list of assessments</source>
        <translation>返回自查列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="301"/>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="321"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="302"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="303"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="303"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="304"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="305"/>
        <source>Search questions, guidance, notes (Ctrl+F)</source>
        <translation>搜索问题、要求、备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="306"/>
        <source>Search items</source>
        <translation>搜索检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="310"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="316"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="317"/>
        <source>Flagged</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="318"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="319"/>
        <source>Items that count as critical at this risk grade</source>
        <translation>在当前风险等级下按关键项计的检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="320"/>
        <source>Needs re-review</source>
        <translation>需重新复核</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="322"/>
        <source>No item matches the filter.</source>
        <translation>没有符合筛选条件的检查项。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="339"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="342"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="345"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="452"/>
        <source>%1 · v%2 · %3</source>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="455"/>
        <source>Assessor: %1</source>
        <translation>自查人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="457"/>
        <source>read-only: upgraded to a newer pack version</source>
        <translation>只读：已升级到新版清单</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="459"/>
        <source>Risk grade: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="472"/>
        <source>Upgrade to pack version %1…</source>
        <translation>升级到清单第 %1 版…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="475"/>
        <source>A newer version of this checklist is installed. Your answers are carried over; changed items are marked for re-review.</source>
        <translation>已安装此清单的新版本。升级时保留您的回答，有变化的检查项会标记为需重新复核。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="479"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="483"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="495"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="532"/>
        <source>%1 of %2 items shown</source>
        <translation>显示 %1 / 共 %2 个检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/views/workspace.py" line="678"/>
        <source>Every item in the list is answered.</source>
        <translation>列表中的检查项均已作答。</translation>
    </message>
</context>
<context>
    <name>TrustedRootsPage</name>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="332"/>
        <source>A report is authentic only if its signer was issued by one of these roots and is not revoked by the root&apos;s revocation list. Adding or removing a root, or adding a revocation list, checks every report in the list again.</source>
        <translation>只有签名者证书由下列根证书之一颁发、且未被该根证书的吊销列表吊销的报告才可信。添加或移除根证书、或添加吊销列表后，列表中的所有报告将重新核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="335"/>
        <source>Root certificate</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="335"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="335"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="336"/>
        <source>Trusted roots</source>
        <translation>受信任根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="337"/>
        <source>Add root certificate…</source>
        <translation>添加根证书…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="338"/>
        <source>Add root certificate</source>
        <translation>添加根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="339"/>
        <source>Remove root</source>
        <translation>移除根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="340"/>
        <source>Remove the selected root</source>
        <translation>移除所选根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="372"/>
        <source>Choose the organisation&apos;s root certificate</source>
        <translation>选择本单位的根证书</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="374"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="380"/>
        <source>The certificate was not added</source>
        <translation>证书未能添加</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="394"/>
        <source>Stop trusting this root?</source>
        <translation>不再信任此根证书吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="395"/>
        <source>Reports signed under “%1” will no longer verify on this computer.</source>
        <translation>由“%1”签发的身份签名的报告，在本机将无法再通过核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="185"/>
        <source>Revocation list</source>
        <translation>证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="191"/>
        <source>Add revocation list…</source>
        <translation>添加吊销列表…</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="192"/>
        <source>Add a revocation list (CRL)</source>
        <translation>添加证书吊销列表（CRL）</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="218"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="219"/>
        <source>No. %1: %2 revoked; next update %3</source>
        <translation>第 %1 号：吊销 %2 个；下次更新 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="228"/>
        <source>Choose the revocation list from the CA holder</source>
        <translation>选择 CA 保管人提供的证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="230"/>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>证书吊销列表 (*.crl *.pem *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="236"/>
        <source>The revocation list was not added</source>
        <translation>未添加证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="240"/>
        <source>Revocation list not added</source>
        <translation>未添加证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../desktop/selfcheck/ui/dialogs/verify_report.py" line="241"/>
        <source>This computer already keeps a newer revocation list of that root.</source>
        <translation>本机已保存该根证书更新的吊销列表。</translation>
    </message>
</context>
</TS>
