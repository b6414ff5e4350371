# SPDX-License-Identifier: Apache-2.0
# macOS: a disk image holding Topograph.app beside a link to /Applications (CPack's DragNDrop
# generator adds the link). Untested on macOS: see README.md for what remains to check there.
include(qt-deploy.cmake)

set_target_properties(topograph PROPERTIES
    OUTPUT_NAME "Topograph"
    MACOSX_BUNDLE_BUNDLE_NAME "Topograph"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${TOPOGRAPH_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Apache License 2.0")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Topograph ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
