import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.sorting import sort_key


def fill_sort_keys(apps, schema_editor):
    """Vietnamese order (core.sorting) for the accounts already there, by the name they show
    (accounts.names: family name, then given name; the username if neither)."""
    UserSortKey = apps.get_model("accounts", "UserSortKey")
    rows = apps.get_model(*settings.AUTH_USER_MODEL.split(".")).objects.values_list(
        "pk", "last_name", "first_name", "username"
    )
    keys = [
        UserSortKey(user_id=pk, key=sort_key(f"{last} {first}".strip() or username, person=True))
        for pk, last, first, username in rows
    ]
    UserSortKey.objects.bulk_create(keys, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0003_clerk_role'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.CreateModel(
            name='UserSortKey',
            fields=[
                ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='sort_key', serialize=False, to=settings.AUTH_USER_MODEL)),
                ('key', models.TextField(db_collation='C', default='', editable=False, verbose_name='khóa sắp xếp')),
            ],
            options={
                'verbose_name': 'thứ tự tài khoản',
                'verbose_name_plural': 'thứ tự tài khoản',
            },
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
