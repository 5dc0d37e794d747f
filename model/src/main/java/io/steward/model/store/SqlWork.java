package io.steward.model.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one plain JDBC connection, for {@link Store#jdbc}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
