"""``python -m claimex.corpus check RAW.jsonl``: the corpus commands without the console script."""

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["corpus", *sys.argv[1:]]))
