"""`python -m newsparse` runs the command-line tool."""

from .cli import main

main()
