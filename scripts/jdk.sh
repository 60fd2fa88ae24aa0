# Sourced by ./ffmusb, ./test and the benchmark scripts: selects a JDK >= 22 (the FFM API is final in 22)
# and exports JAVA_HOME and PATH. Order: $JAVA_HOME if it is >= 22, else the newest JDK >= 22 under
# /usr/lib/jvm, else stop with the command that installs one.

ffmusb_java_major() { # JDK_DIR -> major version, or nothing
  local dir=$1 v
  [ -x "$dir/bin/java" ] || return 0
  if [ -f "$dir/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$dir/release")
  fi
  if [ -z "$v" ]; then
    v=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "$v"
}

ffmusb_select_jdk() {
  local major best="" best_major=0 dir
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(ffmusb_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 22 ]; then
      best=$JAVA_HOME
    fi
  fi
  if [ -z "$best" ]; then
    for dir in /usr/lib/jvm/*; do
      [ -d "$dir" ] && [ ! -L "$dir" ] || continue
      major=$(ffmusb_java_major "$dir")
      if [ -n "$major" ] && [ "$major" -ge 22 ] && [ "$major" -gt "$best_major" ]; then
        best=$dir
        best_major=$major
      fi
    done
  fi
  if [ -z "$best" ]; then
    echo "ffm-usbredir needs a JDK 22 or newer (the Foreign Function & Memory API)." >&2
    echo "JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm have none. Install Temurin 25, e.g.:" >&2
    echo "  apt-get install temurin-25-jdk    (from the Adoptium apt repository)" >&2
    echo "or set JAVA_HOME to a JDK >= 22." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8 itself trips over sun.misc.Unsafe warnings on JDK 24+; keep its output readable.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}
