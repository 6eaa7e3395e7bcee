#!/usr/bin/env bash
# The files the container image runs on, besides the application: a Java 17 runtime cut to the modules Barometer
# uses (jlink, from this machine's JDK), the C library and the other shared libraries that runtime links to (found
# with ldd), a user to run as, and the folders it writes to. No base image and no registry are needed.
#   deploy/image-root.sh [OUT]      (default: barometer-app/target/image-root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/barometer-app/target/image-root}"
jdk="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/data"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,ru --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$out/opt/java"

# Java's font manager opens fontconfig by name (not seen by ldd) and needs at least one font it finds through it: the
# configuration and the library from this machine, the fonts the publication bundles anyway
fontconfig=/usr/lib/x86_64-linux-gnu/libfontconfig.so.1
[ -e "$fontconfig" ] || { echo "image-root: $fontconfig is missing (Debian: apt-get install libfontconfig1)" >&2; exit 1; }
mkdir -p "$out/usr/lib/x86_64-linux-gnu" "$out/usr/share/fonts/truetype/barometer"
cp -L "$fontconfig" "$out$fontconfig"
cp -rL /etc/fonts "$out/etc/fonts"
cp "$root"/barometer-app/src/main/resources/fonts/*.ttf "$root"/barometer-app/src/main/resources/fonts/*LICENSE* \
    "$out/usr/share/fonts/truetype/barometer/"

# the shared libraries the runtime's programs and libraries load, with the dynamic loader, as files (not links)
find "$out/opt/java" "$out/usr/lib" -type f \( -name '*.so*' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v "^$out/" | sort -u \
    | while read -r lib; do
        mkdir -p "$out$(dirname "$lib")"
        cp -L "$lib" "$out$lib"
    done
# the runtime opens these by name at run time (name service, fonts' configuration is not used: fonts are bundled)
for lib in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
    [ -e "$lib" ] && { mkdir -p "$out$(dirname "$lib")"; cp -L "$lib" "$out$lib"; }
done

printf 'root:x:0:0:root:/root:/sbin/nologin\nbarometer:x:10001:10001:Barometer:/data:/sbin/nologin\n' >"$out/etc/passwd"
printf 'root:x:0:\nbarometer:x:10001:\n' >"$out/etc/group"
printf 'hosts: files dns\n' >"$out/etc/nsswitch.conf"
echo "image root: $(du -sh "$out" | cut -f1) in $out" >&2
