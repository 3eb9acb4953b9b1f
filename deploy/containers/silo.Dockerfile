# The silo: Orleans + the GraphQL API + the pages in one process (silo/). Built from the repository root:
#   docker build -f deploy/containers/silo.Dockerfile -t collectiongrains/silo .
# Every setting comes from the CG_* variables (README "Configuration"); deploy/kubernetes/ runs it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The page's npm packages (GraphiQL, graphql-ws) are embedded in the GraphQL assembly: install them first.
RUN graphql/web/install.sh \
 && dotnet publish silo/CollectionGrains.Silo.csproj -c Release -nologo -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The notices' CJK font; psql for the migrations (deploy/postgres/migrate.sh, run by the migration job).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-wqy-zenhei postgresql-client \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY deploy/env.sh /app/deploy/env.sh
COPY deploy/postgres/migrate.sh /app/deploy/postgres/migrate.sh
COPY deploy/postgres/migrations /app/deploy/postgres/migrations
ENV CG_HTTP_URL=http://0.0.0.0:8080 \
    CG_SILO_PORT=11111 \
    CG_GATEWAY_PORT=30000
EXPOSE 8080 11111 30000
# The runtime image's unprivileged user (uid 1654).
USER $APP_UID
ENTRYPOINT ["dotnet", "CollectionGrains.Silo.dll"]
