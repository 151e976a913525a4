from django.db import migrations

# Typo suggestions now read the word vocabulary of migration 0050, not titles: the stored
# unaccented title and its trigram GiST index only cost time on every insert (and disk).


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0050_search_words'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='article',
            name='article_title_trgm',
        ),
        migrations.RemoveField(
            model_name='article',
            name='search_title',
        ),
    ]
