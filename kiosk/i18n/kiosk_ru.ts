<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="36"/>
        <source>About this information</source>
        <translation>Об этой информации</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>AccessButton</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="12"/>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="15"/>
        <source>Accessibility (on)</source>
        <translation>Доступность (включено)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="16"/>
        <source>Read aloud, larger text, high contrast, low reach, less motion and volume</source>
        <translation>Чтение вслух, крупный текст, высокий контраст, низкое расположение, меньше движения и громкость</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="69"/>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="77"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="85"/>
        <source>These choices last until the screen returns to the start.</source>
        <translation>Эти настройки действуют, пока экран не вернётся к началу.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="99"/>
        <source>Read aloud</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="107"/>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="115"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="123"/>
        <source>Low reach</source>
        <translation>Низкое расположение</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="131"/>
        <source>Less motion</source>
        <translation>Меньше движения</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="144"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="151"/>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="162"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="169"/>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
</context>
<context>
    <name>AccessToggle</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="279"/>
        <source>Touch the screen to start</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="49"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="58"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="73"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="81"/>
        <source>About</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>not verified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="35"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="51"/>
        <source>verified tick</source>
        <translation>отметка «проверено»</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="68"/>
        <source>This entry was recorded before the kiosk kept the content of each version: only the counts in the list are known.</source>
        <translation>Эта запись сделана до того, как киоск стал хранить содержимое каждой версии: известны только числа в списке.</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="71"/>
        <source>No record changed.</source>
        <translation>Ни одна запись не изменилась.</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="82"/>
        <source>… and %1 more records.</source>
        <translation>… и ещё записей: %1.</translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="98"/>
        <source>%1 more</source>
        <translation>ещё %1</translation>
    </message>
