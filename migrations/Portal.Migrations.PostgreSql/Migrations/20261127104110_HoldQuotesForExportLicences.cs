using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportLicenceNumber",
                table: "Quotes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportEvidence",
                table: "QuoteRevisions",
                type: "text",
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
