from django.db import migrations, models


class Migration(migrations.Migration):
    """Tombstones for documents too: a kind beside the id, unique per kind."""

    dependencies = [("api", "0001_initial")]

    operations = [
        migrations.RenameField("tombstone", "article_id", "item_id"),
        migrations.AlterField(
            model_name="tombstone",
            name="item_id",
            field=models.BigIntegerField(verbose_name="mã"),
        ),
        migrations.AddField(
            model_name="tombstone",
            name="kind",
            field=models.CharField(
                choices=[("article", "Bài viết"), ("document", "Văn bản")],
                default="article",
                max_length=16,
                verbose_name="loại",
            ),
        ),
        migrations.AlterModelOptions(
            name="tombstone",
            options={
                "ordering": ["at", "item_id"],
                "verbose_name": "mục đã rút",
                "verbose_name_plural": "mục đã rút",
            },
        ),
        migrations.AddConstraint(
            model_name="tombstone",
            constraint=models.UniqueConstraint(
                fields=("kind", "item_id"), name="tombstone_one_per_item"
            ),
        ),
        migrations.AddIndex(
            model_name="tombstone",
            index=models.Index(fields=["kind", "at", "item_id"], name="tombstone_sync_idx"),
        ),
    ]
