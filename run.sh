#!/usr/bin/env bash
# One command to set everything up and then run the demo or the tests.
#   ./run.sh demo   install what is missing, then check and build the bundled sample cases
#   ./run.sh test   install what is missing, then run the whole test suite
# Debian/Ubuntu: installs system packages with apt-get (as root, or with sudo).
# macOS: installs them with Homebrew. A second run reinstalls nothing.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${PACKET_VENV:-.venv}
# fonts-urw-base35: the metric-compatible faces poppler draws a PDF's unembedded Helvetica, Times and Courier with
# (reportlab's standard fonts, in the test and bench generators' PDFs); without it pdftoppm falls back to the wider
# DejaVu, and every scan, image and photo the generators make from a PDF comes out different (other bytes than the
# manifests record, other OCR); poppler-data: the CMaps poppler needs to draw a Chinese or Japanese PDF whose CID
# fonts are not embedded ("Missing language pack for 'Adobe-GB1'": the page comes out without its text)
APT_PACKAGES=(python3 python3-venv python3-pip tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim
              tesseract-ocr-osd fonts-wqy-zenhei fonts-urw-base35 poppler-utils poppler-data qpdf chromium
              chromium-driver)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

system_packages() {
  if [[ "$(uname -s)" == "Darwin" ]]; then
    command -v brew >/dev/null || { echo "Install Homebrew first: https://brew.sh" >&2; exit 2; }
    local need=()
    command -v tesseract >/dev/null || need+=(tesseract)
    tesseract --list-langs 2>/dev/null | grep -qx chi_sim || need+=(tesseract-lang)
    command -v pdftoppm >/dev/null || need+=(poppler)
    command -v qpdf >/dev/null || need+=(qpdf)  # the tests make an AES-256 PDF with it
    if ((${#need[@]})); then say "brew install ${need[*]}"; brew install "${need[@]}"; fi
    if ! ls ~/Library/Fonts/wqy-zenhei.ttc /Library/Fonts/wqy-zenhei.ttc >/dev/null 2>&1; then
      say "brew install --cask font-wqy-zenhei"; brew install --cask font-wqy-zenhei || true
    fi
    return
  fi
  command -v apt-get >/dev/null || {
    echo "This script knows apt-get (Debian/Ubuntu) and Homebrew (macOS). Install by hand: Python 3.10+," \
         "tesseract with eng, chi_sim and osd data, a TrueType CJK font (WenQuanYi Zen Hei), poppler." >&2; exit 2; }
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # a Python that is not Debian's (pyenv, a container image) needs no python3-* packages if venv works
  if python3 -c 'import venv, ensurepip' 2>/dev/null; then
    local keep=(); for p in "${missing[@]}"; do [[ $p == python3* ]] || keep+=("$p"); done
    missing=("${keep[@]+"${keep[@]}"}")
  fi
  ((${#missing[@]})) || return 0
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  say "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

python_env() {
  if [[ ! -x "$VENV/bin/python" ]]; then
    say "Creating the virtualenv $VENV"
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.packet-installed" want
  want=$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
  if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    say "Installing packet and its dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # constraints.txt: the versions CI last passed with, not whatever was released since
    "$VENV/bin/python" -m pip install -q -c constraints.txt -e '.[dev]'
    echo "$want" > "$stamp"
  fi
}

demo() {
  local out=out as_of=2026-11-20
  mkdir -p "$out"
  say "packet check samples/zh-medical-stop  (a complete Chinese case)"
  "$VENV/bin/packet" check samples/zh-medical-stop --as-of "$as_of" || true
  say "packet build samples/zh-medical-stop"
  "$VENV/bin/packet" build samples/zh-medical-stop --as-of "$as_of" -o "$out/zh-medical-stop-packet.pdf" --eml
  say "packet check samples/en-job-loss  (an English case with a statement missing on purpose)"
  "$VENV/bin/packet" check samples/en-job-loss --as-of "$as_of" || true
  say "packet build samples/en-job-loss --force  (builds anyway; the letter lists what will follow)"
  "$VENV/bin/packet" build samples/en-job-loss --as-of "$as_of" -o "$out/en-job-loss-packet.pdf" --force
  say "Done. The submission files are in $(pwd)/$out/"
  ls -l "$out"
  # the commands above say "packet …", which this shell does not know yet: packet lives in the virtualenv
  say "To use packet yourself, first run:  source $(pwd)/$VENV/bin/activate"
  echo "   then: packet check YOUR-FOLDER, packet build YOUR-FOLDER, packet serve (the page, in your browser)."
  echo "   Without activating: $(pwd)/$VENV/bin/packet … works too."
}

tests() {
  say "ruff check (lint)"
  "$VENV/bin/ruff" check packet tests bench samples
  say "lint-imports (the layering contract in pyproject.toml)"
  "$VENV/bin/lint-imports"
  say "pytest"
  # two test processes on a 2-core machine (at most four): a serial run keeps one core busy (load ~1.0 measured
  # through a whole run) and took 620 s; each test file stays in one process (--dist loadfile), so a file's
  # module fixtures (the sample cases it builds) are made once. Pass -n 0 to run in one process.
  "$VENV/bin/python" -m pytest -q -n auto --maxprocesses 4 --dist loadfile "$@"
}

case "${1:-}" in
  demo) system_packages; python_env; demo ;;
  test) shift; system_packages; python_env; tests "$@" ;;
  *) echo "usage: ./run.sh demo | ./run.sh test [pytest args]" >&2; exit 2 ;;
esac
