"""The administrator's import page: upload → the importer runs in the background on the
real worker (`run_worker --batch`) → a self-refreshing progress page → the final report.
Only administrators reach it; bad uploads get a message next to the field."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from importer.models import ImportJob, Redirect
from importer.runner import run_import
from jobs.models import Job
from tests.importer_files import HOA_SON, uploads_zip, write

ADD = reverse("admin:importer_importjob_add")


def progress_url(job):
    return reverse("admin:importer_importjob_change", args=[job.pk])


def run_worker():
    call_command("run_worker", "--batch", "--interval", "0")


@pytest.fixture
def admin_user_client(client, administrator):
    client.force_login(administrator)
    return client


def upload(client, path, images=None):
    data = {"source": SimpleUploadedFile(path.name, path.read_bytes(), "text/xml")}
    if images is not None:
        data["images"] = SimpleUploadedFile(images.name, images.read_bytes(), "application/zip")
    return client.post(ADD, data)


def stored_uploads(settings):
    folder = settings.MEDIA_ROOT / "imports"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.mark.django_db(transaction=True)
def test_an_uploaded_export_is_imported_in_the_background_with_progress_and_a_report(
    admin_user_client, tmp_path, settings
):
    response = upload(admin_user_client, HOA_SON, uploads_zip(tmp_path))
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == progress_url(job)
    assert not Article.objects.exists()  # nothing yet: the worker does it
    assert Job.objects.get().task_path == "importer.tasks.import_upload"
    assert len(stored_uploads(settings)) == 2

    waiting = admin_user_client.get(progress_url(job)).content.decode()
    assert "Đang chờ" in waiting
    assert re.search(r'<meta http-equiv="refresh" content="\d+">', waiting)

    run_worker()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert job.attempts == 1
    assert Article.objects.count() == 8
    assert Redirect.objects.filter(old_path__contains="dua-thuyen").exists()
    assert stored_uploads(settings) == []  # kept only until the job ended
    assert Job.objects.get().status == "SUCCESSFUL"

    page = admin_user_client.get(progress_url(job)).content.decode()
    assert "Đã xong" in page
    assert 'http-equiv="refresh"' not in page  # finished: the page stops reloading
    assert job.done == job.total > 0
    assert f"{job.total}/{job.total} mục (100%)" in page
    assert "8 tạo mới" in page  # counts per type
    assert "không có tiêu đề" in page  # a skipped item with its reason
    assert "khong-co-ban-sao.jpg" in page  # an image with no local copy
    assert "ở cấp 3" in page  # a warning
    listing = admin_user_client.get(reverse("admin:importer_importjob_changelist"))
    assert "hoa-son-wxr.xml" in listing.content.decode()


@pytest.mark.django_db(transaction=True)
def test_an_import_whose_file_vanished_is_retried_then_failed_with_its_error_shown(
    admin_user_client, settings
):
    upload(admin_user_client, HOA_SON)
    job = ImportJob.objects.get()
    for path in stored_uploads(settings):
        path.unlink()

    run_worker()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.RETRYING
    page = admin_user_client.get(progress_url(job)).content.decode()
    assert "Gặp lỗi, sẽ thử lại" in page
    assert "FileNotFoundError" in page

    for _attempt in range(2):  # each retry waits; bring it forward instead of sleeping
        Job.objects.filter(status="READY").update(run_after="2000-01-01T00:00Z")
        run_worker()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert job.attempts == 3
    assert Job.objects.filter(status="FAILED").count() == 3
    assert not Job.objects.filter(status="READY").exists()
    page = admin_user_client.get(progress_url(job)).content.decode()
    assert "Thất bại" in page and "FileNotFoundError" in page
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_import_cut_short_by_a_dead_worker_is_retried_and_resumes_without_duplicates(
    admin_user_client, tmp_path
):
    upload(admin_user_client, HOA_SON)
    job = ImportJob.objects.get()
    # The worker died mid-run: the items it had committed are there, each whole …
    text = HOA_SON.read_text()
    cut = text[: text.index("<item>", text.index("Sôi nổi Lễ hội"))] + "</channel></rss>"
    run_import([write(tmp_path, "dau.xml", cut)], refresh=False)
    before = Article.objects.count()
    assert 0 < before < 8
    # … and its job still says "running", under a worker id that no longer beats.
    Job.objects.update(status="RUNNING", worker_ids=["bo-chay-da-tat"])
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING, attempts=1)

    run_worker()  # a new worker finds it
    job.refresh_from_db()
    assert job.status == ImportJob.Status.RETRYING
    assert "WorkerLost" in job.error

    Job.objects.filter(status="READY").update(run_after="2000-01-01T00:00Z")
    run_worker()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and job.attempts == 2
    assert Article.objects.count() == 8
    assert job.report["counts"][0] == ["bài viết", f"{8 - before} tạo mới, {before} không đổi"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["editor", "reporter"])
def test_only_administrators_reach_the_import_page(client, who, request, administrator):
    client.force_login(request.getfixturevalue(who))
    assert client.get(ADD).status_code == 403
    assert upload(client, HOA_SON).status_code == 403
    assert not ImportJob.objects.exists()
    job = ImportJob.objects.create(source_name="x.xml")
    assert client.get(progress_url(job)).status_code == 403
    assert client.get(reverse("admin:jobs_job_changelist")).status_code == 403


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(ADD)
    assert response.status_code == 302 and "/admin/login/" in response.url


@pytest.mark.django_db
def test_a_superuser_reaches_the_import_page(admin_client):
    page = admin_client.get(ADD)
    assert page.status_code == 200
    assert "Tải lên và nhập" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "field", "message"),
    [
        ("tin-cu.txt", b"<rss/>", "source", "Chỉ nhận tệp .xml, .rss hoặc .atom."),
        ("tin-cu.xml", b"%PDF-1.4 not xml", "source", "Tệp này không phải XML"),
        ("anh.zip", b"PK but broken", "images", "hỏng hoặc không phải tệp .zip"),
        ("anh.rar", b"Rar!", "images", "Ảnh phải được nén trong một tệp .zip."),
    ],
)
def test_bad_uploads_get_a_message_next_to_the_field_and_queue_nothing(
    admin_user_client, name, content, field, message
):
    data = {"source": SimpleUploadedFile("tin-cu.xml", HOA_SON.read_bytes())}
    data[field] = SimpleUploadedFile(name, content)
    response = admin_user_client.post(ADD, data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert not ImportJob.objects.exists() and not Job.objects.exists()


@pytest.mark.django_db
def test_an_images_zip_over_the_size_limit_is_refused(admin_user_client, tmp_path, settings):
    settings.IMPORT_IMAGES_MAX_BYTES = 1024
    response = upload(admin_user_client, HOA_SON, uploads_zip(tmp_path))
    assert "Tệp quá lớn" in " ".join(response.context["form"].errors["images"])
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
def test_the_upload_form_requires_the_export_file(admin_user_client):
    response = admin_user_client.post(ADD, {})
    assert response.context["form"].errors["source"]
    assert not ImportJob.objects.exists()
