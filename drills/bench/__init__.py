"""`manage.py bench`: the site under load, measured against a trivial view in the same run."""
