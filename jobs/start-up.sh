# Start-up options for the stp-analytics launcher (sourced by jobs/nightly, which runs in the
# project folder). A night's run is over in seconds, so the JVM's own start dominates it; two
# levers, both measured in README "Performance":
#
# 1. Class-data sharing (AppCDS). The first time a jar is used, it is unpacked beside itself into
#    target/cds/<size>-<mtime>/ (Spring Boot's "extract" layout: the application jar and lib/),
#    because classes inside a jar nested in a jar cannot be archived. Each kind of verb (a night's
#    run, or a tool such as check) then gets an archive of the classes it loaded: on JDK 19+ the JVM
#    writes and refreshes it itself (-XX:+AutoCreateSharedArchive); on JDK 17 the first use of the
#    kind is the training run (-XX:ArchiveClassesAtExit into a ".part" file named by its pid) and the
#    next launch checks that file whole (-XX:+VerifySharedSpaces: a torn archive can crash a JVM
#    that maps it) before moving it into place. A new jar gets a new folder, so nothing stale is
#    ever mapped. Anything missing (a read-only target/, no base archive in the JDK, STP_CDS=off,
#    -Xshare in STP_JAVA_OPTS) just means a plain start of the jar.
# 2. The JIT. C2 spends seconds of CPU compiling a start-up's methods that never pay it back in a
#    short run, so a tool, or a night with less than STP_BIG_INPUT_MB (8) waiting and a database
#    under STP_BIG_DB_MB (64), runs with C1 alone and the serial collector; a bigger night gets the
#    JVM's defaults (a 1,000,000-row workbook ingests 1.5x slower without C2).
#
# Nothing here prints: the console is the job's. STP_JAVA_OPTS, given after these, overrides them.

# Sets STP_START_UP (JVM options) and STP_RUN_JAR (the jar to run). Arguments: java, jar, the
# command line.
start_up_options() {
  local java="$1" jar="$2"
  shift 2
  STP_START_UP=()
  STP_RUN_JAR="$jar"
  local verb="${1:-run}"
  case "$verb" in -*) verb=run ;; esac
  case "$verb" in
    help) return 0 ;;
    run | sample | restart) start_up_kind=run ;;
    *) start_up_kind=tool ;;
  esac
  if [ "$start_up_kind" = tool ] || ! start_up_big_night "$@"; then
    STP_START_UP+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
  fi
  start_up_cds "$java" "$jar" || true
}

# True when the night's input or database is large enough for C2 to pay back its compiling.
start_up_big_night() {
  local input db arg
  input="$(start_up_setting stp.input-dir input)"
  db="$(start_up_setting stp.db-dir jobs/db)"
  while [ $# -gt 0 ]; do
    arg="$1"
    shift
    case "$arg" in
      --input=*) input="$(start_up_caller_path "${arg#*=}")" ;;
      --db=*) db="$(start_up_caller_path "${arg#*=}")" ;;
      --input) input="$(start_up_caller_path "${1:-}")" ;;
      --db) db="$(start_up_caller_path "${1:-}")" ;;
    esac
  done
  [ "$(start_up_megabytes "$input" 1)" -ge "${STP_BIG_INPUT_MB:-8}" ] \
    || [ "$(start_up_megabytes "$db" 1)" -ge "${STP_BIG_DB_MB:-64}" ]
}

# A folder setting from jobs/application.properties (relative to the project), or its default.
start_up_setting() {
  local value
  value="$(sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" jobs/application.properties 2>/dev/null | tail -n 1)"
  printf '%s' "${value:-$2}"
}

