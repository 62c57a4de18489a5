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
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="132"/>
        <source>Content version %1 · loaded %2 · kiosk %3</source>
        <translation>内容版本 %1 · 更新于 %2 · 终端版本 %3</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="170"/>
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始浏览</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="24"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="31"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="42"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="48"/>
        <source>About</source>
        <translation>关于</translation>
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
        <location filename="../admin/console/window.py" line="338"/>
        <source>Content console — Jiaozhou industry kiosk</source>
        <translation>内容管理台 — 胶州产业信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="300"/>
        <source>Content console</source>
        <extracomment>Staging folders of consoles that did not close cleanly are removed after this.</extracomment>
        <translation>内容管理台</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="301"/>
        <source>Jiaozhou · SCO Demonstration Zone information kiosk</source>
        <translation>胶州 · 上合示范区信息亭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="302"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="303"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="306"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="306"/>
        <source>Save every edit in one step (a backup is taken first)</source>
        <translation>一次性保存所有修改（保存前先备份）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="307"/>
        <location filename="../admin/console/window.py" line="402"/>
        <location filename="../admin/console/window.py" line="403"/>
        <location filename="../admin/console/window.py" line="404"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="307"/>
        <source>Drop every unsaved edit</source>
        <translation>放弃所有未保存的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="308"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="308"/>
        <source>Open the record in the visitor screens, as it will look</source>
        <translation>在访客界面中打开该记录，查看实际效果</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="309"/>
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="309"/>
        <source>Check a workbook (.xlsx) and import it</source>
        <translation>检查并导入工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="310"/>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="310"/>
        <source>Write the saved content as a workbook (.xlsx)</source>
        <translation>将已保存的内容导出为工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="311"/>
        <source>Import pack…</source>
        <translation>导入内容包…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="311"/>
        <source>Check a content pack and import it</source>
        <translation>检查并导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="312"/>
        <source>Export pack…</source>
        <translation>导出内容包…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="312"/>
        <source>Write the saved content and its images as a content pack</source>
        <translation>将已保存的内容及图片导出为内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="313"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="313"/>
        <source>A new record of this kind</source>
        <translation>新建一条此类记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>A copy of the selected record</source>
        <translation>复制所选记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="315"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="315"/>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="316"/>
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="316"/>
        <source>Show it earlier on the kiosk</source>
        <translation>在信息亭上排得更靠前</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Show it later on the kiosk</source>
        <translation>在信息亭上排得更靠后</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>Undo the last edit</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>Redo what was undone</source>
        <translation>重做已撤销的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="392"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="393"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <source>Staff role: %1</source>
        <translation>员工角色：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <source>Content version %1</source>
        <translation>内容版本 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="343"/>
        <source>Unsaved: %n record(s) changed</source>
        <translation>
            <numerusform>未保存：%n 条记录有修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="344"/>
        <source>, %n removed</source>
        <translation>
            <numerusform>，%n 条已删除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="346"/>
        <source>All edits are saved.</source>
        <translation>所有修改均已保存。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="388"/>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="388"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="389"/>
        <source>Hide it from visitors</source>
        <translation>对访客隐藏</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="389"/>
        <source>Show it to visitors</source>
        <translation>向访客展示</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="402"/>
        <source>Drop every unsaved edit and go back to the saved content? Undo brings the edits back.</source>
        <translation>放弃所有未保存的修改，回到已保存的内容？可用“撤销”找回这些修改。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="412"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="412"/>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="412"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="420"/>
        <source>Choose image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="421"/>
        <source>%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.</source>
        <translation>保存时，%1 将以 %2 × %3 像素存储（并生成缩略图）。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="424"/>
        <source>Reading the picture</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="429"/>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="441"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="462"/>
        <source>Saved as history entry #%1: %2.</source>
        <translation>已保存为历史记录第 %1 条：%2。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="464"/>
        <source>Backup taken first: %1</source>
        <translation>事先备份：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="474"/>
        <source>The content changed elsewhere</source>
        <translation>内容已在别处被修改</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="475"/>
        <source>Since you opened the console the content was changed elsewhere (%1). Saving replaces that content with yours. Save anyway?</source>
        <translation>您打开管理台后，内容已在别处被修改（%1）。保存将用您的内容替换它。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="477"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="480"/>
        <source>Not saved. Your edits are still here; the History tab shows what changed elsewhere.</source>
        <translation>未保存。您的修改仍在；“历史记录”页显示了别处的修改。</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="485"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="489"/>
        <source>Not saved: %n problem(s) to fix first. Nothing was written.</source>
        <translation>
            <numerusform>未保存：需先解决 %n 个问题。没有写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="494"/>
        <source>… and %n more in the Problems list below.</source>
        <translation>
            <numerusform>… 另有 %n 个，见下方问题列表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="508"/>
        <source>Preview needs a record without problems in its own fields: %1</source>
        <translation>预览要求该记录自身字段没有问题：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="530"/>
        <source>The preview could not open: %1</source>
        <translation>无法打开预览：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="532"/>
        <source>Preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="548"/>
        <source>Work in progress</source>
        <translation>操作进行中</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="547"/>
        <source>%1 is still running. Cancel it and close?</source>
        <translation>%1 仍在进行。要取消并关闭吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="548"/>
        <source>Cancel it and close</source>
        <translation>取消并关闭</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="554"/>
        <source>You have unsaved edits. Save them before closing?</source>
        <translation>您有未保存的修改。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="81"/>
        <source>This entry is no longer available.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="131"/>
        <source>Manufacturer</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="131"/>
        <source>Clusters in this industry</source>
        <translation>该产业的集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="131"/>
        <source>Related</source>
        <translation>相关内容</translation>
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
        <source>Search keywords (never shown)</source>
        <translation>搜索关键词（不显示）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../admin/console/labels.py" line="112"/>
        <source>Saved in the console</source>
        <translation>在管理台保存</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="113"/>
        <source>Workbook imported</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="114"/>
        <source>Content pack imported</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="115"/>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="116"/>
        <source>Default content loaded</source>
        <translation>载入默认内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="205"/>
        <source>Version %1 restored</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="212"/>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="220"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="222"/>
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="224"/>
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="227"/>
        <source>content details changed</source>
        <translation>内容信息已更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="229"/>
        <source>%n image file(s)</source>
        <translation>
            <numerusform>%n 个图片文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../admin/console/history.py" line="55"/>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="55"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="55"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="55"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="56"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="56"/>
        <source>Backup taken first</source>
        <translation>事先备份</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="71"/>
        <source>Restore this version…</source>
        <translation>恢复此版本…</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="72"/>
        <source>Every save and import is an entry; restoring one adds a new entry and loses nothing.</source>
        <translation>每次保存和导入都是一条记录；恢复会新增一条记录，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="114"/>
        <source>Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.</source>
        <translation>第 %1 条记录产生于信息亭保存快照之前，请改为恢复备份。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="116"/>
        <source>Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.</source>
        <translation>恢复到第 %1 条记录之后的内容（%2，%3）？这会成为一条新记录，之后的记录不会丢失。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="119"/>
        <source>Your unsaved edits will be lost.</source>
        <translation>您未保存的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="120"/>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="120"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="126"/>
        <source>Version %1 restored as history entry #%2: %3.</source>
        <translation>已恢复版本 %1，历史记录第 %2 条：%3。</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="130"/>
        <source>Restoring version %1</source>
        <translation>正在恢复版本 %1</translation>
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
        <location filename="../admin/console/transfers.py" line="38"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="38"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="38"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="38"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="39"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="39"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="58"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="63"/>
        <source>Import report (%1)</source>
        <translation>导入报告（%1）</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="63"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../admin/console/labels.py" line="98"/>
        <source>Required in every language: write the %1 translation.</source>
        <translation>每种语言都必须填写：请填写 %1 译文。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="99"/>
        <source>%1 has translations but no English text for visitors to fall back on.</source>
        <translation>%1 有译文但没有英文原文，访客无法回退到英文。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="100"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 长 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="101"/>
        <source>Use lower-case letters a–z, digits and single hyphens, e.g. haier-group.</source>
        <translation>请使用小写字母 a–z、数字和单个连字符，例如 haier-group。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="102"/>
        <source>Write a full web address that starts with http:// or https://.</source>
        <translation>请填写以 http:// 或 https:// 开头的完整网址。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="103"/>
        <source>Another record of this kind already uses this slug.</source>
        <translation>同类的另一条记录已使用此标识。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="104"/>
        <source>Choose the source the facts come from.</source>
        <translation>请选择这些事实的信息来源。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="105"/>
        <source>Names “%1”, which is not in the content (renamed or deleted?).</source>
        <translation>引用了“%1”，但内容中没有它（已改名或删除？）。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="106"/>
        <source>Write a number, e.g. 1500 or 2.5.</source>
        <translation>请填写数字，例如 1500 或 2.5。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="107"/>
        <source>Write a date as YYYY-MM-DD, e.g. 2025-08-25.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2025-08-25。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="108"/>
        <source>The value is outside what is allowed (%1).</source>
        <translation>数值超出允许范围（%1）。</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="109"/>
        <source>The content must hold exactly one zone profile; it holds %1.</source>
        <translation>内容必须有且只有一份示范区简介，现有 %1 份。</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../admin/console/jobbar.py" line="56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="84"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="98"/>
        <source>%1: cancelled. Nothing was changed.</source>
        <translation>%1：已取消，未做任何修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/jobbar.py" line="103"/>
        <source>%1: refused, nothing was changed. %n problem(s), listed in the Import report below.</source>
        <translation>
            <numerusform>%1：已拒绝，未做任何修改。共 %n 个问题，见下方导入报告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="106"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="115"/>
        <source>(It was too late to cancel: the work had finished.)</source>
        <translation>（已来不及取消：操作已经完成。）</translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../admin/console/records.py" line="80"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/records.py" line="98"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>保存前需解决 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="44"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="52"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="56"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="119"/>
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
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../admin/console/media.py" line="66"/>
        <source>The picture could not be encoded as %1.</source>
        <extracomment>Longest edge of a stored image, in pixels (the kiosk shows pictures at most about this wide on a 1920x1080 screen). Not a kiosk setting yet: see ``kiosk.content.change.settings.SPECS``. Longest edge of the thumbnail stored beside each image. Larger files are refused before they are decoded. Pictures wider or taller than this are refused before they are decoded. Folder, inside the media folder, of the thumbnails.</extracomment>
        <translation>图片无法编码为 %1。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="67"/>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="68"/>
        <source>%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.</source>
        <translation>%1 大小为 %2 MB，只接受不超过 %3 MB 的图片。请先用图片编辑软件另存为较小的文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="69"/>
        <source>%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.</source>
        <translation>%1 不是可读取的图片（%2）。请选择 JPEG、PNG、WebP、GIF 或 BMP 文件。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="70"/>
        <source>%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.</source>
        <translation>%1 为 %2 × %3 像素，只接受长边不超过 %4 像素的图片。</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="71"/>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>无法将 %1 作为图片读取（%2）。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../admin/console/preview.py" line="40"/>
        <source>Preview (not saved) — %1</source>
        <extracomment>The preview window&apos;s size: the small kiosk layout fits an office screen.</extracomment>
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
        <location filename="../admin/console/labels.py" line="121"/>
        <source>backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="122"/>
        <source>checking every member</source>
        <translation>正在检查每个文件</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="123"/>
        <source>checking references and languages</source>
        <translation>正在检查引用和语言</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="124"/>
        <source>checking the pack</source>
        <translation>正在检查内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="125"/>
        <source>checksumming</source>
        <translation>正在计算校验和</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="126"/>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="127"/>
        <source>committing</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="128"/>
        <source>comparing with the current content</source>
        <translation>正在与现有内容比较</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="129"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="130"/>
        <source>installing media</source>
        <translation>正在安装图片</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="131"/>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="132"/>
        <source>opening the pack</source>
        <translation>正在打开内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="133"/>
        <source>opening the workbook</source>
        <translation>正在打开工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="134"/>
        <source>reading the content</source>
        <translation>正在读取内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="135"/>
        <source>recording that nothing changed</source>
        <translation>正在记录“没有变化”</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="136"/>
        <source>recording the change in the history</source>
        <translation>正在记入历史记录</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="137"/>
        <source>saving the workbook</source>
        <translation>正在保存工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="138"/>
        <source>validating the content</source>
        <translation>正在校验内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="139"/>
        <source>writing content</source>
        <translation>正在写入内容</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="140"/>
        <source>writing the pack</source>
        <translation>正在写入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="141"/>
        <source>checking for changes made elsewhere</source>
        <translation>正在检查别处的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="142"/>
        <source>reading the picture</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="143"/>
        <source>preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="144"/>
        <source>writing the working copy</source>
        <translation>正在写入工作副本</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="145"/>
        <source>opening the preview</source>
        <translation>正在打开预览</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="240"/>
        <source>reading sheet %1</source>
        <translation>正在读取工作表 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="242"/>
        <source>writing sheet %1</source>
        <translation>正在写入工作表 %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../admin/console/prompts.py" line="44"/>
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
        <location filename="../admin/console/editor.py" line="262"/>
        <source>Record</source>
        <extracomment>Which record fields each kind shows besides the common ones. Staff asked to choose an image file for the record. Staff asked to remove the record&apos;s image.</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="263"/>
        <source>Facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="264"/>
        <source>Texts and translations</source>
        <translation>文本与译文</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="265"/>
        <source>Source, web address and image</source>
        <translation>来源、网址与图片</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="268"/>
        <source>Visitors can see this record</source>
        <translation>访客可以看到这条记录</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="269"/>
        <source>This is the year&apos;s focus industry</source>
        <translation>这是本年度重点产业</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="270"/>
        <source>Lower-case letters, digits and hyphens; records pointing at it follow a rename</source>
        <translation>小写字母、数字和连字符；改名后引用它的记录会随之更新</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="271"/>
        <source>Smaller numbers come first on the kiosk</source>
        <translation>数字越小，在信息亭上越靠前</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="272"/>
        <source>Shown as a QR code on the record&apos;s page</source>
        <translation>在记录页面上显示为二维码</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="275"/>
        <source>Required in every language</source>
        <translation>每种语言都必须填写</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="278"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="279"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="280"/>
        <source>Choose a record on the left, or make a new one.</source>
        <translation>请在左侧选择一条记录，或新建一条。</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="345"/>
        <source>(no title yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="346"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="346"/>
        <source>Not published: visitors do not see it</source>
        <translation>未发布：访客看不到</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="348"/>
        <source>%n translation(s) not verified</source>
        <translation>
            <numerusform>%n 条译文未核对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="350"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="429"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="441"/>
        <location filename="../admin/console/editor.py" line="449"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="471"/>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="472"/>
        <source>The kiosk shows the sector&apos;s icon instead.</source>
        <translation>信息亭将改为显示行业图标。</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="483"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="486"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="501"/>
        <location filename="../admin/console/editor.py" line="507"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="540"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="546"/>
        <source>Mark %1 verified</source>
        <translation>将%1标为已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="546"/>
        <source>Mark %1 not verified</source>
        <translation>将%1标为未核对</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../admin/console/models.py" line="87"/>
        <source>No.</source>
        <extracomment>The title&apos;s colour, always set: reading an unset role from Python gives a None that PySide6 6.12 does not own (see ``editor.set_state``).</extracomment>
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
        <location filename="../admin/console/records.py" line="212"/>
        <source>Filter by title or slug</source>
        <translation>按标题或标识筛选</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="213"/>
        <source>Unverified only</source>
        <translation>仅看未核对</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="214"/>
        <source>Only records with translations nobody has checked yet</source>
        <translation>只显示有译文尚未经人核对的记录</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="215"/>
        <source>Titles in</source>
        <translation>标题语言</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="339"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="349"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="358"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="359"/>
        <source>Delete “%1”? Records that point at it will show a problem until they are changed. You can undo this until you save.</source>
        <translation>删除“%1”？引用它的记录在修改之前会显示问题。保存之前可以撤销。</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="360"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="367"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="376"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="376"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="386"/>
        <source>Publish %1</source>
        <translation>发布 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="386"/>
        <source>Unpublish %1</source>
        <translation>取消发布 %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="35"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="36"/>
        <source>Type a name in Chinese, Russian or English</source>
        <translation>可输入中文（拼音）、俄文或英文名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="47"/>
        <source>For example: 海尔, steel, кластер</source>
        <translation>例如：海尔、钢结构、steel</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="148"/>
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>未找到结果。请换个词，或少输入几个字。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="191"/>
        <source>Try a name</source>
        <translation>试试这些名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="210"/>
        <source>Or browse a section</source>
        <translation>或浏览栏目</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="330"/>
        <source>Did you mean</source>
        <translation>您是不是要找</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="23"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="46"/>
        <source>In the source&apos;s own words:</source>
        <translation>来源原文（英文）：</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="52"/>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="61"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="76"/>
        <source>Enter the staff PIN</source>
        <translation>请输入工作人员密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="90"/>
        <source>Choose a new staff PIN (4 to 8 digits)</source>
        <translation>设置新的工作人员密码（4至8位数字）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="90"/>
        <source>Type the new PIN again</source>
        <translation>请再次输入新密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="110"/>
        <source>Import a content pack</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="111"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="112"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="113"/>
        <source>Export diagnostics to USB</source>
        <translation>导出诊断信息到U盘</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="114"/>
        <source>Change the PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="115"/>
        <source>Restart the kiosk</source>
        <translation>重启终端</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="116"/>
        <source>Exit to the desktop</source>
        <translation>退出到桌面</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="126"/>
        <source>Content packs on USB sticks</source>
        <translation>U盘上的内容包</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="127"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="152"/>
        <source>Content version %1 · made %2 · %3 MB</source>
        <translation>内容版本 %1 · 制作于 %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="161"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="175"/>
        <source>Backups (newest first)</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="200"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="217"/>
        <source>Return to the start after (seconds without a touch)</source>
        <translation>无人触摸多少秒后返回起始页</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="225"/>
        <source>Start language</source>
        <translation>起始语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="240"/>
        <source>Languages offered to visitors</source>
        <translation>向参观者提供的语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="260"/>
        <source>Screen layout</source>
        <translation>屏幕布局</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="265"/>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="279"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="265"/>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="265"/>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="265"/>
        <source>Small screen</source>
        <translation>小屏幕</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="276"/>
        <source>Screen pixels per inch (for 20 mm touch targets)</source>
        <translation>屏幕每英寸像素数（用于20毫米触控目标）</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="297"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="305"/>
        <source>Too many wrong PINs: the pad is locked for a few minutes.</source>
        <translation>密码错误次数过多：键盘已锁定几分钟。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="326"/>
        <source>Import this pack? The current content is backed up first.</source>
        <translation>导入此内容包？将先备份当前内容。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="327"/>
        <source>Restore this backup? The current database is backed up first.</source>
        <translation>恢复此备份？将先备份当前数据库。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="328"/>
        <source>Restart the kiosk now?</source>
        <translation>现在重启终端？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="329"/>
        <source>Leave the kiosk for the desktop? It will not start again by itself.</source>
        <translation>退出终端回到桌面？它不会自动重新启动。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="334"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="338"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="148"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <extracomment>Menu messages follow the kiosk&apos;s interface language (Qt Linguist context &quot;StaffMenu&quot;). Settings the menu offers (the rest belong to the office console and the command line). The kiosk&apos;s content or settings changed: re-read everything, go Home. Leave the event loop with this exit code (restart: 0 under the watchdog).</extracomment>
        <translation>密码错误次数过多。请在 %1:%2 后重试。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="150"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>密码错误。还可尝试 %1 次。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="158"/>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>两次输入的密码不一致。请输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="163"/>
        <source>This PIN cannot be used: %1</source>
        <translation>不能使用此密码：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="166"/>
        <source>The new PIN is saved.</source>
        <translation>新密码已保存。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="191"/>
        <source>No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh.</source>
        <translation>未找到内容包。请插入带有 .kioskpack 文件的U盘，然后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="201"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="205"/>
        <source>The pack was not imported, the content is unchanged: %1</source>
        <translation>内容包未导入，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="209"/>
        <source>Imported content version %1.</source>
        <translation>已导入内容版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="211"/>
        <source>This pack holds the content the kiosk already shows; nothing changed.</source>
        <translation>此内容包与终端当前内容相同，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="231"/>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="235"/>
        <source>Nothing was restored, the content is unchanged: %1</source>
        <translation>未恢复任何内容，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="240"/>
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="248"/>
        <source>This setting cannot be changed here.</source>
        <translation>此设置不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="261"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="271"/>
        <source>No writable USB stick found. Plug one in and try again.</source>
        <translation>未找到可写入的U盘。请插入后重试。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="278"/>
        <source>Writing diagnostics to %1</source>
        <translation>正在写入诊断信息到 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="282"/>
        <source>The diagnostics could not be written: %1</source>
        <translation>无法写入诊断信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="284"/>
        <source>Diagnostics written to %1</source>
        <translation>诊断信息已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="309"/>
        <source>Please wait: the previous task is still running.</source>
        <translation>请稍候：上一个任务仍在进行。</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="335"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="115"/>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="116"/>
        <source>Home appliances and electronics</source>
        <translation>家电电子</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="117"/>
        <source>Steel structures</source>
        <translation>钢结构</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="118"/>
        <source>New energy</source>
        <translation>新能源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="124"/>
        <source>National level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="125"/>
        <source>Provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="131"/>
        <source>Leading county</source>
        <translation>产业强县</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="132"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="153"/>
        <source>Industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="138"/>
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="139"/>
        <source>Flagship manufacturers</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="140"/>
        <source>Production bases</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="141"/>
        <source>Service platforms</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="142"/>
        <source>Initiatives</source>
        <translation>重点举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="143"/>
        <source>Signature industries</source>
        <translation>特色产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="144"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="159"/>
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="145"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="146"/>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="147"/>
        <source>About the zone</source>
        <translation>关于示范区</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="154"/>
        <source>Flagship manufacturer</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="155"/>
        <source>Production base</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="156"/>
        <source>Service platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="157"/>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="158"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="160"/>
        <source>Key figure</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="161"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="162"/>
        <source>The zone</source>
        <translation>示范区</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="79"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../admin/console/transfers.py" line="95"/>
        <source>This replaces the content, and your unsaved edits will be lost. Go on?</source>
        <translation>这将替换现有内容，您未保存的修改将会丢失。继续吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="96"/>
        <source>Discard edits and go on</source>
        <translation>放弃修改并继续</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="100"/>
        <location filename="../admin/console/transfers.py" line="102"/>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="102"/>
        <location filename="../admin/console/transfers.py" line="141"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="106"/>
        <location filename="../admin/console/transfers.py" line="118"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="112"/>
        <location filename="../admin/console/transfers.py" line="114"/>
        <source>Import pack</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="114"/>
        <location filename="../admin/console/transfers.py" line="157"/>
        <source>Content packs (*.kioskpack)</source>
        <translation>内容包 (*.kioskpack)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="127"/>
        <source>%1 imported as history entry #%2: %3.</source>
        <translation>%1 已导入，历史记录第 %2 条：%3。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="129"/>
        <source>Backup taken first: %1</source>
        <translation>事先备份：%1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="131"/>
        <source>%1 holds the same content as the kiosk; nothing changed.</source>
        <translation>%1 与信息亭的内容相同，没有任何变化。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="139"/>
        <location filename="../admin/console/transfers.py" line="141"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="139"/>
        <source>The workbook holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>工作簿只包含已保存的内容，不含您未保存的修改。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="139"/>
        <location filename="../admin/console/transfers.py" line="155"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="147"/>
        <location filename="../admin/console/transfers.py" line="173"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="150"/>
        <source>Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.</source>
        <translation>已写入 %1。请用 Excel 或 LibreOffice Calc 编辑，然后在这里导入。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="155"/>
        <location filename="../admin/console/transfers.py" line="157"/>
        <source>Export pack</source>
        <translation>导出内容包</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="155"/>
        <source>The pack holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>内容包只包含已保存的内容，不含您未保存的修改。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="169"/>
        <source>signed with key %1</source>
        <translation>已用密钥 %1 签名</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="169"/>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>Wrote %1: content version %2, %3 files, %4.</source>
        <translation>已写入 %1：内容版本 %2，%3 个文件，%4。</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="179"/>
        <source>Sign the pack?</source>
        <translation>为内容包签名？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="180"/>
        <source>Kiosks that accept only signed packs need a signature. Sign it with the committee&apos;s private key file?</source>
        <translation>只接受已签名内容包的信息亭需要签名。要用管委会的私钥文件签名吗？</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="181"/>
        <source>Sign with key…</source>
        <translation>用密钥签名…</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="181"/>
        <location filename="../admin/console/transfers.py" line="194"/>
        <location filename="../admin/console/transfers.py" line="197"/>
        <source>Export unsigned</source>
        <translation>不签名导出</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="183"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="183"/>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>签名密钥 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="195"/>
        <source>This kiosk accepts only signed packs (setting packs.allow_unsigned is off): it refuses an unsigned pack, and so does every kiosk set the same way. Write an unsigned pack anyway?</source>
        <translation>此信息亭只接受已签名的内容包（设置 packs.allow_unsigned 已关闭）：它会拒绝未签名的内容包，同样设置的信息亭也都会拒绝。仍要写出未签名的内容包吗？</translation>
    </message>
</context>
<context>
    <name>TranslationCell</name>
    <message>
        <location filename="../admin/console/fields.py" line="159"/>
        <source>Verified</source>
        <extracomment>Height of the text boxes, per text field (titles wrap over two lines but take no line breaks). Width of the field names on the left of every section, so the fields line up.</extracomment>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="160"/>
        <source>Tick once a person has checked this translation</source>
        <translation>经人工核对译文后勾选</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../admin/console/labels.py" line="35"/>
        <source>The zone</source>
        <extracomment>Each language by its own name, as on the kiosk&apos;s language switch (never translated). The order of kinds in the console&apos;s list: what the visitor sees first comes first. The visitor screens&apos; line icon of each kind (``resources/icons``).</extracomment>
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
