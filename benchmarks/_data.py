"""Where the benchmarks find the real data (never part of the test suite)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """``$ANALYSIS_KIT_DATA`` or ``../shared/data`` beside the project root."""
    folder = Path(os.environ.get("ANALYSIS_KIT_DATA", ROOT.parent / "shared" / "data"))
    if not folder.is_dir():
        sys.exit(f"benchmark data not found at {folder}; set ANALYSIS_KIT_DATA")
    return folder
