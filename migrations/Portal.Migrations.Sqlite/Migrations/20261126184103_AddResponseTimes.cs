using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecondsSinceSubmitted",
                table: "QuoteRevisions",
                type: "INTEGER",
                nullable: true);

            // Quotes issued and accepted before this migration get their times from the timestamps they already have.
            migrationBuilder.Sql("""
                UPDATE QuoteRevisions SET SecondsSinceSubmitted = CAST(ROUND((julianday(IssuedUtc)
                    - julianday((SELECT SubmittedUtc FROM Quotes WHERE Quotes.Id = QuoteRevisions.QuoteId))) * 86400) AS INTEGER)
                WHERE (SELECT SubmittedUtc FROM Quotes WHERE Quotes.Id = QuoteRevisions.QuoteId) IS NOT NULL;
                UPDATE Quotes SET Acceptance_SecondsAfterIssue = CAST(ROUND((julianday(Acceptance_AcceptedUtc) - julianday(IssuedUtc)) * 86400) AS INTEGER)
                WHERE Acceptance_AcceptedUtc IS NOT NULL AND IssuedUtc IS NOT NULL;
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
