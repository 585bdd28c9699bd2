using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StageScreeningLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Staged",
                table: "ScreeningListVersions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_RestrictedParties_ListVersionId_Name",
                table: "RestrictedParties",
                columns: new[] { "ListVersionId", "Name" });

            // The new index serves the foreign key too; the old one goes once the new one is there.
            migrationBuilder.DropIndex(
                name: "IX_RestrictedParties_ListVersionId",
                table: "RestrictedParties");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RestrictedParties_ListVersionId_Name",
                table: "RestrictedParties");

            migrationBuilder.DropColumn(
                name: "Staged",
                table: "ScreeningListVersions");

            migrationBuilder.CreateIndex(
                name: "IX_RestrictedParties_ListVersionId",
                table: "RestrictedParties",
                column: "ListVersionId");
        }
    }
}
