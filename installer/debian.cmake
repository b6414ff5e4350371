# SPDX-License-Identifier: Apache-2.0
# The Debian package (bookworm and later). `apt install ./topograph_VERSION_ARCH.deb` pulls in
# everything the programs need at run time:
# - shared libraries: dpkg-shlibdeps reads them from the executables (Qt, yaml-cpp, libstdc++);
# - QML modules: imported by name when the window loads, so no tool can see them in the
#   binary; listed here by hand. Keep this list in step with the imports in qml/ and with what
#   those modules import themselves (the Quick file dialog needs Qt.labs.folderlistmodel);
# - plugins: Qt loads the SVG image format plugin (libqt6svg6) to draw the icons, while the
#   linker drops libQt6Svg from the executable as unused, so dpkg-shlibdeps misses it.
set(CPACK_DEBIAN_PACKAGE_NAME "topograph")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(topograph_runtime_packages
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-window
    qml6-module-qtquick-layouts
    qml6-module-qtquick-shapes
    qml6-module-qtquick-templates
    qml6-module-qtquick-controls
    qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    libqt6svg6)
# Same Qt release as the libraries the executables link (Debian ships them in lockstep).
list(TRANSFORM topograph_runtime_packages APPEND " (>= 6.4)")
list(JOIN topograph_runtime_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Native Wayland windows; without it Qt runs through XWayland, which works too.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
