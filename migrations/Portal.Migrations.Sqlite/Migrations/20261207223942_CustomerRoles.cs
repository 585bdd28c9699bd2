using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ApprovalLimitMinorUnits",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CompanyRoles",
                table: "AspNetUsers",
                type: "INTEGER",
                maxLength: 40,
                nullable: false,
                defaultValue: 0);

            // Nothing breaks for existing companies: every customer holds every role, with no approval limit (15 = all four).
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"CompanyRoles\" = 15 WHERE \"OrganizationId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovalLimitMinorUnits",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CompanyRoles",
                table: "AspNetUsers");
        }
    }
}
