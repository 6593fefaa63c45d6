# syntax=docker/dockerfile:1
# Build stage: install everything, type-check, then keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY data/demo ./data/demo
COPY slack ./slack
RUN npx tsc --noEmit -p tsconfig.json \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: Node, the sources (run by tsx), production modules; no compilers, no dev tools.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    EMBEDDED_REDIS=false
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/bin ./bin
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/data/demo ./data/demo
COPY --from=build --chown=node:node /app/slack ./slack
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "bin/pledgewatch.mjs"]
CMD ["start"]
