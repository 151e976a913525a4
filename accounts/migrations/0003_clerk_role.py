from django.db import migrations


def create_roles(apps, schema_editor):
    # The clerk (Văn thư) role and the register's permissions for editors and administrators.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0)

    from accounts.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_audit"),
        ("documents", "0002_seed_lists"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
