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

    def _count_lines(self) -> list[str]:
        lines = []
        for kind, label in KINDS.items():
            parts = [
                f"{self.counts[(kind, action)]} {action_label}"
                for action, action_label in ACTIONS.items()
                if self.counts[(kind, action)]
            ]
            if parts:
                lines.append(f"  {label}: " + ", ".join(parts))
        return lines or ["  " + _("không có gì để nhập")]

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
        lines += self._listed(_("Tệp không đọc được"), self.errors)
        lines += self._listed(
            _("Mục bị bỏ qua"), [f"{where}: {reason}" for where, reason in self.skipped]
        )
        lines += self._listed(
            _("Ảnh không có bản sao trên máy (để lại dạng liên kết)"),
            [f"{where}: {url}" for where, url in self.missing_images],
        )
        lines += self._listed(_("Cảnh báo"), self.warnings)
        return "\n".join(lines)
