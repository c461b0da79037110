# Shared by scripts/start and scripts/test.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }

# Node packages, including the pinned Node 24 binary (devDependency `node`), which every
# `npm run` script then finds first on its PATH. npm itself may run on the machine's older Node.
ensure_node_modules() {
  command -v npm >/dev/null 2>&1 || { echo "npm is required (any Node >= 20 to bootstrap; the project brings its own Node 24)" >&2; exit 1; }
  if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing Node packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

# The build (API + web console) is skipped by scripts/start when nothing it reads changed since the
# last successful build through these functions. The stamp carries the build's start time, so a
# source saved during a build is newer than the stamp.
BUILD_STAMP=$ROOT/.cache/build.stamp

build_is_current() {
  [ -f "$BUILD_STAMP" ] && [ -d dist/apps ] && [ -f web/dist/index.html ] || return 1
  [ -z "$(find apps libs web/src web/index.html web/vite.config.ts web/tsconfig.json web/package.json \
    tsconfig.json tsconfig.build.json package.json package-lock.json -newer "$BUILD_STAMP" -print -quit 2>/dev/null)" ]
}

build_started() { mkdir -p "$(dirname "$BUILD_STAMP")"; rm -f "$BUILD_STAMP"; touch "$BUILD_STAMP.next"; }
build_succeeded() { mv "$BUILD_STAMP.next" "$BUILD_STAMP"; }

# `npm run build`, recorded for build_is_current.
build_all() {
  build_started
  npm run --silent build && build_succeeded
}
