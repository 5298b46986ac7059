# syntax=docker/dockerfile:1
# Sen images. Targets:
#   api  — NestJS API and BullMQ worker (same image; the command picks main.js, worker.js or cli/setup.js)
#   web  — the built web app behind nginx, /api proxied to the api service
# Build: docker build --target api -t sen-api .   /   docker build --target web -t sen-web .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-alpine

# ---- deps: every dependency, for building ----------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/package.json
# `npm install`, not `npm ci`: the lockfile lacks other platforms' optional binaries, which npm ci refuses.
RUN npm install --no-audit --no-fund

# ---- build: dist/apps/api, dist/apps/web, libs/contracts/dist ---------------------------------------
FROM deps AS build
COPY . .
RUN npx nx run-many -t build --outputStyle=static

# ---- prod-deps: production dependencies only ---------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/package.json
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- api: runtime image, non-root ---------------------------------------------------------------------
FROM ${NODE_IMAGE} AS api
ENV NODE_ENV=production PORT=3000 WEB_DIST=dist/apps/web TZ=Asia/Ho_Chi_Minh
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
# The workspace package @sen/contracts is a symlink in node_modules to libs/contracts.
COPY --from=build --chown=node:node /app/libs/contracts/package.json libs/contracts/package.json
COPY --from=build --chown=node:node /app/libs/contracts/dist libs/contracts/dist
COPY --from=build --chown=node:node /app/dist ./dist
RUN mkdir -p /app/storage && chown node:node /app/storage
USER node
EXPOSE 3000
# No HEALTHCHECK here: the worker shares this image and has no HTTP port; docker-compose.yml checks the api.
CMD ["sh", "-c", "node dist/apps/api/cli/setup.js && exec node dist/apps/api/main.js"]

# ---- web: static files behind nginx -------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
