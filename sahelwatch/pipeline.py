"""Pipeline steps: plain, named, registered functions ``step(doc, ctx) -> doc``.

Each step declares the document fields it reads and writes; a pipeline is assembled from
the names in the ``pipeline`` setting and checked before it runs (every field a step reads
is provided by the reader or written by an earlier step). Because steps are plain functions
over immutable records they run the same in-process, in a process pool or on Dask workers.

Built-in steps register through the same decorator an add-on uses; add-ons are modules
named in the ``sahelwatch.plugins`` entry-point group, imported once.

A step that cannot process a document raises :class:`~sahelwatch.errors.DocumentRejected`;
the pipeline records the reason on the document and runs no further step on it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from sahelwatch.config import Config
from sahelwatch.errors import DocumentRejected, SahelWatchError, UnknownName
from sahelwatch.model import Document

StepFunction = Callable[[Document, "Context"], Document]

# Fields a reader fills before any step runs.
READER_FIELDS = frozenset({"id", "origin", "source_id", "external_id", "url", "canonical_url", "title",
                           "published_at", "media_type", "raw", "html", "text", "lang_hint", "size_bytes", "status"})
BUILTIN_MODULES = ("sahelwatch.text.steps", "sahelwatch.consolidate.duplicates", "sahelwatch.extract.steps")


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    function: StepFunction
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    help: str


_STEPS: dict[str, Step] = {}
_RESOURCES: dict[str, Callable[[Context], Any]] = {}


def step(name: str, reads: Sequence[str], writes: Sequence[str]) -> Callable[[StepFunction], StepFunction]:
    """Register a pipeline step under ``name``; its docstring's first line is its help."""
    def register(function: StepFunction) -> StepFunction:
        help_line = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        _STEPS[name] = Step(name, function, tuple(reads), tuple(writes), help_line)
        return function
    return register


def resource(name: str) -> Callable[[Callable[[Context], Any]], Callable[[Context], Any]]:
    """Register a factory for a shared resource (a model, an index) that steps get from the context."""
    def register(factory: Callable[[Context], Any]) -> Callable[[Context], Any]:
        _RESOURCES[name] = factory
        return factory
    return register


_loaded = False


def load_plugins() -> None:
    """Import the built-in step modules, then every module of the ``sahelwatch.plugins`` entry points."""
    global _loaded
    if _loaded:
        return
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    for entry in entry_points(group="sahelwatch.plugins"):
        entry.load()
    _loaded = True


def registered_steps() -> dict[str, Step]:
    load_plugins()
    return dict(_STEPS)


def get_step(name: str) -> Step:
    steps = registered_steps()
    if name not in steps:
        raise UnknownName("pipeline step", name, steps)
    return steps[name]


@dataclass
class Context:
    """What steps share: the settings, and resources made once on first use."""

    config: Config
    store: Any = None
    _resources: dict[str, Any] = field(default_factory=dict)

    def resource(self, name: str) -> Any:
        if name not in self._resources:
            load_plugins()
            if name not in _RESOURCES:
                raise UnknownName("resource", name, _RESOURCES)
            self._resources[name] = _RESOURCES[name](self)
        return self._resources[name]


class PipelineError(SahelWatchError):
    def __init__(self, step_name: str, field_name: str) -> None:
        self.step = step_name
        self.field = field_name
        super().__init__(f"step {step_name!r} reads {field_name!r}, which no reader or earlier step writes; "
                         "reorder the pipeline setting")


class Pipeline:
    """Steps assembled by name, checked for the fields they need, run in order on each document."""

    def __init__(self, names: Iterable[str], context: Context) -> None:
        self.steps = tuple(get_step(name) for name in names)
        self.context = context
        available = set(READER_FIELDS)
        for item in self.steps:
            missing = [f for f in item.reads if f not in available]
            if missing:
                raise PipelineError(item.name, missing[0])
            available.update(item.writes)

    @classmethod
    def from_config(cls, context: Context) -> Pipeline:
        return cls(context.config.pipeline, context)

    def __call__(self, doc: Document) -> Document:
        for item in self.steps:
            if doc.status == "rejected":
                break
            try:
                doc = item.function(doc, self.context)
            except DocumentRejected as exc:
                doc = doc.rejected(exc.reason, exc.detail)
        return doc
