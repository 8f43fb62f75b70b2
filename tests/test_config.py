"""`repwatch check`: every kind of bad input gives its own message and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from repwatch.cli import main
from repwatch.config import load

MINIMAL = '[school]\nname = "The Springfield Centre"\n'


def check(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    path = tmp_path / "watchlist.toml"
    path.write_text(text, encoding="utf-8")
    code = main(["check", "-w", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_shipped_watchlist_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "-w", str(Path(__file__).parents[1] / "watchlist.toml")])
    out = capsys.readouterr().out
    assert code == 0
    assert "ok: The Springfield Centre, 4 staff" in out
    assert out.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[school]\nname = "X"\n[[staff]\nid = "a"', "TOML syntax error"),
        (
            '[school]\nname = "X"\n[[staff]]\nid = "a"\nname = "A"\nnmae = "B"\n',
            'staff[0].nmae: unknown key; did you mean "name"?',
        ),
        ('[school]\nname = "X"\n[crawl]\nuser_agnet = "x"\n', "crawl.user_agnet: unknown key"),
        ('[school]\nname = "X"\n[sites]\nname = "s"\n', "sites: must be an array of tables"),
        ('[school]\nname = "X"\n[scool]\n', 'scool: unknown section; did you mean "school"?'),
        ("[school]\nname = 5\n", "school.name: must be a string, not int"),
        (
            '[school]\nname = "X"\n[[sites]]\nname = "s"\nstart_urls = ["x"]\nmax_pages = "ten"\n',
            "sites[0].max_pages: must be a whole number",
        ),
        (
            '[school]\nname = "X"\n[crawl]\nallow_private_addresses = "yes"\n',
            "crawl.allow_private_addresses: must be true or false",
        ),
        ('[school]\naliases = ["A"]\n', "school.name: is required but missing"),
        ('[[staff]]\nid = "a"\nname = "A"\n', "school: is required but missing"),
        (MINIMAL + '[[staff]]\nname = "A"\n', "staff[0].id: is required but missing"),
        (
            MINIMAL + '[[staff]]\nid = "a"\nname = "A"\n[[staff]]\nid = "a"\nname = "B"\n',
            'staff[1].id: "a" is already used by staff[0]',
        ),
        (
            MINIMAL + '[[staff]]\nid = "a"\nname = "A"\nline_manager = "head.school.example"\n',
            "staff[0].line_manager: 'head.school.example' is not an email address",
        ),
        (
            MINIMAL + '[digest]\nalways = ["dsl@x.example", "nobody"]\n',
            "digest.always[1]: 'nobody' is not an email address",
        ),
        (
            MINIMAL + '[[sites]]\nname = "s"\nstart_urls = ["gazette.example/news"]\n',
            "sites[0].start_urls[0]: 'gazette.example/news' is not an http(s) URL",
        ),
        (
            MINIMAL + '[[search]]\nprovider = "searxng"\nurl = "ftp://x"\n',
            "search[0].url: 'ftp://x' is not an http(s) URL",
        ),
        (MINIMAL + '[[search]]\nprovider = "bing"\n', "search[0].provider: 'bing' must be one of"),
        (
            MINIMAL + '[[search]]\nprovider = "brave"\nkey_env = "sk-123 secret"\n',
            "search[0].key_env: 'sk-123 secret' must name an environment variable",
        ),
        (MINIMAL + "[digest.smtp]\nport = 25\n", "digest.smtp.host: is required but missing"),
        (
            MINIMAL + '[digest.smtp]\nhost = "m"\nsecurity = "ssl"\n',
            "digest.smtp.security: 'ssl' must be one of",
        ),
        (MINIMAL + '[schedule]\ncron = "every morning"\n', "schedule.cron"),
        (MINIMAL + "[[exclude]]\n", "exclude[0]: needs text"),
    ],
)
def test_bad_input_names_the_key_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    code, output = check(tmp_path, text, capsys)
    assert code == 2
    assert expected in output
    assert str(tmp_path / "watchlist.toml") in output


def test_syntax_error_gives_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = check(tmp_path, '[school]\nname = "X"\nrole = \n', capsys)
    assert code == 2
    assert "line 3" in output and "column" in output


def test_every_problem_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        MINIMAL + '[[staff]]\nid = "a"\nname = "A"\nemial = "x"\n'
        '[[staff]]\nid = "a"\nname = "B"\nline_manager = "bad"\n[crawl]\nmax_redirects = -1\n'
    )
    code, output = check(tmp_path, text, capsys)
    assert code == 2
    for part in ("staff[0].emial", "staff[1].id", "staff[1].line_manager", "crawl.max_redirects"):
        assert part in output


def test_missing_file_says_how_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "-w", str(tmp_path / "nope.toml")])
    assert code == 2
    assert "no such file" in capsys.readouterr().err


def test_defaults_and_values_are_loaded(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        MINIMAL + '[digest]\nfrom = "r@x.example"\n[digest.smtp]\nhost = "m.example"\n'
        'security = "tls"\n',
        encoding="utf-8",
    )
    w = load(path)
    assert w.digest.sender == "r@x.example"
    assert w.digest.smtp is not None and w.digest.smtp.port == 465
    assert w.crawl.allow_private_addresses is False
    assert w.storage.dir == "reports"


def test_unknown_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
