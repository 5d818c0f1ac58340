#!/usr/bin/env bash
# Starts private MariaDB and PostgreSQL servers on loopback for the database tests, each in its
# own data folder under DIR, and prints the URLs to export:
#
#   eval "$(tools/db-services.sh start /tmp/fresns-i18n-db)"   # sets FRESNS_I18N_TEST_*_URL
#   tools/db-services.sh stop /tmp/fresns-i18n-db
#
# Installs Debian's mariadb-server and postgresql when they are missing. The servers listen on
# 127.0.0.1 only (ports 3307 and 5433, so a system server on the usual ports is left alone),
# and the test user `fresns_i18n` may create and drop databases.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
readonly MY_PORT=3307 PG_PORT=5433 USER_NAME=fresns_i18n PASSWORD='test-pw-only'

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n $bin ]] || return 1
    echo "$bin"
}

as_postgres() { su postgres -s /bin/sh -c "$*"; }

install_missing() {
    local packages=()
    command -v mariadbd >/dev/null || packages+=(mariadb-server mariadb-client)
    pg_bin >/dev/null || packages+=(postgresql)
    if [[ ${#packages[@]} -gt 0 ]]; then
        echo "installing ${packages[*]}" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    fi
}

wait_for() {
    local what=$1; shift
    for _ in $(seq 1 100); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    echo "db-services: $what did not start; see the logs under $dir" >&2
    exit 1
}

start() {
    install_missing
    mkdir -p "$dir/mariadb" "$dir/postgres"
    # The postgres user must reach its data folder.
    chmod 755 "$dir"
    # MariaDB
    if [[ ! -d $dir/mariadb/data/mysql ]]; then
        mariadb-install-db --datadir="$dir/mariadb/data" --user=root \
            --auth-root-authentication-method=normal >"$dir/mariadb/install.log" 2>&1
    fi
    if ! mariadb --socket="$dir/mariadb/sock" -uroot -e 'select 1' >/dev/null 2>&1; then
        mariadbd --datadir="$dir/mariadb/data" --socket="$dir/mariadb/sock" --port=$MY_PORT \
            --bind-address=127.0.0.1 --user=root --pid-file="$dir/mariadb/pid" \
            --log-error="$dir/mariadb/error.log" --skip-name-resolve >/dev/null 2>&1 &
    fi
    wait_for MariaDB mariadb --socket="$dir/mariadb/sock" -uroot -e 'select 1'
    mariadb --socket="$dir/mariadb/sock" -uroot -e "
        create user if not exists '$USER_NAME'@'127.0.0.1' identified by '$PASSWORD';
        grant all on *.* to '$USER_NAME'@'127.0.0.1';
        create database if not exists fresns_i18n;"
    # PostgreSQL (initdb refuses to run as root)
    local bin
    bin=$(pg_bin)
    chown postgres "$dir/postgres"
    if [[ ! -f $dir/postgres/data/PG_VERSION ]]; then
        as_postgres "$bin/initdb -D '$dir/postgres/data' -U postgres --auth=trust" \
            >"$dir/postgres/initdb.log" 2>&1
    fi
    if ! as_postgres "$bin/pg_ctl -D '$dir/postgres/data' status" >/dev/null 2>&1; then
        as_postgres "$bin/pg_ctl -D '$dir/postgres/data' -l '$dir/postgres/log' -w \
            -o '-p $PG_PORT -k $dir/postgres -c listen_addresses=127.0.0.1' start" >/dev/null
    fi
    wait_for PostgreSQL psql -h 127.0.0.1 -p $PG_PORT -U postgres -c 'select 1'
    if ! psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc "select 1 from pg_roles where rolname = '$USER_NAME'" | grep -q 1; then
        psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -c "create user $USER_NAME password '$PASSWORD' createdb"
    fi
    if ! psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc "select 1 from pg_database where datname = 'fresns_i18n'" | grep -q 1; then
        psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -c "create database fresns_i18n owner $USER_NAME"
    fi
    echo "export FRESNS_I18N_TEST_MYSQL_URL='mysql://$USER_NAME:$PASSWORD@127.0.0.1:$MY_PORT/fresns_i18n'"
    echo "export FRESNS_I18N_TEST_POSTGRES_URL='postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PG_PORT/fresns_i18n'"
}

stop() {
    if [[ -f $dir/mariadb/pid ]]; then
        kill "$(cat "$dir/mariadb/pid")" 2>/dev/null || true
    fi
    local bin
    if bin=$(pg_bin) && [[ -f $dir/postgres/data/postmaster.pid ]]; then
        as_postgres "$bin/pg_ctl -D '$dir/postgres/data' -m fast stop" >/dev/null 2>&1 || true
    fi
}

case $action in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
