from django.utils.functional import SimpleLazyObject

from pages.identity import site_chrome


def site(request):
    """`site` in every template: identity, menu, portal links, footer pages (cached).

    Lazy, so pages that never show the chrome (the admin) pay nothing for it.
    """
    return {"site": SimpleLazyObject(site_chrome)}
