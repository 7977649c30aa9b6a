"""Ferrite's Rust toolchain: rustc's phases, written in Python.

Data flows one way: syntax -> expand -> resolve -> typeck -> mir -> borrowck -> interp.
The driver (`toolchain.driver`) runs the phases; `toolchain.api` is the entry point
used by the CLI, the tests and the browser worker.
"""

__version__ = "0.1.0"
