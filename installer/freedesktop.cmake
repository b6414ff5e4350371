# SPDX-License-Identifier: Apache-2.0
# Desktop integration on Linux and the BSDs (freedesktop.org specifications): the menu entry,
# the icon theme, the MIME type that makes a double-click open a model, AppStream metainfo for
# software centres, the man pages and the Debian changelog.
find_program(TOPOGRAPH_RSVG_CONVERT rsvg-convert)
find_program(TOPOGRAPH_GZIP gzip)
if(NOT TOPOGRAPH_RSVG_CONVERT OR NOT TOPOGRAPH_GZIP)
    message(FATAL_ERROR "The installer needs rsvg-convert and gzip: install the Debian packages "
                        "librsvg2-bin and gzip (scripts/install-deps.sh does), or configure with "
                        "-DTOPOGRAPH_BUILD_GUI=OFF")
endif()

set(topograph_generated "${CMAKE_CURRENT_BINARY_DIR}/freedesktop")
set(topograph_desktop_outputs)

configure_file(linux/topograph.desktop.in
               "${topograph_generated}/${TOPOGRAPH_APP_ID}.desktop" @ONLY)
configure_file(linux/topograph.metainfo.xml.in
               "${topograph_generated}/${TOPOGRAPH_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${topograph_generated}/${TOPOGRAPH_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${topograph_generated}/${TOPOGRAPH_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES linux/topograph.xml DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")

# The icon theme: the SVG for any size, and PNGs rendered from it for the fixed sizes that
# menus, docks and file managers ask for (some ignore scalable icons).
set(topograph_icon_sizes 16 22 24 32 48 64 128 256 512)
foreach(icon IN ITEMS "apps/topograph" "mimetypes/application-x-topograph+yaml")
    get_filename_component(icon_context "${icon}" DIRECTORY)
    get_filename_component(icon_name "${icon}" NAME)
    set(icon_svg "${CMAKE_CURRENT_SOURCE_DIR}/icons/${icon_name}.svg")
    install(FILES "${icon_svg}"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/${icon_context}")
    foreach(size IN LISTS topograph_icon_sizes)
        set(icon_png "${topograph_generated}/icons/${size}x${size}/${icon_name}.png")
        add_custom_command(
            OUTPUT "${icon_png}"
            COMMAND "${TOPOGRAPH_RSVG_CONVERT}" --width ${size} --height ${size}
                    --output "${icon_png}" "${icon_svg}"
            DEPENDS "${icon_svg}"
            COMMENT "Rendering ${icon_name}.png at ${size} pixels"
            VERBATIM)
        list(APPEND topograph_desktop_outputs "${icon_png}")
        install(FILES "${icon_png}" DESTINATION
                "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/${icon_context}")
    endforeach()
endforeach()

# Man pages, gzipped without a time stamp (Debian policy; keeps the package reproducible).
foreach(page IN ITEMS topograph.1 topograph-cli.1 topograph-render.1)
    configure_file("man/${page}" "${topograph_generated}/man/${page}" @ONLY)
    set(page_gz "${topograph_generated}/man/${page}.gz")
    add_custom_command(
        OUTPUT "${page_gz}"
        COMMAND "${TOPOGRAPH_GZIP}" -9 --no-name --force --keep "${topograph_generated}/man/${page}"
        DEPENDS "${topograph_generated}/man/${page}"
        COMMENT "Compressing the ${page} man page"
        VERBATIM)
    list(APPEND topograph_desktop_outputs "${page_gz}")
    install(FILES "${page_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# The release history Debian expects beside the copyright file (a native package's changelog).
set(changelog_gz "${topograph_generated}/changelog.gz")
add_custom_command(
    OUTPUT "${changelog_gz}"
    COMMAND "${TOPOGRAPH_GZIP}" -9 --no-name --stdout "${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog"
            > "${changelog_gz}"
    DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog"
    COMMENT "Compressing the Debian changelog")
list(APPEND topograph_desktop_outputs "${changelog_gz}")
install(FILES "${changelog_gz}" DESTINATION "${TOPOGRAPH_INSTALL_DOCDIR}")

add_custom_target(topograph_desktop_files ALL DEPENDS ${topograph_desktop_outputs})
