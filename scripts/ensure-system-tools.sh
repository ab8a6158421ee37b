#!/usr/bin/env bash
# Installs the system tools the tests run for real when they are missing: EPUBCheck (Java),
# Chromium (playwright-core drives /usr/bin/chromium), calibre (ebook-convert: the Kindle
# conversion) with poppler's pdftoppm (its PDF as images) and the CSL styles and locales.
# The tests never skip a missing tool: if this cannot install it, it fails and says why.
set -euo pipefail

need=()
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'DejaVu' || need+=(fonts-dejavu-core)
command -v ebook-convert >/dev/null 2>&1 || need+=(calibre)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "ensure-system-tools: installing ${need[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "ensure-system-tools: ${need[*]} missing and not root; install them with: apt-get install ${need[*]}" >&2
    exit 1
  fi
else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
