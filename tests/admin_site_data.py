"""One of everything the admin lists, and one signed-in client per role, for the admin walks."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.test import Client
from django.utils import timezone

from accounts.roles import Role, assign_role
from images import library
from importer.models import ImportJob, Redirect
from jobs.queue import enqueue_due
from jobs.tasks import prune_finished_jobs
from pages.models import PortalLink, SiteIdentity, StaticPage
from tests.documents_data import make_document
from tests.factories import make_article, make_author, make_user
from tests.images import jpeg

CENTER = "Trung tâm Văn hóa – Thông tin – Thể thao huyện Tân Lạc"
CENTER_SHORT = "TTVH Tân Lạc"


def make_site_content():
    """Rows of every admin-registered model, linked as real content is (authors, tags, links)."""
    SiteIdentity.objects.create(name=CENTER, short_name=CENTER_SHORT, phone="0218 3861 234")
    PortalLink.objects.create(title="Cổng thông tin điện tử tỉnh", url="https://hoabinh.gov.vn")
    page = StaticPage.objects.create(
        title="Giới thiệu", body="<p>Nhiệm vụ.</p>", title_en="About", body_en="<p>Hello</p>"
    )
    author = make_author("Bùi Thị Hoa")
    article = make_article("Lễ hội Khai hạ của đồng bào Mường", authors=[author], tags=["lễ hội"])
    article.title = "Lễ hội Khai hạ của người Mường"
    article.save()  # a second version for the history pages
    older = make_document("01/2023/QĐ-UBND")
    newer = make_document("02/2024/QĐ-UBND")
    newer.replaces.add(older)
    newer.related_articles.add(article)
    library.add(jpeg((900, 600)), "library", alt="Múa Mường", caption="Lễ hội", credit="Bùi Hoa")
    ImportJob.objects.create(source_name="hoason-wordpress.xml", status=ImportJob.Status.DONE)
    enqueue_due()  # the periodic jobs' schedule
    prune_finished_jobs.enqueue()  # a queued job
    Redirect.objects.create(old_path="/tin-tuc/le-hoi-khai-ha.html", article=article)
    Redirect.objects.create(old_path="/gioi-thieu.html", page=page)
    attempt = {"user_agent": "Mozilla/5.0", "ip_address": "203.0.113.7", "username": "ai_do"}
    attempt.update(http_accept="text/html", path_info="/admin/login/")
    AccessAttempt.objects.create(get_data="", post_data="", failures_since_start=2, **attempt)
    AccessLog.objects.create(logout_time=timezone.now(), **attempt)
    AccessFailureLog.objects.create(locked_out=False, **attempt)


ROLE_USERNAMES = {
    Role.ADMINISTRATOR: "quantri",
    Role.EDITOR: "bientap",
    Role.REPORTER: "phongvien",
    Role.CLERK: "vanthu",
}


def role_clients() -> dict[Role, Client]:
    """A signed-in client per role (the people of the center, with Vietnamese names)."""
    clients = {}
    for role, username in ROLE_USERNAMES.items():
        user = make_user(username, first_name="Lan", last_name="Đinh Thị")
        assign_role(user, role)
        clients[role] = Client()
        clients[role].force_login(user)
    return clients
