<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../admin/console/models.py" line="70"/>
        <source>RecordList</source>
        <comment>Order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="70"/>
        <source>RecordList</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="70"/>
        <source>RecordList</source>
        <comment>Slug</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="71"/>
        <source>RecordList</source>
        <comment>Shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="71"/>
        <source>RecordList</source>
        <comment>Unverified</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="71"/>
        <source>RecordList</source>
        <comment>Problems</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="75"/>
        <source>RecordList</source>
        <comment>Sort order: visitors see records in this order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="76"/>
        <source>RecordList</source>
        <comment>Title in the list language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="77"/>
        <source>RecordList</source>
        <comment>The record&apos;s name in addresses and files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="78"/>
        <source>RecordList</source>
        <comment>Published: visitors can see it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="79"/>
        <source>RecordList</source>
        <comment>Translations nobody has ticked as checked yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="80"/>
        <source>RecordList</source>
        <comment>Problems that block saving</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../admin/console/labels.py" line="68"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="69"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="70"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="71"/>
        <source>Source</source>
        <translation type="unfinished">信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="72"/>
        <source>Source&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="73"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="74"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="75"/>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="76"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="77"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="78"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="79"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="80"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="81"/>
        <source>Focus industry of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="82"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="83"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="84"/>
        <source>Manufacturer</source>
        <translation type="unfinished">企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="85"/>
        <source>Manufacturers in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="86"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="87"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="88"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="89"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../admin/console/labels.py" line="106"/>
        <source>Saved in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="107"/>
        <source>Workbook imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="108"/>
        <source>Content pack imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="109"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="110"/>
        <source>Default content loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="215"/>
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="217"/>
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="219"/>
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="224"/>
        <source>%n image file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>Issues</name>
    <message>
        <location filename="../admin/console/labels.py" line="92"/>
        <source>%1 · %2 is required in every language: write the translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="93"/>
        <source>%1 has translations but no English text for visitors to fall back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="94"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="95"/>
        <source>Use lower-case letters a–z, digits and single hyphens, e.g. haier-group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="96"/>
        <source>Write a full web address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="97"/>
        <source>Another record of this kind already uses this slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="98"/>
        <source>Choose the source the facts come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="99"/>
        <source>Names “%1”, which is not in the content (renamed or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="100"/>
        <source>Write a number, e.g. 1500 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="101"/>
        <source>Write a date as YYYY-MM-DD, e.g. 2025-08-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="102"/>
        <source>The value is outside what is allowed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="103"/>
        <source>The content must hold exactly one zone profile; it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="36"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="44"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="48"/>
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="110"/>
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
        <location filename="../admin/media.py" line="66"/>
        <source>The picture could not be encoded as %1.</source>
        <extracomment>Longest edge of a stored image, in pixels (the kiosk shows pictures at most about this wide on a 1920x1080 screen). Not a kiosk setting yet: see ``kiosk.content.settings.SPECS``. Longest edge of the thumbnail stored beside each image. Larger files are refused before they are decoded. Pictures wider or taller than this are refused before they are decoded. Folder, inside the media folder, of the thumbnails.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/media.py" line="67"/>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/media.py" line="68"/>
        <source>%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/media.py" line="69"/>
        <source>%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/media.py" line="70"/>
        <source>%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/media.py" line="71"/>
        <source>%1 could not be read as a picture (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../admin/console/labels.py" line="115"/>
        <source>backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="116"/>
        <source>checking every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="117"/>
        <source>checking references and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="118"/>
        <source>checking the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="119"/>
        <source>checksumming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="120"/>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="121"/>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="122"/>
        <source>comparing with the current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="123"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="124"/>
        <source>installing media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="125"/>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="126"/>
        <source>opening the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="127"/>
        <source>opening the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="128"/>
        <source>reading the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="129"/>
        <source>recording that nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="130"/>
        <source>recording the change in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="131"/>
        <source>saving the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="132"/>
        <source>validating the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="133"/>
        <source>writing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="134"/>
        <source>writing the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="135"/>
        <source>checking for changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="136"/>
        <source>reading the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="137"/>
        <source>preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="138"/>
        <source>writing the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="139"/>
        <source>opening the preview</source>
        <translation type="unfinished"></translation>
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
        <location filename="../admin/console/editor.py" line="425"/>
        <source>Record</source>
        <extracomment>Staff asked to choose an image file for the record. Staff asked to remove the record&apos;s image.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="426"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="427"/>
        <source>Texts and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="428"/>
        <source>Source, web address and image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="431"/>
        <source>Visitors can see this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="432"/>
        <source>This is the year&apos;s focus industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="433"/>
        <source>Lower-case letters, digits and hyphens; records pointing at it follow a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="434"/>
        <source>Smaller numbers come first on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="435"/>
        <source>Shown as a QR code on the record&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="438"/>
        <source>Required in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="441"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="442"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="443"/>
        <source>Choose a record on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="508"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="509"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="509"/>
        <source>Not published: visitors do not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="511"/>
        <source>%n translation(s) not verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="513"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="592"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="604"/>
        <location filename="../admin/console/editor.py" line="612"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="633"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="634"/>
        <source>The kiosk shows the sector&apos;s icon instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="645"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="648"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="663"/>
        <location filename="../admin/console/editor.py" line="669"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="697"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="703"/>
        <source>Mark %1 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="703"/>
        <source>Mark %1 not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../admin/console/models.py" line="96"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="122"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="124"/>
        <source>Not published: visitors do not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="126"/>
        <source>%n problem(s) to fix before saving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="34"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="35"/>
        <source>Type a name in Chinese, Russian or English</source>
        <translation>可输入中文（拼音）、俄文或英文名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="46"/>
        <source>For example: 海尔, steel, кластер</source>
        <translation>例如：海尔、钢结构、steel</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="147"/>
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>未找到结果。请换个词，或少输入几个字。</translation>
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
        <location filename="../admin/staff_menu.py" line="174"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <extracomment>Menu messages follow the kiosk&apos;s interface language (Qt Linguist context &quot;StaffMenu&quot;). Settings the menu offers (the rest belong to the office console and the command line). The kiosk&apos;s content or settings changed: re-read everything, go Home. Leave the event loop with this exit code (restart: 0 under the watchdog).</extracomment>
        <translation>密码错误次数过多。请在 %1:%2 后重试。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="176"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>密码错误。还可尝试 %1 次。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="184"/>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>两次输入的密码不一致。请输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="189"/>
        <source>This PIN cannot be used: %1</source>
        <translation>不能使用此密码：%1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="192"/>
        <source>The new PIN is saved.</source>
        <translation>新密码已保存。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="217"/>
        <source>No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh.</source>
        <translation>未找到内容包。请插入带有 .kioskpack 文件的U盘，然后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="227"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="231"/>
        <source>The pack was not imported, the content is unchanged: %1</source>
        <translation>内容包未导入，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="235"/>
        <source>Imported content version %1.</source>
        <translation>已导入内容版本 %1。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="237"/>
        <source>This pack holds the content the kiosk already shows; nothing changed.</source>
        <translation>此内容包与终端当前内容相同，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="257"/>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="261"/>
        <source>Nothing was restored, the content is unchanged: %1</source>
        <translation>未恢复任何内容，内容保持不变：%1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="266"/>
        <source>The backup is restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="274"/>
        <source>This setting cannot be changed here.</source>
        <translation>此设置不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="287"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="297"/>
        <source>No writable USB stick found. Plug one in and try again.</source>
        <translation>未找到可写入的U盘。请插入后重试。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="304"/>
        <source>Writing diagnostics to %1</source>
        <translation>正在写入诊断信息到 %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="308"/>
        <source>The diagnostics could not be written: %1</source>
        <translation>无法写入诊断信息：%1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="310"/>
        <source>Diagnostics written to %1</source>
        <translation>诊断信息已写入 %1</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="335"/>
        <source>Please wait: the previous task is still running.</source>
        <translation>请稍候：上一个任务仍在进行。</translation>
    </message>
    <message>
        <location filename="../admin/staff_menu.py" line="360"/>
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
    <name>TranslationCell</name>
    <message>
        <location filename="../admin/console/editor.py" line="180"/>
        <source>Verified</source>
        <extracomment>Which record fields each kind shows besides the common ones. Height of the multi-line text boxes, per text field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="181"/>
        <source>Tick once a person has checked this translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../admin/console/labels.py" line="29"/>
        <source>The zone</source>
        <extracomment>Each language by its own name, as on the kiosk&apos;s language switch (never translated). The order of kinds in the console&apos;s list: what the visitor sees first comes first.</extracomment>
        <translation type="unfinished">示范区</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="30"/>
        <source>Key figures</source>
        <translation type="unfinished">关键数据</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="31"/>
        <source>Industrial clusters</source>
        <translation type="unfinished">产业集群</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="32"/>
        <source>Flagship manufacturers</source>
        <translation type="unfinished">龙头企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="33"/>
        <source>Production bases</source>
        <translation type="unfinished">生产基地</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="34"/>
        <source>Service platforms</source>
        <translation type="unfinished">服务平台</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="35"/>
        <source>Initiatives</source>
        <translation type="unfinished">重点举措</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="36"/>
        <source>Signature industries</source>
        <translation type="unfinished">特色产业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="37"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="38"/>
        <source>Sources</source>
        <translation type="unfinished">信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="41"/>
        <source>Zone profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="42"/>
        <source>Key figure</source>
        <translation type="unfinished">关键数据</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="43"/>
        <location filename="../admin/console/labels.py" line="59"/>
        <source>Industrial cluster</source>
        <translation type="unfinished">产业集群</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="44"/>
        <source>Flagship manufacturer</source>
        <translation type="unfinished">龙头企业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="45"/>
        <source>Production base</source>
        <translation type="unfinished">生产基地</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="46"/>
        <source>Service platform</source>
        <translation type="unfinished">服务平台</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="47"/>
        <source>Initiative</source>
        <translation type="unfinished">举措</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="48"/>
        <source>Industry</source>
        <translation type="unfinished">产业</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="49"/>
        <source>Statement</source>
        <translation type="unfinished">讲话</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="50"/>
        <source>Source</source>
        <translation type="unfinished">信息来源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="53"/>
        <source>Food</source>
        <translation type="unfinished">食品</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="54"/>
        <source>Home appliances and electronics</source>
        <translation type="unfinished">家电电子</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="55"/>
        <source>Steel structures</source>
        <translation type="unfinished">钢结构</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="56"/>
        <source>New energy</source>
        <translation type="unfinished">新能源</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="57"/>
        <source>National level</source>
        <translation type="unfinished">国家级</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="58"/>
        <source>Provincial level</source>
        <translation type="unfinished">省级</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="60"/>
        <source>Leading county</source>
        <translation type="unfinished">产业强县</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="61"/>
        <source>count (no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="62"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="63"/>
        <source>over (shown with +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="64"/>
        <source>more than (shown with +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="65"/>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
