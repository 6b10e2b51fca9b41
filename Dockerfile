# Mirrors the README: `npm ci` then `npm start` (which compiles to dist/, then runs node on it).
# Multi-stage so the runtime image carries no compiler toolchain (better-sqlite3 is built in the
# first stage); the TypeScript build happens at image build time, not at every start.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seeds ./seeds
COPY bench ./bench
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=/data/newsdesk.db MEDIA_DIR=/data/media
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist ./dist
COPY package.json package-lock.json tsconfig.json drizzle.config.ts ./
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
CMD ["node", "--optimize-for-size", "dist/src/server.js"]
