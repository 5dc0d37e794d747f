#!/bin/sh
# Writes ROOT/lib/app/steward.jsa, the class-data-sharing archive the launcher maps at start
# (-XX:SharedArchiveFile in its java-options): the classes of the everyday short commands, loaded once in a
# training run (io.steward.app.cli.StartupTraining) with -XX:ArchiveClassesAtExit. Java 17 accepts such an
# archive only for the jars at the paths it was made with, so it is made where the app lives: by the build in
# the app image, by the package's postinst in /opt/steward. Without it (or when the folder moved) Steward starts
# as before, only slower. Usage: steward-cds.sh ROOT   (ROOT holds bin/steward and lib/app, lib/runtime)
set -eu
root=$1
app="$root/lib/app"
java="$root/lib/runtime/bin/java"
[ -x "$java" ] || { echo "steward-cds: no $java" >&2; exit 1; }
# The launcher's own class path and options (jpackage's .cfg: app.classpath=$APPDIR/..., java-options=...).
cp=$(sed -n 's/^app\.classpath=//p' "$app/steward.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$app/steward.cfg")
[ -n "$cp" ] && [ -n "$main" ] || { echo "steward-cds: cannot read the class path from $app/steward.cfg" >&2; exit 1; }
rm -f "$app/steward.jsa"
"$java" -XX:ArchiveClassesAtExit="$app/steward.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true \
    -cp "$cp" io.steward.app.cli.StartupTraining
[ -s "$app/steward.jsa" ] || { echo "steward-cds: the training run wrote no archive" >&2; exit 1; }
chmod 644 "$app/steward.jsa"
