#!/bin/sh
# outage-recon's nightly flow straight from the HDS: read the HDS rows above the watermarks (import --jdbc),
# then reconcile yesterday plus the lookback (nightly). The jobs *-hds* files call this script.
# Environment: HDS_JDBC_URL, HDS_DB_USER, HDS_DB_PASSWORD (the read-only HDS login), RECON_DB_URL,
# RECON_DB_USER, RECON_DB_PASSWORD and the optional settings of README.md, "Configuration"; JAVA_OPTS (default
# -Xmx512m); OUTAGE_RECON_HOME, the directory of outage-recon.jar (default: this script's directory).
# Exit codes: those of the import when it failed (1: retry, 2: bad settings or an HDS that cannot be read);
# otherwise those of nightly. An import that rejected rows (3) loaded every good row, so nightly still runs;
# the rejected rows are in recon.import_reject.
set -u
home="${OUTAGE_RECON_HOME:-$(dirname "$0")}"
java ${JAVA_OPTS:--Xmx512m} -jar "$home/outage-recon.jar" import --jdbc "$HDS_JDBC_URL"
code=$?
if [ "$code" -eq 3 ]; then
    echo "$(date -u +%FT%TZ) outage-recon import rejected rows (see recon.import_reject); reconciling the rest" >&2
elif [ "$code" -ne 0 ]; then
    exit "$code"
fi
exec java ${JAVA_OPTS:--Xmx512m} -jar "$home/outage-recon.jar" nightly
