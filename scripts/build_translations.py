"""Extract the interface's messages and compile the Arabic, French and English catalogues.

    python scripts/build_translations.py            # extract -> update the .po files -> compile .mo
    python scripts/build_translations.py --compile  # only compile (what a build needs)

Messages are marked ``_("...")`` in templates and ``N_("...")`` in Python; translators edit
``sahelwatch/web/translations/<lang>/LC_MESSAGES/messages.po`` (standard gettext).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "sahelwatch" / "web"
CATALOGUES = WEB / "translations"
LANGUAGES = ("ar", "fr", "en")


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def extract() -> Path:
    template = CATALOGUES / "messages.pot"
    pybabel("extract", "-F", str(WEB / "babel.cfg"), "-k", "N_", "--no-location", "--sort-output",
            "--project", "Sahel Watch", "-o", str(template), ".")
    for lang in LANGUAGES:
        po = CATALOGUES / lang / "LC_MESSAGES" / "messages.po"
        pybabel("update" if po.exists() else "init", "-i", str(template), "-d", str(CATALOGUES), "-l", lang,
                "--no-wrap")
    return template


def compile_all() -> None:
    pybabel("compile", "-d", str(CATALOGUES), "--statistics")


if __name__ == "__main__":
    if "--compile" not in sys.argv:
        extract()
    compile_all()
