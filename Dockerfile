# One image for every service of the hub; docker-compose.yml picks the command per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY clients ./clients
COPY tools ./tools
COPY schema ./schema
RUN npm ci && npm run build && npm prune --omit=dev
ENV NODE_ENV=production HOST=0.0.0.0
USER node
