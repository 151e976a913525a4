from django.db import migrations

from core.text import vietnamese_slugify

TYPES = [
    "Luật", "Nghị định", "Thông tư", "Quyết định", "Nghị quyết", "Chỉ thị", "Kế hoạch",
    "Thông báo", "Công văn", "Báo cáo", "Hướng dẫn", "Tờ trình", "Quy chế", "Chương trình",
]
ISSUERS = [
    "Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Hội đồng nhân dân huyện",
    "Ủy ban nhân dân huyện", "Phòng Văn hóa và Thông tin huyện",
    "Trung tâm Văn hóa – Thông tin – Thể thao huyện", "Ủy ban nhân dân xã",
]
SECTORS = [
    "Văn hóa", "Thể thao", "Du lịch", "Thông tin – Truyền thông", "Gia đình",
    "Tổ chức – Cán bộ", "Tài chính – Kế hoạch", "Thi đua – Khen thưởng", "Hành chính",
]


def seed(apps, schema_editor):
    for model_name, names in (("DocumentType", TYPES), ("IssuingBody", ISSUERS), ("Sector", SECTORS)):
        model = apps.get_model("documents", model_name)
        for position, name in enumerate(names, start=1):
            model.objects.get_or_create(
                slug=vietnamese_slugify(name), defaults={"name": name, "position": position * 10}
            )


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_register")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
