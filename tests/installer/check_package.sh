#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the packages with CPack and checks them the way a user's machine would meet them:
# the .deb's contents and control fields, the programs run from the unpacked files (no build
# tree, no display), the desktop entry, the AppStream metainfo, the MIME type, the icons, the
# man pages, and that the .tar.gz carries the same files.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail
build="${1:?usage: check_package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID}"
source="${2:?}"
version="${3:?}"
app_id="${4:?}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== cpack (DEB, TGZ)"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack did not build the packages" >&2
    exit 1
fi
shopt -s nullglob
debs=("$work/out"/topograph_"$version"_*.deb)
tarballs=("$work/out"/topograph-"$version"-*.tar.gz)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || { echo "FAIL: expected one topograph_${version}_*.deb, got: ${debs[*]-none}" >&2; exit 1; }
[[ ${#tarballs[@]} -eq 1 ]] || { echo "FAIL: expected one topograph-${version}-*.tar.gz" >&2; exit 1; }
deb="${debs[0]}"
tarball="${tarballs[0]}"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tarball")"

echo "== contents of the .deb"
# Paths relative to /usr, files only (directories end in /).
dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '/$' | sed 's|^\./usr/||' | sort >"$work/deb-files"
if grep -q '^\./' "$work/deb-files"; then
    fail "files outside /usr: $(grep '^\./' "$work/deb-files" | tr '\n' ' ')"
fi
expected=(
    bin/topograph
    bin/topograph-cli
    bin/topograph-render
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    share/mime/packages/topograph.xml
    share/icons/hicolor/scalable/apps/topograph.svg
    share/icons/hicolor/scalable/mimetypes/application-x-topograph+yaml.svg
    share/man/man1/topograph.1.gz
    share/man/man1/topograph-cli.1.gz
    share/man/man1/topograph-render.1.gz
    share/doc/topograph/copyright
    share/doc/topograph/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/topograph.png"
               "share/icons/hicolor/${size}x${size}/mimetypes/application-x-topograph+yaml.png")
done
for example in "$source"/resources/examples/*.yaml; do
    expected+=("share/topograph/examples/$(basename "$example" .yaml).topo.yaml")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/deb-files" || fail "the .deb lacks /usr/$file"
done
echo "$(wc -l <"$work/deb-files") files, ${#expected[@]} of them checked by name"

echo "== control fields"
[[ "$(dpkg-deb -f "$deb" Package)" == topograph ]] || fail "Package is not topograph"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "Version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
depends_names="$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/^ *([^ (]+).*/\1/' | sort -u)"
# Libraries the executables link, found by dpkg-shlibdeps.
# libqt6svg6 is listed by hand: the linker drops the unused library, but its image format
# plugin draws the SVG icons.
for package in libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6svg6 libyaml-cpp0.7 libstdc++6; do
    grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package"
done
# Every QML module the views import, named as Debian names them (QtQuick.Controls is
# qml6-module-qtquick-controls), except the application's own module.
mapfile -t imports < <(grep -rhoE '^import +[A-Za-z][A-Za-z0-9.]*' "$source/qml" | awk '{print $2}' \
    | grep -vx Topograph | sort -u)
[[ ${#imports[@]} -gt 0 ]] || fail "found no QML imports under $source/qml"
for module in "${imports[@]}"; do
    package="qml6-module-$(tr 'A-Z.' 'a-z-' <<<"$module")"
    grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package (qml/ imports $module)"
done
if grep -E -- '-dev( |,|$)' <<<"$depends_names" >/dev/null; then
    fail "Depends names a development package"
fi

echo "== the .tar.gz holds the same files"
tar -tzf "$tarball" | grep -v '/$' | sed -E 's|^[^/]+/||' | sort >"$work/tgz-files"
if ! diff -u "$work/deb-files" "$work/tgz-files" >"$work/tgz.diff"; then
    cat "$work/tgz.diff" >&2
    fail "the .tar.gz and the .deb differ"
fi

echo "== programs from the unpacked package"
root="$work/root"
dpkg-deb -x "$deb" "$root"
# Qt's project setup gives the executables a RUNPATH relative to their own folder; anything
# else (the build tree, say) would make the package depend on this machine.
for program in topograph topograph-cli; do
    runpath="$(readelf -d "$root/usr/bin/$program" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')"
    if tr ':' '\n' <<<"$runpath" | grep -v '^\$ORIGIN' | grep -q .; then
        fail "$program looks for libraries outside the package: RUNPATH $runpath"
    fi
done
if readelf -d "$root/usr/bin/topograph-cli" | grep -q 'NEEDED.*libQt'; then
    fail "topograph-cli links Qt (it must run on a server without a display)"
fi
# No display, no Qt platform: the command line must not care.
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
cli_version="$("${headless[@]}" "$root/usr/bin/topograph-cli" --version)"
[[ "$cli_version" == "topograph-cli $version" ]] || fail "topograph-cli --version printed '$cli_version'"
for model in "$root"/usr/share/topograph/examples/*.topo.yaml; do
    status=0
    "${headless[@]}" "$root/usr/bin/topograph-cli" validate "$model" >"$work/validate.out" 2>&1 || status=$?
    if [[ $status -ne 0 ]]; then
        cat "$work/validate.out" >&2
        fail "topograph-cli validate $(basename "$model") exited $status (a bundled example has errors)"
    fi
done
echo "topograph-cli --version: $cli_version; validate passed on $(ls "$root"/usr/share/topograph/examples | wc -l) installed examples"
# PNG export from the installed files: topograph-cli finds topograph-render beside itself and
# the renderer needs no display either.
png="$work/three-tier.png"
"${headless[@]}" "$root/usr/bin/topograph-cli" export \
    "$root/usr/share/topograph/examples/three-tier-web.topo.yaml" --format png -o "$png" \
    >"$work/export.out" 2>&1 || { cat "$work/export.out" >&2; fail "PNG export from the package failed"; }
file "$png" | grep -q 'PNG image data' || fail "the exported PNG is not a PNG: $(file "$png")"
echo "PNG export from the package: $(file -b "$png")"
# The window, off screen: the installed executable finds its QML modules on the system.
model="$root/usr/share/topograph/examples/two-peered-vpcs.topo.yaml"
status=0
# Its own config and data folders: the run must not add to the user's recent files.
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    timeout 120 "$root/usr/bin/topograph" --quit-after-load "$model" \
    >"$work/gui.out" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    cat "$work/gui.out" >&2
    fail "the unpacked topograph --quit-after-load exited $status"
fi

echo "== desktop entry"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1 || fail "desktop-file-validate rejected the entry"
if grep -E 'error|warning' "$work/desktop.log" >&2; then
    fail "desktop-file-validate reported problems"
fi
entry_value() { sed -n "s/^$1=//p" "$desktop"; }
exec_program="$(entry_value Exec | awk '{print $1}')"
[[ -x "$root/usr/bin/$exec_program" ]] || fail "Exec names '$exec_program', not installed in /usr/bin"
icon="$(entry_value Icon)"
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] || fail "Icon '$icon' is not in hicolor"
mime_type="$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$root/usr/share/mime/packages/topograph.xml")"
[[ "$(entry_value MimeType)" == "$mime_type;" ]] || fail "MimeType is not $mime_type;"

echo "== AppStream metainfo"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 || {
    cat "$work/appstream.log" >&2
    fail "appstreamcli validate rejected the metainfo"
}
newest_release="$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)"
[[ "$newest_release" == "$version" ]] || fail "the metainfo's newest release is $newest_release, not $version"
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"

echo "== MIME type"
export XDG_DATA_DIRS="$root/usr/share:/usr/share"
export XDG_DATA_HOME="$work/empty-home"
update-mime-database "$root/usr/share/mime"
mkdir "$work/files"
cp "$model" "$work/files/network.topo.yaml"
cp "$model" "$work/files/network.yaml"
cp "$model" "$work/files/network"
content_type() { gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
[[ "$(content_type "$work/files/network.topo.yaml")" == "$mime_type" ]] \
    || fail "*.topo.yaml is $(content_type "$work/files/network.topo.yaml"), not $mime_type"
[[ "$(content_type "$work/files/network")" == "$mime_type" ]] \
    || fail "a nameless model is $(content_type "$work/files/network"), not $mime_type (magic rule)"
[[ "$(content_type "$work/files/network.yaml")" != "$mime_type" ]] \
    || fail "every *.yaml became $mime_type: the type must not take YAML over"
for size in 16 48 256; do
    for png in apps/topograph.png mimetypes/application-x-topograph+yaml.png; do
        file "$root/usr/share/icons/hicolor/${size}x${size}/$png" | grep -q "PNG image data, $size x $size" \
            || fail "${size}x${size}/$png is not a $size-pixel PNG"
    done
done

echo "== licence and changelog"
# The .deb points to Debian's copy of the licence; the archive carries the full text.
grep -qF /usr/share/common-licenses/Apache-2.0 "$root/usr/share/doc/topograph/copyright" \
    || fail "the .deb's copyright file does not point to /usr/share/common-licenses/Apache-2.0"
tar -xzOf "$tarball" --wildcards '*/share/doc/topograph/copyright' \
    | grep -qF "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" \
    || fail "the .tar.gz's copyright file lacks the licence text"
zcat "$root/usr/share/doc/topograph/changelog.gz" >"$work/changelog"
changelog_version="$(dpkg-parsechangelog -l "$work/changelog" -S Version)"
[[ "$changelog_version" == "$version" ]] \
    || fail "the Debian changelog's newest entry is $changelog_version, not $version (installer/debian/changelog)"

echo "== man pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)"
    [[ -z "$warnings" ]] || fail "$(basename "$page"): $warnings"
    zcat "$page" | grep -q "Topograph $version" || fail "$(basename "$page") does not name version $version"
done

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
