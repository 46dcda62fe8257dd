"""The newsroom's roles: Contributor writes drafts, Editor publishes, Chief editor runs it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Contributor": ["add_page"],
    "Editor": ["add_page", "change_page", "publish_page", "lock_page"],
    "Chief editor": [
        "add_page", "change_page", "publish_page", "lock_page", "unlock_page",
        "bulk_delete_page",
    ],
}
IMAGE_PERMISSIONS = {
    "Contributor": ["add_newsimage", "choose_image"],
    "Editor": ["add_newsimage", "change_newsimage", "choose_image"],
    "Chief editor": [
        "add_newsimage", "change_newsimage", "delete_newsimage", "choose_image",
    ],
}
MODEL_PERMISSIONS = {
    "Contributor": [],
    "Editor": ["add_author", "change_author", "add_topic", "change_topic"],
    "Chief editor": [
        "add_author", "change_author", "delete_author",
        "add_topic", "change_topic", "delete_topic",
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
        for codename in IMAGE_PERMISSIONS[name]:
            permission = Permission.objects.get(
                content_type__app_label="news", codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        for codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="news", codename=codename)
            )


    # Wagtail's stock groups overlap these roles; its approval step goes to editors.
    editors = Group.objects.filter(name__in=["Editor", "Chief editor"])
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    for task in GroupApprovalTask.objects.all():
        task.groups.set(editors)
        task.name = "Editor approval"
        task.save(update_fields=["name"])
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=PAGE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
