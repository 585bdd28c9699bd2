using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ScreeningListVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartyCount = table.Column<int>(type: "integer", nullable: false),
                    ProblemCount = table.Column<int>(type: "integer", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningListVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RestrictedParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListVersionId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntryId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AlternateNames = table.Column<string>(type: "text", nullable: false),
                    Addresses = table.Column<string>(type: "text", nullable: false),
                    Countries = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    ScreenedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ListVersionId = table.Column<int>(type: "integer", nullable: false),
                    Threshold = table.Column<double>(type: "double precision", nullable: false),
                    ScreenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntryId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ListedName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MatchedName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    ScreeningId = table.Column<int>(type: "integer", nullable: false)
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
