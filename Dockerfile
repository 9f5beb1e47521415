# Chartroom api and worker (docker-compose.yml picks the entry point). No build step: tsx runs the
# TypeScript sources directly, so the image is the repo plus its installed dependencies.
FROM node:20-bookworm-slim

WORKDIR /app
RUN chown node:node /app
USER node

# The whole repo goes in before `npm ci`: npm workspaces need every package.json in place, and
# COPY cannot copy a glob of them while keeping their directories.
COPY --chown=node:node . .
RUN npm ci --no-audit --no-fund
# The web application the API serves (services/web/dist).
RUN npm run build -w services/web

ENV NODE_ENV=production
CMD ["node", "--import", "tsx", "services/api/src/main.ts"]
