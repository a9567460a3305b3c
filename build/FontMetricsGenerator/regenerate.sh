#!/usr/bin/env bash
# Regenerates build/Handbook/Diagrams/FontTables.g.cs from the self-hosted diagram font and the fallbacks diagrams.css names.
set -euo pipefail
cd "$(dirname "$0")/../.."
debian=/usr/share/fonts/truetype
liberation="$debian/liberation2"; [ -d "$liberation" ] || liberation="$debian/liberation"
if [ ! -f "$debian/dejavu/DejaVuSans.ttf" ] || [ ! -f "$liberation/LiberationSans-Regular.ttf" ]; then
  echo "needs Debian's fonts-dejavu-core and fonts-liberation (or fonts-liberation2): apt-get install -y fonts-dejavu-core fonts-liberation" >&2
  exit 2
fi
dotnet run --project build/FontMetricsGenerator -- build/Handbook/Diagrams/FontTables.g.cs \
  "Atkinson Hyperlegible:400=site-assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2" \
  "Atkinson Hyperlegible:700=site-assets/fonts/atkinson-hyperlegible-latin-700-normal.woff2" \
  "DejaVu Sans:400=$debian/dejavu/DejaVuSans.ttf" \
  "DejaVu Sans:700=$debian/dejavu/DejaVuSans-Bold.ttf" \
  "Liberation Sans:400=$liberation/LiberationSans-Regular.ttf" \
  "Liberation Sans:700=$liberation/LiberationSans-Bold.ttf"
