"""Allow ``python -m wordspictures``."""

from wordspictures.cli import main

main()
