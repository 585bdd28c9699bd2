using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MailLinksRepliesAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttachmentKind",
                table: "QueuedMails",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentReference",
                table: "QueuedMails",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AttachmentRevision",
                table: "QueuedMails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyTo",
                table: "QueuedMails",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttachmentKind",
                table: "QueuedMails");

            migrationBuilder.DropColumn(
                name: "AttachmentReference",
                table: "QueuedMails");

            migrationBuilder.DropColumn(
                name: "AttachmentRevision",
                table: "QueuedMails");

            migrationBuilder.DropColumn(
                name: "ReplyTo",
                table: "QueuedMails");
        }
    }
}
