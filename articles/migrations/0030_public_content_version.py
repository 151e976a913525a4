from django.db import migrations


class Migration(migrations.Migration):
    """The content version that keys cached public pages (articles.content_version)."""

    dependencies = [("articles", "0002_content")]

    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE IF NOT EXISTS articles_public_content_version",
            "DROP SEQUENCE IF EXISTS articles_public_content_version",
        )
    ]
