; Inno Setup 6 script: the Windows installer for finapp's one-folder build.
;
; On Windows, from the repository root, after `pyinstaller --noconfirm packaging\finapp.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\finapp.iss
; writes dist\finapp-0.1.0-windows-x86_64-setup.exe. The version is passed in (it lives in
; finapp\__init__.py) so the installer and the app never disagree.
;
; Installs per user by default (no administrator needed), with a Start-menu entry, an uninstall
; entry in Settings > Apps and in the Start menu, and "Open with finapp" for every statement type
; finapp reads: .ofx, .qfx, .qif, .csv, .xlsx, .xls, MT940 (.sta, .940, .mt940) and CAMT (.xml). Each is
; an OpenWithProgids entry, never the extension's default: a .csv, .xlsx, .xls or .xml keeps opening in
; the user's spreadsheet or editor. Uninstalling keeps the user's data in %LOCALAPPDATA%\finapp:
; it is their encrypted finance history, not part of the program.

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
Name: "associate"; Description: "Offer {#AppName} in Open with for bank statements: .ofx, .qfx, .qif, .csv, .xlsx, .xls, MT940 (.sta, .940, .mt940) and CAMT (.xml)"; GroupDescription: "File types:"
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
; .qif (Quicken Interchange Format)
Root: HKA; Subkey: "Software\Classes\.qif\OpenWithProgids"; ValueType: string; ValueName: "finapp.qif"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qif"; ValueType: string; ValueName: ""; ValueData: "QIF bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qif\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.qif\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .csv (comma-separated values: most banks' download)
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "finapp.csv"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.csv"; ValueType: string; ValueName: ""; ValueData: "CSV bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.csv\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.csv\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .xlsx (an Excel workbook: WeChat Pay's bill, many banks' exports)
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "finapp.xlsx"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xlsx"; ValueType: string; ValueName: ""; ValueData: "Excel bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xlsx\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xlsx\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .xls (an Excel 97-2003 workbook, or a Chinese bank's statement page saved as .xls)
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "finapp.xls"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xls"; ValueType: string; ValueName: ""; ValueData: "Excel bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xls\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xls\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .sta (SWIFT MT940 statement)
Root: HKA; Subkey: "Software\Classes\.sta\OpenWithProgids"; ValueType: string; ValueName: "finapp.sta"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.sta"; ValueType: string; ValueName: ""; ValueData: "MT940 bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.sta\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.sta\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .940 (SWIFT MT940 statement)
Root: HKA; Subkey: "Software\Classes\.940\OpenWithProgids"; ValueType: string; ValueName: "finapp.940"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.940"; ValueType: string; ValueName: ""; ValueData: "MT940 bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.940\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.940\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .mt940 (SWIFT MT940 statement)
Root: HKA; Subkey: "Software\Classes\.mt940\OpenWithProgids"; ValueType: string; ValueName: "finapp.mt940"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.mt940"; ValueType: string; ValueName: ""; ValueData: "MT940 bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.mt940\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.mt940\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .xml (ISO 20022 CAMT.053; every XML file, so only ever in Open with)
Root: HKA; Subkey: "Software\Classes\.xml\OpenWithProgids"; ValueType: string; ValueName: "finapp.xml"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xml"; ValueType: string; ValueName: ""; ValueData: "CAMT bank statement"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xml\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\finapp.xml\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; "Open with" lists finapp for every statement type, whichever program is their default.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ofx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qfx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sta"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".940"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mt940"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
