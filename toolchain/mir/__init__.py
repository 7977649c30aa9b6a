"""MIR: the typed program lowered to control-flow graphs (see `ir.py`)."""

from .build import build_program
from . import ir

__all__ = ["build_program", "ir"]
