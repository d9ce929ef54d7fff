"""One settings table: defaults in the package, overridden by a TOML file, then by the environment.

Precedence, lowest first: the defaults below; the TOML file (``--config``, else
``<data dir>/sahelwatch.toml`` if present); ``SAHELWATCH_<NAME>`` environment variables;
explicit overrides (command-line options). A value written ``$env:NAME`` or ``$file:PATH``
is read from that variable or file, so secrets need not sit in the file; settings marked
secret are redacted when the configuration is shown.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sahelwatch.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "", "Folder for the database and working files (default: ~/.local/share/sahelwatch)."),
    Setting("database_url", "", "Database URL; empty means the SQLite file sahelwatch.db in the data dir. "
            "Use postgresql://user:pass@host/db for a shared PostgreSQL server.", secret=True),
    Setting("max_document_bytes", 10_000_000, "Largest input document accepted, in bytes; larger ones are rejected."),
    Setting("min_text_chars", 40, "Shortest article text kept; shorter ones are rejected as empty."),
    Setting("language_min_confidence", 0.60, "Below this language-identification confidence the language is 'und'."),
    Setting("near_duplicate_threshold", 0.70, "Estimated Jaccard similarity of word shingles above which a document "
            "is a near-duplicate of an earlier one."),
    Setting("near_duplicate_window", 10_000, "How many of the most recent documents near-duplicates are looked "
            "for among (bounds memory); exact copies are found among all documents."),
    Setting("minhash_permutations", 128, "MinHash permutations for near-duplicate detection."),
    Setting("shingle_words", 4, "Words per shingle for near-duplicate detection."),
    Setting("ingest_batch_size", 50, "Documents written per database transaction during ingest."),
    Setting("pipeline", ["decode", "extract_article", "check_text", "identify_language", "fingerprint",
                         "find_duplicates", "extract_events"], "Pipeline steps run on each document, in order."),
    Setting("actors_file", "", "Extra TOML file of actors merged into the shipped registry."),
    Setting("consolidate_on_ingest", True, "Put new event reports into consolidated events after each ingest "
            "(otherwise run `sahelwatch consolidate`)."),
    Setting("consolidate_window_days", 1, "Most days between two reports' event dates for them to be one event, "
            "widened by the dates' precision (a week: 3 days each side; a month: 15)."),
    Setting("consolidate_distance_km", 50.0, "Most kilometres between two reports' towns for them to be one event "
            "(two different towns: only on the same day and in the same region)."),
    Setting("user_agent", "SahelWatch/0.1 (news monitoring; +https://github.com/sahelwatch)",
            "User-Agent sent with every request and matched against robots.txt; name your centre and a contact."),
    Setting("http_proxy", "", "Proxy for every outgoing request (http://user:pass@host:port); empty means none.",
            secret=True),
    Setting("fetch_connect_timeout", 10.0, "Seconds to wait for a connection to a news site."),
    Setting("fetch_read_timeout", 30.0, "Seconds to wait for data from a news site before giving up."),
    Setting("fetch_max_bytes", 5_000_000, "Largest page or feed downloaded, in bytes; the download is cut off "
            "and recorded as too_large beyond it."),
    Setting("fetch_max_redirects", 5, "Redirects followed before a fetch fails as redirect_limit."),
    Setting("fetch_retries", 2, "Retries after a timeout, a connection error or HTTP 429/5xx."),
    Setting("fetch_backoff_seconds", 1.0, "First retry delay; doubled each retry, with random jitter."),
    Setting("fetch_retry_after_max", 120.0, "Longest Retry-After waited for in a poll; a longer one defers "
            "the source's next poll instead."),
    Setting("host_delay_seconds", 2.0, "Least time between two requests to the same host (robots.txt "
            "Crawl-delay raises it)."),
    Setting("host_concurrency", 2, "Most requests in flight to the same host."),
    Setting("fetch_workers", 4, "Articles fetched in parallel during a poll (across hosts)."),
    Setting("unthrottled_hosts", [], "Hosts fetched with no per-host delay or cap, e.g. a local mirror."),
    Setting("robots_cache_seconds", 3600, "How long a host's robots.txt is trusted before it is read again."),
    Setting("max_items_per_poll", 100, "Most new articles taken from one source in one poll; the rest "
            "wait for the next poll."),
    Setting("poll_minutes", 60, "Default poll interval of a new source, in minutes."),
    Setting("max_backoff_minutes", 1440, "Longest a failing source waits before it is tried again."),
    Setting("run_idle_seconds", 30.0, "Longest `sahelwatch run` sleeps between checks for due sources."),
    Setting("web_host", "127.0.0.1", "Address `sahelwatch serve` and `run` listen on; 0.0.0.0 for every interface."),
    Setting("web_port", 8000, "Port of the web application and the REST API."),
    Setting("secret_key", "", "Secret that signs CSRF tokens; empty means one generated in <data dir>/secret.key "
            "(mode 0600). Use $env:NAME or $file:PATH to keep it out of the file.", secret=True),
    Setting("cookie_secure", "auto", "Secure flag of the session cookie: auto (when served over https), always, never."),
    Setting("session_hours", 12.0, "How long a login lasts, in hours."),
)
_BY_NAME = {s.name: s for s in SETTINGS}
ENV_PREFIX = "SAHELWATCH_"


class Config(Mapping[str, Any]):
    """Resolved settings, read-only. Access as ``config["name"]`` or ``config.name``."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    @property
    def data_path(self) -> Path:
        return Path(self._values["data_dir"]).expanduser()

    @property
    def db_url(self) -> str:
        return self._values["database_url"] or f"sqlite:///{self.data_path / 'sahelwatch.db'}"

    def redacted(self) -> dict[str, Any]:
        """The settings with secrets hidden, for display."""
        return {name: _redact(_BY_NAME[name], value) for name, value in self._values.items()}


