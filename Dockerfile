# syntax=docker/dockerfile:1
# Multi-stage build of CML Cloud Manager: API + web console in one image, run as a non-root user.
# Node major matches the project's pinned Node (devDependency "node", engines ">=24 <25").

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY web/package.json web/package.json
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY web web
RUN npm run build && npm prune --omit=dev --workspaces=false
# Development-only programs stay out of the image: the embedded identity provider (published
# secrets and users), the CML simulator, the demo seeder and the benchmarks.
RUN rm -rf dist/apps/dev-idp dist/apps/cml-simulator dist/apps/api/src/tools

FROM node:24-bookworm-slim AS runtime
# METRICS_HOST: in a container the scraper is elsewhere; the endpoint stays off until METRICS_ENABLED=true.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8030 METRICS_HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/web/dist ./web/dist
USER node
# 9464: Prometheus metrics, when METRICS_ENABLED=true (ADR 0035).
EXPOSE 8030 9464
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8030)+'/api/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# SIGTERM goes straight to node (no npm wrapper) so the graceful shutdown runs.
# A small young generation: the app allocates in bursts (a cycle, a bulk import) and V8 would keep
# the grown semi-spaces committed; see docs/adr/0021-young-generation-size.md.
CMD ["node", "--max-semi-space-size=8", "dist/apps/api/src/main.js"]
