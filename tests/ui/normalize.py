"""The one normalisation applied to recorded output and to the toolchain's output alike.

Only what differs from run to run is rewritten; everything else must match byte for byte:
- the OS thread id rustc prints in `thread 'main' (12345) panicked at ...` becomes `(N)`;
- libtest's wall-clock time `finished in 0.12s` becomes `finished in $TIME`.
"""

from __future__ import annotations

import re

_THREAD_ID = re.compile(r"(thread '[^'\n]*') \(\d+\)( panicked)")
_TEST_TIME = re.compile(r"finished in \d+(?:\.\d+)?s")


def normalize(text: str) -> str:
    text = _THREAD_ID.sub(r"\1 (N)\2", text)
    return _TEST_TIME.sub("finished in $TIME", text)
