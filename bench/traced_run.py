"""Run the ``sahelwatch`` command line under tracemalloc; each SIGUSR1 writes a snapshot.

    python bench/traced_run.py SNAPSHOT_DIR -- --data-dir D run --no-web

Used by ``bench/collect.py --trace``: it asks for a snapshot at the end of the warm-up and at
the end of the run, then prints the allocation sites that grew most between the two.
"""

from __future__ import annotations

import itertools
import signal
import sys
import tracemalloc
from pathlib import Path

FRAMES = 8


def main() -> None:
    if len(sys.argv) < 3 or "--" not in sys.argv[2:]:
        print(__doc__)
        sys.exit(0 if {"-h", "--help"} & set(sys.argv) else 2)
    folder, args = Path(sys.argv[1]), sys.argv[sys.argv.index("--") + 1:]
    numbers = itertools.count()
    tracemalloc.start(FRAMES)

    def dump(_signum: int, _frame: object) -> None:
        number = next(numbers)
        partial = folder / f"{number}.snapshot.part"   # renamed when whole, so the reader never sees half a file
        tracemalloc.take_snapshot().dump(str(partial))
        partial.rename(folder / f"{number}.snapshot")

    signal.signal(signal.SIGUSR1, dump)
    sys.argv = ["sahelwatch", *args]
    from sahelwatch.cli import main as sahelwatch_main
    sahelwatch_main()


if __name__ == "__main__":
    main()
