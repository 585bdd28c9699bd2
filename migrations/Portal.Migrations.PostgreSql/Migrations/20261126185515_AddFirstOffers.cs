using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddFirstOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstOfferedUtc",
                table: "WaitlistEntries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecondsUntilFirstOffer",
                table: "WaitlistEntries",
                type: "bigint",
                nullable: true);

            // Entries offered supply before this migration: their last offer is known (it is held for 72 hours), their
            // first is not; the last one stands in for it.
            migrationBuilder.Sql("""
                UPDATE "WaitlistEntries"
                SET "FirstOfferedUtc" = "OfferExpiresUtc" - interval '72 hours',
                    "SecondsUntilFirstOffer" = CAST(EXTRACT(EPOCH FROM ("OfferExpiresUtc" - interval '72 hours' - "JoinedUtc")) AS bigint)
                WHERE "OfferExpiresUtc" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstOfferedUtc",
                table: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "SecondsUntilFirstOffer",
                table: "WaitlistEntries");
        }
    }
}
