# shellcheck shell=bash
# Helpers the Cassandra and Druid scripts share (sourced by their common.sh, never run).

# Does something accept TCP connections on HOST PORT? (bash's /dev/tcp: no client needed)
tcp_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# The pid in PID_FILE, if that process is alive and its command line contains MARKER (a stale file
# whose pid was reused by something else is not ours).
pid_from_file() {
  local pid_file=$1 marker=$2 pid
  [[ -f "$pid_file" ]] || return 1
  pid="$(<"$pid_file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker" || return 1
  printf '%s\n' "$pid"
}
