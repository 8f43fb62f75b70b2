"""DNS for the crawl: the address Twisted connects to is the one ``repwatch.netguard`` approved.

``AddressGuardMiddleware`` checks a URL before it is queued, but the download handler resolves
the name again when it connects; a hostile name can answer differently the second time (DNS
rebinding). Installed as ``TWISTED_DNS_RESOLVER``, this resolver is the only way the crawl turns
a name into an address, so every connection (start URLs, links, redirects, candidates) goes to
an address that passed the guard. The first answer is kept for the whole crawl (a pinned address
cannot be rebound mid-crawl). Names listed in ``REPWATCH_TEST_RESOLVE`` resolve as netguard says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from twisted.internet import defer, threads
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from repwatch.errors import BlockedAddress
from repwatch.netguard import resolve_public

# host → why it was refused; the spider reads it to name the reason (Twisted's endpoint turns
# a resolver failure into a bare "no results for hostname lookup").
BLOCKED: dict[str, str] = {}


@implementer(IResolverSimple)
class GuardedResolver:
    def __init__(self, reactor: Any, allow_private: bool) -> None:
        self.reactor = reactor
        self.allow_private = allow_private
        self.cache: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        return cls(reactor, crawler.settings.getbool("REPWATCH_ALLOW_PRIVATE"))

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:  # noqa: N802
        key = name.lower()
        if key in self.cache:
            return defer.succeed(self.cache[key])
        if key in BLOCKED:
            return defer.fail(DNSLookupError(BLOCKED[key]))
        d = threads.deferToThreadPool(
            self.reactor,
            self.reactor.getThreadPool(),
            resolve_public,
            key,
            allow_private=self.allow_private,
        )

        def done(address: str) -> str:
            self.cache[key] = address
            return address

        def failed(failure: Any) -> Any:
            if failure.check(BlockedAddress):
                BLOCKED[key] = str(failure.value)
                raise DNSLookupError(str(failure.value))
            raise DNSLookupError(f"{name}: {failure.getErrorMessage()}")

        d.addCallbacks(done, failed)
        return d
