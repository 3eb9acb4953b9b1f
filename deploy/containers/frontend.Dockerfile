# The stand-alone front end: the GraphQL API, pay links and pages as an Orleans client of the silos' cluster
# (graphql/CollectionGrains.FrontEnd/), scaled apart from them. Built from the repository root:
#   docker build -f deploy/containers/frontend.Dockerfile -t collectiongrains/frontend .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN graphql/web/install.sh \
 && dotnet publish graphql/CollectionGrains.FrontEnd/CollectionGrains.FrontEnd.csproj -c Release -nologo -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV CG_HTTP_URL=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "CollectionGrains.FrontEnd.dll"]
