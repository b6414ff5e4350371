# SPDX-License-Identifier: Apache-2.0
# Windows and macOS have no system Qt: the installer carries it. Qt's deployment script runs at
# install time (so inside `cpack`) and copies the Qt libraries, the platform plugins and the QML
# modules the application imports next to the executable (windeployqt) or into the bundle
# (macdeployqt). Qt 6.4 supports this on Windows and macOS only, hence not on Linux.
qt_generate_deploy_qml_app_script(TARGET topograph FILENAME_VARIABLE topograph_deploy_script)
install(SCRIPT "${topograph_deploy_script}")
