using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddResponseTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Acceptance_SecondsAfterIssue",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecondsSinceSubmitted",
                table: "QuoteRevisions",
                type: "bigint",
                nullable: true);

            // Quotes issued and accepted before this migration get their times from the timestamps they already have.
            migrationBuilder.Sql("""
                UPDATE "QuoteRevisions" AS r SET "SecondsSinceSubmitted" = CAST(EXTRACT(EPOCH FROM (r."IssuedUtc" - q."SubmittedUtc")) AS bigint)
                FROM "Quotes" AS q WHERE q."Id" = r."QuoteId" AND q."SubmittedUtc" IS NOT NULL;
                UPDATE "Quotes" SET "Acceptance_SecondsAfterIssue" = CAST(EXTRACT(EPOCH FROM ("Acceptance_AcceptedUtc" - "IssuedUtc")) AS bigint)
                WHERE "Acceptance_AcceptedUtc" IS NOT NULL AND "IssuedUtc" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Acceptance_SecondsAfterIssue",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "SecondsSinceSubmitted",
                table: "QuoteRevisions");
        }
    }
}
