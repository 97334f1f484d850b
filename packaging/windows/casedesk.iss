; CaseDesk installer for Windows (Inno Setup 6.4 or newer).
;
; Installs the PyInstaller one-folder bundle dist\CaseDesk\ (packaging\casedesk.spec) for all
; users (Program Files, the default) or for the current user only (%LOCALAPPDATA%\Programs),
; with a Start menu entry and an uninstaller. Build, from the repository root:
;
;   python packaging\icons.py                                   (build\icons\casedesk.ico)
;   pyinstaller --noconfirm packaging\casedesk.spec             (dist\CaseDesk\CaseDesk.exe)
;   iscc /DAppVersion=0.1.0 packaging\windows\casedesk.iss      (dist\CaseDesk-0.1.0-setup.exe)
;
; AppVersion is pyproject.toml's [project] version; the script refuses to build without it.
; Optional: /DBundleDir=path\to\CaseDesk, /DIconFile=path\to\casedesk.ico, and
; /DAppFileVersion=1.2.0.0 when AppVersion is not all numbers (1.2.0rc1): Windows' file
; version takes only numbers.
;
; User data is never touched: the database, its backups and the logs live in
; %LOCALAPPDATA%\CaseDesk\CaseDesk and the settings in %APPDATA%\CaseDesk\CaseDesk.ini, outside
; the install folder. The uninstaller removes only what this script installed, and an
; upgrade (the same AppId) replaces the program files in place and keeps both.

#define AppName "CaseDesk"
#define AppExeName "CaseDesk.exe"
#define AppPublisher "CaseDesk"
; The application's identity for Windows: never change it, or an upgrade installs a second copy
; instead of replacing the first. (The first "{" escapes the brace.)
#define AppIdGuid "{{69FCC8D5-FD7E-4C7E-8D45-A33468F595BF}"

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 packaging\windows\casedesk.iss
#endif
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif

#define RepoRoot AddBackslash(SourcePath) + "..\.."
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\CaseDesk"
#endif
#ifndef IconFile
  #define IconFile RepoRoot + "\build\icons\casedesk.ico"
#endif
#if !FileExists(BundleDir + "\" + AppExeName)
  #error No PyInstaller bundle: build it first (pyinstaller --noconfirm packaging\casedesk.spec)
#endif
#if !FileExists(IconFile)
  #error No casedesk.ico: build it first (python packaging\icons.py)
#endif

; Swedish installer texts: Inno Setup ships Languages\Swedish.isl since 6.4. With an older
; Inno Setup, put a Swedish.isl (https://jrsoftware.org/files/istrans/) next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
  #define SwedishMessages "compiler:Languages\Swedish.isl"
#elif FileExists(AddBackslash(SourcePath) + "Swedish.isl")
  #define SwedishMessages AddBackslash(SourcePath) + "Swedish.isl"
#else
  #error Swedish.isl not found: use Inno Setup 6.4 or newer, or put Swedish.isl next to casedesk.iss
#endif

[Setup]
AppId={#AppIdGuid}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppFileVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; per machine by default (Program Files, needs an administrator); users without admin rights
; choose "Install for me only" in the first dialog, administrators script /ALLUSERS or
; /CURRENTUSER. An upgrade keeps the mode of the first installation (UsePreviousPrivileges).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: Program Files for all users, %LOCALAPPDATA%\Programs for the current user
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 6.x (Qt 6) runs on Windows 10 and 11
MinVersion=10.0
; close a running CaseDesk (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
; a log in %TEMP% (Setup Log yyyy-mm-dd #nnn.txt) for administrators, also with /LOG=file
SetupLogging=yes
OutputDir={#RepoRoot}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "sv"; MessagesFile: "{#SwedishMessages}"

[CustomMessages]
en.AppComment=Create, find, work and resolve customer-service cases
sv.AppComment=Skapa, hitta, arbeta med och lös kundtjänstärenden

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: libraries the new version no longer ships must not
; linger in the install folder. Only the bundle's own folder; user data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the uninstaller removes the files listed above and
; nothing else, so %LOCALAPPDATA%\CaseDesk (database, backups, logs) and %APPDATA%\CaseDesk
; (settings) stay for a reinstall or an upgrade.
