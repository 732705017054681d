"""Allow ``python -m wordspictures``."""

from wordspictures.commands.cli import run

# Guarded: the editor's second process (a new Python, see commands/editor/painter) imports
# this module again, and must not run the command a second time.
if __name__ == "__main__":
    run()
