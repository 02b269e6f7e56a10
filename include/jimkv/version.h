/*
 * The JimKV release and the server version it announces to MySQL clients
 * (SELECT VERSION(), the handshake): MySQL 8.0's, so that drivers enable
 * the features JimKV speaks, followed by JimKV's own.
 */
#ifndef JIMKV_VERSION_H
#define JIMKV_VERSION_H

#define JIMKV_VERSION "0.1.0"
#define JIMKV_SERVER_VERSION "8.0.36-JimKV-" JIMKV_VERSION

#endif
