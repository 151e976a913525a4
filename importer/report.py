"""What a run did, for the administrator: counts per type, skipped items with reasons,
missing images and warnings. Every message is Vietnamese, none is a traceback."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ACTIONS = {
    "created": gettext_lazy("tạo mới"),
    "updated": gettext_lazy("cập nhật"),
    "unchanged": gettext_lazy("không đổi"),
    "saved": gettext_lazy("ghi lại"),
}
KINDS = {
    "article": gettext_lazy("bài viết"),
    "page": gettext_lazy("trang tĩnh"),
    "category": gettext_lazy("chuyên mục"),
    "author": gettext_lazy("tác giả"),
    "redirect": gettext_lazy("đường dẫn cũ (301)"),
    "image": gettext_lazy("ảnh đã lưu"),
}
TITLES = {
    "errors": gettext_lazy("Tệp không đọc được"),
    "skipped": gettext_lazy("Mục bị bỏ qua"),
    "missing_images": gettext_lazy("Ảnh không có bản sao trên máy (để lại dạng liên kết)"),
    "warnings": gettext_lazy("Cảnh báo"),
}
SHOWN = 200  # longer lists are cut in the text; the counts stay exact


@dataclass
class Report:
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)  # (kind, action) → n
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    missing_images: list[tuple[str, str]] = field(default_factory=list)  # (where, url)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # whole files that could not be read
    seconds: float = 0.0
    article_ids: set = field(default_factory=set)  # written (created or updated) this run

    def count(self, kind: str, action: str, n: int = 1) -> None:
        self.counts[(kind, action)] += n

    def skip(self, where: str, reason: str) -> None:
        self.skipped.append((where, reason))

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> list[tuple[str, str]]:
        """(type, "3 tạo mới, 1 cập nhật") for each type that had anything."""
        rows = []
        for kind, label in KINDS.items():
            parts = [
                f"{self.counts[(kind, action)]} {action_label}"
                for action, action_label in ACTIONS.items()
                if self.counts[(kind, action)]
            ]
            if parts:
                rows.append((str(label), ", ".join(parts)))
        return rows

    def _count_lines(self) -> list[str]:
        lines = [f"  {label}: {parts}" for label, parts in self.summary()]
        return lines or ["  " + _("không có gì để nhập")]

    def lists(self) -> dict[str, list[str]]:
        return {
            "errors": list(self.errors),
            "skipped": [f"{where}: {reason}" for where, reason in self.skipped],
            "missing_images": [f"{where}: {url}" for where, url in self.missing_images],
            "warnings": list(self.warnings),
        }

    def as_dict(self) -> dict:
        """What the admin's progress page shows (lists cut at SHOWN, counts exact)."""
        return {
            "counts": self.summary(),
            "seconds": round(self.seconds, 1),
            **{
                name: {"shown": rows[:SHOWN], "count": len(rows)}
                for name, rows in self.lists().items()
            },
        }

    @staticmethod
    def _listed(title: str, rows: list[str]) -> list[str]:
        if not rows:
            return []
        lines = ["", f"{title} ({len(rows)}):"] + [f"  - {row}" for row in rows[:SHOWN]]
        if len(rows) > SHOWN:
            lines.append("  " + _("… và %(n)s mục nữa") % {"n": len(rows) - SHOWN})
        return lines

    def render(self) -> str:
        head = _("Chạy thử: không có gì được ghi.") if self.dry_run else _("Kết quả nhập:")
        lines = [head, *self._count_lines()]
        lines.append("  " + _("thời gian: %(s).1f giây") % {"s": self.seconds})
        lists = self.lists()
        for name, title in TITLES.items():
            lines += self._listed(title, lists[name])
        return "\n".join(lines)