# A path typed on the command line is relative to the folder it was typed in.
start_up_caller_path() {
  case "$1" in
    /*) printf '%s' "$1" ;;
    *) printf '%s' "${STP_CALLER_DIR:-.}/$1" ;;
  esac
}

# Whole megabytes of the regular files in a folder, to the given depth (0 when it is missing).
start_up_megabytes() {
  find "$1" -maxdepth "$2" -type f -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { printf "%d", s / 1048576 }'
}

# Adds the class-data sharing options; fails (and adds nothing) where sharing cannot be used.
start_up_cds() {
  local java="$1" jar="$2" home major stamp app archive
  [ "${STP_CDS:-on}" != off ] || return 1
  case " ${STP_JAVA_OPTS:-} " in *-Xshare* | *SharedArchive* | *ArchiveClassesAtExit*) return 1 ;; esac
  home="$(start_up_java_home "$java")" || return 1
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)"
  [ -n "$major" ] && [ "$major" -ge 17 ] && [ -f "$home/lib/server/classes.jsa" ] || return 1
  stamp="$(stat -c '%s-%Y' "$jar" 2>/dev/null)" || return 1
  app="target/cds/$stamp"
  [ -f "$app/stp-analytics.jar" ] || start_up_extract "$java" "$jar" "$app" || return 1
  archive="$app/$start_up_kind-$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$home/release" | tr -c 'A-Za-z0-9.\n' -).jsa"
  STP_RUN_JAR="$app/stp-analytics.jar"
  STP_START_UP+=(-Xlog:cds*=off)
  [ "$major" -lt 24 ] || STP_START_UP+=(-Xlog:aot*=off)
  if [ "$major" -ge 19 ]; then
    STP_START_UP+=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive")
    return 0
  fi
  start_up_promote "$java" "$archive" "$STP_RUN_JAR"
  if [ -f "$archive" ]; then
    STP_START_UP+=("-XX:SharedArchiveFile=$archive")
  elif [ -z "$(start_up_parts "$archive")" ] && [ -w "$app" ]; then
    # $$ is this shell's pid, which the JVM keeps: exec replaces the shell
    STP_START_UP+=("-XX:ArchiveClassesAtExit=$archive.part-$$")
  fi
}

# The JDK folder of a java command.
start_up_java_home() {
  local path
  path="$(readlink -f "$(command -v "$1")" 2>/dev/null)" || return 1
  [ -n "$path" ] || return 1
  printf '%s' "${path%/bin/java}"
}

# Unpacks the jar into $3 (under a temporary name, renamed when complete; one launcher at a time),
# and removes the folders of older jars.
start_up_extract() {
  local java="$1" jar="$2" app="$3" tmp
  mkdir -p target/cds 2>/dev/null && [ -w target/cds ] || return 1
  (
    flock 8
    [ -f "$app/stp-analytics.jar" ] && exit 0
    tmp="target/cds/.extract-$$"
    rm -rf "$tmp"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$tmp" >/dev/null 2>&1 \
      && [ -f "$tmp/stp-analytics.jar" ] && rm -rf "$app" && mv "$tmp" "$app" || { rm -rf "$tmp"; exit 1; }
    find target/cds -mindepth 1 -maxdepth 1 ! -name "${app##*/}" ! -name .lock -exec rm -rf {} + 2>/dev/null
    exit 0
  ) 8>target/cds/.lock
}

# The training runs' archives not yet moved into place (JDK 17) whose JVMs are still running.
start_up_parts() {
  local part
  for part in "$1".part-*; do
    [ -e "$part" ] && kill -0 "${part##*.part-}" 2>/dev/null && printf '%s\n' "$part"
  done
}

# Moves a finished training run's archive into place once it is checked whole; removes torn ones.
start_up_promote() {
  local java="$1" archive="$2" jar="$3" part
  for part in "$archive".part-*; do
    [ -e "$part" ] || continue
    kill -0 "${part##*.part-}" 2>/dev/null && continue
    if [ ! -f "$archive" ] && "$java" -Xshare:on "-XX:SharedArchiveFile=$part" -XX:+VerifySharedSpaces -Xlog:cds*=off \
      -XX:ErrorFile=/dev/null -XX:-CreateCoredumpOnCrash -cp "$jar" -version >/dev/null 2>&1; then
      mv -f "$part" "$archive" 2>/dev/null || rm -f "$part"
    else
      rm -f "$part"
    fi
  done
}
