"""Admin steps in Chromium shared by the browser tests and scripts/editor_guide_screenshots.py."""

from playwright.sync_api import expect


def sign_in(page, base, username, password):
    """Log `page` into the admin; returns it once the dashboard shows."""
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    expect(page.locator("#dashboard-heading")).to_be_visible()
    return page


def pick_category(page, name):
    """Choose `name` in the article form's category box (select2)."""
    page.click("[aria-labelledby=select2-id_category-container]")
    page.fill(".select2-search__field", name)
    page.click(f".select2-results__option:has-text('{name}')")
