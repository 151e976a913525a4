"""Every management command of the project's own apps answers `--help`, in Vietnamese.

Operators read the help and output of these commands: one language (Vietnamese), and
no crash of argparse on lazy translations.
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import ManagementUtility, get_commands, load_command_class

ROOT = Path(__file__).resolve().parent.parent
PROJECT_APPS = {"core", "accounts", "pages", "articles", "search", "demo", "drills", "newsroom"}
PROJECT_COMMANDS = sorted(name for name, app in get_commands().items() if app in PROJECT_APPS)
# Options every Django command has; their help is Django's own.
DJANGO_OPTIONS = {
    "help",
    "version",
    "verbosity",
    "settings",
    "pythonpath",
    "traceback",
    "no_color",
    "force_color",
    "skip_checks",
}
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


def test_the_project_commands_are_found():
    expected = {"backup", "restore", "loadtest", "bench", "load_demo", "refresh_search_words"}
    assert expected <= set(PROJECT_COMMANDS)


@pytest.mark.parametrize("name", PROJECT_COMMANDS)
def test_help_exits_zero_with_vietnamese_text(name, capsys):
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", name, "--help"]).execute()
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: manage.py {name}" in out
    command = load_command_class(get_commands()[name], name)
    assert isinstance(command.help, str) and VIETNAMESE.search(command.help), command.help
    assert " ".join(command.help.split()[:4]) in " ".join(out.split())


@pytest.mark.parametrize("name", PROJECT_COMMANDS)
def test_every_option_of_the_project_is_explained_in_vietnamese(name):
    command = load_command_class(get_commands()[name], name)
    parser = command.create_parser("manage.py", name)
    for action in parser._actions:
        if action.dest in DJANGO_OPTIONS or action.help == argparse.SUPPRESS:
            continue
        assert action.help and VIETNAMESE.search(str(action.help)), (name, action.dest)


def test_help_from_the_command_line():
    """The crash this guards against showed only through manage.py: run it for real."""
    for name in ("backup", "restore", "loadtest"):
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", name, "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert VIETNAMESE.search(result.stdout), result.stdout
