#!/usr/bin/perl
# Perl DBI with DBD::MariaDB (Debian libdbd-mariadb-perl) against a live
# jimkv: connect, text queries, placeholders with NULL over the text protocol
# (client-side) and the binary protocol (mariadb_server_prepare=1), errors,
# and ping.
#
#   perl test_dbd_mariadb.pl <port>
#
# with_server.py starts the server, runs this and stops the server.
use strict;
use warnings;
use DBI;

my $port = shift or die "usage: $0 <port>\n";
my $failures = 0;

sub check {
    my ($ok, $what) = @_;
    print(($ok ? "ok " : "FAIL ") . "$what\n");
    $failures++ unless $ok;
    return $ok;
}

sub same {
    my ($got, $want) = @_;
    return (!defined $got && !defined $want) || (defined $got && defined $want && $got eq $want);
}

for my $server_prepare (0, 1) {
    my $dsn = "DBI:MariaDB:host=127.0.0.1;port=$port;mariadb_server_prepare=$server_prepare";
    my $dbh = DBI->connect($dsn, "root", "", { RaiseError => 0, PrintError => 0, AutoCommit => 1 });
    check($dbh, "connect (server_prepare=$server_prepare)" . ($dbh ? "" : ": " . ($DBI::errstr // "?"))) or next;
    my $mode = $server_prepare ? "binary" : "text";

    my ($two) = $dbh->selectrow_array("SELECT 1+1");
    check(same($two, "2"), "$mode: SELECT 1+1");

    my $sth = $dbh->prepare("SELECT ? AS a, ? AS b, ? IS NULL AS n, CONCAT(?, 'x') AS c");
    check($sth && $sth->execute(7, "str", undef, "y"), "$mode: execute with placeholders");
    my $row = $sth->fetchrow_hashref;
    check($row && same($row->{a}, "7") && same($row->{b}, "str") && same($row->{n}, "1") && same($row->{c}, "yx"),
          "$mode: placeholder values");
    check(same(join(",", @{ $sth->{NAME} }), "a,b,n,c"), "$mode: column names");
    $sth->finish;

    check($sth->execute(-3, "", 5, undef), "$mode: re-execute");
    $row = $sth->fetchrow_arrayref;
    check($row && same($row->[0], "-3") && same($row->[1], "") && same($row->[2], "0") && !defined $row->[3],
          "$mode: new values and a NULL result");
    $sth->finish;

    my ($null) = $dbh->selectrow_array("SELECT ?", undef, undef);
    check(!defined $null, "$mode: NULL round trip");

    my $bad = $dbh->do("SELEC 1");
    check(!defined $bad && $dbh->err == 1064 && $dbh->state eq "42000"
          && $dbh->errstr =~ /near 'SELEC 1' at line 1/, "$mode: syntax error " . ($dbh->err // "none"));
    check(!defined $dbh->do("SELECT * FROM t") && $dbh->err == 1046, "$mode: 1046 without a database");

    check($dbh->ping, "$mode: ping");
    my ($ver) = $dbh->selectrow_array("SELECT VERSION()");
    check(defined $ver && $ver =~ /^8\.0\.36-JimKV-/, "$mode: version");
    $dbh->disconnect;
}

print $failures ? "$failures failed\n" : "all passed\n";
exit($failures ? 1 : 0);
