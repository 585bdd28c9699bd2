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
            migrationBuilder.AddColumn<string>(
                name: "ClaimedById",
                table: "Quotes",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

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

            migrationBuilder.AddForeignKey(
                name: "FK_Quotes_AspNetUsers_ClaimedById",
                table: "Quotes",
                column: "ClaimedById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
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
