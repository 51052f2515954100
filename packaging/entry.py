"""Entry script of the frozen app: the same composition root as the `advisor-app` command."""

import sys

from advisor_ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
