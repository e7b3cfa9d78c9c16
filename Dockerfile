# The server, for users who have Docker (docker-compose.yml wires it to postgres and redis).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Server -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds /seeds
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 Seeds__Path=/seeds
EXPOSE 5080
ENTRYPOINT ["dotnet", "Playbooks.Server.dll"]
CMD ["serve"]
