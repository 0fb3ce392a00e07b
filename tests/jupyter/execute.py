"""Executes notebooks in Jupyter through the .NET Interactive kernel (Debian's nbclient), as a reviewer's editor would.

usage: execute.py NOTEBOOK OUT [--kernel NAME] [--timeout SECONDS]
Writes the executed notebook to OUT (outputs as the kernel produced them) and exits 0, or 1 when a cell failed.
"""
import argparse
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("out")
    parser.add_argument("--kernel", default=".net-csharp")
    parser.add_argument("--timeout", type=int, default=600)
    args = parser.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=args.kernel,
        timeout=args.timeout,
        startup_timeout=180,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(args.notebook))}},
    )
    status = 0
    try:
        client.execute()
    except CellExecutionError as error:
        print(str(error).splitlines()[-1] if str(error) else "a cell failed", file=sys.stderr)
        status = 1
    nbformat.write(nb, args.out)
    return status


if __name__ == "__main__":
    sys.exit(main())
