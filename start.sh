#!/usr/bin/env bash
# Builds SocialDesk when the sources are newer than the distribution, then starts it in the foreground on
# http://localhost:8181/ with its embedded defaults: Derby under the distribution's data/ folder and demo data.
# Log in as admin / socialdesk-demo (etc/org.socialdesk.security.cfg). Stop it with Ctrl+C (or `logout` at
# the console prompt).
set -euo pipefail
cd "$(dirname "$0")"
dist=karaf-assembly/target/assembly

if [ ! -x "$dist/bin/karaf" ] || [ -n "$(find pom.xml bundles features karaf-assembly/pom.xml karaf-assembly/src \
        vaadin-ui/pom.xml vaadin-ui/src -newer "$dist/bin/karaf" -print -quit)" ]; then
    echo "Building SocialDesk (tests skipped; run them with: mvn -B install)..."
    mvn -B -q install -DskipTests
fi

if [ -t 0 ]; then
    exec "$dist/bin/karaf"          # with Karaf's console in this terminal
else
    exec "$dist/bin/karaf" run      # no terminal: log to data/log/karaf.log only
fi
