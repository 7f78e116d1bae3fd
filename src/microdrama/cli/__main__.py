"""``python -m microdrama.cli``."""

from microdrama.cli import entry

if __name__ == "__main__":
    entry()
