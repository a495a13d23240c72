; Quittance for Windows: installs PyInstaller's one-folder app (packaging/pyinstaller/
; quittance-windows.spec) under Program Files, with Start menu and desktop shortcuts and an
; uninstaller. The agent's data (device.db in %LOCALAPPDATA%\quittance) is never touched: an
; uninstall or reinstall must not lose what was recorded in the field.
;
; makensis -DVERSION=0.1.0 -DPAYLOAD=dist\quittance -DICON=build\quittance.ico
;          -DOUTFILE=dist\quittance-0.1.0-setup.exe packaging\nsis\quittance.nsi
Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is required (-DVERSION=X.Y.Z)"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD is required: the PyInstaller folder holding quittance.exe and quittance-app.exe"
!endif
!ifndef ICON
  !error "ICON is required: the application icon (.ico)"
!endif
!ifndef OUTFILE
  !define OUTFILE "quittance-${VERSION}-setup.exe"
!endif

!define APP "Quittance"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Quittance"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Quittance"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\quittance-app.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; French first: the installer speaks the system's language, French when it is none of the three.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Portuguese"

LangString DESKTOP_LINK ${LANG_FRENCH} "Raccourci sur le bureau"
LangString DESKTOP_LINK ${LANG_ENGLISH} "Desktop shortcut"
LangString DESKTOP_LINK ${LANG_PORTUGUESE} "Atalho no ambiente de trabalho"
LangString NOT_64BIT ${LANG_FRENCH} "Quittance demande Windows 64 bits."
LangString NOT_64BIT ${LANG_ENGLISH} "Quittance needs 64-bit Windows."
LangString NOT_64BIT ${LANG_PORTUGUESE} "O Quittance precisa do Windows de 64 bits."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP $(NOT_64BIT)
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Quittance" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A previous version's bundled libraries must not linger next to the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*"
  File "/oname=quittance.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\quittance-app.exe" "" "$INSTDIR\quittance.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\quittance.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section $(DESKTOP_LINK) SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\quittance-app.exe" "" "$INSTDIR\quittance.ico"
SectionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: the agent's data lives elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\quittance.exe"
  Delete "$INSTDIR\quittance-app.exe"
  Delete "$INSTDIR\quittance.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
