using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddWaitlistLineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_ProductId_Priority_QueuedUtc_Id",
                table: "WaitlistEntries",
                columns: new[] { "ProductId", "Priority", "QueuedUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WaitlistEntries_ProductId_Priority_QueuedUtc_Id",
                table: "WaitlistEntries");
        }
    }
}
