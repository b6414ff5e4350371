# SPDX-License-Identifier: Apache-2.0
# CPack runs this after staging the install tree, once per generator. For the .deb, the
# copyright file refers to Debian's copy of the licence instead of carrying the full text.
if(CPACK_GENERATOR STREQUAL "DEB")
    file(GLOB_RECURSE staged_copyrights "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/copyright")
    list(FILTER staged_copyrights INCLUDE REGEX "/${CPACK_TOPOGRAPH_DOCDIR}/copyright$")
    if(NOT staged_copyrights)
        message(FATAL_ERROR "No staged ${CPACK_TOPOGRAPH_DOCDIR}/copyright under "
                            "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
    endif()
    foreach(staged IN LISTS staged_copyrights)
        file(COPY_FILE "${CPACK_TOPOGRAPH_DEBIAN_COPYRIGHT}" "${staged}")
    endforeach()
endif()
