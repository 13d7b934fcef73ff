import sys

from digest.bench.cli import main

sys.exit(main())
