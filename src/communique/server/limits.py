"""A limit on request bodies, checked before a handler reads them: a declared length over the
limit is refused at once, and a body without one is counted as it arrives."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communique.server.errors import error_response


class BodyLimit:
    """ASGI middleware answering 413 to a request body of more than ``limit`` bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"the request body is larger than the limit of {self.limit:,} bytes"
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await error_response(400, "invalid Content-Length header")(scope, receive, send)
                return
            if size > self.limit:
                await error_response(413, message)(scope, receive, send)
                return
        received = 0
        started = responded = False

        async def counted() -> Message:
            nonlocal received, responded
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.limit and not responded:
                    responded = True
                    if not started:
                        await error_response(413, message)(scope, receive, send)
                    return {"type": "http.disconnect"}  # the handler stops reading
            return msg

        async def watched(msg: Message) -> None:
            nonlocal started
            if responded:
                return  # the 413 is sent; what the handler answers is dropped
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted, watched)
        except Exception:
            if not responded:
                raise  # the handler's failure, not the limit's
