"""Starts a registered kernel through Jupyter's own client and lists the TCP sockets its processes listen on.

usage: kernel_sockets.py KERNEL_NAME [--cwd DIR] [--wait SECONDS]
Prints one line per listening socket of the kernel's process tree, "listening ADDRESS PORT" (IPv4 or IPv6, as the kernel
bound it), after the kernel answered Jupyter and its HTTP port (2048-3000) was open or --wait seconds passed.
Exits 0, or 1 when the kernel did not start. Linux only: it reads /proc.
"""
import argparse
import ipaddress
import os
import socket
import struct
import sys
import time

from jupyter_client.manager import KernelManager

HTTP_PORTS = range(2048, 3001)


def descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, []))
    return found


def socket_inodes(pids: set[int]) -> set[str]:
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    return inodes


def address(hex_address: str) -> str:
    raw = bytes.fromhex(hex_address)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    # /proc/net/tcp6 stores the address as four host-order 32-bit words.
    words = struct.unpack("<4I", raw)
    return str(ipaddress.IPv6Address(struct.pack(">4I", *words)))


def listening(inodes: set[str]) -> list[tuple[str, int]]:
    result = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and inode in inodes:
                    host, port = local.split(":")
                    result.append((address(host), int(port, 16)))
    return sorted(set(result))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kernel")
    parser.add_argument("--cwd", default=os.getcwd())
    parser.add_argument("--wait", type=float, default=60)
    args = parser.parse_args()

    manager = KernelManager(kernel_name=args.kernel)
    manager.start_kernel(cwd=args.cwd)
    try:
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=180)
        except RuntimeError as error:
            print(f"the kernel did not start: {error}", file=sys.stderr)
            return 1
        pid = manager.provisioner.process.pid
        deadline = time.monotonic() + args.wait
        sockets = []
        while time.monotonic() < deadline:
            sockets = listening(socket_inodes(descendants(pid)))
            if any(port in HTTP_PORTS for _, port in sockets):
                break
            time.sleep(0.5)
        for host, port in sockets:
            print("listening", host, port)
        client.stop_channels()
        return 0
    finally:
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    sys.exit(main())
