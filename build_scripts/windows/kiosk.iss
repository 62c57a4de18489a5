; Inno Setup 6 script: wraps the one-folder bundle (dist\jiaozhou-kiosk, made
; on Windows by `python build_scripts\build.py`) into one installer .exe.
;
;   iscc /DAppVersion=0.1.0 build_scripts\windows\kiosk.iss
;
; The CI workflow (.ci/windows-build.yml) passes the version from
; kiosk/__init__.py.  Output: dist\jiaozhou-kiosk-<version>-windows-x86_64-setup.exe
;
; The installer puts the program in Program Files (read-only for users; the
; kiosk writes only to %LOCALAPPDATA%\jiaozhou-kiosk) and offers to start
; the kiosk under its watchdog when a user signs in.  Locking Windows down
; (Assigned Access / Shell Launcher, edge swipes, touch keyboard) is in the
; README, "Deployment: locking down the kiosk PC".

#define AppId "jiaozhou-kiosk"
#define AppName "Jiaozhou Industry Kiosk"
#define AppPublisher "SCO Demonstration Zone Jiaozhou"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define BundleDir "..\..\dist\jiaozhou-kiosk"

[Setup]
; A fixed GUID: every version upgrades the same installation.
AppId={{5B0E4C3A-6F2D-4B7E-9C1A-2D8E7F4A9B61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/ultra64
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppId}.exe
; A running kiosk holds its files open: close it (and its watchdog) first.
CloseApplications=force
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "startwithwindows"; Description: "Start the kiosk when a user signs in to Windows (all users)"; GroupDescription: "Kiosk:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Every shortcut runs the watchdog, which starts the kiosk locked in full
; screen (`run --locked`) and restarts it after a crash or a freeze; `jiaozhou-kiosk.exe watchdog` started twice runs only once.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppId}.exe"; Parameters: "watchdog"; WorkingDir: "{app}"
Name: "{group}\{#AppName} diagnostics (to Desktop)"; Filename: "{app}\kiosk.exe"; Parameters: "diagnostics --out ""{userdesktop}"""; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppId}.exe"; Parameters: "watchdog"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; "Start with Windows": the Run key for all users (the kiosk account signs in
; automatically, see the README).  Removed again on uninstall.
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppId}"; ValueData: """{app}\{#AppId}.exe"" watchdog"; Flags: uninsdeletevalue; Tasks: startwithwindows

[Run]
Filename: "{app}\{#AppId}.exe"; Parameters: "watchdog"; Description: "Start the kiosk now"; Flags: postinstall nowait skipifsilent unchecked

[UninstallRun]
; Stop a running kiosk and its watchdog before the files go.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM {#AppId}.exe"; Flags: runhidden; RunOnceId: "StopKiosk"

[Code]
// Prove the installed program works on this PC: its self-test, offscreen,
// on a throw-away data folder; say so plainly when it fails.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Params: String;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Checking the installed kiosk (self-test)...';
    Params := '/c set QT_QPA_PLATFORM=offscreen&& set KIOSK_DATA_DIR=' + ExpandConstant('{tmp}') +
              '\kiosk-selftest&& "' + ExpandConstant('{app}') + '\kiosk.exe" self-test --quiet';
    if not Exec(ExpandConstant('{cmd}'), Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('The kiosk is installed, but its self-test failed (exit code ' + IntToStr(ResultCode) +
                         '). Run "kiosk.exe self-test" in ' + ExpandConstant('{app}') + ' to see why.',
                         mbError, MB_OK, IDOK);
  end;
end;

// The data folder (%LOCALAPPDATA%\jiaozhou-kiosk: database, backups, logs)
// is the kiosk's content; the uninstaller leaves it, and says so.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    MsgBox('The kiosk''s data (database, backups, logs) stays in %LOCALAPPDATA%\jiaozhou-kiosk of the kiosk user. ' +
           'Delete that folder by hand if it is no longer needed.', mbInformation, MB_OK);
end;
