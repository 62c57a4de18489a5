<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="36"/>
        <source>About this information</source>
        <translation>关于本信息</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81"/>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
</context>
<context>
    <name>AccessButton</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="12"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="15"/>
        <source>Accessibility (on)</source>
        <translation>无障碍（已开启）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="16"/>
        <source>Read aloud, larger text, high contrast, low reach, less motion and volume</source>
        <translation>朗读、大字、高对比度、低位操作、减少动效和音量</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="69"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="77"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="85"/>
        <source>These choices last until the screen returns to the start.</source>
        <translation>这些设置一直有效，直到屏幕回到开始画面。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="99"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="107"/>
        <source>Larger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="115"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="123"/>
        <source>Low reach</source>
        <translation>低位操作</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="131"/>
        <source>Less motion</source>
        <translation>减少动效</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="144"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="151"/>
        <source>Quieter</source>
        <translation>调小</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="162"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="169"/>
        <source>Louder</source>
        <translation>调大</translation>
    </message>
</context>
<context>
    <name>AccessToggle</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="279"/>
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始浏览</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="49"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="58"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="73"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="81"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>verified</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>not verified</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="35"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="51"/>
        <source>verified tick</source>
        <translation>核对勾选</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="68"/>
        <source>This entry was recorded before the kiosk kept the content of each version: only the counts in the list are known.</source>
        <translation>此条目记录于信息亭保存各版本内容之前：只知道列表中的数量。</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="71"/>
        <source>No record changed.</source>
        <translation>没有记录被修改。</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="82"/>
        <source>… and %1 more records.</source>
        <translation>……另有 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="98"/>
        <source>%1 more</source>
        <translation>另有 %1 条</translation>
    </message>
</context>
<context>
    <name>CollapsiblePanel</name>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Show panel ▴</source>
        <translation>展开面板 ▴</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Hide panel ▾</source>
        <translation>收起面板 ▾</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="74"/>
        <source>Open the Problems and History panel again</source>
        <translation>重新展开“问题”和“历史”面板</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="75"/>
        <source>Fold this panel to its tabs, so the record gets the room</source>
        <translation>把此面板收起到标签栏，让记录有更多空间</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../admin/console/conflicts.py" line="33"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="36"/>
        <source>%1 was removed by %2.</source>
        <translation>%1 已被 %2 删除。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="38"/>
        <source>%1 was added by %2 at %3.</source>
        <translation>%1 已由 %2 于 %3 添加。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="39"/>
        <source>%1 was changed by %2 at %3 (you opened version %4, it is now version %5).</source>
        <translation>%1 已由 %2 于 %3 修改（您打开的是第 %4 版，现在是第 %5 版）。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="45"/>
        <source>Not saved: someone else changed what you changed, since you opened it. Nothing was written.</source>
        <translation>未保存：在您打开之后，其他人修改了您所修改的内容。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="52"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="48"/>
        <source>Reload takes the content as it is now and keeps your unsaved edits, except where someone else changed the same field (theirs stands there); Compare shows your edits beside theirs.</source>
        <translation>“重新载入”采用当前内容并保留您未保存的修改，但他人也修改过的同一字段除外（该处以对方为准）；“比较”将您的修改与对方的并列显示。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="55"/>
        <source>Reload after a conflict</source>
        <translation>冲突后重新载入</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="60"/>
        <source>Your edits and theirs</source>
        <translation>您的修改与他人的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="70"/>
        <source>Reloaded: the content as it is now, with your unsaved edits kept (not saved yet; Undo takes the reload&apos;s merge back).</source>
        <translation>已重新载入：当前内容，并保留了您未保存的修改（尚未保存；“撤销”可取消这次合并）。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="73"/>
        <source>Reloaded: the content as it is now.</source>
        <translation>已重新载入：当前内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="76"/>
        <source>Someone else changed these too, so theirs stands and your edit was dropped:</source>
        <translation>以下内容他人也修改过，因此以对方为准，您的修改已舍弃：</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="80"/>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="87"/>
        <source>No difference in the fields: only the version moved on.</source>
        <translation>字段没有差异：只有版本号变了。</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>In the database now</source>
        <translation>数据库中的当前内容</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../admin/console/app.py" line="38"/>
        <source>Content console</source>
        <translation>内容管理台</translation>
    </message>
    <message>
        <location filename="../admin/console/app.py" line="39"/>
        <source>Your staff role (recorded in the history with every change), e.g. editor:</source>
        <translation>您的员工角色（每次修改都会记入历史记录），例如 editor：</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../admin/console/window.py" line="354"/>
        <source>Content console — Jiaozhou industry kiosk</source>
        <translation>内容管理台 — 胶州产业信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="308"/>
        <source>Content console</source>
        <translation>内容管理台</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="309"/>
        <source>Jiaozhou · SCO Demonstration Zone information kiosk</source>
        <translation>胶州 · 上合示范区信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="310"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="312"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save every edit in one step (a backup is taken first)</source>
        <translation>一次性保存所有修改（保存前先备份）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <location filename="../admin/console/window.py" line="428"/>
        <location filename="../admin/console/window.py" line="429"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Open the record in the visitor screens, as it will look</source>
        <translation>在访客界面中打开该记录，查看实际效果</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Check a workbook (.xlsx) and import it</source>
        <translation>检查并导入工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Write the saved content as a workbook (.xlsx)</source>
        <translation>将已保存的内容导出为工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Import pack…</source>
        <translation>导入内容包…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Check a content pack and import it</source>
        <translation>检查并导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Export pack…</source>
        <translation>导出内容包…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Write the saved content and its images as a content pack</source>
        <translation>将已保存的内容及图片导出为内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>A new record of this kind</source>
        <translation>新建一条此类记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>A copy of the selected record</source>
        <translation>复制所选记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>Show it earlier on the kiosk</source>
        <translation>在信息亭上排得更靠前</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>Show it later on the kiosk</source>
        <translation>在信息亭上排得更靠后</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="328"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="333"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Staff role: %1</source>
        <translation>员工角色：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Content version %1</source>
        <translation>内容版本 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="359"/>
        <source>Unsaved: %n record(s) changed</source>
        <translation>
            <numerusform>未保存：%n 条记录有修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="360"/>
        <source>, %n removed</source>
        <translation>
            <numerusform>，%n 条已删除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="362"/>
        <source>All edits are saved.</source>
        <translation>所有修改均已保存。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="315"/>
        <source>Discard all edits</source>
        <translation>放弃全部修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="316"/>
        <source>Drop every unsaved edit at once and go back to the saved content (asks first)</source>
        <translation>一次放弃所有未保存的修改，回到已保存的内容（会先询问）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Publish to kiosks…</source>
        <translation>发布到各台终端…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Put the saved content on the pack source the kiosks poll</source>
        <translation>将已保存的内容放到各终端轮询的内容包来源</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="335"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="351"/>
        <source>Unverified and stale</source>
        <translation>未核对与待复核</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Hide it from visitors</source>
        <translation>对访客隐藏</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Show it to visitors</source>
        <translation>向访客展示</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="415"/>
        <source>Undo one step</source>
        <translation>撤销一步</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="416"/>
        <source>Take back the last edit only</source>
        <translation>只撤销最后一次修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="417"/>
        <source>Redo one step</source>
        <translation>重做一步</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="418"/>
        <source>Do again the edit just taken back</source>
        <translation>重新做刚撤销的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <source>Drop every unsaved edit and go back to the saved content? Undo brings the edits back.</source>
        <translation>放弃所有未保存的修改，回到已保存的内容？“撤销一步”可以找回这些修改。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="447"/>
        <source>Choose image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="448"/>
        <source>%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.</source>
        <translation>保存时，%1 将以 %2 × %3 像素存储（并生成缩略图）。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="451"/>
        <source>Reading the picture</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="457"/>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="469"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="499"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="508"/>
        <source>Saved in the office database %3 as history entry #%1: %2.</source>
        <translation>已保存到办公室数据库 %3，历史记录 #%1：%2。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="510"/>
        <source>Kiosks show it after you publish it (File › Publish to kiosks…), or by a content pack on a USB stick (File › Export pack…).</source>
        <translation>发布后（文件 › 发布到各台终端…），或将内容包存入 U 盘（文件 › 导出内容包…）并在信息亭上导入后，信息亭即可显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="514"/>
        <source>Not saved: %n problem(s) to fix first. Nothing was written.</source>
        <translation>
            <numerusform>未保存：需先解决 %n 个问题。没有写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="519"/>
        <source>… and %n more in the Problems list below.</source>
        <translation>
            <numerusform>… 另有 %n 个，见下方问题列表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="534"/>
        <source>Preview needs a record without problems in its own fields: %1</source>
        <translation>预览要求该记录自身字段没有问题：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="556"/>
        <source>The preview could not open: %1</source>
        <translation>无法打开预览：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="558"/>
        <source>Preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Work in progress</source>
        <translation>操作进行中</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="573"/>
        <source>%1 is still running. Cancel it and close?</source>
        <translation>%1 仍在进行。要取消并关闭吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="506"/>
        <source>Saved on this PC as history entry #%1: %2.</source>
        <translation>已保存在这台电脑上，历史记录 #%1：%2。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="507"/>
        <source>Kiosks show it after you export a content pack (File › Export pack…) and import it there.</source>
        <translation>导出内容包（文件 › 导出内容包…）并在信息亭上导入后，信息亭才会显示。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Cancel it and close</source>
        <translation>取消并关闭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="580"/>
        <source>You have unsaved edits. Save them before closing?</source>
        <translation>您有未保存的修改。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="113"/>
        <source>This entry is no longer available.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Manufacturer</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Clusters in this industry</source>
        <translation>该产业的集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Related</source>
        <translation>相关内容</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More in this sector</source>
        <translation>同一领域</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More to explore</source>
        <translation>更多内容</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../admin/console/labels.py" line="74"/>
        <source>Slug</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="75"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="76"/>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="77"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="78"/>
        <source>Source&apos;s own words</source>
        <translation>来源原文</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="79"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="80"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="81"/>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="82"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="83"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="84"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="85"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="86"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="87"/>
        <source>Focus industry of the year</source>
        <translation>年度重点产业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="88"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="89"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="90"/>
        <source>Manufacturer</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="91"/>
        <source>Manufacturers in the cluster</source>
        <translation>集群内企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="92"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="93"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="94"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="95"/>
        <source>Full text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="96"/>
        <source>Picture described in words (read aloud)</source>
        <translation>图片的文字描述（朗读用）</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="97"/>
        <source>Picture&apos;s focal point</source>
        <translation>图片焦点</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="98"/>
        <source>Search keywords (never shown)</source>
        <translation>搜索关键词（不显示）</translation>
    </message>
