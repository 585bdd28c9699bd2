using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The rack lines of quotes are named for what they are: QuoteConfigurations becomes QuoteRacks and its components'
    /// QuoteConfigurationId becomes QuoteRackId. Written by hand from what EF scaffolded (a dropped and a new table) so
    /// that the rows stay. SQLite renames a table and a column in place and follows the rename in the foreign keys that
    /// name them, and has no index rename (each index is dropped and made again under its new name); keys and foreign keys are not dropped and added again (that rebuilds a table, which cannot run inside
    /// the migration's transaction), so their constraint names inside the table's definition stay the old ones, which
    /// nothing reads.
    /// </summary>
    public partial class RenameQuoteRacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "QuoteConfigurations",
                newName: "QuoteRacks");

            migrationBuilder.DropIndex(
                name: "IX_QuoteConfigurations_QuoteId",
                table: "QuoteRacks");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRacks_QuoteId",
                table: "QuoteRacks",
                column: "QuoteId");

            migrationBuilder.DropIndex(
                name: "IX_QuoteConfigurations_RackProductId",
                table: "QuoteRacks");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRacks_RackProductId",
                table: "QuoteRacks",
                column: "RackProductId");

            migrationBuilder.RenameColumn(
                name: "QuoteConfigurationId",
                table: "QuoteComponent",
                newName: "QuoteRackId");

            migrationBuilder.DropIndex(
                name: "IX_QuoteComponent_QuoteConfigurationId",
                table: "QuoteComponent");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteComponent_QuoteRackId",
                table: "QuoteComponent",
                column: "QuoteRackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "QuoteRackId",
                table: "QuoteComponent",
                newName: "QuoteConfigurationId");

            migrationBuilder.DropIndex(
                name: "IX_QuoteComponent_QuoteRackId",
                table: "QuoteComponent");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteComponent_QuoteConfigurationId",
                table: "QuoteComponent",
                column: "QuoteConfigurationId");

            migrationBuilder.DropIndex(
                name: "IX_QuoteRacks_RackProductId",
                table: "QuoteRacks");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConfigurations_RackProductId",
                table: "QuoteRacks",
                column: "RackProductId");

            migrationBuilder.DropIndex(
                name: "IX_QuoteRacks_QuoteId",
                table: "QuoteRacks");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConfigurations_QuoteId",
                table: "QuoteRacks",
                column: "QuoteId");

            migrationBuilder.RenameTable(
                name: "QuoteRacks",
                newName: "QuoteConfigurations");
        }
    }
}
