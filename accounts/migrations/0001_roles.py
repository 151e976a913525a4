from django.db import migrations


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Leave each app config as it is: clearing models_module would silence every later
    # post_migrate (permissions and roles after a test flush or the next migrate).
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0)

    from accounts.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("articles", "0002_content"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
