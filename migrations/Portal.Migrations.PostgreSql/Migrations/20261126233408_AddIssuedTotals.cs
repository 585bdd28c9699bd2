using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddIssuedTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "IssuedListMinorUnits",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IssuedSalesDiscountMinorUnits",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IssuedTotalMinorUnits",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            // Quotes issued before this migration take their totals from their latest issued revision.
            migrationBuilder.Sql("""
                UPDATE "Quotes" SET
                    "IssuedListMinorUnits" = (SELECT r."ListTotalMinorUnits" FROM "QuoteRevisions" r WHERE r."QuoteId" = "Quotes"."Id" ORDER BY r."Number" DESC LIMIT 1),
                    "IssuedSalesDiscountMinorUnits" = (SELECT r."SalesDiscountMinorUnits" FROM "QuoteRevisions" r WHERE r."QuoteId" = "Quotes"."Id" ORDER BY r."Number" DESC LIMIT 1),
                    "IssuedTotalMinorUnits" = (SELECT r."TotalMinorUnits" FROM "QuoteRevisions" r WHERE r."QuoteId" = "Quotes"."Id" ORDER BY r."Number" DESC LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM "QuoteRevisions" r WHERE r."QuoteId" = "Quotes"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IssuedListMinorUnits",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "IssuedSalesDiscountMinorUnits",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "IssuedTotalMinorUnits",
                table: "Quotes");
        }
    }
}
