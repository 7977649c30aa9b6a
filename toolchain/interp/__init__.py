"""The interpreter: a miri-style machine over MIR, std runtime pieces, libtest."""
