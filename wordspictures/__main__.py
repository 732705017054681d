"""Allow ``python -m wordspictures``."""

from wordspictures.commands.cli import run

run()
