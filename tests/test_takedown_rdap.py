"""RDAP against a local server serving recorded-shape answers: bootstrap, nested abuse
entities, the registry's ``related`` link to the registrar, and failures that do not raise."""

from __future__ import annotations

from test_takedown_support import NOW, routes_server, serve_rdap

from repwatch.takedown.rdap import RdapClient


def _client(bootstrap: str, allow_private: bool = True) -> RdapClient:
    return RdapClient(now=lambda: NOW, bootstrap_url=bootstrap, allow_private=allow_private)


def test_domain_follows_related_link_to_the_registrars_nested_abuse_contact() -> None:
    with routes_server() as routes, _client(serve_rdap(routes)) as client:
        result = client.domain("springfield-parents.example")
    assert result.error == ""
    assert [a.url for a in result.answers] == [
        f"{routes.base}/registry/domain/springfield-parents.example",
        f"{routes.base}/registrar/domain/springfield-parents.example",
    ]
    assert result.registrar == "Example Registrar Ltd"
    assert result.registrar_iana_id == "9999"
    first = result.abuse[0]
    assert (first.email, first.phone, first.path) == (
        "abuse@registrar.example",
        "+44.2079460000",
        "registrar > abuse",
    )
    assert first.source.endswith("/registrar/domain/springfield-parents.example")
    assert all(a.queried_at == NOW and a.status == 200 for a in result.answers)
    assert '"REDACTED FOR PRIVACY"' in result.answers[1].body  # kept raw


def test_ip_network_abuse_entity_under_the_organisation() -> None:
    with routes_server() as routes, _client(serve_rdap(routes)) as client:
        result = client.ip("192.0.2.55")
    assert result.network["name"] == "EXAMPLE-HOSTING-NET"
    assert result.network["handle"] == "192.0.2.0 - 192.0.2.255"
    assert [(c.email, c.path) for c in result.abuse] == [
        ("abuse@hosting.example", "registrant > abuse")
    ]
    # The longest matching prefix in ipv4.json wins (the /24 over the /8).
    assert result.answers[0].url == f"{routes.base}/rir/ip/192.0.2.55"


def test_relative_related_link_is_resolved() -> None:
    with routes_server() as routes, _client(serve_rdap(routes, absolute_links=False)) as c:
        result = c.domain("springfield-parents.example")
    assert result.abuse[0].email == "abuse@registrar.example"


def test_failures_are_reported_not_raised() -> None:
    with routes_server() as routes, _client(serve_rdap(routes)) as client:
        unknown_tld = client.domain("school.unknowntld")
        missing = client.domain("nobody.example")
        no_ip_server = client.ip("2001:db8::1")
    assert "no RDAP server for .unknowntld" in unknown_tld.error
    assert "HTTP 404" in missing.error and missing.answers[0].status == 404
    assert "no RDAP server for 2001:db8::1" in no_ip_server.error


def test_private_rdap_server_refused_unless_allowed() -> None:
    with routes_server() as routes, _client(serve_rdap(routes), allow_private=False) as c:
        result = c.domain("springfield-parents.example")
    assert "BlockedAddress" in result.error and not result.answers
