; Mainstream Desktop for Windows: a per-user installer that needs no administrator rights and no
; internet. It installs the PyInstaller one-folder bundle under %LOCALAPPDATA%\Programs, adds a
; Start-menu shortcut, and registers an uninstaller for this user only (HKCU).
;
; The user's data is never in the program folder and never removed: by default it lives in
; %LOCALAPPDATA%\GMG\MainstreamDesktop (platformdirs' user data folder, see
; src/mainstream_desktop/paths.py), or wherever --data-dir / MAINSTREAM_DATA_DIR points. The
; uninstaller deletes only the files this installer wrote.
;
; Build (see installers/windows/README.md):
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\build\windows\dist\mainstream-desktop ^
;            /DICON=..\..\build\windows\icons\mainstream-desktop.ico ^
;            /DOUTFILE=..\..\build\windows\mainstream-desktop-0.1.0-setup.exe mainstream-desktop.nsi
; (on Linux: makensis -DVERSION=... ; installers/windows/check_nsis.sh compiles it against a
; stand-in payload.)

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "give the version: /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "give the PyInstaller folder: /DBUNDLE=path\to\dist\mainstream-desktop"
!endif
!ifndef ICON
  !error "give the icon: /DICON=path\to\mainstream-desktop.ico (installers/icon/render_icons.py)"
!endif
!ifndef OUTFILE
  !define OUTFILE "mainstream-desktop-${VERSION}-setup.exe"
!endif
!ifdef FAST_COMPRESSION
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif

!define PRODUCT "Mainstream Desktop"
!define PUBLISHER "Global Migration Group"
!define GUI_EXE "mainstream-desktop.exe"
!define CLI_EXE "mainstream.exe"
!define UNINSTALLER "Uninstall Mainstream Desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MainstreamDesktop"
!define DATA_FOLDER "$LOCALAPPDATA\GMG\MainstreamDesktop"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT licence"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
; The uninstaller speaks the language chosen at installation.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The program's languages.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Arabic"

LangString SHORTCUT_COMMENT ${LANG_ENGLISH} "Build migration into a national development plan, offline"
LangString SHORTCUT_COMMENT ${LANG_FRENCH} "Intégrer la migration dans un plan national de développement, hors ligne"
LangString SHORTCUT_COMMENT ${LANG_SPANISH} "Integrar la migración en un plan nacional de desarrollo, sin conexión"
LangString SHORTCUT_COMMENT ${LANG_RUSSIAN} "Учёт миграции в национальном плане развития, без интернета"
LangString SHORTCUT_COMMENT ${LANG_ARABIC} "إدماج الهجرة في خطة التنمية الوطنية، دون اتصال بالإنترنت"
LangString DATA_KEPT ${LANG_ENGLISH} "Your data has not been removed. It is still in $\r$\n${DATA_FOLDER}$\r$\n(or in the folder you chose with --data-dir)."
LangString DATA_KEPT ${LANG_FRENCH} "Vos données n'ont pas été supprimées. Elles sont toujours dans $\r$\n${DATA_FOLDER}$\r$\n(ou dans le dossier choisi avec --data-dir)."
LangString DATA_KEPT ${LANG_SPANISH} "Sus datos no se han eliminado. Siguen en $\r$\n${DATA_FOLDER}$\r$\n(o en la carpeta elegida con --data-dir)."
LangString DATA_KEPT ${LANG_RUSSIAN} "Ваши данные не удалены. Они по-прежнему находятся в $\r$\n${DATA_FOLDER}$\r$\n(или в папке, указанной через --data-dir)."
LangString DATA_KEPT ${LANG_ARABIC} "لم تُحذف بياناتك. ما زالت في $\r$\n${DATA_FOLDER}$\r$\n(أو في المجلد الذي اخترته باستخدام --data-dir)."

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Mainstream Desktop" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's own files; nothing else in the folder is touched.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\${GUI_EXE}"
  File "${BUNDLE}\${CLI_EXE}"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\${GUI_EXE}" "" \
    "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_COMMENT)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes exactly what the installer wrote. Never the data folder, never $INSTDIR recursively
; (if a user installed into a folder holding other files, those stay).
Section "Uninstall"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk"
  RMDir "$SMPROGRAMS\${PRODUCT}"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DATA_KEPT)"
SectionEnd
