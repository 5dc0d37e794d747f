#!/bin/sh
# The `steward` command on PATH (/usr/bin/steward): starts Steward's own runtime with the class path, main class and
# options of the launcher's configuration (lib/app/steward.cfg). jpackage's native launcher asks rpm and dpkg which
# package owns it on every start, about 0.4 s before Java even starts; scripts call steward often, so the command
# starts Java directly. The menu entry keeps the native launcher. (docs/INSTALLERS.md)
set -eu
app=$(dirname "$(readlink -f "$0")")
root=$(dirname "$(dirname "$app")")
cfg="$app/steward.cfg"
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | tr '\n' ' ')
# The options hold no spaces (jpackage writes one per line), so word splitting them is intended.
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $opts -Djpackage.app-path="$root/bin/steward" -cp "$cp" "$main" "$@"
