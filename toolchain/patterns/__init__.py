"""Pattern analysis after type checking: exhaustiveness, refutability, reachability."""

from .check import PatternChecker, check_body

__all__ = ["PatternChecker", "check_body"]