</context>
<context>
    <name>CollapsiblePanel</name>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Show panel ▴</source>
        <translation>Показать панель ▴</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Hide panel ▾</source>
        <translation>Свернуть панель ▾</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="74"/>
        <source>Open the Problems and History panel again</source>
        <translation>Снова открыть панель «Проблемы» и «История»</translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="75"/>
        <source>Fold this panel to its tabs, so the record gets the room</source>
        <translation>Свернуть панель до вкладок, чтобы записи было больше места</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../admin/console/conflicts.py" line="33"/>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="36"/>
        <source>%1 was removed by %2.</source>
        <translation>%1: запись удалил(а) %2.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="38"/>
        <source>%1 was added by %2 at %3.</source>
        <translation>%1: запись добавил(а) %2 в %3.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="39"/>
        <source>%1 was changed by %2 at %3 (you opened version %4, it is now version %5).</source>
        <translation>%1: запись изменил(а) %2 в %3 (вы открыли версию %4, сейчас версия %5).</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="45"/>
        <source>Not saved: someone else changed what you changed, since you opened it. Nothing was written.</source>
        <translation>Не сохранено: после того как вы открыли эти записи, их изменил кто-то другой. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="52"/>
        <source>Changed by someone else</source>
        <translation>Изменено кем-то другим</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="48"/>
        <source>Reload takes the content as it is now and keeps your unsaved edits, except where someone else changed the same field (theirs stands there); Compare shows your edits beside theirs.</source>
        <translation>«Перезагрузить» берёт содержимое в текущем виде и сохраняет ваши несохранённые правки, кроме полей, которые изменил кто-то другой (там остаётся его вариант); «Сравнить» показывает ваши правки рядом с чужими.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="55"/>
        <source>Reload after a conflict</source>
        <translation>Перезагрузка после конфликта</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="60"/>
        <source>Your edits and theirs</source>
        <translation>Ваши правки и чужие</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="70"/>
        <source>Reloaded: the content as it is now, with your unsaved edits kept (not saved yet; Undo takes the reload&apos;s merge back).</source>
        <translation>Перезагружено: содержимое в текущем виде, ваши несохранённые правки сохранены (ещё не записаны; «Отменить» возвращает состояние до слияния).</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="73"/>
        <source>Reloaded: the content as it is now.</source>
        <translation>Перезагружено: содержимое в текущем виде.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="76"/>
        <source>Someone else changed these too, so theirs stands and your edit was dropped:</source>
        <translation>Это изменил и кто-то другой, поэтому остаётся его вариант, а ваша правка отброшена:</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="80"/>
        <source>(the whole record)</source>
        <translation>(запись целиком)</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="87"/>
        <source>No difference in the fields: only the version moved on.</source>
        <translation>Поля не различаются: изменился только номер версии.</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>In the database now</source>
        <translation>Сейчас в базе данных</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../admin/console/app.py" line="38"/>
        <source>Content console</source>
        <translation>Консоль содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/app.py" line="39"/>
        <source>Your staff role (recorded in the history with every change), e.g. editor:</source>
        <translation>Ваша роль сотрудника (записывается в историю при каждом изменении), например editor:</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../admin/console/window.py" line="354"/>
        <source>Content console — Jiaozhou industry kiosk</source>
        <translation>Консоль содержания — информационный киоск Цзяочжоу</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="308"/>
        <source>Content console</source>
        <translation>Консоль содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="309"/>
        <source>Jiaozhou · SCO Demonstration Zone information kiosk</source>
        <translation>Цзяочжоу · информационный киоск демонстрационной зоны ШОС</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="310"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="312"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save every edit in one step (a backup is taken first)</source>
        <translation>Сохранить все правки за один шаг (сначала делается резервная копия)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <location filename="../admin/console/window.py" line="428"/>
        <location filename="../admin/console/window.py" line="429"/>
        <source>Revert</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Open the record in the visitor screens, as it will look</source>
        <translation>Открыть запись на экранах для посетителей, как она будет выглядеть</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Import workbook…</source>
        <translation>Импорт книги…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Check a workbook (.xlsx) and import it</source>
        <translation>Проверить книгу (.xlsx) и импортировать её</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Export workbook…</source>
        <translation>Экспорт книги…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Write the saved content as a workbook (.xlsx)</source>
        <translation>Записать сохранённое содержание в книгу (.xlsx)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Import pack…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Check a content pack and import it</source>
        <translation>Проверить пакет содержания и импортировать его</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Export pack…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Write the saved content and its images as a content pack</source>
        <translation>Записать сохранённое содержание и изображения в пакет</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>A new record of this kind</source>
        <translation>Новая запись этого типа</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>A copy of the selected record</source>
        <translation>Копия выбранной записи</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>↑ Up</source>
        <translation>↑ Выше</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>Show it earlier on the kiosk</source>
        <translation>Показывать раньше на киоске</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>↓ Down</source>
        <translation>↓ Ниже</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>Show it later on the kiosk</source>
        <translation>Показывать позже на киоске</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="328"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="333"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Staff role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Content version %1</source>
        <translation>Версия содержания %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="359"/>
        <source>Unsaved: %n record(s) changed</source>
        <translation>
            <numerusform>Не сохранено: изменена %n запись</numerusform>
            <numerusform>Не сохранено: изменены %n записи</numerusform>
            <numerusform>Не сохранено: изменено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="360"/>
        <source>, %n removed</source>
        <translation>
            <numerusform>, %n удалена</numerusform>
            <numerusform>, %n удалены</numerusform>
            <numerusform>, %n удалено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="362"/>
        <source>All edits are saved.</source>
        <translation>Все правки сохранены.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Unpublish</source>
        <translation>Снять с показа</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="315"/>
        <source>Discard all edits</source>
        <translation>Сбросить все правки</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="316"/>
        <source>Drop every unsaved edit at once and go back to the saved content (asks first)</source>
        <translation>Сразу отбросить все несохранённые правки и вернуться к сохранённому содержимому (сначала спросит)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Publish to kiosks…</source>
        <translation>Опубликовать для киосков…</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Put the saved content on the pack source the kiosks poll</source>
        <translation>Выложить сохранённое содержимое в источник пакетов, который опрашивают киоски</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="335"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="351"/>
        <source>Unverified and stale</source>
        <translation>Непроверенные и устаревшие</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Hide it from visitors</source>
        <translation>Скрыть от посетителей</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Show it to visitors</source>
        <translation>Показать посетителям</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="415"/>
        <source>Undo one step</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="416"/>
        <source>Take back the last edit only</source>
        <translation>Отменить только последнюю правку</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="417"/>
        <source>Redo one step</source>
        <translation>Шаг вперёд</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="418"/>
        <source>Do again the edit just taken back</source>
        <translation>Вернуть только что отменённую правку</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <source>Drop every unsaved edit and go back to the saved content? Undo brings the edits back.</source>
        <translation>Отбросить все несохранённые правки и вернуться к сохранённому содержимому? «Шаг назад» вернёт правки.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="447"/>
        <source>Choose image</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="448"/>
        <source>%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.</source>
        <translation>При сохранении %1 будет записано размером %2 × %3 пикселей (с миниатюрой).</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="451"/>
        <source>Reading the picture</source>
        <translation>Чтение изображения</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="457"/>
        <source>Remove image</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="469"/>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="499"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="508"/>
        <source>Saved in the office database %3 as history entry #%1: %2.</source>
        <translation>Сохранено в базе данных офиса %3 как запись истории №%1: %2.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="510"/>
        <source>Kiosks show it after you publish it (File › Publish to kiosks…), or by a content pack on a USB stick (File › Export pack…).</source>
        <translation>Киоски покажут это после публикации (Файл › Опубликовать для киосков…) или через пакет содержимого на USB-накопителе (Файл › Экспорт пакета…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="514"/>
        <source>Not saved: %n problem(s) to fix first. Nothing was written.</source>
        <translation>
            <numerusform>Не сохранено: сначала исправьте %n проблему. Ничего не записано.</numerusform>
            <numerusform>Не сохранено: сначала исправьте %n проблемы. Ничего не записано.</numerusform>
            <numerusform>Не сохранено: сначала исправьте %n проблем. Ничего не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="519"/>
        <source>… and %n more in the Problems list below.</source>
        <translation>
            <numerusform>… и ещё %n в списке проблем ниже.</numerusform>
            <numerusform>… и ещё %n в списке проблем ниже.</numerusform>
            <numerusform>… и ещё %n в списке проблем ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="534"/>
        <source>Preview needs a record without problems in its own fields: %1</source>
        <translation>Для предпросмотра в полях записи не должно быть проблем: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="556"/>
        <source>The preview could not open: %1</source>
        <translation>Не удалось открыть предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="558"/>
        <source>Preparing the preview</source>
        <translation>Подготовка предпросмотра</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="573"/>
        <source>%1 is still running. Cancel it and close?</source>
        <translation>%1 ещё выполняется. Отменить и закрыть?</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="506"/>
        <source>Saved on this PC as history entry #%1: %2.</source>
        <translation>Сохранено на этом компьютере как запись истории №%1: %2.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="507"/>
        <source>Kiosks show it after you export a content pack (File › Export pack…) and import it there.</source>
        <translation>Киоски покажут это после того, как вы экспортируете пакет содержимого (Файл › Экспорт пакета…) и импортируете его там.</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Cancel it and close</source>
        <translation>Отменить и закрыть</translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="580"/>
        <source>You have unsaved edits. Save them before closing?</source>
        <translation>Есть несохранённые правки. Сохранить перед закрытием?</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="113"/>
        <source>This entry is no longer available.</source>
        <translation>Эта запись больше недоступна.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Clusters in this industry</source>
        <translation>Кластеры отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Related</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More in this sector</source>
        <translation>Ещё в этой отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More to explore</source>
        <translation>Смотрите также</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../admin/console/labels.py" line="74"/>
        <source>Slug</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="75"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="76"/>
        <source>Sort order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="77"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="78"/>
        <source>Source&apos;s own words</source>
        <translation>Слова источника</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="79"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="80"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="81"/>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="82"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="83"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="84"/>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="85"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="86"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="87"/>
        <source>Focus industry of the year</source>
        <translation>Приоритетная отрасль года</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="88"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="89"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="91"/>
        <source>Manufacturers in the cluster</source>
        <translation>Производители в кластере</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="92"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="93"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="94"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="95"/>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="96"/>
        <source>Picture described in words (read aloud)</source>
        <translation>Описание картинки словами (для чтения вслух)</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="97"/>
        <source>Picture&apos;s focal point</source>
        <translation>Фокус картинки</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="98"/>
        <source>Search keywords (never shown)</source>
        <translation>Ключевые слова для поиска (не показываются)</translation>
    </message>
</context>
<context>
    <name>FleetPane</name>
    <message>
        <location filename="../admin/console/fleet.py" line="88"/>
        <source>Fleet</source>
        <translation>Киоски</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="89"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="93"/>
        <source>Kiosks report here when they share the office database (start the console with --database postgresql+psycopg://… or set KIOSK_DATABASE_URL), or when the setting fleet.source names the folder pack source they read (kiosk settings set fleet.source FOLDER); the README&apos;s “Many kiosks” section says how to set up either.</source>
        <translation>Киоски сообщают о себе здесь, когда работают с общей базой данных офиса (запустите консоль с --database postgresql+psycopg://… или задайте KIOSK_DATABASE_URL) или когда настройка fleet.source указывает папку-источник пакетов, которую они читают (kiosk settings set fleet.source ПАПКА); как настроить то или другое, описано в разделе README «Many kiosks».</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="108"/>
        <source>No office database and no folder pack source is set up, so no kiosk can report here.</source>
        <translation>Не настроены ни база данных офиса, ни папка-источник пакетов, поэтому киоски не могут сообщать о себе здесь.</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="124"/>
        <source>%1 kiosks: %2 online, %3 offline.</source>
        <translation>Киосков: %1; на связи: %2, не на связи: %3.</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="127"/>
        <source>Newest content: %1.</source>
        <translation>Новейшее содержание: %1.</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="128"/>
        <source>No kiosk has reported yet.</source>
        <translation>Ни один киоск ещё не сообщил о себе.</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="131"/>
        <source>online</source>
        <translation>на связи</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="132"/>
        <source>offline since %1</source>
        <translation>не на связи с %1</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="135"/>
        <source>%1 (behind)</source>
        <translation>%1 (устарело)</translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="137"/>
        <source>%1 (current)</source>
        <translation>%1 (актуально)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../admin/console/labels.py" line="115"/>
        <source>Saved in the console</source>
        <translation>Сохранено в консоли</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="116"/>
        <source>Workbook imported</source>
        <translation>Импорт книги</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="117"/>
        <source>Content pack imported</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="118"/>
        <source>Backup restored</source>
        <translation>Восстановлена резервная копия</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="119"/>
        <source>Default content loaded</source>
        <translation>Загружено содержание по умолчанию</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="123"/>
        <source>the program (first start)</source>
        <translation>программа (первый запуск)</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="124"/>
        <source>staff at the kiosk</source>
        <translation>сотрудник у киоска</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="125"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="126"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="215"/>
        <source>Version %1 restored</source>
        <translation>Восстановлена версия %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="227"/>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="235"/>
        <source>%n added</source>
        <translation>
            <numerusform>добавлено: %n</numerusform>
            <numerusform>добавлено: %n</numerusform>
            <numerusform>добавлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="237"/>
        <source>%n changed</source>
        <translation>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="239"/>
        <source>%n removed</source>
        <translation>
            <numerusform>удалено: %n</numerusform>
            <numerusform>удалено: %n</numerusform>
            <numerusform>удалено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="242"/>
        <source>content details changed</source>
        <translation>изменены сведения о содержании</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="244"/>
        <source>%n image file(s)</source>
        <translation>
            <numerusform>%n файл изображения</numerusform>
            <numerusform>%n файла изображений</numerusform>
            <numerusform>%n файлов изображений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="64"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="88"/>
        <source>Restore this version…</source>
        <translation>Восстановить эту версию…</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="89"/>
        <source>Every save and import is an entry; restoring one adds a new entry and loses nothing.</source>
        <translation>Каждое сохранение и импорт — это запись; восстановление добавляет новую запись и ничего не теряет.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="130"/>
        <source>Select an entry to see what it changed; double-click opens it in a window.</source>
        <translation>Выберите запись, чтобы увидеть, что она изменила; двойной щелчок открывает её в окне.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="143"/>
        <source>History entry #%1</source>
        <translation>Запись истории №%1</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="144"/>
        <source>What this entry changed, before → after:</source>
        <translation>Что изменила эта запись, было → стало:</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="163"/>
        <source>Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.</source>
        <translation>Запись №%1 сделана до того, как киоск стал хранить снимки; восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="165"/>
        <source>Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.</source>
        <translation>Вернуть содержание к состоянию после записи №%1 (%2, %3)? Это станет новой записью; более поздние не теряются.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="168"/>
        <source>Your unsaved edits will be lost.</source>
        <translation>Несохранённые правки будут потеряны.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="172"/>
        <source>Entry #%1 cannot be restored: %2</source>
        <translation>Запись №%1 нельзя восстановить: %2</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="175"/>
        <source>The content is already as it was after entry #%1; nothing to restore.</source>
        <translation>Содержимое уже такое, каким было после записи №%1; восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="177"/>
        <source>Restoring changes this, now → then:</source>
        <translation>Восстановление изменит следующее, сейчас → тогда:</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore version</source>
        <translation>Восстановить версию</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="185"/>
        <source>Version %1 restored as history entry #%2: %3.</source>
        <translation>Версия %1 восстановлена как запись истории №%2: %3.</translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="189"/>
        <source>Restoring version %1</source>
        <translation>Восстановление версии %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="73"/>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="103"/>
        <source>Industrial system</source>
        <translation>Система отраслей</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="37"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="63"/>
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation>Через несколько секунд экран вернётся к началу. Коснитесь экрана, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="70"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="72"/>
        <source>sheet %1</source>
        <translation>лист %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="76"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report (%1)</source>
        <translation>Отчёт об импорте (%1)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../admin/console/labels.py" line="101"/>
        <source>Required in every language: write the %1 translation.</source>
        <translation>Обязательно на всех языках: впишите перевод (%1).</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="102"/>
        <source>%1 has translations but no English text for visitors to fall back on.</source>
        <translation>У поля «%1» есть переводы, но нет английского текста, к которому можно вернуться.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="103"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1: %2 символов, допускается не больше %3.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="104"/>
        <source>Use lower-case letters a–z, digits and single hyphens, e.g. haier-group.</source>
        <translation>Используйте строчные латинские буквы a–z, цифры и одиночные дефисы, например haier-group.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="105"/>
        <source>Write a full web address that starts with http:// or https://.</source>
        <translation>Впишите полный веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="106"/>
        <source>Another record of this kind already uses this slug.</source>
        <translation>Этот идентификатор уже занят другой записью того же типа.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="107"/>
        <source>Choose the source the facts come from.</source>
        <translation>Выберите источник, из которого взяты факты.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="108"/>
        <source>Names “%1”, which is not in the content (renamed or deleted?).</source>
        <translation>Ссылается на «%1», которого нет в содержании (переименован или удалён?).</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="109"/>
        <source>Write a number, e.g. 1500 or 2.5.</source>
        <translation>Впишите число, например 1500 или 2.5.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="110"/>
        <source>Write a date as YYYY-MM-DD, e.g. 2025-08-25.</source>
        <translation>Впишите дату в виде ГГГГ-ММ-ДД, например 2025-08-25.</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="111"/>
        <source>The value is outside what is allowed (%1).</source>
        <translation>Значение вне допустимых пределов (%1).</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="112"/>
        <source>The content must hold exactly one zone profile; it holds %1.</source>
        <translation>В содержании должен быть ровно один профиль зоны, сейчас их %1.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../admin/console/jobbar.py" line="55"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="83"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="97"/>
        <source>%1: cancelled. Nothing was changed.</source>
        <translation>%1: отменено. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/jobbar.py" line="102"/>
        <source>%1: refused, nothing was changed. %n problem(s), listed in the Import report below.</source>
        <translation>
            <numerusform>%1: отклонено, ничего не изменено. %n проблема — в отчёте об импорте ниже.</numerusform>
            <numerusform>%1: отклонено, ничего не изменено. %n проблемы — в отчёте об импорте ниже.</numerusform>
            <numerusform>%1: отклонено, ничего не изменено. %n проблем — в отчёте об импорте ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="105"/>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="114"/>
        <source>(It was too late to cancel: the work had finished.)</source>
        <translation>(Отменить было уже поздно: работа завершилась.)</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>Tab or ↓</source>
        <translation>Tab или ↓</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>next item</source>
        <translation>следующий элемент</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>Shift+Tab or ↑</source>
        <translation>Shift+Tab или ↑</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>previous item</source>
        <translation>предыдущий элемент</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>Enter</source>
        <translation>Enter (ввод)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>choose the item</source>
        <translation>выбрать элемент</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>Back or Esc</source>
        <translation>«Назад» или Esc</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>go back, or close this</source>
        <translation>назад или закрыть это окно</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>Help or F1</source>
        <translation>«Справка» или F1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>this help</source>
        <translation>эта справка</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="48"/>
        <source>Using the keys</source>
        <translation>Управление клавишами</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="57"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../admin/console/records.py" line="108"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="109"/>
        <source>Search all kinds</source>
        <translation>Поиск во всех разделах</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="110"/>
        <source>Finds records of every kind by title (in any language) or slug</source>
        <translation>Находит записи всех разделов по названию (на любом языке) или идентификатору</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="127"/>
        <source>Nothing found in any kind.</source>
        <translation>Ни в одном разделе ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/records.py" line="149"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n проблема, которую нужно исправить до сохранения</numerusform>
            <numerusform>%n проблемы, которые нужно исправить до сохранения</numerusform>
            <numerusform>%n проблем, которые нужно исправить до сохранения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="48"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="72"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="76"/>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="141"/>
        <source>Nothing to show here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="14"/>
        <source>Jiaozhou industry kiosk</source>
        <translation>Информационный киоск промышленности Цзяочжоу</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="53"/>
        <source>Low reach: the screen&apos;s controls are below</source>
        <translation>Низкое расположение: кнопки ниже</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../admin/console/media.py" line="68"/>
        <source>The picture could not be encoded as %1.</source>
        <translation>Не удалось записать изображение в формате %1.</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="69"/>
        <source>%1: there is no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="70"/>
        <source>%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.</source>
        <translation>Файл %1 занимает %2 МБ; принимаются изображения до %3 МБ. Сначала сохраните его меньшего размера в графическом редакторе.</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="71"/>
        <source>%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.</source>
        <translation>%1 — не изображение, которое можно прочитать (%2). Выберите файл JPEG, PNG, WebP, GIF или BMP.</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="72"/>
        <source>%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.</source>
        <translation>%1 — %2 × %3 пикселей; принимаются изображения не больше %4 пикселей по длинной стороне.</translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="73"/>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>Не удалось прочитать %1 как изображение (%2).</translation>
    </message>
</context>
<context>
    <name>MoreNode</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/MoreNode.qml" line="17"/>
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../admin/console/picture.py" line="112"/>
        <source>Choose image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="113"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="114"/>
        <source>Centre the crop</source>
        <translation>Кадрировать по центру</translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="115"/>
        <source>Click the picture where its subject is: the kiosk&apos;s screens crop around that point.</source>
        <translation>Щёлкните по картинке там, где её главное: экраны киоска кадрируют вокруг этой точки.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../admin/console/preview.py" line="40"/>
        <source>Preview (not saved) — %1</source>
        <translation>Предпросмотр (не сохранено) — %1</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="52"/>
        <source>No problems: every edit can be saved.</source>
        <translation>Проблем нет: все правки можно сохранить.</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../admin/console/labels.py" line="131"/>
        <source>backing up the database</source>
        <translation>резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="132"/>
        <source>checking every member</source>
        <translation>проверка каждого файла</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="133"/>
        <source>checking references and languages</source>
        <translation>проверка ссылок и языков</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="134"/>
        <source>checking the pack</source>
        <translation>проверка пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="135"/>
        <source>checksumming</source>
        <translation>подсчёт контрольных сумм</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="136"/>
        <source>committed</source>
        <translation>зафиксировано</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="137"/>
        <source>committing</source>
        <translation>фиксация</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="138"/>
        <source>comparing with the current content</source>
        <translation>сравнение с текущим содержанием</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="139"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="140"/>
        <source>installing media</source>
        <translation>установка изображений</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="141"/>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="142"/>
        <source>opening the pack</source>
        <translation>открытие пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="143"/>
        <source>opening the workbook</source>
        <translation>открытие книги</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="144"/>
        <source>reading the content</source>
        <translation>чтение содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="145"/>
        <source>recording that nothing changed</source>
        <translation>запись о том, что ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="146"/>
        <source>recording the change in the history</source>
        <translation>запись изменения в историю</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="147"/>
        <source>saving the workbook</source>
        <translation>сохранение книги</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="148"/>
        <source>validating the content</source>
        <translation>проверка содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="149"/>
        <source>writing content</source>
        <translation>запись содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="150"/>
        <source>writing the pack</source>
        <translation>запись пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="151"/>
        <source>checking for changes made elsewhere</source>
        <translation>проверка изменений, сделанных в другом месте</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="152"/>
        <source>reading the picture</source>
        <translation>чтение изображения</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="153"/>
        <source>preparing the preview</source>
        <translation>подготовка предпросмотра</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="154"/>
        <source>writing the working copy</source>
        <translation>запись рабочей копии</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="155"/>
        <source>opening the preview</source>
        <translation>открытие предпросмотра</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="255"/>
        <source>reading sheet %1</source>
        <translation>чтение листа %1</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="257"/>
        <source>writing sheet %1</source>
        <translation>запись листа %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../admin/console/prompts.py" line="88"/>
        <source>Unsaved edits</source>
        <translation>Несохранённые правки</translation>
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33"/>
        <source>Scan to open this page on your phone</source>
        <translation>Отсканируйте, чтобы открыть на телефоне</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../admin/console/editor.py" line="242"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="243"/>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="244"/>
        <source>Texts and translations</source>
        <translation>Тексты и переводы</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="245"/>
        <source>Source, web address and image</source>
        <translation>Источник, веб-адрес и изображение</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="248"/>
        <source>Visitors can see this record</source>
        <translation>Посетители видят эту запись</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="249"/>
        <source>This is the year&apos;s focus industry</source>
        <translation>Это приоритетная отрасль года</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="250"/>
        <source>Lower-case letters, digits and hyphens; records pointing at it follow a rename</source>
        <translation>Строчные буквы, цифры и дефисы; ссылки на запись следуют за переименованием</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="251"/>
        <source>Smaller numbers come first on the kiosk</source>
        <translation>Меньшие числа показываются на киоске раньше</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="252"/>
        <source>Shown as a QR code on the record&apos;s page</source>
        <translation>Показывается QR-кодом на странице записи</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="255"/>
        <source>Required in every language</source>
        <translation>Обязательно на всех языках</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="259"/>
        <source>Choose a record on the left, or make a new one.</source>
        <translation>Выберите запись слева или создайте новую.</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="324"/>
        <source>(no title yet)</source>
        <translation>(названия пока нет)</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Not published: visitors do not see it</source>
        <translation>Не опубликовано: посетители не видят</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="327"/>
        <source>%n translation(s) not verified</source>
        <translation>
            <numerusform>%n перевод не проверен</numerusform>
            <numerusform>%n перевода не проверены</numerusform>
            <numerusform>%n переводов не проверены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="329"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n требует проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="331"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="410"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="422"/>
        <location filename="../admin/console/editor.py" line="430"/>
        <source>%1 (missing)</source>
        <translation>%1 (отсутствует)</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="455"/>
        <source>No image</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="456"/>
        <source>The kiosk shows the sector&apos;s icon instead.</source>
        <translation>Вместо него киоск показывает значок отрасли.</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="468"/>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="469"/>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="484"/>
        <location filename="../admin/console/editor.py" line="490"/>
        <source>Change %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="523"/>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 verified</source>
        <translation>Отметить «%1» как проверенное</translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 not verified</source>
        <translation>Снять отметку проверки: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../admin/console/models.py" line="87"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="88"/>
        <source>Title and slug</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="89"/>
        <source>Slug</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="90"/>
        <source>Shown</source>
        <translation>Показ</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="91"/>
        <source>Unverified</source>
        <translation>Не пров.</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="92"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="97"/>
        <source>Sort order: visitors see records in this order</source>
        <translation>Порядок: посетители видят записи в этом порядке</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="98"/>
        <source>Title in the list language</source>
        <translation>Название на языке списка</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="99"/>
        <source>The record&apos;s name in addresses and files</source>
        <translation>Имя записи в адресах и файлах</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="100"/>
        <source>Published: visitors can see it</source>
        <translation>Опубликовано: посетители видят</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="101"/>
        <source>Translations nobody has ticked as checked yet</source>
        <translation>Переводы, которые ещё никто не отметил как проверенные</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="102"/>
        <source>Problems that block saving</source>
        <translation>Проблемы, мешающие сохранению</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="124"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="150"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="152"/>
        <source>Not published: visitors do not see it</source>
        <translation>Не опубликовано: посетители не видят</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="154"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n проблема, которую нужно исправить до сохранения</numerusform>
            <numerusform>%n проблемы, которые нужно исправить до сохранения</numerusform>
            <numerusform>%n проблем, которые нужно исправить до сохранения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="188"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="266"/>
        <source>Filter by title or slug</source>
        <translation>Название или идентификатор</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="267"/>
        <source>Unverified only</source>
        <translation>Непроверенные</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="268"/>
        <source>Only records with translations nobody has checked yet</source>
        <translation>Только записи с переводами, которые ещё никто не проверил</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="269"/>
        <source>The language of the titles in this list</source>
        <translation>Язык названий в этом списке</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="401"/>
        <source>New %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="411"/>
        <source>Duplicate %1</source>
        <translation>Дублировать %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="420"/>
        <source>Delete record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="421"/>
        <source>Delete “%1”? Records that point at it will show a problem until they are changed. You can undo this until you save.</source>
        <translation>Удалить «%1»? Записи, которые на неё ссылаются, будут показывать проблему, пока их не изменят. До сохранения это можно отменить.</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="422"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="429"/>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Publish %1</source>
        <translation>Опубликовать %1</translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Unpublish %1</source>
        <translation>Снять с показа %1</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="60"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="75"/>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="95"/>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Sessions per day</source>
        <translation>Сеансы по дням</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Minutes in sessions</source>
        <translation>Минут в сеансах</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="86"/>
        <source>When sessions started: weekday and hour (darker: more sessions)</source>
        <translation>Когда начинались сеансы: день недели и час (темнее — больше сеансов)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Weekday × hour</source>
        <translation>День недели × час</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Session length</source>
        <translation>Длительность сеанса</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="103"/>
        <source>A session that switched language counts for each language it used</source>
        <translation>Сеанс со сменой языка учитывается для каждого использованного языка</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>About</source>
        <translation>О киоске</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Search</source>
        <comment>the search page</comment>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="112"/>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Mean seconds</source>
        <translation>Среднее, с</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Top pages</source>
        <translation>Популярные страницы</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Top records</source>
        <translation>Популярные записи</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Languages by section</source>
        <translation>Языки по разделам</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Page views per section, by language</source>
        <translation>Просмотры страниц по разделам и языкам</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="141"/>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="147"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Search</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="39"/>
        <source>Nothing to show for these days</source>
        <translation>За эти дни показать нечего</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>&lt; 30 s</source>
        <translation>&lt; 30 с</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>30 s - 1 min</source>
        <translation>30 с – 1 мин</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>1-2 min</source>
        <translation>1–2 мин</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>2-5 min</source>
        <translation>2–5 мин</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>5-10 min</source>
        <translation>5–10 мин</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>10-20 min</source>
        <translation>10–20 мин</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>20 min +</source>
        <translation>20 мин и больше</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Read aloud</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>Low reach</source>
        <translation>Низкое расположение</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="51"/>
        <source>Less motion</source>
        <translation>Меньше движения</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="68"/>
        <source>%n session(s) · median length %1 · languages: %2 · %3 searches found nothing</source>
        <translation>
            <numerusform>Сеансов: %n · медиана длительности %1 · языки: %2 · поисков без результата: %3</numerusform>
            <numerusform>Сеансов: %n · медиана длительности %1 · языки: %2 · поисков без результата: %3</numerusform>
            <numerusform>Сеансов: %n · медиана длительности %1 · языки: %2 · поисков без результата: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="74"/>
        <source>%n session(s) in %1 day(s)</source>
        <translation>
            <numerusform>Сеансов: %n за %1 дн.</numerusform>
            <numerusform>Сеансов: %n за %1 дн.</numerusform>
            <numerusform>Сеансов: %n за %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="93"/>
        <source>Median %1 over %n session(s)</source>
        <translation>
            <numerusform>Медиана %1 по сеансам: %n</numerusform>
            <numerusform>Медиана %1 по сеансам: %n</numerusform>
            <numerusform>Медиана %1 по сеансам: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Without result</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Result opened</source>
        <translation>Результат открыт</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="143"/>
        <source>Top searches</source>
        <translation>Частые запросы</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="148"/>
        <source>What visitors looked for and the kiosk does not have: candidates for new content</source>
        <translation>Что посетители искали, а в киоске нет: кандидаты для нового содержания</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches that found nothing</source>
        <translation>Поиски без результата</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="156"/>
        <source>Times visitors turned each mode on</source>
        <translation>Сколько раз посетители включали каждый режим</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="158"/>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Times turned on</source>
        <translation>Включений</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="157"/>
        <source>No accessibility mode was turned on in these days.</source>
        <translation>За эти дни режимы доступности не включались.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Accessibility modes</source>
        <translation>Режимы доступности</translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../admin/console/review.py" line="186"/>
        <source>Texts a translator must look at: those that need review (another language of the same text changed after they were written) and those nobody has ticked verified yet. Select the ones you have checked and mark them verified, then Save.</source>
        <translation>Тексты, которые должен посмотреть переводчик: требующие проверки (после их написания изменился этот же текст на другом языке) и ещё никем не отмеченные как проверенные. Выделите проверенные, отметьте их и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="189"/>
        <source>Only texts that need review</source>
        <translation>Только требующие проверки</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="192"/>
        <source>Every language</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>The text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>Checked against</source>
        <translation>Сверять с</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="198"/>
        <source>Mark verified</source>
        <translation>Отметить проверенными</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="199"/>
        <source>Tick the selected texts as checked by a person (Undo takes it back)</source>
        <translation>Отметить выделенные тексты как проверенные человеком (отменяется кнопкой «Отменить»)</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="200"/>
        <source>Open in the form</source>
        <translation>Открыть в форме</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="201"/>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Not verified</source>
        <translation>Не проверен</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="244"/>
        <source>%n text(s) listed</source>
        <translation>
            <numerusform>%n текст в списке</numerusform>
            <numerusform>%n текста в списке</numerusform>
            <numerusform>%n текстов в списке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="245"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n требует проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="269"/>
        <source>Mark %n text(s) verified</source>
        <translation>
            <numerusform>Отметить %n текст проверенным</numerusform>
            <numerusform>Отметить %n текста проверенными</numerusform>
            <numerusform>Отметить %n текстов проверенными</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="114"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="135"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="115"/>
        <source>Type a name in Chinese, Russian or English</source>
        <translation>Введите название на китайском, русском или английском</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="126"/>
        <source>For example: 海尔, steel, кластер</source>
        <translation>Например: кластер, Haier, 海尔</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="154"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="327"/>
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation>Ничего не найдено. Попробуйте другое слово или меньше букв.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="334"/>
        <source>Did you mean</source>
        <translation>Вы имели в виду</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="190"/>
        <source>Try a name</source>
        <translation>Попробуйте название</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="209"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="350"/>
        <source>Or browse a section</source>
        <translation>Или откройте раздел</translation>
    </message>
</context>
<context>
    <name>SourceNote</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceNote.qml" line="31"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="46"/>
        <source>Use the up and down keys to move from item to item, and Enter to use the item. Back returns to the previous page. Help says this again; Repeat says the last words again. With read aloud on, tap an item once to hear it, and tap it again to use it.</source>
        <translation>Клавиши вверх и вниз переходят от элемента к элементу, клавиша Enter выбирает элемент. Клавиша «Назад» возвращает на предыдущую страницу. «Справка» повторяет эту подсказку, «Повтор» повторяет последние слова. Когда чтение вслух включено, коснитесь элемента один раз, чтобы услышать его, и ещё раз, чтобы выбрать.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="69"/>
        <location filename="../ui/bridge/speech_bridge.py" line="70"/>
        <location filename="../ui/bridge/speech_bridge.py" line="71"/>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="72"/>
        <source>check box</source>
        <translation>флажок</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="73"/>
        <source>option</source>
        <translation>вариант</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="74"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="75"/>
        <source>tab</source>
        <translation>вкладка</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="76"/>
        <source>text field</source>
        <translation>поле ввода</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="77"/>
        <source>slider</source>
        <translation>ползунок</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="78"/>
        <source>list of choices</source>
        <translation>список выбора</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="79"/>
        <source>menu item</source>
        <translation>пункт меню</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="80"/>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="81"/>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="89"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="144"/>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="146"/>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="218"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="291"/>
        <source>Read aloud is not available: this kiosk has no speech engine.</source>
        <translation>Чтение вслух недоступно: на этом киоске нет синтезатора речи.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="293"/>
        <source>Read aloud is not available in this language: no voice for it is installed.</source>
        <translation>Чтение вслух на этом языке недоступно: голос для него не установлен.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="295"/>
        <source>Read aloud is starting…</source>
        <translation>Чтение вслух запускается…</translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="377"/>
        <source>Read aloud is on. Tap an item once to hear it, and again to use it.</source>
        <translation>Чтение вслух включено. Коснитесь элемента один раз, чтобы услышать его, и ещё раз, чтобы выбрать.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="71"/>
        <source>Staff menu</source>
        <translation>Меню персонала</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="82"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="87"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="128"/>
        <source>Enter the staff PIN</source>
        <translation>Введите PIN-код персонала</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Choose a new staff PIN (4 to 8 digits)</source>
        <translation>Задайте новый PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Type the new PIN again</source>
        <translation>Введите новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="190"/>
        <source>Import a content pack</source>
        <translation>Импортировать пакет содержания</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="219"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="191"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="147"/>
        <source>This kiosk still has the first PIN, 000000, which is printed in the manual for everyone to read. Choose a PIN of your own before the menu opens.</source>
        <translation>На этом киоске всё ещё первый PIN-код 000000, напечатанный в руководстве и известный всем. Задайте собственный PIN-код, прежде чем откроется меню.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="171"/>
        <source>Content version %1, made %2, on this kiosk since %3 · Program version %4</source>
        <translation>Версия содержимого %1 от %2, на этом киоске с %3 · Версия программы %4</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="241"/>
        <source>Updates from the pack source: %1</source>
        <extracomment>The staff menu&apos;s line about updates from the pack source; %1 is the last result, in English</extracomment>
        <translation>Обновления из источника пакетов: %1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="192"/>
        <source>Visitor statistics</source>
        <translation>Статистика посетителей</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="193"/>
        <source>Export diagnostics to USB</source>
        <translation>Выгрузить диагностику на USB</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="194"/>
        <source>Change the PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="195"/>
        <source>Restart the kiosk</source>
        <translation>Перезапустить киоск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="207"/>
        <source>Careful: these replace the content or stop the kiosk</source>
        <translation>Осторожно: эти действия заменяют содержимое или останавливают киоск</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="220"/>
        <source>Exit to the desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="230"/>
        <source>Content packs on USB sticks</source>
        <translation>Пакеты содержания на USB-накопителях</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="231"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="266"/>
        <source>Content version %1 · made %2 · %3 MB</source>
        <translation>Версия содержания %1 · создан %2 · %3 МБ</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="275"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="289"/>
        <source>Backups (newest first)</source>
        <translation>Резервные копии (сначала новые)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="314"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="348"/>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="392"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="356"/>
        <source>Too many wrong PINs: the pad is locked for a few minutes.</source>
        <translation>Слишком много неверных PIN-кодов: ввод заблокирован на несколько минут.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="377"/>
        <source>Import this pack? The current content is backed up first.</source>
        <translation>Импортировать этот пакет? Сначала будет сделана резервная копия текущего содержания.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="378"/>
        <source>Restore this backup? The current database is backed up first.</source>
        <translation>Восстановить эту копию? Сначала будет сделана резервная копия текущей базы.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="379"/>
        <source>Restart the kiosk now?</source>
        <translation>Перезапустить киоск сейчас?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="380"/>
        <source>Leave the kiosk for the desktop? It will not start again by itself.</source>
        <translation>Выйти на рабочий стол? Киоск не запустится сам.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="390"/>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="391"/>
        <source>Keep the current content</source>
        <translation>Оставить текущее содержимое</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="399"/>
        <source>Import this pack</source>
        <translation>Импортировать пакет</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="400"/>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="401"/>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="402"/>
        <source>Exit to desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="232"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1:%2.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="234"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Неверный PIN-код. Осталось попыток: %1.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="242"/>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите новый PIN-код дважды.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="247"/>
        <source>This PIN cannot be used: %1</source>
        <translation>Этот PIN-код нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="250"/>
        <source>The new PIN is saved.</source>
        <translation>Новый PIN-код сохранён.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="280"/>
        <source>No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh.</source>
        <translation>Пакет содержания не найден. Вставьте USB-накопитель с файлом .kioskpack и нажмите «Обновить».</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="290"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="294"/>
        <source>The pack was not imported, the content is unchanged: %1</source>
        <translation>Пакет не импортирован, содержание не изменилось: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="298"/>
        <source>Imported content version %1.</source>
        <translation>Импортирована версия содержания %1.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="300"/>
        <source>This pack holds the content the kiosk already shows; nothing changed.</source>
        <translation>В пакете то же содержание, что уже показывает киоск; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="320"/>
        <source>Restoring %1</source>
        <translation>Восстановление %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="324"/>
        <source>Nothing was restored, the content is unchanged: %1</source>
        <translation>Ничего не восстановлено, содержание не изменилось: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="329"/>
        <source>The backup is restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="337"/>
        <source>This setting cannot be changed here.</source>
        <translation>Эту настройку здесь изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="345"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="349"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="367"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation>Статистику посетителей не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="380"/>
        <location filename="../ui/staff_menu.py" line="404"/>
        <source>No writable USB stick found. Plug one in and try again.</source>
        <translation>Не найден USB-накопитель для записи. Вставьте его и повторите.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="387"/>
        <source>Writing visitor statistics to %1</source>
        <translation>Запись статистики посетителей в %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="391"/>
        <source>The visitor statistics could not be written: %1</source>
        <translation>Статистику посетителей не удалось записать: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="393"/>
        <source>Visitor statistics (%1 sessions) written to %2</source>
        <translation>Статистика посетителей (сеансов: %1) записана в %2</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="411"/>
        <source>Writing diagnostics to %1</source>
        <translation>Запись диагностики на %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="415"/>
        <source>The diagnostics could not be written: %1</source>
        <translation>Не удалось записать диагностику: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="417"/>
        <source>Diagnostics written to %1</source>
        <translation>Диагностика записана: %1</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="442"/>
        <source>Please wait: the previous task is still running.</source>
        <translation>Подождите: предыдущая задача ещё выполняется.</translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="468"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="124"/>
        <source>Visitor screens</source>
        <translation>Экраны для посетителей</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="126"/>
        <source>Return to the start after (seconds without a touch)</source>
        <translation>Возврат к началу через (секунд без касания)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="135"/>
        <source>Start language</source>
        <translation>Язык при запуске</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="148"/>
        <source>Languages offered to visitors</source>
        <translation>Языки для посетителей</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="161"/>
        <source>Read aloud and accessibility</source>
        <translation>Чтение вслух и доступность</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="163"/>
        <source>Read-aloud speaking rate</source>
        <translation>Скорость чтения вслух</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="166"/>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="167"/>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="170"/>
        <source>Normal</source>
        <extracomment>The read-aloud rate in the staff menu: 0 is the voice&apos;s own speed</extracomment>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="176"/>
        <source>Volume each visitor starts with</source>
        <translation>Громкость, с которой начинает каждый посетитель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="181"/>
        <source>Volume %1 %</source>
        <extracomment>The starting read-aloud volume in the staff menu, %1 in percent</extracomment>
        <translation>Громкость %1 %</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="187"/>
        <source>What the accessibility panel offers visitors</source>
        <translation>Что панель доступности предлагает посетителям</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="188"/>
        <source>Tap to offer or withdraw; with none, the panel shows no switches.</source>
        <translation>Нажмите, чтобы предложить или убрать; если не выбрано ничего, панель не показывает переключателей.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Read aloud</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>Low reach</source>
        <translation>Низкое расположение</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Less motion</source>
        <translation>Меньше движения</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="203"/>
        <source>Idle time for visitors using read aloud or the keypad</source>
        <translation>Время без касаний для посетителей, которые слушают чтение вслух или пользуются клавиатурой</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="204"/>
        <source>How many times longer than the others they may go without a touch.</source>
        <translation>Во сколько раз дольше остальных они могут не касаться экрана.</translation>
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
        <translation>Экран</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="217"/>
        <source>Screen layout</source>
        <translation>Компоновка экрана</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="231"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="256"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Portrait</source>
        <translation>Портретная</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Small screen</source>
        <translation>Маленький экран</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="230"/>
        <source>Screen pixels per inch (for 20 mm touch targets)</source>
        <translation>Пикселей на дюйм (для кнопок 20 мм)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="241"/>
        <source>Height of the screen&apos;s bottom edge above the floor</source>
        <translation>Высота нижнего края экрана над полом</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="242"/>
        <source>For low reach: visitors&apos; controls then stay between 380 and 1220 mm above the floor.</source>
        <translation>Для режима «Низкое расположение»: элементы управления тогда остаются на высоте от 380 до 1220 мм над полом.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="246"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="265"/>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="252"/>
        <source>Visible height of the screen</source>
        <translation>Видимая высота экрана</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="253"/>
        <source>Automatic: from the screen&apos;s pixels per inch.</source>
        <translation>Автоматически: по числу пикселей на дюйм экрана.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="271"/>
        <source>Attract loop</source>
        <translation>Заставка</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="273"/>
        <source>Pictures the attract loop shows</source>
        <translation>Изображения, которые показывает заставка</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="274"/>
        <source>Tap files in the order the loop shows them; tap again to leave one out. Copy pictures into %1 first.</source>
        <translation>Нажимайте на файлы в том порядке, в каком их должна показывать заставка; повторное нажатие убирает файл. Сначала скопируйте изображения в %1.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="277"/>
        <source>Designed loop (no files)</source>
        <translation>Стандартная заставка (без файлов)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="281"/>
        <source>Look again</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="287"/>
        <source>The media folder holds no pictures.</source>
        <translation>В папке media нет изображений.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="353"/>
        <source>%1 (no longer in the media folder)</source>
        <translation>%1 (файла больше нет в папке media)</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="363"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
</context>
<context>
    <name>StaffStatistics</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="16"/>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="27"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="28"/>
        <source>Median length</source>
        <translation>Медиана длительности</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="29"/>
        <source>Top language</source>
        <translation>Главный язык</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="78"/>
        <source>Export statistics to USB</source>
        <translation>Экспорт статистики на USB</translation>
    </message>
</context>
<context>
    <name>SystemBranch</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SystemBranch.qml" line="62"/>
        <source>Manufacturers and production bases</source>
        <translation>Производители и производственные базы</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="74"/>
        <source>Innovative industrial system</source>
        <translation>Инновационная промышленная система</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="75"/>
        <source>Industries, their clusters, manufacturers and production bases, as the content links them. Tap any name to read more.</source>
        <translation>Отрасли, их кластеры, производители и производственные базы и связи между ними. Коснитесь названия, чтобы узнать больше.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="167"/>
        <source>Food</source>
        <translation>Пищевая промышленность</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="168"/>
        <source>Home appliances and electronics</source>
        <translation>Бытовая техника и электроника</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="169"/>
        <source>Steel structures</source>
        <translation>Стальные конструкции</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="170"/>
        <source>New energy</source>
        <translation>Новая энергетика</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="176"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="177"/>
        <source>Provincial level</source>
        <translation>Провинциальный уровень</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="183"/>
        <source>Leading county</source>
        <translation>Ведущий уезд</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="184"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="218"/>
        <source>Industrial cluster</source>
        <translation>Промышленный кластер</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="190"/>
        <source>Industrial clusters</source>
        <translation>Промышленные кластеры</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="191"/>
        <source>Flagship manufacturers</source>
        <translation>Ведущие производители</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="192"/>
        <source>Production bases</source>
        <translation>Производственные базы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="193"/>
        <source>Service platforms</source>
        <translation>Сервисные платформы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="194"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="195"/>
        <source>Signature industries</source>
        <translation>Профильные отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="196"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="224"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="197"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="198"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="199"/>
        <source>About the zone</source>
        <translation>О зоне</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="207"/>
        <source>Clusters</source>
        <comment>Home tile</comment>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="208"/>
        <source>Manufacturers</source>
        <comment>Home tile</comment>
        <translation>Производители</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="209"/>
        <source>Production bases</source>
        <comment>Home tile</comment>
        <translation>Базы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="210"/>
        <source>Service platforms</source>
        <comment>Home tile</comment>
        <translation>Платформы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="211"/>
        <source>Initiatives</source>
        <comment>Home tile</comment>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="212"/>
        <source>Industries</source>
        <comment>Home tile</comment>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="219"/>
        <source>Flagship manufacturer</source>
        <translation>Ведущий производитель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="220"/>
        <source>Production base</source>
        <translation>Производственная база</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="221"/>
        <source>Service platform</source>
        <translation>Сервисная платформа</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="222"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="223"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="225"/>
        <source>Key figure</source>
        <translation>Ключевой показатель</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="226"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="227"/>
        <source>The zone</source>
        <translation>Зона</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="22"/>
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="71"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../admin/console/transfers.py" line="112"/>
        <source>This replaces the content, and your unsaved edits will be lost. Go on?</source>
        <translation>Содержание будет заменено, а несохранённые правки потеряны. Продолжить?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="113"/>
        <source>Discard edits and go on</source>
        <translation>Отбросить правки и продолжить</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="117"/>
        <location filename="../admin/console/transfers.py" line="119"/>
        <source>Import workbook</source>
        <translation>Импорт книги</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="119"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Книги (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="123"/>
        <location filename="../admin/console/transfers.py" line="135"/>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="129"/>
        <location filename="../admin/console/transfers.py" line="131"/>
        <source>Import pack</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="131"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Content packs (*.kioskpack)</source>
        <translation>Пакеты содержания (*.kioskpack)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="144"/>
        <source>%1 imported as history entry #%2: %3.</source>
        <translation>%1 импортирован как запись истории №%2: %3.</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="146"/>
        <source>%1 holds the same content as the kiosk; nothing changed.</source>
        <translation>В %1 то же содержание, что и в киоске; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Export workbook</source>
        <translation>Экспорт книги</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <source>The workbook holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>В книгу попадёт сохранённое содержание, без несохранённых правок. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="162"/>
        <location filename="../admin/console/transfers.py" line="188"/>
        <source>Writing %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="165"/>
        <source>Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.</source>
        <translation>Записано: %1. Отредактируйте в Excel или LibreOffice Calc, затем импортируйте здесь.</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Export pack</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>The pack holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation>В пакет попадёт сохранённое содержание, без несохранённых правок. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>signed with key %1</source>
        <translation>подписан ключом %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="185"/>
        <source>Wrote %1: content version %2, %3 files, %4.</source>
        <translation>Записано: %1 — версия содержания %2, файлов: %3, %4.</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <location filename="../admin/console/transfers.py" line="195"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <source>Publishing sends the saved content; your unsaved edits are not in it. Publish anyway?</source>
        <translation>Публикуется сохранённое содержимое; несохранённых правок в нём нет. Всё равно опубликовать?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="197"/>
        <source>Pack source folder (shared folder or web server folder)</source>
        <translation>Папка источника пакетов (общая папка или папка веб-сервера)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="207"/>
        <source>Published release %1 to %2. Kiosks that poll it show it within their poll interval, between visitors.</source>
        <translation>Выпуск %1 опубликован в %2. Киоски, которые его опрашивают, покажут его в пределах своего интервала опроса, между посетителями.</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="211"/>
        <source>Publishing to %1</source>
        <translation>Публикация в %1</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="220"/>
        <source>Sign the pack?</source>
        <translation>Подписать пакет?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="221"/>
        <source>Kiosks that accept only signed packs need a signature. Sign it with the committee&apos;s private key file?</source>
        <translation>Киоскам, принимающим только подписанные пакеты, нужна подпись. Подписать закрытым ключом комитета?</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <source>Sign with key…</source>
        <translation>Подписать ключом…</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <location filename="../admin/console/transfers.py" line="235"/>
        <location filename="../admin/console/transfers.py" line="238"/>
        <source>Export unsigned</source>
        <translation>Экспорт без подписи</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Private key</source>
        <translation>Закрытый ключ</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>Ключи подписи (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="236"/>
        <source>This kiosk accepts only signed packs (setting packs.allow_unsigned is off): it refuses an unsigned pack, and so does every kiosk set the same way. Write an unsigned pack anyway?</source>
        <translation>Этот киоск принимает только подписанные пакеты (настройка packs.allow_unsigned выключена): пакет без подписи он отклонит, как и любой киоск с той же настройкой. Всё равно записать пакет без подписи?</translation>
    </message>
</context>
<context>
    <name>TranslationCell</name>
    <message>
        <location filename="../admin/console/fields.py" line="206"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="207"/>
        <source>Tick once a person has checked this translation</source>
        <translation>Отметьте, когда человек проверит этот перевод</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="208"/>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="209"/>
        <source>Another language of this text changed after it was written: check it, then tick Verified</source>
        <translation>После написания этого текста изменился тот же текст на другом языке: проверьте его и отметьте «Проверено»</translation>
    </message>
</context>
<context>
    <name>VisitorsPane</name>
    <message>
        <location filename="../admin/console/visitors.py" line="177"/>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="178"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="179"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="180"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="181"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="182"/>
        <source>Whole hall</source>
        <translation>Весь зал</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="183"/>
        <source>This PC</source>
        <translation>Этот ПК</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="184"/>
        <source>Whole hall: what the kiosks sent to the office database. This PC: the statistics file in this PC&apos;s data folder.</source>
        <translation>Весь зал: то, что киоски отправили в базу данных офиса. Этот ПК: файл статистики в папке данных этого ПК.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="186"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="187"/>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="188"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="189"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="190"/>
        <source>Export xlsx…</source>
        <translation>Экспорт xlsx…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="191"/>
        <source>Import statistics from kiosks…</source>
        <translation>Импорт статистики из киосков…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="193"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="231"/>
        <source>All kiosks</source>
        <translation>Все киоски</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="260"/>
        <source>Left out, not kiosk statistics: %1</source>
        <translation>Пропущено, это не статистика киосков: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="275"/>
        <source>No visitor statistics yet. The kiosk records them while visitors use it; on the office PC, import the files kiosks wrote to a USB stick.</source>
        <translation>Статистики посетителей пока нет. Киоск записывает её, пока посетители им пользуются; на офисном ПК импортируйте файлы, которые киоски записали на USB-накопитель.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="282"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation>Статистику посетителей не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="317"/>
        <source>There are no visitor statistics to export yet.</source>
        <translation>Статистики посетителей для экспорта пока нет.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="321"/>
        <source>Export visitor statistics</source>
        <translation>Экспорт статистики посетителей</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="329"/>
        <source>Wrote %1: %2 tables, %n session(s).</source>
        <translation>
            <numerusform>Записан %1: таблиц: %2, сеансов: %n.</numerusform>
            <numerusform>Записан %1: таблиц: %2, сеансов: %n.</numerusform>
            <numerusform>Записан %1: таблиц: %2, сеансов: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="347"/>
        <source>%1: kiosk %2: %n session(s) added, %3 already there.</source>
        <translation>
            <numerusform>%1: киоск %2: добавлено сеансов: %n, уже были: %3.</numerusform>
            <numerusform>%1: киоск %2: добавлено сеансов: %n, уже были: %3.</numerusform>
            <numerusform>%1: киоск %2: добавлено сеансов: %n, уже были: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="354"/>
        <source>Imported %1 file(s): %n session(s) added.</source>
        <translation>
            <numerusform>Импортировано файлов: %1; добавлено сеансов: %n.</numerusform>
            <numerusform>Импортировано файлов: %1; добавлено сеансов: %n.</numerusform>
            <numerusform>Импортировано файлов: %1; добавлено сеансов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="332"/>
        <source>Exporting visitor statistics</source>
        <translation>Экспорт статистики посетителей</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="333"/>
        <source>Nothing was exported: %1</source>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="337"/>
        <source>Import statistics from kiosks</source>
        <translation>Импорт статистики из киосков</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="338"/>
        <source>Kiosk statistics (%1)</source>
        <translation>Статистика киосков (%1)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="341"/>
        <source>Importing visitor statistics</source>
        <translation>Импорт статистики посетителей</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="342"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="351"/>
        <source>(An older file than one imported before: only days not yet known were added.)</source>
        <translation>(Файл старше импортированного ранее: добавлены только дни, которых ещё не было.)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="357"/>
        <source>Nothing new: these files were imported before.</source>
        <translation>Ничего нового: эти файлы уже импортировались.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="367"/>
        <source>Please wait: another task is still running.</source>
        <translation>Подождите: другая задача ещё выполняется.</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="377"/>
        <source>Saved the chart to %1</source>
        <translation>Диаграмма сохранена в %1</translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="379"/>
        <source>The chart could not be saved to %1</source>
        <translation>Диаграмму не удалось сохранить в %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../admin/console/labels.py" line="35"/>
        <source>The zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="36"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="37"/>
        <source>Industrial clusters</source>
        <translation>Промышленные кластеры</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="38"/>
        <source>Flagship manufacturers</source>
        <translation>Ведущие производители</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="39"/>
        <source>Production bases</source>
        <translation>Производственные базы</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="40"/>
        <source>Service platforms</source>
        <translation>Сервисные платформы</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="41"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="42"/>
        <source>Signature industries</source>
        <translation>Профильные отрасли</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="43"/>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="44"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="47"/>
        <source>Zone profile</source>
        <translation>Профиль зоны</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="48"/>
        <source>Key figure</source>
        <translation>Ключевой показатель</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="49"/>
        <location filename="../admin/console/labels.py" line="65"/>
        <source>Industrial cluster</source>
        <translation>Промышленный кластер</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="50"/>
        <source>Flagship manufacturer</source>
        <translation>Ведущий производитель</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="51"/>
        <source>Production base</source>
        <translation>Производственная база</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="52"/>
        <source>Service platform</source>
        <translation>Сервисная платформа</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="53"/>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="54"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="55"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="56"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="59"/>
        <source>Food</source>
        <translation>Пищевая промышленность</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="60"/>
        <source>Home appliances and electronics</source>
        <translation>Бытовая техника и электроника</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="61"/>
        <source>Steel structures</source>
        <translation>Стальные конструкции</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="62"/>
        <source>New energy</source>
        <translation>Новая энергетика</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="63"/>
        <source>National level</source>
        <translation>Национальный уровень</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="64"/>
        <source>Provincial level</source>
        <translation>Провинциальный уровень</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="66"/>
        <source>Leading county</source>
        <translation>Ведущий уезд</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="67"/>
        <source>count (no unit)</source>
        <translation>количество (без единицы)</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="68"/>
        <source>yuan</source>
        <translation>юани</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="69"/>
        <source>over (shown with +)</source>
        <translation>свыше (показывается с +)</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="70"/>
        <source>more than (shown with +)</source>
        <translation>более (показывается с +)</translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="71"/>
        <source>exactly</source>
        <translation>ровно</translation>
    </message>
</context>
</TS>
