#!/usr/bin/env bash
# Reproduce readouts/web/vendor/: install the pinned browser libraries from
# package-lock.json and copy their standalone builds next to the explorer page.
# Only needed when upgrading them; the copied files are committed, so neither
# running readouts nor CI needs npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
dest=../readouts/web/vendor
rm -rf "$dest"
mkdir -p "$dest"
nm=node_modules
cp "$nm/vis-network/standalone/umd/vis-network.min.js" "$dest/"
cp "$nm/vis-network/styles/vis-network.min.css" "$dest/"
cp "$nm/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$dest/"
cp "$nm/vis-timeline/styles/vis-timeline-graph2d.min.css" "$dest/"
cp "$nm/swagger-ui-dist/swagger-ui-bundle.js" "$nm/swagger-ui-dist/swagger-ui.css" "$dest/"
cp "$nm/swagger-ui-dist/LICENSE" "$dest/swagger-ui.LICENSE"
cp "$nm/swagger-ui-dist/NOTICE" "$dest/swagger-ui.NOTICE"
cp "$nm/vis-network/LICENSE-MIT" "$dest/vis-network.LICENSE-MIT"
cp "$nm/vis-network/LICENSE-APACHE-2.0" "$dest/vis-network.LICENSE-APACHE-2.0"
cp "$nm/vis-timeline/LICENSE.MIT.txt" "$dest/vis-timeline.LICENSE-MIT"
cp "$nm/vis-timeline/LICENSE.Apache-2.0.txt" "$dest/vis-timeline.LICENSE-APACHE-2.0"
{
  echo "Copied by web/update-vendor.sh from npm packages (see web/package-lock.json):"
  for p in vis-network vis-timeline swagger-ui-dist; do
    node -e "const p=require('./$nm/$p/package.json'); console.log(p.name + ' ' + p.version + ' (' + p.license + ')')"
  done
} > "$dest/VERSIONS.txt"
ls -l "$dest"
