"""`std::process::exit` (std/process.rs): the machine stops the whole program, as the
real process ends, with the status the OS keeps of the code (its low 8 bits)."""

from __future__ import annotations

from .machine import Stop


class Exit(Stop):
    """The program called `std::process::exit`. A `Stop`, so every runner that stops
    a program also stops this one; `run_main` reports its code."""

    def __init__(self, code: int):
        super().__init__("exit", "")
        self.code = code & 0xFF


def process_exit(m, code):
    raise Exit(code)


SHIMS = {"process_exit": process_exit}
