"""Renderers: each turns an `Article` into one output format, without looking at the source again.

Only `terminal` imports rich, and callers import it only when they draw on a terminal.
"""
