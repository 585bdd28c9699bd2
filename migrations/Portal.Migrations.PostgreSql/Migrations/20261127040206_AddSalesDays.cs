using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddSalesDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SalesDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SalespersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Submitted = table.Column<int>(type: "integer", nullable: false),
                    SubmittedValueMinorUnits = table.Column<long>(type: "bigint", nullable: false),
                    Issued = table.Column<int>(type: "integer", nullable: false),
                    IssuedValueMinorUnits = table.Column<long>(type: "bigint", nullable: false),
                    IssuedListMinorUnits = table.Column<long>(type: "bigint", nullable: false),
                    IssuedDiscountMinorUnits = table.Column<long>(type: "bigint", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    AcceptedValueMinorUnits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesDays", x => new { x.Day, x.Status, x.SalespersonId, x.OrganizationId });
                });

            // The quotes submitted before this migration, counted into their days as every later save counts them.
            migrationBuilder.Sql("""
                INSERT INTO "SalesDays" ("Day", "Status", "SalespersonId", "OrganizationId", "Submitted", "SubmittedValueMinorUnits", "Issued",
                    "IssuedValueMinorUnits", "IssuedListMinorUnits", "IssuedDiscountMinorUnits", "Accepted", "AcceptedValueMinorUnits")
                SELECT "Day", "Status", "SalespersonId", "OrganizationId", SUM("Submitted"), SUM("SubmittedValue"), SUM("Issued"),
                    SUM("IssuedValue"), SUM("IssuedList"), SUM("IssuedDiscount"), SUM("Accepted"), SUM("AcceptedValue")
                FROM (
                    SELECT CAST("SubmittedUtc" AT TIME ZONE 'UTC' AS date) AS "Day", "Status", COALESCE("ClaimedById", '') AS "SalespersonId", "OrganizationId",
                        1 AS "Submitted", COALESCE("IssuedTotalMinorUnits", 0) AS "SubmittedValue", 0 AS "Issued", 0 AS "IssuedValue",
                        0 AS "IssuedList", 0 AS "IssuedDiscount", 0 AS "Accepted", 0 AS "AcceptedValue"
                    FROM "Quotes" WHERE "SubmittedUtc" IS NOT NULL
                    UNION ALL
                    SELECT CAST("IssuedUtc" AT TIME ZONE 'UTC' AS date), "Status", COALESCE("ClaimedById", ''), "OrganizationId", 0, 0, 1, COALESCE("IssuedTotalMinorUnits", 0),
                        COALESCE("IssuedListMinorUnits", 0), COALESCE("IssuedSalesDiscountMinorUnits", 0), 0, 0
                    FROM "Quotes" WHERE "SubmittedUtc" IS NOT NULL AND "IssuedUtc" IS NOT NULL
                    UNION ALL
                    SELECT CAST("Acceptance_AcceptedUtc" AT TIME ZONE 'UTC' AS date), "Status", COALESCE("ClaimedById", ''), "OrganizationId", 0, 0, 0, 0, 0, 0, 1,
                        COALESCE("IssuedTotalMinorUnits", 0)
                    FROM "Quotes" WHERE "SubmittedUtc" IS NOT NULL AND "Acceptance_AcceptedUtc" IS NOT NULL
                ) AS "Counted"
                GROUP BY "Day", "Status", "SalespersonId", "OrganizationId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SalesDays");
        }
    }
}
