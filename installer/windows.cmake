# SPDX-License-Identifier: Apache-2.0
# Windows: an NSIS installer (Start menu entry, uninstaller, optional PATH entry so that
# topograph-cli runs from any prompt) and a ZIP of the same tree. Untested on Windows: see
# README.md for what remains to check there.
include(qt-deploy.cmake)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_EXECUTABLES "topograph;Topograph")
set(CPACK_NSIS_DISPLAY_NAME "Topograph")
set(CPACK_NSIS_PACKAGE_NAME "Topograph")
set(CPACK_NSIS_CONTACT "${TOPOGRAPH_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\topograph.exe")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Windows keys file types on the last extension only, so *.topo.yaml cannot have its own type.
# Topograph joins the "Open with" list of .yaml and .yml instead of taking them over.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR "Topograph.Model" "" "Topograph network model"
  WriteRegStr HKCR "Topograph.Model\DefaultIcon" "" "$INSTDIR\bin\topograph.exe,0"
  WriteRegStr HKCR "Topograph.Model\shell\open\command" "" '"$INSTDIR\bin\topograph.exe" "%1"'
  WriteRegStr HKCR ".yaml\OpenWithProgids" "Topograph.Model" ""
  WriteRegStr HKCR ".yml\OpenWithProgids" "Topograph.Model" ""
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKCR ".yaml\OpenWithProgids" "Topograph.Model"
  DeleteRegValue HKCR ".yml\OpenWithProgids" "Topograph.Model"
  DeleteRegKey HKCR "Topograph.Model"
]=])
