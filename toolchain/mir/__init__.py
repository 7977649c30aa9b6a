"""MIR: the typed program lowered to control-flow graphs (see `ir.py`)."""

from .build import build_body
from . import ir

__all__ = ["build_body", "ir"]
