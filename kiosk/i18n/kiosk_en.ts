<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="35" />
        <source>About this information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="132" />
        <source>Content version %1 · loaded %2 · kiosk %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="166" />
        <source>Touch the screen to start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="24" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="31" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="42" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="48" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="76" />
        <source>This entry is no longer available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Clusters in this industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Related</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="35" />
        <source>Are you still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="61" />
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="68" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="35" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="53" />
        <source>All levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="59" />
        <source>All sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="123" />
        <source>Nothing to show here yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="13" />
        <source>Jiaozhou industry kiosk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33" />
        <source>Scan to open this page on your phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="33" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="34" />
        <source>Type a name in Chinese, Russian or English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="45" />
        <source>For example: 海尔, steel, кластер</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="143" />
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="23" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="46" />
        <source>In the source's own words:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="110" />
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="111" />
        <source>Home appliances and electronics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="112" />
        <source>Steel structures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="113" />
        <source>New energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="119" />
        <source>National level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="120" />
        <source>Provincial level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="126" />
        <source>Leading county</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="127" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="148" />
        <source>Industrial cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="133" />
        <source>Industrial clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="134" />
        <source>Flagship manufacturers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="135" />
        <source>Production bases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="136" />
        <source>Service platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="137" />
        <source>Initiatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="138" />
        <source>Signature industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="139" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="154" />
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="140" />
        <source>Key figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="141" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="142" />
        <source>About the zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="149" />
        <source>Flagship manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="150" />
        <source>Production base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="151" />
        <source>Service platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="152" />
        <source>Initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="153" />
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="155" />
        <source>Key figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="156" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="157" />
        <source>The zone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="73" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
</context>
</TS>