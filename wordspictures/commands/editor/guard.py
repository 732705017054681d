"""Who may talk to the editor: only the browser window it opened, on this computer.

The story is about a child, so every request is checked before it is answered:

- the editor listens on 127.0.0.1 only, on a port the system picks (``server``);
- a request whose Host is not that address gets 400: a web page that points a name of
  its own at 127.0.0.1 (DNS rebinding) cannot read the story;
- the address the editor prints carries a token made at each start; the first visit
  trades it for a cookie that scripts cannot read (HttpOnly) and that no other site's
  page sends (SameSite=Strict); any request without it gets 403;
- a request that changes something must also come from the editor's own page (its
  Origin header): a request from another site gets 403;
- every answer forbids inline scripts, other sites and framing (Content-Security-Policy),
  and is not kept by the browser (Cache-Control: no-store), but for the editor's own
  script and style.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field

from flask import Flask, Request, abort, redirect, request
from werkzeug.wrappers import Response

COOKIE = "wordspictures_editor"
SAFE_METHODS = frozenset({"GET", "HEAD"})
POLICY = "; ".join([
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' blob:",
    "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # its own requests still say where they come from
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass
class Guard:
    """The editor's token and the addresses it answers to."""

    port: int = 0
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    @property
    def hosts(self) -> frozenset[str]:
        """Return the Host headers the editor answers: its own address and port."""
        return frozenset({f"127.0.0.1:{self.port}", f"localhost:{self.port}"})

    @property
    def origins(self) -> frozenset[str]:
        """Return the Origins a changing request may come from: the editor's own page."""
        return frozenset(f"http://{host}" for host in self.hosts)

    @property
    def address(self) -> str:
        """Return the address to open, with the token: the only way in."""
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    def holds_token(self, given: str | None) -> bool:
        """Return True when ``given`` is this start's token (compared in constant time)."""
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def check(self, req: Request) -> Response | None:
        """Return the refusal of a request that may not be answered, or None."""
        if req.host not in self.hosts:
            abort(400)
        if req.path == "/" and req.method == "GET" and self.holds_token(req.args.get("token")):
            return self.let_in()
        if not self.holds_token(req.cookies.get(COOKIE)):
            abort(403)
        if req.method not in SAFE_METHODS and req.headers.get("Origin") not in self.origins:
            abort(403)
        return None

    def let_in(self) -> Response:
        """Return the first visit's answer: the cookie, and the address without the token
        (so it stays out of the browser's history)."""
        answer = redirect("/", code=303)
        answer.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
        return answer


def protect(app: Flask, guard: Guard) -> None:
    """Check every request with ``guard`` and add the safety headers to every answer."""

    @app.before_request
    def check_request() -> Response | None:
        return guard.check(request)

    @app.after_request
    def add_headers(answer: Response) -> Response:
        for name, value in HEADERS.items():
            answer.headers[name] = value
        if request.path.startswith("/static/"):  # the editor's own files, no one's data
            answer.headers["Cache-Control"] = "no-cache"
        return answer
