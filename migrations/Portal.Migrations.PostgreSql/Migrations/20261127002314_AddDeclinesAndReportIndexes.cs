using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddDeclinesAndReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "Quotes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeclinedUtc",
                table: "Quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc",
                table: "Quotes",
                column: "Acceptance_AcceptedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_DeclinedUtc",
                table: "Quotes",
                column: "DeclinedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_IssuedUtc",
                table: "Quotes",
                column: "IssuedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRevisions_IssuedUtc",
                table: "QuoteRevisions",
                column: "IssuedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Deposits_PaidUtc",
                table: "Deposits",
                column: "PaidUtc");

            // Quotes declined before this migration take the time and reason of their last decline from the audit trail.
            migrationBuilder.Sql("""
                UPDATE "Quotes" SET
                    "DeclinedUtc" = (SELECT a."OccurredUtc" FROM "AuditEvents" a WHERE a."EntityType" = 'Quote' AND a."Action" = 'Declined'
                        AND a."EntityId" = CAST("Quotes"."Id" AS TEXT) ORDER BY a."OccurredUtc" DESC, a."Id" DESC LIMIT 1),
                    "DeclineReason" = (SELECT a."Reason" FROM "AuditEvents" a WHERE a."EntityType" = 'Quote' AND a."Action" = 'Declined'
                        AND a."EntityId" = CAST("Quotes"."Id" AS TEXT) ORDER BY a."OccurredUtc" DESC, a."Id" DESC LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."EntityType" = 'Quote' AND a."Action" = 'Declined' AND a."EntityId" = CAST("Quotes"."Id" AS TEXT));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_DeclinedUtc",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_IssuedUtc",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_QuoteRevisions_IssuedUtc",
                table: "QuoteRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Deposits_PaidUtc",
                table: "Deposits");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "DeclinedUtc",
                table: "Quotes");
        }
    }
}
