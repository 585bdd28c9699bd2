using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The rack lines of quotes are named for what they are: QuoteConfigurations becomes QuoteRacks and its components'
    /// QuoteConfigurationId becomes QuoteRackId. Written by hand from what EF scaffolded (a dropped and a new table) so
    /// that the rows stay: the table and the column are renamed, their keys and indexes named anew.
    /// </summary>
    public partial class RenameQuoteRacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_QuoteComponent_QuoteConfigurations_QuoteConfigurationId",
                table: "QuoteComponent");

            migrationBuilder.DropForeignKey(
                name: "FK_QuoteConfigurations_Products_RackProductId",
                table: "QuoteConfigurations");

            migrationBuilder.DropForeignKey(
                name: "FK_QuoteConfigurations_Quotes_QuoteId",
                table: "QuoteConfigurations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_QuoteConfigurations",
                table: "QuoteConfigurations");

            migrationBuilder.RenameTable(
                name: "QuoteConfigurations",
                newName: "QuoteRacks");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteConfigurations_QuoteId",
                table: "QuoteRacks",
                newName: "IX_QuoteRacks_QuoteId");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteConfigurations_RackProductId",
                table: "QuoteRacks",
                newName: "IX_QuoteRacks_RackProductId");

            migrationBuilder.RenameColumn(
                name: "QuoteConfigurationId",
                table: "QuoteComponent",
                newName: "QuoteRackId");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteComponent_QuoteConfigurationId",
                table: "QuoteComponent",
                newName: "IX_QuoteComponent_QuoteRackId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_QuoteRacks",
                table: "QuoteRacks",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteRacks_Products_RackProductId",
                table: "QuoteRacks",
                column: "RackProductId",
                principalTable: "Products",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteRacks_Quotes_QuoteId",
                table: "QuoteRacks",
                column: "QuoteId",
                principalTable: "Quotes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteComponent_QuoteRacks_QuoteRackId",
                table: "QuoteComponent",
                column: "QuoteRackId",
                principalTable: "QuoteRacks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_QuoteComponent_QuoteRacks_QuoteRackId",
                table: "QuoteComponent");

            migrationBuilder.DropForeignKey(
                name: "FK_QuoteRacks_Products_RackProductId",
                table: "QuoteRacks");

            migrationBuilder.DropForeignKey(
                name: "FK_QuoteRacks_Quotes_QuoteId",
                table: "QuoteRacks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_QuoteRacks",
                table: "QuoteRacks");

            migrationBuilder.RenameTable(
                name: "QuoteRacks",
                newName: "QuoteConfigurations");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteRacks_QuoteId",
                table: "QuoteConfigurations",
                newName: "IX_QuoteConfigurations_QuoteId");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteRacks_RackProductId",
                table: "QuoteConfigurations",
                newName: "IX_QuoteConfigurations_RackProductId");

            migrationBuilder.RenameColumn(
                name: "QuoteRackId",
                table: "QuoteComponent",
                newName: "QuoteConfigurationId");

            migrationBuilder.RenameIndex(
                name: "IX_QuoteComponent_QuoteRackId",
                table: "QuoteComponent",
                newName: "IX_QuoteComponent_QuoteConfigurationId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_QuoteConfigurations",
                table: "QuoteConfigurations",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteConfigurations_Products_RackProductId",
                table: "QuoteConfigurations",
                column: "RackProductId",
                principalTable: "Products",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteConfigurations_Quotes_QuoteId",
                table: "QuoteConfigurations",
                column: "QuoteId",
                principalTable: "Quotes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_QuoteComponent_QuoteConfigurations_QuoteConfigurationId",
                table: "QuoteComponent",
                column: "QuoteConfigurationId",
                principalTable: "QuoteConfigurations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
