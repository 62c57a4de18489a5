<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="35" />
        <source>About this information</source>
        <translation>Об этой информации</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="132" />
        <source>Content version %1 · loaded %2 · kiosk %3</source>
        <translation>Версия содержания %1 · загружено %2 · киоск %3</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="166" />
        <source>Touch the screen to start</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="24" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="31" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="42" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="48" />
        <source>About</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="76" />
        <source>This entry is no longer available.</source>
        <translation>Эта запись больше недоступна.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Clusters in this industry</source>
        <translation>Кластеры отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="126" />
        <source>Related</source>
        <translation>Связанные записи</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="35" />
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="61" />
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation>Через несколько секунд экран вернётся к началу. Коснитесь экрана, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="68" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="35" />
        <source>%n entries</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="53" />
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="59" />
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="123" />
        <source>Nothing to show here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="13" />
        <source>Jiaozhou industry kiosk</source>
        <translation>Информационный киоск промышленности Цзяочжоу</translation>
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33" />
        <source>Scan to open this page on your phone</source>
        <translation>Отсканируйте, чтобы открыть на телефоне</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="33" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="34" />
        <source>Type a name in Chinese, Russian or English</source>
        <translation>Введите название на китайском, русском или английском</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="45" />
        <source>For example: 海尔, steel, кластер</source>
        <translation>Например: кластер, Haier, 海尔</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="143" />
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>Ничего не найдено. Попробуйте другое слово или меньше букв.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="23" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceBox.qml" line="46" />
        <source>In the source's own words:</source>
        <translation>Дословно по источнику (на английском):</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="110" />
        <source>Food</source>
        <translation>Пищевая промышленность</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="111" />
        <source>Home appliances and electronics</source>
        <translation>Бытовая техника и электроника</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="112" />
        <source>Steel structures</source>
        <translation>Стальные конструкции</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="113" />
        <source>New energy</source>
        <translation>Новая энергетика</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="119" />
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="120" />
        <source>Provincial level</source>
        <translation>Провинциальный уровень</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="126" />
        <source>Leading county</source>
        <translation>Ведущий уезд</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="127" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="148" />
        <source>Industrial cluster</source>
        <translation>Промышленный кластер</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="133" />
        <source>Industrial clusters</source>
        <translation>Промышленные кластеры</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="134" />
        <source>Flagship manufacturers</source>
        <translation>Ведущие производители</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="135" />
        <source>Production bases</source>
        <translation>Производственные базы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="136" />
        <source>Service platforms</source>
        <translation>Сервисные платформы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="137" />
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="138" />
        <source>Signature industries</source>
        <translation>Профильные отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="139" />
        <location filename="../ui/qml/Kiosk/Theme.qml" line="154" />
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="140" />
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="141" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="142" />
        <source>About the zone</source>
        <translation>О зоне</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="149" />
        <source>Flagship manufacturer</source>
        <translation>Ведущий производитель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="150" />
        <source>Production base</source>
        <translation>Производственная база</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="151" />
        <source>Service platform</source>
        <translation>Сервисная платформа</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="152" />
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="153" />
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="155" />
        <source>Key figure</source>
        <translation>Ключевой показатель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="156" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="157" />
        <source>The zone</source>
        <translation>Зона</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="73" />
        <source>%n entries</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
</context>
</TS>