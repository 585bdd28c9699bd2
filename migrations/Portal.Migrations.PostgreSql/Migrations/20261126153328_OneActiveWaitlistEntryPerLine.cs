using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OneActiveWaitlistEntryPerLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One active entry per organization, product and quarter ("earliest" included, hence the expression):
            // the join's check alone would let two simultaneous joins through. The same SQL serves both databases.
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX \"IX_WaitlistEntries_OneActivePerLine\" ON \"WaitlistEntries\" " +
                "(\"OrganizationId\", \"ProductId\", COALESCE(\"Quarter\", '')) WHERE \"Status\" IN ('Waiting', 'Offered');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_WaitlistEntries_OneActivePerLine\";");
        }
    }
}
