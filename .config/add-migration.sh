#!/usr/bin/env bash
# Adds a migration with the same name to both migration sets (SQLite and PostgreSQL).
# Usage: bash .config/add-migration.sh AddQuotes
# No database is contacted: the PostgreSQL connection string only tells EF which provider to design for.
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Portal.Web -v q -nologo
dotnet ef migrations add "$name" --no-build \
  --project migrations/Portal.Migrations.Sqlite --startup-project src/Portal.Web \
  --output-dir Migrations -- --Database:Provider=Sqlite
dotnet ef migrations add "$name" --no-build \
  --project migrations/Portal.Migrations.PostgreSql --startup-project src/Portal.Web \
  --output-dir Migrations -- --Database:Provider=PostgreSql --ConnectionStrings:Portal="Host=localhost;Database=portal_design"
