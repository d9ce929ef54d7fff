"""``sahelwatch users``: create, list, disable and reset the password of users; API tokens."""

from __future__ import annotations

import secrets
import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from sahelwatch.cli.base import app, out, print_json
from sahelwatch.store import users as _users

users_app = typer.Typer(help="Users of the web application and the API (roles: viewer, analyst, reviewer, admin).",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")


def _password(from_stdin: bool) -> tuple[str, bool]:
    """The password read from stdin, or a new random one (generated=True)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    return secrets.token_urlsafe(12), True


@users_app.command("create")
def create(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option("--role", help="viewer, analyst, reviewer or admin.")] = "viewer",
    lang: Annotated[Optional[str], typer.Option("--lang", help="Preferred language: ar, fr or en.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin "
                                                 "instead of generating one.")] = False,
) -> None:
    """Create a user; without --password-stdin a random password is generated and printed once."""
    password, generated = _password(password_stdin)
    user = _users.create_user(ctx.obj.store(), username, password, role=role, lang=lang)
    out.print(f"Created {user.role} {user.username!r}.")
    if generated:
        out.print(f"Password (shown once, write it down): {password}", markup=False)


@users_app.command("list")
def list_users(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """List users with their role, language and whether they are disabled."""
    found = _users.list_users(ctx.obj.store())
    if as_json:
        print_json([{"username": u.username, "role": u.role, "lang": u.lang, "disabled": u.disabled,
                     "created_at": u.created_at} for u in found])
        return
    table = Table("username", "role", "lang", "disabled", "created")
    for user in found:
        table.add_row(user.username, user.role, user.lang or "", "yes" if user.disabled else "", user.created_at[:19])
    out.print(table)


@users_app.command("disable")
def disable(ctx: typer.Context, username: Annotated[str, typer.Argument()],
            enable: Annotated[bool, typer.Option("--enable", help="Enable the user again instead.")] = False) -> None:
    """Disable a user (their sessions end at once; their API tokens stop working)."""
    user = _users.set_disabled(ctx.obj.store(), username, not enable)
    out.print(f"User {user.username!r} is now {'disabled' if user.disabled else 'enabled'}.")


@users_app.command("reset-password")
def reset_password(
    ctx: typer.Context, username: Annotated[str, typer.Argument()],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the new password from stdin.")] = False,
) -> None:
    """Set a new password (random and printed once unless --password-stdin); ends the user's sessions."""
    password, generated = _password(password_stdin)
    _users.reset_password(ctx.obj.store(), username, password)
    out.print(f"Password of {username!r} reset.")
    if generated:
        out.print(f"New password (shown once): {password}", markup=False)


@users_app.command("token")
def token(ctx: typer.Context, username: Annotated[str, typer.Argument()],
          name: Annotated[str, typer.Option("--name", help="What the token is for.")] = "api") -> None:
    """Create an API token for a user; it is printed once and stored only as a hash."""
    value = _users.create_api_token(ctx.obj.store(), username, name)
    out.print(f"API token for {username!r} (shown once; send as 'Authorization: Bearer <token>'):")
    out.print(value, markup=False)
