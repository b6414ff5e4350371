# SPDX-License-Identifier: Apache-2.0
# CPack: one set of install rules, one generator per platform (plus an archive everywhere).
# `cpack` in the build tree (or the `package` target) writes the packages; see README.md.
set(CPACK_PACKAGE_NAME "topograph")
set(CPACK_PACKAGE_VENDOR "The Topograph developers")
set(CPACK_PACKAGE_CONTACT "${TOPOGRAPH_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_SOURCE_DIR}/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Topograph")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Release builds carry no debug information worth shipping; stripping halves the package.
set(CPACK_STRIP_FILES ON)
# Values reach the generators exactly as written here (the NSIS commands hold quotes and
# backslashes).
set(CPACK_VERBATIM_VARIABLES ON)
# Never pack a build tree or the repository's metadata into a source package.
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\.git/" "/\\.cache/")

if(WIN32)
    include(windows.cmake)
elseif(APPLE)
    include(macos.cmake)
else()
    include(debian.cmake)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
