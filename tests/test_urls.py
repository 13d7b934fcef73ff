"""Every address comes from digest/site/urls.py, and the settings Pelican users set are honoured."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from digest.site.urls import PAGE_PATHS, SiteUrls, page_path
from tests.site_helpers import ROOT, build_site, read_page

# A page path written out ("provinces/", f"topics/{id}/") anywhere but in urls.py.
_PAGE_FOLDER = re.compile(
    rf"^(?:{'|'.join(p.split('/')[0] for p in PAGE_PATHS.values() if '/' in p)})/"
)


def _written_paths(tree: ast.AST) -> list[str]:
    """Text starting with a page folder, alone or as the start of an f-string."""
    return [
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _PAGE_FOLDER.match(node.value)
    ]


def test_no_module_but_urls_writes_a_page_path() -> None:
    offenders = {}
    for path in sorted((ROOT / "digest" / "site").glob("*.py")):
        if path.name != "urls.py":
            found = _written_paths(ast.parse(path.read_text(encoding="utf-8")))
            if found:
                offenders[path.name] = found
    assert offenders == {}


def test_the_guard_sees_a_written_path() -> None:
    assert len(_written_paths(ast.parse('a = "provinces/"\nb = f"topics/{x}/"\n'))) == 2


def test_templates_link_to_pages_by_kind() -> None:
    """url() takes a page object's path; a page named in a template goes through url_for."""
    literal = re.compile(r"""\burl\(\s*['"]""")
    written = {
        template.name: literal.findall(template.read_text(encoding="utf-8"))
        for template in sorted((ROOT / "theme" / "templates").glob("*.html"))
    }
    assert {name: found for name, found in written.items() if found} == {}


def test_addresses_follow_siteurl_and_default_lang() -> None:
    settings = {"SITEURL": "https://example.org/digest/", "DEFAULT_LANG": "vi",
                "THEME_STATIC_DIR": "static"}  # fmt: skip
    urls = SiteUrls.from_settings(settings)
    links = urls.template_functions("en")
    assert links["url_for"]("province", "lai-chau") == "/digest/en/provinces/lai-chau/"
    assert links["url_for"]("home", in_lang="vi") == "/digest/"
    assert links["absolute_url"]("search/") == "https://example.org/digest/en/search/"
    assert links["static"]("css/site.css") == "/digest/static/css/site.css"
    assert urls.file(page_path("entry", "a-b-de"), "vi") == "entries/a-b-de/index.html"
    with pytest.raises(ValueError, match="takes a key"):
        page_path("province")


@pytest.mark.site
def test_default_lang_is_the_interface_at_the_root(tmp_path: Path) -> None:
    output = tmp_path / "site"
    digest = {"registries": str(ROOT / "registries"), "vocabularies": str(ROOT / "vocabularies"),
              "translations": str(ROOT / "theme" / "translations"), "search": False}  # fmt: skip
    # Pelican's reST reader (the digest reads none) warns that docutils has no Vietnamese.
    settings = [f"DEFAULT_LANG={json.dumps('vi')}", f"DIGEST={json.dumps(digest)}",
                'READERS={"rst": null}']  # fmt: skip
    result = build_site(output, extra=["-e", *settings])
    assert result.returncode == 0, result.stdout + result.stderr
    root = (output / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in root
    assert '<html lang="en"' in (output / "en" / "index.html").read_text(encoding="utf-8")
    assert not (output / "vi").exists()
    links = read_page(output / "index.html").links
    assert "/provinces/" in links and "/en/provinces/" not in links
    assert "/en/provinces/" in read_page(output / "en" / "index.html").links


def test_a_default_lang_without_an_interface_is_refused() -> None:
    from digest.site.settings import SettingsError, plugin_settings

    assert plugin_settings({"DEFAULT_LANG": "vi"})["interface_languages"] == ("vi", "en")
    with pytest.raises(SettingsError, match="DEFAULT_LANG 'fr' is not one of DIGEST's"):
        plugin_settings({"DEFAULT_LANG": "fr"})
