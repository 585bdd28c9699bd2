using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CoverTheReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_QuoteRevisions_IssuedUtc",
                table: "QuoteRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Deposits_PaidUtc",
                table: "Deposits");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc_Acceptance_SecondsAfterIssue",
                table: "Quotes",
                columns: new[] { "Acceptance_AcceptedUtc", "Acceptance_SecondsAfterIssue" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRevisions_FirstIssues",
                table: "QuoteRevisions",
                columns: new[] { "IssuedUtc", "SecondsSinceSubmitted" },
                filter: "\"Number\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Deposits_PaidUtc_AmountMinorUnits",
                table: "Deposits",
                columns: new[] { "PaidUtc", "AmountMinorUnits" });

            migrationBuilder.CreateIndex(
                name: "IX_Deposits_State_RefundedUtc_UpdatedUtc_AmountMinorUnits",
                table: "Deposits",
                columns: new[] { "State", "RefundedUtc", "UpdatedUtc", "AmountMinorUnits" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc_Acceptance_SecondsAfterIssue",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_QuoteRevisions_FirstIssues",
                table: "QuoteRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Deposits_PaidUtc_AmountMinorUnits",
                table: "Deposits");

            migrationBuilder.DropIndex(
                name: "IX_Deposits_State_RefundedUtc_UpdatedUtc_AmountMinorUnits",
                table: "Deposits");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Acceptance_AcceptedUtc",
                table: "Quotes",
                column: "Acceptance_AcceptedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRevisions_IssuedUtc",
                table: "QuoteRevisions",
                column: "IssuedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Deposits_PaidUtc",
                table: "Deposits",
                column: "PaidUtc");
        }
    }
}
