# Mirrors the README: `npm ci` then `npm start` (which compiles to dist/, then runs node on it).
# Multi-stage so the runtime image carries no compiler toolchain and no dev dependencies
# (better-sqlite3 is built in the first stage); the TypeScript build happens at image build time,
# not at every start.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# Nothing is fetched but npm packages. Install scripts are skipped (esbuild's would check for, and
# could download, a binary that is already its npm package; sharp's binaries are npm packages too),
# then better-sqlite3 alone is built from source: --build-from-source stops prebuild-install from
# downloading a prebuilt binary, and nodedir gives node-gyp the headers in this image instead of
# fetching them from nodejs.org.
ENV npm_config_nodedir=/usr/local
COPY package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 --build-from-source
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seeds ./seeds
COPY bench ./bench
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=/data/newsdesk.db MEDIA_DIR=/data/media
WORKDIR /app
# Production dependencies only (pruned above), with better-sqlite3 as built there.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# .npmrc too: `npm run token` in the container prints the token alone on stdout, as on a clone.
COPY package.json package-lock.json .npmrc tsconfig.json ./
# src/ too: the CLIs (`npm run token`, backup, restore, export, import) run it with tsx.
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
RUN mkdir -p /data && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `npm start` without its build step (done above); the same node arguments.
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=10", "dist/src/server.js"]
