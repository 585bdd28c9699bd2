using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddQuoteClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot add a foreign key to a table, so EF Core rebuilds the table for AddForeignKey, with
            // "PRAGMA foreign_keys = 0" around it, outside any transaction: a crash in between left the database half
            // migrated. A column added with its REFERENCES clause is the same column and the same foreign key (the model
            // of this migration is unchanged), added inside the migration's transaction.
            migrationBuilder.Sql(
                """ALTER TABLE "Quotes" ADD "ClaimedById" TEXT NULL CONSTRAINT "FK_Quotes_AspNetUsers_ClaimedById" REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT;""");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUtc",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ClaimedById",
                table: "Quotes",
                column: "ClaimedById");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status_SubmittedUtc",
                table: "Quotes",
                columns: new[] { "Status", "SubmittedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Quotes_AspNetUsers_ClaimedById",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_ClaimedById",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status_SubmittedUtc",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ClaimedById",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ClaimedUtc",
                table: "Quotes");
        }
    }
}
