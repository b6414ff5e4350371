# SPDX-License-Identifier: Apache-2.0
# The licence ships as share/doc/topograph/copyright in Debian's machine-readable format
# (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/). Installed and in the
# archive, it carries the full text of LICENSE; in the .deb it points to Debian's own copy,
# /usr/share/common-licenses/Apache-2.0, as Debian policy asks (lintian rejects the full text).
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" topograph_licence_text)
# The format indents the text by one space and marks empty lines with " .".
string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" topograph_licence_text "${topograph_licence_text}")
string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" topograph_licence_text "${topograph_licence_text}")
string(STRIP "${topograph_licence_text}" topograph_licence_text)
string(REPLACE "\n" "\n " topograph_licence_text " ${topograph_licence_text}")
configure_file(debian/copyright.in "${CMAKE_CURRENT_BINARY_DIR}/copyright" @ONLY)
set(topograph_licence_text
    " On Debian systems, the full text of the Apache License, Version 2.0 is in\n"
    " /usr/share/common-licenses/Apache-2.0.")
string(JOIN "" topograph_licence_text ${topograph_licence_text})
configure_file(debian/copyright.in "${CMAKE_CURRENT_BINARY_DIR}/debian/copyright" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/LICENSE")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/copyright" DESTINATION "${TOPOGRAPH_INSTALL_DOCDIR}")

# Swapped in by debian/use-common-licence.cmake, which CPack runs on the staged files.
set(CPACK_TOPOGRAPH_DEBIAN_COPYRIGHT "${CMAKE_CURRENT_BINARY_DIR}/debian/copyright")
set(CPACK_TOPOGRAPH_DOCDIR "${TOPOGRAPH_INSTALL_DOCDIR}")
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_SOURCE_DIR}/debian/use-common-licence.cmake")
