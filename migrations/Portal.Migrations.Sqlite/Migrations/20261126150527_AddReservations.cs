using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddReservations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepositCurrency",
                table: "WaitlistEntries",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DepositPerUnitMinorUnits",
                table: "WaitlistEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DepositStatus",
                table: "WaitlistEntries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<bool>(
                name: "IsReservation",
                table: "WaitlistEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReservationDepositMinorUnits",
                table: "Products",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepositCurrency",
                table: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "DepositPerUnitMinorUnits",
                table: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "DepositStatus",
                table: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "IsReservation",
                table: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "ReservationDepositMinorUnits",
                table: "Products");
        }
    }
}
