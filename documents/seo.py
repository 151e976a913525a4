"""schema.org `Legislation` for the document page (a JSON data block, not a script)."""

from pages.identity import site_identity


def legislation(document, context, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": document.title,
        "legislationIdentifier": document.number,
        "legislationType": document.doc_type.name,
        "abstract": document.summary,
        "legislationDate": document.issued_on.isoformat(),
        "datePublished": document.issued_on.isoformat(),
        "legislationLegalForce": (
            "https://schema.org/InForce"
            if document.validity == document.Validity.IN_FORCE
            else "https://schema.org/NotInForce"
        ),
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer.name},
        "publisher": {"@type": "Organization", "name": site_identity().name},
        "inLanguage": "vi",
        "url": request.build_absolute_uri(document.get_absolute_url()),
    }
    if document.expires_on:
        data["expires"] = document.expires_on.isoformat()
    if document.signer:
        data["legislationResponsible"] = {"@type": "Person", "name": document.signer}
    files = [
        {
            "@type": "LegislationObject",
            "encodingFormat": file.content_type,
            "contentUrl": request.build_absolute_uri(file.get_absolute_url()),
        }
        for file in context["files"]
    ]
    if files:
        data["workExample"] = files
    changed = context["replaces"] + context["amends"]  # what this document replaces or amends
    if changed:
        data["legislationChanges"] = [
            request.build_absolute_uri(d.get_absolute_url()) for d in changed
        ]
    return data
