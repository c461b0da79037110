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
