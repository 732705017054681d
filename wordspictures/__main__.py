"""Allow ``python -m wordspictures``."""

from wordspictures.cli import run

run()
