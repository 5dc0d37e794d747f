#!/usr/bin/env bash
# Signs the native libraries packed inside the app's jars (sqlite-jdbc, JavaFX) with the Developer ID
# identity. Apple's notary service opens jars and refuses a DMG that holds an unsigned Mach-O file in
# one ("The binary is not signed"); jpackage signs only the files it sees on disk. macOS only; called
# by installers/pom.xml before jpackage when -Dinstallers.mac.signingKeyUserName is set.
# usage: sign-jar-natives.sh <folder with the jars> "<signing identity>"
set -euo pipefail
jars=$(cd "$1" && pwd)
identity=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for jar in "$jars"/*.jar; do
  natives=$(unzip -Z1 "$jar" | grep -E '\.(dylib|jnilib)$' || true)
  [ -n "$natives" ] || continue
  rm -rf "$work/x" && mkdir "$work/x"
  while IFS= read -r entry; do
    unzip -q "$jar" "$entry" -d "$work/x"
    codesign --force --timestamp --options runtime --sign "$identity" "$work/x/$entry"
    (cd "$work/x" && zip -q "$jar" "$entry")
  done <<< "$natives"
  echo "signed $(wc -l <<< "$natives" | tr -d ' ') native libraries in $(basename "$jar")"
done
