#!/usr/bin/env bash
# Runs the image tar that `mvn -Pimage -DskipTests package` builds, on a machine without a container engine: its
# layers are unpacked in order into a folder, /proc and /dev are mounted there, and the image's entrypoint runs in a
# chroot as the image's user, in its working directory, with its environment (and any BAROMETER_* variable of the
# caller). Needs root, jq, tar and util-linux's unshare. It checks an image; production runs the image with Docker,
# Podman or Kubernetes.
#   deploy/run-image.sh IMAGE.tar [ARGS ...]     ARGS replace the image's command (default: serve)
#   BAROMETER_PORT=18080 deploy/run-image.sh barometer-app/target/barometer-image.tar
set -euo pipefail
image="$(realpath "$1")"; shift
root="$(mktemp -d)"
rootfs="$root/rootfs"
mkdir -p "$rootfs" "$root/image"
cleanup() {
    umount "$rootfs/proc" "$rootfs/dev" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
tar -xf "$image" -C "$root/image"
config="$root/image/$(jq -r '.[0].Config' "$root/image/manifest.json")"
for layer in $(jq -r '.[0].Layers[]' "$root/image/manifest.json"); do
    tar --warning=no-unknown-keyword -xzf "$root/image/$layer" -C "$rootfs"
done
mkdir -p "$rootfs/proc" "$rootfs/dev"
# what a container engine gives every container: the host's name, its hosts file and its resolver
for file in hosts hostname resolv.conf; do
    [ -e "/etc/$file" ] && cp -L "/etc/$file" "$rootfs/etc/$file"
done
mount -t proc proc "$rootfs/proc"
mount --bind /dev "$rootfs/dev"

mapfile -t environment < <(jq -r '.config.Env[]' "$config")
while IFS='=' read -r name value; do
    [[ "$name" == BAROMETER_* ]] && environment+=("$name=$value")
done < <(env)
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
if [ "$#" -gt 0 ]; then command=("$@"); else mapfile -t command < <(jq -r '.config.Cmd[]' "$config"); fi
user="$(jq -r '.config.User' "$config")"
workdir="$(jq -r '.config.WorkingDir' "$config")"
echo "run-image: ${entrypoint[*]} ${command[*]} as $user in $workdir" >&2
uid="${user%%:*}"
gid="${user#*:}"
[ "$gid" = "$user" ] && gid="$uid"
# util-linux's unshare with no namespace asked for: a chroot into the image that also enters its working directory
# and takes its user, in one step
in_image=("$(command -v unshare)" --root="$rootfs" --wd="$workdir" --setgid="$gid" --setuid="$uid" --)
"${in_image[@]}" /opt/java/bin/java -version >/dev/null 2>&1 \
    || { echo "run-image: the image's Java runtime does not start" >&2; exit 1; }
env -i "${environment[@]}" "${in_image[@]}" "${entrypoint[@]}" "${command[@]}" &
child=$!
# Ctrl+C or a kill stops the image's process the way a container engine would (SIGTERM), and the mounts go after it
trap 'kill -TERM "$child" 2>/dev/null || true' INT TERM
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do wait "$child" || status=$?; done
exit "$status"
