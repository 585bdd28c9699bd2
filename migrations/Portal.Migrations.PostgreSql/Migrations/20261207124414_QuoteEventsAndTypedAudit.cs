using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class QuoteEventsAndTypedAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangesNote",
                table: "Quotes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShownToCustomer",
                table: "AuditEvents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The quote rows the customer's timeline showed, filtered by their action's name until now.
            migrationBuilder.Sql("""
                UPDATE "AuditEvents" SET "ShownToCustomer" = TRUE
                WHERE "EntityType" = 'Quote' AND "Action" NOT IN ('Priced', 'Approval requested', 'Sent back to sales');
                """);

            // The note of the last request for changes, read until now from the audit log.
            migrationBuilder.Sql("""
                UPDATE "Quotes" SET "ChangesNote" = (
                    SELECT a."Reason" FROM "AuditEvents" a
                    WHERE a."EntityType" = 'Quote' AND a."EntityId" = CAST("Quotes"."Id" AS TEXT) AND a."ToState" = 'ChangesRequested'
                    ORDER BY a."Id" DESC LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangesNote",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ShownToCustomer",
                table: "AuditEvents");
        }
    }
}
