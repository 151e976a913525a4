"""Demo content for `manage.py load_demo`: hand-written stories, accounts, synthetic bulk."""
