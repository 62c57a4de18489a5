<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="36"/>
        <source>About this information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/AboutPage.qml" line="81"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessButton</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="12"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="15"/>
        <source>Accessibility (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessButton.qml" line="16"/>
        <source>Read aloud, larger text, high contrast, low reach, less motion and volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="69"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="77"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="85"/>
        <source>These choices last until the screen returns to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="99"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="107"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="115"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="123"/>
        <source>Low reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="131"/>
        <source>Less motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="144"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="151"/>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="162"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessPanel.qml" line="169"/>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessToggle</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/AccessToggle.qml" line="48"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/AttractOverlay.qml" line="279"/>
        <source>Touch the screen to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="49"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="58"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="73"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/BottomBar.qml" line="81"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="33"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="35"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="37"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="51"/>
        <source>verified tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="57"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="68"/>
        <source>This entry was recorded before the kiosk kept the content of each version: only the counts in the list are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="71"/>
        <source>No record changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="82"/>
        <source>… and %1 more records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/changes.py" line="98"/>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollapsiblePanel</name>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Show panel ▴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="73"/>
        <source>Hide panel ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="74"/>
        <source>Open the Problems and History panel again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/panel.py" line="75"/>
        <source>Fold this panel to its tabs, so the record gets the room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../admin/console/conflicts.py" line="33"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="36"/>
        <source>%1 was removed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="38"/>
        <source>%1 was added by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="39"/>
        <source>%1 was changed by %2 at %3 (you opened version %4, it is now version %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="45"/>
        <source>Not saved: someone else changed what you changed, since you opened it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="51"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="52"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="48"/>
        <source>Reload takes the content as it is now and keeps your unsaved edits, except where someone else changed the same field (theirs stands there); Compare shows your edits beside theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="55"/>
        <source>Reload after a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="60"/>
        <source>Your edits and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="70"/>
        <source>Reloaded: the content as it is now, with your unsaved edits kept (not saved yet; Undo takes the reload&apos;s merge back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="73"/>
        <source>Reloaded: the content as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="76"/>
        <source>Someone else changed these too, so theirs stands and your edit was dropped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="80"/>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="87"/>
        <source>No difference in the fields: only the version moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/conflicts.py" line="89"/>
        <source>In the database now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../admin/console/app.py" line="38"/>
        <source>Content console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/app.py" line="39"/>
        <source>Your staff role (recorded in the history with every change), e.g. editor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../admin/console/window.py" line="354"/>
        <source>Content console — Jiaozhou industry kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="308"/>
        <source>Content console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="309"/>
        <source>Jiaozhou · SCO Demonstration Zone information kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="310"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="311"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="312"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="314"/>
        <source>Save every edit in one step (a backup is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <location filename="../admin/console/window.py" line="428"/>
        <location filename="../admin/console/window.py" line="429"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="317"/>
        <source>Open the record in the visitor screens, as it will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="318"/>
        <source>Check a workbook (.xlsx) and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="319"/>
        <source>Write the saved content as a workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Import pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="320"/>
        <source>Check a content pack and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Export pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="321"/>
        <source>Write the saved content and its images as a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="323"/>
        <source>A new record of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="324"/>
        <source>A copy of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="325"/>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>↑ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="326"/>
        <source>Show it earlier on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>↓ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="327"/>
        <source>Show it later on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="328"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="333"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Staff role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="356"/>
        <source>Content version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="359"/>
        <source>Unsaved: %n record(s) changed</source>
        <translation>
            <numerusform>Unsaved: %n record changed</numerusform>
            <numerusform>Unsaved: %n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="360"/>
        <source>, %n removed</source>
        <translation>
            <numerusform>, %n removed</numerusform>
            <numerusform>, %n removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="362"/>
        <source>All edits are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="315"/>
        <source>Discard all edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="316"/>
        <source>Drop every unsaved edit at once and go back to the saved content (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Publish to kiosks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="322"/>
        <source>Put the saved content on the pack source the kiosks poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="335"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="340"/>
        <location filename="../admin/console/window.py" line="410"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="351"/>
        <source>Unverified and stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Hide it from visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="411"/>
        <source>Show it to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="415"/>
        <source>Undo one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="416"/>
        <source>Take back the last edit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="417"/>
        <source>Redo one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="418"/>
        <source>Do again the edit just taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="427"/>
        <source>Drop every unsaved edit and go back to the saved content? Undo brings the edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="437"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="447"/>
        <source>Choose image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="448"/>
        <source>%1 will be stored as %2 × %3 pixels (with a thumbnail) when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="451"/>
        <source>Reading the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="457"/>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="469"/>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="499"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="508"/>
        <source>Saved in the office database %3 as history entry #%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="510"/>
        <source>Kiosks show it after you publish it (File › Publish to kiosks…), or by a content pack on a USB stick (File › Export pack…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="514"/>
        <source>Not saved: %n problem(s) to fix first. Nothing was written.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix first. Nothing was written.</numerusform>
            <numerusform>Not saved: %n problems to fix first. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/window.py" line="519"/>
        <source>… and %n more in the Problems list below.</source>
        <translation>
            <numerusform>… and %n more in the Problems list below.</numerusform>
            <numerusform>… and %n more in the Problems list below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="534"/>
        <source>Preview needs a record without problems in its own fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="556"/>
        <source>The preview could not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="558"/>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="573"/>
        <source>%1 is still running. Cancel it and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="506"/>
        <source>Saved on this PC as history entry #%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="507"/>
        <source>Kiosks show it after you export a content pack (File › Export pack…) and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="574"/>
        <source>Cancel it and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/window.py" line="580"/>
        <source>You have unsaved edits. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="113"/>
        <source>This entry is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Clusters in this industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="218"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More in this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/DetailPage.qml" line="271"/>
        <source>More to explore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../admin/console/labels.py" line="74"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="75"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="76"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="78"/>
        <source>Source&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="79"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="80"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="81"/>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="82"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="83"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="84"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="85"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="86"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="87"/>
        <source>Focus industry of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="88"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="89"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="90"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="91"/>
        <source>Manufacturers in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="92"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="93"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="94"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="95"/>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="96"/>
        <source>Picture described in words (read aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="97"/>
        <source>Picture&apos;s focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="98"/>
        <source>Search keywords (never shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetPane</name>
    <message>
        <location filename="../admin/console/fleet.py" line="88"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="89"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="91"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="93"/>
        <source>Kiosks report here when they share the office database (start the console with --database postgresql+psycopg://… or set KIOSK_DATABASE_URL), or when the setting fleet.source names the folder pack source they read (kiosk settings set fleet.source FOLDER); the README&apos;s “Many kiosks” section says how to set up either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="108"/>
        <source>No office database and no folder pack source is set up, so no kiosk can report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="124"/>
        <source>%1 kiosks: %2 online, %3 offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="127"/>
        <source>Newest content: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="128"/>
        <source>No kiosk has reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="131"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="132"/>
        <source>offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="135"/>
        <source>%1 (behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fleet.py" line="137"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../admin/console/labels.py" line="115"/>
        <source>Saved in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="116"/>
        <source>Workbook imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="117"/>
        <source>Content pack imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="118"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="119"/>
        <source>Default content loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="123"/>
        <source>the program (first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="124"/>
        <source>staff at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="125"/>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="126"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="215"/>
        <source>Version %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="227"/>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="235"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="237"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="239"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="242"/>
        <source>content details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/labels.py" line="244"/>
        <source>%n image file(s)</source>
        <translation>
            <numerusform>%n image file</numerusform>
            <numerusform>%n image files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="63"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="64"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="88"/>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="89"/>
        <source>Every save and import is an entry; restoring one adds a new entry and loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="130"/>
        <source>Select an entry to see what it changed; double-click opens it in a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="143"/>
        <source>History entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="144"/>
        <source>What this entry changed, before → after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="163"/>
        <source>Entry #%1 was recorded before the kiosk kept snapshots; restore a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="165"/>
        <source>Bring back the content as it was after entry #%1 (%2, %3)? It becomes a new entry; nothing later is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="168"/>
        <source>Your unsaved edits will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="172"/>
        <source>Entry #%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="175"/>
        <source>The content is already as it was after entry #%1; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="177"/>
        <source>Restoring changes this, now → then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="178"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="185"/>
        <source>Version %1 restored as history entry #%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/history.py" line="189"/>
        <source>Restoring version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="73"/>
        <location filename="../ui/qml/Kiosk/pages/HomePage.qml" line="103"/>
        <source>Industrial system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="37"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="63"/>
        <source>The screen will return to the start in a few seconds. Touch anywhere to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/IdleOverlay.qml" line="70"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="50"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="51"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="72"/>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="76"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="80"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../admin/console/labels.py" line="101"/>
        <source>Required in every language: write the %1 translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="102"/>
        <source>%1 has translations but no English text for visitors to fall back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="103"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="104"/>
        <source>Use lower-case letters a–z, digits and single hyphens, e.g. haier-group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="105"/>
        <source>Write a full web address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="106"/>
        <source>Another record of this kind already uses this slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="107"/>
        <source>Choose the source the facts come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="108"/>
        <source>Names “%1”, which is not in the content (renamed or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="109"/>
        <source>Write a number, e.g. 1500 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="110"/>
        <source>Write a date as YYYY-MM-DD, e.g. 2025-08-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="111"/>
        <source>The value is outside what is allowed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="112"/>
        <source>The content must hold exactly one zone profile; it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../admin/console/jobbar.py" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="83"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="97"/>
        <source>%1: cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/jobbar.py" line="102"/>
        <source>%1: refused, nothing was changed. %n problem(s), listed in the Import report below.</source>
        <translation>
            <numerusform>%1: refused, nothing was changed. %n problem, listed in the Import report below.</numerusform>
            <numerusform>%1: refused, nothing was changed. %n problems, listed in the Import report below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="105"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/jobbar.py" line="114"/>
        <source>(It was too late to cancel: the work had finished.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>Tab or ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="17"/>
        <source>next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>Shift+Tab or ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="18"/>
        <source>previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="19"/>
        <source>choose the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>Back or Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="20"/>
        <source>go back, or close this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>Help or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="21"/>
        <source>this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="48"/>
        <source>Using the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/components/KeyHelp.qml" line="57"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../admin/console/records.py" line="108"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="109"/>
        <source>Search all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="110"/>
        <source>Finds records of every kind by title (in any language) or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="127"/>
        <source>Nothing found in any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/records.py" line="149"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem to fix before saving</numerusform>
            <numerusform>%n problems to fix before saving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="48"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="72"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="76"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/ListPage.qml" line="141"/>
        <source>Nothing to show here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="14"/>
        <source>Jiaozhou industry kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Main.qml" line="53"/>
        <source>Low reach: the screen&apos;s controls are below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../admin/console/media.py" line="68"/>
        <source>The picture could not be encoded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="69"/>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="70"/>
        <source>%1 is %2 MB; pictures up to %3 MB are accepted. Save it smaller in an image editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="71"/>
        <source>%1 is not a picture that can be read (%2). Choose a JPEG, PNG, WebP, GIF or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="72"/>
        <source>%1 is %2 × %3 pixels; pictures up to %4 pixels on the longer side are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/media.py" line="73"/>
        <source>%1 could not be read as a picture (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreNode</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/MoreNode.qml" line="17"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../admin/console/picture.py" line="112"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="113"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="114"/>
        <source>Centre the crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/picture.py" line="115"/>
        <source>Click the picture where its subject is: the kiosk&apos;s screens crop around that point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../admin/console/preview.py" line="40"/>
        <source>Preview (not saved) — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="30"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="52"/>
        <source>No problems: every edit can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/problems.py" line="58"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../admin/console/labels.py" line="131"/>
        <source>backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="132"/>
        <source>checking every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="133"/>
        <source>checking references and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="134"/>
        <source>checking the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="135"/>
        <source>checksumming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="136"/>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="137"/>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="138"/>
        <source>comparing with the current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="139"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="140"/>
        <source>installing media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="141"/>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="142"/>
        <source>opening the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="143"/>
        <source>opening the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="144"/>
        <source>reading the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="145"/>
        <source>recording that nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="146"/>
        <source>recording the change in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="147"/>
        <source>saving the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="148"/>
        <source>validating the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="149"/>
        <source>writing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="150"/>
        <source>writing the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="151"/>
        <source>checking for changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="152"/>
        <source>reading the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="153"/>
        <source>preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="154"/>
        <source>writing the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="155"/>
        <source>opening the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="255"/>
        <source>reading sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="257"/>
        <source>writing sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../admin/console/prompts.py" line="88"/>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrBox</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/QrBox.qml" line="33"/>
        <source>Scan to open this page on your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../admin/console/editor.py" line="242"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="243"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="244"/>
        <source>Texts and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="245"/>
        <source>Source, web address and image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="248"/>
        <source>Visitors can see this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="249"/>
        <source>This is the year&apos;s focus industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="250"/>
        <source>Lower-case letters, digits and hyphens; records pointing at it follow a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="251"/>
        <source>Smaller numbers come first on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="252"/>
        <source>Shown as a QR code on the record&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="255"/>
        <source>Required in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="259"/>
        <source>Choose a record on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="324"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="325"/>
        <source>Not published: visitors do not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="327"/>
        <source>%n translation(s) not verified</source>
        <translation>
            <numerusform>%n translation not verified</numerusform>
            <numerusform>%n translations not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/editor.py" line="329"/>
        <source>%n need(s) review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="331"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="410"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="422"/>
        <location filename="../admin/console/editor.py" line="430"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="455"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="456"/>
        <source>The kiosk shows the sector&apos;s icon instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="468"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="469"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="484"/>
        <location filename="../admin/console/editor.py" line="490"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="523"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/editor.py" line="529"/>
        <source>Mark %1 not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../admin/console/models.py" line="87"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="88"/>
        <source>Title and slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="89"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="90"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="91"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="92"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="97"/>
        <source>Sort order: visitors see records in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="98"/>
        <source>Title in the list language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="99"/>
        <source>The record&apos;s name in addresses and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="100"/>
        <source>Published: visitors can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="101"/>
        <source>Translations nobody has ticked as checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="102"/>
        <source>Problems that block saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="124"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="150"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/models.py" line="152"/>
        <source>Not published: visitors do not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="154"/>
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem to fix before saving</numerusform>
            <numerusform>%n problems to fix before saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/models.py" line="188"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="266"/>
        <source>Filter by title or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="267"/>
        <source>Unverified only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="268"/>
        <source>Only records with translations nobody has checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="269"/>
        <source>The language of the titles in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="401"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="411"/>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="420"/>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="421"/>
        <source>Delete “%1”? Records that point at it will show a problem until they are changed. You can undo this until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="422"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="429"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="438"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Publish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/records.py" line="448"/>
        <source>Unpublish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="60"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="75"/>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="95"/>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Sessions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="77"/>
        <source>Minutes in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="80"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="86"/>
        <source>When sessions started: weekday and hour (darker: more sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="87"/>
        <source>Weekday × hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="96"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="103"/>
        <source>A session that switched language counts for each language it used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="104"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="108"/>
        <source>Search</source>
        <comment>the search page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="112"/>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="113"/>
        <source>Mean seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Top pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="117"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Top records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="126"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Languages by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="136"/>
        <source>Page views per section, by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="137"/>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="141"/>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="147"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="39"/>
        <source>Nothing to show for these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>&lt; 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>30 s - 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>1-2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>2-5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="43"/>
        <source>5-10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>10-20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="44"/>
        <source>20 min +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="49"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="50"/>
        <source>Low reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="51"/>
        <source>Less motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="68"/>
        <source>%n session(s) · median length %1 · languages: %2 · %3 searches found nothing</source>
        <translation>
            <numerusform>%n session · median length %1 · languages: %2 · %3 searches found nothing</numerusform>
            <numerusform>%n sessions · median length %1 · languages: %2 · %3 searches found nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="74"/>
        <source>%n session(s) in %1 day(s)</source>
        <translation>
            <numerusform>%n session in %1 day(s)</numerusform>
            <numerusform>%n sessions in %1 day(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitor_reports.py" line="93"/>
        <source>Median %1 over %n session(s)</source>
        <translation>
            <numerusform>Median %1 over %n session</numerusform>
            <numerusform>Median %1 over %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Without result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="142"/>
        <source>Result opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="143"/>
        <source>Top searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="148"/>
        <source>What visitors looked for and the kiosk does not have: candidates for new content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="149"/>
        <source>Searches that found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="156"/>
        <source>Times visitors turned each mode on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="158"/>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Times turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="157"/>
        <source>No accessibility mode was turned on in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Accessibility modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitor_reports.py" line="160"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../admin/console/review.py" line="186"/>
        <source>Texts a translator must look at: those that need review (another language of the same text changed after they were written) and those nobody has ticked verified yet. Select the ones you have checked and mark them verified, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="189"/>
        <source>Only texts that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="192"/>
        <source>Every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="196"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="197"/>
        <source>Checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="198"/>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="199"/>
        <source>Tick the selected texts as checked by a person (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="200"/>
        <source>Open in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="201"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/review.py" line="231"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="244"/>
        <source>%n text(s) listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="245"/>
        <source>%n need(s) review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/review.py" line="269"/>
        <source>Mark %n text(s) verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="114"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="135"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="115"/>
        <source>Type a name in Chinese, Russian or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="126"/>
        <source>For example: 海尔, steel, кластер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="154"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="327"/>
        <source>Nothing found. Try another word, or fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="334"/>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="190"/>
        <source>Try a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="209"/>
        <location filename="../ui/qml/Kiosk/pages/SearchPage.qml" line="350"/>
        <source>Or browse a section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceNote</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SourceNote.qml" line="31"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="46"/>
        <source>Use the up and down keys to move from item to item, and Enter to use the item. Back returns to the previous page. Help says this again; Repeat says the last words again. With read aloud on, tap an item once to hear it, and tap it again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="69"/>
        <location filename="../ui/bridge/speech_bridge.py" line="70"/>
        <location filename="../ui/bridge/speech_bridge.py" line="71"/>
        <source>button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="72"/>
        <source>check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="73"/>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="74"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="75"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="76"/>
        <source>text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="77"/>
        <source>slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="78"/>
        <source>list of choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="79"/>
        <source>menu item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="80"/>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="81"/>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="89"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="144"/>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="146"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="218"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="291"/>
        <source>Read aloud is not available: this kiosk has no speech engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="293"/>
        <source>Read aloud is not available in this language: no voice for it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="295"/>
        <source>Read aloud is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bridge/speech_bridge.py" line="377"/>
        <source>Read aloud is on. Tap an item once to hear it, and again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="71"/>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="82"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="87"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="128"/>
        <source>Enter the staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Choose a new staff PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="151"/>
        <source>Type the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="190"/>
        <source>Import a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="219"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="191"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="147"/>
        <source>This kiosk still has the first PIN, 000000, which is printed in the manual for everyone to read. Choose a PIN of your own before the menu opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="171"/>
        <source>Content version %1, made %2, on this kiosk since %3 · Program version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="241"/>
        <source>Updates from the pack source: %1</source>
        <extracomment>The staff menu&apos;s line about updates from the pack source; %1 is the last result, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="192"/>
        <source>Visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="193"/>
        <source>Export diagnostics to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="194"/>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="195"/>
        <source>Restart the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="207"/>
        <source>Careful: these replace the content or stop the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="220"/>
        <source>Exit to the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="230"/>
        <source>Content packs on USB sticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="231"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="266"/>
        <source>Content version %1 · made %2 · %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="275"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="289"/>
        <source>Backups (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="314"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="348"/>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="392"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="356"/>
        <source>Too many wrong PINs: the pad is locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="377"/>
        <source>Import this pack? The current content is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="378"/>
        <source>Restore this backup? The current database is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="379"/>
        <source>Restart the kiosk now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="380"/>
        <source>Leave the kiosk for the desktop? It will not start again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="390"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="391"/>
        <source>Keep the current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="399"/>
        <source>Import this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="400"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="401"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffMenu.qml" line="402"/>
        <source>Exit to desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="232"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="234"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="242"/>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="247"/>
        <source>This PIN cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="250"/>
        <source>The new PIN is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="280"/>
        <source>No content pack found. Plug in the USB stick with a .kioskpack file and tap Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="290"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="294"/>
        <source>The pack was not imported, the content is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="298"/>
        <source>Imported content version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="300"/>
        <source>This pack holds the content the kiosk already shows; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="320"/>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="324"/>
        <source>Nothing was restored, the content is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="329"/>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="337"/>
        <source>This setting cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="345"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="349"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="367"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="380"/>
        <location filename="../ui/staff_menu.py" line="404"/>
        <source>No writable USB stick found. Plug one in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="387"/>
        <source>Writing visitor statistics to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="391"/>
        <source>The visitor statistics could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="393"/>
        <source>Visitor statistics (%1 sessions) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="411"/>
        <source>Writing diagnostics to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="415"/>
        <source>The diagnostics could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="417"/>
        <source>Diagnostics written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="442"/>
        <source>Please wait: the previous task is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_menu.py" line="468"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="124"/>
        <source>Visitor screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="126"/>
        <source>Return to the start after (seconds without a touch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="135"/>
        <source>Start language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="148"/>
        <source>Languages offered to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="161"/>
        <source>Read aloud and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="163"/>
        <source>Read-aloud speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="166"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="167"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="170"/>
        <source>Normal</source>
        <extracomment>The read-aloud rate in the staff menu: 0 is the voice&apos;s own speed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="176"/>
        <source>Volume each visitor starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="181"/>
        <source>Volume %1 %</source>
        <extracomment>The starting read-aloud volume in the staff menu, %1 in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="187"/>
        <source>What the accessibility panel offers visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="188"/>
        <source>Tap to offer or withdraw; with none, the panel shows no switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="190"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="191"/>
        <source>Low reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Less motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="192"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="203"/>
        <source>Idle time for visitors using read aloud or the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="204"/>
        <source>How many times longer than the others they may go without a touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="209"/>
        <source>× %1</source>
        <extracomment>How many times longer, e.g. &quot;× 2,5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="215"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="217"/>
        <source>Screen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="231"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="256"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="219"/>
        <source>Small screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="230"/>
        <source>Screen pixels per inch (for 20 mm touch targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="241"/>
        <source>Height of the screen&apos;s bottom edge above the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="242"/>
        <source>For low reach: visitors&apos; controls then stay between 380 and 1220 mm above the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="246"/>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="265"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="252"/>
        <source>Visible height of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="253"/>
        <source>Automatic: from the screen&apos;s pixels per inch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="271"/>
        <source>Attract loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="273"/>
        <source>Pictures the attract loop shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="274"/>
        <source>Tap files in the order the loop shows them; tap again to leave one out. Copy pictures into %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="277"/>
        <source>Designed loop (no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="281"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="287"/>
        <source>The media folder holds no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="353"/>
        <source>%1 (no longer in the media folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffSettings.qml" line="363"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStatistics</name>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="16"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="27"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="28"/>
        <source>Median length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="29"/>
        <source>Top language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="31"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/staff/StaffStatistics.qml" line="78"/>
        <source>Export statistics to USB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemBranch</name>
    <message>
        <location filename="../ui/qml/Kiosk/components/SystemBranch.qml" line="62"/>
        <source>Manufacturers and production bases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="74"/>
        <source>Innovative industrial system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/pages/SystemPage.qml" line="75"/>
        <source>Industries, their clusters, manufacturers and production bases, as the content links them. Tap any name to read more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="167"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="168"/>
        <source>Home appliances and electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="169"/>
        <source>Steel structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="170"/>
        <source>New energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="176"/>
        <source>National level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="177"/>
        <source>Provincial level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="183"/>
        <source>Leading county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="184"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="218"/>
        <source>Industrial cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="190"/>
        <source>Industrial clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="191"/>
        <source>Flagship manufacturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="192"/>
        <source>Production bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="193"/>
        <source>Service platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="194"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="195"/>
        <source>Signature industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="196"/>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="224"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="197"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="198"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="199"/>
        <source>About the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="207"/>
        <source>Clusters</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="208"/>
        <source>Manufacturers</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="209"/>
        <source>Production bases</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="210"/>
        <source>Service platforms</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="211"/>
        <source>Initiatives</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="212"/>
        <source>Industries</source>
        <comment>Home tile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="219"/>
        <source>Flagship manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="220"/>
        <source>Production base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="221"/>
        <source>Service platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="222"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="223"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="225"/>
        <source>Key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="226"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Kiosk/Theme.qml" line="227"/>
        <source>The zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="22"/>
        <location filename="../ui/qml/Kiosk/components/Tile.qml" line="71"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../admin/console/transfers.py" line="112"/>
        <source>This replaces the content, and your unsaved edits will be lost. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="113"/>
        <source>Discard edits and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="117"/>
        <location filename="../admin/console/transfers.py" line="119"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="119"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="123"/>
        <location filename="../admin/console/transfers.py" line="135"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="129"/>
        <location filename="../admin/console/transfers.py" line="131"/>
        <source>Import pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="131"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Content packs (*.kioskpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="144"/>
        <source>%1 imported as history entry #%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="146"/>
        <source>%1 holds the same content as the kiosk; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="156"/>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <source>The workbook holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="154"/>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="162"/>
        <location filename="../admin/console/transfers.py" line="188"/>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="165"/>
        <source>Wrote %1. Edit it in Excel or LibreOffice Calc, then import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <location filename="../admin/console/transfers.py" line="172"/>
        <source>Export pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="170"/>
        <source>The pack holds the saved content; your unsaved edits are not in it. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>signed with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="184"/>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="185"/>
        <source>Wrote %1: content version %2, %3 files, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <location filename="../admin/console/transfers.py" line="195"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="194"/>
        <source>Publishing sends the saved content; your unsaved edits are not in it. Publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="197"/>
        <source>Pack source folder (shared folder or web server folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="207"/>
        <source>Published release %1 to %2. Kiosks that poll it show it within their poll interval, between visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="211"/>
        <source>Publishing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="220"/>
        <source>Sign the pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="221"/>
        <source>Kiosks that accept only signed packs need a signature. Sign it with the committee&apos;s private key file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <source>Sign with key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="222"/>
        <location filename="../admin/console/transfers.py" line="235"/>
        <location filename="../admin/console/transfers.py" line="238"/>
        <source>Export unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="224"/>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/transfers.py" line="236"/>
        <source>This kiosk accepts only signed packs (setting packs.allow_unsigned is off): it refuses an unsigned pack, and so does every kiosk set the same way. Write an unsigned pack anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationCell</name>
    <message>
        <location filename="../admin/console/fields.py" line="206"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="207"/>
        <source>Tick once a person has checked this translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="208"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/fields.py" line="209"/>
        <source>Another language of this text changed after it was written: check it, then tick Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorsPane</name>
    <message>
        <location filename="../admin/console/visitors.py" line="177"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="178"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="179"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="180"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="181"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="182"/>
        <source>Whole hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="183"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="184"/>
        <source>Whole hall: what the kiosks sent to the office database. This PC: the statistics file in this PC&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="186"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="187"/>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="188"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="189"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="190"/>
        <source>Export xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="191"/>
        <source>Import statistics from kiosks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="193"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="231"/>
        <source>All kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="260"/>
        <source>Left out, not kiosk statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="275"/>
        <source>No visitor statistics yet. The kiosk records them while visitors use it; on the office PC, import the files kiosks wrote to a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="282"/>
        <source>The visitor statistics cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="317"/>
        <source>There are no visitor statistics to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="321"/>
        <source>Export visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="329"/>
        <source>Wrote %1: %2 tables, %n session(s).</source>
        <translation>
            <numerusform>Wrote %1: %2 tables, %n session.</numerusform>
            <numerusform>Wrote %1: %2 tables, %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="347"/>
        <source>%1: kiosk %2: %n session(s) added, %3 already there.</source>
        <translation>
            <numerusform>%1: kiosk %2: %n session added, %3 already there.</numerusform>
            <numerusform>%1: kiosk %2: %n sessions added, %3 already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/console/visitors.py" line="354"/>
        <source>Imported %1 file(s): %n session(s) added.</source>
        <translation>
            <numerusform>Imported %1 file(s): %n session added.</numerusform>
            <numerusform>Imported %1 file(s): %n sessions added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="332"/>
        <source>Exporting visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="333"/>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="337"/>
        <source>Import statistics from kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="338"/>
        <source>Kiosk statistics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="341"/>
        <source>Importing visitor statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="342"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="351"/>
        <source>(An older file than one imported before: only days not yet known were added.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="357"/>
        <source>Nothing new: these files were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="367"/>
        <source>Please wait: another task is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="372"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="377"/>
        <source>Saved the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/visitors.py" line="379"/>
        <source>The chart could not be saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../admin/console/labels.py" line="35"/>
        <source>The zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="36"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="37"/>
        <source>Industrial clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="38"/>
        <source>Flagship manufacturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="39"/>
        <source>Production bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="40"/>
        <source>Service platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="41"/>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="42"/>
        <source>Signature industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="43"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="44"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="47"/>
        <source>Zone profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="48"/>
        <source>Key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="49"/>
        <location filename="../admin/console/labels.py" line="65"/>
        <source>Industrial cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="50"/>
        <source>Flagship manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="51"/>
        <source>Production base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="52"/>
        <source>Service platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="53"/>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="54"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="55"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="59"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="60"/>
        <source>Home appliances and electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="61"/>
        <source>Steel structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="62"/>
        <source>New energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="63"/>
        <source>National level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="64"/>
        <source>Provincial level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="66"/>
        <source>Leading county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="67"/>
        <source>count (no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="68"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="69"/>
        <source>over (shown with +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="70"/>
        <source>more than (shown with +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../admin/console/labels.py" line="71"/>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
