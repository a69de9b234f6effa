#!/usr/bin/env bash
# make bundle-aarch64: the ARM64 (Kunpeng, Phytium) bundle, built and tested in an arm64
# Debian 11 root (glibc 2.31) under qemu-user emulation, on an x86_64 machine.
#
#   build/tools/bundle-aarch64.sh            # suite, bundle, bundle smoke test
#   build/tools/bundle-aarch64.sh CMD        # any command in the root's clean clone
#
# 1. The portable interpreter for aarch64 is cross-compiled here with zig
#    (build/tools/portable.py interpreter --arch aarch64; cached).
# 2. An arm64 Debian 11 root is made once with debootstrap (cached as a tarball in the
#    build cache) and unpacked anew for each run; qemu-user-static runs its programs.
# 3. In a clean clone of HEAD inside it: `make test` with the portable interpreter (the
#    whole suite, PySide6 from its aarch64 wheels for glibc 2.31), then the bundle
#    (portable.py bundle: wheels for glibc <= 2.31, symbol-version check), then the
#    bundle's tests (tests/test_bundle.py) against it. The bundle lands in dist/.
# Needs root and the Debian mirror. Slow: everything in the root is emulated.
set -euo pipefail
top=$(git rev-parse --show-toplevel)
cd "$top"
cache=${SELFCHECK_BUILD_CACHE:-$HOME/.cache/ai-selfcheck-build}
base="$cache/arm64-bullseye-root.tar"
say() { echo "bundle-aarch64: $*"; }

[ "$(id -u)" = 0 ] || { say "needs root (debootstrap, chroot)"; exit 2; }
mirror=$(grep -rhoE '^URIs: *http[^ ]*/debian/?$' /etc/apt/sources.list.d/ 2>/dev/null | head -1 | sed 's/^URIs: *//')
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb +http[^ ]*/debian/? ' /etc/apt/sources.list 2>/dev/null | head -1 | awk '{print $2}')
[ -n "$mirror" ] || { say "no Debian mirror in the apt sources"; exit 2; }

# qemu-user for arm64 programs, registered with the kernel (F: works inside a chroot).
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  say "installing qemu-user-static, binfmt-support, debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static binfmt-support \
    debootstrap >/dev/null
  mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  update-binfmts --enable qemu-aarch64
fi

started=$(date +%s)
prefix=$(.venv/bin/python build/tools/portable.py interpreter --arch aarch64 | tail -1)
entry=$(dirname "$prefix")
say "interpreter: $entry ($(( $(date +%s) - started )) s)"

if [ ! -f "$base" ]; then
  say "making the arm64 Debian 11 root once (debootstrap, emulated: a few minutes)"
  tmp=$(mktemp -d /var/tmp/arm64-debootstrap.XXXXXX)
  debootstrap --arch=arm64 --variant=minbase --include=make,git,ca-certificates,binutils bullseye \
    "$tmp/root" "$mirror" >"$cache/arm64-debootstrap.log" 2>&1 \
    || { say "debootstrap failed, see $cache/arm64-debootstrap.log"; rm -rf "$tmp"; exit 2; }
  tar -C "$tmp/root" -cf "$base" . && rm -rf "$tmp"
fi

root=$(mktemp -d /var/tmp/arm64-root.XXXXXX)
cleanup() {
  for m in dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
  [ -n "${ARM64_KEEP:-}" ] && say "kept $root" || rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bullseye main" >"$root/etc/apt/sources.list"
# The registries are reached through this workplace's certificate authority and pip
# settings, as on any machine here (as fresh-machine does).
for f in /etc/ssl/certs/ca-certificates.crt /etc/pip.conf /etc/xdg/pip /usr/local/share/ca-certificates; do
  [ -e "$f" ] && { mkdir -p "$root$(dirname "$f")"; cp -rL "$f" "$root$f"; }
done
passenv=()
while IFS='=' read -r name _; do
  case "$name" in PIP_*|*SSL_CERT*|*CA_BUNDLE*|*CA_CERTS*|*CAINFO*) passenv+=("$name=${!name}");; esac
done < <(env)
mount -t proc proc "$root/proc"; mount --rbind /sys "$root/sys"; mount --rbind /dev "$root/dev"
git clone -q "$top" "$root/root/project"
mkdir -p "$root/root/.cache/ai-selfcheck-build"
cp -a "$entry" "$root/root/.cache/ai-selfcheck-build/"
inner_python="/root/.cache/ai-selfcheck-build/$(basename "$entry")/prefix/bin/python3.11"
# Full logs of the suite and the bundle's tests, copied out to build/work/arm64/.
logs=/root/project/build/work/arm64

default="set -e
  $inner_python -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, hashlib, decimal, pyexpat, uuid, venv, platform
print(\"== interpreter:\", platform.machine(), platform.python_version(), ssl.OPENSSL_VERSION, sqlite3.sqlite_version)'
  mkdir -p $logs
  echo '== make test (aarch64, emulated; every test named in $logs/suite.log)'; s=\$(date +%s)
  rc=0; PYTEST_ADDOPTS=-v make test PYTHON=$inner_python >$logs/suite.log 2>&1 || rc=\$?
  grep -E '(FAILED|ERROR|Fatal Python error|Segmentation)' $logs/suite.log | head -n 40 || true
  tail -n 25 $logs/suite.log
  echo \"== suite: exit \$rc after \$(( \$(date +%s) - s )) s\"
  s=\$(date +%s)
  $inner_python build/tools/portable.py bundle --dist dist
  echo \"== bundle: \$(( \$(date +%s) - s )) s\"
  bundle=\$(ls -d \$PWD/dist/ai-selfcheck-*-linux-arm64)
  SELFCHECK_BUNDLE_DIR=\$bundle QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider -v -rs \
    tests/test_bundle.py >$logs/bundle-tests.log 2>&1 || brc=\$?
  tail -n 40 $logs/bundle-tests.log
  echo \"== suite exit \$rc, bundle tests exit \${brc:-0}\"
  [ \$rc = 0 ] && [ \${brc:-0} = 0 ]"
cmd=${*:-$default}
say "arm64 Debian 11 root $root, clean clone of $(git rev-parse --short HEAD)"
set +e
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 CI=true TERM=dumb "${passenv[@]}" /bin/bash -c "cd /root/project && $cmd"
rc=$?
set -e
if [ -d "$root/root/project/dist" ]; then mkdir -p dist && cp -a "$root/root/project/dist/." dist/; fi
if [ -d "$root/root/project/build/work/arm64" ]; then
  mkdir -p build/work/arm64 && cp -a "$root/root/project/build/work/arm64/." build/work/arm64/
  say "logs in build/work/arm64/"
fi
say "exit $rc after $(( $(date +%s) - started )) s"
exit $rc
