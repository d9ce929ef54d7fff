"""The web application and REST API of Sahel Watch (FastAPI, Jinja2, server-side SVG).

    from sahelwatch.web import create_app
    app = create_app(config, store)        # ASGI: serve with uvicorn, or from `sahelwatch run`
"""

from sahelwatch.web.app import create_app

__all__ = ["create_app"]
