#!/bin/sh
# Installs nginx for `make bench` when it is missing and apt-get can run without asking.
# Never fails: without nginx the benchmark falls back to the bundled local server, and says so
# in its output.
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bench: nginx is missing and apt-get cannot be used here; the benchmark falls back" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
install_nginx() {
    # Where nginx-light is not packaged (newer Debian releases), plain nginx serves as well.
    apt-get install -y -q --no-install-recommends nginx-light >/dev/null 2>&1 ||
        apt-get install -y -q --no-install-recommends nginx >/dev/null 2>&1
}
echo "bench: installing nginx-light with apt-get" >&2
if ! install_nginx; then
    # The package lists may be missing or stale on a fresh machine.
    apt-get update -q >/dev/null 2>&1 && install_nginx ||
        echo "bench: could not install nginx; the benchmark falls back" >&2
fi
exit 0