</context>
<context>
    <name>FleetPane</name>
    <message>
        <location filename="../admin/console/fleet.py" line="88"/>
        <source>Fleet</source>
        <translation>展机群</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="89"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Kiosk</source>
        <translation>展机</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="93"/>
        <source>Kiosks report here when they share the office database (start the console with --database postgresql+psycopg://… or set KIOSK_DATABASE_URL), or when the setting fleet.source names the folder pack source they read (kiosk settings set fleet.source FOLDER); the README&apos;s “Many kiosks” section says how to set up either.</source>
        <translation>展机共用办公室数据库时（用 --database postgresql+psycopg://… 启动控制台，或设置 KIOSK_DATABASE_URL），或设置 fleet.source 指向展机读取的内容包文件夹时（kiosk settings set fleet.source 文件夹），展机会在这里报告状态；两种方式的设置方法见 README 的“Many kiosks”一节。</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="108"/>
        <source>No office database and no folder pack source is set up, so no kiosk can report here.</source>
        <translation>尚未设置办公室数据库或内容包文件夹，因此没有展机能在这里报告状态。</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="124"/>
        <source>%1 kiosks: %2 online, %3 offline.</source>
        <translation>共 %1 台展机：%2 台在线，%3 台离线。</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="127"/>
        <source>Newest content: %1.</source>
        <translation>最新内容：%1。</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="128"/>
        <source>No kiosk has reported yet.</source>
        <translation>尚无展机报告状态。</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="131"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="132"/>
        <source>offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="135"/>
        <source>%1 (behind)</source>
        <translation>%1（落后）</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="137"/>
        <source>%1 (current)</source>
        <translation>%1（最新）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../admin/console/labels.py" line="115"/>
        <source>Saved in the console</source>
        <translation>在管理台保存</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="116"/>
        <source>Workbook imported</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="117"/>
        <source>Content pack imported</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="118"/>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="119"/>
        <source>Default content loaded</source>
        <translation>载入默认内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="123"/>
        <source>the program (first start)</source>
        <translation>程序（首次启动）</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="124"/>
        <source>staff at the kiosk</source>
        <translation>信息亭现场工作人员</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="125"/>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="126"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="215"/>
        <source>Version %1 restored</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="227"/>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="235"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="237"/>
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="239"/>
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="242"/>
        <source>content details changed</source>
        <translation>内容信息已更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="244"/>
        <source>%n image file(s)</source>
        <translation>
            <numerusform>%n 个图片文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="64"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="88"/>
        <source>Restore this version…</source>
        <translation>恢复此版本…</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="89"/>
        <source>Every save and import is an entry; restoring one adds a new entry and loses nothing.</source>
        <translation>每次保存和导入都是一条记录；恢复会新增一条记录，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="130"/>
        <source>Select an entry to see what it changed; double-click opens it in a window.</source>
        <translation>选择一条记录查看它改了什么；双击在窗口中打开。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="143"/>
        <source>History entry #%1</source>
        <translation>历史记录 #%1</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="144"/>
        <source>What this entry changed, before → after:</source>
        <translation>此条目的修改，修改前 → 修改后：</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="163"/>
        <source>Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.</source>
        <translation>第 %1 条记录产生于信息亭保存快照之前，请改为恢复备份。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="165"/>
        <source>Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.</source>
        <translation>恢复到第 %1 条记录之后的内容（%2，%3）？这会成为一条新记录，之后的记录不会丢失。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="168"/>
        <source>Your unsaved edits will be lost.</source>
        <translation>您未保存的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="172"/>
        <source>Entry #%1 cannot be restored: %2</source>
        <translation>记录 #%1 无法恢复：%2</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="175"/>
        <source>The content is already as it was after entry #%1; nothing to restore.</source>
        <translation>内容已与记录 #%1 之后相同；无需恢复。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="177"/>
        <source>Restoring changes this, now → then:</source>
        <translation>恢复将做如下修改，现在 → 当时：</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="185"/>
        <source>Version %1 restored as history entry #%2: %3.</source>
        <translation>已恢复版本 %1，历史记录第 %2 条：%3。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="189"/>
        <source>Restoring version %1</source>
        <translation>正在恢复版本 %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="73"/>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="103"/>
        <source>Industrial system</source>
        <translation>产业体系</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="37"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="63"/>
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation>屏幕将在几秒后返回起始页。触摸任意位置继续。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="70"/>
        <source>Continue</source>
        <translation>继续浏览</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="72"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="76"/>
        <source>… and %1 more</source>
        <translation>… 另有 %1 条</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report (%1)</source>
        <translation>导入报告（%1）</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../admin/console/labels.py" line="101"/>
        <source>Required in every language: write the %1 translation.</source>
        <translation>每种语言都必须填写：请填写 %1 译文。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="102"/>
        <source>%1 has translations but no English text for visitors to fall back on.</source>
        <translation>%1 有译文但没有英文原文，访客无法回退到英文。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="103"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 长 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="104"/>
        <source>Use lower-case letters a–z, digits and single hyphens, e.g. haier-group.</source>
        <translation>请使用小写字母 a–z、数字和单个连字符，例如 haier-group。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="105"/>
        <source>Write a full web address that starts with http:// or https://.</source>
        <translation>请填写以 http:// 或 https:// 开头的完整网址。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="106"/>
        <source>Another record of this kind already uses this slug.</source>
        <translation>同类的另一条记录已使用此标识。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="107"/>
        <source>Choose the source the facts come from.</source>
        <translation>请选择这些事实的信息来源。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="108"/>
        <source>Names “%1”, which is not in the content (renamed or deleted?).</source>
        <translation>引用了“%1”，但内容中没有它（已改名或删除？）。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="109"/>
        <source>Write a number, e.g. 1500 or 2.5.</source>
        <translation>请填写数字，例如 1500 或 2.5。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="110"/>
        <source>Write a date as YYYY-MM-DD, e.g. 2025-08-25.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2025-08-25。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="111"/>
        <source>The value is outside what is allowed (%1).</source>
        <translation>数值超出允许范围（%1）。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="112"/>
        <source>The content must hold exactly one zone profile; it holds %1.</source>
        <translation>内容必须有且只有一份示范区简介，现有 %1 份。</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../admin/console/jobbar.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="83"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="97"/>
        <source>%1: cancelled. Nothing was changed.</source>
        <translation>%1：已取消，未做任何修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/jobbar.py" line="102"/>
        <source>%1: refused, nothing was changed. %n problem(s), listed in the Import report below.</source>
        <translation>
            <numerusform>%1：已拒绝，未做任何修改。共 %n 个问题，见下方导入报告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="105"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="114"/>
        <source>(It was too late to cancel: the work had finished.)</source>
        <translation>（已来不及取消：操作已经完成。）</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>Tab or ↓</source>
        <translation>Tab 或 ↓</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>Shift+Tab or ↑</source>
        <translation>Shift+Tab 或 ↑</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>Enter</source>
        <translation>Enter（确认）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>choose the item</source>
        <translation>选择该项</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>Back or Esc</source>
        <translation>返回键或 Esc</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>go back, or close this</source>
        <translation>返回，或关闭此窗口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>Help or F1</source>
        <translation>帮助键或 F1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>this help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="48"/>
        <source>Using the keys</source>
        <translation>使用按键</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="57"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../admin/console/records.py" line="108"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="109"/>
        <source>Search all kinds</source>
        <translation>搜索全部类别</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="110"/>
        <source>Finds records of every kind by title (in any language) or slug</source>
        <translation>按标题（任何语言）或标识查找各类记录</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="127"/>
        <source>Nothing found in any kind.</source>
        <translation>所有类别中都没有找到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/records.py" line="149"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>保存前需解决 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="48"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="72"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="76"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="141"/>
        <source>Nothing to show here yet.</source>
        <translation>暂无内容。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="14"/>
        <source>Jiaozhou industry kiosk</source>
        <translation>胶州产业信息终端</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="53"/>
        <source>Low reach: the screen&apos;s controls are below</source>
        <translation>低位操作：按钮都在下方</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../admin/console/media.py" line="68"/>
        <source>The picture could not be encoded as %1.</source>
        <translation>图片无法编码为 %1。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="69"/>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="70"/>
        <source>%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.</source>
        <translation>%1 大小为 %2 MB，只接受不超过 %3 MB 的图片。请先用图片编辑软件另存为较小的文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="71"/>
        <source>%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.</source>
        <translation>%1 不是可读取的图片（%2）。请选择 JPEG、PNG、WebP、GIF 或 BMP 文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="72"/>
        <source>%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.</source>
        <translation>%1 为 %2 × %3 像素，只接受长边不超过 %4 像素的图片。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="73"/>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>无法将 %1 作为图片读取（%2）。</translation>
    </message>
</context>
<context>
    <name>MoreNode</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/MoreNode.qml" line="17"/>
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../admin/console/picture.py" line="112"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="113"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="114"/>
        <source>Centre the crop</source>
        <translation>居中裁剪</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="115"/>
        <source>Click the picture where its subject is: the kiosk&apos;s screens crop around that point.</source>
        <translation>在图片上点击主体所在的位置：触摸屏会围绕该点裁剪。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../admin/console/preview.py" line="40"/>
        <source>Preview (not saved) — %1</source>
        <translation>预览（未保存）— %1</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="52"/>
        <source>No problems: every edit can be saved.</source>
        <translation>没有问题：所有修改都可以保存。</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../admin/console/labels.py" line="131"/>
        <source>backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="132"/>
        <source>checking every member</source>
        <translation>正在检查每个文件</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="133"/>
        <source>checking references and languages</source>
        <translation>正在检查引用和语言</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="134"/>
        <source>checking the pack</source>
        <translation>正在检查内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="135"/>
        <source>checksumming</source>
        <translation>正在计算校验和</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="136"/>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="137"/>
        <source>committing</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="138"/>
        <source>comparing with the current content</source>
        <translation>正在与现有内容比较</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="139"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="140"/>
        <source>installing media</source>
        <translation>正在安装图片</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="141"/>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="142"/>
        <source>opening the pack</source>
        <translation>正在打开内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="143"/>
        <source>opening the workbook</source>
        <translation>正在打开工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="144"/>
        <source>reading the content</source>
        <translation>正在读取内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="145"/>
        <source>recording that nothing changed</source>
        <translation>正在记录“没有变化”</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="146"/>
        <source>recording the change in the history</source>
        <translation>正在记入历史记录</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="147"/>
        <source>saving the workbook</source>
        <translation>正在保存工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="148"/>
        <source>validating the content</source>
        <translation>正在校验内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="149"/>
        <source>writing content</source>
        <translation>正在写入内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="150"/>
        <source>writing the pack</source>
        <translation>正在写入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="151"/>
        <source>checking for changes made elsewhere</source>
        <translation>正在检查别处的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="152"/>
        <source>reading the picture</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="153"/>
        <source>preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="154"/>
        <source>writing the working copy</source>
        <translation>正在写入工作副本</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="155"/>
        <source>opening the preview</source>
        <translation>正在打开预览</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="255"/>
        <source>reading sheet %1</source>
        <translation>正在读取工作表 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="257"/>
        <source>writing sheet %1</source>
        <translation>正在写入工作表 %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../admin/console/prompts.py" line="88"/>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33"/>
        <source>Scan to open this page on your phone</source>
        <translation>扫码在手机上查看</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../admin/console/editor.py" line="242"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="243"/>
        <source>Facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="244"/>
        <source>Texts and translations</source>
        <translation>文本与译文</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="245"/>
        <source>Source, web address and image</source>
        <translation>来源、网址与图片</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="248"/>
        <source>Visitors can see this record</source>
        <translation>访客可以看到这条记录</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="249"/>
        <source>This is the year&apos;s focus industry</source>
        <translation>这是本年度重点产业</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="250"/>
        <source>Lower-case letters, digits and hyphens; records pointing at it follow a rename</source>
        <translation>小写字母、数字和连字符；改名后引用它的记录会随之更新</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="251"/>
        <source>Smaller numbers come first on the kiosk</source>
        <translation>数字越小，在信息亭上越靠前</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="252"/>
        <source>Shown as a QR code on the record&apos;s page</source>
        <translation>在记录页面上显示为二维码</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="255"/>
        <source>Required in every language</source>
        <translation>每种语言都必须填写</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="259"/>
        <source>Choose a record on the left, or make a new one.</source>
        <translation>请在左侧选择一条记录，或新建一条。</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="324"/>
        <source>(no title yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Not published: visitors do not see it</source>
        <translation>未发布：访客看不到</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="327"/>
        <source>%n translation(s) not verified</source>
        <translation>
            <numerusform>%n 条译文未核对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="329"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n 条待复核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="331"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="410"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="422"/>
        <location filename="../admin/console/editor.py" line="430"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="455"/>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="456"/>
        <source>The kiosk shows the sector&apos;s icon instead.</source>
        <translation>信息亭将改为显示行业图标。</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="468"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="469"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="484"/>
        <location filename="../admin/console/editor.py" line="490"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="523"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 verified</source>
        <translation>将%1标为已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 not verified</source>
        <translation>将%1标为未核对</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../admin/console/models.py" line="87"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="88"/>
        <source>Title and slug</source>
        <translation>标题与标识</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="89"/>
        <source>Slug</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="90"/>
        <source>Shown</source>
        <translation>展示</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="91"/>
        <source>Unverified</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="92"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="97"/>
        <source>Sort order: visitors see records in this order</source>
        <translation>排序：访客按此顺序看到记录</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="98"/>
        <source>Title in the list language</source>
        <translation>以列表语言显示的标题</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="99"/>
        <source>The record&apos;s name in addresses and files</source>
        <translation>记录在网址和文件中使用的名称</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="100"/>
        <source>Published: visitors can see it</source>
        <translation>已发布：访客可以看到</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="101"/>
        <source>Translations nobody has ticked as checked yet</source>
        <translation>尚未有人勾选核对的译文</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="102"/>
        <source>Problems that block saving</source>
        <translation>阻止保存的问题</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="124"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="150"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="152"/>
        <source>Not published: visitors do not see it</source>
        <translation>未发布：访客看不到</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="154"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>保存前需解决 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="188"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="266"/>
        <source>Filter by title or slug</source>
        <translation>按标题或标识筛选</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="267"/>
        <source>Unverified only</source>
        <translation>仅看未核对</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="268"/>
        <source>Only records with translations nobody has checked yet</source>
        <translation>只显示有译文尚未经人核对的记录</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="269"/>
        <source>The language of the titles in this list</source>
        <translation>列表中标题的语言</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="401"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="411"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="420"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="421"/>
        <source>Delete “%1”? Records that point at it will show a problem until they are changed. You can undo this until you save.</source>
        <translation>删除“%1”？引用它的记录在修改之前会显示问题。保存之前可以撤销。</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="422"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="429"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Publish %1</source>
        <translation>发布 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Unpublish %1</source>
        <translation>取消发布 %1</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="60"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="75"/>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="95"/>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Sessions</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Sessions per day</source>
        <translation>每日访问次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Minutes in sessions</source>
        <translation>访问总分钟数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="86"/>
        <source>When sessions started: weekday and hour (darker: more sessions)</source>
        <translation>访问开始时间：星期与小时（颜色越深，访问越多）</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Weekday × hour</source>
        <translation>星期 × 小时</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Session length</source>
        <translation>访问时长</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="103"/>
        <source>A session that switched language counts for each language it used</source>
        <translation>切换过语言的访问，对所用的每种语言各计一次</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Search</source>
        <comment>the search page</comment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="112"/>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Views</source>
        <translation>浏览次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Mean seconds</source>
        <translation>平均秒数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Top pages</source>
        <translation>最常浏览的页面</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Top records</source>
        <translation>最常浏览的条目</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Record</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Languages by section</source>
        <translation>各栏目的语言</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Page views per section, by language</source>
        <translation>各栏目按语言统计的页面浏览次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Page views</source>
        <translation>页面浏览次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="141"/>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="147"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches</source>
        <translation>搜索次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Search</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="39"/>
        <source>Nothing to show for these days</source>
        <translation>所选日期没有数据</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>&lt; 30 s</source>
        <translation>&lt; 30 秒</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>30 s - 1 min</source>
        <translation>30 秒–1 分钟</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>1-2 min</source>
        <translation>1–2 分钟</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>2-5 min</source>
        <translation>2–5 分钟</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>5-10 min</source>
        <translation>5–10 分钟</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>10-20 min</source>
        <translation>10–20 分钟</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>20 min +</source>
        <translation>20 分钟以上</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>Low reach</source>
        <translation>低位操作</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="51"/>
        <source>Less motion</source>
        <translation>减少动画</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="68"/>
        <source>%n session(s) · median length %1 · languages: %2 · %3 searches found nothing</source>
        <translation>
            <numerusform>%n 次访问 · 时长中位数 %1 · 语言：%2 · %3 次搜索无结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="74"/>
        <source>%n session(s) in %1 day(s)</source>
        <translation>
            <numerusform>%1 天内 %n 次访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="93"/>
        <source>Median %1 over %n session(s)</source>
        <translation>
            <numerusform>%n 次访问的时长中位数为 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Without result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Result opened</source>
        <translation>打开了结果</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="143"/>
        <source>Top searches</source>
        <translation>最常搜索的词</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="148"/>
        <source>What visitors looked for and the kiosk does not have: candidates for new content</source>
        <translation>访客搜索但信息亭没有的内容：可考虑补充</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches that found nothing</source>
        <translation>无结果的搜索</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="156"/>
        <source>Times visitors turned each mode on</source>
        <translation>访客开启各模式的次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="158"/>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Times turned on</source>
        <translation>开启次数</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="157"/>
        <source>No accessibility mode was turned on in these days.</source>
        <translation>这段时间内没有开启过无障碍模式。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Accessibility modes</source>
        <translation>无障碍模式</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../admin/console/review.py" line="186"/>
        <source>Texts a translator must look at: those that need review (another language of the same text changed after they were written) and those nobody has ticked verified yet. Select the ones you have checked and mark them verified, then Save.</source>
        <translation>需要译者查看的文字：待复核的（同一文字的其他语言在其写成后有改动）和尚无人勾选“已核对”的。选中已核对的条目，标为已核对，然后保存。</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="189"/>
        <source>Only texts that need review</source>
        <translation>仅显示待复核的文字</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="192"/>
        <source>Every language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>The text</source>
        <translation>文字内容</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>Checked against</source>
        <translation>对照文字</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="198"/>
        <source>Mark verified</source>
        <translation>标为已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="199"/>
        <source>Tick the selected texts as checked by a person (Undo takes it back)</source>
        <translation>将选中的文字标为已由人工核对（可撤销）</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="200"/>
        <source>Open in the form</source>
        <translation>在表单中打开</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="201"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Not verified</source>
        <translation>未核对</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="244"/>
        <source>%n text(s) listed</source>
        <translation>
            <numerusform>共 %n 条文字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="245"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n 条待复核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="269"/>
        <source>Mark %n text(s) verified</source>
        <translation>
            <numerusform>将 %n 条文字标为已核对</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="114"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="135"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="115"/>
        <source>Type a name in Chinese, Russian or English</source>
        <translation>可输入中文（拼音）、俄文或英文名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="126"/>
        <source>For example: 海尔, steel, кластер</source>
        <translation>例如：海尔、钢结构、steel</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="154"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="327"/>
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>未找到结果。请换个词，或少输入几个字。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="334"/>
        <source>Did you mean</source>
        <translation>您是不是要找</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="190"/>
        <source>Try a name</source>
        <translation>试试这些名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="209"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="350"/>
        <source>Or browse a section</source>
        <translation>或浏览栏目</translation>
    </message>
</context>
<context>
    <name>SourceNote</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceNote.qml" line="31"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="46"/>
        <source>Use the up and down keys to move from item to item, and Enter to use the item. Back returns to the previous page. Help says this again; Repeat says the last words again. With read aloud on, tap an item once to hear it, and tap it again to use it.</source>
        <translation>用上下键在各项之间移动，按 Enter 键使用当前项。返回键回到上一页。帮助键再说一遍这段说明，重复键重复刚才的话。朗读开启时，轻点一项可听到它的说明，再点一次即可使用。</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="69"/>
        <location filename="../ui/bridge/speech_bridge.py" line="70"/>
        <location filename="../ui/bridge/speech_bridge.py" line="71"/>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="72"/>
        <source>check box</source>
        <translation>复选框</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="73"/>
        <source>option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="74"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="75"/>
        <source>tab</source>
        <translation>标签页</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="76"/>
        <source>text field</source>
        <translation>输入框</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="77"/>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="78"/>
        <source>list of choices</source>
        <translation>选择列表</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="79"/>
        <source>menu item</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="80"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="81"/>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="89"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="144"/>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="146"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="218"/>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="291"/>
        <source>Read aloud is not available: this kiosk has no speech engine.</source>
        <translation>朗读不可用：本机没有语音引擎。</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="293"/>
        <source>Read aloud is not available in this language: no voice for it is installed.</source>
        <translation>此语言的朗读不可用：本机未安装该语言的语音。</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="295"/>
        <source>Read aloud is starting…</source>
        <translation>朗读正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="377"/>
        <source>Read aloud is on. Tap an item once to hear it, and again to use it.</source>
        <translation>朗读已开启。轻点一项可听到它的说明，再点一次即可使用。</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="71"/>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="82"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="87"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="128"/>
        <source>Enter the staff PIN</source>
        <translation>请输入工作人员密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Choose a new staff PIN (4 to 8 digits)</source>
        <translation>设置新的工作人员密码（4至8位数字）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Type the new PIN again</source>
        <translation>请再次输入新密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="190"/>
        <source>Import a content pack</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="219"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="191"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="147"/>
        <source>This kiosk still has the first PIN, 000000, which is printed in the manual for everyone to read. Choose a PIN of your own before the menu opens.</source>
        <translation>本机仍在使用初始密码 000000，该密码印在说明书上，人人可见。请先设置您自己的密码，然后才能打开菜单。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="171"/>
        <source>Content version %1, made %2, on this kiosk since %3 · Program version %4</source>
        <translation>内容版本 %1，制作于 %2，自 %3 起在本机 · 程序版本 %4</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="241"/>
        <source>Updates from the pack source: %1</source>
        <extracomment>The staff menu&apos;s line about updates from the pack source; %1 is the last result, in English</extracomment>
        <translation>来自内容包来源的更新：%1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="192"/>
        <source>Visitor statistics</source>
        <translation>访客统计</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="193"/>
        <source>Export diagnostics to USB</source>
        <translation>导出诊断信息到U盘</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="194"/>
        <source>Change the PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="195"/>
        <source>Restart the kiosk</source>
        <translation>重启终端</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="207"/>
        <source>Careful: these replace the content or stop the kiosk</source>
        <translation>注意：以下操作会替换内容或停止信息亭</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="220"/>
        <source>Exit to the desktop</source>
        <translation>退出到桌面</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="230"/>
        <source>Content packs on USB sticks</source>
        <translation>U盘上的内容包</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="231"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="266"/>
        <source>Content version %1 · made %2 · %3 MB</source>
        <translation>内容版本 %1 · 制作于 %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="275"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="289"/>
        <source>Backups (newest first)</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="314"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="348"/>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="392"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="356"/>
        <source>Too many wrong PINs: the pad is locked for a few minutes.</source>
        <translation>密码错误次数过多：键盘已锁定几分钟。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="377"/>
        <source>Import this pack? The current content is backed up first.</source>
        <translation>导入此内容包？将先备份当前内容。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="378"/>
        <source>Restore this backup? The current database is backed up first.</source>
        <translation>恢复此备份？将先备份当前数据库。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="379"/>
        <source>Restart the kiosk now?</source>
        <translation>现在重启终端？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="380"/>
        <source>Leave the kiosk for the desktop? It will not start again by itself.</source>
        <translation>退出终端回到桌面？它不会自动重新启动。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="390"/>
        <source>Stay</source>
        <translation>留下</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="391"/>
        <source>Keep the current content</source>
        <translation>保留当前内容</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="399"/>
        <source>Import this pack</source>
        <translation>导入此内容包</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="400"/>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="401"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="402"/>
        <source>Exit to desktop</source>
        <translation>退出到桌面</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="232"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>密码错误次数过多。请在 %1:%2 后重试。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="234"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>密码错误。还可尝试 %1 次。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="242"/>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>两次输入的密码不一致。请输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="247"/>
        <source>This PIN cannot be used: %1</source>
        <translation>不能使用此密码：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="250"/>
        <source>The new PIN is saved.</source>
        <translation>新密码已保存。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="280"/>
        <source>No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh.</source>
        <translation>未找到内容包。请插入带有 .kioskpack 文件的U盘，然后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="290"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="294"/>
        <source>The pack was not imported, the content is unchanged: %1</source>
        <translation>内容包未导入，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="298"/>
        <source>Imported content version %1.</source>
        <translation>已导入内容版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="300"/>
        <source>This pack holds the content the kiosk already shows; nothing changed.</source>
        <translation>此内容包与终端当前内容相同，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="320"/>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="324"/>
        <source>Nothing was restored, the content is unchanged: %1</source>
        <translation>未恢复任何内容，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="329"/>
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="337"/>
        <source>This setting cannot be changed here.</source>
        <translation>此设置不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="345"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="349"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="367"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation>无法读取访客统计：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="380"/>
        <location filename="../ui/staff_menu.py" line="404"/>
        <source>No writable USB stick found. Plug one in and try again.</source>
        <translation>未找到可写入的U盘。请插入后重试。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="387"/>
        <source>Writing visitor statistics to %1</source>
        <translation>正在将访客统计写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="391"/>
        <source>The visitor statistics could not be written: %1</source>
        <translation>访客统计未能写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="393"/>
        <source>Visitor statistics (%1 sessions) written to %2</source>
        <translation>访客统计（%1 次访问）已写入 %2</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="411"/>
        <source>Writing diagnostics to %1</source>
        <translation>正在写入诊断信息到 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="415"/>
        <source>The diagnostics could not be written: %1</source>
        <translation>无法写入诊断信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="417"/>
        <source>Diagnostics written to %1</source>
        <translation>诊断信息已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="442"/>
        <source>Please wait: the previous task is still running.</source>
        <translation>请稍候：上一个任务仍在进行。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="468"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="124"/>
        <source>Visitor screens</source>
        <translation>访客界面</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="126"/>
        <source>Return to the start after (seconds without a touch)</source>
        <translation>无人触摸多少秒后返回起始页</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="135"/>
        <source>Start language</source>
        <translation>起始语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="148"/>
        <source>Languages offered to visitors</source>
        <translation>向参观者提供的语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="161"/>
        <source>Read aloud and accessibility</source>
        <translation>朗读与无障碍</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="163"/>
        <source>Read-aloud speaking rate</source>
        <translation>朗读语速</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="166"/>
        <source>Slower</source>
        <translation>慢一些</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="167"/>
        <source>Faster</source>
        <translation>快一些</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="170"/>
        <source>Normal</source>
        <extracomment>The read-aloud rate in the staff menu: 0 is the voice&apos;s own speed</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="176"/>
        <source>Volume each visitor starts with</source>
        <translation>每位访客的初始音量</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="181"/>
        <source>Volume %1 %</source>
        <extracomment>The starting read-aloud volume in the staff menu, %1 in percent</extracomment>
        <translation>音量 %1%</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="187"/>
        <source>What the accessibility panel offers visitors</source>
        <translation>无障碍面板为访客提供的功能</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="188"/>
        <source>Tap to offer or withdraw; with none, the panel shows no switches.</source>
        <translation>点按即可提供或取消；全部取消时，面板不显示任何开关。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Larger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>Low reach</source>
        <translation>低位操作</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Less motion</source>
        <translation>减少动效</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="203"/>
        <source>Idle time for visitors using read aloud or the keypad</source>
        <translation>使用朗读或按键的访客的无操作时间</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="204"/>
        <source>How many times longer than the others they may go without a touch.</source>
        <translation>他们可以比其他访客多几倍的时间不触摸屏幕。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="209"/>
        <source>× %1</source>
        <extracomment>How many times longer, e.g. &quot;× 2,5&quot;</extracomment>
        <translation>× %1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="215"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="217"/>
        <source>Screen layout</source>
        <translation>屏幕布局</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="231"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="256"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Small screen</source>
        <translation>小屏幕</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="230"/>
        <source>Screen pixels per inch (for 20 mm touch targets)</source>
        <translation>屏幕每英寸像素数（用于20毫米触控目标）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="241"/>
        <source>Height of the screen&apos;s bottom edge above the floor</source>
        <translation>屏幕下边缘离地高度</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="242"/>
        <source>For low reach: visitors&apos; controls then stay between 380 and 1220 mm above the floor.</source>
        <translation>用于“低位操作”：访客的操作控件将保持在离地 380 至 1220 毫米之间。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="246"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="265"/>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="252"/>
        <source>Visible height of the screen</source>
        <translation>屏幕可视高度</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="253"/>
        <source>Automatic: from the screen&apos;s pixels per inch.</source>
        <translation>自动：根据屏幕每英寸像素数计算。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="271"/>
        <source>Attract loop</source>
        <translation>待机轮播</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="273"/>
        <source>Pictures the attract loop shows</source>
        <translation>待机轮播显示的图片</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="274"/>
        <source>Tap files in the order the loop shows them; tap again to leave one out. Copy pictures into %1 first.</source>
        <translation>按轮播顺序依次点按文件，再次点按即可移除。请先将图片复制到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="277"/>
        <source>Designed loop (no files)</source>
        <translation>默认轮播（不用文件）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="281"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="287"/>
        <source>The media folder holds no pictures.</source>
        <translation>media 文件夹中没有图片。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="353"/>
        <source>%1 (no longer in the media folder)</source>
        <translation>%1（已不在 media 文件夹中）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="363"/>
        <source>Earlier</source>
        <translation>提前</translation>
    </message>
</context>
<context>
    <name>StaffStatistics</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="16"/>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="27"/>
        <source>Sessions</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="28"/>
        <source>Median length</source>
        <translation>时长中位数</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="29"/>
        <source>Top language</source>
        <translation>最常用语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="78"/>
        <source>Export statistics to USB</source>
        <translation>将统计导出到 U 盘</translation>
    </message>
</context>
<context>
    <name>SystemBranch</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SystemBranch.qml" line="62"/>
        <source>Manufacturers and production bases</source>
        <translation>龙头企业与生产基地</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="74"/>
        <source>Innovative industrial system</source>
        <translation>创新型产业体系</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="75"/>
        <source>Industries, their clusters, manufacturers and production bases, as the content links them. Tap any name to read more.</source>
        <translation>产业、产业集群、龙头企业和生产基地及其相互关系。点击任一名称了解详情。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="167"/>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="168"/>
        <source>Home appliances and electronics</source>
        <translation>家电电子</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="169"/>
        <source>Steel structures</source>
        <translation>钢结构</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="170"/>
        <source>New energy</source>
        <translation>新能源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="176"/>
        <source>National level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="177"/>
        <source>Provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="183"/>
        <source>Leading county</source>
        <translation>产业强县</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="184"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="218"/>
        <source>Industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="190"/>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="191"/>
        <source>Flagship manufacturers</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="192"/>
        <source>Production bases</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="193"/>
        <source>Service platforms</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="194"/>
        <source>Initiatives</source>
        <translation>重点举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="195"/>
        <source>Signature industries</source>
        <translation>特色产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="196"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="224"/>
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="197"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="198"/>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="199"/>
        <source>About the zone</source>
        <translation>关于示范区</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="207"/>
        <source>Clusters</source>
        <comment>Home tile</comment>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="208"/>
        <source>Manufacturers</source>
        <comment>Home tile</comment>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="209"/>
        <source>Production bases</source>
        <comment>Home tile</comment>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="210"/>
        <source>Service platforms</source>
        <comment>Home tile</comment>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="211"/>
        <source>Initiatives</source>
        <comment>Home tile</comment>
        <translation>重点举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="212"/>
        <source>Industries</source>
        <comment>Home tile</comment>
        <translation>特色产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="219"/>
        <source>Flagship manufacturer</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="220"/>
        <source>Production base</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="221"/>
        <source>Service platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="222"/>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="223"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="225"/>
        <source>Key figure</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="226"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="227"/>
        <source>The zone</source>
        <translation>示范区</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="22"/>
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="71"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../admin/console/transfers.py" line="112"/>
        <source>This replaces the content, and your unsaved edits will be lost. Go on?</source>
        <translation>这将替换现有内容，您未保存的修改将会丢失。继续吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="113"/>
        <source>Discard edits and go on</source>
        <translation>放弃修改并继续</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="117"/>
        <location filename="../admin/console/transfers.py" line="119"/>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="119"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="123"/>
        <location filename="../admin/console/transfers.py" line="135"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="129"/>
        <location filename="../admin/console/transfers.py" line="131"/>
        <source>Import pack</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="131"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Content packs (*.kioskpack)</source>
        <translation>内容包 (*.kioskpack)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="144"/>
        <source>%1 imported as history entry #%2: %3.</source>
        <translation>%1 已导入，历史记录第 %2 条：%3。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="146"/>
        <source>%1 holds the same content as the kiosk; nothing changed.</source>
        <translation>%1 与信息亭的内容相同，没有任何变化。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <source>The workbook holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>工作簿只包含已保存的内容，不含您未保存的修改。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="162"/>
        <location filename="../admin/console/transfers.py" line="188"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="165"/>
        <source>Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.</source>
        <translation>已写入 %1。请用 Excel 或 LibreOffice Calc 编辑，然后在这里导入。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Export pack</source>
        <translation>导出内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>The pack holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>内容包只包含已保存的内容，不含您未保存的修改。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>signed with key %1</source>
        <translation>已用密钥 %1 签名</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="185"/>
        <source>Wrote %1: content version %2, %3 files, %4.</source>
        <translation>已写入 %1：内容版本 %2，%3 个文件，%4。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <location filename="../admin/console/transfers.py" line="195"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <source>Publishing sends the saved content; your unsaved edits are not in it. Publish anyway?</source>
        <translation>发布的是已保存的内容，未保存的修改不包含在内。仍要发布吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="197"/>
        <source>Pack source folder (shared folder or web server folder)</source>
        <translation>内容包来源文件夹（共享文件夹或网站服务器文件夹）</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="207"/>
        <source>Published release %1 to %2. Kiosks that poll it show it within their poll interval, between visitors.</source>
        <translation>已将第 %1 版发布到 %2。轮询该来源的终端会在一个轮询间隔内、在两位访客之间显示它。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="211"/>
        <source>Publishing to %1</source>
        <translation>正在发布到 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="220"/>
        <source>Sign the pack?</source>
        <translation>为内容包签名？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="221"/>
        <source>Kiosks that accept only signed packs need a signature. Sign it with the committee&apos;s private key file?</source>
        <translation>只接受已签名内容包的信息亭需要签名。要用管委会的私钥文件签名吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <source>Sign with key…</source>
        <translation>用密钥签名…</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <location filename="../admin/console/transfers.py" line="235"/>
        <location filename="../admin/console/transfers.py" line="238"/>
        <source>Export unsigned</source>
        <translation>不签名导出</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>签名密钥 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="236"/>
        <source>This kiosk accepts only signed packs (setting packs.allow_unsigned is off): it refuses an unsigned pack, and so does every kiosk set the same way. Write an unsigned pack anyway?</source>
        <translation>此信息亭只接受已签名的内容包（设置 packs.allow_unsigned 已关闭）：它会拒绝未签名的内容包，同样设置的信息亭也都会拒绝。仍要写出未签名的内容包吗？</translation>
    </message>
</context>
<context>
    <name>TranslationCell</name>
    <message>
        <location filename="../admin/console/fields.py" line="206"/>
        <source>Verified</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="207"/>
        <source>Tick once a person has checked this translation</source>
        <translation>经人工核对译文后勾选</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="208"/>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="209"/>
        <source>Another language of this text changed after it was written: check it, then tick Verified</source>
        <translation>此文字写成后，其他语言的同一文字有改动：请核对，然后勾选“已核对”</translation>
    </message>
</context>
<context>
    <name>VisitorsPane</name>
    <message>
        <location filename="../admin/console/visitors.py" line="177"/>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="178"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="179"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="180"/>
        <source>Kiosk</source>
        <translation>信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="181"/>
        <source>Statistics</source>
        <translation>统计来源</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="182"/>
        <source>Whole hall</source>
        <translation>整个展厅</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="183"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="184"/>
        <source>Whole hall: what the kiosks sent to the office database. This PC: the statistics file in this PC&apos;s data folder.</source>
        <translation>整个展厅：各信息亭发送到办公室数据库的数据。本机：本机数据文件夹中的统计文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="186"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="187"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="188"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="189"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="190"/>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="191"/>
        <source>Import statistics from kiosks…</source>
        <translation>导入信息亭的统计…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="193"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="231"/>
        <source>All kiosks</source>
        <translation>全部信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="260"/>
        <source>Left out, not kiosk statistics: %1</source>
        <translation>已跳过，不是信息亭统计数据：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="275"/>
        <source>No visitor statistics yet. The kiosk records them while visitors use it; on the office PC, import the files kiosks wrote to a USB stick.</source>
        <translation>还没有访客统计。信息亭在访客使用时记录统计；在办公室电脑上，请导入信息亭写到 U 盘上的文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="282"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation>无法读取访客统计：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="317"/>
        <source>There are no visitor statistics to export yet.</source>
        <translation>还没有可导出的访客统计。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="321"/>
        <source>Export visitor statistics</source>
        <translation>导出访客统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="329"/>
        <source>Wrote %1: %2 tables, %n session(s).</source>
        <translation>
            <numerusform>已写入 %1：%2 张表，%n 次访问。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="347"/>
        <source>%1: kiosk %2: %n session(s) added, %3 already there.</source>
        <translation>
            <numerusform>%1：信息亭 %2：新增 %n 次访问，%3 次已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="354"/>
        <source>Imported %1 file(s): %n session(s) added.</source>
        <translation>
            <numerusform>已导入 %1 个文件：新增 %n 次访问。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="332"/>
        <source>Exporting visitor statistics</source>
        <translation>正在导出访客统计</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="333"/>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="337"/>
        <source>Import statistics from kiosks</source>
        <translation>导入信息亭的统计</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="338"/>
        <source>Kiosk statistics (%1)</source>
        <translation>信息亭统计 (%1)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="341"/>
        <source>Importing visitor statistics</source>
        <translation>正在导入访客统计</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="342"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="351"/>
        <source>(An older file than one imported before: only days not yet known were added.)</source>
        <translation>（此文件比之前导入的旧：只添加了尚无数据的日期。）</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="357"/>
        <source>Nothing new: these files were imported before.</source>
        <translation>没有新数据：这些文件之前已导入过。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="367"/>
        <source>Please wait: another task is still running.</source>
        <translation>请稍候：另一项任务仍在进行。</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="377"/>
        <source>Saved the chart to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="379"/>
        <source>The chart could not be saved to %1</source>
        <translation>图表未能保存到 %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../admin/console/labels.py" line="35"/>
        <source>The zone</source>
        <translation>示范区</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="36"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="37"/>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="38"/>
        <source>Flagship manufacturers</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="39"/>
        <source>Production bases</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="40"/>
        <source>Service platforms</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="41"/>
        <source>Initiatives</source>
        <translation>重点举措</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="42"/>
        <source>Signature industries</source>
        <translation>特色产业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="43"/>
        <source>Statements</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="44"/>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="47"/>
        <source>Zone profile</source>
        <translation>示范区简介</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="48"/>
        <source>Key figure</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="49"/>
        <location filename="../admin/console/labels.py" line="65"/>
        <source>Industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="50"/>
        <source>Flagship manufacturer</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="51"/>
        <source>Production base</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="52"/>
        <source>Service platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="53"/>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="54"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="55"/>
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="56"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="59"/>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="60"/>
        <source>Home appliances and electronics</source>
        <translation>家电电子</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="61"/>
        <source>Steel structures</source>
        <translation>钢结构</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="62"/>
        <source>New energy</source>
        <translation>新能源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="63"/>
        <source>National level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="64"/>
        <source>Provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="66"/>
        <source>Leading county</source>
        <translation>产业强县</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="67"/>
        <source>count (no unit)</source>
        <translation>计数（无单位）</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="68"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="69"/>
        <source>over (shown with +)</source>
        <translation>超过（显示为 +）</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="70"/>
        <source>more than (shown with +)</source>
        <translation>多于（显示为 +）</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="71"/>
        <source>exactly</source>
        <translation>精确值</translation>
    </message>
</context>
</TS>
