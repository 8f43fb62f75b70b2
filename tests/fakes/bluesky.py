"""Fake Bluesky PDS: createSession, refreshSession and app.bsky.feed.searchPosts (§9).

Search needs ``Authorization: Bearer <accessJwt>`` (none → 401 ``AuthMissing``). An access
token expires after ``access_uses`` searches (→ 400 ``ExpiredToken``, as the PDS answers);
refreshSession with the current refresh token issues a new pair. ``cdn_block=True`` plays
``public.api.bsky.app``: 403 with an HTML page. ``rate_limited`` answers that many 429s.
"""

from __future__ import annotations

import itertools
from typing import Any

from fakes.base import FakeServer, Reply, Request, json_reply


def post(
    handle: str,
    rkey: str,
    text: str,
    created: str = "2026-10-14T09:30:00.000Z",
    did: str = "did:plc:abc123xyz",
) -> dict[str, Any]:
    return {
        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
        "cid": "bafyreib" + rkey,
        "author": {
            "did": did,
            "handle": handle,
            "displayName": "A Parent",
            "avatar": "https://cdn.bsky.app/img/avatar/x",
            "labels": [],
        },
        "record": {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": created,
            "langs": ["en"],
        },
        "replyCount": 0,
        "repostCount": 1,
        "likeCount": 3,
        "quoteCount": 0,
        "indexedAt": created,
        "labels": [],
    }


def xrpc_error(status: int, error: str, message: str, **headers: str) -> Reply:
    return json_reply({"error": error, "message": message}, status, **headers)


class FakeBluesky(FakeServer):
    def __init__(
        self,
        handle: str = "school-watch.bsky.social",
        app_password: str = "abcd-efgh-ijkl-mnop",
        posts: list[dict[str, Any]] | None = None,
        *,
        access_uses: int = 1000,
        cdn_block: bool = False,
        rate_limited: int = 0,
        rate_reset_epoch: int = 0,
    ) -> None:
        super().__init__()
        self.account = handle  # not self.handle: that is the request hook
        self.app_password = app_password
        self.posts = posts or []
        self.access_uses = access_uses
        self.cdn_block = cdn_block
        self.rate_limited = rate_limited
        self.rate_reset_epoch = rate_reset_epoch
        self._ids = itertools.count(1)
        self.access: dict[str, int] = {}  # token → uses left
        self.refresh: str = ""
        self.sessions = 0
        self.refreshes = 0

    def _issue(self) -> dict[str, Any]:
        n = next(self._ids)
        access, refresh = f"eyJ.access-{n}.sig", f"eyJ.refresh-{n}.sig"
        self.access = {access: self.access_uses}
        self.refresh = refresh
        return {
            "accessJwt": access,
            "refreshJwt": refresh,
            "handle": self.account,
            "did": "did:plc:watcher",
            "active": True,
        }

    def handle(self, request: Request) -> Reply:  # noqa: C901 - one branch per endpoint
        if self.cdn_block:
            return Reply(403, "<html><head><title>403 Forbidden</title></head></html>", "text/html")
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if request.path == "/xrpc/com.atproto.server.createSession" and request.method == "POST":
            body = request.json() or {}
            if not body.get("identifier") or not body.get("password"):
                return xrpc_error(
                    400, "InvalidRequest", 'Input must have the property "identifier"'
                )
            if body["identifier"] != self.account or body["password"] != self.app_password:
                return xrpc_error(401, "AuthenticationRequired", "Invalid identifier or password")
            self.sessions += 1
            return json_reply(self._issue())
        if request.path == "/xrpc/com.atproto.server.refreshSession" and request.method == "POST":
            if not bearer:
                return xrpc_error(401, "AuthMissing", "Authentication Required")
            if bearer != self.refresh:
                return xrpc_error(400, "ExpiredToken", "Token has been revoked")
            self.refreshes += 1
            return json_reply(self._issue())
        if request.path == "/xrpc/app.bsky.feed.searchPosts":
            if not bearer:
                return xrpc_error(401, "AuthMissing", "Authentication Required")
            if bearer not in self.access:
                return xrpc_error(401, "InvalidToken", "Bad token scope")
            if self.access[bearer] <= 0:
                return xrpc_error(400, "ExpiredToken", "Token has expired")
            self.access[bearer] -= 1
            if self.rate_limited > 0:
                self.rate_limited -= 1
                return xrpc_error(
                    429,
                    "RateLimitExceeded",
                    "Rate Limit Exceeded",
                    **{
                        "RateLimit-Limit": "3000",
                        "RateLimit-Remaining": "0",
                        "RateLimit-Reset": str(self.rate_reset_epoch),
                        "RateLimit-Policy": "3000;w=300",
                    },
                )
            q = request.arg("q")
            if not q:
                return xrpc_error(400, "InvalidRequest", 'Error: Params must have the property "q"')
            limit = int(request.arg("limit", "25") or 25)
            if not 1 <= limit <= 100:
                return xrpc_error(400, "InvalidRequest", "Error: limit must be <= 100")
            start = int(request.arg("cursor", "0") or 0)
            page = self.posts[start : start + limit]
            body: dict[str, Any] = {"hitsTotal": len(self.posts), "posts": page}
            if start + limit < len(self.posts):
                body["cursor"] = str(start + limit)
            return json_reply(body)
        return xrpc_error(404, "XRPCNotSupported", "XRPCNotSupported")
