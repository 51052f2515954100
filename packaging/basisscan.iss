; Inno Setup script for Windows (build on Windows, see packaging/README.md).
; Input: the one-folder bundle made by `pyinstaller packaging\basisscan.spec` in build\dist\basisscan.
; Installs per user (no administrator rights needed on programme-office laptops); user data stays in
; %LOCALAPPDATA%\Basisscan, never in the install folder, so upgrades and uninstalls keep it.

#define AppName "Basisscan"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7C1E5B7A-5A43-4E5B-9D7E-2B1F0B6A4C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Programma Sociale Innovatie MKB Utrecht
DefaultDirName={localappdata}\Programs\Basisscan
DefaultGroupName=Basisscan
PrivilegesRequired=lowest
OutputDir=..\build\installer
OutputBaseFilename=Basisscan-{#AppVersion}-setup
SetupIconFile=icons\basisscan.ico
UninstallDisplayIcon={app}\basisscan.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\build\dist\basisscan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Basisscan"; Filename: "{app}\basisscan.exe"
Name: "{userdesktop}\Basisscan"; Filename: "{app}\basisscan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\basisscan.exe"; Description: "{cm:LaunchProgram,Basisscan}"; Flags: nowait postinstall skipifsilent
