// What MariaDB Connector/J sends: connect, DatabaseMetaData, client-side and
// server-side prepared statements, batches, transactions, savepoints.
// usage: java -cp mariadb-java-client.jar:. JdbcRun PORT
import java.math.BigDecimal;
import java.sql.*;

public class JdbcRun {
    static void work(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            DatabaseMetaData md = c.getMetaData();
            md.getDatabaseProductVersion();
            close(md.getCatalogs());
            close(md.getSchemas());
            close(md.getTables("drv", null, "%", new String[] {"TABLE", "VIEW"}));
            close(md.getColumns("drv", null, "items", "%"));
            close(md.getPrimaryKeys("drv", null, "items"));
            close(md.getIndexInfo("drv", null, "items", false, false));
            close(md.getImportedKeys("drv", null, "item_tags"));
            close(md.getExportedKeys("drv", null, "items"));
            close(md.getTypeInfo());
            close(md.getProcedures("drv", null, "%"));
            close(md.getFunctions("drv", null, "%"));
            close(md.getTablePrivileges("drv", null, "items"));
            close(md.getColumnPrivileges("drv", null, "items", "%"));
            close(md.getBestRowIdentifier("drv", null, "items", DatabaseMetaData.bestRowSession, true));
            close(md.getVersionColumns("drv", null, "items"));
            close(md.getCrossReference("drv", null, "items", "drv", null, "item_tags"));
            md.getUserName();
            c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setReadOnly(true);
            c.setReadOnly(false);
            c.setCatalog("drv");
            c.getCatalog();
            try (Statement st = c.createStatement()) {
                close(st.executeQuery("SELECT id, name FROM items ORDER BY id"));
                st.setMaxRows(5);
                close(st.executeQuery("SELECT * FROM items"));
                st.setMaxRows(0);
                st.setQueryTimeout(3);
                close(st.executeQuery("SELECT COUNT(*) FROM item_tags"));
                st.setQueryTimeout(0);
                st.executeUpdate("UPDATE items SET qty = qty WHERE 1 = 0");
                st.getWarnings();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO items (name, price, qty, data, created, flag) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "jdbc 'one' " + System.nanoTime() % 1000);
                ps.setBigDecimal(2, new BigDecimal("12.34"));
                ps.setNull(3, Types.INTEGER);
                ps.setBytes(4, new byte[] {0, 1, (byte) 0xff, 39, 92});
                ps.setTimestamp(5, Timestamp.valueOf("2024-05-06 07:08:09.123456"));
                ps.setBoolean(6, true);
                ps.executeUpdate();
                close(ps.getGeneratedKeys());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM items WHERE name LIKE ? AND created > ? AND price < ?")) {
                ps.setString(1, "j%");
                ps.setDate(2, Date.valueOf("2000-01-01"));
                ps.setDouble(3, 99.5);
                close(ps.executeQuery());
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET qty = ? WHERE id = ?")) {
                for (int i = 1; i <= 3; i++) {
                    ps.setInt(1, i * 10);
                    ps.setLong(2, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Savepoint sp = c.setSavepoint("before_delete");
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM item_tags");
            }
            c.rollback(sp);
            c.releaseSavepoint(c.setSavepoint("sp2"));
            c.commit();
            c.rollback();
            c.setAutoCommit(true);
            try (CallableStatement cs = c.prepareCall("{call nosuchproc(?)}")) {
                cs.setInt(1, 1);
                cs.execute();
            } catch (SQLException e) {
                // the procedure does not exist; only the text matters
            }
            c.isValid(2);
        }
    }

    static void close(ResultSet rs) throws SQLException {
        while (rs.next()) { }
        rs.close();
    }

    public static void main(String[] args) throws Exception {
        String base = "jdbc:mariadb://127.0.0.1:" + args[0] + "/drv";
        work(base);
        work(base + "?useServerPrepStmts=true&sessionVariables=sql_mode='STRICT_TRANS_TABLES',wait_timeout=600");
    }
}
