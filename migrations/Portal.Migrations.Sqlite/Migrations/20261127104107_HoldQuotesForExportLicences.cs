using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HoldQuotesForExportLicences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExportLicenceExpiresUtc",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportLicenceNumber",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportEvidence",
                table: "QuoteRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExportLicenceExpiresUtc",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ExportLicenceNumber",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ExportEvidence",
                table: "QuoteRevisions");
        }
    }
}
