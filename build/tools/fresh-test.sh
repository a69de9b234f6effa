#!/usr/bin/env bash
# fresh-test.sh [COMMAND]: run COMMAND (default `make test`) in a clean clone of HEAD on a
# brand-new minimal Debian (FRESH_SUITE, default bookworm) with ../shared/tools/fresh-machine
# (or $FRESH_MACHINE). Says why and exits 0 when it cannot run here: no tool, not root,
# no Debian mirror in the apt sources. Otherwise exits with the command's status.
set -uo pipefail
top=$(git rev-parse --show-toplevel 2>/dev/null) || { echo "fresh-test: skipped: not in a git work tree"; exit 0; }
tool=${FRESH_MACHINE:-$top/../shared/tools/fresh-machine}
[ -f "$tool" ] || { echo "fresh-test: skipped: $tool not found"; exit 0; }
[ "$(id -u)" = 0 ] || { echo "fresh-test: skipped: needs root (chroot, mount)"; exit 0; }
if ! grep -rqsE '^URIs: *http[^ ]*/debian/?$' /etc/apt/sources.list.d/ \
   && ! grep -qsE '^deb +http[^ ]*/debian/? ' /etc/apt/sources.list; then
  echo "fresh-test: skipped: no Debian mirror in the apt sources"; exit 0
fi
if ! git -C "$top" diff --quiet HEAD -- 2>/dev/null; then
  echo "fresh-test: note: uncommitted changes are not in the clean clone (it is made from HEAD)"
fi
cd "$top" && exec bash "$tool" "${@:-make test}"
