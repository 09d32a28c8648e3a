; Inno Setup 6 script: the Windows installer for finapp's one-folder build.
;
; On Windows, from the repository root, after `pyinstaller --noconfirm packaging\finapp.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\finapp.iss
; writes dist\finapp-0.1.0-windows-x86_64-setup.exe. The version is passed in (it lives in
; finapp\__init__.py) so the installer and the app never disagree.
;
; Installs per user by default (no administrator needed), with a Start-menu entry, an uninstall
; entry in Settings > Apps and in the Start menu, and "Open with finapp" for .ofx/.qfx bank
; statements (plus .csv in the Open-with list). Uninstalling keeps the user's data in
; %LOCALAPPDATA%\finapp: it is their encrypted finance history, not part of the program.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\finapp.iss
#endif
#define AppName "finapp"
; The windowed executable (no console window); finapp.exe beside it is the CLI.
#define AppExe "finappw.exe"

[Setup]
AppId={{09E4EAC0-7EC8-4117-8719-42C86A193F0A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=finapp
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=finapp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=finapp-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "associate"; Description: "Open .ofx and .qfx bank statements with {#AppName}"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\finapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Household finance and subscriptions"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ofx (Open Financial Exchange)
Root: HKA; Subkey: "Software\Classes\.ofx\OpenWithProgids"; ValueType: string; ValueName: "finapp.ofx"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.ofx"; ValueType: string; ValueName: ""; ValueData: "OFX bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.ofx\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.ofx\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .qfx (Quicken's OFX)
Root: HKA; Subkey: "Software\Classes\.qfx\OpenWithProgids"; ValueType: string; ValueName: "finapp.qfx"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qfx"; ValueType: string; ValueName: ""; ValueData: "QFX bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qfx\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qfx\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; "Open with" lists finapp for all three statement types (CSV stays with the user's spreadsheet).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ofx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qfx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
