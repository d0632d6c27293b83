#!/usr/bin/env bash
# Refreshes the browser files vendored from npm into the jar's resources (run by hand; the build never fetches):
# the world-atlas basemap (TopoJSON) and topojson-client, which turns it into GeoJSON in the browser.
# Leaflet and uPlot come from WebJars through Maven instead (see web/pom.xml).
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" --strip-components 1; done
cp world-atlas-2.0.2/countries-110m.json topojson-client-3.1.0/dist/topojson-client.min.js "$out/"
echo "vendored into $out"
