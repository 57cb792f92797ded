#!/usr/bin/env bash
# Sets up what is missing, then runs every test: formatting, clippy (native and wasm),
# the native unit/property tests, the release build, its size budget, and the
# end-to-end tests in headless Chromium against the release dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, every target)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo clippy (wasm32: each view's bundle, and all islands at once)"
for features in hydrate,filter hydrate,booking hydrate,quiz hydrate,printout hydrate,quiz,booking,filter,printout; do
  cargo clippy -p showdown --lib --target wasm32-unknown-unknown --features "$features" -- -D warnings
done

step "cargo clippy (the build-time prerenderer, ssr)"
cargo clippy --features ssr --bin prerender --target-dir target/prerender -- -D warnings

step "cargo test (native: content, questionnaire engine, form rules)"
cargo test --workspace
# The components' own tests render them to HTML, which needs the ssr build.
cargo test --lib --features ssr --target-dir target/prerender

step "the trunk post_build hook (site URL, per-view pages, the loaders)"
node --test tests/post-build.test.mjs

step "trunk build --release"
start=$(date +%s)
trunk build --release
echo "release build took $(( $(date +%s) - start ))s"

step "size budget"
node tests/size-budget.mjs

step "end-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "hosting: a build under a sub-path, served with its own _headers; the embed from there"
node --test --test-concurrency=1 tests/hosting.test.mjs

step "content edits reach the page; broken content stops the build"
node --test --test-concurrency=1 tests/content-edit.test.mjs
