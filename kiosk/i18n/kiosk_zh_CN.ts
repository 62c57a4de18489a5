<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="35" />
        <source>About this information</source>
        <translation>关于本信息</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81" />
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="132" />
        <source>Content version %1 · loaded %2 · kiosk %3</source>
        <translation>内容版本 %1 · 更新于 %2 · 终端版本 %3</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="166" />
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始浏览</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="24" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="31" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="42" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="48" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="76" />
        <source>This entry is no longer available.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Manufacturer</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Clusters in this industry</source>
        <translation>该产业的集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Related</source>
        <translation>相关内容</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="35" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="61" />
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation>屏幕将在几秒后返回起始页。触摸任意位置继续。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="68" />
        <source>Continue</source>
        <translation>继续浏览</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="35" />
        <source>%n entries</source>
        <translation><numerusform>%n 项</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="53" />
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="59" />
        <source>All sectors</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="123" />
        <source>Nothing to show here yet.</source>
        <translation>暂无内容。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="13" />
        <source>Jiaozhou industry kiosk</source>
        <translation>胶州产业信息终端</translation>
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33" />
        <source>Scan to open this page on your phone</source>
        <translation>扫码在手机上查看</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="33" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="34" />
        <source>Type a name in Chinese, Russian or English</source>
        <translation>可输入中文（拼音）、俄文或英文名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="45" />
        <source>For example: 海尔, steel, кластер</source>
        <translation>例如：海尔、钢结构、steel</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="143" />
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>未找到结果。请换个词，或少输入几个字。</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="23" />
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="46" />
        <source>In the source's own words:</source>
        <translation>来源原文（英文）：</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="110" />
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="111" />
        <source>Home appliances and electronics</source>
        <translation>家电电子</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="112" />
        <source>Steel structures</source>
        <translation>钢结构</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="113" />
        <source>New energy</source>
        <translation>新能源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="119" />
        <source>National level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="120" />
        <source>Provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="126" />
        <source>Leading county</source>
        <translation>产业强县</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="127" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="148" />
        <source>Industrial cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="133" />
        <source>Industrial clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="134" />
        <source>Flagship manufacturers</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="135" />
        <source>Production bases</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="136" />
        <source>Service platforms</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="137" />
        <source>Initiatives</source>
        <translation>重点举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="138" />
        <source>Signature industries</source>
        <translation>特色产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="139" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="154" />
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="140" />
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="141" />
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="142" />
        <source>About the zone</source>
        <translation>关于示范区</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="149" />
        <source>Flagship manufacturer</source>
        <translation>龙头企业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="150" />
        <source>Production base</source>
        <translation>生产基地</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="151" />
        <source>Service platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="152" />
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="153" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="155" />
        <source>Key figure</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="156" />
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="157" />
        <source>The zone</source>
        <translation>示范区</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="73" />
        <source>%n entries</source>
        <translation><numerusform>%n 项</numerusform></translation>
    </message>
</context>
</TS>