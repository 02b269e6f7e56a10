// What go-sql-driver/mysql sends through database/sql: server-side prepared
// statements (the default), interpolateParams=true, transactions with
// isolation levels and read-only.  usage: go run go_driver.go PORT
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func run(dsn string) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		panic(err)
	}
	var n int
	db.QueryRow("SELECT COUNT(*) FROM items WHERE qty > ?", 0).Scan(&n)
	rows, _ := db.Query("SELECT id, name, price FROM items WHERE name LIKE ? ORDER BY id DESC LIMIT ?", "a%", 5)
	if rows != nil {
		rows.Close()
	}
	db.Exec("INSERT INTO items (name, price, created, data) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE price = VALUES(price)",
		"go item", 4.75, time.Date(2024, 3, 4, 5, 6, 7, 800000000, time.UTC), []byte{0, 'x', 0xff})
	db.Exec("UPDATE items SET qty = qty + 1 WHERE id = ?", 1)
	db.Exec("DELETE FROM items WHERE name = ?", "go item")
	tx, _ := db.Begin()
	tx.Exec("UPDATE items SET flag = ? WHERE id = ?", true, 1)
	tx.Rollback()
	ctx := context.Background()
	tx, _ = db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	tx.QueryRow("SELECT name FROM items WHERE id = ? FOR UPDATE", 1).Scan(new(string))
	tx.Commit()
	tx, _ = db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelSerializable, ReadOnly: true})
	tx.QueryRow("SELECT 1").Scan(&n)
	tx.Commit()
	tx, _ = db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
	tx.Commit()
	stmt, _ := db.Prepare("SELECT name FROM items WHERE id = ?")
	if stmt != nil {
		stmt.QueryRow(1).Scan(new(string))
		stmt.QueryRow(2).Scan(new(string))
		stmt.Close()
	}
}

func main() {
	port := os.Args[1]
	base := fmt.Sprintf("root@tcp(127.0.0.1:%s)/drv?parseTime=true&charset=utf8mb4", port)
	run(base)
	run(base + "&interpolateParams=true&loc=UTC")
	run(base + "&sql_mode=%27ANSI_QUOTES%27&time_zone=%27%2B00:00%27&autocommit=true")
}
