using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddWaitlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WaitlistLimit",
                table: "Products",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    JoinedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    JoinedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OfferedUnits = table.Column<int>(type: "integer", nullable: true),
                    OfferedQuarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    OfferExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    QuoteId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_AspNetUsers_JoinedById",
                        column: x => x.JoinedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_Quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "Quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_JoinedById",
                table: "WaitlistEntries",
                column: "JoinedById");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_OrganizationId_ProductId_Status",
                table: "WaitlistEntries",
                columns: new[] { "OrganizationId", "ProductId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_ProductId_Status_Priority_QueuedUtc",
                table: "WaitlistEntries",
                columns: new[] { "ProductId", "Status", "Priority", "QueuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_QuoteId",
                table: "WaitlistEntries",
                column: "QuoteId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_Status_OfferExpiresUtc",
                table: "WaitlistEntries",
                columns: new[] { "Status", "OfferExpiresUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropColumn(
                name: "WaitlistLimit",
                table: "Products");
        }
    }
}