def _redact(setting: Setting, value: Any) -> Any:
    if not setting.secret or not value:
        return value
    if isinstance(value, str) and "://" in value and "@" in value:
        scheme, rest = value.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return "***" if "://" not in str(value) else value


def _resolve_secret(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if value.startswith("$env:"):
        var = value[5:]
        if var not in os.environ:
            raise ConfigError(name, f"environment variable {var} is not set")
        return os.environ[var]
    if value.startswith("$file:"):
        path = Path(value[6:]).expanduser()
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(name, f"cannot read {path}: {exc.strerror}") from exc
    return value


def _coerce(setting: Setting, value: Any) -> Any:
    default = setting.default
    if isinstance(value, str) and not isinstance(default, str):
        try:
            if isinstance(default, bool):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            if isinstance(default, int):
                return int(value)
            if isinstance(default, float):
                return float(value)
            if isinstance(default, list):
                return [item.strip() for item in value.split(",") if item.strip()]
        except ValueError:
            raise ConfigError(setting.name, f"{value!r} is not a valid {type(default).__name__}") from None
    if isinstance(default, float) and isinstance(value, int):
        value = float(value)
    if not isinstance(value, type(default)):
        raise ConfigError(setting.name, f"expected {type(default).__name__}, got {type(value).__name__}")
    return value


def _default_data_dir(env: Mapping[str, str]) -> str:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "sahelwatch")


def load_config(config_file: Path | None = None, env: Mapping[str, str] | None = None,
                **overrides: Any) -> Config:
    """Resolve the settings from defaults, file, environment and ``overrides`` (None means unset)."""
    env = os.environ if env is None else env
    overrides = {k: v for k, v in overrides.items() if v is not None}
    for name in overrides:
        if name not in _BY_NAME:
            raise ConfigError(name, f"unknown setting; known: {', '.join(_BY_NAME)}")
    from_env = {s.name: env[ENV_PREFIX + s.name.upper()] for s in SETTINGS if ENV_PREFIX + s.name.upper() in env}
    data_dir = overrides.get("data_dir") or from_env.get("data_dir") or ""
    config_file = config_file or (Path(env[ENV_PREFIX + "CONFIG"]) if ENV_PREFIX + "CONFIG" in env else None)
    if config_file is None and data_dir:
        candidate = Path(data_dir).expanduser() / "sahelwatch.toml"
        config_file = candidate if candidate.exists() else None
    from_file = _read_file(config_file) if config_file else {}
    values = {}
    for setting in SETTINGS:
        value = setting.default
        for layer in (from_file, from_env, overrides):
            if setting.name in layer:
                value = _coerce(setting, _resolve_secret(setting.name, layer[setting.name]))
        values[setting.name] = value
    if not values["data_dir"]:
        values["data_dir"] = _default_data_dir(env)
    return Config(values)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError("config", f"file {path} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("config", f"{path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(_BY_NAME))
    if unknown:
        raise ConfigError(unknown[0], f"unknown setting in {path}; known: {', '.join(_BY_NAME)}")
    return data
