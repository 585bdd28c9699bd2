using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScreenOrganizationsAgainstRestrictedPartyLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OnComplianceHold",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ScreeningListVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningListVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RestrictedParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntryId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AlternateNames = table.Column<string>(type: "TEXT", nullable: false),
                    Addresses = table.Column<string>(type: "TEXT", nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RestrictedParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RestrictedParties_ScreeningListVersions_ListVersionId",
                        column: x => x.ListVersionId,
                        principalTable: "ScreeningListVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Screenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScreenedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ListVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    ScreenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Screenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Screenings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Screenings_ScreeningListVersions_ListVersionId",
                        column: x => x.ListVersionId,
                        principalTable: "ScreeningListVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Screenings_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntryId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ListedName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MatchedName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ScreeningId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningMatches_Screenings_ScreeningId",
                        column: x => x.ScreeningId,
                        principalTable: "Screenings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RestrictedParties_ListVersionId",
                table: "RestrictedParties",
                column: "ListVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningMatches_ScreeningId",
                table: "ScreeningMatches",
                column: "ScreeningId");

            migrationBuilder.CreateIndex(
                name: "IX_Screenings_ListVersionId",
                table: "Screenings",
                column: "ListVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Screenings_OrganizationId",
                table: "Screenings",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Screenings_Outcome_ScreenedAt",
                table: "Screenings",
                columns: new[] { "Outcome", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Screenings_SiteId",
                table: "Screenings",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RestrictedParties");

            migrationBuilder.DropTable(
                name: "ScreeningMatches");

            migrationBuilder.DropTable(
                name: "Screenings");

            migrationBuilder.DropTable(
                name: "ScreeningListVersions");

            migrationBuilder.DropColumn(
                name: "OnComplianceHold",
                table: "Organizations");
        }
    }
}
