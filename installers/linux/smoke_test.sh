#!/usr/bin/env bash
# Run the frozen programs the way a user would, in a throw-away data folder:
#   installers/linux/smoke_test.sh DIR [--quick]
# DIR holds mainstream-desktop and mainstream (the built bundle, or /usr/bin after installing
# the .deb). Checks, each with its exit code:
#   - the window builds and opens a new data folder (--smoke-test, offscreen), in French;
#   - mainstream --version prints the version of pyproject.toml;
#   - mainstream init creates the database (SQLAlchemy, Alembic reading its migration scripts
#     from the bundle) and the site's keys (cryptography, pyrage); keys show reads them back;
#   - unless --quick: the demo loads, the Arabic PDF country report is written (pandas, numpy,
#     matplotlib, reportlab, babel, Arabic shaping with the shipped font) and the Excel workbook
#     (openpyxl), and both files are checked by their signatures.
# Prints each step with its time; exits non-zero at the first failure.
set -euo pipefail

programs=${1:?usage: smoke_test.sh DIR [--quick]}
quick=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../../pyproject.toml" | head -1)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen

step() {
  local name=$1; shift
  local started=$SECONDS
  if ! "$@" >"$data/step.log" 2>&1; then
    echo "smoke test FAILED: $name" >&2
    cat "$data/step.log" >&2
    exit 1
  fi
  echo "ok   $name ($((SECONDS - started)) s)"
}

expect_output() {  # expect_output TEXT COMMAND...: the command succeeds and prints TEXT
  local text=$1 output; shift
  output=$("$@")
  echo "$output"
  [[ $output == *"$text"* ]]
}

expect_magic() {  # expect_magic FILE HEX: the file starts with these bytes
  [ "$(head -c $((${#2} / 2)) "$1" | od -An -tx1 | tr -d ' \n')" = "$2" ]
}

step "window: --smoke-test --lang fr on a new data folder" \
  "$programs/mainstream-desktop" --smoke-test --lang fr --data-dir "$data/window"
step "mainstream --version is $version" \
  expect_output "mainstream $version" "$programs/mainstream" --version
step "mainstream init (database migrated by Alembic, site keys made)" \
  "$programs/mainstream" --data-dir "$data/cli" init --site-name "Smoke test"
step "mainstream keys show (signing key and age recipient read back)" \
  expect_output "age recipient: age1" "$programs/mainstream" --data-dir "$data/cli" keys show
if [ "$quick" != "--quick" ]; then
  step "mainstream demo (eight pilot workspaces)" \
    expect_output "loaded 8 demo workspaces" "$programs/mainstream" --data-dir "$data/cli" demo
  step "mainstream report JAM --lang ar (PDF)" \
    "$programs/mainstream" --data-dir "$data/cli" report JAM --lang ar --out "$data/jam-ar.pdf"
  step "the report is a PDF" expect_magic "$data/jam-ar.pdf" 255044462d  # %PDF-
  if [[ $("$programs/mainstream" --help) == *export-xlsx* ]]; then
    step "mainstream export-xlsx MDA (Excel workbook)" \
      "$programs/mainstream" --data-dir "$data/cli" export-xlsx MDA --out "$data/mda.xlsx"
    step "the workbook is a zip (xlsx)" expect_magic "$data/mda.xlsx" 504b0304  # PK\3\4
  fi
fi
echo "smoke test passed: $programs"
