"""A "Moderator" group; moderators, editors and chief editors may moderate comments."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Moderator", "Editor", "Chief editor"]
PERMISSIONS = [
    ("discussions", "moderate_comment"),
    ("discussions", "add_discussionpolicy"),
    ("discussions", "change_discussionpolicy"),
    ("discussions", "delete_discussionpolicy"),
    ("discussions", "view_discussionpolicy"),
    ("moderation", "add_bannedphrase"),
    ("moderation", "change_bannedphrase"),
    ("moderation", "delete_bannedphrase"),
    ("moderation", "view_bannedphrase"),
]


def create_moderators(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in PERMISSIONS
    ]
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, *permissions)


def remove_moderators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Moderator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("discussions", "0001_initial"),
        ("moderation", "0001_initial"),
        ("news", "0002_editorial_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_moderators, remove_moderators)]
