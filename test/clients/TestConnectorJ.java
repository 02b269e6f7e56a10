// MariaDB Connector/J (Debian libmariadb-java) against a live jimkv: connect,
// text queries, server-side prepared statements (useServerPrepStmts=true,
// the binary protocol) with int, string, NULL and double parameters, result
// metadata, and errors.
//
//   java -cp /usr/share/java/mariadb-java-client.jar TestConnectorJ.java <port>
//
// test_connectorj.py starts the server, runs this and stops the server.
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

public class TestConnectorJ {
    static int failures = 0;

    static void check(boolean ok, String what) {
        if (ok) {
            System.out.println("ok " + what);
        } else {
            System.out.println("FAIL " + what);
            failures++;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + args[0] + "/?useServerPrepStmts=true&user=root&password=";
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData md = c.getMetaData();
            check(md.getDatabaseProductVersion().contains("JimKV"), "product version names JimKV: "
                  + md.getDatabaseProductVersion());

            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 AS one, 'a' AS s")) {
                check(rs.next() && rs.getInt("one") == 1 && "a".equals(rs.getString("s")) && !rs.next(),
                      "text query");
            }

            try (PreparedStatement ps = c.prepareStatement("SELECT ? AS i, ? AS s, ? AS n, ? AS d")) {
                ps.setInt(1, 42);
                ps.setString(2, "h\u00e9llo");
                ps.setNull(3, Types.VARCHAR);
                ps.setDouble(4, 2.5);
                try (ResultSet rs = ps.executeQuery()) {
                    check(rs.next(), "prepared row");
                    check(rs.getLong("i") == 42, "int parameter");
                    check("h\u00e9llo".equals(rs.getString("s")), "string parameter");
                    rs.getString("n");
                    check(rs.wasNull(), "NULL parameter");
                    check(rs.getDouble("d") == 2.5, "double parameter");
                    ResultSetMetaData meta = rs.getMetaData();
                    check(meta.getColumnCount() == 4 && "i".equals(meta.getColumnLabel(1)), "column labels");
                }
                ps.setInt(1, -7);
                ps.setString(2, "again");
                ps.setNull(3, Types.INTEGER);
                ps.setDouble(4, 0.125);
                try (ResultSet rs = ps.executeQuery()) {
                    check(rs.next() && rs.getLong("i") == -7 && "again".equals(rs.getString("s"))
                          && rs.getDouble("d") == 0.125, "re-executed with new parameters");
                }
            }

            try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS SIGNED) + 1 AS v, NOW() IS NOT NULL AS t")) {
                ps.setString(1, "41");
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    check(meta.getColumnType(1) == Types.BIGINT, "BIGINT metadata: " + meta.getColumnType(1));
                    check(rs.next() && rs.getLong(1) == 42 && rs.getInt(2) == 1, "expression result");
                }
            }

            try (Statement st = c.createStatement()) {
                st.executeQuery("SELEC 1");
                check(false, "syntax error raised");
            } catch (SQLException e) {
                check(e.getErrorCode() == 1064 && "42000".equals(e.getSQLState()), "syntax error 1064/42000: "
                      + e.getErrorCode() + " " + e.getSQLState());
            }

            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@autocommit")) {
                check(rs.next() && rs.getInt(1) == 1, "session variable after an error");
            }
        }
        System.out.println(failures == 0 ? "all passed" : failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }
}
