using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddQuotePricingAndRevisionLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DiscountPercent",
                table: "Quotes",
                type: "TEXT",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "ValidityDays",
                table: "Quotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DepositMinorUnits",
                table: "QuoteRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ListTotalMinorUnits",
                table: "QuoteRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SalesDiscountMinorUnits",
                table: "QuoteRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "VolumeDiscountMinorUnits",
                table: "QuoteRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryQuarter",
                table: "QuoteProductLine",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DiscountPercent",
                table: "QuoteProductLine",
                type: "TEXT",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryQuarter",
                table: "QuoteConfigurations",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DiscountPercent",
                table: "QuoteConfigurations",
                type: "TEXT",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QuoteRevisionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    VolumeDiscountPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    SalesDiscountPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    AmountMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    QuoteRevisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteRevisionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuoteRevisionLines_QuoteRevisions_QuoteRevisionId",
                        column: x => x.QuoteRevisionId,
                        principalTable: "QuoteRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteRevisionLines_QuoteRevisionId",
                table: "QuoteRevisionLines",
                column: "QuoteRevisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuoteRevisionLines");

            migrationBuilder.DropColumn(
                name: "DiscountPercent",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ValidityDays",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "DepositMinorUnits",
                table: "QuoteRevisions");

            migrationBuilder.DropColumn(
                name: "ListTotalMinorUnits",
                table: "QuoteRevisions");

            migrationBuilder.DropColumn(
                name: "SalesDiscountMinorUnits",
                table: "QuoteRevisions");

            migrationBuilder.DropColumn(
                name: "VolumeDiscountMinorUnits",
                table: "QuoteRevisions");

            migrationBuilder.DropColumn(
                name: "DeliveryQuarter",
                table: "QuoteProductLine");

            migrationBuilder.DropColumn(
                name: "DiscountPercent",
                table: "QuoteProductLine");

            migrationBuilder.DropColumn(
                name: "DeliveryQuarter",
                table: "QuoteConfigurations");

            migrationBuilder.DropColumn(
                name: "DiscountPercent",
                table: "QuoteConfigurations");
        }
    }
}
