"""The managed lists a new register starts with (types, issuing bodies, fields)."""

from core.text import vietnamese_slugify

TYPES = [
    "Luật", "Nghị định", "Thông tư", "Quyết định", "Nghị quyết", "Chỉ thị", "Kế hoạch",
    "Thông báo", "Công văn", "Báo cáo", "Hướng dẫn", "Tờ trình", "Quy chế", "Chương trình",
]  # fmt: skip
ISSUERS = [
    "Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Hội đồng nhân dân huyện",
    "Ủy ban nhân dân huyện", "Phòng Văn hóa và Thông tin huyện",
    "Trung tâm Văn hóa – Thông tin – Thể thao huyện", "Ủy ban nhân dân xã",
]  # fmt: skip
SECTORS = [
    "Văn hóa", "Thể thao", "Du lịch", "Thông tin – Truyền thông", "Gia đình",
    "Tổ chức – Cán bộ", "Tài chính – Kế hoạch", "Thi đua – Khen thưởng", "Hành chính",
]  # fmt: skip


def ensure_lists(document_type, issuing_body, sector) -> None:
    """Create the missing entries (the models are passed: migrations give their own)."""
    for model, names in ((document_type, TYPES), (issuing_body, ISSUERS), (sector, SECTORS)):
        for position, name in enumerate(names, start=1):
            model.objects.get_or_create(
                slug=vietnamese_slugify(name), defaults={"name": name, "position": position * 10}
            )
