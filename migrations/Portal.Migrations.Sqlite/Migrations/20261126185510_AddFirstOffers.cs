using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecondsUntilFirstOffer",
                table: "WaitlistEntries",
                type: "INTEGER",
                nullable: true);

            // Entries offered supply before this migration: their last offer is known (it is held for 72 hours), their
            // first is not; the last one stands in for it.
            migrationBuilder.Sql("""
                UPDATE WaitlistEntries
                SET FirstOfferedUtc = strftime('%Y-%m-%d %H:%M:%f', OfferExpiresUtc, '-72 hours'),
                    SecondsUntilFirstOffer = CAST(ROUND((julianday(OfferExpiresUtc) - 3 - julianday(JoinedUtc)) * 86400) AS INTEGER)
                WHERE OfferExpiresUtc IS NOT NULL;
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
