from pages.identity import site_chrome


def site(request):
    """`site` in every template: identity, menu, portal links, footer pages (cached)."""
    return {"site": site_chrome()}
